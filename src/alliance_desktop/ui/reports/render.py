"""The three reports as documents: what each page says, from the report DTOs.

``build_*`` turns a report DTO into a :class:`Document`; ``render_*`` lays it out and writes
the PDF. Only what the DTO holds can reach a page, and the DTOs hold no clinical notes, no
reflection text and no private section (see ``alliance_desktop.services.reports``).

Every fixed word on the pages goes through ``QCoreApplication.translate`` (context "Reports"),
read when a document is built, so a report follows the language of the app; it is safe in the
worker threads reports are built in. What the DTOs bring as text (the patient's words, goal
statuses, CPD requirements, cautions and gaps) is laid out as the services wrote it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from alliance_desktop.domain.cpd import REQUIRED_HOURS, REQUIRED_HOURS_WITH_OTHERS
from alliance_desktop.domain.vocab import CpdTheme, GoalStatus
from alliance_desktop.services.reports import (
    CpdRecord,
    FeedbackSummary,
    ProgressReport,
    ProgressSection,
    ReportHeader,
)
from alliance_desktop.ui import formats
from alliance_desktop.ui.reports import charts
from alliance_desktop.ui.reports.document import (
    Block,
    Bullets,
    Chart,
    Document,
    Heading,
    Keep,
    LaidOut,
    Paragraph,
    Table,
    WritingArea,
    layout,
    write_pdf,
)

# The English (source) texts of the report titles and of two headings, for code and tests that
# look for them; the pages show their translation (``progress_title()`` and the others).
PROGRESS_TITLE = "Progress report"
FEEDBACK_TITLE = "Patient feedback summary"
CPD_TITLE = "CPD record"
REFLECTION_HEADING = "Practitioner's reflection"
ALLIANCE_HEADING = "How you rated our work together"


def progress_title() -> str:
    return QCoreApplication.translate("Reports", "Progress report")


def feedback_title() -> str:
    return QCoreApplication.translate("Reports", "Patient feedback summary")


def cpd_title() -> str:
    return QCoreApplication.translate("Reports", "CPD record")


def reflection_heading() -> str:
    return QCoreApplication.translate("Reports", "Practitioner's reflection")


def alliance_heading() -> str:
    return QCoreApplication.translate("Reports", "How you rated our work together")


def day(value: dt.date | None) -> str:
    """'7 Jun 2026' (no leading zero, on every platform)."""
    return formats.day(value, "d MMM yyyy") if value else "–"


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    rounded = round(float(value), 1)
    return formats.number(rounded) if rounded.is_integer() else formats.number(rounded, 1)


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "–"
    #: A percentage (French puts a non-breaking space before %)
    return QCoreApplication.translate("Reports", "{percent}%").format(
        percent=round(100 * part / whole)
    )


def _author(header: ReportHeader) -> str:
    if not header.practitioner_name:
        return ""
    reg = header.practitioner_registration
    if not reg:
        return header.practitioner_name
    #: The practitioner and their registration number with the regulator
    return QCoreApplication.translate("Reports", "{name} (registration {number})").format(
        name=header.practitioner_name, number=reg
    )


def _span(start: dt.date | None, end: dt.date | None) -> str:
    """'7 Jun 2026 to 9 Sep 2026'."""
    return QCoreApplication.translate("Reports", "{start} to {end}").format(
        start=day(start), end=day(end)
    )


def _yes() -> str:
    return QCoreApplication.translate("Reports", "Yes")


def _no() -> str:
    return QCoreApplication.translate("Reports", "No")


def _not_yet() -> str:
    return QCoreApplication.translate("Reports", "Not yet")


# ============================================================================ progress report


def build_progress_document(report: ProgressReport) -> Document:
    """The patient's progress report: only what a patient or referrer should read."""
    h = report.header
    title = progress_title()
    blocks: list[Block] = [Heading(title, 1)]
    if report.episode_ended:
        care = _span(report.episode_started, report.episode_ended)
    elif report.episode_open:
        #: An episode of care still open
        care = QCoreApplication.translate("Reports", "{start} (continuing)").format(
            start=day(report.episode_started)
        )
    else:
        care = day(report.episode_started)
    visits = str(report.visits)
    if report.visits:
        visits = QCoreApplication.translate("Reports", "{count} ({first} to {latest})").format(
            count=report.visits, first=day(report.first_visit), latest=day(report.latest_visit)
        )
    facts = [
        (QCoreApplication.translate("Reports", "Patient"), report.patient_name),
        (QCoreApplication.translate("Reports", "Date of birth"), day(report.date_of_birth)),
        (
            QCoreApplication.translate("Reports", "Reason for care"),
            report.episode_reason
            or QCoreApplication.translate("Reports", "No episode of care recorded"),
        ),
        (
            QCoreApplication.translate("Reports", "Care"),
            care if report.episode_started else "–",
        ),
        (QCoreApplication.translate("Reports", "Visits"), visits),
    ]
    if _author(h):
        facts.append(
            (
                QCoreApplication.translate("Reports", "Prepared by"),
                QCoreApplication.translate("Reports", "{author}, {practice}").format(
                    author=_author(h), practice=h.practice_name
                ),
            )
        )
    blocks.append(Table(("", ""), tuple(facts), widths=(0.28, 0.72), header=False, key_column=True))

    if report.has(ProgressSection.GOALS):
        blocks += _goals(report)
    if report.has(ProgressSection.PLAN):
        blocks += _plan(report)
    if report.has(ProgressSection.PAIN):
        blocks += _pain(report)
    if report.has(ProgressSection.FUNCTION):
        blocks += _function(report)
    if report.has(ProgressSection.OUTCOME_CHARTS):
        blocks += _outcome_charts(report)
    if report.has(ProgressSection.ALLIANCE_CHART) and report.alliance is not None:
        blocks.append(
            Keep(
                (
                    Heading(alliance_heading()),
                    Paragraph(
                        QCoreApplication.translate(
                            "Reports",
                            "At the end of visits you rated, from 0 to 10, how much you trusted "
                            "the care, how we got on, whether we worked on what matters to you, "
                            "and whether the way we worked suited you. Gaps are visits without a "
                            "rating.",
                        )
                    ),
                    Chart(
                        charts.alliance_svg(report.alliance),
                        charts.aspect(),
                        QCoreApplication.translate(
                            "Reports", "Your own ratings at each visit (0-10)."
                        ),
                    ),
                )
            )
        )
    blocks.append(
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "This report summarises goals, progress and what we agreed. It does not include "
                "clinical notes. Please ask if anything is unclear.",
            ),
            "muted",
        )
    )
    return Document(
        title=title,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        footer_note=_confidential(report.patient_name),
        author=h.practitioner_name,
    )


