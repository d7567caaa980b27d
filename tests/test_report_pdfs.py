"""Reports as PDF: pages, text, privacy, vector charts, and the report dialog.

PySide6-Essentials has no QtPdf, so the tests read the PDFs themselves: Qt writes Flate-
compressed content streams and, for every embedded font, a ToUnicode map; ``pdf_text`` below
decodes both, which gives the text a reader would copy out of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.services.reports import (
    CPD_CSV_COLUMNS,
    DEFAULT_SECTIONS,
    ProgressSection,
    ReportService,
)
from alliance_desktop.ui.reports.document import (
    Chart,
    Document,
    Heading,
    Paragraph,
    Table,
    layout,
    page_images,
    pdf_bytes,
)
from alliance_desktop.ui.reports.render import (
    ALLIANCE_HEADING,
    REFLECTION_HEADING,
    build_progress_document,
    render_cpd_record,
    render_feedback_summary,
    render_progress_report,
)
from alliance_desktop.ui.reports.report_dialog import ReportDialog, ReportKind
from alliance_desktop.ui.workers import Workers
from tests.test_reports import (
    PLAN,
    REFLECTION_TITLE,
    SELF_CARE,
    Story,
    assert_private_absent,
    seed_private_story,
)

# ============================================================================ reading PDFs


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(num): body for num, body in re.findall(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}


def _stream(body: bytes) -> bytes:
    found = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    assert found is not None
    if b"/FlateDecode" not in body[: found.start()]:
        return found.group(1)
    # From the stream's start to the end of the object: compressed data may itself end in a
    # byte the pattern above takes for the line break, so let zlib find where it ends.
    inflate = zlib.decompressobj()
    data = inflate.decompress(body[found.start(1) :])
    assert inflate.eof, "a truncated compressed stream"
    return data


def _ref(body: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    assert found is not None, key
    return int(found.group(1))


def _hex_text(code: str) -> str:
    return "".join(chr(int(code[i : i + 4], 16)) for i in range(0, len(code), 4))


def _cmap(text: bytes) -> dict[str, str]:
    mapping: dict[str, str] = {}
    source = text.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", source, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[code.upper()] = _hex_text(uni)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", source, re.S):
        for lo, hi, rest in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
        ):
            first, last = int(lo, 16), int(hi, 16)
            width = len(lo)
            if rest.startswith("["):
                targets = re.findall(r"<([0-9A-Fa-f]+)>", rest)
                for offset, uni in enumerate(targets):
                    mapping[f"{first + offset:0{width}X}"] = _hex_text(uni)
            else:
                base = int(rest.strip("<>"), 16)
                for offset in range(last - first + 1):
                    mapping[f"{first + offset:0{width}X}"] = chr(base + offset)
    return mapping


def pdf_pages(data: bytes) -> list[bytes]:
    """The page objects (``/Type /Page``, not ``/Type /Pages``)."""
    return re.findall(rb"/Type\s*/Page\b", data)


def pdf_text(data: bytes) -> list[str]:
    """The text of each page, decoded through the fonts' ToUnicode maps."""
    objects = _objects(data)
    pages = [n for n, body in objects.items() if re.search(rb"/Type\s*/Page\b(?!s)", body)]
    out = []
    for number in sorted(pages):
        page = objects[number]
        resources = objects[_ref(page, b"Resources")]
        fonts: dict[str, dict[str, str]] = {}
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        for name, ref in re.findall(
            rb"/(\w+)\s+(\d+) 0 R", font_dict.group(1) if font_dict else b""
        ):
            font = objects[int(ref)]
            fonts[name.decode()] = _cmap(_stream(objects[_ref(font, b"ToUnicode")]))
        content = _stream(objects[_ref(page, b"Contents")]).decode("latin-1")
        text: list[str] = []
        current: dict[str, str] = {}
        for match in re.finditer(
            r"/(\w+)\s+[\d.]+\s+Tf|(-?[\d.]+)\s+(-?[\d.]+)\s+Td|<([0-9A-Fa-f]*)>\s*Tj|\bET\b",
            content,
        ):
            (
                font,
                _dx,
                dy,
                glyphs,
            ) = match.group(1), match.group(2), match.group(3), match.group(4)
            if font is not None:
                current = fonts.get(font, {})
            elif dy is not None:
                if float(dy) != 0:
                    text.append("\n")
            elif glyphs is not None:
                for i in range(0, len(glyphs), 4):
                    text.append(current.get(glyphs[i : i + 4].upper(), "?"))
            else:
                text.append("\n")
        # NFKC: ligatures (ﬁ, ﬂ) back to their letters, as a reader's copy would give them
        out.append(unicodedata.normalize("NFKC", "".join(text)).replace("\t", " "))
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def path_operators(data: bytes) -> int:
    """Line, curve and fill operators of every page's content (vector drawing)."""
    objects = _objects(data)
    count = 0
    for body in objects.values():
        if re.search(rb"/Type\s*/Page\b(?!s)", body):
            content = _stream(objects[_ref(body, b"Contents")])
            count += len(re.findall(rb"(?m)^[-\d. ]+ (?:l|c|m)$", content))
    return count


