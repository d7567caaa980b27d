"""A ChangeSet says what a write touched, so each view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Kinds of record touched (``"patient"``, ``"visit"``...) and the patients concerned.

    An empty ``patient_ids`` with a non-empty ``entities`` means "practice-wide".
    """

    entities: frozenset[str] = field(default_factory=frozenset)
    patient_ids: frozenset[int] = field(default_factory=frozenset)
    #: who made the change (a view skips reloading for its own autosaves)
    origin: str = ""

    @classmethod
    def of(cls, *entities: str, patient_id: int | None = None, origin: str = "") -> ChangeSet:
        ids = frozenset() if patient_id is None else frozenset({patient_id})
        return cls(frozenset(entities), ids, origin)

    def touches(self, entity: str, patient_id: int | None = None) -> bool:
        """True if the change concerns ``entity`` (for this patient, when one is given)."""
        if entity not in self.entities:
            return False
        return patient_id is None or not self.patient_ids or patient_id in self.patient_ids

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            self.entities | other.entities,
            self.patient_ids | other.patient_ids,
            self.origin if self.origin == other.origin else "",
        )