def _confidential(name: str) -> str:
    #: The running footer of a report about one patient
    return QCoreApplication.translate("Reports", "Confidential: {name}").format(name=name)


def _change(first: int | None, latest: int | None, ratings: int) -> str:
    if first is None or latest is None or ratings < 2:
        return "–"
    diff = latest - first
    return f"+{diff}" if diff > 0 else str(diff)


def _rated(score: int, on: dt.date | None) -> str:
    """'6/10 (7 Jun 2026)'."""
    return QCoreApplication.translate("Reports", "{score}/10 ({date})").format(
        score=score, date=day(on)
    )


def _goals(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [
        Heading(QCoreApplication.translate("Reports", "Your goals and progress"))
    ]
    if not report.goals:
        return [
            *blocks,
            Paragraph(
                QCoreApplication.translate(
                    "Reports", "No goals have been recorded for this episode yet."
                )
            ),
        ]
    blocks.append(
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "The goals we agreed, in your own words. Progress is rated from 0 (not started) "
                "to 10 (goal reached).",
            )
        )
    )
    rows = []
    for g in report.goals:
        text = g.wording
        if g.success_measure:
            text += "\n" + QCoreApplication.translate(
                "Reports", "How we will know: {measure}"
            ).format(measure=g.success_measure)
        first = "–" if g.first is None else _rated(g.first, g.first_on)
        latest = "–" if g.latest is None or g.ratings < 2 else _rated(g.latest, g.latest_on)
        status = (
            #: A goal's status: achieved
            QCoreApplication.translate("Reports", "Reached")
            if g.status is GoalStatus.ACHIEVED
            else g.status.label
        )
        rows.append((text, status, first, latest, _change(g.first, g.latest, g.ratings)))
    blocks.append(
        Table(
            (
                QCoreApplication.translate("Reports", "Goal"),
                QCoreApplication.translate("Reports", "Status"),
                #: The first progress rating of a goal
                QCoreApplication.translate("Reports", "First"),
                #: The latest progress rating of a goal
                QCoreApplication.translate("Reports", "Latest"),
                QCoreApplication.translate("Reports", "Change"),
            ),
            tuple(rows),
            widths=(0.42, 0.12, 0.18, 0.18, 0.1),
        )
    )
    return blocks


