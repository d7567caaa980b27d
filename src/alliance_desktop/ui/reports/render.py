"""The three reports as documents: what each page says, from the report DTOs.

``build_*`` turns a report DTO into a :class:`Document`; ``render_*`` lays it out and writes
the PDF. Only what the DTO holds can reach a page, and the DTOs hold no clinical notes, no
reflection text and no private section (see ``alliance_desktop.services.reports``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from alliance_desktop.domain.cpd import REQUIRED_HOURS, REQUIRED_HOURS_WITH_OTHERS
from alliance_desktop.domain.vocab import CpdTheme, GoalStatus
from alliance_desktop.services.reports import (
    CpdRecord,
    FeedbackSummary,
    ProgressReport,
    ProgressSection,
    ReportHeader,
)
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

PROGRESS_TITLE = "Progress report"
FEEDBACK_TITLE = "Patient feedback summary"
CPD_TITLE = "CPD record"
REFLECTION_HEADING = "Practitioner's reflection"
ALLIANCE_HEADING = "How you rated our work together"


def day(value: dt.date | None) -> str:
    """'7 Jun 2026' (no leading zero, on every platform)."""
    return f"{value.day} {value:%b %Y}" if value else "–"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".removesuffix(".0")


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _author(header: ReportHeader) -> str:
    if not header.practitioner_name:
        return ""
    reg = header.practitioner_registration
    return header.practitioner_name + (f" (registration {reg})" if reg else "")


# ============================================================================ progress report


def build_progress_document(report: ProgressReport) -> Document:
    """The patient's progress report: only what a patient or referrer should read."""
    h = report.header
    blocks: list[Block] = [Heading(PROGRESS_TITLE, 1)]
    care = day(report.episode_started)
    if report.episode_ended:
        care += f" to {day(report.episode_ended)}"
    elif report.episode_open:
        care += " (continuing)"
    visits = str(report.visits)
    if report.visits:
        visits += f" ({day(report.first_visit)} to {day(report.latest_visit)})"
    facts = [
        ("Patient", report.patient_name),
        ("Date of birth", day(report.date_of_birth)),
        ("Reason for care", report.episode_reason or "No episode of care recorded"),
        ("Care", care if report.episode_started else "–"),
        ("Visits", visits),
    ]
    if _author(h):
        facts.append(("Prepared by", f"{_author(h)}, {h.practice_name}"))
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
                    Heading(ALLIANCE_HEADING),
                    Paragraph(
                        "At the end of visits you rated, from 0 to 10, how much you trusted the "
                        "care, how we got on, whether we worked on what matters to you, and "
                        "whether the way we worked suited you. Gaps are visits without a rating."
                    ),
                    Chart(
                        charts.alliance_svg(report.alliance),
                        charts.aspect(),
                        "Your own ratings at each visit (0-10).",
                    ),
                )
            )
        )
    blocks.append(
        Paragraph(
            "This report summarises goals, progress and what we agreed. It does not include "
            "clinical notes. Please ask if anything is unclear.",
            "muted",
        )
    )
    return Document(
        title=PROGRESS_TITLE,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        footer_note=f"Confidential: {report.patient_name}",
        author=h.practitioner_name,
    )


def _change(first: int | None, latest: int | None, ratings: int) -> str:
    if first is None or latest is None or ratings < 2:
        return "–"
    diff = latest - first
    return f"+{diff}" if diff > 0 else str(diff)


