"""The patient list panel: search as you type, filter, sort."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.ui import formats
from alliance_desktop.ui.models.patient_table_model import (
    PatientFilter,
    PatientSort,
    PatientTableModel,
)

if TYPE_CHECKING:
    from alliance_desktop.domain.patient_list import PatientRow


class PatientListPanel(QWidget):
    """Search box, filter and sort choices, and the table of patients.

    Signals:
        patient_activated(int): the selected patient changed (0 = none).
    """

    patient_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PatientTableModel(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(self.tr("Find patient (name or date of birth)…  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find patient"))

        self.filter = QComboBox(self)
        self.filter.setObjectName("patientFilter")
        self.filter.setAccessibleName(self.tr("Show patients"))
        for label, value in (
            (self.tr("Active"), PatientFilter.ACTIVE),
            (self.tr("With alerts"), PatientFilter.ALERTS),
            (self.tr("Archived"), PatientFilter.ARCHIVED),
            (self.tr("All"), PatientFilter.ALL),
        ):
            self.filter.addItem(label, value.value)

        self.sort = QComboBox(self)
        self.sort.setObjectName("patientSort")
        self.sort.setAccessibleName(self.tr("Sort patients by"))
        self.sort.addItem(self.tr("Last visit"), PatientSort.LAST_VISIT.value)
        self.sort.addItem(self.tr("Name"), PatientSort.NAME.value)

        self.table = QTableView(self)
        self.table.setObjectName("patientTable")
        self.table.setAccessibleName(self.tr("Patients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed widths from the font, never ResizeToContents: measuring thousands of rows on
        # every keystroke of a search would make typing lag.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PatientTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        # the widest short month of the language ("déc." is wider than "Dec")
        months = [formats.day(dt.date(2000, m, 28), "dd MMM yy") for m in range(1, 13)]
        titles = self.model.headers()
        for col, samples in (
            (PatientTableModel.COL_BORN, ["00/00/00"]),
            (PatientTableModel.COL_LAST_VISIT, months),
            (PatientTableModel.COL_ALERTS, ["⚠ 00"]),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            widest = max(metrics.horizontalAdvance(sample) for sample in samples) + 18
            # nor narrower than its heading ("Dernière séance" in French)
            heading = header.fontMetrics().horizontalAdvance(titles[col]) + 24
            header.resizeSection(col, max(widest, heading))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("patientCount")

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Show"), self))
        choices.addWidget(self.filter, 1)
        choices.addWidget(QLabel(self.tr("Sort"), self))
        choices.addWidget(self.sort, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.sort)
        self.setTabOrder(self.sort, self.table)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.sort.currentIndexChanged.connect(self._on_sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self._current_id = 0
        self._counts: tuple[int, int] | None = None
        self._opened_sort = self.sort.currentData()

    # ------------------------------------------------------------ public
    def set_rows(self, rows: list[PatientRow], *, counts: tuple[int, int] | None = None) -> None:
        """Show ``rows``. ``counts`` (shown, total): the first screen of a longer list whose
        rest follows, counted as the whole list will be (start-up)."""
        self._counts = counts
        self._keep_selection(lambda: self.model.set_rows(rows))

    def upsert_row(self, row: PatientRow) -> None:
        self._keep_selection(lambda: self.model.upsert_row(row))

    def set_sort(self, value: str) -> None:
        self._opened_sort = value
        i = self.sort.findData(value)
        if i >= 0:
            self.sort.setCurrentIndex(i)

    def set_filter(self, value: PatientFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(value.value))

    def select_patient(self, patient_id: int) -> bool:
        """Select a patient in the list (switching the filter to All if hidden)."""
        row = self.model.row_of(patient_id)
        if row < 0 and self.search.text():
            self.search.clear()
            row = self.model.row_of(patient_id)
        if row < 0:
            self.set_filter(PatientFilter.ALL)
            row = self.model.row_of(patient_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def untouched(self) -> bool:
        """True while nothing was typed or chosen in the list since it was filled: no patient
        selected, no search, the filter and order as they opened."""
        return not self._current_id and self._shows_all_active(self._opened_sort)

    def scroll_to_current(self) -> None:
        """Bring the selected patient's line into view (after the list was replaced)."""
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

    def reselect(self, patient_id: int) -> None:
        """Select ``patient_id`` (0 = none) without announcing it, e.g. to cancel a switch."""
        self._current_id = patient_id
        self._keep_selection(lambda: None)
        if not patient_id:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()

    def current_patient_id(self) -> int:
        return self._current_id

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_hide_names(self, hide: bool) -> None:
        self.model.set_hide_names(hide)
        self._keep_selection(lambda: None)

    # ------------------------------------------------------------ internals
    def _keep_selection(self, change: object) -> None:
        current = self._current_id
        blocker = self.table.selectionModel().blockSignals(True)
        try:
            change()  # type: ignore[operator]
            row = self.model.row_of(current) if current else -1
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self.table.selectionModel().blockSignals(blocker)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if self._counts is not None and self._as_counted():
            shown, total = self._counts  # the whole list's, while its first screen shows
        self.count_label.setText(
            self.tr("{shown} of {total} patients").format(
                shown=formats.number(shown), total=formats.number(total)
            )
        )

    def _as_counted(self) -> bool:
        """The list shows what the counts given with its first screen count."""
        return self._shows_all_active(PatientSort.LAST_VISIT.value)

    def _shows_all_active(self, sort: str) -> bool:
        """No search, the active patients, in order ``sort``."""
        return (
            not self.search.text()
            and self.filter.currentData() == PatientFilter.ACTIVE.value
            and self.sort.currentData() == sort
        )

    def _on_search_text_changed(self, text: str) -> None:
        self._keep_selection(lambda: self.model.set_query(text))

    def _on_filter_changed(self, _index: int) -> None:
        self._keep_selection(
            lambda: self.model.set_filter(PatientFilter(self.filter.currentData()))
        )

    def _on_sort_changed(self, _index: int) -> None:
        self._keep_selection(lambda: self.model.set_sort(PatientSort(self.sort.currentData())))

    def _on_search_return(self) -> None:
        if self.model.rowCount() >= 1:
            self.table.setFocus()
            if self.model.row_of(self._current_id) < 0:
                self.select_patient(self.model.row_at(0).id)  # type: ignore[union-attr]

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        new_id = row.id if row else 0
        if new_id != self._current_id:
            self._current_id = new_id
            self.patient_activated.emit(new_id)