# ============================================================================ fixtures


@pytest.fixture
def story(demo_services: Services) -> Story:
    return seed_private_story(demo_services)


@pytest.fixture
def reports(demo_services: Services) -> ReportService:
    return ReportService(demo_services.store, demo_services.instruments)


# ============================================================================ the PDFs


def test_progress_report_pdf_text_pages_and_privacy(
    qapp: object, tmp_path: Path, story: Story, reports: ReportService
) -> None:
    report = reports.progress_report(story.patient_id, sections=set(ProgressSection))
    rendered = render_progress_report(report, tmp_path / "progress.pdf")
    data = rendered.path.read_bytes()
    assert is_pdf(data)
    pages = pdf_text(data)
    assert len(pages) == rendered.page_count == len(pdf_pages(data)) >= 2
    whole = flat("\n".join(pages))
    for expected in (
        "Riverside Osteopathy (demo)",
        "Progress report",
        story.patient_name,
        PLAN,
        SELF_CARE,
        report.goals[0].wording,
        "Gardening",
        "Carrying shopping",
        ALLIANCE_HEADING,
        "Trust and bond across visits",  # chart text is real text, from the SVG
        "Pain before and after each visit",
        f"Page 1 of {rendered.page_count}",
        f"Page {rendered.page_count} of {rendered.page_count}",
    ):
        assert flat(expected) in whole, expected
    assert_private_absent(whole)
    assert_private_absent(rendered.text)
    assert b"/Subtype /Image" not in data  # text and charts are vector, no picture
    assert REFLECTION_TITLE not in whole
    # The renderer's own text dump says the same as the PDF.
    assert flat(PLAN) in flat(rendered.text) and story.patient_name in rendered.text
    # The practitioner's ratings and strain markers are not on the patient's chart.
    assert "(you)" not in whole and "Strain noticed" not in whole


def test_charts_are_vector(
    qapp: object, tmp_path: Path, story: Story, reports: ReportService
) -> None:
    without = reports.progress_report(story.patient_id, sections=[ProgressSection.GOALS])
    with_chart = reports.progress_report(
        story.patient_id, sections=[ProgressSection.GOALS, ProgressSection.ALLIANCE_CHART]
    )
    plain = pdf_bytes(layout(build_progress_document(without)))
    charted = pdf_bytes(layout(build_progress_document(with_chart)))
    for data in (plain, charted):
        assert is_pdf(data)
        assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data
        assert b"/DCTDecode" not in data
    # The chart adds hundreds of path operators (lines, curves, markers), not a picture.
    assert path_operators(charted) - path_operators(plain) > 200
    assert "Trust and bond across visits" in flat("\n".join(pdf_text(charted)))
    assert "Trust and bond across visits" not in flat("\n".join(pdf_text(plain)))


