"""A small paged document: blocks in, A4 pages out, painted the same way on every device.

Build a :class:`Document` from blocks (headings, paragraphs, tables, charts as SVG, a ruled
writing area, page breaks), lay it out once with :func:`layout`, then paint the pages onto a
``QPdfWriter`` (:func:`pdf_bytes`, :func:`write_pdf`), onto ``QImage`` previews
(:func:`page_images`) or onto a ``QPrinter`` (:func:`print_pages`). Every device gets the same
layout, so the preview shows exactly the pages the PDF holds.

Layout units are tenths of a point (720 per inch); fonts are sized in those units, so the text
layout does not depend on any screen's resolution. Text goes through ``QTextLayout`` (word
wrap; always plain text, never HTML, so a goal typed with ``<b>`` stays literal). A
table row and a chart never split across pages; a table's header repeats on the next page; a
heading stays with what follows it. Charts are SVG painted by ``QSvgRenderer``, so they stay
vector in the PDF.

Nothing here touches the database or matplotlib, and everything is safe to run in a worker
thread: ``QImage``, ``QTextLayout`` and ``QPainter`` are not QObjects, and the QObjects made
here (``QPdfWriter``, ``QSvgRenderer``) are never connected to anything.

The words this module paints itself (the running footer and page numbers) go through
``QCoreApplication.translate``, which is safe in a worker thread. The markers of the text dump
(``LaidOut.text``: "(continued)", "[Chart]", "[Space to write: …]") are never painted and stay
English: tests and tools read them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from alliance_desktop import APP_NAME
from alliance_desktop.ui import formats

#: Layout units per inch: a tenth of a point.
UNITS_PER_INCH = 720
PT = 10.0  # layout units per point
MM = UNITS_PER_INCH / 25.4

PAGE_WIDTH = 595.0 * PT  # A4
PAGE_HEIGHT = 842.0 * PT
MARGIN_LEFT = 20 * MM
MARGIN_RIGHT = 20 * MM
MARGIN_TOP = 24 * MM  # the running header sits in the top margin
MARGIN_BOTTOM = 20 * MM  # the page numbers sit in the bottom margin
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_TOP = MARGIN_TOP
CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM

INK = QColor("#1f1f1f")
MUTED = QColor("#5a5a5a")
ACCENT = QColor("#0b5394")
RULE = QColor("#b8b8b8")
HEADER_FILL = QColor("#eef2f6")
TOTAL_FILL = QColor("#f5f5f5")

CELL_PAD = 3.5 * PT
BODY = 10.0  # point sizes
SMALL = 8.5
TABLE = 9.0


# ============================================================================ blocks


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 2  # 1 title, 2 section, 3 sub-section


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    style: str = "body"  # body | small | muted | bold | italic


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    style: str = "body"


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of plain-text cells; ``widths`` are shares of the content width."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    header: bool = True
    #: indexes of rows drawn as totals (bold, shaded)
    total_rows: frozenset[int] = frozenset()
    #: first column bold (key-value tables)
    key_column: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A vector chart: SVG bytes, drawn at ``width`` share of the content width."""

    svg: bytes
    aspect: float  # height / width
    caption: str
    width: float = 1.0


@dataclass(frozen=True, slots=True)
class WritingArea:
    """A ruled blank area to write in by hand, with a prompt above it."""

    prompt: str
    lines: int = 8


@dataclass(frozen=True, slots=True)
class Keep:
    """Blocks kept on one page (a heading, its explanation and its chart), unless together
    they are taller than a page."""

    blocks: tuple[Heading | Paragraph | Bullets | Table | Chart | WritingArea, ...]


@dataclass(frozen=True, slots=True)
class Spacer:
    points: float


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | Table | Chart | WritingArea | Keep | Spacer | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    """A report: its running header and footer, and its blocks in order."""

    title: str
    practice_name: str
    blocks: tuple[Block, ...]
    generated_on: dt.date = field(default_factory=dt.date.today)
    footer_note: str = ""
    author: str = ""


# ============================================================================ text


def _font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(points * PT)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


