"""Pure plotting functions: ``plot_x(ax, series, theme)`` draws one chart from a DTO series.

No Qt here and no pyplot: each function draws on the Axes it is given and returns the points
a person can hover or click (``Hit``), so the widget can show a tooltip or open the visit.
Colours are the Okabe-Ito colour-blind-safe palette, and every series also differs by marker
or line style, so nothing depends on colour alone.

Titles, axis labels, legend labels and tooltips go through ``QCoreApplication.translate``
(context "Charts"), read each time a chart is drawn, so charts follow the app's language; it is
safe in the worker threads that draw the charts of printed reports. No other Qt is used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from alliance_desktop.ui import formats

if TYPE_CHECKING:
    from collections.abc import Sequence

    from alliance_desktop.services.charts import (
        AdherenceSeries,
        AllianceSeries,
        ChartVisit,
        GoalSeries,
        OutcomeSeries,
    )

NaN = math.nan
COLOURS = {
    "trust": "#0072B2",
    "bond": "#D55E00",
    "goal": "#009E73",
    "task": "#CC79A7",
    "alert": "#E69F00",
    "pain_before": "#0072B2",
    "pain_after": "#D55E00",
    "band": "#009E73",
    "adherence": "#56B4E9",
}
MARKERS = {"trust": "o", "bond": "s", "goal": "^", "task": "D"}
GOAL_STYLES = (
    ("#0072B2", "o", "-"),
    ("#D55E00", "s", "--"),
    ("#009E73", "^", "-."),
    ("#CC79A7", "D", ":"),
    ("#E69F00", "v", "-"),
    ("#56B4E9", "P", "--"),
)
# The English (source) texts of the scale names and of the empty alliance chart, for code and
# tests that look for them; charts show their translation (``scale_names()``,
# ``empty_alliance()``).
NAMES = {"trust": "Trust", "bond": "Bond", "goal": "Goals", "task": "Way of working"}
EMPTY_ALLIANCE = (
    "No check-ins yet: hand the laptop to the patient at the end of the visit (Ctrl+H)."
)


def scale_names() -> dict[str, str]:
    """The four scales of the alliance check-in, as charts name them."""
    return {
        "trust": QCoreApplication.translate("Charts", "Trust"),
        "bond": QCoreApplication.translate("Charts", "Bond"),
        "goal": QCoreApplication.translate("Charts", "Goals"),
        "task": QCoreApplication.translate("Charts", "Way of working"),
    }


def empty_alliance() -> str:
    """What the alliance chart says before the first check-in."""
    return QCoreApplication.translate(
        "Charts",
        "No check-ins yet: hand the laptop to the patient at the end of the visit (Ctrl+H).",
    )


def _visit_at(visit: ChartVisit) -> str:
    """'Visit 3, 07 Jun 2026' (the first line of a point's tooltip)."""
    return QCoreApplication.translate("Charts", "Visit {number}, {date}").format(
        number=visit.number, date=formats.day(visit.at)
    )


def _percent(value: object) -> str:
    #: A percentage (French puts a non-breaking space before %)
    return QCoreApplication.translate("Charts", "{percent}%").format(percent=value)


def _x_label(by_date: bool) -> str:
    return (
        QCoreApplication.translate("Charts", "Date")
        if by_date
        else QCoreApplication.translate("Charts", "Visit")
    )


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours taken from the app's palette (light or dark) and a text size factor."""

    foreground: str = "#202020"
    background: str = "#ffffff"
    grid: str = "#d0d0d0"
    scale: float = 1.0

    def font(self, size: float) -> float:
        return size * self.scale


@dataclass(frozen=True, slots=True)
class Hit:
    """A point a person can point at: where it is, which visit, and what to say about it."""

    x: float
    y: float
    visit_id: int
    text: str


def _x(visits: Sequence[ChartVisit], by_date: bool) -> list[Any]:
    return [v.at for v in visits] if by_date else [v.number for v in visits]


def _hit_x(visit: ChartVisit, by_date: bool) -> float:
    """The x of a visit in data coordinates (matplotlib's day numbers on a date axis)."""
    if by_date:
        import matplotlib.dates as mdates

        return float(mdates.date2num(visit.at))  # type: ignore[no-untyped-call]
    return float(visit.number)


def _nan(values: Sequence[float | None]) -> list[float]:
    return [NaN if v is None else float(v) for v in values]


def _style(
    ax: Any, theme: Theme, title: str, ylabel: str, xlabel: str, *, ytick_chars: int = 2
) -> None:
    """Colours, title and axis labels.

    The title and the axis labels are placed at fixed offsets instead of matplotlib's
    automatic placement, which measures every tick label on every draw (about a third of
    a chart's drawing time); ``ytick_chars`` is the longest y tick label, in characters.
    The tick and grid styling, which touches every tick, is applied once per axes and theme.
    """
    import matplotlib.transforms as mtransforms  # lazy: only when a chart is drawn

    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.foreground, fontsize=theme.font(11), loc="left", y=1.0, pad=6)
    ax.set_ylabel(ylabel, color=theme.foreground, fontsize=theme.font(9))
    ax.set_xlabel(xlabel, color=theme.foreground, fontsize=theme.font(9))
    tick = theme.font(8)
    figure = ax.figure
    below = 3.5 + tick * 1.25 + 2  # pad, one line of tick labels, gap
    ax.xaxis.set_label_coords(
        0.5, 0, mtransforms.offset_copy(ax.transAxes, fig=figure, y=-below, units="points")
    )
    left = 3.5 + ytick_chars * 0.64 * tick + 4
    ax.yaxis.set_label_coords(
        0, 0.5, mtransforms.offset_copy(ax.transAxes, fig=figure, x=-left, units="points")
    )
    if getattr(ax, "_alliance_styled", None) != theme:
        # No tick marks and no per-tick grid: matplotlib draws each as its own artist, and
        # they were most of a chart's drawing time. One collection of horizontal lines
        # gives the same reading aid.
        ax.tick_params(colors=theme.foreground, labelsize=tick, length=0)
        for spine in ax.spines.values():
            spine.set_color(theme.grid)
        ax.grid(False)
        ax._alliance_styled = theme
    ax.hlines(
        ax.get_yticks(),
        0,
        1,
        transform=ax.get_yaxis_transform(),
        colors=theme.grid,
        linewidth=0.6,
        alpha=0.8,
        zorder=0.5,
    )


