"""Importing patients from a spreadsheet: choose a file, check the columns, preview, import."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.patient_import import (
    DELIMITERS,
    DateOrder,
    ImportField,
    ImportPreview,
    ImportRow,
)
from alliance_desktop.services import Services
from alliance_desktop.services.patient_import import ImportCancelled, ImportResult
from alliance_desktop.ui import formats
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.workers import Workers

#: Rows shown in the preview table (the import takes them all).
PREVIEW_ROWS = 200
NOT_IMPORTED = -1


def preview_columns() -> tuple[str, ...]:
    """The headings of the preview table, in the language of the UI."""
    return (
        QCoreApplication.translate("ImportPatientsDialog", "Line"),
        QCoreApplication.translate("ImportPatientsDialog", "Family name"),
        QCoreApplication.translate("ImportPatientsDialog", "Given names"),
        QCoreApplication.translate("ImportPatientsDialog", "Preferred name"),
        QCoreApplication.translate("ImportPatientsDialog", "Date of birth"),
        QCoreApplication.translate("ImportPatientsDialog", "E-mail"),
        QCoreApplication.translate("ImportPatientsDialog", "Phone"),
        QCoreApplication.translate("ImportPatientsDialog", "Address"),
        QCoreApplication.translate("ImportPatientsDialog", "Notes"),
    )


def _delimiter_labels() -> dict[str, str]:
    return {
        "comma": QCoreApplication.translate("ImportPatientsDialog", "Comma ( , )"),
        "semicolon": QCoreApplication.translate("ImportPatientsDialog", "Semicolon ( ; )"),
        "tab": QCoreApplication.translate("ImportPatientsDialog", "Tab"),
    }


def _file_filters() -> str:
    """The open dialog's filters: translated names, the same patterns."""
    spreadsheet = QCoreApplication.translate("ImportPatientsDialog", "Spreadsheet text")
    every = QCoreApplication.translate("ImportPatientsDialog", "All files")
    return f"{spreadsheet} (*.csv *.tsv *.txt);;{every} (*)"


def _row_cells(row: ImportRow) -> tuple[str, ...]:
    if row.date_pending:
        born = QCoreApplication.translate(
            "ImportPatientsDialog", "{date} (order to choose)"
        ).format(date=row.date_text)
    else:
        born = formats.day(row.date_of_birth) if row.date_of_birth else ""
    return (
        str(row.line),
        row.family_name,
        row.given_names,
        row.preferred_name,
        born,
        row.email,
        row.phone,
        " ".join(row.address.split()),
        " ".join(row.notes.split())[:120],
    )


class _ProgressRelay(QObject):
    """Lives in the GUI thread; the worker emits, the progress bar moves (a queued signal).

    Signals:
        progressed(int, int): rows done, rows in all.
    """

    progressed = Signal(int, int)


