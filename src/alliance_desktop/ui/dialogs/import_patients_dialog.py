"""Importing patients from a spreadsheet: choose a file, check the columns, preview, import."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
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
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.workers import Workers

#: Rows shown in the preview table (the import takes them all).
PREVIEW_ROWS = 200
NOT_IMPORTED = -1
PREVIEW_COLUMNS = (
    "Line",
    "Family name",
    "Given names",
    "Preferred name",
    "Date of birth",
    "E-mail",
    "Phone",
    "Address",
    "Notes",
)
_DELIMITER_LABELS = {"comma": "Comma ( , )", "semicolon": "Semicolon ( ; )", "tab": "Tab"}


def _row_cells(row: ImportRow) -> tuple[str, ...]:
    if row.date_pending:
        born = f"{row.date_text} (order to choose)"
    else:
        born = row.date_of_birth.strftime("%d %b %Y") if row.date_of_birth else ""
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
            "Spreadsheet text (*.csv *.tsv *.txt);;All files (*)",
        )[0]
    )

    def __init__(self, services: Services, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPatientsDialog")
        self.setWindowTitle("Import patients from a spreadsheet")
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
            "Add patients from a list saved by a spreadsheet or other practice software as CSV "
            "(comma- or semicolon-separated) or tab-separated text. The first line must hold the "
            "column headings. Nothing is stored until you press Import, and then either every "
            "patient shown is added or none is.",
            self,
        )
        intro.setWordWrap(True)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setAccessibleName("File to import")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText("No file chosen")
        self.choose_button = QPushButton("&Choose a file…", self)
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.setAccessibleName("Choose a file")
        self.choose_button.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel("File:", self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.encoding_label = QLabel("", self)
        self.encoding_label.setObjectName("importEncoding")
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.setAccessibleName("Delimiter between cells")
        for name in DELIMITERS:
            self.delimiter.addItem(_DELIMITER_LABELS[name], name)
        self.delimiter.setEnabled(False)
        self.delimiter.currentIndexChanged.connect(self._on_delimiter_changed)
        self._delimiter_override: str | None = None

        reading = QFormLayout()
        reading.addRow("Read as:", self.encoding_label)
        reading.addRow("&Delimiter:", self.delimiter)

        self.columns: dict[str, QComboBox] = {}
        columns_box = QGroupBox("Columns", self)
        columns_form = QFormLayout(columns_box)
        for field in ImportField:
            combo = QComboBox(columns_box)
            combo.setObjectName(f"importColumn_{field.value}")
            combo.setAccessibleName(f"Column for {field.label.lower()}")
            combo.addItem("Not imported", NOT_IMPORTED)
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._on_column_changed)
            self.columns[field.value] = combo
            columns_form.addRow(f"{field.label}:", combo)

        self.date_box = QGroupBox("Dates of birth", self)
        self.date_box.setObjectName("importDateBox")
        date_form = QFormLayout(self.date_box)
        date_note = QLabel(
            "The dates in this file could be read day first or month first. Choose how the "
            "file writes them; nothing is guessed.",
            self.date_box,
        )
        date_note.setWordWrap(True)
        self.date_order = QComboBox(self.date_box)
        self.date_order.setObjectName("importDateOrder")
        self.date_order.setAccessibleName("Order of day and month in the dates")
        self.date_order.addItem("Choose…", None)
        self.date_order.addItem("Day first: 03/04/1980 is 3 April 1980", DateOrder.DMY.value)
        self.date_order.addItem("Month first: 03/04/1980 is 4 March 1980", DateOrder.MDY.value)
        self.date_order.currentIndexChanged.connect(self._refresh)
        date_form.addRow(date_note)
        date_form.addRow("Dates &are:", self.date_order)
        self.date_box.hide()

        self.include_duplicates = QCheckBox("Import likely &duplicates too", self)
        self.include_duplicates.setObjectName("importIncludeDuplicates")
        self.include_duplicates.setAccessibleName("Import likely duplicates too")
        self.include_duplicates.toggled.connect(self._refresh)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(reading)
        left_column.addWidget(columns_box)
        left_column.addWidget(self.date_box)
        left_column.addWidget(self.include_duplicates)
        left_column.addStretch(1)

        self.table = QTableWidget(0, len(PREVIEW_COLUMNS), self)
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName("Patients as they will be imported")
        self.table.setHorizontalHeaderLabels(list(PREVIEW_COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName("Lines that will not be imported, and why")
        self.problems.setWordWrap(True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setAccessibleName("Likely duplicates")
        self.duplicates.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.setAccessibleName("Preview, problems and duplicates")
        self.tabs.addTab(self.table, "Preview")
        self.tabs.addTab(self.problems, "Problems")
        self.tabs.addTab(self.duplicates, "Duplicates")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("importSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 640])

        self.status = QLabel("Choose the file to import.", self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName("Import")
        self.import_button.setEnabled(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName("Close")
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
        path = self.choose_file(self, "Import patients from a spreadsheet")
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
            text = f"The file cannot be read: {exc.strerror or exc}."
        else:
            text = f"The file cannot be read: {exc}"
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
            f"{preview.encoding_label}; {preview.records:,} line(s) of patients"
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
        self.tabs.setTabText(
            0, f"Preview ({len(preview.rows):,})" + (f", first {len(shown)} shown" if more else "")
        )
        self.tabs.setTabText(1, f"Problems ({len({p.line for p in preview.problems}):,})")
        self.tabs.setTabText(2, f"Duplicates ({len(preview.duplicates):,})")
        if preview.ready:
            left_out = len({p.line for p in preview.problems}) + sum(
                1 for d in preview.duplicates if not d.imported
            )
            text = f"{len(preview.rows):,} patient(s) ready to import."
            if left_out:
                text += f" {left_out:,} line(s) will be left out (see Problems and Duplicates)."
            text += " Their consent to storing data is recorded at their first visit."
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
                    combo.addItem("Not imported", NOT_IMPORTED)
                    for index, heading in enumerate(preview.headers):
                        combo.addItem(f"{index + 1}: {heading or '(no heading)'}", index)
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
            f"Importing {len(preview.rows):,} patient(s)…", "", 0, max(len(preview.rows), 1), self
        )
        progress.setObjectName("importProgress")
        progress.setAccessibleName("Import progress")
        progress.setWindowTitle("Importing patients")
        cancel = QPushButton("&Cancel import", progress)
        cancel.setObjectName("importCancel")
        cancel.setAccessibleName("Cancel the import")
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
                self.progress.setLabelText("Cancelling: nothing will be stored…")

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
        text = f"{result.imported:,} patient(s) imported."
        if result.skipped:
            text += (
                f" {len(result.skipped):,} line(s) were left out: the same patient was "
                "added since the preview."
            )
        text += " Record each one's consent to storing data at their first visit."
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
            Ask.inform(self, f"Nothing was imported.\n\n{exc.message}", warning=True)
        else:
            Ask.inform(self, f"The import failed and nothing was stored.\n\n{exc}", warning=True)
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