def _empty(ax: Any, theme: Theme, title: str, message: str) -> list[Hit]:
    ax.set_xticks([])
    ax.set_yticks([])
    _style(ax, theme, title, "", "")
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        wrap=True,
        transform=ax.transAxes,
        color=theme.foreground,
        fontsize=theme.font(10),
    )
    return []


def _xaxis(ax: Any, visits: Sequence[ChartVisit], by_date: bool) -> None:
    if by_date:
        import matplotlib.dates as mdates  # lazy: only when a chart is drawn

        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
        ax.figure.autofmt_xdate(rotation=0, ha="center")
    else:
        step = max(1, math.ceil(len(visits) / 12))  # at most about 12 labels
        ax.set_xticks([v.number for v in visits][::step])
        ax.set_xlim(0.5, len(visits) + 0.5)


def _legend(ax: Any, theme: Theme, enabled: bool, **kwargs: Any) -> None:
    """A legend inside the axes (for saved files and reports; on screen the chart widget
    shows the same entries beside the chart, where they never hide a point)."""
    if not enabled:
        return
    legend = ax.legend(fontsize=theme.font(8), frameon=True, **kwargs)
    if legend is not None:
        legend.get_frame().set_facecolor(theme.background)
        legend.get_frame().set_edgecolor(theme.grid)
        for text in legend.get_texts():
            text.set_color(theme.foreground)


