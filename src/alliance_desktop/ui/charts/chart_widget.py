"""One chart on screen: a Matplotlib canvas created on first use, hover, click and save.

matplotlib is imported only when the first chart is drawn, so start-up does not pay for it.
A redraw reuses the same Figure and canvas; only the axes' contents are redrawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QToolTip, QVBoxLayout, QWidget

from alliance_desktop.ui.appearance import text_scale
from alliance_desktop.ui.charts.legend import LegendStrip, legend_entries
from alliance_desktop.ui.charts.plots import Hit, Theme

os.environ.setdefault("QT_API", "pyside6")
HOVER_PIXELS = 14
#: The width of the frame drawn round a chart that has keyboard focus (kept free around it).
FOCUS_FRAME = 3


def save_filters() -> str:
    """The file dialog's filters for a saved chart (the patterns are never translated)."""
    return ";;".join(
        (
            QCoreApplication.translate("ChartWidget", "PNG image") + " (*.png)",
            QCoreApplication.translate("ChartWidget", "SVG drawing") + " (*.svg)",
            QCoreApplication.translate("ChartWidget", "PDF document") + " (*.pdf)",
        )
    )


def _soft_clear(ax: Any) -> None:
    """Remove what was drawn but keep the axes and their tick objects.

    ``Axes.clear()`` throws the ticks away and rebuilding them was the largest cost of a
    redraw; the plot functions set every limit, tick and label again anyway.
    """
    for artist in (*ax.lines, *ax.collections, *ax.patches, *ax.texts, *ax.images):
        artist.remove()
    legend = ax.get_legend()
    if legend is not None:
        legend.remove()
    ax.set_prop_cycle(None)
    ax.relim()


def theme_from(widget: QWidget, scale: float | None = None) -> Theme:
    """Chart colours that follow the widget's light, dark or high-contrast palette, and text
    that follows the chosen text size."""
    if scale is None:
        scale = text_scale()
    palette = widget.palette()
    fg = palette.color(QPalette.ColorRole.WindowText).name()
    bg = palette.color(QPalette.ColorRole.Base).name()
    grid = palette.color(QPalette.ColorRole.Mid).name()
    return Theme(foreground=fg, background=bg, grid=grid, scale=scale)