def _plan(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [Heading(QCoreApplication.translate("Reports", "What we agreed"))]
    if report.plan_agreed_on is None and not report.strategies:
        return [
            *blocks,
            Paragraph(
                QCoreApplication.translate(
                    "Reports", "No plan has been agreed at a completed visit yet."
                )
            ),
        ]
    if report.plan_agreed_on is not None:
        blocks.append(
            Paragraph(
                QCoreApplication.translate("Reports", "At the visit of {date}:").format(
                    date=day(report.plan_agreed_on)
                ),
                "muted",
            )
        )
        if report.plan:
            blocks += [
                Heading(QCoreApplication.translate("Reports", "Plan"), 3),
                Paragraph(report.plan),
            ]
        if report.self_care_agreed:
            blocks += [
                Heading(QCoreApplication.translate("Reports", "Self-care"), 3),
                Paragraph(report.self_care_agreed),
            ]
    if report.strategies:
        blocks.append(Heading(QCoreApplication.translate("Reports", "What each of us does"), 3))
        blocks.append(
            Table(
                (
                    QCoreApplication.translate("Reports", "What"),
                    QCoreApplication.translate("Reports", "Where"),
                    QCoreApplication.translate("Reports", "Who"),
                    QCoreApplication.translate("Reports", "For the goal"),
                ),
                tuple(
                    (s.description, s.setting.label, s.owner.label, s.goal)
                    for s in report.strategies
                ),
                widths=(0.36, 0.2, 0.14, 0.3),
            )
        )
    return blocks


def _pain_change(first: int | None, latest: int | None, change: int, meaningful: bool) -> str:
    """One sentence on how pain before treatment changed (``change`` is latest - first)."""
    if change < 0:
        less = -change
        if less == 1:
            text = (
                QCoreApplication.translate(
                    "Reports",
                    "Pain before treatment went from {first} to {latest} ({points} point less): "
                    "a meaningful improvement (2 points, or 30% of where it started).",
                )
                if meaningful
                else QCoreApplication.translate(
                    "Reports",
                    "Pain before treatment went from {first} to {latest} ({points} point less).",
                )
            )
        else:
            text = (
                QCoreApplication.translate(
                    "Reports",
                    "Pain before treatment went from {first} to {latest} ({points} points less): "
                    "a meaningful improvement (2 points, or 30% of where it started).",
                )
                if meaningful
                else QCoreApplication.translate(
                    "Reports",
                    "Pain before treatment went from {first} to {latest} ({points} points less).",
                )
            )
        return text.format(first=first, latest=latest, points=less)
    if change == 0:
        return QCoreApplication.translate(
            "Reports", "Pain before treatment is the same as at the start ({score})."
        ).format(score=latest)
    return QCoreApplication.translate(
        "Reports", "Pain before treatment went from {first} to {latest}."
    ).format(first=first, latest=latest)


def _pain(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [Heading(QCoreApplication.translate("Reports", "Pain"))]
    p = report.pain
    if p is None:
        return [
            *blocks,
            Paragraph(
                QCoreApplication.translate(
                    "Reports", "No pain scores were recorded in this episode."
                )
            ),
        ]
    rows = [
        (
            QCoreApplication.translate("Reports", "First visit"),
            day(p.first_on),
            _num(p.first_before),
            _num(p.first_after),
        )
    ]
    if p.visits_with_pain > 1:
        rows.append(
            (
                QCoreApplication.translate("Reports", "Latest visit"),
                day(p.latest_on),
                _num(p.latest_before),
                _num(p.latest_after),
            )
        )
    blocks += [
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "Pain from 0 (none) to 10 (worst imaginable), before and after treatment.",
            )
        ),
        Table(
            (
                "",
                QCoreApplication.translate("Reports", "Date"),
                QCoreApplication.translate("Reports", "Before treatment"),
                QCoreApplication.translate("Reports", "After treatment"),
            ),
            tuple(rows),
            widths=(0.25, 0.25, 0.25, 0.25),
            key_column=True,
        ),
    ]
    change = p.change
    if change is not None:
        blocks.append(
            Paragraph(_pain_change(p.first_before, p.latest_before, change, p.meaningful))
        )
    return blocks