def plot_trust_bond(
    ax: Any,
    series: AllianceSeries,
    theme: Theme = Theme(),
    *,
    show_goal_task: bool = False,
    by_date: bool = False,
    legend: bool = True,
) -> list[Hit]:
    """The headline chart: patient-rated trust and bond per visit, the practitioner's own
    rating dashed, the concern line dotted, alerts, strains and repairs, annotations."""
    title = QCoreApplication.translate("Charts", "Trust and bond across visits")
    if not series.has_checkins:
        return _empty(ax, theme, title, empty_alliance())
    visits = series.visits
    xs = _x(visits, by_date)
    names = ["trust", "bond"] + (["goal", "task"] if show_goal_task else [])
    named = scale_names()
    #: A series of the patient's own ratings, in a chart's legend
    patient_label = QCoreApplication.translate("Charts", "{name} (patient)")
    #: A series of the practitioner's own ratings, in a chart's legend
    own_label = QCoreApplication.translate("Charts", "{name} (you)")
    hits: list[Hit] = []
    for name in names:
        ys = _nan(series.patient.get(name, ()))
        colour = COLOURS[name]
        ax.plot(
            xs,
            ys,
            color=colour,
            marker=MARKERS[name],
            linewidth=2.2,
            markersize=7,
            label=patient_label.format(name=named[name]),
        )
        own = _nan(series.practitioner.get(name, ()))
        if any(not math.isnan(y) for y in own):
            ax.plot(
                xs,
                own,
                color=colour,
                marker=MARKERS[name],
                linestyle="--",
                linewidth=1.4,
                markersize=6,
                markerfacecolor="none",
                label=own_label.format(name=named[name]),
            )
    for i, v in enumerate(visits):
        parts = [
            f"{named[n]} {series.patient[n][i]:g}"
            for n in names
            if series.patient.get(n) and series.patient[n][i] is not None
        ]
        own_parts = [
            f"{named[n]} {series.practitioner[n][i]:g}"
            for n in names
            if series.practitioner.get(n) and series.practitioner[n][i] is not None
        ]
        text = (
            _visit_at(v)
            + "\n"
            + (
                #: The patient's ratings at a visit, in a tooltip
                QCoreApplication.translate("Charts", "Patient: {ratings}").format(
                    ratings=", ".join(parts)
                )
                if parts
                else QCoreApplication.translate("Charts", "No check-in")
            )
        )
        if own_parts:
            #: The practitioner's own ratings at a visit, in a tooltip
            text += "\n" + QCoreApplication.translate("Charts", "You: {ratings}").format(
                ratings=", ".join(own_parts)
            )
        values = [series.patient[n][i] for n in names if series.patient.get(n)]
        y = max((val for val in values if val is not None), default=0.5)
        hits.append(Hit(_hit_x(v, by_date), float(y), v.visit_id, text))
    if series.concern_line is not None:
        ax.axhline(
            series.concern_line,
            color=theme.foreground,
            linestyle=":",
            linewidth=1.2,
            #: The score below which the alliance is a concern
            label=QCoreApplication.translate("Charts", "Concern line ({value})").format(
                value=formats.number(series.concern_line)
            ),
        )
    marks = [
        (
            series.alert_visit_ids,
            10.55,
            "v",
            COLOURS["alert"],
            QCoreApplication.translate("Charts", "Alert raised"),
        ),
        (
            series.rupture_visit_ids,
            0.35,
            "X",
            theme.foreground,
            #: A strain (rupture) in the working relationship
            QCoreApplication.translate("Charts", "Strain noticed"),
        ),
        (
            series.repair_visit_ids,
            0.95,
            "P",
            COLOURS["goal"],
            QCoreApplication.translate("Charts", "Repair tried"),
        ),
    ]
    for ids, y, marker, colour, label in marks:
        at = [xs[i] for i, v in enumerate(visits) if v.visit_id in ids]
        if at:
            ax.scatter(
                at,
                [y] * len(at),
                marker=marker,
                s=70,
                color=colour,
                label=label,
                zorder=5,
                clip_on=False,
            )
    for mark in series.annotations:
        x = mark.on_date if by_date else mark.position
        ax.axvline(x, color=theme.grid, linestyle="-.", linewidth=1.0)
        ax.text(
            x,
            9.9,
            " " + mark.label,
            rotation=90,
            va="top",
            ha="left",
            color=theme.foreground,
            fontsize=theme.font(7.5),
            alpha=0.85,
        )
    ax.set_ylim(0, 10.9)
    ax.set_yticks(range(0, 11, 2))
    _style(
        ax,
        theme,
        title,
        QCoreApplication.translate("Charts", "Rating (0-10)"),
        _x_label(by_date),
    )
    _xaxis(ax, visits, by_date)
    _legend(ax, theme, legend, loc="lower left", ncol=2)
    return hits