class ChartWidget(QWidget):
    """Shows the chart drawn by a pure ``plot(ax, series, theme, **options)`` function.

    Signals:
        visit_clicked(int): a point of a visit was clicked.
    """

    visit_clicked = Signal(int)

    def __init__(
        self,
        name: str,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        left_margin: float = 0.1,
    ) -> None:
        super().__init__(parent)
        self._left = left_margin
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setMinimumSize(260, 170)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.figure: Any = None
        self.canvas: Any = None
        self.hits: list[Hit] = []
        self._plot: Callable[..., list[Hit]] | None = None
        self._series: Any = None
        self._options: dict[str, Any] = {}
        self.draw_count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME)
        layout.setSpacing(0)
        self._layout = layout
        self.legend = LegendStrip(self)
        self.legend.setObjectName(name + "Legend")
        #: The accessible name of a chart's legend: the chart's name, then "legend"
        self.legend.setAccessibleName(self.tr("{name}: legend").format(name=accessible_name))
        self.legend.hide()
        layout.addWidget(self.legend)

    # -------------------------------------------------------------- drawing
    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.figure import Figure

        from alliance_desktop.ui.charts.qt_text_canvas import QtTextCanvas

        # Fixed margins, not constrained layout: measuring every label on each redraw cost
        # about 60 ms per chart (see scripts/bench_ui.py).
        self.figure = Figure(figsize=(5, 3), dpi=self.logicalDpiX() or 96)
        self.figure.subplots_adjust(left=self._left, right=0.98, top=0.88, bottom=0.16)
        self.canvas = QtTextCanvas(self.figure)
        self.canvas.setObjectName(self.objectName() + "Canvas")
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self._layout.insertWidget(0, self.canvas, 1)

    # -------------------------------------------------------------- keyboard focus
    def paintEvent(self, event: QPaintEvent) -> None:
        """A frame in the highlight colour round the chart while it has keyboard focus."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_FRAME // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        # A new text size or palette (Preferences, or the system's dark mode) redraws the chart.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and (
            self.figure is not None
        ):
            self.redraw()
        super().changeEvent(event)

    def show_series(self, plot: Callable[..., list[Hit]], series: Any, **options: Any) -> None:
        """Draw ``series`` with ``plot`` into the existing figure (created on first use)."""
        self._plot, self._series, self._options = plot, series, options
        self.redraw()

    def redraw(self) -> None:
        if self._plot is None:
            return
        self._ensure_canvas()
        theme = theme_from(self)
        self.figure.set_facecolor(theme.background)
        if self.figure.axes:
            ax = self.figure.axes[0]
            _soft_clear(ax)
        else:
            ax = self.figure.add_subplot(111)
        self.hits = self._plot(ax, self._series, theme, legend=False, **self._options)
        self.legend.set_entries(legend_entries(ax))
        self.draw_count += 1
        self.canvas.draw_idle()

    @property
    def axes(self) -> Any:
        return self.figure.axes[0] if self.figure is not None and self.figure.axes else None

    # -------------------------------------------------------------- pointing
    def hit_at(self, x: float, y: float) -> Hit | None:
        """The point nearest to a display position (pixels from the bottom left), if close."""
        ax = self.axes
        if ax is None or not self.hits:
            return None
        best, best_distance = None, float(HOVER_PIXELS)
        for hit in self.hits:
            px, py = ax.transData.transform((hit.x, hit.y))
            distance = ((px - x) ** 2 + (py - y) ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = hit, distance
        return best

    def display_position(self, hit: Hit) -> tuple[float, float]:
        """Where a point is drawn, in display pixels (for tests and keyboard users)."""
        px, py = self.axes.transData.transform((hit.x, hit.y))
        return float(px), float(py)

    def _on_motion(self, event: Any) -> None:
        hit = self.hit_at(event.x, event.y) if event.inaxes else None
        if hit is None:
            QToolTip.hideText()
            return
        height = self.canvas.height()
        pos = self.canvas.mapToGlobal(QPoint(int(event.x), int(height - event.y)))
        QToolTip.showText(pos, hit.text, self.canvas)

    def _on_press(self, event: Any) -> None:
        if getattr(event, "button", None) != 1:
            return
        hit = self.hit_at(event.x, event.y)
        if hit is not None:
            self.visit_clicked.emit(hit.visit_id)

    # -------------------------------------------------------------- saving
    #: tests replace this to pick a file without a real file dialog
    choose_save_path: Callable[[QWidget, str], str] = staticmethod(
        lambda parent, suggested: QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ChartWidget", "Save chart"),
            suggested,
            save_filters(),
        )[0]
    )

    def save_to(self, path: Path) -> Path:
        """Write the chart as PNG, SVG or PDF (from the file's extension; PNG if none)."""
        if self.figure is None:
            raise ValueError("nothing is drawn yet")
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix(".png")
        ax = self.axes
        if self._plot is not None and ax is not None:  # a saved file carries its own legend
            _soft_clear(ax)
            self._plot(ax, self._series, theme_from(self), legend=True, **self._options)
        try:
            self.figure.savefig(
                path,
                dpi=200 if path.suffix.lower() == ".png" else "figure",
                facecolor=self.figure.get_facecolor(),
            )
        finally:
            self.redraw()  # the screen picture again: legend beside it, Qt-painted text
        return path

    def save_as(self) -> Path | None:
        if self.figure is None:
            return None
        path = self.choose_save_path(self, self.accessibleName().replace(" ", "-").lower())
        return self.save_to(Path(path)) if path else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        action = QAction(self.tr("Save chart as PNG, SVG or PDF…"), menu)
        action.triggered.connect(self.save_as)
        action.setEnabled(self.figure is not None)
        menu.addAction(action)
        menu.exec(event.globalPos())