_STYLES: dict[str, tuple[float, bool, bool, QColor]] = {
    "body": (BODY, False, False, INK),
    "small": (SMALL, False, False, INK),
    "muted": (SMALL, False, False, MUTED),
    "bold": (BODY, True, False, INK),
    "italic": (BODY, False, True, INK),
    "h1": (18.0, True, False, INK),
    "h2": (13.0, True, False, ACCENT),
    "h3": (10.5, True, False, INK),
    "cell": (TABLE, False, False, INK),
    "cell_bold": (TABLE, True, False, INK),
}


@dataclass(frozen=True, slots=True)
class _Line:
    top: float
    bottom: float
    text: str
    layout: QTextLayout
    index: int  # the line's index in its layout


#: Line height as a share of the font's natural line height.
LINE_SPACING = 1.18


class TextBox:
    """Plain text laid out at a width (word wrap), with its lines for page breaking.

    Built on ``QTextLayout``, which is not a QObject: laying text out in a worker thread makes
    no signal connections, so it cannot deadlock against the UI thread (a ``QTextDocument``
    connects signals when its layout is created, taking Qt's signal-slot locks while the
    worker holds Python's GIL).
    """

    def __init__(
        self,
        text: str,
        width: float,
        style: str = "body",
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        indent: float = 0.0,
        first_line_indent: float = 0.0,
    ) -> None:
        points, bold, italic, colour = _STYLES[style]
        self.font = _font(points, bold=bold, italic=italic)
        self.colour = colour
        self.width = width
        self.text = text
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(align)
        self.layouts: list[QTextLayout] = []
        self.lines: list[_Line] = []
        y = 0.0
        first = True
        for paragraph in (text or "").replace("\r\n", "\n").split("\n"):
            layout = QTextLayout(paragraph, self.font)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                x = indent + (first_line_indent if first else 0.0)
                first = False
                line.setLineWidth(max(1.0, width - x))
                line.setPosition(QPointF(x, y))
                step = line.height() * LINE_SPACING
                start = line.textStart()
                shown = paragraph[start : start + line.textLength()].rstrip()
                self.lines.append(_Line(y, y + step, shown, layout, line.lineNumber()))
                y += step
            layout.endLayout()
            self.layouts.append(layout)
        self.height = y

    def paint(self, painter: QPainter, x: float, y: float, top: float, bottom: float) -> None:
        """Draw the lines from ``top`` to ``bottom`` (its own coordinates) at x, y."""
        painter.save()
        painter.setPen(self.colour)
        painter.setFont(self.font)
        origin = QPointF(x, y - top)
        for line in self.lines:
            if top <= line.top < bottom:
                line.layout.lineAt(line.index).draw(painter, origin)
        painter.restore()


# ============================================================================ pages


class _Op:
    def paint(self, painter: QPainter) -> None:
        raise NotImplementedError


@dataclass(slots=True)
class _TextOp(_Op):
    box: TextBox
    x: float
    y: float
    top: float
    bottom: float

    def paint(self, painter: QPainter) -> None:
        self.box.paint(painter, self.x, self.y, self.top, self.bottom)


@dataclass(slots=True)
class _RectOp(_Op):
    rect: QRectF
    fill: QColor | None
    line: QColor | None = None

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.setPen(QPen(self.line, 0.6 * PT) if self.line else Qt.PenStyle.NoPen)
        painter.setBrush(self.fill if self.fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect)
        painter.restore()


@dataclass(slots=True)
class _LineOp(_Op):
    start: QPointF
    end: QPointF
    colour: QColor
    width: float = 0.6 * PT

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.setPen(QPen(self.colour, self.width))
        painter.drawLine(self.start, self.end)
        painter.restore()


@dataclass(slots=True)
class _SvgOp(_Op):
    svg: bytes
    rect: QRectF

    def paint(self, painter: QPainter) -> None:
        renderer = QSvgRenderer(QByteArray(self.svg))
        painter.save()
        renderer.render(painter, self.rect)
        painter.restore()


@dataclass(slots=True)
class Page:
    ops: list[_Op] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    charts: int = 0


