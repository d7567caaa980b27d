"""Units of work: a read or write transaction around one Session, with the audit trail built in."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from alliance_desktop.store.base import utcnow
from alliance_desktop.store.engine import write_engine
from alliance_desktop.store.models import (
    AuditEntry,
    Episode,
    Goal,
    QuestionnaireResponse,
    Strategy,
    Visit,
)

ACTOR_KEY = "actor_id"


def _plain(value: Any) -> Any:
    """A JSON-safe copy of a column value for the audit trail."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def _patient_of(session: Session, obj: Any, cache: dict[tuple[str, int], int | None]) -> int | None:
    """The patient a record belongs to, found through its parents (goal -> episode -> patient)."""
    if obj.__tablename__ == "patient":
        return int(obj.id)
    direct = getattr(obj, "patient_id", None)
    if direct is not None:
        return int(direct)
    for attr, model in (
        ("visit_id", Visit),
        ("episode_id", Episode),
        ("goal_id", Goal),
        ("strategy_id", Strategy),
        ("response_id", QuestionnaireResponse),
    ):
        parent_id = getattr(obj, attr, None)
        if parent_id is None:
            continue
        key = (attr, int(parent_id))
        if key not in cache:
            with session.no_autoflush:
                parent = session.get(model, parent_id)
            cache[key] = _patient_of(session, parent, cache) if parent is not None else None
        return cache[key]
    return None


def _audit_rows(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    now = utcnow()
    actor = session.info.get(ACTOR_KEY)
    cache: dict[tuple[str, int], int | None] = {}

    def add(obj: Any, action: str, changes: dict[str, Any]) -> None:
        rows.append(
            {
                "at": now,
                "actor_id": actor,
                "entity": obj.__tablename__,
                "entity_id": getattr(obj, "id", None),
                "patient_id": _patient_of(session, obj, cache),
                "action": action,
                "changes": changes,
            }
        )

    for obj in session.new:
        if getattr(obj, "__audited__", False):
            state = inspect(obj)
            changes = {
                attr.key: {"new": _plain(state.attrs[attr.key].value)}
                for attr in state.mapper.column_attrs
            }
            add(obj, "insert", changes)
    for obj in session.dirty:
        if not getattr(obj, "__audited__", False) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changes = {}
        for attr in state.mapper.column_attrs:
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[attr.key] = {"old": _plain(old), "new": _plain(new)}
        if changes:
            add(obj, "update", changes)
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            state = inspect(obj)
            changes = {
                a.key: {"old": _plain(state.attrs[a.key].loaded_value)}
                for a in state.mapper.column_attrs
            }
            add(obj, "delete", changes)
    return rows


def _after_flush(session: Session, _context: Any) -> None:
    # Runs after the SQL of the flush, before commit: ids of new rows exist and the history of
    # each attribute is still there. A Core insert keeps the audit rows out of the ORM's
    # bookkeeping, so they land in the same transaction as the change they describe.
    rows = _audit_rows(session)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


class Store:
    """A practice store's engine with read and write units of work.

    Every write runs in one ``BEGIN IMMEDIATE`` transaction and is audited with the current actor.
    """

    def __init__(
        self, engine: Engine, *, actor_id: int | None = None, key: bytes | None = None
    ) -> None:
        self.engine = engine
        self.actor_id = actor_id
        self.key = key  # the SQLCipher key of an encrypted practice (backups use it too)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine(engine), expire_on_commit=False)
        event.listen(self._write, "after_flush", _after_flush)
        event.listen(self._read, "after_flush", _refuse_flush)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a deferred transaction, rolled back at the end)."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: commits if the block succeeds, rolls back if it raises."""
        with self._write() as session:
            session.info[ACTOR_KEY] = self.actor_id
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _refuse_flush(_session: Session, _context: Any) -> None:
    raise RuntimeError("A read unit of work tried to write; use Store.write().")