def _function(report: ProgressReport) -> list[Block]:
    f = report.function
    if f is None:
        return []  # function scores are optional: no section without them
    blocks: list[Block] = [
        Heading(QCoreApplication.translate("Reports", "Everyday activities")),
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "Activities you named, rated from 0 (unable to do it) to 10 (as well as before).",
            )
        ),
    ]
    two = f.responses > 1
    columns = (
        QCoreApplication.translate("Reports", "Activity"),
        #: The first answers to a questionnaire, and their date
        QCoreApplication.translate("Reports", "First ({date})").format(date=day(f.first_on)),
    ) + (
        #: The latest answers to a questionnaire, and their date
        (QCoreApplication.translate("Reports", "Latest ({date})").format(date=day(f.latest_on)),)
        if two
        else ()
    )
    rows = [(a.name, _num(a.first)) + ((_num(a.latest),) if two else ()) for a in f.activities]
    rows.append(
        (QCoreApplication.translate("Reports", "Average"), _num(f.first_mean))
        + ((_num(f.latest_mean),) if two else ())
    )
    widths = (0.5, 0.25, 0.25) if two else (0.6, 0.4)
    blocks.append(Table(columns, tuple(rows), widths=widths, total_rows=frozenset({len(rows) - 1})))
    return blocks


