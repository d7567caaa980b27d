"""Episodes of care: open one, update it, discharge it, start the next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import day, translate
from alliance_desktop.domain.vocab import EpisodeStatus
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.store.models import Episode, Patient, Visit
from alliance_desktop.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class EpisodeRow:
    id: int
    patient_id: int
    reason: str
    started_on: dt.date
    ended_on: dt.date | None
    status: EpisodeStatus
    discharge_note: str
    visit_count: int

    @property
    def is_open(self) -> bool:
        return self.status is EpisodeStatus.OPEN

    @property
    def title(self) -> str:
        if self.ended_on:
            return translate("Episodes", "{reason} ({start} – {end})").format(
                reason=self.reason, start=day(self.started_on), end=day(self.ended_on)
            )
        return translate("Episodes", "{reason} ({start})").format(
            reason=self.reason, start=day(self.started_on)
        )


def episode_row(s: Session, e: Episode) -> EpisodeRow:
    count = s.scalar(select(func.count(Visit.id)).where(Visit.episode_id == e.id)) or 0
    return EpisodeRow(
        id=e.id,
        patient_id=e.patient_id,
        reason=e.reason,
        started_on=e.started_on,
        ended_on=e.ended_on,
        status=e.status,
        discharge_note=e.discharge_note,
        visit_count=count,
    )


def _check_start(started_on: dt.date | None) -> None:
    if not isinstance(started_on, dt.date):
        raise ValidationError(
            translate("Episodes", "Please give the date the episode started."), field="started_on"
        )
    if started_on > dt.date.today():
        raise ValidationError(
            translate("Episodes", "An episode cannot start in the future."), field="started_on"
        )


class EpisodeService:
    """Courses of care."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def open(self, patient_id: int, reason: str, started_on: dt.date) -> EpisodeRow:
        """Start a course of care. A patient has at most one open episode at a time."""
        reason = v.required_text(reason, "reason", max_chars=500)
        _check_start(started_on)
        with self._store.write() as s:
            get_or_raise(s, Patient, patient_id, "patient")
            already = s.scalar(
                select(Episode.reason).where(
                    Episode.patient_id == patient_id, Episode.status == EpisodeStatus.OPEN
                )
            )
            if already is not None:
                raise ValidationError(
                    translate(
                        "Episodes",
                        "This patient already has an open episode ({reason}). "
                        "Discharge it before starting a new one.",
                    ).format(reason=already),
                    field="reason",
                )
            episode = Episode(patient_id=patient_id, reason=reason, started_on=started_on)
            s.add(episode)
            s.flush()
            return episode_row(s, episode)

    def update(self, episode_id: int, reason: str, started_on: dt.date) -> EpisodeRow:
        reason = v.required_text(reason, "reason", max_chars=500)
        _check_start(started_on)
        with self._store.write() as s:
            episode = get_or_raise(s, Episode, episode_id, "episode")
            v.date_range(started_on, episode.ended_on, what="episode")
            first = s.scalar(
                select(func.min(Visit.starts_at)).where(Visit.episode_id == episode_id)
            )
            if first is not None and first.date() < started_on:
                raise ValidationError(
                    translate(
                        "Episodes", "The episode cannot start after its first visit ({date})."
                    ).format(date=first.date().isoformat()),
                    field="started_on",
                )
            episode.reason = reason
            episode.started_on = started_on
            s.flush()
            return episode_row(s, episode)

    def discharge(self, episode_id: int, ended_on: dt.date, note: str = "") -> EpisodeRow:
        """Close a course of care (discharge)."""
        with self._store.write() as s:
            episode = get_or_raise(s, Episode, episode_id, "episode")
            if episode.status is EpisodeStatus.DISCHARGED:
                raise ValidationError(
                    translate("Episodes", "This episode has already been discharged.")
                )
            v.date_range(episode.started_on, ended_on, what="episode")
            last = s.scalar(select(func.max(Visit.starts_at)).where(Visit.episode_id == episode_id))
            if last is not None and ended_on < last.date():
                raise ValidationError(
                    translate(
                        "Episodes", "The episode cannot end before its last visit ({date})."
                    ).format(date=day(last.date())),
                    field="ended_on",
                )
            episode.ended_on = ended_on
            episode.status = EpisodeStatus.DISCHARGED
            episode.discharge_note = v.optional_text(note, "discharge_note")
            s.flush()
            return episode_row(s, episode)

    def reopen(self, episode_id: int) -> EpisodeRow:
        """Undo a discharge (for example one made by mistake)."""
        with self._store.write() as s:
            episode = get_or_raise(s, Episode, episode_id, "episode")
            other = s.scalar(
                select(func.count(Episode.id)).where(
                    Episode.patient_id == episode.patient_id,
                    Episode.status == EpisodeStatus.OPEN,
                    Episode.id != episode_id,
                )
            )
            if other:
                raise ValidationError(
                    translate("Episodes", "Another episode is open; discharge it first.")
                )
            episode.status = EpisodeStatus.OPEN
            episode.ended_on = None
            s.flush()
            return episode_row(s, episode)

    def for_patient(self, patient_id: int) -> list[EpisodeRow]:
        """The patient's episodes, newest first."""
        with self._store.read() as s:
            get_or_raise(s, Patient, patient_id, "patient")
            episodes = s.scalars(
                select(Episode)
                .where(Episode.patient_id == patient_id)
                .order_by(Episode.started_on.desc(), Episode.id.desc())
            )
            return [episode_row(s, e) for e in episodes]

    def get(self, episode_id: int) -> EpisodeRow:
        with self._store.read() as s:
            return episode_row(s, get_or_raise(s, Episode, episode_id, "episode"))
