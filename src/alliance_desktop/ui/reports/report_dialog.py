"""The report dialog: choose what goes in, see the pages, save them as PDF (or CSV), print.

Everything heavy runs in a worker (``Workers.run``): reading the report's content, drawing its
charts, laying out and painting the preview pages, writing the PDF. The preview pages are
painted from the very layout the PDF is written from, so what is shown is what is saved.
Printing paints on the UI thread (a printer belongs to the print dialog that chose it).

Tests choose file paths through ``choose_save_path`` (or pass a path), and answer the print
dialog through ``run_print_dialog``, so no native dialog ever blocks them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.cpd import cycle_containing
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.reports import (
    DEFAULT_SECTIONS,
    CpdRecord,
    FeedbackSummary,
    ProgressReport,
    ProgressSection,
    ReportService,
    cpd_csv,
)
from alliance_desktop.ui import formats
from alliance_desktop.ui.reports.document import Document, layout, page_images, print_pages
from alliance_desktop.ui.reports.document import write_pdf as write_laid_out_pdf
from alliance_desktop.ui.workers import Workers

PREVIEW_DPI = 72.0


def pdf_filter() -> str:
    """The file dialog's filter for PDF files (the pattern is never translated)."""
    return QCoreApplication.translate("ReportDialog", "PDF document") + " (*.pdf)"


def csv_filter() -> str:
    return QCoreApplication.translate("ReportDialog", "CSV spreadsheet") + " (*.csv)"


def periods() -> tuple[tuple[str, int], ...]:
    """The periods a feedback summary can cover: (label, days; 0 for dates chosen by hand)."""
    return (
        (QCoreApplication.translate("ReportDialog", "Last 30 days"), 30),
        (QCoreApplication.translate("ReportDialog", "Last 3 months"), 91),
        (QCoreApplication.translate("ReportDialog", "Last 12 months"), 365),
        (QCoreApplication.translate("ReportDialog", "Last 3 years (a CPD cycle)"), 3 * 365),
        (QCoreApplication.translate("ReportDialog", "Chosen dates"), 0),
    )


def section_label(section: ProgressSection) -> str:
    """A part of the progress report as the dialog names it, in the app's language."""
    labels = {
        ProgressSection.GOALS: QCoreApplication.translate("ReportDialog", "Goals and progress"),
        ProgressSection.PLAN: QCoreApplication.translate(
            "ReportDialog", "Agreed plan and self-care"
        ),
        ProgressSection.PAIN: QCoreApplication.translate("ReportDialog", "Pain, first and latest"),
        ProgressSection.FUNCTION: QCoreApplication.translate(
            "ReportDialog", "Everyday activities (function)"
        ),
        ProgressSection.OUTCOME_CHARTS: QCoreApplication.translate(
            "ReportDialog", "Pain and goal charts"
        ),
        ProgressSection.ALLIANCE_CHART: QCoreApplication.translate(
            "ReportDialog", "Alliance chart (the patient's own ratings)"
        ),
    }
    return labels.get(section, section.label)


Content = ProgressReport | FeedbackSummary | CpdRecord