def _outcome_charts(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = []
    has_pain = report.outcomes is not None and any(
        v is not None for v in (*report.outcomes.pain_before, *report.outcomes.pain_after)
    )
    has_goals = report.goal_series is not None and any(
        v is not None for g in report.goal_series.goals for v in g.values
    )
    if not (has_pain or has_goals):
        return blocks
    blocks.append(Heading(QCoreApplication.translate("Reports", "Charts")))
    if has_pain and report.outcomes is not None:
        blocks.append(
            Chart(
                charts.pain_svg(report.outcomes),
                charts.aspect(),
                QCoreApplication.translate(
                    "Reports",
                    "Pain before and after each visit; the shaded band is a meaningful "
                    "improvement.",
                ),
            )
        )
    if has_goals and report.goal_series is not None:
        blocks.append(
            Chart(
                charts.goals_svg(report.goal_series),
                charts.aspect(),
                QCoreApplication.translate(
                    "Reports", "Progress on each goal at each visit (0-10)."
                ),
            )
        )
    return blocks


def render_progress_report(report: ProgressReport, path: Path) -> RenderedReport:
    return _render(build_progress_document(report), path)


# ============================================================================ feedback summary


def _band_label(label: str) -> str:
    """A score band's label as the services name it, in the app's language (a band the code
    here does not know keeps its label)."""
    known = {
        "Under 5": QCoreApplication.translate("Reports", "Under 5"),
        "5 to under 7": QCoreApplication.translate("Reports", "5 to under 7"),
        "7 to under 9": QCoreApplication.translate("Reports", "7 to under 9"),
        "9 to under 10": QCoreApplication.translate("Reports", "9 to under 10"),
        "10 (the ceiling)": QCoreApplication.translate("Reports", "10 (the ceiling)"),
    }
    return known.get(label, label)


def build_feedback_document(summary: FeedbackSummary) -> Document:
    """The practice's patient feedback for a period: counts and scores, no names."""
    s = summary
    h = s.header
    title = feedback_title()

    def count(text: str, number: int) -> str:
        return text.format(count=formats.number(number))

    patients = QCoreApplication.translate("Reports", "{count} patients")
    visits = QCoreApplication.translate("Reports", "{count} visits")
    episodes = QCoreApplication.translate("Reports", "{count} episodes")
    blocks: list[Block] = [
        Heading(title, 1),
        Paragraph(
            f"{_span(s.start, s.end)} · {h.practice_name}"
            + (f" · {_author(h)}" if _author(h) else ""),
            "bold",
        ),
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "De-identified and aggregated: counts and scores only, no patient is named. The "
                "check-in is the patient's own rating of the alliance at the end of a visit, "
                "from 0 to 10 (the mean of its answers).",
            ),
            "muted",
        ),
    ]
    if s.cautions:
        blocks.append(Bullets(s.cautions, "italic"))
    blocks += [
        Heading(QCoreApplication.translate("Reports", "At a glance")),
        Table(
            (
                QCoreApplication.translate("Reports", "Figure"),
                QCoreApplication.translate("Reports", "Value"),
                #: The number a figure is counted out of
                QCoreApplication.translate("Reports", "Rests on"),
            ),
            (
                (
                    QCoreApplication.translate("Reports", "Visits in the period"),
                    formats.number(s.visits),
                    count(patients, s.patients_seen),
                ),
                (
                    QCoreApplication.translate("Reports", "Visits rated by the patient"),
                    f"{s.visits_with_checkin:,} ({_pct(s.visits_with_checkin, s.visits)})",
                    count(visits, s.visits),
                ),
                (
                    QCoreApplication.translate("Reports", "Perfect scores (the ceiling)"),
                    f"{s.perfect_checkins:,} ({_pct(s.perfect_checkins, s.visits_with_checkin)})",
                    count(
                        QCoreApplication.translate("Reports", "{count} check-ins"),
                        s.visits_with_checkin,
                    ),
                ),
                (
                    QCoreApplication.translate("Reports", "Patients with an open alliance alert"),
                    formats.number(s.attention_patients),
                    count(patients, s.patients_seen),
                ),
                (
                    QCoreApplication.translate("Reports", "Strains noticed / repair tried"),
                    f"{s.ruptures_noticed:,} / {s.repairs_tried:,}",
                    count(visits, s.visits),
                ),
                (
                    QCoreApplication.translate("Reports", "Recovered after a strain"),
                    f"{s.ruptures_recovered:,} ({_pct(s.ruptures_recovered, s.ruptures_noticed)})",
                    QCoreApplication.translate(
                        "Reports", "{count} strains, {followed} followed up"
                    ).format(
                        count=formats.number(s.ruptures_noticed),
                        followed=formats.number(s.ruptures_followed_up),
                    ),
                ),
                (
                    QCoreApplication.translate("Reports", "Alliance, first → latest check-in"),
                    f"{s.first_mean:.1f} → {s.latest_mean:.1f}" if s.first_latest_episodes else "–",
                    count(episodes, s.first_latest_episodes),
                ),
                (
                    QCoreApplication.translate("Reports", "Pain much better (2 points or 30%)"),
                    f"{s.pain_improved_meaningfully:,} "
                    f"({_pct(s.pain_improved_meaningfully, s.alliance_pain_episodes)})",
                    count(episodes, s.alliance_pain_episodes),
                ),
            ),
            widths=(0.44, 0.22, 0.34),
            key_column=True,
        ),
        Heading(QCoreApplication.translate("Reports", "How patients scored the alliance")),
        Table(
            (
                QCoreApplication.translate("Reports", "Check-in score (0-10)"),
                QCoreApplication.translate("Reports", "Check-ins"),
                QCoreApplication.translate("Reports", "Share"),
            ),
            tuple(
                (_band_label(b.label), formats.number(b.count), _pct(b.count, s.checkins_scored))
                for b in s.bands
            ),
            widths=(0.5, 0.25, 0.25),
        ),
        Chart(
            charts.score_distribution_svg(s),
            charts.aspect(),
            QCoreApplication.translate(
                "Reports", "Check-in scores of the period; perfect scores are the ceiling."
            ),
        ),
        Keep(
            (
                Heading(QCoreApplication.translate("Reports", "First and latest alliance")),
                Paragraph(
                    QCoreApplication.translate(
                        "Reports",
                        "For each episode with two or more check-ins in the period: its first "
                        "and latest score. A drop from a patient's own earlier scores says more "
                        "than a high total.",
                    )
                ),
                Chart(
                    charts.first_latest_svg(s),
                    charts.aspect(),
                    QCoreApplication.translate(
                        "Reports", "Each line is one episode (no names); the dark line is the mean."
                    ),
                ),
            )
        ),
        Keep(
            (
                Heading(QCoreApplication.translate("Reports", "Alliance and outcome")),
                Paragraph(
                    QCoreApplication.translate(
                        "Reports",
                        "Each point is one episode: its mean alliance score against how much its "
                        "pain fell (first minus latest pain before treatment).",
                    )
                ),
                Chart(
                    charts.alliance_pain_svg(s),
                    charts.aspect(),
                    QCoreApplication.translate(
                        "Reports", "Mean alliance against pain improvement, one point per episode."
                    ),
                ),
            )
        ),
        Heading(reflection_heading()),
    ]
    if s.reflection:
        blocks.append(Paragraph(s.reflection))
    blocks.append(
        WritingArea(
            QCoreApplication.translate(
                "Reports",
                "What do these figures say about my practice? What will I keep, and what will I "
                "change? (Patient feedback, reflected on, counts as an objective CPD activity.)",
            ),
            lines=6 if s.reflection else 10,
        )
    )
    return Document(
        title=title,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        footer_note=QCoreApplication.translate("Reports", "De-identified: no patient is named"),
        author=h.practitioner_name,
    )


