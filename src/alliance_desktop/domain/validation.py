"""Field checks shared by every service; each failure is a ValidationError in plain words."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from alliance_desktop.domain.errors import ValidationError

#: Long notes are normal (a detailed case history); this bound only stops runaway pastes.
MAX_NOTE_CHARS = 200_000
MAX_LINE_CHARS = 500
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _nice(field: str) -> str:
    return field.replace("_", " ")


def required_text(value: str | None, field: str, *, max_chars: int = MAX_LINE_CHARS) -> str:
    """Return ``value`` stripped; it must not be empty."""
    text = optional_text(value, field, max_chars=max_chars)
    if not text:
        raise ValidationError(f"Please enter the {_nice(field)}.", field=field)
    return text


def optional_text(value: str | None, field: str, *, max_chars: int = MAX_NOTE_CHARS) -> str:
    """Return ``value`` stripped of surrounding blanks, or '' for None."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"The {_nice(field)} must be text.", field=field)
    text = value.strip()
    if "\x00" in text:
        raise ValidationError(f"The {_nice(field)} contains an invalid character.", field=field)
    if len(text) > max_chars:
        raise ValidationError(
            f"The {_nice(field)} is too long ({len(text):,} characters; at most {max_chars:,}).",
            field=field,
        )
    return text


def score(
    value: Any, field: str, *, minimum: int = 0, maximum: int = 10, required: bool = False
) -> int | None:
    """Return a whole-number rating within [minimum, maximum]; never clamps."""
    if value is None or value == "":
        if required:
            raise ValidationError(f"Please give the {_nice(field)}.", field=field)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            f"The {_nice(field)} must be a whole number from {minimum} to {maximum}.", field=field
        )
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError(
            f"The {_nice(field)} must be a whole number from {minimum} to {maximum} "
            f"(got {value:g}).",
            field=field,
        )
    number = int(value)
    if not minimum <= number <= maximum:
        raise ValidationError(
            f"The {_nice(field)} must be from {minimum} to {maximum} (got {number}).", field=field
        )
    return number


def answer_value(value: Any, field: str, *, minimum: float, maximum: float) -> float | None:
    """Return a questionnaire answer within its scale (fractions allowed on sliders)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"The answer to {_nice(field)} must be a number.", field=field)
    number = float(value)
    if math.isnan(number) or not minimum <= number <= maximum:
        raise ValidationError(
            f"The answer to {_nice(field)} must be from {minimum:g} to {maximum:g} "
            f"(got {number:g}).",
            field=field,
        )
    return number


def date_of_birth(value: dt.date | None, *, today: dt.date | None = None) -> dt.date | None:
    """A plausible date of birth: not in the future and not more than 125 years ago."""
    if value is None:
        return None
    today = today or dt.date.today()
    if value > today:
        raise ValidationError("The date of birth is in the future.", field="date_of_birth")
    if value.year < today.year - 125:
        raise ValidationError(
            f"The date of birth {value.isoformat()} is more than 125 years ago.",
            field="date_of_birth",
        )
    return value


def email(value: str | None) -> str:
    """An e-mail address that looks deliverable, or ''."""
    text = optional_text(value, "email", max_chars=254)
    if text and not _EMAIL.match(text):
        raise ValidationError(f"'{text}' does not look like an e-mail address.", field="email")
    return text


def date_range(start: dt.date, end: dt.date | None, *, what: str) -> None:
    """The end of ``what`` may not come before its start."""
    if end is not None and end < start:
        raise ValidationError(
            f"The {what} ends ({end.isoformat()}) before it starts ({start.isoformat()}).",
            field="ended_on",
        )


def whole_minutes(value: Any, field: str, *, maximum: int = 60 * 24 * 7) -> int:
    """A duration in whole minutes, 0 or more."""
    number = score(value, field, minimum=0, maximum=maximum, required=True)
    assert number is not None
    return number