class ReportKind(StrEnum):
    PROGRESS = "progress"
    FEEDBACK = "feedback"
    CPD = "cpd"

    @property
    def heading(self) -> str:
        """The report's title, in the app's language."""
        return {
            ReportKind.PROGRESS: QCoreApplication.translate("ReportDialog", "Progress report"),
            ReportKind.FEEDBACK: QCoreApplication.translate(
                "ReportDialog", "Patient feedback summary"
            ),
            ReportKind.CPD: QCoreApplication.translate("ReportDialog", "CPD record"),
        }[self]


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the practitioner chose; read on the UI thread, handed to the worker."""

    kind: ReportKind
    patient_id: int | None = None
    episode_id: int | None = None
    sections: frozenset[ProgressSection] = DEFAULT_SECTIONS
    start: dt.date | None = None
    end: dt.date | None = None
    reflection: str = ""
    cycle_start: dt.date | None = None


@dataclass(slots=True)
class Prepared:
    """A report ready to show: its content, its document, and the preview pages."""

    request: ReportRequest
    content: Content
    document: Document
    page_count: int
    text: str
    images: list[QImage] = field(default_factory=list)


def build_content(service: ReportService, request: ReportRequest) -> Content:
    """Read the report's content (in the worker)."""
    if request.kind is ReportKind.PROGRESS:
        if request.patient_id is None:
            raise ValidationError(
                QCoreApplication.translate("ReportDialog", "Choose a patient first.")
            )
        return service.progress_report(request.patient_id, request.episode_id, request.sections)
    if request.kind is ReportKind.FEEDBACK:
        if request.start is None or request.end is None:
            raise ValidationError(
                QCoreApplication.translate("ReportDialog", "Choose the period first.")
            )
        return service.feedback_summary(request.start, request.end, request.reflection)
    if request.cycle_start is None:
        raise ValidationError(
            QCoreApplication.translate("ReportDialog", "Choose the first day of the CPD cycle.")
        )
    return service.cpd_record(request.cycle_start)


def prepare(service: ReportService, request: ReportRequest, dpi: float) -> Prepared:
    """Content, document, layout and preview pages, all in one background job."""
    from alliance_desktop.ui.reports.render import build_document

    content = build_content(service, request)
    document = build_document(content)
    laid = layout(document)
    return Prepared(
        request, content, document, laid.page_count, laid.text(), page_images(laid, dpi)
    )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "report"


