"""The legend of an on-screen chart, as a Qt strip under the plot.

Inside the axes a legend hid points (on short episodes it sat on the strain and repair
marks) and laying it out cost about a tenth of a chart's draw. The strip shows the same
entries (colour, line style and marker, so nothing depends on colour alone) and wraps to
the width it is given. Saved files and reports keep matplotlib's own legend.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ICON_WIDTH = 26
ICON_GAP = 4
ITEM_GAP = 14
_PEN_STYLES = {
    "-": Qt.PenStyle.SolidLine,
    "solid": Qt.PenStyle.SolidLine,
    "--": Qt.PenStyle.DashLine,
    "dashed": Qt.PenStyle.DashLine,
    "-.": Qt.PenStyle.DashDotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    ":": Qt.PenStyle.DotLine,
    "dotted": Qt.PenStyle.DotLine,
}


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """How one series looks: a line (style, width), a marker outline, or a filled box."""

    label: str
    colour: QColor
    line_style: Qt.PenStyle = Qt.PenStyle.NoPen
    line_width: float = 1.5
    marker: QPainterPath | None = None
    marker_face: QColor | None = None
    marker_edge: QColor | None = None
    box: bool = False
    hatch: bool = False


def _qcolour(rgba: Any) -> QColor:
    from matplotlib.colors import to_rgba  # lazy: charts only

    r, g, b, a = to_rgba(rgba)
    return QColor.fromRgbF(r, g, b, a)


def _qpath(path: Any) -> QPainterPath:
    """A matplotlib path (unit marker coordinates, y up) as a Qt path (y down)."""
    from matplotlib.path import Path

    out = QPainterPath()
    for vertices, code in path.iter_segments(curves=True, simplify=False):
        pts = [QPointF(vertices[i], -vertices[i + 1]) for i in range(0, len(vertices), 2)]
        if code == Path.MOVETO:
            out.moveTo(pts[0])
        elif code == Path.LINETO:
            out.lineTo(pts[0])
        elif code == Path.CURVE3:
            out.quadTo(pts[0], pts[1])
        elif code == Path.CURVE4:
            out.cubicTo(pts[0], pts[1], pts[2])
        elif code == Path.CLOSEPOLY:
            out.closeSubpath()
    return out


def legend_entries(ax: Any) -> list[LegendEntry]:
    """The labelled series of an axes, described for the Qt legend strip."""
    from matplotlib.collections import PathCollection, PolyCollection
    from matplotlib.lines import Line2D
    from matplotlib.markers import MarkerStyle
    from matplotlib.patches import Patch

    entries: list[LegendEntry] = []
    handles, labels = ax.get_legend_handles_labels()
    for handle, label in zip(handles, labels, strict=True):
        if isinstance(handle, Line2D):
            marker = None
            face = edge = None
            if handle.get_marker() not in (None, "None", "", " "):
                style = MarkerStyle(handle.get_marker(), handle.get_fillstyle())
                marker = _qpath(style.get_path().transformed(style.get_transform()))
                face_value = handle.get_markerfacecolor()
                face = None if str(face_value).lower() == "none" else _qcolour(face_value)
                edge = _qcolour(handle.get_markeredgecolor())
            entries.append(
                LegendEntry(
                    label,
                    _qcolour(handle.get_color()),
                    _PEN_STYLES.get(str(handle.get_linestyle()), Qt.PenStyle.NoPen),
                    float(handle.get_linewidth()),
                    marker,
                    face,
                    edge,
                )
            )
        elif isinstance(handle, PathCollection):
            face = _qcolour(handle.get_facecolor()[0]) if len(handle.get_facecolor()) else None
            edges = handle.get_edgecolor()
            edge = _qcolour(edges[0]) if len(edges) else face
            colour = face or edge or QColor("black")
            entries.append(
                LegendEntry(
                    label,
                    colour,
                    marker=_qpath(handle.get_paths()[0]),
                    marker_face=face,
                    marker_edge=edge,
                )
            )
        elif isinstance(handle, PolyCollection | Patch):
            faces: Any = handle.get_facecolor()
            face_rgba: Any = faces if isinstance(handle, Patch) else faces[0]
            edge_list: Any = handle.get_edgecolor()
            edge_rgba: Any = (
                edge_list
                if isinstance(handle, Patch)
                else (edge_list[0] if len(edge_list) else face_rgba)
            )
            entries.append(
                LegendEntry(
                    label,
                    _qcolour(face_rgba),
                    marker_edge=_qcolour(edge_rgba),
                    box=True,
                    hatch=bool(handle.get_hatch()),
                )
            )
    return entries


class LegendStrip(QWidget):
    """Legend entries in rows that wrap to the widget's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        self.setAccessibleName(self.tr("Legend"))
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        if entries == self.entries:
            return
        self.entries = entries
        self.setAccessibleDescription("; ".join(e.label for e in entries))
        self.setVisible(bool(entries))
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        return [e.label for e in self.entries]

    # ---------------------------------------------------------------- layout
    def _row_height(self) -> int:
        return max(self.fontMetrics().height(), 14) + 2

    def _places(self, width: int) -> list[tuple[LegendEntry, QRectF]]:
        metrics = self.fontMetrics()
        x, y, row = 4.0, 1.0, self._row_height()
        places = []
        for entry in self.entries:
            w = ICON_WIDTH + ICON_GAP + metrics.horizontalAdvance(entry.label)
            if x > 4 and x + w > width - 4:
                x, y = 4.0, y + row
            places.append((entry, QRectF(x, y, w, row)))
            x += w + ITEM_GAP
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        return int(places[-1][1].bottom() + 2) if places else 0

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(max(self.width(), 300)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._row_height() if self.entries else 0)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), self.palette().base())  # the chart's own background
        text_colour = self.palette().windowText().color()
        for entry, rect in self._places(self.width()):
            icon = QRectF(rect.left(), rect.top(), ICON_WIDTH, rect.height())
            self._paint_icon(painter, entry, icon)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(icon.right() + ICON_GAP, rect.top(), rect.width(), rect.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                entry.label,
            )
        painter.end()

    @staticmethod
    def _paint_icon(painter: QPainter, entry: LegendEntry, icon: QRectF) -> None:
        mid = icon.center()
        if entry.box:
            box = QRectF(icon.left() + 2, mid.y() - 5, icon.width() - 4, 10)
            painter.setPen(QPen(entry.marker_edge or entry.colour, 0.8))
            painter.setBrush(QBrush(entry.colour))
            painter.drawRect(box)
            if entry.hatch:
                painter.setBrush(
                    QBrush(entry.marker_edge or entry.colour, Qt.BrushStyle.BDiagPattern)
                )
                painter.drawRect(box)
            return
        if entry.line_style != Qt.PenStyle.NoPen:
            pen = QPen(entry.colour, max(1.0, entry.line_width))
            pen.setStyle(entry.line_style)
            painter.setPen(pen)
            painter.drawLine(QPointF(icon.left(), mid.y()), QPointF(icon.right(), mid.y()))
        if entry.marker is not None:
            painter.save()
            painter.translate(mid)
            painter.scale(9.0, 9.0)
            pen = QPen(entry.marker_edge or entry.colour, 1.4 / 9.0)
            painter.setPen(pen)
            painter.setBrush(
                QBrush(entry.marker_face)
                if entry.marker_face is not None
                else Qt.BrushStyle.NoBrush
            )
            painter.drawPath(entry.marker)
            painter.restore()
