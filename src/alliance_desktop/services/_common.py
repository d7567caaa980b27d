"""Small helpers shared by the services."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from alliance_desktop.domain.errors import NotFoundError
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, translate
from alliance_desktop.store.base import Base

M = TypeVar("M", bound=Base)

#: "There is no <kind> with number N.", one whole sentence per kind of record (so that a
#: translation can make its articles and elisions agree with the kind).
_MISSING = {
    "patient": QT_TRANSLATE_NOOP("Records", "There is no patient with number {number}."),
    "episode": QT_TRANSLATE_NOOP("Records", "There is no episode with number {number}."),
    "visit": QT_TRANSLATE_NOOP("Records", "There is no visit with number {number}."),
    "goal": QT_TRANSLATE_NOOP("Records", "There is no goal with number {number}."),
    "strategy": QT_TRANSLATE_NOOP("Records", "There is no strategy with number {number}."),
    "alert": QT_TRANSLATE_NOOP("Records", "There is no alert with number {number}."),
    "questionnaire": QT_TRANSLATE_NOOP(
        "Records", "There is no questionnaire with number {number}."
    ),
    "reflection": QT_TRANSLATE_NOOP("Records", "There is no reflection with number {number}."),
    "chart note": QT_TRANSLATE_NOOP("Records", "There is no chart note with number {number}."),
}


def not_found_message(what: str, record_id: int) -> str:
    """ "There is no <what> with number <record_id>.", in the language in use."""
    template = _MISSING.get(what)
    if template is None:
        return translate("Records", "There is no {what} with number {number}.").format(
            what=what, number=record_id
        )
    return translate("Records", template).format(number=record_id)


def get_or_raise(session: Session, model: type[M], record_id: int, what: str) -> M:
    """Load one record by id or raise NotFoundError naming what was missing."""
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(not_found_message(what, record_id))
    return obj
