"""Chart series of one patient's episode: alliance, outcomes, goal progress and adherence.

Every series is aligned on the episode's visits; a visit without a value is None (a gap on the
chart, never a zero). Queries are bounded by that one patient's visits.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.domain.alerts import Severity
from alliance_desktop.domain.instruments import CHECKIN_ID, PRACTITIONER_ID, score
from alliance_desktop.domain.text import day, translate
from alliance_desktop.domain.vocab import AnnotationKind, EpisodeStatus, GoalStatus
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.store.models import (
    Alert,
    ChartAnnotation,
    Episode,
    Goal,
    GoalProgress,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

SUBSCALES = ("trust", "bond", "goal", "task")
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


@dataclass(frozen=True, slots=True)
class ChartVisit:
    """A visit on the x axis."""

    visit_id: int
    number: int  # 1-based within the episode
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class AnnotationMark:
    on_date: dt.date
    kind: AnnotationKind
    label: str
    position: float  # visit number the marker sits at (fractional between visits)


@dataclass(frozen=True, slots=True)
class AllianceSeries:
    visits: tuple[ChartVisit, ...]
    patient: dict[str, tuple[float | None, ...]]  # subscale -> value per visit (0-10)
    practitioner: dict[str, tuple[float | None, ...]]
    concern_line: float | None  # on the 0-10 scale of a subscale
    alert_visit_ids: frozenset[int]
    rupture_visit_ids: frozenset[int]
    repair_visit_ids: frozenset[int]
    annotations: tuple[AnnotationMark, ...]

    @property
    def has_checkins(self) -> bool:
        return any(v is not None for values in self.patient.values() for v in values)


@dataclass(frozen=True, slots=True)
class OutcomeSeries:
    visits: tuple[ChartVisit, ...]
    pain_before: tuple[int | None, ...]
    pain_after: tuple[int | None, ...]
    baseline: float | None
    #: pain at or under this is a meaningful improvement from the baseline (2 points or 30%)
    meaningful_at: float | None


@dataclass(frozen=True, slots=True)
class GoalLine:
    goal_id: int
    label: str
    status: GoalStatus
    values: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class GoalSeries:
    visits: tuple[ChartVisit, ...]
    goals: tuple[GoalLine, ...]


@dataclass(frozen=True, slots=True)
class AdherenceSeries:
    visits: tuple[ChartVisit, ...]
    share: tuple[float | None, ...]  # 0-1: how much of the agreed self-care happened
    reviewed: tuple[int, ...]  # strategies reviewed at each visit


@dataclass(frozen=True, slots=True)
class PatientCharts:
    episode_id: int | None
    episode_title: str
    alliance: AllianceSeries
    outcomes: OutcomeSeries
    goals: GoalSeries
    adherence: AdherenceSeries


def _position(when: dt.date, visits: tuple[ChartVisit, ...]) -> float:
    """Where a dated marker falls on the visit-number axis."""
    if not visits:
        return 1.0
    days = [v.at.date() for v in visits]
    if when <= days[0]:
        return 1.0
    for i in range(1, len(days)):
        if when <= days[i]:
            span = (days[i] - days[i - 1]).days or 1
            return i + (when - days[i - 1]).days / span
    return float(len(days))


def meaningful_pain_level(baseline: float | None) -> float | None:
    """Pain at or below this is a meaningful improvement: 2 points or 30%, whichever is less."""
    if baseline is None:
        return None
    return (
        max(0.0, baseline - min(MEANINGFUL_POINTS, baseline * MEANINGFUL_SHARE))
        if (baseline > 0)
        else None
    )


def _empty(episode_id: int | None = None, title: str = "") -> PatientCharts:
    none: tuple[ChartVisit, ...] = ()
    return PatientCharts(
        episode_id,
        title,
        AllianceSeries(none, {}, {}, None, frozenset(), frozenset(), frozenset(), ()),
        OutcomeSeries(none, (), (), None, None),
        GoalSeries(none, ()),
        AdherenceSeries(none, (), ()),
    )


class ChartService:
    """Series for the Overview charts."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    def patient_charts(self, patient_id: int, episode_id: int | None = None) -> PatientCharts:
        """The series of one episode (the open one, else the latest)."""
        with self._store.read() as s:
            if episode_id is None:
                episode = s.scalars(
                    select(Episode)
                    .where(Episode.patient_id == patient_id)
                    .order_by(
                        (Episode.status == EpisodeStatus.OPEN).desc(), Episode.started_on.desc()
                    )
                    .limit(1)
                ).first()
            else:
                episode = s.get(Episode, episode_id)
            if episode is None or episode.patient_id != patient_id:
                return _empty()
            # Column tuples, not ORM objects: a 60-visit episode has about 800 answers and
            # building an object for each was most of this query's time.
            visits_orm = s.execute(
                select(
                    Visit.id,
                    Visit.starts_at,
                    Visit.pain_before,
                    Visit.pain_after,
                    Visit.rupture_noticed,
                    Visit.repair_tried,
                )
                .where(Visit.episode_id == episode.id)
                .order_by(Visit.starts_at)
            ).all()
            visits = tuple(ChartVisit(v.id, i + 1, v.starts_at) for i, v in enumerate(visits_orm))
            index = {v.visit_id: i for i, v in enumerate(visits)}
            n = len(visits)
            visit_ids = list(index)

            patient = {k: [None] * n for k in SUBSCALES}  # type: dict[str, list[float | None]]
            own = {k: [None] * n for k in SUBSCALES}  # type: dict[str, list[float | None]]
            concern: float | None = None
            for r in _checkin_answers(s, visit_ids):
                if r.visit_id not in index:
                    continue
                instrument = self._registry.get(r.instrument_id, r.instrument_version)
                result = score(instrument, r.answers)
                target = patient if r.instrument_id == CHECKIN_ID else own
                for name in SUBSCALES:
                    value = result.subscales.get(name)
                    if value is not None:
                        target[name][index[r.visit_id]] = value
                if r.instrument_id == CHECKIN_ID and instrument.alerts.concern_at_or_below:
                    concern = instrument.alerts.concern_at_or_below / len(instrument.items)
            alert_ids = frozenset(
                s.scalars(
                    select(Alert.visit_id).where(
                        Alert.patient_id == patient_id,  # indexed; an episode is one patient's
                        Alert.episode_id == episode.id,
                        Alert.severity == Severity.ATTENTION.value,
                    )
                )
            )
            annotations = tuple(
                AnnotationMark(a.on_date, a.kind, a.label, _position(a.on_date, visits))
                for a in s.scalars(
                    select(ChartAnnotation)
                    .where(ChartAnnotation.patient_id == patient_id)
                    .order_by(ChartAnnotation.on_date)
                )
                if visits
                and visits[0].at.date() - dt.timedelta(days=7)
                <= a.on_date
                <= visits[-1].at.date() + dt.timedelta(days=7)
            )
            alliance = AllianceSeries(
                visits=visits,
                patient={k: tuple(v) for k, v in patient.items()},
                practitioner={k: tuple(v) for k, v in own.items()},
                concern_line=concern,
                alert_visit_ids=alert_ids,
                rupture_visit_ids=frozenset(v.id for v in visits_orm if v.rupture_noticed),
                repair_visit_ids=frozenset(v.id for v in visits_orm if v.repair_tried),
                annotations=annotations,
            )
            before = tuple(v.pain_before for v in visits_orm)
            baseline = next((float(p) for p in before if p is not None), None)
            outcomes = OutcomeSeries(
                visits,
                before,
                tuple(v.pain_after for v in visits_orm),
                baseline,
                meaningful_pain_level(baseline),
            )
            goals = list(
                s.scalars(
                    select(Goal)
                    .where(Goal.episode_id == episode.id)
                    .order_by(Goal.priority, Goal.id)
                )
            )
            progress: dict[int, list[int | None]] = {g.id: [None] * n for g in goals}
            if goals and visit_ids:
                for goal_id, visit_id, rating in s.execute(
                    select(GoalProgress.goal_id, GoalProgress.visit_id, GoalProgress.rating).where(
                        GoalProgress.goal_id.in_(progress), GoalProgress.visit_id.in_(visit_ids)
                    )
                ):
                    progress[goal_id][index[visit_id]] = rating
            goal_series = GoalSeries(
                visits,
                tuple(
                    GoalLine(g.id, _short(g.wording), g.status, tuple(progress[g.id]))
                    for g in goals
                ),
            )
            shares: dict[int, list[float]] = defaultdict(list)
            if goals and visit_ids:
                strategy_ids = list(
                    s.scalars(
                        select(Strategy.id).where(Strategy.goal_id.in_([g.id for g in goals]))
                    )
                )
                if strategy_ids:
                    for visit_id, level in s.execute(
                        select(StrategyReview.visit_id, StrategyReview.adherence).where(
                            StrategyReview.strategy_id.in_(strategy_ids),
                            StrategyReview.visit_id.in_(visit_ids),
                        )
                    ):
                        shares[index[visit_id]].append(level.fraction)
            adherence = AdherenceSeries(
                visits,
                tuple(
                    (sum(shares[i]) / len(shares[i])) if shares.get(i) else None for i in range(n)
                ),
                tuple(len(shares.get(i, [])) for i in range(n)),
            )
            span = day(episode.started_on)
            return PatientCharts(
                episode.id,
                translate("Charts", "{reason} (since {span})").format(
                    reason=episode.reason, span=span
                ),
                alliance,
                outcomes,
                goal_series,
                adherence,
            )


