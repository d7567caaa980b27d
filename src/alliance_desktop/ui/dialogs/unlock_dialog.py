"""Opening an encrypted practice: the passphrase, or the recovery key if it was forgotten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.keys import WrongPassphraseError
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import change_passphrase, unlock_location
from alliance_desktop.ui.dialogs.setup_dialog import password_edit
from alliance_desktop.ui.widgets.fields import InlineError


class UnlockDialog(QDialog):
    """``location`` holds the unlocked practice once the dialog is accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Open your practice"))
        self.folder = folder
        self.location: StoreLocation | None = None
        intro = QLabel(
            self.tr("Your practice in {folder} is encrypted.").format(folder=folder), self
        )
        intro.setWordWrap(True)
        self.passphrase = password_edit("unlockPassphrase", self.tr("Passphrase"), self)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use the recovery key"), self)
        self.use_recovery.setObjectName("useRecovery")
        self.error = InlineError(self)
        form = QFormLayout()
        self.field_label = QLabel(self.tr("Passphrase"), self)
        form.addRow(self.field_label, self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.use_recovery.toggled.connect(self._on_mode)

    def _on_mode(self, recovery: bool) -> None:
        self.field_label.setText(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self.passphrase.setEchoMode(
            self.passphrase.EchoMode.Normal if recovery else self.passphrase.EchoMode.Password
        )
        self.passphrase.clear()

    def try_accept(self) -> bool:
        text = self.passphrase.text()
        try:
            if self.use_recovery.isChecked():
                self.location = unlock_location(self.folder, recovery_key=text)
            else:
                self.location = unlock_location(self.folder, passphrase=text)
        except WrongPassphraseError as exc:
            self.error.show_message(str(exc))
            self.passphrase.clear()
            return False
        except StoreError as exc:
            self.error.show_message(str(exc))
            return False
        self.accept()
        return True


class ChangePassphraseDialog(QDialog):
    """Current passphrase, then the new one twice."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.folder = folder
        self.current = password_edit("currentPassphrase", self.tr("Current passphrase"), self)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use the recovery key instead"), self)
        self.use_recovery.setObjectName("changeWithRecovery")
        self.new = password_edit("newPassphrase", self.tr("New passphrase"), self)
        self.again = password_edit("newPassphraseAgain", self.tr("New passphrase again"), self)
        self.error = InlineError(self)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> bool:
        if self.new.text() != self.again.text():
            self.error.show_message(self.tr("The two new passphrases are not the same."))
            return False
        try:
            change_passphrase(
                self.folder,
                self.current.text(),
                self.new.text(),
                recovery_key=self.use_recovery.isChecked(),
            )
        except StoreError as exc:
            self.error.show_message(str(exc))
            return False
        self.accept()
        return True