@dataclass(slots=True)
class LaidOut:
    """A document laid out on A4 pages, ready to paint on any device."""

    document: Document
    pages: list[Page]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def text(self) -> str:
        """Everything the pages say, page by page (header and footer included)."""
        out = []
        for number, page in enumerate(self.pages, start=1):
            out.append(self._header_text(number))
            out += page.texts
        return "\n".join(out)

    def _header_text(self, number: int) -> str:
        d = self.document
        return f"{d.practice_name} · {d.title}\n{_footer_left(d)} · " + _page_of(
            number, self.page_count
        )

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint one page in layout units (the caller has scaled the painter)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _paint_running(painter, self.document, index + 1, self.page_count)
        for op in self.pages[index].ops:
            op.paint(painter)
        painter.restore()


def _page_of(number: int, total: int) -> str:
    return QCoreApplication.translate("ReportDocument", "Page {number} of {total}").format(
        number=number, total=total
    )


def _footer_left(d: Document) -> str:
    #: The day the report was made
    prepared = QCoreApplication.translate("ReportDocument", "Prepared {date}")
    parts = [prepared.format(date=formats.day(d.generated_on, "d MMM yyyy"))]
    if d.author:
        parts.append(d.author)
    if d.footer_note:
        parts.append(d.footer_note)
    return " · ".join(parts)


def _paint_running(painter: QPainter, d: Document, number: int, total: int) -> None:
    """The header (practice name, report title, a rule) and footer (note, page n of m)."""
    painter.save()
    y = MARGIN_TOP - 9 * MM
    painter.setPen(INK)
    painter.setFont(_font(9.5, bold=True))
    box = QRectF(MARGIN_LEFT, y - 6 * MM, CONTENT_WIDTH * 0.62, 6 * MM)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    painter.drawText(box, int(flags), d.practice_name)
    painter.setFont(_font(9))
    painter.setPen(MUTED)
    box = QRectF(MARGIN_LEFT + CONTENT_WIDTH * 0.5, y - 6 * MM, CONTENT_WIDTH * 0.5, 6 * MM)
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    painter.drawText(box, int(flags), d.title)
    painter.setPen(QPen(RULE, 0.8 * PT))
    painter.drawLine(
        QPointF(MARGIN_LEFT, y + 1.5 * MM), QPointF(PAGE_WIDTH - MARGIN_RIGHT, y + 1.5 * MM)
    )
    bottom = PAGE_HEIGHT - MARGIN_BOTTOM + 8 * MM
    painter.setPen(QPen(RULE, 0.6 * PT))
    painter.drawLine(
        QPointF(MARGIN_LEFT, bottom - 5 * MM), QPointF(PAGE_WIDTH - MARGIN_RIGHT, bottom - 5 * MM)
    )
    painter.setPen(MUTED)
    painter.setFont(_font(8))
    box = QRectF(MARGIN_LEFT, bottom - 4 * MM, CONTENT_WIDTH * 0.78, 5 * MM)
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), _footer_left(d)
    )
    box = QRectF(MARGIN_LEFT + CONTENT_WIDTH * 0.7, bottom - 4 * MM, CONTENT_WIDTH * 0.3, 5 * MM)
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        _page_of(number, total),
    )
    painter.restore()


# ============================================================================ layout


class _Flow:
    """Places blocks top to bottom, starting a new page when the next piece does not fit."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page()]
        self.y = CONTENT_TOP
        self.fresh = True  # nothing placed on this page yet

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def room(self) -> float:
        return CONTENT_BOTTOM - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = CONTENT_TOP
        self.fresh = True

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits (a fresh page always takes it)."""
        if height > self.room and not self.fresh:
            self.new_page()

    def skip(self, height: float) -> None:
        if not self.fresh:
            self.y += height

    def place_text(self, box: TextBox, x: float = MARGIN_LEFT) -> None:
        """Place text, breaking it between lines where the page ends."""
        lines = box.lines
        i = 0
        while i < len(lines):
            start_top = lines[i].top
            j = i
            while j < len(lines) and lines[j].bottom - start_top <= self.room:
                j += 1
            if j == i:  # not even one line fits
                if self.fresh:
                    j = i + 1  # a line taller than a page: place it anyway
                else:
                    self.new_page()
                    continue
            bottom = lines[j - 1].bottom
            self.page.ops.append(_TextOp(box, x, self.y, start_top, bottom))
            self.page.texts += [line.text for line in lines[i:j]]
            self.y += bottom - start_top
            self.fresh = False
            i = j
            if i < len(lines):
                self.new_page()


