"""What a report says, built Qt-free from the practice store as frozen DTOs.

Three reports:

* a patient's **progress report** (for the patient or a referrer): goals in the patient's words
  and their progress, the agreed plan and self-care, pain and function first vs latest, and,
  only if the practitioner asks for it, the patient's own alliance ratings as a chart;
* a **patient feedback summary** for a period: the practice's check-in figures, de-identified
  and aggregated, with room for the practitioner's reflection (a CPD objective activity);
* a **CPD record** for a three-year cycle: every reflection's CPD facts, totals against the
  requirements, a Peer Discussion Review summary, and a CSV of the same rows.

What never leaves through a report: private reflections (transference and countertransference),
the text of reflections, rupture and repair notes, the patient's and practitioner's state, and
the clinical notes (subjective, objective, assessment). The queries below read only the columns
a report prints, so those fields are never even loaded. Rendering (PDF, preview, printing) lives
in ``alliance_desktop.ui.reports``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from alliance_desktop.domain.cpd import (
    REQUIRED_HOURS,
    REQUIRED_HOURS_WITH_OTHERS,
    CpdActivity,
    CpdTotals,
    cpd_totals,
    cycle_containing,
)
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import FUNCTION_ID, score
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate
from alliance_desktop.domain.vocab import (
    CpdTheme,
    EpisodeStatus,
    GoalStatus,
    ReflectionTemplate,
    StrategyOwner,
    StrategySetting,
    VisitStatus,
)
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.charts import (
    AllianceSeries,
    ChartService,
    GoalSeries,
    OutcomeSeries,
    meaningful_pain_level,
)
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.services.practice import KEY_NAME, KEY_PRACTITIONER, read_meta
from alliance_desktop.services.practice_stats import (
    PracticeOverview,
    PracticeStatsService,
    pain_improved_meaningfully,
)
from alliance_desktop.services.questionnaires import ResponseRow, load_responses
from alliance_desktop.store.models import (
    Episode,
    Goal,
    GoalProgress,
    Patient,
    Practitioner,
    QuestionnaireResponse,
    Reflection,
    Strategy,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

#: Figures resting on fewer records than this carry a caution in the feedback summary.
SMALL_NUMBERS = 10
#: How many reflection titles the Peer Discussion Review lists per theme.
TITLES_PER_THEME = 5


# ============================================================================ shared


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """Who the report is from."""

    practice_name: str
    practitioner_name: str
    practitioner_registration: str
    generated_on: dt.date


def _header(s: Session, today: dt.date) -> ReportHeader:
    meta = read_meta(s)
    name = registration = ""
    if KEY_PRACTITIONER in meta:
        found = s.get(Practitioner, int(meta[KEY_PRACTITIONER]))
        if found is not None:
            name, registration = found.name, found.registration
    return ReportHeader(
        practice_name=meta.get(KEY_NAME, "") or translate("ReportContent", "Your practice"),
        practitioner_name=name,
        practitioner_registration=registration,
        generated_on=today,
    )


def _current_practitioner_id(s: Session) -> int | None:
    value = read_meta(s).get(KEY_PRACTITIONER)
    return int(value) if value else None


# ============================================================================ progress report


class ProgressSection(StrEnum):
    """The parts of a progress report a practitioner can tick."""

    GOALS = "goals"
    PLAN = "plan"
    PAIN = "pain"
    FUNCTION = "function"
    OUTCOME_CHARTS = "outcome_charts"
    ALLIANCE_CHART = "alliance_chart"

    @property
    def label(self) -> str:
        return translate("ReportContent", _SECTION_LABELS[self])


_SECTION_LABELS = {
    ProgressSection.GOALS: QT_TRANSLATE_NOOP("ReportContent", "Goals and progress"),
    ProgressSection.PLAN: QT_TRANSLATE_NOOP("ReportContent", "Agreed plan and self-care"),
    ProgressSection.PAIN: QT_TRANSLATE_NOOP("ReportContent", "Pain, first and latest"),
    ProgressSection.FUNCTION: QT_TRANSLATE_NOOP("ReportContent", "Everyday activities (function)"),
    ProgressSection.OUTCOME_CHARTS: QT_TRANSLATE_NOOP("ReportContent", "Pain and goal charts"),
    ProgressSection.ALLIANCE_CHART: QT_TRANSLATE_NOOP(
        "ReportContent", "Alliance chart (the patient's own ratings)"
    ),
}

#: Ticked unless the practitioner unticks them; the alliance chart is asked for explicitly.
DEFAULT_SECTIONS = frozenset(set(ProgressSection) - {ProgressSection.ALLIANCE_CHART})


@dataclass(frozen=True, slots=True)
class GoalSummary:
    """One goal in the patient's words, with its first and latest progress rating (0-10)."""

    wording: str
    success_measure: str
    status: GoalStatus
    first: int | None
    first_on: dt.date | None
    latest: int | None
    latest_on: dt.date | None
    ratings: int

    @property
    def change(self) -> int | None:
        if self.first is None or self.latest is None or self.ratings < 2:
            return None
        return self.latest - self.first