def plot_outcomes(
    ax: Any,
    series: OutcomeSeries,
    theme: Theme = Theme(),
    *,
    by_date: bool = False,
    legend: bool = True,
) -> list[Hit]:
    """Pain before and after each visit, with the band of meaningful change shaded."""
    title = QCoreApplication.translate("Charts", "Pain before and after each visit")
    if not any(p is not None for p in (*series.pain_before, *series.pain_after)):
        return _empty(
            ax,
            theme,
            title,
            QCoreApplication.translate(
                "Charts", "No pain scores yet: record pain before and after in the visit."
            ),
        )
    xs = _x(series.visits, by_date)
    if series.meaningful_at is not None:
        ax.axhspan(
            -0.2,
            series.meaningful_at,
            color=COLOURS["band"],
            alpha=0.13,
            label=QCoreApplication.translate("Charts", "Meaningful change (2 pts or 30%)"),
        )
    if series.baseline is not None:
        ax.axhline(
            series.baseline,
            color=theme.foreground,
            linestyle=":",
            linewidth=1.1,
            #: The pain score at the start of the episode
            label=QCoreApplication.translate("Charts", "Start ({value})").format(
                value=formats.number(series.baseline)
            ),
        )
    ax.plot(
        xs,
        _nan(series.pain_before),
        color=COLOURS["pain_before"],
        marker="o",
        linewidth=2.2,
        label=QCoreApplication.translate("Charts", "Before treatment"),
    )
    ax.plot(
        xs,
        _nan(series.pain_after),
        color=COLOURS["pain_after"],
        marker="^",
        linestyle="--",
        linewidth=1.6,
        label=QCoreApplication.translate("Charts", "After treatment"),
    )
    ax.set_ylim(-0.2, 10.4)
    ax.set_yticks(range(0, 11, 2))
    _style(ax, theme, title, QCoreApplication.translate("Charts", "Pain (0-10)"), _x_label(by_date))
    _xaxis(ax, series.visits, by_date)
    _legend(ax, theme, legend, loc="upper right")
    hits = []
    #: Pain scores before and after treatment at a visit, in a tooltip
    pain_text = QCoreApplication.translate("Charts", "Pain before {before}, after {after}")
    for i, v in enumerate(series.visits):
        b, a = series.pain_before[i], series.pain_after[i]
        if b is None and a is None:
            continue
        hits.append(
            Hit(
                _hit_x(v, by_date),
                float(b if b is not None else (a or 0)),
                v.visit_id,
                _visit_at(v)
                + "\n"
                + pain_text.format(before="-" if b is None else b, after="-" if a is None else a),
            )
        )
    return hits


def plot_goal_progress(
    ax: Any,
    series: GoalSeries,
    theme: Theme = Theme(),
    *,
    by_date: bool = False,
    legend: bool = True,
) -> list[Hit]:
    """Each goal's 0-10 progress across visits, one line per goal, labelled with its words."""
    title = QCoreApplication.translate("Charts", "Progress on each goal")
    lines = [g for g in series.goals if any(v is not None for v in g.values)]
    if not lines:
        return _empty(
            ax,
            theme,
            title,
            QCoreApplication.translate(
                "Charts", "No progress ratings yet: rate each goal 0-10 in the visit."
            ),
        )
    #: A goal's progress rating at a visit, in a tooltip
    rated = QCoreApplication.translate("Charts", "Visit {number}, {date}: {rating}/10")
    xs = _x(series.visits, by_date)
    hits = []
    for index, goal in enumerate(lines):
        colour, marker, style = GOAL_STYLES[index % len(GOAL_STYLES)]
        ax.plot(
            xs,
            _nan(goal.values),
            color=colour,
            marker=marker,
            linestyle=style,
            linewidth=2,
            label=goal.label,
        )
        for i, v in enumerate(series.visits):
            if goal.values[i] is not None:
                hits.append(
                    Hit(
                        _hit_x(v, by_date),
                        float(goal.values[i] or 0),
                        v.visit_id,
                        goal.label
                        + "\n"
                        + rated.format(
                            number=v.number, date=formats.day(v.at), rating=goal.values[i]
                        ),
                    )
                )
    ax.set_ylim(-0.2, 10.4)
    ax.set_yticks(range(0, 11, 2))
    _style(
        ax,
        theme,
        title,
        QCoreApplication.translate("Charts", "Progress (0-10)"),
        _x_label(by_date),
    )
    _xaxis(ax, series.visits, by_date)
    _legend(ax, theme, legend, loc="upper left")
    return hits