def _heading_box(block: Heading) -> TextBox:
    return TextBox(block.text, CONTENT_WIDTH, {1: "h1", 2: "h2"}.get(block.level, "h3"))


def _space_before(block: Block) -> float:
    if isinstance(block, Keep):
        return _space_before(block.blocks[0]) if block.blocks else 0.0
    if isinstance(block, Spacer | PageBreak):
        return 0.0
    if isinstance(block, Heading):
        return {1: 0.0, 2: 14 * PT}.get(block.level, 9 * PT)
    if isinstance(block, Chart | Table | WritingArea):
        return 6 * PT
    return 4 * PT


def _first_piece_height(block: Block) -> float:
    """Height of what must stay on the page with a heading above it."""
    if isinstance(block, Paragraph):
        box = TextBox(block.text, CONTENT_WIDTH, block.style)
        return box.lines[min(1, len(box.lines) - 1)].bottom if box.lines else 0.0
    if isinstance(block, Bullets):
        return _bullet_box(block.items[0], block.style).height if block.items else 0.0
    if isinstance(block, Table):
        return sum(r.height for r in _table_rows(block, limit=1))
    if isinstance(block, Chart):
        return CONTENT_WIDTH * block.width * block.aspect
    if isinstance(block, WritingArea):
        return 40 * PT
    return 0.0


@dataclass(slots=True)
class _Row:
    boxes: list[TextBox]
    height: float
    kind: str  # header | body | total


def _column_widths(table: Table) -> list[float]:
    n = len(table.columns)
    shares = list(table.widths) if len(table.widths) == n else [1.0] * n
    total = sum(shares)
    return [CONTENT_WIDTH * s / total for s in shares]


def _table_rows(table: Table, limit: int | None = None) -> list[_Row]:
    widths = _column_widths(table)
    rows: list[_Row] = []
    if table.header:
        rows.append(_make_row(table.columns, widths, "header", table.key_column))
    for index, cells in enumerate(table.rows[:limit]):
        kind = "total" if index in table.total_rows else "body"
        rows.append(_make_row(cells, widths, kind, table.key_column))
    return rows


def _make_row(cells: Sequence[str], widths: list[float], kind: str, key_column: bool) -> _Row:
    boxes = []
    for col, width in enumerate(widths):
        text = cells[col] if col < len(cells) else ""
        bold = kind in ("header", "total") or (key_column and col == 0)
        boxes.append(TextBox(text, width - 2 * CELL_PAD, "cell_bold" if bold else "cell"))
    height = max((b.height for b in boxes), default=0.0) + 2 * CELL_PAD
    return _Row(boxes, height, kind)


def _place_row(flow: _Flow, row: _Row, widths: list[float]) -> None:
    x = MARGIN_LEFT
    rect = QRectF(MARGIN_LEFT, flow.y, CONTENT_WIDTH, row.height)
    fill = {"header": HEADER_FILL, "total": TOTAL_FILL}.get(row.kind)
    if fill is not None:
        flow.page.ops.append(_RectOp(rect, fill))
    for box, width in zip(row.boxes, widths, strict=True):
        flow.page.ops.append(_TextOp(box, x + CELL_PAD, flow.y + CELL_PAD, 0.0, box.height))
        x += width
    bottom = flow.y + row.height
    colour = INK if row.kind == "header" else RULE
    flow.page.ops.append(
        _LineOp(QPointF(MARGIN_LEFT, bottom), QPointF(MARGIN_LEFT + CONTENT_WIDTH, bottom), colour)
    )
    flow.page.texts.append(" | ".join(b.text for b in row.boxes))
    flow.y = bottom
    flow.fresh = False