def test_feedback_summary_pdf(
    qapp: object, tmp_path: Path, story: Story, reports: ReportService, demo_services: Services
) -> None:
    end = dt.date.today()
    summary = reports.feedback_summary(
        end - dt.timedelta(days=364), end, "Bittern: ask for candour"
    )
    rendered = render_feedback_summary(summary, tmp_path / "feedback.pdf")
    data = rendered.path.read_bytes()
    assert is_pdf(data) and rendered.page_count == len(pdf_pages(data))
    whole = flat("\n".join(pdf_text(data)))
    for expected in (
        "Patient feedback summary",
        REFLECTION_HEADING,
        "Bittern: ask for candour",
        "the ceiling",
        f"{summary.visits_rated:,} ({round(100 * summary.visits_rated / summary.visits)}%)",
        "Check-in scores",  # chart text
        "De-identified",
    ):
        assert expected in whole, expected
    for row in demo_services.patients.rows():
        assert row.family_name not in whole
    assert_private_absent(whole)
    assert b"/Subtype /Image" not in data


def test_cpd_record_pdf(
    qapp: object, tmp_path: Path, story: Story, reports: ReportService, demo_services: Services
) -> None:
    record = reports.cpd_record(demo_services.reflections.cpd_totals().cycle_start)
    rendered = render_cpd_record(record, tmp_path / "cpd.pdf")
    data = rendered.path.read_bytes()
    assert is_pdf(data) and rendered.page_count == len(pdf_pages(data))
    whole = flat("\n".join(pdf_text(data)))
    for expected in (
        "CPD record",
        REFLECTION_TITLE,
        "Peer Discussion Review summary",
        "Learning with others",
        "Objective activity",
        f"{record.totals.hours:g} of 90",
    ):
        assert expected in whole, expected
    assert_private_absent(whole)
    assert story.patient_name not in whole
    assert b"/Subtype /Image" not in data


def test_table_rows_never_split_and_headers_repeat(qapp: object) -> None:
    rows = tuple((f"Row {i}", "word " * (5 + (i % 7) * 12)) for i in range(60))
    document = Document(
        "Long table",
        "Test Practice",
        (Heading("A long table", 1), Table(("Name", "Text"), rows, widths=(0.2, 0.8))),
    )
    laid = layout(document)
    assert laid.page_count >= 3
    seen: list[str] = []
    for page in laid.pages[1:]:
        assert page.texts[0] == "(continued)" and page.texts[1] == "Name | Text"
    for page in laid.pages:
        seen += [t.split(" | ")[0] for t in page.texts if t.startswith("Row ")]
    assert seen == [f"Row {i}" for i in range(60)]  # every row whole, once, in order
    data = pdf_bytes(laid)
    texts = [flat(t) for t in pdf_text(data)]
    assert len(texts) == laid.page_count
    for index, page in enumerate(laid.pages):
        for line in page.texts:
            if line.startswith("Row "):
                name, body = line.split(" | ")
                assert name in texts[index] and flat(body) in texts[index]


def test_text_is_plain_not_html_and_long_paragraphs_break(qapp: object) -> None:
    long = " ".join(f"sentence{i}" for i in range(1500))
    document = Document(
        "Plain",
        "Test <b>Practice</b>",
        (Paragraph("<b>not bold</b> & <i>kept</i>"), Paragraph(long)),
    )
    laid = layout(document)
    assert laid.page_count >= 2
    text = flat(laid.text())
    assert "<b>not bold</b> & <i>kept</i>" in text and "Test <b>Practice</b>" in text
    assert "sentence0 " in text and "sentence1499" in text
    pdf = flat(" ".join(pdf_text(pdf_bytes(laid))))
    assert "<b>not bold</b> & <i>kept</i>" in pdf and "sentence1499" in pdf


def test_preview_images_match_the_pdf_pages(
    qapp: object, story: Story, reports: ReportService
) -> None:
    report = reports.progress_report(story.patient_id, sections=set(ProgressSection))
    laid = layout(build_progress_document(report))
    images = page_images(laid, 50)
    assert len(images) == laid.page_count == len(pdf_pages(pdf_bytes(laid)))
    assert images[0].width() == round(595 * 50 / 72)
    assert not images[0].isNull() and images[0].pixelColor(5, 5).name() == "#ffffff"
    chart = next(i for i, p in enumerate(laid.pages) if p.charts)
    colours = {
        images[chart].pixelColor(x, y).name()
        for x in range(0, images[chart].width(), 3)
        for y in range(0, images[chart].height(), 3)
    }
    assert "#ffffff" in colours and len(colours) > 20  # the chart is drawn in the preview


