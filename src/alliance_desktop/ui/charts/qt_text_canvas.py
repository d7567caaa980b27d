"""A Matplotlib canvas whose words are measured and painted by Qt, not by Agg.

Profiling the Overview showed that laying out and rasterising text with FreeType (tick
labels, titles, legends) took about 70% of every chart's draw. Qt measures and paints short
strings from its own glyph cache in microseconds, so on screen Agg draws the lines, markers
and shapes, records where each piece of text goes (matplotlib still does the layout, with
Qt's font metrics), and the canvas paints the text over the picture with the app's font.

Saving a chart (PNG, SVG, PDF) and everything off screen use matplotlib's own renderers
unchanged, so exported files keep their text as before.

Imported only when the first chart is drawn (it imports matplotlib).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class PlacedText:
    """One run of text as matplotlib placed it: left end of its baseline, in figure pixels
    from the top left (Agg's own orientation), and its angle in degrees."""

    x: float
    y: float
    text: str
    font: QFont
    colour: QColor
    angle: float


_FONTS: dict[tuple[str, int, int, bool], tuple[QFont, QFontMetricsF]] = {}


def qt_font(prop: Any, dpi: float) -> tuple[QFont, QFontMetricsF]:
    """The app's font at the size and weight matplotlib asked for (cached)."""
    family = QApplication.font().family()
    pixels = max(1, round(prop.get_size_in_points() * dpi / 72.0))
    weight = prop.get_weight()
    bold = (weight if isinstance(weight, int) else _WEIGHTS.get(str(weight), 400)) >= 600
    italic = prop.get_style() in ("italic", "oblique")
    key = (family, pixels, 700 if bold else 400, italic)
    cached = _FONTS.get(key)
    if cached is None:
        font = QFont(family)
        font.setPixelSize(pixels)
        font.setBold(bold)
        font.setItalic(italic)
        cached = (font, QFontMetricsF(font))
        _FONTS[key] = cached
    return cached


_WEIGHTS = {
    "ultralight": 200,
    "light": 300,
    "normal": 400,
    "regular": 400,
    "book": 400,
    "medium": 500,
    "roman": 400,
    "semibold": 600,
    "demibold": 600,
    "demi": 600,
    "bold": 700,
    "heavy": 800,
    "extra bold": 800,
    "black": 900,
}


class QtTextRenderer(RendererAgg):
    """Agg for shapes; text is measured with Qt and recorded for the canvas to paint."""

    def __init__(self, width: int, height: int, dpi: float) -> None:
        super().__init__(width, height, dpi)  # type: ignore[no-untyped-call]
        self.placed: list[PlacedText] = []

    def clear(self) -> None:
        super().clear()  # type: ignore[no-untyped-call]
        self.placed = []

    def get_text_width_height_descent(
        self, s: str, prop: Any, ismath: Any
    ) -> tuple[float, float, float]:
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)  # type: ignore[no-untyped-call,no-any-return]
        _font, metrics = qt_font(prop, self.dpi)
        descent = metrics.descent()
        return metrics.horizontalAdvance(s), metrics.ascent() + descent, descent

    def _get_font_height_metrics(self, prop: Any) -> tuple[float, float, float]:
        """Line height from Qt too (matplotlib asks its renderers for this when they can
        answer; otherwise it opens the font file's tables for every piece of text)."""
        _font, metrics = qt_font(prop, self.dpi)
        return metrics.ascent(), metrics.descent(), metrics.leading()

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return
        font, _metrics = qt_font(prop, self.dpi)
        r, g, b, a = gc.get_rgb()
        colour = QColor.fromRgbF(r, g, b, a)
        self.placed.append(PlacedText(float(x), float(y), s, font, colour, float(angle)))


class QtTextCanvas(FigureCanvasQTAgg):
    """FigureCanvasQTAgg that paints the figure's text with Qt, except when saving a file."""

    def __init__(self, figure: Any) -> None:
        super().__init__(figure)  # type: ignore[no-untyped-call]
        self._printing = False
        self._screen_renderer: QtTextRenderer | None = None

    def get_renderer(self) -> Any:
        # Everything but saving a file (drawing, and copying the picture to the screen in
        # paintEvent) must use the same screen renderer: a fresh plain one would be blank.
        if self._printing:
            return super().get_renderer()  # type: ignore[no-untyped-call]
        w, h = self.get_width_height(physical=True)
        dpi = self.figure.dpi
        r = self._screen_renderer
        if r is None or (r.width, r.height, r.dpi) != (w, h, dpi):
            r = self._screen_renderer = QtTextRenderer(w, h, dpi)
        return r

    def print_figure(self, *args: Any, **kwargs: Any) -> Any:
        self._printing = True
        try:
            return super().print_figure(*args, **kwargs)  # type: ignore[no-untyped-call]
        finally:
            self._printing = False
            self._lastKey = None  # the next file gets a renderer of its own size

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[no-untyped-call]
        renderer = getattr(self, "renderer", None)
        if not isinstance(renderer, QtTextRenderer) or not renderer.placed:
            return
        ratio = self.device_pixel_ratio
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.scale(1.0 / ratio, 1.0 / ratio)
            for item in renderer.placed:
                painter.setFont(item.font)
                painter.setPen(item.colour)
                if item.angle:
                    painter.save()
                    painter.translate(item.x, item.y)
                    painter.rotate(-item.angle)
                    painter.drawText(QPointF(0.0, 0.0), item.text)
                    painter.restore()
                else:
                    painter.drawText(QPointF(item.x, item.y), item.text)
        finally:
            painter.end()

    def placed_texts(self) -> list[str]:
        """The words on screen (for tests and accessibility checks)."""
        renderer = getattr(self, "renderer", None)
        if not isinstance(renderer, QtTextRenderer):
            return []
        return [item.text for item in renderer.placed]