def _place_table(flow: _Flow, table: Table) -> None:
    rows = _table_rows(table)
    widths = _column_widths(table)
    header = rows[0] if table.header else None
    body = rows[1:] if table.header else rows
    first = body[0].height if body else 0.0
    flow.ensure((header.height if header else 0.0) + first)
    top = flow.y
    if header:
        _place_row(flow, header, widths)
        top_line = _LineOp(
            QPointF(MARGIN_LEFT, top), QPointF(MARGIN_LEFT + CONTENT_WIDTH, top), INK
        )
        flow.page.ops.append(top_line)
    for row in body:
        if row.height > flow.room and not flow.fresh:
            flow.new_page()  # a row never splits: it moves whole to the next page
            if header:
                flow.page.texts.append("(continued)")
                top = flow.y
                _place_row(flow, header, widths)
                flow.page.ops.append(
                    _LineOp(
                        QPointF(MARGIN_LEFT, top), QPointF(MARGIN_LEFT + CONTENT_WIDTH, top), INK
                    )
                )
        _place_row(flow, row, widths)


def _place_chart(flow: _Flow, chart: Chart) -> None:
    width = CONTENT_WIDTH * chart.width
    height = width * chart.aspect
    caption = TextBox(chart.caption, CONTENT_WIDTH, "muted") if chart.caption else None
    flow.ensure(height + (caption.lines[0].bottom if caption and caption.lines else 0.0))
    x = MARGIN_LEFT + (CONTENT_WIDTH - width) / 2
    flow.page.ops.append(_SvgOp(chart.svg, QRectF(x, flow.y, width, height)))
    flow.page.texts.append("[Chart]")
    flow.page.charts += 1
    flow.y += height
    flow.fresh = False
    if caption is not None:
        flow.y += 2 * PT
        flow.place_text(caption)