@dataclass(frozen=True, slots=True)
class PlanItem:
    """An active strategy agreed for a goal."""

    description: str
    setting: StrategySetting
    owner: StrategyOwner
    goal: str


@dataclass(frozen=True, slots=True)
class PainSummary:
    """Pain (0-10) before and after treatment at the first and latest visit that recorded it."""

    first_on: dt.date
    first_before: int | None
    first_after: int | None
    latest_on: dt.date
    latest_before: int | None
    latest_after: int | None
    visits_with_pain: int
    #: pain at or under this is a meaningful improvement on the first score (2 points or 30%)
    meaningful_at: float | None

    @property
    def change(self) -> int | None:
        """Latest minus first pain before treatment (negative = less pain)."""
        if self.first_before is None or self.latest_before is None or self.visits_with_pain < 2:
            return None
        return self.latest_before - self.first_before

    @property
    def meaningful(self) -> bool:
        if self.first_before is None or self.latest_before is None or self.visits_with_pain < 2:
            return False
        return pain_improved_meaningfully(self.first_before, self.latest_before)


@dataclass(frozen=True, slots=True)
class ActivityScore:
    """One activity the patient named, rated 0 (unable) to 10 (as before)."""

    name: str
    first: float | None
    latest: float | None


@dataclass(frozen=True, slots=True)
class FunctionSummary:
    """The patient-specific activities, first vs latest rating."""

    first_on: dt.date
    latest_on: dt.date
    first_mean: float | None
    latest_mean: float | None
    activities: tuple[ActivityScore, ...]
    responses: int


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """A patient's progress, fit for the patient or a referrer to read.

    Holds no clinical notes, no reflections and nothing about ruptures; the alliance series,
    when asked for, carries only the patient's own ratings.
    """

    header: ReportHeader
    sections: frozenset[ProgressSection]
    patient_name: str
    date_of_birth: dt.date | None
    episode_reason: str
    episode_started: dt.date | None
    episode_ended: dt.date | None
    episode_open: bool
    visits: int
    first_visit: dt.date | None
    latest_visit: dt.date | None
    goals: tuple[GoalSummary, ...]
    plan: str
    self_care_agreed: str
    plan_agreed_on: dt.date | None
    strategies: tuple[PlanItem, ...]
    pain: PainSummary | None
    function: FunctionSummary | None
    outcomes: OutcomeSeries | None
    goal_series: GoalSeries | None
    alliance: AllianceSeries | None

    def has(self, section: ProgressSection) -> bool:
        return section in self.sections


def _patient_only(series: AllianceSeries) -> AllianceSeries:
    """The alliance series with only what the patient said: no practitioner ratings, alerts,
    strain or repair markers, or annotations (their labels are the practitioner's words)."""
    return AllianceSeries(
        visits=series.visits,
        patient=dict(series.patient),
        practitioner={},
        concern_line=None,
        alert_visit_ids=frozenset(),
        rupture_visit_ids=frozenset(),
        repair_visit_ids=frozenset(),
        annotations=(),
    )