def test_chart_block_is_never_split(qapp: object) -> None:
    from alliance_desktop.ui.reports.charts import figure_svg

    svg = figure_svg(lambda ax: ax.plot([1, 2, 3], [3, 1, 2]))
    assert b"<text" in svg and b"<image" not in svg
    blocks = (Paragraph("line\n" * 45), Chart(svg, 0.5, "A chart"))
    laid = layout(Document("Charts", "Test Practice", blocks))
    assert laid.page_count == 2 and laid.pages[1].charts == 1 and laid.pages[0].charts == 0


# ============================================================================ the dialog


@pytest.fixture
def workers() -> Workers:
    w = Workers()
    yield w
    w.wait_all()


def _open(
    qtbot: QtBot, services: Services, workers: Workers, kind: ReportKind, **kwargs: object
) -> ReportDialog:
    dialog = ReportDialog(services, workers, kind, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=20_000)
    return dialog


def test_dialog_alliance_section_changes_the_pages(
    qtbot: QtBot, tmp_path: Path, demo_services: Services, story: Story, workers: Workers
) -> None:
    dialog = _open(qtbot, demo_services, workers, ReportKind.PROGRESS, patient_id=story.patient_id)
    box = dialog.section_boxes[ProgressSection.ALLIANCE_CHART]
    assert not box.isChecked()
    assert {s for s, b in dialog.section_boxes.items() if b.isChecked()} == DEFAULT_SECTIONS
    before = dialog.page_count
    assert ALLIANCE_HEADING not in dialog.prepared.text  # type: ignore[union-attr]
    assert len(dialog.page_labels) == before and dialog.page_count_label.text().startswith(
        str(before)
    )
    assert dialog.save_pdf_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as ready:
        box.setChecked(True)
    after = ready.args[0]
    assert after == dialog.page_count == before + 1
    assert ALLIANCE_HEADING in dialog.prepared.text  # type: ignore[union-attr]
    assert len(dialog.page_labels) == after

    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        box.setChecked(False)
    assert dialog.page_count == before

    # Save as PDF through the file-chooser seam: the suffix is added, the PDF is whole.
    chosen: list[str] = []

    def choose(parent: object, title: str, suggested: str, filters: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / "for-the-gp")

    dialog.choose_save_path = choose  # type: ignore[method-assign,assignment]
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.save_pdf_button.click()
    path = Path(saved.args[0])
    assert path == tmp_path / "for-the-gp.pdf"
    assert "progress-report-" in chosen[0] and chosen[0].endswith(".pdf")
    data = path.read_bytes()
    assert is_pdf(data) and len(pdf_pages(data)) == before
    whole = flat("\n".join(pdf_text(data)))
    assert story.patient_name in whole
    assert_private_absent(whole)
    assert not list(tmp_path.glob("*.part"))

    # Cancelled: nothing written, nothing said.
    dialog.choose_save_path = lambda *a: ""  # type: ignore[method-assign,assignment]
    dialog.save_pdf()
    assert dialog.last_saved == path


def test_dialog_prints_through_the_seam(
    qtbot: QtBot, tmp_path: Path, demo_services: Services, story: Story, workers: Workers
) -> None:
    dialog = _open(qtbot, demo_services, workers, ReportKind.PROGRESS, patient_id=story.patient_id)
    target = tmp_path / "printed.pdf"

    def accept(print_dialog: object) -> bool:
        print_dialog.printer().setOutputFileName(str(target))  # type: ignore[attr-defined]
        return True

    dialog.run_print_dialog = accept  # type: ignore[method-assign,assignment]
    dialog.print_report()
    data = target.read_bytes()
    assert is_pdf(data) and len(pdf_pages(data)) == dialog.page_count
    assert story.patient_name in flat("\n".join(pdf_text(data)))


