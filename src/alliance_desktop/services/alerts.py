"""Alliance alerts: found by the domain engine from a patient's records, kept with their status."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.alerts import (
    AlertKind,
    CheckinObs,
    Finding,
    Severity,
    VisitObs,
    evaluate,
    shown,
)
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import CHECKIN_ID, PRACTITIONER_ID, score
from alliance_desktop.domain.text import translate
from alliance_desktop.domain.vocab import EpisodeStatus, GoalStatus
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.services.questionnaires import load_responses
from alliance_desktop.store.base import utcnow
from alliance_desktop.store.models import (
    Alert,
    Episode,
    Goal,
    GoalProgress,
    Patient,
    QuestionnaireResponse,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

OPEN = "open"
ACKNOWLEDGED = "acknowledged"
SUPERSEDED = "superseded"  # a later check-in in the episode says where things stand now


@dataclass(frozen=True, slots=True)
class AlertRow:
    id: int
    patient_id: int
    episode_id: int
    visit_id: int
    visit_at: dt.datetime
    kind: AlertKind
    severity: Severity
    what: str
    why: str
    suggestion: str
    status: str
    recovered_visit_id: int | None
    note: str
    episode_open: bool

    @property
    def needs_attention(self) -> bool:
        """Counts in the badge: open, in the current episode, not a prompt, not recovered."""
        return (
            self.status == OPEN
            and self.episode_open
            and self.severity is Severity.ATTENTION
            and self.recovered_visit_id is None
        )


def observations(
    s: Session, patient_id: int, registry: InstrumentRegistry
) -> dict[int, list[VisitObs]]:
    """What the engine needs about each of the patient's episodes (bounded by their visits)."""
    visits = list(
        s.scalars(select(Visit).where(Visit.patient_id == patient_id).order_by(Visit.starts_at))
    )
    responses = load_responses(
        s,
        [
            QuestionnaireResponse.patient_id == patient_id,
            QuestionnaireResponse.instrument_id.in_((CHECKIN_ID, PRACTITIONER_ID)),
        ],
    )
    checkin: dict[int, CheckinObs] = {}
    patient_sub: dict[int, dict[str, float | None]] = {}
    own_sub: dict[int, dict[str, float | None]] = {}
    for r in responses:
        if r.visit_id is None:
            continue
        instrument = registry.get(r.instrument_id, r.instrument_version)
        result = score(instrument, r.answers)
        if r.instrument_id == CHECKIN_ID:
            checkin[r.visit_id] = CheckinObs(
                total=result.total,
                items=dict(r.answers),
                item_max=instrument.item_maximum,
                total_max=instrument.total_range()[1],
            )
            patient_sub[r.visit_id] = dict(result.subscales)
        else:
            own_sub[r.visit_id] = dict(result.subscales)
    episode_ids = {visit.episode_id for visit in visits}
    goals = (
        {g.id: g for g in s.scalars(select(Goal).where(Goal.episode_id.in_(episode_ids)))}
        if episode_ids
        else {}
    )
    progress: dict[int, dict[int, int]] = defaultdict(dict)
    if goals:
        for gp in s.scalars(select(GoalProgress).where(GoalProgress.goal_id.in_(goals))):
            progress[gp.visit_id][gp.goal_id] = gp.rating
    by_episode: dict[int, list[VisitObs]] = defaultdict(list)
    for visit in visits:
        words = {
            g.id: " ".join(g.wording.split())[:60]
            for g in goals.values()
            if g.episode_id == visit.episode_id and g.status is GoalStatus.ACTIVE
        }
        by_episode[visit.episode_id].append(
            VisitObs(
                visit_id=visit.id,
                at=visit.starts_at,
                checkin=checkin.get(visit.id),
                patient_subscales=patient_sub.get(visit.id, {}),
                practitioner_subscales=own_sub.get(visit.id, {}),
                goal_progress=progress.get(visit.id, {}),
                goal_words=words,
            )
        )
    return by_episode