def _parse_sections(sections: Iterable[ProgressSection | str]) -> frozenset[ProgressSection]:
    chosen = set()
    for value in sections:
        try:
            chosen.add(ProgressSection(value))
        except ValueError:
            allowed = ", ".join(m.value for m in ProgressSection)
            raise ValidationError(
                translate(
                    "ReportContent", "'{value}' is not a report section (choose from: {allowed})."
                ).format(value=value, allowed=allowed),
                field="sections",
            ) from None
    return frozenset(chosen)


# ============================================================================ feedback summary


@dataclass(frozen=True, slots=True)
class ScoreBand:
    """How many check-ins scored in one band of the 0-10 scale."""

    label: str
    count: int


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    """The practice's patient feedback over a period: counts only, no patient is named.

    Attribute names of the charted figures match ``PracticeOverview``'s, so the practice
    plots draw either.
    """

    header: ReportHeader
    start: dt.date
    end: dt.date
    visits: int
    patients_seen: int
    episodes_seen: int
    visits_with_checkin: int
    checkin_rate: float
    checkin_scores: tuple[float, ...]
    checkins_scored: int
    bands: tuple[ScoreBand, ...]
    perfect_checkins: int
    perfect_share: float
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
    reflection: str
    cautions: tuple[str, ...]

    @property
    def visits_rated(self) -> int:
        return self.visits_with_checkin


_BANDS = (
    ("Under 5", 0.0, 5.0),
    ("5 to under 7", 5.0, 7.0),
    ("7 to under 9", 7.0, 9.0),
    ("9 to under 10", 9.0, 10.0),
)


def _bands(scores: Sequence[float]) -> tuple[ScoreBand, ...]:
    """Counts per band; the top band is the ceiling (every answer at the top of its scale)."""
    bands = [
        ScoreBand(label, sum(1 for x in scores if low <= x < high)) for label, low, high in _BANDS
    ]
    bands.append(ScoreBand("10 (the ceiling)", sum(1 for x in scores if x >= 10.0)))
    return tuple(bands)


def _cautions(o: PracticeOverview) -> tuple[str, ...]:
    notes = []
    if o.visits_with_checkin == 0:
        notes.append(
            translate(
                "ReportContent", "No check-ins in this period: there is nothing to summarise yet."
            )
        )
    elif o.checkins_scored < SMALL_NUMBERS:
        notes.append(
            translate(
                "ReportContent",
                "Based on {count} scored check-ins only: read the figures with care.",
            ).format(count=number(o.checkins_scored))
        )
    if o.visits_with_checkin and o.perfect_share >= 0.5:
        notes.append(
            translate(
                "ReportContent",
                "Half or more of the check-ins were perfect scores (the ceiling): patients may "
                "not feel free to criticise. Drops and low single items say more than the totals.",
            )
        )
    return tuple(notes)


# ============================================================================ CPD record


