"""Pure rules of the therapeutic alliance: vocabularies, validation, calculations (no Qt/SQL)."""