def refresh_patient_alerts(
    s: Session, patient_id: int, registry: InstrumentRegistry, *, today: dt.date | None = None
) -> None:
    """Bring the stored alerts of one patient in line with their records.

    New findings are added as open; existing ones keep the practitioner's status and note;
    findings the records no longer support are removed.
    """
    today = today or dt.date.today()
    rules = registry.latest(CHECKIN_ID).alerts
    found: dict[tuple[int, str, str], tuple[int, Finding]] = {}
    current: set[int] = set()  # per episode, the latest visit with a check-in or own rating
    for episode_id, obs in observations(s, patient_id, registry).items():
        rated = [o for o in obs if o.checkin is not None or o.practitioner_subscales]
        if rated:
            current.add(max(rated, key=lambda o: o.at).visit_id)
        for finding in evaluate(rules, obs, today=today):
            found[(finding.visit_id, finding.kind.value, finding.key)] = (episode_id, finding)
    existing = {
        (a.visit_id, a.kind, a.key): a
        for a in s.scalars(select(Alert).where(Alert.patient_id == patient_id))
    }
    for key, stale in existing.items():
        if key not in found:
            s.delete(stale)
    for key, (episode_id, f) in found.items():
        alert = existing.get(key)
        # Only the latest rated visit speaks for now; older findings that did not recover are
        # history (still listed), so the badge never piles up across a long episode.
        latest = f.visit_id in current or f.kind is AlertKind.MISSED_CHECKIN
        if alert is None:
            s.add(
                Alert(
                    patient_id=patient_id,
                    episode_id=episode_id,
                    visit_id=f.visit_id,
                    kind=f.kind.value,
                    key=f.key,
                    severity=f.severity.value,
                    what=f.what,
                    why=f.why,
                    suggestion=f.suggestion,
                    status=OPEN if latest else SUPERSEDED,
                    recovered_visit_id=f.recovered_visit_id,
                )
            )
            continue
        if alert.status == OPEN and not latest:
            alert.status = SUPERSEDED
        elif alert.status == SUPERSEDED and latest:
            alert.status = OPEN
        for name, value in (
            ("what", f.what),
            ("why", f.why),
            ("suggestion", f.suggestion),
            ("severity", f.severity.value),
            ("recovered_visit_id", f.recovered_visit_id),
        ):
            if getattr(alert, name) != value:
                setattr(alert, name, value)


def open_alert_counts(s: Session, patient_id: int | None = None) -> dict[int, int]:
    """Per patient, the alerts that need attention (open, not a prompt, not recovered)."""
    # From the open episodes, each one's open alerts through the (patient, status) index:
    # SQLite otherwise walks every alert the practice ever had (3 x slower at 10,000 patients).
    query = (
        select(Episode.patient_id, func.count(Alert.id))
        .join(
            Alert,
            (Alert.episode_id == Episode.id) & (Alert.patient_id == Episode.patient_id),
        )
        .where(
            Episode.status == EpisodeStatus.OPEN,
            Alert.status == OPEN,
            Alert.severity == Severity.ATTENTION.value,
            Alert.recovered_visit_id.is_(None),
        )
        .group_by(Episode.patient_id)
    )
    if patient_id is not None:
        query = query.where(Alert.patient_id == patient_id)
    rows = s.execute(query)
    return {pid: int(n) for pid, n in rows}


class AlertService:
    """Reading and answering alliance alerts."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    def for_patient(self, patient_id: int, *, include_closed: bool = True) -> list[AlertRow]:
        """The patient's alerts, newest visit first."""
        query = (
            select(Alert, Visit.starts_at, Episode.status)
            .join(Visit, Visit.id == Alert.visit_id)
            .join(Episode, Episode.id == Alert.episode_id)
            .where(Alert.patient_id == patient_id)
            .order_by(Visit.starts_at.desc(), Alert.id)
        )
        with self._store.read() as s:
            rows = [
                AlertRow(
                    id=a.id,
                    patient_id=a.patient_id,
                    episode_id=a.episode_id,
                    visit_id=a.visit_id,
                    visit_at=at,
                    kind=AlertKind(a.kind),
                    severity=Severity(a.severity),
                    what=shown(a.what),  # stored in English; shown in the language in use
                    why=shown(a.why),
                    suggestion=shown(a.suggestion),
                    status=a.status,
                    recovered_visit_id=a.recovered_visit_id,
                    note=a.note,
                    episode_open=episode_status is EpisodeStatus.OPEN,
                )
                for a, at, episode_status in s.execute(query)
            ]
        if not include_closed:
            rows = [
                r
                for r in rows
                if r.needs_attention
                or (r.status == OPEN and r.episode_open and r.recovered_visit_id is None)
            ]
        return rows

    def acknowledge(self, alert_id: int, note: str = "") -> None:
        """The practitioner has seen it (and perhaps acted); it leaves the badge."""
        with self._store.write() as s:
            alert = get_or_raise(s, Alert, alert_id, "alert")
            alert.status = ACKNOWLEDGED
            alert.acknowledged_at = utcnow()
            alert.note = v.optional_text(note, "note", max_chars=5000)

    def reopen(self, alert_id: int) -> None:
        with self._store.write() as s:
            alert = get_or_raise(s, Alert, alert_id, "alert")
            if alert.status == OPEN:
                raise ValidationError(translate("AlertService", "This alert is already open."))
            alert.status = OPEN
            alert.acknowledged_at = None

    def refresh(self, patient_id: int, *, today: dt.date | None = None) -> None:
        with self._store.write() as s:
            get_or_raise(s, Patient, patient_id, "patient")
            refresh_patient_alerts(s, patient_id, self._registry, today=today)

    def refresh_all(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Recompute every patient's alerts (after demo data or a change of rules)."""
        with self._store.read() as s:
            ids = list(s.scalars(select(Patient.id).order_by(Patient.id)))
        batch = 200
        for start in range(0, len(ids), batch):
            with self._store.write() as s:
                for pid in ids[start : start + batch]:
                    refresh_patient_alerts(s, pid, self._registry, today=today)
            if progress:
                progress(min(start + batch, len(ids)), len(ids))

    def open_counts(self) -> dict[int, int]:
        with self._store.read() as s:
            return open_alert_counts(s)