@dataclass(frozen=True, slots=True)
class CpdEntry:
    """The CPD facts of one reflection (never its text or its private section)."""

    written_on: dt.date
    title: str
    kind: ReflectionTemplate
    minutes: int
    with_others: bool
    themes: tuple[CpdTheme, ...]
    objective_activity: bool
    communication_consent: bool

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement of the cycle and where the record stands."""

    label: str
    required: str
    achieved: str
    met: bool


@dataclass(frozen=True, slots=True)
class ThemeTitles:
    theme: CpdTheme
    count: int
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PeerReviewSummary:
    """What to bring to the Peer Discussion Review at the end of the cycle."""

    themes_covered: tuple[CpdTheme, ...]
    themes_missing: tuple[CpdTheme, ...]
    objective_activity_done: bool
    communication_consent_done: bool
    hours_short: float
    hours_with_others_short: float
    titles_by_theme: tuple[ThemeTitles, ...]
    objective_titles: tuple[str, ...]
    communication_titles: tuple[str, ...]

    @property
    def gaps(self) -> tuple[str, ...]:
        """Plain-language list of what is still needed (empty when all is met)."""
        out = []
        if self.hours_short > 0:
            out.append(
                translate("ReportContent", "{hours} more hours of CPD").format(
                    hours=number(self.hours_short)
                )
            )
        if self.hours_with_others_short > 0:
            out.append(
                translate("ReportContent", "{hours} more hours learning with others").format(
                    hours=number(self.hours_with_others_short)
                )
            )
        out += [
            translate("ReportContent", "an activity in theme {theme}").format(theme=t.label)
            for t in self.themes_missing
        ]
        if not self.objective_activity_done:
            out.append(
                translate(
                    "ReportContent",
                    "an objective activity (for example a patient feedback summary)",
                )
            )
        if not self.communication_consent_done:
            out.append(translate("ReportContent", "a communication and consent activity"))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class CpdRecord:
    """A three-year CPD cycle: every activity, the totals and the Peer Discussion Review."""

    header: ReportHeader
    cycle_start: dt.date
    cycle_end: dt.date
    entries: tuple[CpdEntry, ...]
    totals: CpdTotals
    requirements: tuple[Requirement, ...]
    peer_review: PeerReviewSummary


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _hours(value: float) -> str:
    return f"{value:g}"


def _safe_cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CPD_CSV_COLUMNS = (
    "Date",
    "Title",
    "Type",
    "Minutes",
    "Hours",
    "With others",
    "Hours with others",
    "Theme A",
    "Theme B",
    "Theme C",
    "Theme D",
    "Objective activity",
    "Communication and consent",
)


def cpd_csv(record: CpdRecord) -> str:
    """The CPD record as CSV text (write it as UTF-8): one row per activity, then a "Total" row
    and a "Required" row. Holds no reflection text and no private section."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CPD_CSV_COLUMNS)
    for e in record.entries:
        writer.writerow(
            [
                e.written_on.isoformat(),
                _safe_cell(e.title),
                e.kind.label,
                e.minutes,
                _hours(e.hours),
                _yes(e.with_others),
                _hours(e.hours if e.with_others else 0.0),
                *(_yes(t in e.themes) for t in CpdTheme),
                _yes(e.objective_activity),
                _yes(e.communication_consent),
            ]
        )
    t = record.totals
    minutes = sum(e.minutes for e in record.entries)
    writer.writerow(
        [
            "Total",
            f"{len(record.entries)} activit{'y' if len(record.entries) == 1 else 'ies'}",
            "",
            minutes,
            _hours(t.hours),
            "",
            _hours(t.hours_with_others),
            *("covered" if th in t.themes_covered else "missing" for th in CpdTheme),
            "done" if t.has_objective_activity else "missing",
            "done" if t.has_communication_consent else "missing",
        ]
    )
    writer.writerow(
        [
            "Required",
            f"{record.cycle_start.isoformat()} to {record.cycle_end.isoformat()}",
            "",
            int(REQUIRED_HOURS * 60),
            _hours(REQUIRED_HOURS),
            "",
            _hours(REQUIRED_HOURS_WITH_OTHERS),
            *("at least one" for _ in CpdTheme),
            "at least one",
            "at least one",
        ]
    )
    return out.getvalue()


# ============================================================================ the service


