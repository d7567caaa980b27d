"""Field checks shared by every service; each failure is a ValidationError in plain words."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate

#: Long notes are normal (a detailed case history); this bound only stops runaway pastes.
MAX_NOTE_CHARS = 200_000
MAX_LINE_CHARS = 500
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: The words a message names a field with, in English (marked for lupdate, translated at use):
#: every field name the services and the domain pass to these checks. Any other field reads as
#: its name with spaces for underscores.
FIELD_LABELS: dict[str, str] = {
    # patients and the practice
    "family_name": QT_TRANSLATE_NOOP("Field", "family name"),
    "given_names": QT_TRANSLATE_NOOP("Field", "given names"),
    "preferred_name": QT_TRANSLATE_NOOP("Field", "preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("Field", "date of birth"),
    "email": QT_TRANSLATE_NOOP("Field", "email"),
    "phone": QT_TRANSLATE_NOOP("Field", "phone"),
    "address": QT_TRANSLATE_NOOP("Field", "address"),
    "communication_notes": QT_TRANSLATE_NOOP("Field", "communication notes"),
    "practice_name": QT_TRANSLATE_NOOP("Field", "practice name"),
    "practitioner_name": QT_TRANSLATE_NOOP("Field", "practitioner name"),
    "registration": QT_TRANSLATE_NOOP("Field", "registration"),
    "reason_for_the_erasure": QT_TRANSLATE_NOOP("Field", "reason for the erasure"),
    # visits
    "visit_type": QT_TRANSLATE_NOOP("Field", "visit type"),
    "chaperone": QT_TRANSLATE_NOOP("Field", "chaperone"),
    "interpreter": QT_TRANSLATE_NOOP("Field", "interpreter"),
    "consent_decision": QT_TRANSLATE_NOOP("Field", "consent decision"),
    "beliefs_expectations": QT_TRANSLATE_NOOP("Field", "beliefs expectations"),
    "subjective": QT_TRANSLATE_NOOP("Field", "subjective"),
    "objective": QT_TRANSLATE_NOOP("Field", "objective"),
    "assessment": QT_TRANSLATE_NOOP("Field", "assessment"),
    "plan": QT_TRANSLATE_NOOP("Field", "plan"),
    "touch_notes": QT_TRANSLATE_NOOP("Field", "touch notes"),
    "options_discussed": QT_TRANSLATE_NOOP("Field", "options discussed"),
    "patient_preference": QT_TRANSLATE_NOOP("Field", "patient preference"),
    "decision": QT_TRANSLATE_NOOP("Field", "decision"),
    "techniques": QT_TRANSLATE_NOOP("Field", "techniques"),
    "self_care_agreed": QT_TRANSLATE_NOOP("Field", "self care agreed"),
    "care_setting": QT_TRANSLATE_NOOP("Field", "care setting"),
    "disruptions": QT_TRANSLATE_NOOP("Field", "disruptions"),
    "patient_state": QT_TRANSLATE_NOOP("Field", "patient state"),
    "practitioner_state": QT_TRANSLATE_NOOP("Field", "practitioner state"),
    "rupture_note": QT_TRANSLATE_NOOP("Field", "rupture note"),
    "repair_note": QT_TRANSLATE_NOOP("Field", "repair note"),
    "next_steps": QT_TRANSLATE_NOOP("Field", "next steps"),
    "pain_before": QT_TRANSLATE_NOOP("Field", "pain before"),
    "pain_after": QT_TRANSLATE_NOOP("Field", "pain after"),
    "comfort_with_touch": QT_TRANSLATE_NOOP("Field", "comfort with touch"),
    "duration_in_minutes": QT_TRANSLATE_NOOP("Field", "duration in minutes"),
    "goal_rating": QT_TRANSLATE_NOOP("Field", "goal rating"),
    "task_rating": QT_TRANSLATE_NOOP("Field", "task rating"),
    "bond_rating": QT_TRANSLATE_NOOP("Field", "bond rating"),
    "trust_rating": QT_TRANSLATE_NOOP("Field", "trust rating"),
    "goal_progress": QT_TRANSLATE_NOOP("Field", "goal progress"),
    "reason_for_the_amendment": QT_TRANSLATE_NOOP("Field", "reason for the amendment"),
    "amendment": QT_TRANSLATE_NOOP("Field", "amendment"),
    # episodes, goals and strategies
    "reason": QT_TRANSLATE_NOOP("Field", "reason"),
    "discharge_note": QT_TRANSLATE_NOOP("Field", "discharge note"),
    "goal_wording": QT_TRANSLATE_NOOP("Field", "goal wording"),
    "proposed_by": QT_TRANSLATE_NOOP("Field", "proposed by"),
    "success_measure": QT_TRANSLATE_NOOP("Field", "success measure"),
    "success_target": QT_TRANSLATE_NOOP("Field", "success target"),
    "priority": QT_TRANSLATE_NOOP("Field", "priority"),
    "status": QT_TRANSLATE_NOOP("Field", "status"),
    "reason_for_revising": QT_TRANSLATE_NOOP("Field", "reason for revising"),
    "strategy_description": QT_TRANSLATE_NOOP("Field", "strategy description"),
    "setting": QT_TRANSLATE_NOOP("Field", "setting"),
    "owner": QT_TRANSLATE_NOOP("Field", "owner"),
    "responsibilities": QT_TRANSLATE_NOOP("Field", "responsibilities"),
    "patient_confidence": QT_TRANSLATE_NOOP("Field", "patient confidence"),
    "adherence": QT_TRANSLATE_NOOP("Field", "adherence"),
    "barriers": QT_TRANSLATE_NOOP("Field", "barriers"),
    # timeline annotations and alerts
    "label": QT_TRANSLATE_NOOP("Field", "label"),
    "kind": QT_TRANSLATE_NOOP("Field", "kind"),
    "note": QT_TRANSLATE_NOOP("Field", "note"),
    # questionnaires and their items
    "respondent": QT_TRANSLATE_NOOP("Field", "respondent"),
    "mode": QT_TRANSLATE_NOOP("Field", "mode"),
    "language": QT_TRANSLATE_NOOP("Field", "language"),
    "goal": QT_TRANSLATE_NOOP("Field", "goal"),
    "task": QT_TRANSLATE_NOOP("Field", "task"),
    "bond": QT_TRANSLATE_NOOP("Field", "bond"),
    "trust": QT_TRANSLATE_NOOP("Field", "trust"),
    "respect": QT_TRANSLATE_NOOP("Field", "respect"),
    "touch": QT_TRANSLATE_NOOP("Field", "touch"),
    "overall": QT_TRANSLATE_NOOP("Field", "overall"),
    "pain": QT_TRANSLATE_NOOP("Field", "pain"),
    # reflections and their sections
    "title": QT_TRANSLATE_NOOP("Field", "title"),
    "template": QT_TRANSLATE_NOOP("Field", "template"),
    "tag": QT_TRANSLATE_NOOP("Field", "tag"),
    "themes": QT_TRANSLATE_NOOP("Field", "themes"),
    "private_notes": QT_TRANSLATE_NOOP("Field", "private notes"),
    "minutes": QT_TRANSLATE_NOOP("Field", "minutes"),
    "text": QT_TRANSLATE_NOOP("Field", "text"),
    "what": QT_TRANSLATE_NOOP("Field", "what"),
    "so_what": QT_TRANSLATE_NOOP("Field", "so what"),
    "now_what": QT_TRANSLATE_NOOP("Field", "now what"),
    "description": QT_TRANSLATE_NOOP("Field", "description"),
    "feelings": QT_TRANSLATE_NOOP("Field", "feelings"),
    "evaluation": QT_TRANSLATE_NOOP("Field", "evaluation"),
    "analysis": QT_TRANSLATE_NOOP("Field", "analysis"),
    "conclusion": QT_TRANSLATE_NOOP("Field", "conclusion"),
    "action_plan": QT_TRANSLATE_NOOP("Field", "action plan"),
}

#: "The episode ends (…) before it starts (…)", one whole sentence per kind of record.
_ENDS_BEFORE_START = {
    "episode": QT_TRANSLATE_NOOP(
        "Validation", "The episode ends ({end}) before it starts ({start})."
    ),
}


def field_label(field: str) -> str:
    """The words for ``field`` in the language in use: 'family_name' -> 'family name'."""
    label = FIELD_LABELS.get(field)
    return translate("Field", label) if label is not None else field.replace("_", " ")


def required_text(value: str | None, field: str, *, max_chars: int = MAX_LINE_CHARS) -> str:
    """Return ``value`` stripped; it must not be empty."""
    text = optional_text(value, field, max_chars=max_chars)
    if not text:
        raise ValidationError(
            translate("Validation", "Please enter the {field}.").format(field=field_label(field)),
            field=field,
        )
    return text


def optional_text(value: str | None, field: str, *, max_chars: int = MAX_NOTE_CHARS) -> str:
    """Return ``value`` stripped of surrounding blanks, or '' for None."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            translate("Validation", "The {field} must be text.").format(field=field_label(field)),
            field=field,
        )
    text = value.strip()
    if "\x00" in text:
        raise ValidationError(
            translate("Validation", "The {field} contains an invalid character.").format(
                field=field_label(field)
            ),
            field=field,
        )
    if len(text) > max_chars:
        raise ValidationError(
            translate(
                "Validation", "The {field} is too long ({count} characters; at most {maximum})."
            ).format(field=field_label(field), count=number(len(text)), maximum=number(max_chars)),
            field=field,
        )
    return text