def _goals(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [Heading("Your goals and progress")]
    if not report.goals:
        return [*blocks, Paragraph("No goals have been recorded for this episode yet.")]
    blocks.append(
        Paragraph(
            "The goals we agreed, in your own words. Progress is rated from 0 (not started) to "
            "10 (goal reached)."
        )
    )
    rows = []
    for g in report.goals:
        text = g.wording
        if g.success_measure:
            text += f"\nHow we will know: {g.success_measure}"
        first = "–" if g.first is None else f"{g.first}/10 ({day(g.first_on)})"
        latest = "–" if g.latest is None or g.ratings < 2 else f"{g.latest}/10 ({day(g.latest_on)})"
        status = "Reached" if g.status is GoalStatus.ACHIEVED else g.status.label
        rows.append((text, status, first, latest, _change(g.first, g.latest, g.ratings)))
    blocks.append(
        Table(
            ("Goal", "Status", "First", "Latest", "Change"),
            tuple(rows),
            widths=(0.42, 0.12, 0.18, 0.18, 0.1),
        )
    )
    return blocks


def _plan(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [Heading("What we agreed")]
    if report.plan_agreed_on is None and not report.strategies:
        return [*blocks, Paragraph("No plan has been agreed at a completed visit yet.")]
    if report.plan_agreed_on is not None:
        blocks.append(Paragraph(f"At the visit of {day(report.plan_agreed_on)}:", "muted"))
        if report.plan:
            blocks += [Heading("Plan", 3), Paragraph(report.plan)]
        if report.self_care_agreed:
            blocks += [Heading("Self-care", 3), Paragraph(report.self_care_agreed)]
    if report.strategies:
        blocks.append(Heading("What each of us does", 3))
        blocks.append(
            Table(
                ("What", "Where", "Who", "For the goal"),
                tuple(
                    (s.description, s.setting.label, s.owner.label, s.goal)
                    for s in report.strategies
                ),
                widths=(0.36, 0.2, 0.14, 0.3),
            )
        )
    return blocks


def _pain(report: ProgressReport) -> list[Block]:
    blocks: list[Block] = [Heading("Pain")]
    p = report.pain
    if p is None:
        return [*blocks, Paragraph("No pain scores were recorded in this episode.")]
    rows = [("First visit", day(p.first_on), _num(p.first_before), _num(p.first_after))]
    if p.visits_with_pain > 1:
        rows.append(("Latest visit", day(p.latest_on), _num(p.latest_before), _num(p.latest_after)))
    blocks += [
        Paragraph("Pain from 0 (none) to 10 (worst imaginable), before and after treatment."),
        Table(
            ("", "Date", "Before treatment", "After treatment"),
            tuple(rows),
            widths=(0.25, 0.25, 0.25, 0.25),
            key_column=True,
        ),
    ]
    change = p.change
    if change is not None:
        if change < 0:
            text = f"Pain before treatment went from {p.first_before} to {p.latest_before}"
            text += f" ({-change} point{'s' if change != -1 else ''} less)"
            text += (
                ": a meaningful improvement (2 points, or 30% of where it started)."
                if p.meaningful
                else "."
            )
        elif change == 0:
            text = f"Pain before treatment is the same as at the start ({p.latest_before})."
        else:
            text = f"Pain before treatment went from {p.first_before} to {p.latest_before}."
        blocks.append(Paragraph(text))
    return blocks


def _function(report: ProgressReport) -> list[Block]:
    f = report.function
    if f is None:
        return []  # function scores are optional: no section without them
    blocks: list[Block] = [
        Heading("Everyday activities"),
        Paragraph(
            "Activities you named, rated from 0 (unable to do it) to 10 (as well as before)."
        ),
    ]
    two = f.responses > 1
    columns = ("Activity", f"First ({day(f.first_on)})") + (
        (f"Latest ({day(f.latest_on)})",) if two else ()
    )
    rows = [(a.name, _num(a.first)) + ((_num(a.latest),) if two else ()) for a in f.activities]
    rows.append(("Average", _num(f.first_mean)) + ((_num(f.latest_mean),) if two else ()))
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
    blocks.append(Heading("Charts"))
    if has_pain and report.outcomes is not None:
        blocks.append(
            Chart(
                charts.pain_svg(report.outcomes),
                charts.aspect(),
                "Pain before and after each visit; the shaded band is a meaningful improvement.",
            )
        )
    if has_goals and report.goal_series is not None:
        blocks.append(
            Chart(
                charts.goals_svg(report.goal_series),
                charts.aspect(),
                "Progress on each goal at each visit (0-10).",
            )
        )
    return blocks


def render_progress_report(report: ProgressReport, path: Path) -> RenderedReport:
    return _render(build_progress_document(report), path)


# ============================================================================ feedback summary


def build_feedback_document(summary: FeedbackSummary) -> Document:
    """The practice's patient feedback for a period: counts and scores, no names."""
    s = summary
    h = s.header
    blocks: list[Block] = [
        Heading(FEEDBACK_TITLE, 1),
        Paragraph(
            f"{day(s.start)} to {day(s.end)} · {h.practice_name}"
            + (f" · {_author(h)}" if _author(h) else ""),
            "bold",
        ),
        Paragraph(
            "De-identified and aggregated: counts and scores only, no patient is named. The "
            "check-in is the patient's own rating of the alliance at the end of a visit, from "
            "0 to 10 (the mean of its answers).",
            "muted",
        ),
    ]
    if s.cautions:
        blocks.append(Bullets(s.cautions, "italic"))
    blocks += [
        Heading("At a glance"),
        Table(
            ("Figure", "Value", "Rests on"),
            (
                ("Visits in the period", f"{s.visits:,}", f"{s.patients_seen:,} patients"),
                (
                    "Visits rated by the patient",
                    f"{s.visits_with_checkin:,} ({_pct(s.visits_with_checkin, s.visits)})",
                    f"{s.visits:,} visits",
                ),
                (
                    "Perfect scores (the ceiling)",
                    f"{s.perfect_checkins:,} ({_pct(s.perfect_checkins, s.visits_with_checkin)})",
                    f"{s.visits_with_checkin:,} check-ins",
                ),
                (
                    "Patients with an open alliance alert",
                    f"{s.attention_patients:,}",
                    f"{s.patients_seen:,} patients",
                ),
                (
                    "Strains noticed / repair tried",
                    f"{s.ruptures_noticed:,} / {s.repairs_tried:,}",
                    f"{s.visits:,} visits",
                ),
                (
                    "Recovered after a strain",
                    f"{s.ruptures_recovered:,} ({_pct(s.ruptures_recovered, s.ruptures_noticed)})",
                    f"{s.ruptures_noticed:,} strains, {s.ruptures_followed_up:,} followed up",
                ),
                (
                    "Alliance, first → latest check-in",
                    f"{s.first_mean:.1f} → {s.latest_mean:.1f}" if s.first_latest_episodes else "–",
                    f"{s.first_latest_episodes:,} episodes",
                ),
                (
                    "Pain much better (2 points or 30%)",
                    f"{s.pain_improved_meaningfully:,} "
                    f"({_pct(s.pain_improved_meaningfully, s.alliance_pain_episodes)})",
                    f"{s.alliance_pain_episodes:,} episodes",
                ),
            ),
            widths=(0.44, 0.22, 0.34),
            key_column=True,
        ),
        Heading("How patients scored the alliance"),
        Table(
            ("Check-in score (0-10)", "Check-ins", "Share"),
            tuple((b.label, f"{b.count:,}", _pct(b.count, s.checkins_scored)) for b in s.bands),
            widths=(0.5, 0.25, 0.25),
        ),
        Chart(
            charts.score_distribution_svg(s),
            charts.aspect(),
            "Check-in scores of the period; perfect scores are the ceiling.",
        ),
        Keep(
            (
                Heading("First and latest alliance"),
                Paragraph(
                    "For each episode with two or more check-ins in the period: its first and "
                    "latest score. A drop from a patient's own earlier scores says more than a "
                    "high total."
                ),
                Chart(
                    charts.first_latest_svg(s),
                    charts.aspect(),
                    "Each line is one episode (no names); the dark line is the mean.",
                ),
            )
        ),
        Keep(
            (
                Heading("Alliance and outcome"),
                Paragraph(
                    "Each point is one episode: its mean alliance score against how much its "
                    "pain fell (first minus latest pain before treatment)."
                ),
                Chart(
                    charts.alliance_pain_svg(s),
                    charts.aspect(),
                    "Mean alliance against pain improvement, one point per episode.",
                ),
            )
        ),
        Heading(REFLECTION_HEADING),
    ]
    if s.reflection:
        blocks.append(Paragraph(s.reflection))
    blocks.append(
        WritingArea(
            "What do these figures say about my practice? What will I keep, and what will I "
            "change? (Patient feedback, reflected on, counts as an objective CPD activity.)",
            lines=6 if s.reflection else 10,
        )
    )
    return Document(
        title=FEEDBACK_TITLE,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        footer_note="De-identified: no patient is named",
        author=h.practitioner_name,
    )


def render_feedback_summary(summary: FeedbackSummary, path: Path) -> RenderedReport:
    return _render(build_feedback_document(summary), path)


# ============================================================================ CPD record


def _themes(themes: tuple[CpdTheme, ...]) -> str:
    return ", ".join(t.value for t in themes) or "–"


def build_cpd_document(record: CpdRecord) -> Document:
    """The CPD record of a cycle: requirements, every activity, the Peer Discussion Review."""
    r = record
    h = r.header
    t = r.totals
    blocks: list[Block] = [
        Heading(CPD_TITLE, 1),
        Paragraph(
            f"Cycle {day(r.cycle_start)} to {day(r.cycle_end)}"
            + (f" · {_author(h)}" if _author(h) else "")
            + f" · {h.practice_name}",
            "bold",
        ),
        Paragraph(t.summary() + ".", "muted"),
        Heading("Requirements"),
        Table(
            ("Requirement", "Required", "This cycle", "Met"),
            tuple(
                (q.label, q.required, q.achieved, "Yes" if q.met else "Not yet")
                for q in r.requirements
            ),
            widths=(0.46, 0.2, 0.2, 0.14),
        ),
        Heading("Activities"),
    ]
    if r.entries:
        rows = [
            (
                day(e.written_on),
                e.title,
                f"{e.hours:g}",
                "With others" if e.with_others else "Alone",
                _themes(e.themes),
                "Yes" if e.objective_activity else "",
                "Yes" if e.communication_consent else "",
            )
            for e in r.entries
        ]
        rows.append(
            (
                "Total",
                f"{len(r.entries)} activit{'y' if len(r.entries) == 1 else 'ies'}",
                f"{t.hours:g}",
                f"{t.hours_with_others:g} h with others",
                _themes(tuple(th for th in CpdTheme if th in t.themes_covered)),
                "Yes" if t.has_objective_activity else "No",
                "Yes" if t.has_communication_consent else "No",
            )
        )
        blocks.append(
            Table(
                ("Date", "Activity", "Hours", "Learning", "Themes", "Objective", "Comm. & consent"),
                tuple(rows),
                widths=(0.13, 0.27, 0.09, 0.14, 0.11, 0.12, 0.14),
                total_rows=frozenset({len(rows) - 1}),
            )
        )
        blocks.append(
            Paragraph(
                "Themes: A communication and patient partnership; B knowledge, skills and "
                "performance; C safety and quality in practice; D professionalism.",
                "muted",
            )
        )
    else:
        blocks.append(Paragraph("No CPD activity has been recorded in this cycle yet."))

    p = r.peer_review
    blocks += [
        Heading("Peer Discussion Review summary"),
        Table(
            ("", ""),
            (
                ("Hours", f"{t.hours:g} of {REQUIRED_HOURS:g}"),
                (
                    "Learning with others",
                    f"{t.hours_with_others:g} of {REQUIRED_HOURS_WITH_OTHERS:g} hours",
                ),
                ("Themes covered", _themes(p.themes_covered)),
                ("Themes not yet covered", _themes(p.themes_missing)),
                (
                    "Objective activity",
                    "Done" + _titles_suffix(p.objective_titles)
                    if p.objective_activity_done
                    else "Not yet",
                ),
                (
                    "Communication and consent",
                    "Done" + _titles_suffix(p.communication_titles)
                    if p.communication_consent_done
                    else "Not yet",
                ),
            ),
            widths=(0.32, 0.68),
            header=False,
            key_column=True,
        ),
    ]
    if p.gaps:
        blocks += [Heading("Still needed before the review", 3), Bullets(p.gaps)]
    else:
        blocks.append(Paragraph("Every requirement of the cycle is met.", "bold"))
    for group in p.titles_by_theme:
        blocks.append(Heading(f"Theme {group.theme.label} ({group.count})", 3))
        if group.titles:
            blocks.append(Bullets(group.titles))
        else:
            blocks.append(Paragraph("No activity in this theme yet.", "muted"))
    blocks.append(
        Paragraph(
            "Titles and CPD facts only: the text of reflections and anything private stay on "
            "the practitioner's computer.",
            "muted",
        )
    )
    return Document(
        title=CPD_TITLE,
        practice_name=h.practice_name,
        blocks=tuple(blocks),
        generated_on=h.generated_on,
        author=h.practitioner_name,
    )


def _titles_suffix(titles: tuple[str, ...]) -> str:
    return (": " + "; ".join(titles)) if titles else ""


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