class ReportService:
    """Builds the content of each report; one read unit of work per report.

    The chart series of a progress report and the feedback figures come from
    :class:`ChartService` and :class:`PracticeStatsService`, which read in their own unit of
    work, so the report's charts match the screens exactly.
    """

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry
        self._charts = ChartService(store, registry)
        self._stats = PracticeStatsService(store, registry)

    # ---------------------------------------------------------------- progress
    def progress_report(
        self,
        patient_id: int,
        episode_id: int | None = None,
        sections: Iterable[ProgressSection | str] = DEFAULT_SECTIONS,
        *,
        today: dt.date | None = None,
    ) -> ProgressReport:
        """A patient's progress in one episode (the open one, else the latest).

        Args:
            patient_id: The patient.
            episode_id: The episode; None for the open one, else the latest.
            sections: The sections the practitioner ticked.
            today: The date printed on the report.

        Raises:
            NotFoundError: No such patient or episode.
            ValidationError: An unknown section, or an episode of another patient.
        """
        chosen = _parse_sections(sections)
        today = today or dt.date.today()
        with self._store.read() as s:
            header = _header(s, today)
            patient = get_or_raise(s, Patient, patient_id, "patient")
            patient_name = " ".join(p for p in (patient.given_names, patient.family_name) if p)
            dob = patient.date_of_birth
            episode = self._episode(s, patient_id, episode_id)
            if episode is None:
                return ProgressReport(
                    header=header,
                    sections=chosen,
                    patient_name=patient_name,
                    date_of_birth=dob,
                    episode_reason="",
                    episode_started=None,
                    episode_ended=None,
                    episode_open=False,
                    visits=0,
                    first_visit=None,
                    latest_visit=None,
                    goals=(),
                    plan="",
                    self_care_agreed="",
                    plan_agreed_on=None,
                    strategies=(),
                    pain=None,
                    function=None,
                    outcomes=None,
                    goal_series=None,
                    alliance=None,
                )
            # Only the columns a report prints: clinical notes are never loaded.
            visits = s.execute(
                select(Visit.id, Visit.starts_at, Visit.pain_before, Visit.pain_after)
                .where(Visit.episode_id == episode.id)
                .order_by(Visit.starts_at, Visit.id)
            ).all()
            goals = self._goals(s, episode.id)
            plan_row = s.execute(
                select(Visit.starts_at, Visit.plan, Visit.self_care_agreed)
                .where(Visit.episode_id == episode.id, Visit.status == VisitStatus.SIGNED)
                .order_by(Visit.starts_at.desc(), Visit.id.desc())
                .limit(1)
            ).first()
            strategies = tuple(
                PlanItem(description, setting, owner, wording)
                for description, setting, owner, wording in s.execute(
                    select(Strategy.description, Strategy.setting, Strategy.owner, Goal.wording)
                    .join(Goal, Goal.id == Strategy.goal_id)
                    .where(
                        Goal.episode_id == episode.id,
                        Goal.status == GoalStatus.ACTIVE,
                        Strategy.active.is_(True),
                    )
                    .order_by(Goal.priority, Goal.id, Strategy.id)
                )
            )
            pain = _pain([(at.date(), before, after) for _id, at, before, after in visits])
            function = self._function(s, patient_id, episode, [v[0] for v in visits], today)
            reason, started, ended = episode.reason, episode.started_on, episode.ended_on
            is_open = episode.status is EpisodeStatus.OPEN
            episode_key = episode.id

        wants_charts = ProgressSection.OUTCOME_CHARTS in chosen
        wants_alliance = ProgressSection.ALLIANCE_CHART in chosen
        outcomes = goal_series = alliance = None
        if wants_charts or wants_alliance:
            charts = self._charts.patient_charts(patient_id, episode_key)
            if wants_charts:
                outcomes, goal_series = charts.outcomes, charts.goals
            if wants_alliance:
                alliance = _patient_only(charts.alliance)
        return ProgressReport(
            header=header,
            sections=chosen,
            patient_name=patient_name,
            date_of_birth=dob,
            episode_reason=reason,
            episode_started=started,
            episode_ended=ended,
            episode_open=is_open,
            visits=len(visits),
            first_visit=visits[0][1].date() if visits else None,
            latest_visit=visits[-1][1].date() if visits else None,
            goals=goals,
            plan=plan_row[1] if plan_row else "",
            self_care_agreed=plan_row[2] if plan_row else "",
            plan_agreed_on=plan_row[0].date() if plan_row else None,
            strategies=strategies,
            pain=pain,
            function=function,
            outcomes=outcomes,
            goal_series=goal_series,
            alliance=alliance,
        )

    @staticmethod
    def _episode(s: Session, patient_id: int, episode_id: int | None) -> Episode | None:
        if episode_id is not None:
            episode = get_or_raise(s, Episode, episode_id, "episode")
            if episode.patient_id != patient_id:
                raise ValidationError(
                    translate("ReportContent", "This episode belongs to another patient.")
                )
            return episode
        return s.scalars(
            select(Episode)
            .where(Episode.patient_id == patient_id)
            .order_by((Episode.status == EpisodeStatus.OPEN).desc(), Episode.started_on.desc())
            .limit(1)
        ).first()

    @staticmethod
    def _goals(s: Session, episode_id: int) -> tuple[GoalSummary, ...]:
        goals = s.execute(
            select(Goal.id, Goal.wording, Goal.success_measure, Goal.status)
            .where(Goal.episode_id == episode_id, Goal.status != GoalStatus.DROPPED)
            .order_by(Goal.priority, Goal.id)
        ).all()
        ratings: dict[int, list[tuple[dt.date, int]]] = {g[0]: [] for g in goals}
        if ratings:
            for goal_id, at, rating in s.execute(
                select(GoalProgress.goal_id, Visit.starts_at, GoalProgress.rating)
                .join(Visit, Visit.id == GoalProgress.visit_id)
                .where(GoalProgress.goal_id.in_(list(ratings)))
                .order_by(Visit.starts_at, Visit.id)
            ):
                ratings[goal_id].append((at.date(), rating))
        out = []
        for goal_id, wording, measure, status in goals:
            points = ratings[goal_id]
            out.append(
                GoalSummary(
                    wording=wording,
                    success_measure=measure,
                    status=status,
                    first=points[0][1] if points else None,
                    first_on=points[0][0] if points else None,
                    latest=points[-1][1] if points else None,
                    latest_on=points[-1][0] if points else None,
                    ratings=len(points),
                )
            )
        return tuple(out)

    def _function(
        self,
        s: Session,
        patient_id: int,
        episode: Episode,
        visit_ids: list[int],
        today: dt.date,
    ) -> FunctionSummary | None:
        """The patient-specific activities answered in this episode (at its visits, or on paper
        between its start and end)."""
        lo = dt.datetime.combine(episode.started_on, dt.time.min)
        hi = dt.datetime.combine(episode.ended_on or today, dt.time.max)
        in_episode = or_(
            QuestionnaireResponse.visit_id.in_(visit_ids),
            and_(
                QuestionnaireResponse.visit_id.is_(None),
                QuestionnaireResponse.answered_at >= lo,
                QuestionnaireResponse.answered_at <= hi,
            ),
        )
        responses = load_responses(
            s,
            [
                QuestionnaireResponse.patient_id == patient_id,
                QuestionnaireResponse.instrument_id == FUNCTION_ID,
                in_episode,
            ],
        )
        if not responses:
            return None
        first, latest = responses[0], responses[-1]
        names: dict[str, str] = {}
        for r in responses:
            for item_id, text in r.texts.items():
                names.setdefault(item_id, text)

        def mean(r: ResponseRow) -> float | None:
            instrument = self._registry.get(r.instrument_id, r.instrument_version)
            return score(instrument, r.answers).total

        item_ids = sorted({k for r in responses for k, val in r.answers.items() if val is not None})
        activities = tuple(
            ActivityScore(
                name=names.get(item_id)
                or translate("ReportContent", "Activity {number}").format(
                    number=item_id.lstrip("a")
                ),
                first=first.answers.get(item_id),
                latest=latest.answers.get(item_id) if len(responses) > 1 else None,
            )
            for item_id in item_ids
        )
        return FunctionSummary(
            first_on=first.answered_at.date(),
            latest_on=latest.answered_at.date(),
            first_mean=mean(first),
            latest_mean=mean(latest) if len(responses) > 1 else None,
            activities=activities,
            responses=len(responses),
        )

    # ---------------------------------------------------------------- feedback
    def feedback_summary(
        self,
        start: dt.date,
        end: dt.date,
        reflection: str = "",
        *,
        today: dt.date | None = None,
    ) -> FeedbackSummary:
        """The practice's patient feedback from ``start`` to ``end`` (both included).

        Raises:
            ValidationError: The period ends before it starts.
        """
        o = self._stats.overview(start, end)
        with self._store.read() as s:
            header = _header(s, today or dt.date.today())
        return FeedbackSummary(
            header=header,
            start=o.start,
            end=o.end,
            visits=o.visits,
            patients_seen=o.patients_seen,
            episodes_seen=o.episodes_seen,
            visits_with_checkin=o.visits_with_checkin,
            checkin_rate=o.checkin_rate,
            checkin_scores=o.checkin_scores,
            checkins_scored=o.checkins_scored,
            bands=_bands(o.checkin_scores),
            perfect_checkins=o.perfect_checkins,
            perfect_share=o.perfect_share,
            attention_patients=o.attention_patients,
            ruptures_noticed=o.ruptures_noticed,
            repairs_tried=o.repairs_tried,
            ruptures_followed_up=o.ruptures_followed_up,
            ruptures_recovered=o.ruptures_recovered,
            repaired_recovered=o.repaired_recovered,
            first_latest=o.first_latest,
            first_latest_episodes=o.first_latest_episodes,
            first_mean=o.first_mean,
            latest_mean=o.latest_mean,
            alliance_pain_points=o.alliance_pain_points,
            alliance_pain_episodes=o.alliance_pain_episodes,
            pain_improved_meaningfully=o.pain_improved_meaningfully,
            reflection=reflection.strip(),
            cautions=_cautions(o),
        )

    # ---------------------------------------------------------------- CPD
    def cpd_record(self, cycle_start: dt.date, *, today: dt.date | None = None) -> CpdRecord:
        """The current practitioner's CPD record for the cycle that starts on ``cycle_start``.

        Archived reflections do not count (as in the Reflection pane's totals).
        """
        if isinstance(cycle_start, dt.datetime):
            cycle_start = cycle_start.date()
        if not isinstance(cycle_start, dt.date):
            raise ValidationError(
                translate("ReportContent", "Please give the first day of the cycle."),
                field="cycle_start",
            )
        start, end = cycle_containing(cycle_start, cycle_start)
        with self._store.read() as s:
            header = _header(s, today or dt.date.today())
            query = (
                select(
                    Reflection.written_on,
                    Reflection.title,
                    Reflection.template,
                    Reflection.minutes,
                    Reflection.with_others,
                    Reflection.themes,
                    Reflection.objective_activity,
                    Reflection.communication_consent,
                )
                .where(
                    Reflection.archived.is_(False),
                    Reflection.written_on >= start,
                    Reflection.written_on <= end,
                )
                .order_by(Reflection.written_on, Reflection.id)
            )
            practitioner = _current_practitioner_id(s)
            if practitioner is not None:
                query = query.where(
                    or_(
                        Reflection.practitioner_id == practitioner,
                        Reflection.practitioner_id.is_(None),
                    )
                )
            entries = tuple(
                CpdEntry(
                    written_on=day,
                    title=title,
                    kind=template,
                    minutes=minutes,
                    with_others=with_others,
                    themes=tuple(t for t in CpdTheme if t.value in themes),
                    objective_activity=objective,
                    communication_consent=communication,
                )
                for (
                    day,
                    title,
                    template,
                    minutes,
                    with_others,
                    themes,
                    objective,
                    communication,
                ) in s.execute(query)
            )
        totals = cpd_totals(
            (
                CpdActivity(
                    day=e.written_on,
                    minutes=e.minutes,
                    with_others=e.with_others,
                    themes=frozenset(e.themes),
                    objective_activity=e.objective_activity,
                    communication_consent=e.communication_consent,
                )
                for e in entries
            ),
            cycle_start=start,
            cycle_end=end,
        )
        return CpdRecord(
            header=header,
            cycle_start=start,
            cycle_end=end,
            entries=entries,
            totals=totals,
            requirements=_requirements(totals),
            peer_review=_peer_review(entries, totals),
        )


