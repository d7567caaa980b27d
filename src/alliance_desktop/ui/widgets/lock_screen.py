"""The screen that covers everything while the app is locked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

MAX_WRONG = 5
WAIT_SECONDS = 60


class LockScreen(QWidget):
    """No patient data: a PIN field and an Unlock button.

    Signals:
        unlocked(): the right PIN was given.
    """

    unlocked = Signal()

    def __init__(
        self,
        check_pin: Callable[[str], bool],
        check_passphrase: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.check_pin = check_pin
        self.check_passphrase = check_passphrase
        self.passphrase_only = False
        self.wrong = 0
        self.wait_seconds = WAIT_SECONDS
        title = QLabel(self.tr("Alliance Desktop is locked"), self)
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Patient records are hidden. Type your PIN (or the practice passphrase) to "
                "continue; anything you were typing is still there."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("lockPin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(1000)  # the PIN, or the passphrase of an encrypted practice
        self.pin.setFixedWidth(220)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockApp")
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, hint, self.pin, self.button, self.message):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._end_wait)
        self.pin.returnPressed.connect(self.try_unlock)
        self.button.clicked.connect(self.try_unlock)

    def reset(self) -> None:
        self.pin.clear()
        if not self._timer.isActive():
            self.message.clear()
        self.pin.setFocus()

    def try_unlock(self) -> bool:
        if self._timer.isActive():
            return False
        text = self.pin.text()
        # The PIN first (fast); a passphrase is at least 10 characters, so a PIN-sized entry
        # never pays for the half-second passphrase check.
        ok = (not self.passphrase_only and self.check_pin(text)) or (
            self.check_passphrase is not None and len(text) >= 10 and self.check_passphrase(text)
        )
        self.pin.clear()
        if ok:
            self.wrong = 0
            self.message.clear()
            self.unlocked.emit()
            return True
        self.wrong += 1
        if self.wrong >= MAX_WRONG and self.check_passphrase is not None:
            # after five wrong PINs only the passphrase opens an encrypted practice
            self.passphrase_only = True
            self.pin.setMaxLength(1000)
            self.message.setText(self.tr("Too many wrong PINs: type the practice passphrase."))
        elif self.wrong >= MAX_WRONG:
            self.message.setText(
                self.tr("Too many wrong PINs. Please wait {seconds} seconds.").format(
                    seconds=self.wait_seconds
                )
            )
            self.pin.setEnabled(False)
            self.button.setEnabled(False)
            self._timer.start(self.wait_seconds * 1000)
        else:
            self.message.setText(self.tr("That PIN is not right."))
        return False

    def _end_wait(self) -> None:
        self.wrong = 0
        self.pin.setEnabled(True)
        self.button.setEnabled(True)
        self.message.setText(self.tr("You can try again."))
        self.pin.setFocus()