def test_dialog_feedback_summary_reflection_and_period(
    qtbot: QtBot, tmp_path: Path, demo_services: Services, workers: Workers
) -> None:
    today = dt.date.today()
    dialog = _open(qtbot, demo_services, workers, ReportKind.FEEDBACK, today=today)
    request = dialog.request()
    assert request.end == today and request.start == today - dt.timedelta(days=90)
    assert "[Space to write" in dialog.prepared.text  # type: ignore[union-attr]
    assert dialog.reflection_text is not None and dialog.period_choice is not None
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.reflection_text.setPlainText("Plover: more perfect scores than I expected.")
    assert "Plover: more perfect scores" in dialog.prepared.text  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.period_choice.setCurrentIndex(2)  # last 12 months
    assert dialog.request().start == today - dt.timedelta(days=364)
    assert not dialog.save_csv_button.isVisible()

    # A period that ends before it starts: the dialog says why, nothing to save.
    assert dialog.period_start is not None
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.period_start.setDate(dialog.period_start.date().addYears(2))
        dialog.refresh()
    assert "before it starts" in failed.args[0]
    assert "before it starts" in dialog.status.text()
    assert not dialog.save_pdf_button.isEnabled()
    assert dialog.period_choice.currentText() == "Chosen dates"


def test_dialog_cpd_record_saves_pdf_and_csv(
    qtbot: QtBot, tmp_path: Path, demo_services: Services, story: Story, workers: Workers
) -> None:
    dialog = _open(qtbot, demo_services, workers, ReportKind.CPD)
    dialog.show()
    assert dialog.save_csv_button.isVisible() and dialog.save_csv_button.isEnabled()
    cycle = demo_services.reflections.cpd_totals()
    assert dialog.request().cycle_start == cycle.cycle_start
    assert dialog.cycle_end_label is not None
    assert dialog.cycle_end_label.text() == f"{cycle.cycle_end.day} {cycle.cycle_end:%b %Y}"

    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.save_csv(tmp_path / "cpd.csv")
    text = Path(saved.args[0]).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CPD_CSV_COLUMNS
    assert any(r[1] == REFLECTION_TITLE for r in rows) and rows[-2][0] == "Total"
    assert float(rows[-2][4]) == cycle.hours
    assert_private_absent(text)

    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.save_pdf(tmp_path / "cpd.pdf")
    data = Path(saved.args[0]).read_bytes()
    assert is_pdf(data) and REFLECTION_TITLE in flat("\n".join(pdf_text(data)))


def test_reports_menu_opens_the_dialog(
    qtbot: QtBot, demo_services: Services, tmp_settings: object, story: Story
) -> None:
    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    Ask.reset()
    window = MainWindow(demo_services, AppEvents(), tmp_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    shown: list[ReportDialog] = []

    def run(dialog: ReportDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=20_000)
        shown.append(dialog)
        return False

    window.run_dialog = run  # type: ignore[method-assign]
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Reports" in titles
    window._show_patient(0)
    assert not window.progress_report_action.isEnabled()
    window.progress_report()
    assert shown == []  # no patient, no progress report
    window.patient_list.select_patient(story.patient_id)
    assert window.progress_report_action.isEnabled()
    window.progress_report_action.trigger()
    window.feedback_summary()
    window.cpd_record()
    assert [d.kind for d in shown] == [ReportKind.PROGRESS, ReportKind.FEEDBACK, ReportKind.CPD]
    assert shown[0].patient_id == story.patient_id
    window.workers.wait_all()
    Ask.reset()


def test_dialog_preparation_can_be_stopped(
    qtbot: QtBot, demo_services: Services, story: Story, workers: Workers
) -> None:
    dialog = _open(qtbot, demo_services, workers, ReportKind.PROGRESS, patient_id=story.patient_id)
    dialog.show()
    before = dialog.page_count
    dialog.section_boxes[ProgressSection.ALLIANCE_CHART].setChecked(True)
    dialog.refresh()  # at once, not after the typing pause
    assert dialog.stop_button.isVisible() and not dialog.save_pdf_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.stop_button.isVisible() and not dialog.progress.isVisible()
    assert dialog.status.text().startswith("Stopped")
    workers.wait_all()
    qtbot.wait(50)  # the dropped result has landed
    assert dialog.page_count == before  # the stopped preparation did not replace the preview
    assert dialog.status.text().startswith("Stopped")
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as ready:
        dialog.section_boxes[ProgressSection.ALLIANCE_CHART].setChecked(False)
        dialog.section_boxes[ProgressSection.ALLIANCE_CHART].setChecked(True)
    assert ready.args[0] == before + 1
