"""Questions to the user, behind one seam so tests never block on a real modal dialog.

Tests call ``Ask.set_next_answer(value)``; the next question returns it without showing anything.
"""

from __future__ import annotations

from collections import deque
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from alliance_desktop import APP_NAME


class Ask:
    """Yes/no questions, short text answers, and messages."""

    _answers: ClassVar[deque[Any]] = deque()
    asked: ClassVar[list[str]] = []  # what was asked (tests read it)

    @classmethod
    def set_next_answer(cls, value: Any) -> None:
        cls._answers.append(value)

    @classmethod
    def reset(cls) -> None:
        cls._answers.clear()
        cls.asked.clear()

    @classmethod
    def _canned(cls, text: str) -> tuple[bool, Any]:
        cls.asked.append(text)
        if cls._answers:
            return True, cls._answers.popleft()
        return False, None

    @classmethod
    def yes_no(
        cls,
        parent: QWidget | None,
        text: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        default_yes: bool = True,
    ) -> bool:
        """Ask a question; ``default_yes=False`` when "yes" would lose or finalise something.

        ``yes`` and ``no`` are the buttons' texts (translated "Yes" and "No" when None).
        """
        found, answer = cls._canned(text)
        if found:
            return bool(answer)
        if yes is None:
            yes = QCoreApplication.translate("Ask", "Yes")
        if no is None:
            no = QCoreApplication.translate("Ask", "No")
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.exec()
        return box.clickedButton() is yes_button

    @classmethod
    def text(cls, parent: QWidget | None, text: str, *, title: str = APP_NAME) -> str | None:
        """A short free-text answer (a reason); None if cancelled."""
        found, answer = cls._canned(text)
        if found:
            return None if answer is None else str(answer)
        value, ok = QInputDialog.getMultiLineText(parent, title, text)
        return value if ok else None

    @classmethod
    def inform(cls, parent: QWidget | None, text: str, *, warning: bool = False) -> None:
        found, _ = cls._canned(text)
        if found:
            return
        if warning:
            QMessageBox.warning(parent, APP_NAME, text)
        else:
            QMessageBox.information(parent, APP_NAME, text)
