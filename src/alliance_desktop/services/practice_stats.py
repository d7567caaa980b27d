"""Practice-wide alliance figures for a period, each with the count of records it rests on."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from statistics import fmean

from sqlalchemy import ColumnElement, String, cast, func, or_, select
from sqlalchemy.orm import Session

from alliance_desktop.domain.alerts import Severity
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import CHECKIN_ID, Instrument, score
from alliance_desktop.domain.text import day, translate
from alliance_desktop.domain.vocab import EpisodeStatus, Respondent
from alliance_desktop.services.alerts import OPEN
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.store.models import (
    Alert,
    Episode,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

#: Pain improvement that counts as meaningful ("much better"): 2 points or 30% of the start.
PAIN_MEANINGFUL_POINTS = 2
PAIN_MEANINGFUL_SHARE = 0.30

#: Episode ids per ``IN (...)`` list, well under SQLite's limit on bound parameters.
_CHUNK = 500
#: Separators of a check-in's answers packed into one string ("goal=9.0;task=10.0");
#: item ids match ``^[a-z][a-z0-9_-]*$`` (the definition schema), so neither can occur in one.
_ITEM_SEP = ";"
_VALUE_SEP = "="


@dataclass(frozen=True, slots=True)
class PracticeOverview:
    """The practice's alliance figures for the visits of one period (both days included).

    Every figure comes with the count it rests on, so the UI can print "based on N visits".
    Rates, shares and means are 0.0 when what they rest on is 0: check the count before
    showing them. An alliance score is a check-in's mean item score, on a 0-10 scale. Only
    the patient's alliance check-in counts (instrument ``alliance-checkin``, respondent
    patient); when a visit has several, the last one answered is used, as on the visit screen.

    Attributes:
        start: First day of the period.
        end: Last day of the period.
        visits: Visits whose date falls in the period.
        patients_seen: Distinct patients with at least one of those visits.
        episodes_seen: Distinct episodes with at least one of those visits.
        visits_with_checkin: Visits of the period with a patient alliance check-in.
        checkin_rate: ``visits_with_checkin / visits``; rests on ``visits``.
        checkin_scores: One 0-10 score per scored check-in, in visit order, for a histogram;
            rests on ``checkins_scored``.
        checkins_scored: Check-ins with a score (the others had too many missing answers).
        perfect_checkins: Check-ins whose every answered item is at the top of its scale
            (the ceiling); rests on ``visits_with_checkin``.
        perfect_share: ``perfect_checkins / visits_with_checkin``.
        attention_patient_ids: Patients seen in the period (ids, sorted) whose patient-list
            badge shows: an alert that is open, of attention severity, not recovered, in an
            open episode. The badge is today's state, not the state at the end of the period.
        attention_patients: How many such patients; rests on ``patients_seen``.
        ruptures_noticed: Visits of the period where a rupture was noticed; rests on
            ``visits``.
        repairs_tried: Of those, the visits where a repair was tried; rests on
            ``ruptures_noticed``.
        ruptures_followed_up: Ruptures with a scored check-in at a later visit of the same
            episode (at any date, also after the period), so that recovery can be judged;
            rests on ``ruptures_noticed``.
        ruptures_recovered: Ruptures followed by a later check-in in the same episode scoring at
            or above the last check-in before the rupture visit (with none before: above the
            instrument's concern line, as the alert engine counts a recovery from concern);
            rests on ``ruptures_noticed``.
        repaired_recovered: Ruptures with a repair tried that recovered; rests on
            ``repairs_tried``.
        first_latest: Per episode with two or more scored check-ins in the period, its
            (first, latest) alliance score in the period.
        first_latest_episodes: How many episodes ``first_latest`` holds.
        first_mean: Mean of the first scores; rests on ``first_latest_episodes``.
        latest_mean: Mean of the latest scores; rests on ``first_latest_episodes``.
        alliance_pain_points: Per episode with a scored check-in and pain recorded at two or
            more visits of the period: (x, y) = (mean alliance score over its check-ins of the
            period, first minus latest pain before treatment, in points; positive = better).
        alliance_pain_episodes: How many episodes ``alliance_pain_points`` holds.
        pain_improved_meaningfully: Of those episodes, how many improved by 2 points or by
            30% of the first pain or more; rests on ``alliance_pain_episodes``.
    """

    start: dt.date
    end: dt.date
    visits: int
    patients_seen: int
    episodes_seen: int
    visits_with_checkin: int
    checkin_rate: float
    checkin_scores: tuple[float, ...]
    checkins_scored: int
    perfect_checkins: int
    perfect_share: float
    attention_patient_ids: tuple[int, ...]
    attention_patients: int
    ruptures_noticed: int
    repairs_tried: int
    ruptures_followed_up: int
    ruptures_recovered: int
    repaired_recovered: int
    first_latest: tuple[tuple[float, float], ...]
    first_latest_episodes: int
    first_mean: float
    latest_mean: float
    alliance_pain_points: tuple[tuple[float, float], ...]
    alliance_pain_episodes: int
    pain_improved_meaningfully: int


def pain_improved_meaningfully(first: int, latest: int) -> bool:
    """Whether pain fell by 2 points or more, or by 30% or more of where it started.

    Args:
        first: Pain (0-10) at the earlier visit.
        latest: Pain (0-10) at the later visit.

    Returns:
        True for a meaningful improvement ("much better").
    """
    drop = first - latest
    return drop > 0 and (drop >= PAIN_MEANINGFUL_POINTS or drop >= PAIN_MEANINGFUL_SHARE * first)


@dataclass(frozen=True, slots=True)
class _Scored:
    """What the figures need from one check-in."""

    total: float | None  # None: not scored (too many missing answers)
    score10: float | None  # the total on a 0-10 scale
    perfect: bool  # every answered item at the top of its scale
    concern_at_or_below: float | None  # the instrument's concern line, on the total


@dataclass(frozen=True, slots=True)
class _VisitFacts:
    """One visit and its check-in; ``order`` sorts visits like their start times."""

    id: int
    patient_id: int
    episode_id: int
    order: tuple[int, int]
    pain_before: int | None
    rupture_noticed: bool
    repair_tried: bool
    checkin: _Scored | None


@dataclass(frozen=True, slots=True)
class _Form:
    """One version of the check-in, prepared for scoring many responses."""

    instrument: Instrument  # without subscales: only the total is needed here
    low: float  # lowest possible total
    high: float  # highest possible total
    best: dict[str, float]  # per item, the answer at the top of its scale (after keying)


class _Scorer:
    """Scores packed check-ins with the domain's engine, once per distinct set of answers."""

    def __init__(self, registry: InstrumentRegistry) -> None:
        self._registry = registry
        self._forms: dict[int, _Form] = {}
        self._memo: dict[tuple[int, str], _Scored] = {}

    def __call__(self, version: int, packed: str | None) -> _Scored:
        key = (version, packed or "")
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._score(self._form(version), packed or "")
        return found

    def _form(self, version: int) -> _Form:
        form = self._forms.get(version)
        if form is None:
            instrument = self._registry.get(CHECKIN_ID, version)
            low, high = instrument.total_range()
            form = self._forms[version] = _Form(
                # The same scoring rule for the total, without computing unused subscales.
                instrument=replace(instrument, subscales={}),
                low=low,
                high=high,
                best={
                    i.id: i.scale.minimum if i.reverse else i.scale.maximum
                    for i in instrument.items
                },
            )
        return form

    @staticmethod
    def _score(form: _Form, packed: str) -> _Scored:
        answers: dict[str, float | None] = {}
        for part in packed.split(_ITEM_SEP) if packed else ():
            item_id, _, number = part.partition(_VALUE_SEP)
            answers[item_id] = float(number)
        total = score(form.instrument, answers).total
        # On 0-10: for the shipped check-in (seven 0-10 items, summed) this is the total
        # divided by the number of items, the mean item score.
        score10 = None if total is None else 10 * (total - form.low) / (form.high - form.low)
        return _Scored(
            total=total,
            score10=score10,
            # answered items only: unanswered ones are not in the packed string
            perfect=bool(answers) and all(form.best[k] == v for k, v in answers.items()),
            concern_at_or_below=form.instrument.alerts.concern_at_or_below,
        )


def _in_period(lo: dt.datetime, hi: dt.datetime) -> list[ColumnElement[bool]]:
    """Visits from ``lo`` to ``hi`` (both included), found through the (episode_id, starts_at)
    index.

    ``episode_id IN (SELECT id FROM episode)`` is always true; it lets SQLite search the index
    as one range per episode instead of reading every visit of the practice.
    """
    return [
        Visit.episode_id.in_(select(Episode.id)),
        Visit.starts_at >= lo,
        Visit.starts_at <= hi,
    ]


def _visits(
    s: Session, where: Iterable[ColumnElement[bool]], lo: dt.datetime, scorer: _Scorer
) -> list[_VisitFacts]:
    """The visits ``where`` selects in time order, each with its scored patient check-in.

    One row per visit: the visit's last patient check-in is picked by a correlated subquery on
    the response's ``visit_id`` index, and its answers arrive packed into one string.
    """
    response = QuestionnaireResponse
    latest = (
        select(response.id)
        .where(
            response.visit_id == Visit.id,
            response.instrument_id == CHECKIN_ID,
            response.respondent == Respondent.PATIENT,
        )
        .order_by(response.answered_at.desc(), response.id.desc())
        .limit(1)
        .correlate(Visit)
        .scalar_subquery()
    )
    answer = QuestionnaireAnswer
    packed = (
        select(
            func.aggregate_strings(
                answer.item_id + _VALUE_SEP + cast(answer.value, String), _ITEM_SEP
            )
        )
        .where(answer.response_id == response.id)
        .correlate(response)
        .scalar_subquery()
    )
    query = (
        select(
            Visit.id,
            Visit.patient_id,
            Visit.episode_id,
            Visit.starts_at < lo,
            Visit.pain_before,
            Visit.rupture_noticed,
            Visit.repair_tried,
            response.instrument_version,
            packed,
        )
        .outerjoin(response, response.id == latest)
        .where(*where)
        .order_by(Visit.starts_at, Visit.id)
    )
    return [
        _VisitFacts(
            id=visit_id,
            patient_id=patient_id,
            episode_id=episode_id,
            # before the period, in it, after it; then the position in time order
            order=(0 if before else 1, index),
            pain_before=pain,
            rupture_noticed=bool(rupture),
            repair_tried=bool(repair),
            checkin=None if version is None else scorer(version, text),
        )
        for index, (
            visit_id,
            patient_id,
            episode_id,
            before,
            pain,
            rupture,
            repair,
            version,
            text,
        ) in enumerate(s.execute(query))
    ]


def _attention_patients(s: Session, lo: dt.datetime, hi: dt.datetime) -> tuple[int, ...]:
    """Patients seen in the period whose patient-list badge shows now.

    The rule of ``alerts.open_alert_counts``, for the patients of the period only (through the
    alert's (patient_id, status) index).
    """
    seen = select(Visit.patient_id).where(*_in_period(lo, hi))
    query = (
        select(Alert.patient_id)
        .distinct()
        .join(Episode, Episode.id == Alert.episode_id)
        .where(
            Alert.patient_id.in_(seen),
            Alert.status == OPEN,
            Episode.status == EpisodeStatus.OPEN,
            Alert.severity == Severity.ATTENTION.value,
            Alert.recovered_visit_id.is_(None),
        )
    )
    return tuple(sorted(s.scalars(query)))


def _outside_period(
    episode_ids: Sequence[int], lo: dt.datetime, hi: dt.datetime
) -> list[ColumnElement[bool]]:
    """The visits of these episodes before or after the period (episode index)."""
    return [
        Visit.episode_id.in_(episode_ids),
        or_(Visit.starts_at < lo, Visit.starts_at > hi),
    ]


def _rupture_outcome(rupture: _VisitFacts, episode: Sequence[_VisitFacts]) -> tuple[bool, bool]:
    """(followed up, recovered) for one rupture, given all of its episode's visits.

    Scores are compared on the 0-10 scale, which orders totals as the totals themselves do
    (and stays comparable across versions of the check-in).
    """
    before: float | None = None  # the last scored check-in before the rupture visit
    later: list[_Scored] = []
    for visit in sorted(episode, key=lambda v: v.order):
        c = visit.checkin
        if c is None or c.score10 is None:
            continue
        if visit.order < rupture.order:
            before = c.score10
        elif visit.order > rupture.order:
            later.append(c)
    if not later:
        return (False, False)
    if before is not None:
        return (True, any(c.score10 is not None and c.score10 >= before for c in later))
    return (
        True,
        any(
            c.total is not None
            and c.concern_at_or_below is not None
            and c.total > c.concern_at_or_below
            for c in later
        ),
    )


class PracticeStatsService:
    """Practice-wide figures about the alliance over a period, for the practice overview."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        """Build the service.

        Args:
            store: The practice store.
            registry: Scores each check-in with the instrument version it was answered with.
        """
        self._store = store
        self._registry = registry

    def overview(self, start: dt.date, end: dt.date) -> PracticeOverview:
        """The practice's alliance figures for the visits from ``start`` to ``end``.

        Reads the visits of the period, their check-ins and alerts, and for ruptures the
        other visits of the ruptured episodes, in one read unit of work.

        Args:
            start: First day of the period (included).
            end: Last day of the period (included).

        Returns:
            The figures, each with the count of visits, check-ins, patients or episodes it
            rests on.

        Raises:
            ValidationError: A bound is not a date, or the period ends before it starts.
        """
        start = _as_date(start, "start")
        end = _as_date(end, "end")
        if end < start:
            raise ValidationError(
                translate(
                    "PracticeStats",
                    "The period ends ({end}) before it starts ({start}). "
                    "Please choose an end date on or after the start date.",
                ).format(end=day(end), start=day(start)),
                field="end",
            )
        lo = dt.datetime.combine(start, dt.time.min)
        hi = dt.datetime.combine(end, dt.time.max)
        scorer = _Scorer(self._registry)
        with self._store.read() as s:
            visits = _visits(s, _in_period(lo, hi), lo, scorer)
            attention = _attention_patients(s, lo, hi)
            ruptured = sorted({v.episode_id for v in visits if v.rupture_noticed})
            outside: list[_VisitFacts] = []
            for index in range(0, len(ruptured), _CHUNK):
                chunk = ruptured[index : index + _CHUNK]
                found = _visits(s, _outside_period(chunk, lo, hi), lo, scorer)
                # after the period: after every visit in it
                outside += [
                    v if v.order[0] == 0 else replace(v, order=(2, v.order[1])) for v in found
                ]
        return _figures(start, end, visits, outside, attention)


def _as_date(value: object, which: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        if which == "start":
            message = translate("PracticeStats", "Please give the start of the period as a date.")
        else:
            message = translate("PracticeStats", "Please give the end of the period as a date.")
        raise ValidationError(message, field=which)
    return value


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _figures(
    start: dt.date,
    end: dt.date,
    visits: Sequence[_VisitFacts],
    outside: Sequence[_VisitFacts],
    attention: tuple[int, ...],
) -> PracticeOverview:
    """Compute the figures from the visits read (pure: no database)."""
    checkins = [v.checkin for v in visits if v.checkin is not None]
    scores = tuple(c.score10 for c in checkins if c.score10 is not None)
    perfect = sum(1 for c in checkins if c.perfect)

    # Ruptures, judged against their whole episode (check-ins outside the period too).
    episode_visits: dict[int, list[_VisitFacts]] = defaultdict(list)
    for v in (*visits, *outside):
        episode_visits[v.episode_id].append(v)
    ruptures = [v for v in visits if v.rupture_noticed]
    followed = recovered = repaired_recovered = 0
    for rupture in ruptures:
        was_followed, did_recover = _rupture_outcome(rupture, episode_visits[rupture.episode_id])
        followed += was_followed
        recovered += did_recover
        repaired_recovered += did_recover and rupture.repair_tried

    # Per episode, in the period: alliance scores and pain, in time order.
    alliance: dict[int, list[float]] = defaultdict(list)
    pain: dict[int, list[int]] = defaultdict(list)
    for v in visits:
        if v.checkin is not None and v.checkin.score10 is not None:
            alliance[v.episode_id].append(v.checkin.score10)
        if v.pain_before is not None:
            pain[v.episode_id].append(v.pain_before)
    pairs = [(values[0], values[-1]) for values in alliance.values() if len(values) >= 2]
    points: list[tuple[float, float]] = []
    meaningful = 0
    for episode_id, levels in pain.items():
        if len(levels) >= 2 and alliance.get(episode_id):
            points.append((fmean(alliance[episode_id]), float(levels[0] - levels[-1])))
            meaningful += pain_improved_meaningfully(levels[0], levels[-1])

    return PracticeOverview(
        start=start,
        end=end,
        visits=len(visits),
        patients_seen=len({v.patient_id for v in visits}),
        episodes_seen=len({v.episode_id for v in visits}),
        visits_with_checkin=len(checkins),
        checkin_rate=_ratio(len(checkins), len(visits)),
        checkin_scores=scores,
        checkins_scored=len(scores),
        perfect_checkins=perfect,
        perfect_share=_ratio(perfect, len(checkins)),
        attention_patient_ids=attention,
        attention_patients=len(attention),
        ruptures_noticed=len(ruptures),
        repairs_tried=sum(1 for v in ruptures if v.repair_tried),
        ruptures_followed_up=followed,
        ruptures_recovered=recovered,
        repaired_recovered=repaired_recovered,
        first_latest=tuple(pairs),
        first_latest_episodes=len(pairs),
        first_mean=fmean(p[0] for p in pairs) if pairs else 0.0,
        latest_mean=fmean(p[1] for p in pairs) if pairs else 0.0,
        alliance_pain_points=tuple(points),
        alliance_pain_episodes=len(points),
        pain_improved_meaningfully=meaningful,
    )
