"""Small helpers shared by the services."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from alliance_desktop.domain.errors import NotFoundError
from alliance_desktop.store.base import Base

M = TypeVar("M", bound=Base)


def get_or_raise(session: Session, model: type[M], record_id: int, what: str) -> M:
    """Load one record by id or raise NotFoundError naming what was missing."""
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(f"There is no {what} with number {record_id}.")
    return obj