def score(
    value: Any, field: str, *, minimum: int = 0, maximum: int = 10, required: bool = False
) -> int | None:
    """Return a whole-number rating within [minimum, maximum]; never clamps."""
    if value is None or value == "":
        if required:
            raise ValidationError(
                translate("Validation", "Please give the {field}.").format(
                    field=field_label(field)
                ),
                field=field,
            )
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            translate(
                "Validation", "The {field} must be a whole number from {minimum} to {maximum}."
            ).format(field=field_label(field), minimum=number(minimum), maximum=number(maximum)),
            field=field,
        )
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError(
            translate(
                "Validation",
                "The {field} must be a whole number from {minimum} to {maximum} (got {value}).",
            ).format(
                field=field_label(field),
                minimum=number(minimum),
                maximum=number(maximum),
                value=number(value),
            ),
            field=field,
        )
    whole = int(value)
    if not minimum <= whole <= maximum:
        raise ValidationError(
            translate(
                "Validation", "The {field} must be from {minimum} to {maximum} (got {value})."
            ).format(
                field=field_label(field),
                minimum=number(minimum),
                maximum=number(maximum),
                value=number(whole),
            ),
            field=field,
        )
    return whole


def answer_value(value: Any, field: str, *, minimum: float, maximum: float) -> float | None:
    """Return a questionnaire answer within its scale (fractions allowed on sliders)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            translate("Validation", "The answer to {field} must be a number.").format(
                field=field_label(field)
            ),
            field=field,
        )
    answer = float(value)
    if math.isnan(answer) or not minimum <= answer <= maximum:
        raise ValidationError(
            translate(
                "Validation",
                "The answer to {field} must be from {minimum} to {maximum} (got {value}).",
            ).format(
                field=field_label(field),
                minimum=number(minimum),
                maximum=number(maximum),
                value=_number_or_nan(answer),
            ),
            field=field,
        )
    return answer


def _number_or_nan(value: float) -> str:
    """``value`` for reading; 'nan' (what ``:g`` wrote) when it is not a number at all."""
    return number(value) if math.isfinite(value) else f"{value:g}"


def date_of_birth(value: dt.date | None, *, today: dt.date | None = None) -> dt.date | None:
    """A plausible date of birth: not in the future and not more than 125 years ago."""
    if value is None:
        return None
    today = today or dt.date.today()
    if value > today:
        raise ValidationError(
            translate("Validation", "The date of birth is in the future."), field="date_of_birth"
        )
    if value.year < today.year - 125:
        raise ValidationError(
            translate(
                "Validation", "The date of birth {date} is more than {years} years ago."
            ).format(date=value.isoformat(), years=number(125)),
            field="date_of_birth",
        )
    return value


def email(value: str | None) -> str:
    """An e-mail address that looks deliverable, or ''."""
    text = optional_text(value, "email", max_chars=254)
    if text and not _EMAIL.match(text):
        raise ValidationError(
            translate("Validation", "'{address}' does not look like an e-mail address.").format(
                address=text
            ),
            field="email",
        )
    return text


def date_range(start: dt.date, end: dt.date | None, *, what: str) -> None:
    """The end of ``what`` may not come before its start."""
    if end is not None and end < start:
        sentence = _ENDS_BEFORE_START.get(what)
        message = (
            translate("Validation", sentence)
            if sentence is not None
            else translate("Validation", "The {what} ends ({end}) before it starts ({start}).")
        )
        raise ValidationError(
            message.format(what=what, end=end.isoformat(), start=start.isoformat()),
            field="ended_on",
        )


def whole_minutes(value: Any, field: str, *, maximum: int = 60 * 24 * 7) -> int:
    """A duration in whole minutes, 0 or more."""
    whole = score(value, field, minimum=0, maximum=maximum, required=True)
    assert whole is not None
    return whole