def _pain(rows: Sequence[tuple[dt.date, int | None, int | None]]) -> PainSummary | None:
    recorded = [r for r in rows if r[1] is not None or r[2] is not None]
    if not recorded:
        return None
    first, latest = recorded[0], recorded[-1]
    return PainSummary(
        first_on=first[0],
        first_before=first[1],
        first_after=first[2],
        latest_on=latest[0],
        latest_before=latest[1],
        latest_after=latest[2],
        visits_with_pain=len(recorded),
        meaningful_at=meaningful_pain_level(None if first[1] is None else float(first[1])),
    )


def _requirements(t: CpdTotals) -> tuple[Requirement, ...]:
    def hours(value: float) -> str:
        return translate("ReportContent", "{hours} hours").format(hours=number(value))

    at_least_one_activity = translate("ReportContent", "at least one activity")
    not_yet = translate("ReportContent", "not yet")
    #: A CPD requirement that is met
    done = translate("ReportContent", "done")
    return (
        Requirement(
            translate("ReportContent", "CPD hours"),
            hours(REQUIRED_HOURS),
            hours(t.hours),
            t.hours >= REQUIRED_HOURS,
        ),
        Requirement(
            translate("ReportContent", "Learning with others"),
            hours(REQUIRED_HOURS_WITH_OTHERS),
            hours(t.hours_with_others),
            t.hours_with_others >= REQUIRED_HOURS_WITH_OTHERS,
        ),
        *(
            Requirement(
                translate("ReportContent", "Theme {theme}").format(theme=theme.label),
                at_least_one_activity,
                #: A CPD theme with at least one activity
                translate("ReportContent", "covered") if theme in t.themes_covered else not_yet,
                theme in t.themes_covered,
            )
            for theme in CpdTheme
        ),
        Requirement(
            translate("ReportContent", "Objective activity"),
            #: An objective activity: at least one is required in a CPD cycle
            translate("ReportContent", "at least one"),
            done if t.has_objective_activity else not_yet,
            t.has_objective_activity,
        ),
        Requirement(
            translate("ReportContent", "Communication and consent"),
            at_least_one_activity,
            done if t.has_communication_consent else not_yet,
            t.has_communication_consent,
        ),
    )