@dataclass(frozen=True, slots=True)
class _Answered:
    visit_id: int | None
    instrument_id: str
    instrument_version: int
    answers: dict[str, float | None]


def _checkin_answers(s: Session, visit_ids: list[int]) -> list[_Answered]:
    """The check-ins (patient's and practitioner's) of these visits with their answers, in the
    order they were answered; one joined query of plain columns."""
    if not visit_ids:
        return []
    rows = s.execute(
        select(
            QuestionnaireResponse.id,
            QuestionnaireResponse.visit_id,
            QuestionnaireResponse.instrument_id,
            QuestionnaireResponse.instrument_version,
            QuestionnaireAnswer.item_id,
            QuestionnaireAnswer.value,
        )
        .join(QuestionnaireAnswer, QuestionnaireAnswer.response_id == QuestionnaireResponse.id)
        .where(
            QuestionnaireResponse.visit_id.in_(visit_ids),
            QuestionnaireResponse.instrument_id.in_((CHECKIN_ID, PRACTITIONER_ID)),
        )
        .order_by(QuestionnaireResponse.answered_at, QuestionnaireResponse.id)
    )
    out: dict[int, _Answered] = {}
    for response_id, visit_id, instrument_id, version, item_id, value in rows:
        answered = out.get(response_id)
        if answered is None:
            answered = out[response_id] = _Answered(visit_id, instrument_id, version, {})
        answered.answers[item_id] = value
    return list(out.values())


def _short(text: str, limit: int = 32) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