def plot_adherence(
    ax: Any,
    series: AdherenceSeries,
    theme: Theme = Theme(),
    *,
    by_date: bool = False,
    legend: bool = True,
) -> list[Hit]:
    """How much of the agreed self-care happened before each visit."""
    title = QCoreApplication.translate("Charts", "Self-care done as agreed")
    if not any(s is not None for s in series.share):
        return _empty(
            ax,
            theme,
            title,
            QCoreApplication.translate(
                "Charts",
                "No self-care reviewed yet: at each visit, ask how the agreed exercises went.",
            ),
        )
    xs = list(range(1, len(series.visits) + 1))
    heights = [0.0 if s is None else s * 100 for s in series.share]
    # One collection of bars rather than a Rectangle artist per visit (Axes.bar): the
    # same picture at a fraction of the drawing cost.
    from matplotlib.collections import PolyCollection  # lazy: only when a chart is drawn

    half = 0.4
    boxes = [
        [(x - half, 0.0), (x - half, h), (x + half, h), (x + half, 0.0)]
        for x, s, h in zip(xs, series.share, heights, strict=True)
        if s is not None
    ]
    bars = PolyCollection(
        boxes,
        facecolors=COLOURS["adherence"],
        edgecolors=theme.foreground,
        linewidths=0.6,
        label=QCoreApplication.translate("Charts", "Share of self-care done"),
    )
    ax.add_collection(bars, autolim=False)
    #: A visit where self-care was not asked about (written up a bar of the chart)
    not_asked = QCoreApplication.translate("Charts", "not asked")
    for x, s in zip(xs, series.share, strict=True):
        if s is None:
            ax.text(
                x,
                3,
                not_asked,
                rotation=90,
                ha="center",
                va="bottom",
                fontsize=theme.font(7),
                color=theme.foreground,
                alpha=0.7,
            )
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_yticklabels([_percent(p) for p in (0, 25, 50, 75, 100)])
    _style(
        ax,
        theme,
        title,
        #: The share of the agreed self-care that was done
        QCoreApplication.translate("Charts", "Done"),
        QCoreApplication.translate("Charts", "Visit"),
        ytick_chars=4,
    )
    step = max(1, math.ceil(len(xs) / 12))  # at most about 12 labels, as on the other charts
    ax.set_xticks(xs[::step])
    if by_date:
        ax.set_xticklabels([formats.day(v.at, "dd MMM") for v in series.visits][::step])
    ax.set_xlim(0.4, len(xs) + 0.6)
    not_asked_about = QCoreApplication.translate("Charts", "Self-care not asked about")
    done_share = QCoreApplication.translate(
        "Charts", "{percent}% of the agreed self-care ({count} strategies)"
    )
    return [
        Hit(
            float(x),
            float(h),
            v.visit_id,
            _visit_at(v)
            + "\n"
            + (
                not_asked_about
                if s is None
                else done_share.format(percent=formats.number(s * 100, 0), count=n)
            ),
        )
        for x, h, s, n, v in zip(
            xs, heights, series.share, series.reviewed, series.visits, strict=True
        )
    ]


# ---------------------------------------------------------------------------- practice overview


def plot_score_distribution(
    ax: Any, overview: Any, theme: Theme = Theme(), *, legend: bool = True
) -> list[Hit]:
    """How patients rated the alliance across the period, with the ceiling called out."""
    title = QCoreApplication.translate("Charts", "Check-in scores ({count} check-ins)").format(
        count=overview.checkins_scored
    )
    if not overview.checkin_scores:
        return _empty(
            ax,
            theme,
            QCoreApplication.translate("Charts", "Alliance check-in scores"),
            QCoreApplication.translate("Charts", "No check-ins in this period yet."),
        )
    bins = [i / 2 for i in range(0, 21)] + [10.01]
    ax.hist(
        overview.checkin_scores,
        bins=bins,
        color=COLOURS["trust"],
        edgecolor=theme.background,
        hatch="//",
        label=QCoreApplication.translate("Charts", "Check-ins"),
    )
    ax.set_xlim(0, 10.3)
    _style(
        ax,
        theme,
        title,
        QCoreApplication.translate("Charts", "Check-ins"),
        QCoreApplication.translate("Charts", "Mean answer (0-10)"),
    )
    share = round(overview.perfect_share * 100)
    ax.text(
        0.02,
        0.95,
        #: Check-ins where every answer was at the top of its scale
        QCoreApplication.translate("Charts", "{count} perfect ({share}%): the ceiling").format(
            count=overview.perfect_checkins, share=share
        ),
        transform=ax.transAxes,
        va="top",
        ha="left",
        color=theme.foreground,
        fontsize=theme.font(9),
    )
    return []