def _place_writing_area(flow: _Flow, area: WritingArea) -> None:
    prompt = TextBox(area.prompt, CONTENT_WIDTH, "muted")
    gap = 9 * MM
    whole = prompt.height + area.lines * gap + 2 * PT
    flow.ensure(whole if whole <= CONTENT_BOTTOM - CONTENT_TOP else prompt.height + 3 * gap)
    flow.place_text(prompt)
    lines = area.lines
    while lines > 0:
        fits = max(0, int((flow.room - 2 * PT) // gap))
        if fits == 0:
            flow.new_page()
            continue
        count = min(lines, fits)
        top = flow.y
        rect = QRectF(MARGIN_LEFT, top, CONTENT_WIDTH, count * gap + 2 * PT)
        flow.page.ops.append(_RectOp(rect, None, RULE))
        for k in range(1, count + 1):
            y = top + k * gap
            flow.page.ops.append(
                _LineOp(
                    QPointF(MARGIN_LEFT + 3 * MM, y),
                    QPointF(MARGIN_LEFT + CONTENT_WIDTH - 3 * MM, y),
                    RULE,
                    0.4 * PT,
                )
            )
        flow.page.texts.append(f"[Space to write: {count} lines]")
        flow.y = top + count * gap + 2 * PT
        flow.fresh = False
        lines -= count
        if lines:
            flow.new_page()


def _block_height(block: Block) -> float:
    """The height a block takes on a page, its space before included."""
    if isinstance(block, Heading):
        return _space_before(block) + _heading_box(block).height + 2 * PT
    if isinstance(block, Paragraph):
        return _space_before(block) + TextBox(block.text, CONTENT_WIDTH, block.style).height
    if isinstance(block, Bullets):
        return sum(_bullet_box(item, block.style).height + 1.5 * PT for item in block.items)
    if isinstance(block, Table):
        return _space_before(block) + sum(r.height for r in _table_rows(block))
    if isinstance(block, Chart):
        caption = TextBox(block.caption, CONTENT_WIDTH, "muted").height if block.caption else 0
        return _space_before(block) + CONTENT_WIDTH * block.width * block.aspect + caption
    if isinstance(block, WritingArea):
        prompt = TextBox(block.prompt, CONTENT_WIDTH, "muted").height
        return _space_before(block) + prompt + block.lines * 9 * MM
    if isinstance(block, Keep):
        return sum(_block_height(b) for b in block.blocks)
    if isinstance(block, Spacer):
        return block.points * PT
    return 0.0


def _bullet_box(item: str, style: str) -> TextBox:
    return TextBox(
        "•\u2002" + item, CONTENT_WIDTH, style, indent=5 * MM, first_line_indent=-3.5 * MM
    )


def _place(flow: _Flow, block: Block, following: Block | None) -> None:
    if isinstance(block, PageBreak):
        if not flow.fresh:
            flow.new_page()
        return
    if isinstance(block, Spacer):
        flow.skip(block.points * PT)
        return
    if isinstance(block, Keep):
        flow.ensure(_block_height(block) - (_space_before(block.blocks[0]) if block.blocks else 0))
        for index, child in enumerate(block.blocks):
            nxt = block.blocks[index + 1] if index + 1 < len(block.blocks) else following
            _place(flow, child, nxt)
        return
    flow.skip(_space_before(block))
    if isinstance(block, Heading):
        box = _heading_box(block)
        keep = 0.0
        if following is not None and not isinstance(following, PageBreak | Heading | Keep):
            keep = _space_before(following) + _first_piece_height(following)
        flow.ensure(box.height + keep)
        flow.place_text(box)
        if block.level <= 2:
            flow.y += 2 * PT
    elif isinstance(block, Paragraph):
        flow.place_text(TextBox(block.text, CONTENT_WIDTH, block.style))
    elif isinstance(block, Bullets):
        for item in block.items:
            flow.place_text(_bullet_box(item, block.style))
            flow.y += 1.5 * PT
    elif isinstance(block, Table):
        _place_table(flow, block)
    elif isinstance(block, Chart):
        _place_chart(flow, block)
    elif isinstance(block, WritingArea):
        _place_writing_area(flow, block)


def layout(document: Document) -> LaidOut:
    """Lay the document out on A4 pages."""
    flow = _Flow()
    blocks = document.blocks
    for index, block in enumerate(blocks):
        _place(flow, block, blocks[index + 1] if index + 1 < len(blocks) else None)
    pages = flow.pages
    if len(pages) > 1 and not pages[-1].ops:
        pages.pop()
    return LaidOut(document, pages)


# ============================================================================ devices


def paint_on(painter: QPainter, laid: LaidOut, index: int, scale: float) -> None:
    painter.save()
    painter.scale(scale, scale)
    laid.paint_page(painter, index)
    painter.restore()


def _write_pdf_file(laid: LaidOut, path: Path) -> None:
    """Paint every page into a new PDF file at ``path`` (Qt writes the file itself)."""
    with path.open("wb"):  # fail early, as an OSError, if the file cannot be written
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(UNITS_PER_INCH)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(f"{laid.document.title} · {laid.document.practice_name}")
    writer.setCreator(APP_NAME)
    _paint_all(writer, laid, writer.newPage, writer.resolution() / UNITS_PER_INCH)
    del writer  # closes the file


def _paint_all(
    device: QPaintDevice, laid: LaidOut, new_page: Callable[[], object], scale: float
) -> None:
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(
            QCoreApplication.translate(
                "ReportDocument", "The report could not be drawn on its page device."
            )
        )
    try:
        for index in range(laid.page_count):
            if index:
                new_page()
            paint_on(painter, laid, index, scale)
    finally:
        painter.end()


def write_pdf(laid: LaidOut, path: Path) -> Path:
    """Write the PDF beside ``path`` and move it into place, so no half file is ever left."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        _write_pdf_file(laid, partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def pdf_bytes(laid: LaidOut) -> bytes:
    """The laid-out document as PDF bytes (vector text and charts)."""
    with tempfile.TemporaryDirectory(prefix="alliance-report-") as folder:
        return write_pdf(laid, Path(folder) / "report.pdf").read_bytes()


def page_images(laid: LaidOut, dpi: float = 72.0) -> list[QImage]:
    """Each page as an image (the preview), painted with the very same layout as the PDF."""
    scale = dpi / UNITS_PER_INCH
    images = []
    for index in range(laid.page_count):
        image = QImage(
            round(PAGE_WIDTH * scale),
            round(PAGE_HEIGHT * scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            paint_on(painter, laid, index, scale)
        finally:
            painter.end()
        images.append(image)
    return images


def print_pages(laid: LaidOut, printer: object) -> None:
    """Paint the pages on a ``QPrinter`` (full page, scaled to fit its paper)."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    printer.setFullPage(True)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / PAGE_WIDTH, paper.height() / PAGE_HEIGHT)
    _paint_all(printer, laid, printer.newPage, scale)
