"""Charts for printed reports: the app's pure plot functions drawn into a matplotlib ``Figure``
and saved as SVG, so the PDF holds vector paths and real text rather than a picture.

matplotlib is imported only when a chart is made. Text is written as SVG ``<text>``
(``svg.fonttype = "none"``): Qt's SVG renderer does not follow matplotlib's glyph outlines, and
real text stays sharp and searchable in the PDF. Hatch fills are dropped (Qt would paint them
as a raster texture). Those settings live in matplotlib's global
``rcParams``, so chart making is serialised by a lock (reports run in worker threads).
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable
from typing import Any

from alliance_desktop.services.charts import AllianceSeries, GoalSeries, OutcomeSeries
from alliance_desktop.ui.charts.plots import (
    Theme,
    plot_alliance_pain,
    plot_first_latest,
    plot_goal_progress,
    plot_outcomes,
    plot_score_distribution,
    plot_trust_bond,
)

os.environ.setdefault("QT_API", "pyside6")

#: Width and height of a full-width report chart, in inches (the page scales it to fit).
WIDTH_IN = 6.8
HEIGHT_IN = 3.1
REPORT_THEME = Theme(foreground="#1f1f1f", background="#ffffff", grid="#d0d0d0", scale=1.0)
_RC: Any = {
    "svg.fonttype": "none",
    "svg.hashsalt": "alliance-desktop-report",  # stable ids: the same chart, the same bytes
    "font.family": "sans-serif",
}
_LOCK = threading.Lock()
#: A ``<path>`` without path data (matplotlib writes one for an empty line collection); Qt's
#: SVG renderer warns about each, so they are dropped.
_EMPTY_PATH = re.compile(rb"<path\b(?![^>]*\sd=)[^>]*/>\s*")


def figure_svg(
    draw: Callable[[Any], object], *, width_in: float = WIDTH_IN, height_in: float = HEIGHT_IN
) -> bytes:
    """Draw on a fresh ``Figure``'s one Axes with ``draw(ax)`` and return the SVG bytes."""
    import matplotlib
    from matplotlib.figure import Figure

    with _LOCK, matplotlib.rc_context(_RC):
        figure = Figure(figsize=(width_in, height_in), layout="constrained")
        figure.set_facecolor(REPORT_THEME.background)
        ax = figure.add_subplot(111)
        draw(ax)
        _drop_hatching(ax)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _EMPTY_PATH.sub(b"", buffer.getvalue())


def _drop_hatching(ax: Any) -> None:
    """Remove hatch fills: SVG writes them as ``<pattern>``, which Qt's SVG renderer paints as
    a raster texture (a JPEG in the PDF). The hatched charts are single-series bars, told apart
    without it."""
    for artist in (*ax.patches, *ax.collections):
        if artist.get_hatch():
            artist.set_hatch(None)


def aspect(width_in: float = WIDTH_IN, height_in: float = HEIGHT_IN) -> float:
    return height_in / width_in


def alliance_svg(series: AllianceSeries) -> bytes:
    """The patient's own ratings across visits (trust, bond, goals, way of working)."""
    return figure_svg(lambda ax: plot_trust_bond(ax, series, REPORT_THEME, show_goal_task=True))


def pain_svg(series: OutcomeSeries) -> bytes:
    return figure_svg(lambda ax: plot_outcomes(ax, series, REPORT_THEME))


def goals_svg(series: GoalSeries) -> bytes:
    return figure_svg(lambda ax: plot_goal_progress(ax, series, REPORT_THEME))


def score_distribution_svg(figures: object) -> bytes:
    return figure_svg(lambda ax: plot_score_distribution(ax, figures, REPORT_THEME))


def first_latest_svg(figures: object) -> bytes:
    return figure_svg(lambda ax: plot_first_latest(ax, figures, REPORT_THEME))


def alliance_pain_svg(figures: object) -> bytes:
    return figure_svg(lambda ax: plot_alliance_pain(ax, figures, REPORT_THEME))
