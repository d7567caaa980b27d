"""Names, ages and search keys of patients: pure functions used by services and views."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache


def age_on(date_of_birth: dt.date | None, day: dt.date) -> int | None:
    """Age in whole years on ``day``."""
    if date_of_birth is None:
        return None
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def display_name(family_name: str, given_names: str, preferred_name: str = "") -> str:
    """'Family, Given (Preferred)', the form a patient list sorts and reads best."""
    name = f"{family_name}, {given_names}" if given_names else family_name
    if preferred_name and preferred_name != given_names:
        name += f" ({preferred_name})"
    return name


@lru_cache(maxsize=8192)  # names repeat: the patient list folds thousands of them at start
def fold(text: str) -> str:
    """A search key: case-folded, accents removed, so 'helene' finds 'Hélène'."""
    if text.isascii():  # nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_key(
    family_name: str, given_names: str, preferred_name: str, date_of_birth: dt.date | None
) -> str:
    """Everything a practitioner may type to find a patient, in one folded string."""
    # Folded part by part (the same as folding the joined text: a space stops any accent).
    parts = [fold(family_name), fold(given_names), fold(preferred_name)]
    if date_of_birth is not None:
        d = date_of_birth
        parts += [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"]  # as strftime %d/%m/%Y
    return " ".join(parts)


def matches(key: str, query: str) -> bool:
    """True if every word of ``query`` appears in the folded ``key``."""
    return all(word in key for word in fold(query).split())
