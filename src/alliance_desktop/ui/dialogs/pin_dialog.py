"""Setting the PIN that ends the patient check-in (asked the first time it is needed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.ui.widgets.fields import InlineError


class PinDialog(QDialog):
    """Two PIN fields; ``try_accept()`` stores the PIN's hash and closes on success."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Set your check-in PIN"))
        self.services = services
        intro = QLabel(
            self.tr(
                "While the patient answers the check-in, the rest of the app is locked. "
                "Choose a PIN of 4 to 8 digits to return to it. Only you should know it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("newPin")
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPinAgain")
        self.again.setAccessibleName(self.tr("New PIN again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = InlineError(self)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> bool:
        if self.pin.text() != self.again.text():
            self.error.show_message(self.tr("The two PINs are not the same."))
            self.again.clear()
            return False
        try:
            self.services.practice.set_handover_pin(self.pin.text())
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return False
        self.accept()
        return True
