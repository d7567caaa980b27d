"""Chart annotations: dated life events and treatment changes shown on a patient's charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.vocab import AnnotationKind
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.store.models import ChartAnnotation, Patient
from alliance_desktop.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    id: int
    patient_id: int
    episode_id: int | None
    on_date: dt.date
    kind: AnnotationKind
    label: str


def _row(a: ChartAnnotation) -> AnnotationRow:
    return AnnotationRow(a.id, a.patient_id, a.episode_id, a.on_date, a.kind, a.label)


class AnnotationService:
    """Markers on the charts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        patient_id: int,
        on_date: dt.date,
        kind: AnnotationKind,
        label: str,
        episode_id: int | None = None,
    ) -> AnnotationRow:
        label = v.required_text(label, "label", max_chars=200)
        with self._store.write() as s:
            get_or_raise(s, Patient, patient_id, "patient")
            a = ChartAnnotation(
                patient_id=patient_id,
                episode_id=episode_id,
                on_date=on_date,
                kind=AnnotationKind.parse(kind, field="kind"),
                label=label,
            )
            s.add(a)
            s.flush()
            return _row(a)

    def update(
        self, annotation_id: int, on_date: dt.date, kind: AnnotationKind, label: str
    ) -> AnnotationRow:
        label = v.required_text(label, "label", max_chars=200)
        with self._store.write() as s:
            a = get_or_raise(s, ChartAnnotation, annotation_id, "chart note")
            a.on_date, a.kind, a.label = on_date, AnnotationKind.parse(kind, field="kind"), label
            s.flush()
            return _row(a)

    def delete(self, annotation_id: int) -> None:
        with self._store.write() as s:
            s.delete(get_or_raise(s, ChartAnnotation, annotation_id, "chart note"))

    def for_patient(self, patient_id: int) -> list[AnnotationRow]:
        with self._store.read() as s:
            return [
                _row(a)
                for a in s.scalars(
                    select(ChartAnnotation)
                    .where(ChartAnnotation.patient_id == patient_id)
                    .order_by(ChartAnnotation.on_date)
                )
            ]