def plot_first_latest(
    ax: Any, overview: Any, theme: Theme = Theme(), *, legend: bool = True
) -> list[Hit]:
    """Each episode's first and latest alliance score in the period, joined by a line."""
    title = QCoreApplication.translate("Charts", "First → latest ({count} episodes)").format(
        count=overview.first_latest_episodes
    )
    if not overview.first_latest:
        return _empty(
            ax,
            theme,
            QCoreApplication.translate("Charts", "First and latest alliance"),
            QCoreApplication.translate(
                "Charts", "No episode has two check-ins in this period yet."
            ),
        )
    from matplotlib.collections import LineCollection  # lazy: only when a chart is drawn

    # One collection per direction, not a line per episode: a large practice has thousands of
    # episodes in a year, and as many line artists took seconds to make and to draw.
    for up in (True, False):
        segments = [
            [(0.0, first), (1.0, latest)]
            for first, latest in overview.first_latest
            if (latest >= first) is up
        ]
        if segments:
            ax.add_collection(
                LineCollection(
                    segments,
                    colors=COLOURS["goal"] if up else COLOURS["bond"],
                    linestyles="-" if up else "--",
                    alpha=0.35,
                    linewidths=1,
                ),
                autolim=False,  # the limits are set below
            )
    ax.plot(
        [0, 1],
        [overview.first_mean, overview.latest_mean],
        color=theme.foreground,
        marker="o",
        linewidth=3,
        label=QCoreApplication.translate("Charts", "Mean: {first} → {latest}").format(
            first=formats.number(overview.first_mean, 1),
            latest=formats.number(overview.latest_mean, 1),
        ),
    )
    ax.set_xticks([0, 1])
    ax.set_xticklabels(
        [
            QCoreApplication.translate("Charts", "First check-in"),
            QCoreApplication.translate("Charts", "Latest check-in"),
        ]
    )
    ax.set_xlim(-0.2, 1.2)
    ax.set_ylim(0, 10.4)
    _style(ax, theme, title, QCoreApplication.translate("Charts", "Alliance (0-10)"), "")
    _legend(ax, theme, legend, loc="lower right")
    return []


def plot_alliance_pain(
    ax: Any, overview: Any, theme: Theme = Theme(), *, legend: bool = True
) -> list[Hit]:
    """Alliance against pain improvement, one point per episode."""
    title = QCoreApplication.translate("Charts", "Alliance and pain ({count} episodes)").format(
        count=overview.alliance_pain_episodes
    )
    if not overview.alliance_pain_points:
        return _empty(
            ax,
            theme,
            QCoreApplication.translate("Charts", "Alliance and pain improvement"),
            QCoreApplication.translate(
                "Charts", "Not enough check-ins and pain scores in this period yet."
            ),
        )
    xs = [x for x, _ in overview.alliance_pain_points]
    ys = [y for _, y in overview.alliance_pain_points]
    ax.scatter(
        xs,
        ys,
        color=COLOURS["trust"],
        marker="o",
        alpha=0.55,
        s=26,
        edgecolors=theme.foreground,
        linewidths=0.4,
        #: One point of the chart: one episode of care
        label=QCoreApplication.translate("Charts", "An episode"),
    )
    ax.axhline(
        2,
        color=COLOURS["goal"],
        linestyle=":",
        linewidth=1.2,
        label=QCoreApplication.translate("Charts", "2 points better (meaningful)"),
    )
    ax.axhline(0, color=theme.grid, linewidth=1)
    _style(
        ax,
        theme,
        title,
        QCoreApplication.translate("Charts", "Pain improvement (points)"),
        QCoreApplication.translate("Charts", "Mean alliance (0-10)"),
    )
    _legend(ax, theme, legend, loc="upper left")
    return []