class ImportPatientsDialog(QDialog):
    """File > Import patients from a spreadsheet.

    The file's bytes are read and previewed off the GUI thread, again after each change of
    delimiter, column or date order; Import is enabled only when the preview is ready. The import
    runs on the write worker with a progress bar whose Cancel rolls everything back.

    Attributes:
        import_result: what the import stored (None until an import succeeds).

    Signals:
        preview_changed(object): a new preview is shown (None when the file cannot be read).
        import_finished(object): the import ended, with its ImportResult or its exception.
    """

    preview_changed = Signal(object)
    import_finished = Signal(object)

    #: tests replace this to choose a file without a real file dialog
    choose_file: Callable[[QWidget, str], str] = staticmethod(
        lambda parent, title: QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            _file_filters(),
        )[0]
    )

    def __init__(self, services: Services, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPatientsDialog")
        self.setWindowTitle(self.tr("Import patients from a spreadsheet"))
        self.setModal(True)
        self._services = services
        self._workers = workers
        self.import_result: ImportResult | None = None
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self._data: bytes | None = None
        self._generation = 0
        self._pending = False
        self._importing = False
        self._cancel = threading.Event()
        self._mapping: dict[str, int] | None = None
        self._headers: tuple[str, ...] | None = None
        self._relay = _ProgressRelay(self)
        self.progress: QProgressDialog | None = None

        intro = QLabel(
            self.tr(
                "Add patients from a list saved by a spreadsheet or other practice software as "
                "CSV (comma- or semicolon-separated) or tab-separated text. The first line must "
                "hold the column headings. Nothing is stored until you press Import, and then "
                "either every patient shown is added or none is."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose a file…"), self)
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.setAccessibleName(self.tr("Choose a file"))
        self.choose_button.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.encoding_label = QLabel("", self)
        self.encoding_label.setObjectName("importEncoding")
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.setAccessibleName(self.tr("Delimiter between cells"))
        delimiter_labels = _delimiter_labels()
        for name in DELIMITERS:
            self.delimiter.addItem(delimiter_labels[name], name)
        self.delimiter.setEnabled(False)
        self.delimiter.currentIndexChanged.connect(self._on_delimiter_changed)
        self._delimiter_override: str | None = None

        reading = QFormLayout()
        reading.addRow(self.tr("Read as:"), self.encoding_label)
        reading.addRow(self.tr("&Delimiter:"), self.delimiter)

        self.columns: dict[str, QComboBox] = {}
        columns_box = QGroupBox(self.tr("Columns"), self)
        columns_form = QFormLayout(columns_box)
        for field in ImportField:
            combo = QComboBox(columns_box)
            combo.setObjectName(f"importColumn_{field.value}")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=field.label.lower()))
            combo.addItem(self.tr("Not imported"), NOT_IMPORTED)
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._on_column_changed)
            self.columns[field.value] = combo
            columns_form.addRow(self.tr("{field}:").format(field=field.label), combo)

        self.date_box = QGroupBox(self.tr("Dates of birth"), self)
        self.date_box.setObjectName("importDateBox")
        date_form = QFormLayout(self.date_box)
        date_note = QLabel(
            self.tr(
                "The dates in this file could be read day first or month first. Choose how the "
                "file writes them; nothing is guessed."
            ),
            self.date_box,
        )
        date_note.setWordWrap(True)
        self.date_order = QComboBox(self.date_box)
        self.date_order.setObjectName("importDateOrder")
        self.date_order.setAccessibleName(self.tr("Order of day and month in the dates"))
        self.date_order.addItem(self.tr("Choose…"), None)
        self.date_order.addItem(
            self.tr("Day first: 03/04/1980 is 3 April 1980"), DateOrder.DMY.value
        )
        self.date_order.addItem(
            self.tr("Month first: 03/04/1980 is 4 March 1980"), DateOrder.MDY.value
        )
        self.date_order.currentIndexChanged.connect(self._refresh)
        date_form.addRow(date_note)
        date_form.addRow(self.tr("Dates &are:"), self.date_order)
        self.date_box.hide()

        self.include_duplicates = QCheckBox(self.tr("Import likely &duplicates too"), self)
        self.include_duplicates.setObjectName("importIncludeDuplicates")
        self.include_duplicates.setAccessibleName(self.tr("Import likely duplicates too"))
        self.include_duplicates.toggled.connect(self._refresh)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(reading)
        left_column.addWidget(columns_box)
        left_column.addWidget(self.date_box)
        left_column.addWidget(self.include_duplicates)
        left_column.addStretch(1)

        columns = preview_columns()
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(self.tr("Patients as they will be imported"))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Lines that will not be imported, and why"))
        self.problems.setWordWrap(True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setAccessibleName(self.tr("Likely duplicates"))
        self.duplicates.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.setAccessibleName(self.tr("Preview, problems and duplicates"))
        self.tabs.addTab(self.table, self.tr("Preview"))
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        # Tab in reading order: the names of the tabs before the page they show
        QWidget.setTabOrder(self.include_duplicates, self.tabs)
        QWidget.setTabOrder(self.tabs.tabBar(), self.table)
        QWidget.setTabOrder(self.table, self.problems)
        QWidget.setTabOrder(self.problems, self.duplicates)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("importSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 640])

        self.status = QLabel(self.tr("Choose the file to import."), self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1040, 660)

    # ================================================================ choosing and previewing
    def choose(self) -> None:
        """Ask for the file (the native dialog), then preview it."""
        path = self.choose_file(self, self.tr("Import patients from a spreadsheet"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Preview ``path`` with everything found in the file (delimiter, columns, dates)."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self._data = None
        self._mapping = None
        self._headers = None
        self._delimiter_override = None
        with QSignalBlocker(self.date_order), QSignalBlocker(self.include_duplicates):
            self.date_order.setCurrentIndex(0)
            self.include_duplicates.setChecked(False)
        self._refresh()

    def _on_delimiter_changed(self, _index: int) -> None:
        self._delimiter_override = self.delimiter.currentData()
        self._mapping = None  # other cells, other headings: guess the columns again
        self._headers = None
        self._refresh()

    def _on_column_changed(self, _index: int) -> None:
        self._mapping = {
            name: int(combo.currentData())
            for name, combo in self.columns.items()
            if combo.currentData() != NOT_IMPORTED
        }
        self._refresh()

    def _refresh(self, *_args: Any) -> None:
        """Preview the file again with the current choices (in the background)."""
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        self._pending = True
        self._update_buttons()
        path, data = self.path, self._data
        options: dict[str, Any] = {
            "mapping": self._mapping,
            "delimiter": self._delimiter_override,
            "date_order": self.date_order.currentData(),
            "include_duplicates": self.include_duplicates.isChecked(),
        }
        service = self._services.patient_import

        def job() -> tuple[bytes, ImportPreview]:
            content = path.read_bytes() if data is None else data
            return content, service.preview(content, **options)

        def done(result: tuple[bytes, ImportPreview]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._data = result[0]
                self._show_preview(result[1])

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_failure(exc)

        self._workers.run(job, done, failed)

    def _show_failure(self, exc: BaseException) -> None:
        self._pending = False
        self.preview = None
        if isinstance(exc, ValidationError):
            text = exc.message
        elif isinstance(exc, OSError):
            text = self.tr("The file cannot be read: {problem}.").format(
                problem=exc.strerror or exc
            )
        else:
            text = self.tr("The file cannot be read: {problem}").format(problem=exc)
        self.encoding_label.setText("")
        self.table.setRowCount(0)
        self.problems.clear()
        self.duplicates.clear()
        for combo in self.columns.values():
            combo.setEnabled(False)
        self.delimiter.setEnabled(False)
        self.date_box.hide()
        self._set_status(text, problem=True)
        self._update_buttons()
        self.preview_changed.emit(None)

    def _show_preview(self, preview: ImportPreview) -> None:
        self._pending = False
        self.preview = preview
        self.encoding_label.setText(
            self.tr("{encoding}; {count} line(s) of patients").format(
                encoding=preview.encoding_label, count=formats.number(preview.records)
            )
        )
        with QSignalBlocker(self.delimiter):
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(preview.delimiter_name)))
            self.delimiter.setEnabled(True)
        self._fill_columns(preview)
        needs_order = preview.date_order_needed or preview.date_order_chosen
        self.date_box.setVisible(needs_order)

        shown = preview.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate(_row_cells(row)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.problems.clear()
        self.problems.addItems([str(p) for p in preview.problems])
        self.duplicates.clear()
        self.duplicates.addItems([str(d) for d in preview.duplicates])
        more = len(preview.rows) - len(shown)
        count = formats.number(len(preview.rows))
        self.tabs.setTabText(
            0,
            self.tr("Preview ({count}), first {shown} shown").format(count=count, shown=len(shown))
            if more
            else self.tr("Preview ({count})").format(count=count),
        )
        self.tabs.setTabText(
            1,
            self.tr("Problems ({count})").format(
                count=f"{len({p.line for p in preview.problems}):,}"
            ),
        )
        self.tabs.setTabText(
            2, self.tr("Duplicates ({count})").format(count=formats.number(len(preview.duplicates)))
        )
        if preview.ready:
            left_out = len({p.line for p in preview.problems}) + sum(
                1 for d in preview.duplicates if not d.imported
            )
            text = self.tr("{count} patient(s) ready to import.").format(
                count=formats.number(len(preview.rows))
            )
            if left_out:
                text += " " + self.tr(
                    "{count} line(s) will be left out (see Problems and Duplicates)."
                ).format(count=formats.number(left_out))
            text += " " + self.tr("Their consent to storing data is recorded at their first visit.")
            self._set_status(text, problem=False)
        else:
            self._set_status(preview.blocking_reason, problem=True)
        self._update_buttons()
        self.preview_changed.emit(preview)

    def _fill_columns(self, preview: ImportPreview) -> None:
        """One choice per patient detail: a column of the file, or not imported."""
        if preview.headers != self._headers:
            self._headers = preview.headers
            for combo in self.columns.values():
                with QSignalBlocker(combo):
                    combo.clear()
                    combo.addItem(self.tr("Not imported"), NOT_IMPORTED)
                    for index, heading in enumerate(preview.headers):
                        label = self.tr("{number}: {heading}").format(
                            number=index + 1, heading=heading or self.tr("(no heading)")
                        )
                        combo.addItem(label, index)
        for name, combo in self.columns.items():
            with QSignalBlocker(combo):
                column = preview.mapping.get(name, NOT_IMPORTED)
                combo.setCurrentIndex(max(0, combo.findData(column)))
                combo.setEnabled(not self._importing)

    def _set_status(self, text: str, *, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e; font-weight: 600;" if problem else "")

    def _update_buttons(self) -> None:
        ready = self.preview is not None and self.preview.ready
        self.import_button.setEnabled(ready and not self._pending and not self._importing)
        self.choose_button.setEnabled(not self._importing)

    # ================================================================ importing
    def start_import(self) -> None:
        """Import the previewed rows on the write worker, with a progress bar and Cancel."""
        preview = self.preview
        if preview is None or not preview.ready or self._pending or self._importing:
            return
        self._importing = True
        self._cancel.clear()
        self._set_controls_enabled(False)
        self._update_buttons()
        progress = QProgressDialog(
            self.tr("Importing {count} patient(s)…").format(
                count=formats.number(len(preview.rows))
            ),
            "",
            0,
            max(len(preview.rows), 1),
            self,
        )
        progress.setObjectName("importProgress")
        progress.setAccessibleName(self.tr("Import progress"))
        progress.setWindowTitle(self.tr("Importing patients"))
        cancel = QPushButton(self.tr("&Cancel import"), progress)
        cancel.setObjectName("importCancel")
        cancel.setAccessibleName(self.tr("Cancel the import"))
        progress.setCancelButton(cancel)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel_import)
        self._relay.progressed.connect(progress.setValue)
        progress.setValue(0)
        progress.show()
        self.progress = progress
        service = self._services.patient_import
        relay, cancel_flag = self._relay, self._cancel

        def job() -> ImportResult:
            return service.import_rows(
                preview,
                progress=relay.progressed.emit,
                cancelled=cancel_flag.is_set,
            )

        self._workers.run(job, self._on_import_done, self._on_import_failed, write=True)

    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back, and nothing is stored."""
        if self._importing:
            self._cancel.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling: nothing will be stored…"))

    def _finish_import(self) -> None:
        self._importing = False
        if self.progress is not None:
            self._relay.progressed.disconnect(self.progress.setValue)
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self._set_controls_enabled(True)
        self._update_buttons()

    def _on_import_done(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        self.import_result = result
        text = self.tr("{count} patient(s) imported.").format(count=formats.number(result.imported))
        if result.skipped:
            text += " " + self.tr(
                "{count} line(s) were left out: the same patient was added since the preview."
            ).format(count=formats.number(len(result.skipped)))
        text += " " + self.tr("Record each one's consent to storing data at their first visit.")
        Ask.inform(self, text)
        self.import_finished.emit(result)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        if isinstance(exc, ImportCancelled):
            Ask.inform(self, exc.message)
        elif isinstance(exc, ValidationError):
            Ask.inform(self, self.tr("Nothing was imported.") + f"\n\n{exc.message}", warning=True)
        else:
            Ask.inform(
                self,
                self.tr("The import failed and nothing was stored.") + f"\n\n{exc}",
                warning=True,
            )
        self.import_finished.emit(exc)
        self._refresh()  # the practice may have changed (duplicates)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (
            self.delimiter,
            self.date_order,
            self.include_duplicates,
            *self.columns.values(),
        ):
            widget.setEnabled(enabled)

    # ================================================================ closing
    @property
    def importing(self) -> bool:
        return self._importing

    def reject(self) -> None:
        """Close, unless an import runs: then Escape or Close asks it to stop instead."""
        if self._importing:
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)
