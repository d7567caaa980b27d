"""The practice store: SQLAlchemy models, the one engine factory, migrations and backups."""
