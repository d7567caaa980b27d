"""Choosing a backup to restore, with its date, size and what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.store.backup import BackupFile, list_backups
from alliance_desktop.ui import formats


class RestoreDialog(QDialog):
    """Lists the backups of a folder, newest first; ``chosen()`` is the selected one."""

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, key: bytes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.backups: list[BackupFile] = list_backups(folder, key=key)
        intro = QLabel(
            self.tr(
                "Choose a backup to put back in place of the practice as it is now. The current "
                "practice is kept aside in the backups folder first, so nothing is lost."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Patients"), self.tr("Visits")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, b in enumerate(self.backups):
            for col, text in enumerate(
                (
                    formats.moment(b.made_at),
                    self.tr("{size} MB").format(size=formats.number(b.size / 1_000_000, 1)),
                    "?" if b.patients is None else formats.number(b.patients),
                    "?" if b.visits is None else formats.number(b.visits),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        empty = QLabel(self.tr("There are no backups yet."), self)
        empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
