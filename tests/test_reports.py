"""Report content (Qt-free): progress report, patient feedback summary, CPD record and CSV.

The story added to the demo practice carries distinctive words in every place a report must
never read from (private reflection, reflection text, clinical notes, rupture and repair notes,
states, annotations), and distinctive words where a report should read (plan, self-care).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, replace

import pytest

from alliance_desktop.domain.errors import NotFoundError, ValidationError
from alliance_desktop.domain.vocab import AnnotationKind, CpdTheme, Respondent
from alliance_desktop.services import Services
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.reflections import ReflectionInput
from alliance_desktop.services.reports import (
    CPD_CSV_COLUMNS,
    DEFAULT_SECTIONS,
    ProgressSection,
    ReportService,
    cpd_csv,
)

PRIVATE = "Zebrafinch-private: I felt a pull to rescue this patient"
REFLECTION_TEXT = "Quokka-reflection: the visit felt rushed"
SUBJECTIVE = "Axolotl-subjective: pain wakes her at night"
OBJECTIVE = "Pangolin-objective: guarded lumbar flexion"
ASSESSMENT = "Capybara-assessment: mechanical pain"
RUPTURE = "Narwhal-rupture: she walked out upset"
REPAIR = "Okapi-repair: we talked it through"
PRACTITIONER_STATE = "Wombat-state: exhausted"
PATIENT_STATE = "Tapir-state: anxious about work"
TOUCH = "Lemur-touch: prefers no neck work"
ANNOTATION = "Meerkat life event"
FORBIDDEN = (
    PRIVATE,
    REFLECTION_TEXT,
    SUBJECTIVE,
    OBJECTIVE,
    ASSESSMENT,
    RUPTURE,
    REPAIR,
    PRACTITIONER_STATE,
    PATIENT_STATE,
    TOUCH,
    ANNOTATION,
)
PLAN = "Heron plan: two more visits then review"
SELF_CARE = "Kestrel self-care: walk twenty minutes daily"
REFLECTION_TITLE = "Ibis peer discussion on consent"
ACTIVITIES = {"a1": "Gardening", "a2": "Carrying shopping"}


@dataclass(frozen=True)
class Story:
    patient_id: int
    patient_name: str
    episode_id: int
    reflection_id: int


def seed_private_story(services: Services) -> Story:
    """Sign the open episode's last visit with distinctive notes, plan and self-care; add a
    patient-specific function score at two visits, an annotation and a private reflection."""
    rows = services.patients.rows()
    for row in rows:
        detail = services.patients.get(row.id)
        episode = detail.current_episode
        if episode is None or not episode.is_open:
            continue
        visits = services.visits.for_episode(episode.id)
        drafts = [v for v in visits if not v.signed]
        if len(visits) >= 3 and drafts:
            break
    else:  # pragma: no cover - the demo practice always has one
        raise AssertionError("no open episode with a draft visit in the demo practice")
    draft = services.visits.get(drafts[-1].id)
    services.visits.save_draft(
        draft.id,
        replace(
            draft.draft,
            subjective=SUBJECTIVE,
            objective=OBJECTIVE,
            assessment=ASSESSMENT,
            plan=PLAN,
            self_care_agreed=SELF_CARE,
            rupture_noticed=True,
            rupture_note=RUPTURE,
            repair_tried=True,
            repair_note=REPAIR,
            practitioner_state=PRACTITIONER_STATE,
            patient_state=PATIENT_STATE,
            touch_notes=TOUCH,
        ),
    )
    services.visits.sign(draft.id)
    for visit, (first, second) in zip(
        (visits[0], visits[-1]), ((2.0, 3.0), (7.0, 8.0)), strict=True
    ):
        services.questionnaires.record(
            ResponseInput(
                patient_id=row.id,
                visit_id=visit.id,
                instrument_id="function-psfs",
                instrument_version=1,
                respondent=Respondent.PATIENT,
                answered_at=visit.starts_at,
                answers={"a1": first, "a2": second},
                texts=ACTIVITIES,
            )
        )
    services.annotations.add(
        row.id, visits[-1].starts_at.date(), AnnotationKind.LIFE_EVENT, ANNOTATION
    )
    reflection = services.reflections.create(
        ReflectionInput(
            title=REFLECTION_TITLE,
            written_on=dt.date.today(),
            sections={"text": REFLECTION_TEXT},
            private_notes=PRIVATE,
            minutes=120,
            with_others=True,
            themes=frozenset({CpdTheme.A, CpdTheme.B}),
            objective_activity=True,
            communication_consent=True,
            patient_id=row.id,
            visit_id=draft.id,
        )
    )
    return Story(
        row.id, f"{detail.data.given_names} {detail.data.family_name}", episode.id, reflection.id
    )


def assert_private_absent(text: str) -> None:
    for marker in FORBIDDEN:
        assert marker not in text, marker
        assert marker.split(":")[0] not in text, marker


@pytest.fixture
def reports(demo_services: Services) -> ReportService:
    return ReportService(demo_services.store, demo_services.instruments)


# ============================================================================ progress report


def test_progress_report_holds_goals_plan_pain_and_function(
    demo_services: Services, reports: ReportService
) -> None:
    story = seed_private_story(demo_services)
    report = reports.progress_report(story.patient_id, sections=set(ProgressSection))

    assert report.header.practice_name == "Riverside Osteopathy (demo)"
    assert report.header.practitioner_name == "Alex Morgan"
    assert report.patient_name == story.patient_name
    episode = demo_services.episodes.get(story.episode_id)
    assert (report.episode_reason, report.episode_started) == (episode.reason, episode.started_on)
    assert report.episode_open and report.visits == episode.visit_count

    goals = demo_services.goals.for_episode(story.episode_id)
    assert [g.wording for g in report.goals] == [g.data.wording for g in goals]
    for summary, goal in zip(report.goals, goals, strict=True):
        assert summary.first == goal.progress[0].rating
        assert summary.latest == goal.progress[-1].rating
        assert summary.ratings == len(goal.progress)

    assert (report.plan, report.self_care_agreed) == (PLAN, SELF_CARE)
    signed = [v for v in demo_services.visits.for_episode(story.episode_id) if v.signed]
    assert report.plan_agreed_on == signed[-1].starts_at.date()
    active = [s.data.description for g in goals for s in g.strategies if s.active]
    assert [s.description for s in report.strategies] == active

    pain = [v for v in demo_services.visits.for_episode(story.episode_id) if v.pain_before]
    assert report.pain is not None
    assert report.pain.first_before == pain[0].pain_before
    assert report.pain.latest_before == pain[-1].pain_before
    assert report.pain.change == pain[-1].pain_before - pain[0].pain_before  # type: ignore[operator]

    assert report.function is not None and report.function.responses == 2
    assert [(a.name, a.first, a.latest) for a in report.function.activities] == [
        ("Gardening", 2.0, 7.0),
        ("Carrying shopping", 3.0, 8.0),
    ]
    assert (report.function.first_mean, report.function.latest_mean) == (2.5, 7.5)


def test_progress_report_never_holds_private_or_clinical_text(
    demo_services: Services, reports: ReportService
) -> None:
    story = seed_private_story(demo_services)
    report = reports.progress_report(story.patient_id, sections=set(ProgressSection))
    assert_private_absent(repr(report))
    # The alliance chart carries the patient's own ratings only.
    assert report.alliance is not None and report.alliance.has_checkins
    assert report.alliance.practitioner == {}
    assert not report.alliance.rupture_visit_ids and not report.alliance.repair_visit_ids
    assert not report.alliance.alert_visit_ids and report.alliance.annotations == ()
    full = demo_services.charts.patient_charts(story.patient_id, story.episode_id).alliance
    assert report.alliance.patient == full.patient
    assert full.rupture_visit_ids and full.annotations  # the screen's chart does show them


def test_alliance_chart_only_when_ticked(demo_services: Services, reports: ReportService) -> None:
    story = seed_private_story(demo_services)
    assert ProgressSection.ALLIANCE_CHART not in DEFAULT_SECTIONS
    plain = reports.progress_report(story.patient_id)
    assert plain.alliance is None and plain.outcomes is not None
    ticked = reports.progress_report(
        story.patient_id, sections=[*DEFAULT_SECTIONS, "alliance_chart"]
    )
    assert ticked.alliance is not None and ticked.has(ProgressSection.ALLIANCE_CHART)
    bare = reports.progress_report(story.patient_id, sections=[ProgressSection.GOALS])
    assert bare.outcomes is None and bare.goal_series is None and bare.alliance is None
    with pytest.raises(ValidationError, match="not a report section"):
        reports.progress_report(story.patient_id, sections=["reflections"])


def test_progress_report_of_another_episode_and_unknown_patient(
    demo_services: Services, reports: ReportService
) -> None:
    story = seed_private_story(demo_services)
    other = next(r for r in demo_services.patients.rows() if r.id != story.patient_id)
    with pytest.raises(ValidationError, match="another patient"):
        reports.progress_report(other.id, story.episode_id)
    with pytest.raises(NotFoundError):
        reports.progress_report(10**6)
    same = reports.progress_report(story.patient_id, story.episode_id)
    assert same.episode_reason == demo_services.episodes.get(story.episode_id).reason


def test_progress_report_without_episode(services: Services) -> None:
    from tests.factories import make_patient

    patient = make_patient(services, episode=None)
    report = ReportService(services.store, services.instruments).progress_report(patient.id)
    assert report.header.practice_name == "Test Practice"
    assert report.episode_reason == "" and report.visits == 0 and report.goals == ()
    assert report.pain is None and report.function is None


# ============================================================================ feedback summary


def test_feedback_summary_is_aggregated_and_names_no_patient(
    demo_services: Services, reports: ReportService
) -> None:
    seed_private_story(demo_services)
    end = dt.date.today()
    start = end - dt.timedelta(days=364)
    summary = reports.feedback_summary(start, end, "  My reflection on the ceiling.  ")
    overview = demo_services.practice_stats.overview(start, end)
    assert (
        summary.visits == overview.visits and summary.visits_rated == overview.visits_with_checkin
    )
    assert summary.checkins_scored == overview.checkins_scored
    assert sum(b.count for b in summary.bands) == overview.checkins_scored
    assert summary.bands[-1].count == sum(1 for x in overview.checkin_scores if x >= 10)
    assert summary.perfect_checkins == overview.perfect_checkins
    assert summary.ruptures_recovered == overview.ruptures_recovered
    assert (summary.first_mean, summary.latest_mean) == (overview.first_mean, overview.latest_mean)
    assert summary.alliance_pain_points == overview.alliance_pain_points
    assert summary.reflection == "My reflection on the ceiling."
    assert not hasattr(summary, "attention_patient_ids")  # counts, never who
    text = repr(summary)
    for row in demo_services.patients.rows():
        assert row.family_name not in text
    assert_private_absent(text)


def test_feedback_summary_cautions_and_bad_period(reports: ReportService) -> None:
    today = dt.date.today()
    empty = reports.feedback_summary(
        today - dt.timedelta(days=3000), today - dt.timedelta(days=2900)
    )
    assert empty.visits_rated == 0 and "No check-ins" in empty.cautions[0]
    with pytest.raises(ValidationError, match="before it starts"):
        reports.feedback_summary(today, today - dt.timedelta(days=1))


# ============================================================================ CPD record


def test_cpd_record_lists_every_reflection_with_totals(
    demo_services: Services, reports: ReportService
) -> None:
    story = seed_private_story(demo_services)
    cycle_start = demo_services.reflections.cpd_totals().cycle_start
    record = reports.cpd_record(cycle_start)
    assert record.cycle_start == cycle_start
    assert record.cycle_end == dt.date(
        cycle_start.year + 3, cycle_start.month, cycle_start.day
    ) - dt.timedelta(days=1)
    in_cycle = [
        r
        for r in demo_services.reflections.rows()
        if cycle_start <= r.written_on <= record.cycle_end
    ]
    assert len(record.entries) == len(in_cycle)
    assert record.totals == demo_services.reflections.cpd_totals()
    ours = next(e for e in record.entries if e.title == REFLECTION_TITLE)
    assert (ours.minutes, ours.hours, ours.with_others) == (120, 2.0, True)
    assert ours.themes == (CpdTheme.A, CpdTheme.B)
    assert ours.objective_activity and ours.communication_consent
    assert record.totals.has_objective_activity and record.totals.has_communication_consent
    assert_private_absent(repr(record))
    assert story.patient_name not in repr(record)  # reflections about a patient stay unnamed

    review = record.peer_review
    assert review.objective_activity_done and REFLECTION_TITLE in review.objective_titles
    assert REFLECTION_TITLE in review.communication_titles
    by_theme = {t.theme: t for t in review.titles_by_theme}
    assert REFLECTION_TITLE in by_theme[CpdTheme.A].titles
    assert by_theme[CpdTheme.A].count == sum(1 for e in record.entries if CpdTheme.A in e.themes)
    assert review.hours_short == pytest.approx(90 - record.totals.hours)
    assert review.hours_with_others_short == pytest.approx(45 - record.totals.hours_with_others)
    assert "more hours of CPD" in review.gaps[0]
    met = {r.label: r.met for r in record.requirements}
    assert met["CPD hours"] is False and met["Objective activity"] is True


def test_cpd_record_of_a_full_cycle_meets_every_requirement(services: Services) -> None:
    start = dt.date.today() - dt.timedelta(days=400)
    for index, theme in enumerate(CpdTheme):
        services.reflections.create(
            ReflectionInput(
                title=f"Course {theme.value}",
                written_on=start + dt.timedelta(days=index),
                minutes=25 * 60,
                with_others=index % 2 == 0,
                themes=frozenset({theme}),
                objective_activity=index == 0,
                communication_consent=index == 1,
                private_notes=PRIVATE,
            )
        )
    services.reflections.create(
        ReflectionInput(
            title="Before the cycle", written_on=start - dt.timedelta(days=1), minutes=60
        )
    )
    record = ReportService(services.store, services.instruments).cpd_record(start)
    assert len(record.entries) == 4
    assert record.totals.hours == 100 and record.totals.hours_with_others == 50
    assert record.totals.requirements_met and all(r.met for r in record.requirements)
    assert record.peer_review.gaps == ()
    with pytest.raises(ValidationError):
        ReportService(services.store, services.instruments).cpd_record("2024-01-01")  # type: ignore[arg-type]


def test_cpd_csv_columns_rows_and_totals(demo_services: Services, reports: ReportService) -> None:
    seed_private_story(demo_services)
    demo_services.reflections.create(
        ReflectionInput(title='=HYPERLINK("x")', written_on=dt.date.today(), minutes=30)
    )
    record = reports.cpd_record(demo_services.reflections.cpd_totals().cycle_start)
    text = cpd_csv(record)
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CPD_CSV_COLUMNS
    body, total, required = rows[1:-2], rows[-2], rows[-1]
    assert len(body) == len(record.entries)
    assert [r[0] for r in body] == [e.written_on.isoformat() for e in record.entries]
    ours = next(r for r in body if r[1] == REFLECTION_TITLE)
    named = dict(zip(CPD_CSV_COLUMNS, ours, strict=True))
    assert named["Minutes"] == "120" and named["Hours"] == "2" and named["With others"] == "yes"
    assert (named["Theme A"], named["Theme B"], named["Theme C"]) == ("yes", "yes", "no")
    assert named["Objective activity"] == named["Communication and consent"] == "yes"
    # Totals: the sums of the rows, and the domain's totals.
    assert total[0] == "Total"
    assert int(total[3]) == sum(int(r[3]) for r in body)
    assert float(total[4]) == pytest.approx(sum(float(r[4]) for r in body)) == record.totals.hours
    assert float(total[6]) == pytest.approx(record.totals.hours_with_others)
    assert required[0] == "Required" and required[4] == "90" and required[6] == "45"
    # A title is never run as a spreadsheet formula, and nothing private is written.
    assert any(r[1] == '\'=HYPERLINK("x")' for r in body)
    assert_private_absent(text)
    text.encode("utf-8")
