"""Input widgets that never clamp silently: bad input stays visible with a message beside it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError


class InlineError(QLabel):
    """A short message shown next to a field while its content is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setStyleSheet("QLabel#inlineError { color: #b3261e; font-weight: 600; }")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class _CheckedField(QWidget):
    """A one-line field whose text is checked as it is typed, the problem shown beside it.

    Subclasses give ``edit``, ``error`` and ``value()`` (which raises ValidationError).

    Signals:
        edited(): the text changed by the user.
    """

    edited = Signal()
    edit: QLineEdit
    error: InlineError

    def value(self) -> Any:
        raise NotImplementedError

    def _on_text_edited(self, _text: str) -> None:
        self.check()
        self.edited.emit()

    def check(self) -> str:
        """Show (and return) the problem with the current text, or clear it."""
        try:
            self._last_valid = self.value()
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return exc.message
        self.error.show_message("")
        return ""

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class ScoreEdit(_CheckedField):
    """A 0-10 (or other range) whole-number field; empty means "not recorded".

    Signals:
        edited(): the text changed by the user.
    """

    def __init__(
        self,
        name: str,
        label: str,
        *,
        minimum: int = 0,
        maximum: int = 10,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.required = required
        self.minimum, self.maximum = minimum, maximum
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(
            self.tr("A whole number from {minimum} to {maximum}, or empty").format(
                minimum=minimum, maximum=maximum
            )
        )
        self.edit.setPlaceholderText("–")
        digits = len(str(maximum))
        self.edit.setMaxLength(digits + 2)  # room to type a wrong value and see it refused
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0" * (digits + 1)) + 24)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._last_valid: int | None = None
        self.hint = QLabel(f"/ {maximum}", self)
        self.error = InlineError(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # setTabOrder() moves it with its field
        self.edit.textEdited.connect(self._on_text_edited)

    def revert_if_invalid(self) -> bool:
        """Put back the last valid value if the text is wrong; True if it did."""
        if not self.check():
            return False
        self.set_value(self._last_valid)
        return True

    def value(self) -> int | None:
        """The number, None when empty; raises ValidationError for anything else."""
        text = self.edit.text().strip()
        if not text:
            if self.required:
                raise ValidationError(
                    self.tr("Please give the {field}.").format(field=self.label.lower())
                )
            return None
        try:
            number = int(text)
        except ValueError:
            raise ValidationError(
                self.tr("{field}: type a whole number from {minimum} to {maximum}.").format(
                    field=self.label, minimum=self.minimum, maximum=self.maximum
                )
            ) from None
        if not self.minimum <= number <= self.maximum:
            raise ValidationError(
                self.tr("{field} must be from {minimum} to {maximum} (you typed {number}).").format(
                    field=self.label, minimum=self.minimum, maximum=self.maximum, number=number
                )
            )
        return number

    def set_value(self, value: float | None) -> None:
        self.edit.setText("" if value is None else f"{value:g}")
        self._last_valid = None if value is None else int(value)
        self.error.show_message("")


class DateField(_CheckedField):
    """A date typed as 31/12/1980 or 1980-12-31; empty allowed when ``optional``.

    Signals:
        edited(): the text changed by the user.
    """

    def __init__(
        self, name: str, label: str, *, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(self.tr("A date such as 31/12/1980"))
        #: The placeholder of a date field: the order of day, month and year it takes
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.error = InlineError(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # setTabOrder() moves it with its field
        self.edit.textEdited.connect(self._on_text_edited)

    def value(self) -> dt.date | None:
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(
                self.tr("Please enter the {field}.").format(field=self.label.lower())
            )
        for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise ValidationError(
            self.tr("{field}: '{text}' is not a date like 31/12/1980.").format(
                field=self.label, text=text
            )
        )

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(value.strftime("%d/%m/%Y") if value else "")
        self.error.show_message("")


class EnumCombo(QComboBox):
    """A choice among a closed vocabulary, showing each value's label."""

    def __init__(
        self, name: str, label: str, enum: type[StrEnum], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(label)
        for member in enum:
            self.addItem(getattr(member, "label", member.value), member.value)
        self._enum = enum

    def value(self) -> Any:
        return self._enum(self.currentData())

    def set_value(self, value: StrEnum) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)


class YesNoCombo(QComboBox):
    """Yes, no, or not yet discussed (None)."""

    def __init__(self, name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(label)
        self.addItem(self.tr("Not discussed yet"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))


def text_edit(
    name: str, label: str, *, lines: int = 3, parent: QWidget | None = None, placeholder: str = ""
) -> QPlainTextEdit:
    """A multi-line text box sized to ``lines`` lines of text."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    # A fixed height of ``lines`` lines: forms scroll as a whole instead of one box swallowing
    # the spare space; long text scrolls inside its own box.
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def line_edit(
    name: str, label: str, *, parent: QWidget | None = None, placeholder: str = ""
) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setPlaceholderText(placeholder)
    return edit


def qdatetime(value: dt.datetime) -> QDateTime:
    """A Python date and time as Qt's (local, to the second)."""
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