class ReportDialog(QDialog):
    """Options on the left, the pages on the right, Save as PDF / Print (/ Save as CSV) below.

    Signals:
        preview_ready(int): the preview shows the current options; the page count.
        saved(str): a file was written; its path.
        failed(str): preparing or saving failed; the message shown.
    """

    preview_ready = Signal(int)
    saved = Signal(str)
    failed = Signal(str)

    #: tests replace this to pick a file without a native dialog: (parent, title, suggested
    #: path, filters) -> chosen path, "" if cancelled
    choose_save_path: Callable[[QWidget, str, str, str], str] = staticmethod(
        lambda parent, title, suggested, filters: QFileDialog.getSaveFileName(
            parent, title, suggested, filters
        )[0]
    )
    #: tests replace this to answer the print dialog: (dialog) -> accepted
    run_print_dialog: Callable[[QDialog], bool] = staticmethod(
        lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
    )

    def __init__(
        self,
        services: Services,
        workers: Workers,
        kind: ReportKind,
        *,
        patient_id: int | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.workers = workers
        self.kind = ReportKind(kind)
        self.patient_id = patient_id
        self.today = today or dt.date.today()
        self.reports = ReportService(services.store, services.instruments)
        self.prepared: Prepared | None = None
        self.page_count = 0
        self.last_saved: Path | None = None
        self._ticket = 0
        self._busy_jobs = 0
        self._closed = False  # results that arrive after closing are dropped
        self.destroyed.connect(lambda _obj=None: setattr(self, "_closed", True))
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.kind.heading)
        self.setAccessibleName(self.kind.heading)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)

        options = QGroupBox(self.tr("What goes in"), self)
        options.setObjectName("reportOptions")
        self.options_layout = QVBoxLayout(options)
        self.section_boxes: dict[ProgressSection, QCheckBox] = {}
        self.episode_choice: QComboBox | None = None
        self.period_choice: QComboBox | None = None
        self.period_start: QDateEdit | None = None
        self.period_end: QDateEdit | None = None
        self.reflection_text: QPlainTextEdit | None = None
        self.cycle_start: QDateEdit | None = None
        self.cycle_end_label: QLabel | None = None
        {
            ReportKind.PROGRESS: self._build_progress_options,
            ReportKind.FEEDBACK: self._build_feedback_options,
            ReportKind.CPD: self._build_cpd_options,
        }[self.kind]()
        self.options_layout.addStretch(1)

        self.pages_widget = QWidget(self)
        self.pages_widget.setObjectName("reportPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QScrollArea(self)
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages_widget)
        self.preview.setStyleSheet(  # a frame in the highlight colour while it has focus
            "QScrollArea { background: #8a8f96; border: 3px solid #8a8f96; }"
            " QScrollArea:focus { border-color: palette(highlight); }"
        )
        self.pages_widget.setStyleSheet("background: #8a8f96;")
        self.page_labels: list[QLabel] = []

        self.page_count_label = QLabel("", self)
        self.page_count_label.setObjectName("pageCount")
        self.status = QLabel("", self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Preparing the report"))
        self.progress.setRange(0, 0)  # busy: the work has no known length
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setObjectName("stopReport")
        self.stop_button.setAccessibleName(self.tr("Stop preparing the report"))
        self.stop_button.clicked.connect(lambda _checked=False: self.stop())
        self.stop_button.hide()

        self.save_pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_pdf_button.setObjectName("savePdf")
        self.save_pdf_button.clicked.connect(lambda _checked=False: self.save_pdf())
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self.print_report)
        self.save_csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.save_csv_button.setObjectName("saveCsv")
        self.save_csv_button.clicked.connect(lambda _checked=False: self.save_csv())
        self.save_csv_button.setVisible(self.kind is ReportKind.CPD)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeReport")
        close.clicked.connect(self.reject)
        for button in (self.save_pdf_button, self.print_button, self.save_csv_button):
            button.setEnabled(False)

        left = QVBoxLayout()
        left.addWidget(options, 1)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setMaximumWidth(360)
        middle = QHBoxLayout()
        middle.addWidget(left_box)
        middle.addWidget(self.preview, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.page_count_label)
        bottom.addWidget(self.save_pdf_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_csv_button)
        bottom.addWidget(close)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(middle, 1)
        layout_.addLayout(bottom)
        self.resize(1040, 760)
        self.refresh()

    # ================================================================ options
    def _build_progress_options(self) -> None:
        form = QFormLayout()
        self.episode_choice = QComboBox(self)
        self.episode_choice.setObjectName("episodeChoice")
        self.episode_choice.setAccessibleName(self.tr("Episode of care"))
        if self.patient_id:
            episodes = self.services.episodes.for_patient(self.patient_id)
            for episode in episodes:
                self.episode_choice.addItem(episode.title, episode.id)
            open_index = next((i for i, e in enumerate(episodes) if e.is_open), 0)
            self.episode_choice.setCurrentIndex(open_index)
        self.episode_choice.currentIndexChanged.connect(lambda _i: self.schedule_refresh())
        form.addRow(self.tr("Episode"), self.episode_choice)
        self.options_layout.addLayout(form)
        self.options_layout.addWidget(QLabel(self.tr("Sections:"), self))
        for section in ProgressSection:
            label = section_label(section)
            box = QCheckBox(label, self)
            box.setObjectName(f"section_{section.value}")
            box.setAccessibleName(label)
            box.setChecked(section in DEFAULT_SECTIONS)
            box.toggled.connect(lambda _on: self.schedule_refresh())
            self.section_boxes[section] = box
            self.options_layout.addWidget(box)
        note = QLabel(
            self.tr(
                "Only what a patient or referrer should read: no clinical notes, no reflections, "
                "nothing about strains. The alliance chart shows the patient's own ratings only."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("reportPrivacyNote")
        self.options_layout.addWidget(note)

    def _build_feedback_options(self) -> None:
        form = QFormLayout()
        self.period_choice = QComboBox(self)
        self.period_choice.setObjectName("periodChoice")
        self.period_choice.setAccessibleName(self.tr("Period"))
        for label, days in periods():
            self.period_choice.addItem(label, days)
        self.period_start = QDateEdit(self)
        self.period_end = QDateEdit(self)
        for edit, name, label in (
            (self.period_start, "periodStart", self.tr("First day")),
            (self.period_end, "periodEnd", self.tr("Last day")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleDescription(self.tr("A date, for example 4 Mar 2025"))
            edit.dateChanged.connect(lambda _d: self._on_dates_edited())
        self.reflection_text = QPlainTextEdit(self)
        self.reflection_text.setObjectName("reflectionText")
        self.reflection_text.setAccessibleName(self.tr("Practitioner's reflection"))
        self.reflection_text.setPlaceholderText(
            self.tr(
                "Optional: your reflection on these figures. Leave it empty to write by hand on "
                "the printed page."
            )
        )
        self.reflection_text.setTabChangesFocus(True)  # Tab goes on; it types no tab
        self.reflection_text.textChanged.connect(self.schedule_refresh)
        form.addRow(self.tr("Period"), self.period_choice)
        #: The first day of the period
        form.addRow(self.tr("From"), self.period_start)
        #: The last day of the period
        form.addRow(self.tr("To"), self.period_end)
        self.options_layout.addLayout(form)
        self.options_layout.addWidget(QLabel(self.tr("Practitioner's reflection:"), self))
        self.options_layout.addWidget(self.reflection_text, 1)
        note = QLabel(self.tr("De-identified: counts and scores only, no patient is named."), self)
        note.setWordWrap(True)
        self.options_layout.addWidget(note)
        self.period_choice.setCurrentIndex(1)
        self._apply_period()
        self.period_choice.currentIndexChanged.connect(lambda _i: self._apply_period())

    def _apply_period(self) -> None:
        assert self.period_choice and self.period_start and self.period_end
        days = int(self.period_choice.currentData())
        if not days:
            return
        with QSignalBlocker(self.period_start), QSignalBlocker(self.period_end):
            self.period_end.setDate(_qdate(self.today))
            self.period_start.setDate(_qdate(self.today - dt.timedelta(days=days - 1)))
        self.schedule_refresh()

    def _on_dates_edited(self) -> None:
        assert self.period_choice
        with QSignalBlocker(self.period_choice):
            self.period_choice.setCurrentIndex(self.period_choice.count() - 1)
        self.schedule_refresh()

    def _build_cpd_options(self) -> None:
        form = QFormLayout()
        info = self.services.practice.info()
        start, _end = cycle_containing(info.cpd_cycle_start, self.today)
        self.cycle_start = QDateEdit(self)
        self.cycle_start.setObjectName("cycleStart")
        self.cycle_start.setAccessibleName(self.tr("First day of the CPD cycle"))
        self.cycle_start.setCalendarPopup(True)
        self.cycle_start.setDisplayFormat("d MMM yyyy")
        self.cycle_start.setAccessibleDescription(self.tr("A date, for example 4 Mar 2025"))
        self.cycle_start.setDate(_qdate(start))
        self.cycle_start.dateChanged.connect(lambda _d: self._on_cycle_changed())
        self.cycle_end_label = QLabel(self)
        self.cycle_end_label.setObjectName("cycleEnd")
        form.addRow(self.tr("Cycle from"), self.cycle_start)
        #: The CPD cycle runs from one date "to" another
        form.addRow(self.tr("to"), self.cycle_end_label)
        self.options_layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Every reflection's date, hours, themes and activity type, the totals against "
                "the cycle's requirements, and a summary for the Peer Discussion Review. The "
                "text of reflections and their private section are never included."
            ),
            self,
        )
        note.setWordWrap(True)
        self.options_layout.addWidget(note)
        self._show_cycle_end()

    def _show_cycle_end(self) -> None:
        assert self.cycle_start and self.cycle_end_label
        start = _pydate(self.cycle_start.date())
        _first, last = cycle_containing(start, start)
        self.cycle_end_label.setText(formats.day(last, "d MMM yyyy"))

    def _on_cycle_changed(self) -> None:
        self._show_cycle_end()
        self.schedule_refresh()

    def request(self) -> ReportRequest:
        """The options as chosen now."""
        if self.kind is ReportKind.PROGRESS:
            assert self.episode_choice is not None
            episode = self.episode_choice.currentData()
            return ReportRequest(
                self.kind,
                patient_id=self.patient_id,
                episode_id=int(episode) if episode is not None else None,
                sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            )
        if self.kind is ReportKind.FEEDBACK:
            assert self.period_start and self.period_end and self.reflection_text
            return ReportRequest(
                self.kind,
                start=_pydate(self.period_start.date()),
                end=_pydate(self.period_end.date()),
                reflection=self.reflection_text.toPlainText(),
            )
        assert self.cycle_start is not None
        return ReportRequest(self.kind, cycle_start=_pydate(self.cycle_start.date()))

    # ================================================================ preview
    def schedule_refresh(self) -> None:
        """Refresh shortly (typing or ticking several boxes makes one refresh)."""
        self._debounce.start()

    def refresh(self) -> None:
        """Prepare the report with the current options in the background, then show it."""
        self._debounce.stop()
        if self._closed:
            return
        self._ticket += 1
        ticket = self._ticket
        request = self.request()
        ratio = self.devicePixelRatioF() or 1.0
        dpi = PREVIEW_DPI * ratio
        reports = self.reports
        self._set_busy(True, self.tr("Preparing the report…"))
        self.stop_button.show()
        for button in (self.save_pdf_button, self.print_button, self.save_csv_button):
            button.setEnabled(False)
        self.workers.run(
            lambda: prepare(reports, request, dpi),
            lambda result: self._on_prepared(ticket, result, ratio),
            lambda exc: self._on_prepare_failed(ticket, exc),
        )

    def stop(self) -> None:
        """Stop waiting for the report being prepared: its result is dropped when it comes."""
        if not self.stop_button.isVisible():
            return
        self._ticket += 1
        self.stop_button.hide()
        self.progress.hide()  # its count drops when the dropped result arrives
        self.status.setText(self.tr("Stopped. Change an option to prepare the report again."))

    def _release(self) -> None:
        """A dropped job ended: count it, and leave the words on screen as they are."""
        self._busy_jobs = max(0, self._busy_jobs - 1)
        self.progress.setVisible(self._busy_jobs > 0 and self.stop_button.isVisible())

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy_jobs = max(0, self._busy_jobs + (1 if busy else -1))
        self.progress.setVisible(self._busy_jobs > 0)
        if text or not busy:
            self.status.setStyleSheet("")
            self.status.setText(text)

    def done(self, result: int) -> None:
        self._closed = True
        self._debounce.stop()
        super().done(result)

    def _on_prepared(self, ticket: int, result: Prepared, ratio: float) -> None:
        if self._closed:
            return
        if ticket != self._ticket:  # the options changed meanwhile (or it was stopped)
            self._release()
            return
        self._set_busy(False)
        self.stop_button.hide()
        self.prepared = result
        self.page_count = result.page_count
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for number, image in enumerate(result.images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel(self.pages_widget)
            label.setObjectName(f"previewPage{number}")
            label.setAccessibleName(
                self.tr("Page {number} of {total}").format(number=number, total=result.page_count)
            )
            label.setPixmap(pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("background: white; border: 1px solid #5f646b;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        pages = result.page_count
        self.page_count_label.setText(
            (self.tr("{count} page") if pages == 1 else self.tr("{count} pages")).format(
                count=pages
            )
        )
        self.status.setText("")
        for button in (self.save_pdf_button, self.print_button, self.save_csv_button):
            button.setEnabled(True)
        self.preview_ready.emit(pages)

    def _on_prepare_failed(self, ticket: int, exc: BaseException) -> None:
        if self._closed:
            return
        if ticket != self._ticket:
            self._release()
            return
        self._set_busy(False)
        self.stop_button.hide()
        self.prepared = None
        self._show_error(exc, self.tr("The report could not be prepared"))

    def _show_error(self, exc: BaseException, what: str) -> None:
        detail = exc.message if isinstance(exc, ValidationError) else str(exc)
        #: What failed, and why
        message = (
            self.tr("{what}: {detail}").format(what=what, detail=detail) if detail else f"{what}."
        )
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.failed.emit(message)

    # ================================================================ output
    def suggested_name(self, suffix: str) -> str:
        today = self.today.isoformat()
        content = self.prepared.content if self.prepared else None
        if isinstance(content, ProgressReport):
            #: A file name: lowercase words joined by hyphens, no spaces or accents
            name = self.tr("progress-report-{name}-{date}").format(
                name=_slug(content.patient_name), date=today
            )
        elif isinstance(content, FeedbackSummary):
            #: A file name: lowercase words joined by hyphens, no spaces or accents
            name = self.tr("patient-feedback-{start}-to-{end}").format(
                start=content.start.isoformat(), end=content.end.isoformat()
            )
        elif isinstance(content, CpdRecord):
            #: A file name: lowercase words joined by hyphens, no spaces or accents
            name = self.tr("cpd-record-{start}-to-{end}").format(
                start=content.cycle_start.isoformat(), end=content.cycle_end.isoformat()
            )
        else:
            name = f"{_slug(self.kind.heading)}-{today}"
        return name + suffix

    def _choose(self, title: str, suffix: str, filters: str) -> Path | None:
        suggested = str(Path.home() / self.suggested_name(suffix))
        chosen = self.choose_save_path(self, title, suggested, filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Write the previewed report as a PDF (in the background); ``saved`` tells when."""
        if self.prepared is None:
            return
        target = (
            Path(path)
            if path
            else self._choose(self.tr("Save the report as PDF"), ".pdf", pdf_filter())
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        document = self.prepared.document
        self._set_busy(True, self.tr("Writing the PDF…"))
        self.save_pdf_button.setEnabled(False)

        def done(written: Path) -> None:
            if self._closed:
                return
            self._set_busy(False)
            self.save_pdf_button.setEnabled(self.prepared is not None)
            self.last_saved = written
            self.status.setText(self.tr("Saved {path}").format(path=written))
            self.saved.emit(str(written))

        def failed(exc: BaseException) -> None:
            if self._closed:
                return
            self._set_busy(False)
            self.save_pdf_button.setEnabled(self.prepared is not None)
            self._show_error(exc, self.tr("The PDF was not saved"))

        self.workers.run(lambda: write_laid_out_pdf(layout(document), target), done, failed)

    def save_csv(self, path: str | Path | None = None) -> None:
        """Write the CPD record's rows as CSV (UTF-8).

        The CSV keeps English column headings and values in every language: it is a
        machine-readable format (spreadsheets, the regulator's templates, scripts), made by
        ``cpd_csv`` in the services.
        """
        if self.prepared is None or not isinstance(self.prepared.content, CpdRecord):
            return
        target = (
            Path(path)
            if path
            else self._choose(self.tr("Save the CPD record as CSV"), ".csv", csv_filter())
        )
        if target is None:
            return
        try:
            target.write_text(cpd_csv(self.prepared.content), encoding="utf-8", newline="")
        except OSError as exc:
            self._show_error(exc, self.tr("The CSV was not saved"))
            return
        self.last_saved = target
        self.status.setText(self.tr("Saved {path}").format(path=target))
        self.saved.emit(str(target))

    def print_report(self) -> None:
        """Choose a printer and print the previewed pages."""
        if self.prepared is None:
            return
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.kind.heading)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("reportPrintDialog")
        if self.run_print_dialog(dialog):
            self.print_to(printer)

    def print_to(self, printer: object) -> None:
        """Paint the previewed pages on a printer that is already set up."""
        if self.prepared is None:
            return
        print_pages(layout(self.prepared.document), printer)
        self.status.setText(
            self.tr("Sent {count} pages to the printer.").format(count=self.prepared.page_count)
        )
