"""Reading the audit trail: who changed what, when, with the old and new values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from alliance_desktop.store.models import AuditEntry
from alliance_desktop.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor_id: int | None
    entity: str
    entity_id: int | None
    action: str
    changes: Mapping[str, Any]


class AuditService:
    """Read-only access to the audit trail."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def for_patient(self, patient_id: int, *, limit: int = 500) -> list[AuditRow]:
        """Recent changes that name this patient, newest first."""
        with self._store.read() as s:
            return [
                AuditRow(a.id, a.at, a.actor_id, a.entity, a.entity_id, a.action, a.changes)
                for a in s.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.patient_id == patient_id)
                    .order_by(AuditEntry.id.desc())
                    .limit(limit)
                )
            ]

    def for_entity(self, entity: str, entity_id: int) -> list[AuditRow]:
        with self._store.read() as s:
            return [
                AuditRow(a.id, a.at, a.actor_id, a.entity, a.entity_id, a.action, a.changes)
                for a in s.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                    .order_by(AuditEntry.id)
                )
            ]

    def count(self) -> int:
        with self._store.read() as s:
            return s.scalar(select(func.count(AuditEntry.id))) or 0
