"""The patient list: a database-free table model fed by ``set_rows``, filtered and sorted."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from alliance_desktop.domain.people import fold
from alliance_desktop.ui import formats

if TYPE_CHECKING:
    from alliance_desktop.domain.patient_list import PatientRow

Index = QModelIndex | QPersistentModelIndex


class PatientFilter(StrEnum):
    ACTIVE = "active"
    ALERTS = "alerts"
    ARCHIVED = "archived"
    ALL = "all"


class PatientSort(StrEnum):
    LAST_VISIT = "last_visit"
    NAME = "name"


class PatientTableModel(QAbstractTableModel):
    """All patients, of which those matching the search text and filter are shown."""

    COL_NAME = 0
    COL_BORN = 1
    COL_LAST_VISIT = 2
    COL_ALERTS = 3
    #: The columns' headings in English (``headers()`` gives them translated).
    HEADERS = ("Patient", "Born", "Last visit", "⚠")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[PatientRow] = []
        self._shown: list[PatientRow] = []
        self._query = ""
        self._words: list[str] = []
        self._ordered: list[PatientRow] | None = None  # _all in the chosen order, cached
        self._rows_by_id: dict[int, int] | None = None  # patient id -> row shown, cached
        self._filter = PatientFilter.ACTIVE
        self._sort = PatientSort.LAST_VISIT
        self.hide_names = False

    def headers(self) -> tuple[str, ...]:
        """The columns' headings in the app's language."""
        return (
            self.tr("Patient"),
            self.tr("Born"),
            self.tr("Last visit"),
            "⚠",
        )

    # ----------------------------------------------------------- feeding
    def set_rows(self, rows: list[PatientRow]) -> None:
        self._all = list(rows)
        self._ordered = None
        self._refilter()

    def upsert_row(self, row: PatientRow) -> None:
        """Replace (or add) one patient's line after an edit."""
        for i, existing in enumerate(self._all):
            if existing.id == row.id:
                self._all[i] = row
                break
        else:
            self._all.append(row)
        self._ordered = None
        self._refilter()

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        words = fold(text).split()
        # Typing on narrows the search: every row that matches the longer words matched the
        # shorter ones, so only the rows shown need checking (10,000 patients stay instant).
        narrowing = bool(self._words) and _extends(self._words, words)
        self._query = text
        self._words = words
        self._refilter(within_shown=narrowing)

    def set_filter(self, value: PatientFilter) -> None:
        self._filter = PatientFilter(value)
        self._refilter()

    def set_hide_names(self, hide: bool) -> None:
        """Show patient numbers instead of names (while the screen faces the room)."""
        self.beginResetModel()
        self.hide_names = hide
        self.endResetModel()

    def set_sort(self, value: PatientSort) -> None:
        self._sort = PatientSort(value)
        self._ordered = None
        self._refilter()

    def _in_order(self) -> list[PatientRow]:
        if self._ordered is None:
            rows = list(self._all)
            if self._sort is PatientSort.NAME:
                rows.sort(key=lambda r: (r.search_key, r.id))
            else:
                oldest = dt.datetime.min
                rows.sort(key=lambda r: (r.last_visit or oldest, r.id), reverse=True)
            self._ordered = rows
        return self._ordered

    def _refilter(self, *, within_shown: bool = False) -> None:
        f = self._filter
        words = self._words
        source = self._shown if within_shown else self._in_order()
        if f is PatientFilter.ALL:
            rows = list(source)
        elif f is PatientFilter.ARCHIVED:
            rows = [r for r in source if r.archived]
        elif f is PatientFilter.ACTIVE:
            rows = [r for r in source if not r.archived]
        else:
            rows = [r for r in source if r.open_alerts > 0 and not r.archived]
        for word in words:
            rows = [r for r in rows if word in r.search_key]
        self.beginResetModel()
        self._shown = rows
        self._rows_by_id = None
        self.endResetModel()

    # ----------------------------------------------------------- lookup
    def row_at(self, row: int) -> PatientRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, patient_id: int) -> int:
        if self._rows_by_id is None:
            self._rows_by_id = {r.id: i for i, r in enumerate(self._shown)}
        return self._rows_by_id.get(patient_id, -1)

    def total(self) -> int:
        return len(self._all)

    # ----------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Alliance alerts") if section == self.COL_ALERTS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        r = self._shown[index.row()]
        col = index.column()
        if role == self.ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                name = (
                    self.tr("Patient #{number}").format(number=r.id)
                    if self.hide_names
                    else r.display_name
                )
                return self.tr("{name}  (archived)").format(name=name) if r.archived else name
            if col == self.COL_BORN:
                if self.hide_names or r.date_of_birth is None:
                    return ""
                return formats.day(r.date_of_birth, "dd/MM/yy")
            if col == self.COL_LAST_VISIT:
                return formats.day(r.last_visit, "dd MMM yy") if r.last_visit else "—"
            if col == self.COL_ALERTS:
                return f"⚠ {r.open_alerts}" if r.open_alerts else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_ALERTS and r.open_alerts:
            return self.tr("{count} alliance alert(s) need attention").format(count=r.open_alerts)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_ALERTS:
            if not r.open_alerts:
                return self.tr("no alerts")
            return self.tr("{count} alerts").format(count=r.open_alerts)
        return None


def _extends(old: list[str], new: list[str]) -> bool:
    """True when ``new`` can only match fewer rows than ``old``: the same words, the last one
    possibly longer, and perhaps more words after it."""
    if len(new) < len(old):
        return False
    return old[:-1] == new[: len(old) - 1] and new[len(old) - 1].startswith(old[-1])