def render_feedback_summary(summary: FeedbackSummary, path: Path) -> RenderedReport:
    return _render(build_feedback_document(summary), path)


# ============================================================================ CPD record


def _themes(themes: tuple[CpdTheme, ...]) -> str:
    return ", ".join(t.value for t in themes) or "–"


def _done(titles: tuple[str, ...]) -> str:
    """'Done', or 'Done: title; title' when the activities that did it have titles."""
    if not titles:
        #: A CPD requirement that is met
        return QCoreApplication.translate("Reports", "Done")
    return QCoreApplication.translate("Reports", "Done: {titles}").format(titles="; ".join(titles))


def build_cpd_document(record: CpdRecord) -> Document:
    """The CPD record of a cycle: requirements, every activity, the Peer Discussion Review."""
    r = record
    h = r.header
    t = r.totals
    title = cpd_title()
    blocks: list[Block] = [
        Heading(title, 1),
        Paragraph(
            QCoreApplication.translate("Reports", "Cycle {start} to {end}").format(
                start=day(r.cycle_start), end=day(r.cycle_end)
            )
            + (f" · {_author(h)}" if _author(h) else "")
            + f" · {h.practice_name}",
            "bold",
        ),
        Paragraph(t.summary() + ".", "muted"),
        Heading(QCoreApplication.translate("Reports", "Requirements")),
        Table(
            (
                QCoreApplication.translate("Reports", "Requirement"),
                QCoreApplication.translate("Reports", "Required"),
                QCoreApplication.translate("Reports", "This cycle"),
                #: Whether a CPD requirement is met
                QCoreApplication.translate("Reports", "Met"),
            ),
            tuple(
                (q.label, q.required, q.achieved, _yes() if q.met else _not_yet())
                for q in r.requirements
            ),
            widths=(0.46, 0.2, 0.2, 0.14),
        ),
        Heading(QCoreApplication.translate("Reports", "Activities")),
    ]
    if r.entries:
        with_others = QCoreApplication.translate("Reports", "With others")
        alone = QCoreApplication.translate("Reports", "Alone")
        rows = [
            (
                day(e.written_on),
                e.title,
                formats.number(e.hours),
                with_others if e.with_others else alone,
                _themes(e.themes),
                _yes() if e.objective_activity else "",
                _yes() if e.communication_consent else "",
            )
            for e in r.entries
        ]
        activities = (
            QCoreApplication.translate("Reports", "{count} activity")
            if len(r.entries) == 1
            else QCoreApplication.translate("Reports", "{count} activities")
        )
        rows.append(
            (
                QCoreApplication.translate("Reports", "Total"),
                activities.format(count=len(r.entries)),
                formats.number(t.hours),
                QCoreApplication.translate("Reports", "{hours} h with others").format(
                    hours=formats.number(t.hours_with_others)
                ),
                _themes(tuple(th for th in CpdTheme if th in t.themes_covered)),
                _yes() if t.has_objective_activity else _no(),
                _yes() if t.has_communication_consent else _no(),
            )
        )
        blocks.append(
            Table(
                (
                    QCoreApplication.translate("Reports", "Date"),
                    QCoreApplication.translate("Reports", "Activity"),
                    QCoreApplication.translate("Reports", "Hours"),
                    #: Learning alone or with others
                    QCoreApplication.translate("Reports", "Learning"),
                    QCoreApplication.translate("Reports", "Themes"),
                    #: An objective CPD activity (such as a patient feedback summary)
                    QCoreApplication.translate("Reports", "Objective"),
                    #: A CPD activity on communication and consent (a short column heading)
                    QCoreApplication.translate("Reports", "Comm. & consent"),
                ),
                tuple(rows),
                widths=(0.13, 0.27, 0.09, 0.14, 0.11, 0.12, 0.14),
                total_rows=frozenset({len(rows) - 1}),
            )
        )
        blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "Reports",
                    "Themes: A communication and patient partnership; B knowledge, skills and "
                    "performance; C safety and quality in practice; D professionalism.",
                ),
                "muted",
            )
        )
    else:
        blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "Reports", "No CPD activity has been recorded in this cycle yet."
                )
            )
        )

    p = r.peer_review
    blocks += [
        Heading(QCoreApplication.translate("Reports", "Peer Discussion Review summary")),
        Table(
            ("", ""),
            (
                (
                    QCoreApplication.translate("Reports", "Hours"),
                    QCoreApplication.translate("Reports", "{hours} of {required}").format(
                        hours=formats.number(t.hours), required=formats.number(REQUIRED_HOURS)
                    ),
                ),
                (
                    QCoreApplication.translate("Reports", "Learning with others"),
                    QCoreApplication.translate("Reports", "{hours} of {required} hours").format(
                        hours=formats.number(t.hours_with_others),
                        required=formats.number(REQUIRED_HOURS_WITH_OTHERS),
                    ),
                ),
                (
                    QCoreApplication.translate("Reports", "Themes covered"),
                    _themes(p.themes_covered),
                ),
                (
                    QCoreApplication.translate("Reports", "Themes not yet covered"),
                    _themes(p.themes_missing),
                ),
                (
                    QCoreApplication.translate("Reports", "Objective activity"),
                    _done(p.objective_titles) if p.objective_activity_done else _not_yet(),
                ),
                (
                    QCoreApplication.translate("Reports", "Communication and consent"),
                    _done(p.communication_titles) if p.communication_consent_done else _not_yet(),
                ),
            ),
            widths=(0.32, 0.68),
            header=False,
            key_column=True,
        ),
    ]
    if p.gaps:
        blocks += [
            Heading(QCoreApplication.translate("Reports", "Still needed before the review"), 3),
            Bullets(p.gaps),
        ]
    else:
        blocks.append(
            Paragraph(
                QCoreApplication.translate("Reports", "Every requirement of the cycle is met."),
                "bold",
            )
        )
    for group in p.titles_by_theme:
        blocks.append(
            Heading(
                QCoreApplication.translate("Reports", "Theme {theme} ({count})").format(
                    theme=group.theme.label, count=group.count
                ),
                3,
            )
        )
        if group.titles:
            blocks.append(Bullets(group.titles))
        else:
            blocks.append(
                Paragraph(
                    QCoreApplication.translate("Reports", "No activity in this theme yet."),
                    "muted",
                )
            )
    blocks.append(
        Paragraph(
            QCoreApplication.translate(
                "Reports",
                "Titles and CPD facts only: the text of reflections and anything private stay "
                "on the practitioner's computer.",
            ),
            "muted",
        )
    )
    return Document(
        title=title,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        author=h.practitioner_name,
    )


def render_cpd_record(record: CpdRecord, path: Path) -> RenderedReport:
    return _render(build_cpd_document(record), path)


# ============================================================================ writing


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """A written report: where it is, how many pages, and what its pages say."""

    path: Path
    page_count: int
    text: str


def _render(document: Document, path: Path) -> RenderedReport:
    laid: LaidOut = layout(document)
    written = write_pdf(laid, Path(path))
    return RenderedReport(written, laid.page_count, laid.text())


def build_document(content: ProgressReport | FeedbackSummary | CpdRecord) -> Document:
    """The document of any report DTO."""
    if isinstance(content, ProgressReport):
        return build_progress_document(content)
    if isinstance(content, FeedbackSummary):
        return build_feedback_document(content)
    return build_cpd_document(content)