def _newest_titles(entries: Sequence[CpdEntry]) -> tuple[str, ...]:
    seen: list[str] = []
    for e in sorted(entries, key=lambda e: e.written_on, reverse=True):
        if e.title not in seen:
            seen.append(e.title)
        if len(seen) == TITLES_PER_THEME:
            break
    return tuple(seen)


def _peer_review(entries: Sequence[CpdEntry], t: CpdTotals) -> PeerReviewSummary:
    return PeerReviewSummary(
        themes_covered=tuple(th for th in CpdTheme if th in t.themes_covered),
        themes_missing=tuple(t.themes_missing),
        objective_activity_done=t.has_objective_activity,
        communication_consent_done=t.has_communication_consent,
        hours_short=max(0.0, round(REQUIRED_HOURS - t.hours, 2)),
        hours_with_others_short=max(
            0.0, round(REQUIRED_HOURS_WITH_OTHERS - t.hours_with_others, 2)
        ),
        titles_by_theme=tuple(
            ThemeTitles(
                theme,
                sum(1 for e in entries if theme in e.themes),
                _newest_titles([e for e in entries if theme in e.themes]),
            )
            for theme in CpdTheme
        ),
        objective_titles=_newest_titles([e for e in entries if e.objective_activity]),
        communication_titles=_newest_titles([e for e in entries if e.communication_consent]),
    )
