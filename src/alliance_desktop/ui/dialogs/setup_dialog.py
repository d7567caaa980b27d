"""First run: name the practice and its practitioner, choose a passphrase, keep the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.opening import create_encrypted_store, passphrase_strength
from alliance_desktop.store.unit_of_work import Store
from alliance_desktop.ui.widgets.fields import InlineError, line_edit


def password_edit(name: str, label: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SetupDialog(QDialog):
    """Creates a new encrypted practice; ``store`` holds it once the dialog is accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle("Set up your practice")
        self.folder = folder
        self.store: Store | None = None
        self.recovery = ""
        self.pages = QStackedWidget(self)

        form_page = QWidget(self)
        intro = QLabel(
            f"Alliance Desktop keeps your practice in {folder}, encrypted with a passphrase "
            "only you know. If you expected your records to be there already, cancel and "
            "check that the drive or folder is available.",
            form_page,
        )
        intro.setWordWrap(True)
        self.practice_name = line_edit("setupPracticeName", "Practice name", parent=form_page)
        self.practitioner = line_edit("setupPractitioner", "Your name", parent=form_page)
        self.passphrase = password_edit("setupPassphrase", "Passphrase", form_page)
        self.again = password_edit("setupPassphraseAgain", "Passphrase again", form_page)
        self.strength = QLabel("", form_page)
        self.strength.setObjectName("passphraseStrength")
        self.error = InlineError(form_page)
        form = QFormLayout()
        form.addRow("Practice name", self.practice_name)
        form.addRow("Your name", self.practitioner)
        form.addRow("Passphrase", self.passphrase)
        form.addRow("", self.strength)
        form.addRow("Passphrase again", self.again)
        layout = QVBoxLayout(form_page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)

        key_page = QWidget(self)
        key_intro = QLabel(
            "<b>Your recovery key.</b> Write it down or print it, and keep it somewhere safe "
            "away from this laptop. It opens the practice if the passphrase is ever forgotten. "
            "It is shown only now.",
            key_page,
        )
        key_intro.setWordWrap(True)
        self.key_label = QLabel(key_page)
        self.key_label.setObjectName("recoveryKey")
        font = self.key_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = QCheckBox(
            "I have written down the recovery key and put it somewhere safe", key_page
        )
        self.kept.setObjectName("recoveryKept")
        key_layout = QVBoxLayout(key_page)
        key_layout.addWidget(key_intro)
        key_layout.addWidget(self.key_label)
        key_layout.addWidget(self.kept)
        key_layout.addStretch(1)

        self.pages.addWidget(form_page)
        self.pages.addWidget(key_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(
            "Create the practice", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setObjectName("setupCreate")
        self.finish_button = self.buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.setObjectName("setupFinish")
        self.finish_button.hide()
        self.finish_button.setEnabled(False)
        self.next_button.clicked.connect(self.try_create)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kept.toggled.connect(self.finish_button.setEnabled)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        outer.addWidget(self.buttons)
        self.resize(560, 0)

    def _on_passphrase_changed(self, text: str) -> None:
        self.strength.setText(f"Strength: {passphrase_strength(text)}" if text else "")

    def try_create(self) -> bool:
        if self.passphrase.text() != self.again.text():
            self.error.show_message("The two passphrases are not the same.")
            return False
        if not self.practitioner.text().strip() or not self.practice_name.text().strip():
            self.error.show_message("Please give the practice's name and your own.")
            return False
        try:
            store, recovery = create_encrypted_store(self.folder, self.passphrase.text())
        except StoreError as exc:
            self.error.show_message(str(exc))
            return False
        services = Services.for_store(store)
        try:
            services.practice.set_name(self.practice_name.text())
            services.practice.add_practitioner(self.practitioner.text())
        except ValidationError as exc:  # cannot happen after the checks above; never silent
            self.error.show_message(exc.message)
        self.store, self.recovery = store, recovery
        self.key_label.setText(recovery)
        self.pages.setCurrentIndex(1)
        self.next_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.finish_button.show()
        return True

    def reject(self) -> None:
        if self.store is not None:  # the practice exists now: only the key confirmation is left
            return
        super().reject()
