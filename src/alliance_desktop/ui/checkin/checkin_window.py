"""The patient hand-over check-in: one full-screen window, big type, nothing else reachable.

The practitioner hands the laptop over. The patient picks a language and a way to answer (one
question at a time, or all on one page), answers or skips each question, checks the answers and
sends them. Esc, Alt+F4 and closing the window never leave it: they lead to the PIN page, and only
the practitioner's hand-over PIN closes the window and emits ``finished``.

Storing the answers is the caller's job (``submit``); a ``ValidationError`` it raises is shown on
the review page in plain words and every answer stays as it was.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import Instrument, Item, pick

log = logging.getLogger(__name__)

#: Wrong PINs in a row before the PIN page makes the practitioner wait.
PIN_MAX_WRONG_TRIES = 5
#: How long that wait lasts (read at each lock-out, so tests may shorten it).
PIN_LOCKOUT_SECONDS: float = 30.0
#: Type sizes, as multiples of the application font.
BASE_SCALE = 1.7
QUESTION_SCALE = 2.3
TITLE_SCALE = 2.1
VALUE_SCALE = 3.0
#: The widest the content gets on a large screen, so lines stay readable.
CONTENT_MAX_WIDTH = 1240
#: Tick numbers shown under a slider at most (more steps show every n-th number).
MAX_TICK_NUMBERS = 21

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

# Every word the patient or practitioner reads here, in both languages.
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "window": "Check-in",
        "language": "Language: {name}",
        "how": "How would you like to answer?",
        "mode_one": "One question at a time",
        "mode_all": "All on one page",
        "start": "Start",
        "progress": "Question {n} of {total}",
        "progress_name": "Progress through the questions",
        "skip": "Skip this question",
        "back": "Back",
        "next": "Next",
        "to_review": "Review my answers",
        "tap_line": "Not answered yet: tap the line",
        "tap_choice": "Not answered yet: tap an answer",
        "value": "{value} out of {maximum}",
        "slider_help": "From {low} ({low_label}) to {high} ({high_label})",
        "not_answered": "Not answered",
        "review_title": "Your answers",
        "review_hint": "Check your answers. You can change any of them before you send them.",
        "change": "Change",
        "change_name": "Change the answer to: {text}",
        "submit": "Send my answers",
        "submit_failed": (
            "Your answers could not be saved. Please hand the laptop back to your practitioner."
        ),
        "thanks": "Thank you. Please hand the laptop back to your practitioner.",
        "return": "Practitioner: return to the app",
        "pin_title": "Practitioner PIN",
        "pin_hint": "This screen is for your practitioner.",
        "unlock": "Unlock",
        "back_to_questions": "Back to the questions",
        "delete": "Delete the last digit",
        "wrong_pin": "That PIN is not right.",
        "pin_wait": "Too many wrong tries. Please wait {wait} before trying again.",
        "second": "second",
        "seconds": "seconds",
        "pin_ready": "You can try again now.",
        "pin_error": "The PIN could not be checked. Please try again.",
    },
    "fr": {
        "window": "Questionnaire",
        "language": "Langue : {name}",
        "how": "Comment souhaitez-vous répondre ?",
        "mode_one": "Une question à la fois",
        "mode_all": "Toutes les questions sur une page",
        "start": "Commencer",
        "progress": "Question {n} sur {total}",
        "progress_name": "Progression dans les questions",
        "skip": "Passer cette question",
        "back": "Retour",
        "next": "Suivant",
        "to_review": "Revoir mes réponses",
        "tap_line": "Pas encore de réponse : touchez la ligne",
        "tap_choice": "Pas encore de réponse : touchez une réponse",
        "value": "{value} sur {maximum}",
        "slider_help": "De {low} ({low_label}) à {high} ({high_label})",
        "not_answered": "Pas de réponse",
        "review_title": "Vos réponses",
        "review_hint": (
            "Vérifiez vos réponses. Vous pouvez encore les modifier avant de les envoyer."
        ),
        "change": "Modifier",
        "change_name": "Modifier la réponse à : {text}",
        "submit": "Envoyer mes réponses",
        "submit_failed": (
            "Vos réponses n'ont pas pu être enregistrées. Veuillez rendre l'ordinateur à votre "
            "praticien ou praticienne."
        ),
        "thanks": "Merci. Veuillez rendre l'ordinateur à votre praticien ou praticienne.",
        "return": "Praticien·ne : revenir à l'application",
        "pin_title": "Code du praticien ou de la praticienne",
        "pin_hint": "Cet écran est réservé à votre praticien ou praticienne.",
        "unlock": "Déverrouiller",
        "back_to_questions": "Retour aux questions",
        "delete": "Effacer le dernier chiffre",
        "wrong_pin": "Ce code n'est pas le bon.",
        "pin_wait": "Trop d'essais erronés. Veuillez attendre {wait} avant de réessayer.",
        "second": "seconde",
        "seconds": "secondes",
        "pin_ready": "Vous pouvez réessayer maintenant.",
        "pin_error": "Le code n'a pas pu être vérifié. Veuillez réessayer.",
    },
}


def tr(language: str, key: str, **values: Any) -> str:
    """The text ``key`` in ``language`` (English when the language or the key is missing)."""
    text = TEXTS.get(language, {}).get(key) or TEXTS["en"][key]
    return text.format(**values) if values else text


def number(value: float, language: str) -> str:
    """A value as a person writes it: no trailing zeros, a decimal comma in French."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "fr" else text


# ---------------------------------------------------------------------------- look


INK = "#111111"
PAPER = "#ffffff"
ACCENT = "#0b57d0"  # 6.6:1 on white; white text on it is as readable
ACCENT_DARK = "#0b3d91"
ERROR = "#b3261e"
MUTED = "#3c4043"  # secondary text stays dark: 10:1 on white

_WINDOW_STYLE = f"""
QPushButton {{
    background: #eef0f2; color: {INK}; border: 2px solid {MUTED}; border-radius: 12px;
    padding: 10px 28px; min-height: 44px;
}}
QPushButton:hover {{ background: #e1e5e9; }}
QPushButton:pressed {{ background: #cfd5db; }}
QPushButton:focus {{ border: 3px solid {ACCENT}; }}
QPushButton:disabled {{ color: #5f6368; border-color: #9aa0a6; background: #f5f5f5; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: {PAPER}; border: 2px solid {ACCENT_DARK}; padding: 14px 40px;
}}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:focus {{ border: 4px solid {INK}; }}
QPushButton[role="primary"]:disabled {{ background: #9aa0a6; color: {PAPER}; }}
QPushButton[role="choice"]:checked, QPushButton[role="language"]:checked {{
    background: {ACCENT}; color: {PAPER}; border: 3px solid {ACCENT_DARK};
}}
QPushButton[role="choice"]:checked:focus, QPushButton[role="language"]:checked:focus {{
    border: 5px solid {INK};
}}
QPushButton[role="quiet"] {{
    background: {PAPER}; border: 1px solid #5f6368; padding: 6px 16px; min-height: 30px;
}}
QPushButton[role="quiet"]:focus {{ border: 3px solid {ACCENT}; }}
QRadioButton {{ spacing: 16px; padding: 6px 4px; color: {INK}; }}
QRadioButton::indicator {{
    width: 30px; height: 30px; border-radius: 17px; border: 3px solid {MUTED};
    background: {PAPER};
}}
QRadioButton::indicator:checked {{
    border: 3px solid {ACCENT_DARK};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {ACCENT}, stop:0.55 {ACCENT}, stop:0.62 {PAPER}, stop:1 {PAPER});
}}
QRadioButton:focus {{ background: #e8f0fe; border-radius: 8px; }}
QLineEdit {{
    border: 2px solid {MUTED}; border-radius: 10px; padding: 8px 14px; background: {PAPER};
    color: {INK}; min-height: 44px;
}}
QLineEdit:focus {{ border: 3px solid {ACCENT}; }}
QLineEdit:disabled {{ background: #f1f3f4; }}
QProgressBar {{
    border: 2px solid {MUTED}; border-radius: 8px; background: {PAPER}; min-height: 16px;
    max-height: 16px;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QScrollArea {{ border: none; background: {PAPER}; }}
QWidget#qt_scrollarea_viewport, QWidget#allContent, QWidget#reviewRows {{ background: {PAPER}; }}
QScrollBar:vertical {{ width: 26px; background: #eef0f2; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QPushButton[role="change"] {{ padding: 4px 22px; min-height: 34px; }}
QPushButton[role="key"] {{
    padding: 0; min-height: 52px; max-height: 52px; min-width: 108px; max-width: 108px;
}}
QScrollBar::handle:vertical {{ background: #80868b; min-height: 60px; border-radius: 8px; }}
QLabel#reviewError, QLabel#pinMessage[problem="true"] {{ color: {ERROR}; font-weight: 600; }}
QFrame#rule {{ color: #c4c7c5; }}
"""

_HANDLE = (
    "QSlider::handle:horizontal {{ width: 44px; height: 44px; margin: -19px 0; "
    "border-radius: 26px; {look} }}"
)
_SLIDER_STYLE = (
    "QSlider {{ min-height: 64px; }}"
    "QSlider:focus {{ background: #e8f0fe; border-radius: 12px; }}"
    "QSlider::groove:horizontal {{ height: 14px; border-radius: 7px; background: #5f6368; }}"
    "QSlider::sub-page:horizontal {{ height: 14px; border-radius: 7px; background: {fill}; }}"
    "QSlider::add-page:horizontal {{ height: 14px; border-radius: 7px; background: #5f6368; }}"
)
#: Unanswered, the handle is not drawn: where it sits is not an answer.
SLIDER_UNANSWERED = _SLIDER_STYLE.format(fill="#5f6368") + _HANDLE.format(
    look="background: transparent; border: 4px solid transparent;"
)
SLIDER_ANSWERED = _SLIDER_STYLE.format(fill=ACCENT) + _HANDLE.format(
    look=f"background: {ACCENT}; border: 4px solid {ACCENT_DARK};"
)


def scaled_font(factor: float, *, bold: bool = False) -> QFont:
    """The application font, ``factor`` times larger."""
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def _palette() -> QPalette:
    """Dark text on white whatever the desktop theme: the check-in must never be low contrast."""
    palette = QPalette()
    ink, paper = QColor(INK), QColor(PAPER)
    for role, color in (
        (QPalette.ColorRole.Window, paper),
        (QPalette.ColorRole.WindowText, ink),
        (QPalette.ColorRole.Base, paper),
        (QPalette.ColorRole.AlternateBase, QColor("#f1f3f4")),
        (QPalette.ColorRole.Text, ink),
        (QPalette.ColorRole.Button, QColor("#eef0f2")),
        (QPalette.ColorRole.ButtonText, ink),
        (QPalette.ColorRole.Highlight, QColor(ACCENT)),
        (QPalette.ColorRole.HighlightedText, paper),
        (QPalette.ColorRole.PlaceholderText, QColor("#5f6368")),
        (QPalette.ColorRole.ToolTipBase, paper),
        (QPalette.ColorRole.ToolTipText, ink),
    ):
        palette.setColor(role, color)
    grey = QColor("#5f6368")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def _button(name: str, role: str = "normal", parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setProperty("role", role)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # Set on each button: a desktop theme's font for buttons would win over the window's.
    button.setFont(scaled_font(BASE_SCALE))
    return button


def _label(factor: float = BASE_SCALE, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setFont(scaled_font(factor, bold=bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# ---------------------------------------------------------------------------- answer inputs


class AbsoluteClickStyle(QProxyStyle):
    """A press anywhere on a slider's groove moves the handle there (not a page step)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        opt: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return super().styleHint(hint, opt, widget, returnData)


_absolute_style: AbsoluteClickStyle | None = None


def absolute_click_style() -> AbsoluteClickStyle:
    """One shared style for every answer slider, owned by the application (outlives them)."""
    global _absolute_style  # noqa: PLW0603 - a lazily made singleton owned by the QApplication
    if _absolute_style is None:
        base = QStyleFactory.create("Fusion")
        style = AbsoluteClickStyle(base) if base is not None else AbsoluteClickStyle()
        style.setParent(QCoreApplication.instance())
        _absolute_style = style
    return _absolute_style


class AnswerSlider(QSlider):
    """A large horizontal slider over step indexes 0..steps.

    Signals:
        picked(int): the person chose this index (tap, drag, keys, or a tap on a tick number).
            Setting the value from code emits nothing.
    """

    picked = Signal(int)

    def __init__(self, steps: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setStyle(absolute_click_style())
        self.setRange(0, steps)
        self.setSingleStep(1)
        self.setPageStep(max(1, steps // 10))
        self.setTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._marked: bool | None = None
        self.set_marked(False)
        # Emitted for every action of the person (before the value is applied for keys),
        # never for setValue() from code.
        self.actionTriggered.connect(lambda _action: self.picked.emit(self.sliderPosition()))

    def set_marked(self, answered: bool) -> None:
        """Show the handle only once there is an answer."""
        if answered != self._marked:
            self._marked = answered
            self.setStyleSheet(SLIDER_ANSWERED if answered else SLIDER_UNANSWERED)

    def choose(self, index: int) -> None:
        """Choose an index as the person would (from the tick numbers)."""
        self.setValue(index)
        self.picked.emit(self.value())

    def handle_centre(self, index: int) -> int:
        """Where, in this slider's coordinates, the handle's centre is when at ``index``."""
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        opt.sliderPosition = index
        opt.sliderValue = index
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self
        )
        return rect.center().x()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # A scroll over the page must scroll it, never answer a question by accident.
        event.ignore()


class TickNumbers(QWidget):
    """The numbers under a slider, each under the handle's place; a tap on one chooses it."""

    def __init__(self, slider: AnswerSlider, texts: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._slider = slider
        self._texts = texts
        self._every = max(1, math.ceil(len(texts) / MAX_TICK_NUMBERS))
        self.setFont(scaled_font(BASE_SCALE))
        self.setMinimumHeight(self.fontMetrics().height() + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self.update()

    def _x(self, index: int) -> int:
        point = self._slider.mapToGlobal(QPoint(self._slider.handle_centre(index), 0))
        return self.mapFromGlobal(point).x()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor(MUTED), 2))
        metrics = self.fontMetrics()
        for index, text in enumerate(self._texts):
            x = self._x(index)
            painter.drawLine(x, 0, x, 8)
            if index % self._every == 0 or index == len(self._texts) - 1:
                painter.setPen(QColor(INK))
                width = metrics.horizontalAdvance(text)
                painter.drawText(x - width // 2, 12 + metrics.ascent(), text)
                painter.setPen(QPen(QColor(MUTED), 2))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._texts:
            super().mousePressEvent(event)
            return
        x = event.position().x()
        nearest = min(range(len(self._texts)), key=lambda i: abs(self._x(i) - x))
        self._slider.setFocus()
        self._slider.choose(nearest)


class AnswerInput(QWidget):
    """How one item is answered. ``value()`` is None while unanswered.

    Signals:
        changed(object): the person gave (or changed) an answer: a float.
    """

    changed = Signal(object)

    def __init__(self, item: Item, language: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language
        self.name = name
        self._value: float | None = None

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (None: unanswered) without emitting ``changed``."""
        raise NotImplementedError

    def retranslate(self, language: str) -> None:
        raise NotImplementedError

    def focus_input(self) -> None:
        self.setFocus()


class SliderInput(AnswerInput):
    """A visual-analogue line: the chosen number in large type, the end labels under the ends."""

    def __init__(self, item: Item, language: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, name, parent)
        scale = item.scale
        self.steps = max(1, round((scale.maximum - scale.minimum) / scale.step))
        self.display = _label(VALUE_SCALE, bold=True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setObjectName(f"{name}_value")
        self.slider = AnswerSlider(self.steps)
        self.slider.setObjectName(name)
        self.ticks = TickNumbers(self.slider, [])
        self.ticks.setObjectName(f"{name}_ticks")
        self.min_label = _label()
        self.max_label = _label()
        self.max_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.min_label, 1, Qt.AlignmentFlag.AlignTop)
        ends.addSpacing(40)
        ends.addWidget(self.max_label, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.display)
        layout.addSpacing(8)
        layout.addWidget(self.slider)
        layout.addSpacing(4)
        layout.addWidget(self.ticks)
        layout.addLayout(ends)
        self.setFocusProxy(self.slider)
        self.slider.picked.connect(self._on_picked)
        self.retranslate(language)

    def value_at(self, index: int) -> float:
        scale = self.item.scale
        return min(scale.maximum, round(scale.minimum + index * scale.step, 9))

    def index_of(self, value: float) -> int:
        scale = self.item.scale
        return max(0, min(self.steps, round((value - scale.minimum) / scale.step)))

    def _on_picked(self, index: int) -> None:
        self._value = self.value_at(index)
        self._refresh()
        self.changed.emit(self._value)

    def set_value(self, value: float | None) -> None:
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(0 if value is None else self.index_of(value))
        self.slider.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        lang = self.language
        answered = self._value is not None
        self.slider.set_marked(answered)
        if self._value is None:
            self.display.setText(tr(lang, "tap_line"))
            self.display.setFont(scaled_font(BASE_SCALE))
        else:
            self.display.setText(
                tr(
                    lang,
                    "value",
                    value=number(self._value, lang),
                    maximum=number(self.item.scale.maximum, lang),
                )
            )
            self.display.setFont(scaled_font(VALUE_SCALE, bold=True))
        self.display.setAccessibleName(self.display.text())
        self.slider.setAccessibleDescription(f"{self._help()}. {self.display.text()}")

    def _help(self) -> str:
        scale, lang = self.item.scale, self.language
        return tr(
            lang,
            "slider_help",
            low=number(scale.minimum, lang),
            low_label=pick(scale.min_label, lang) if scale.min_label else "",
            high=number(scale.maximum, lang),
            high_label=pick(scale.max_label, lang) if scale.max_label else "",
        )

    def retranslate(self, language: str) -> None:
        self.language = language
        scale = self.item.scale
        self.min_label.setText(pick(scale.min_label, language) if scale.min_label else "")
        self.max_label.setText(pick(scale.max_label, language) if scale.max_label else "")
        self.ticks.set_texts([number(self.value_at(i), language) for i in range(self.steps + 1)])
        self.slider.setAccessibleName(pick(self.item.text, language))
        self._refresh()

    def focus_input(self) -> None:
        self.slider.setFocus()


class ChoiceInput(AnswerInput):
    """A row (or two) of large buttons, one per option; one can be chosen."""

    def __init__(self, item: Item, language: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, name, parent)
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        options = item.scale.options
        columns = min(len(options), 5) or 1
        for index, _option in enumerate(options):
            button = _button(f"{name}_{index}", "choice")
            button.setCheckable(True)
            button.setMinimumHeight(72)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
            self.buttons.append(button)
            grid.addWidget(button, index // columns, index % columns)
        self.status = _label()
        self.status.setObjectName(f"{name}_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        self.group.idClicked.connect(self._on_clicked)
        self.retranslate(language)

    def _on_clicked(self, index: int) -> None:
        self._value = float(self.item.scale.options[index].value)
        self._refresh()
        self.changed.emit(self._value)

    def set_value(self, value: float | None) -> None:
        self._value = value
        self.group.setExclusive(False)
        for option, button in zip(self.item.scale.options, self.buttons, strict=True):
            button.setChecked(value is not None and option.value == value)
        self.group.setExclusive(True)
        self._refresh()

    def _refresh(self) -> None:
        self.status.setText("" if self._value is not None else tr(self.language, "tap_choice"))
        self.status.setVisible(self._value is None)

    def label_of(self, value: float) -> str:
        for option in self.item.scale.options:
            if option.value == value:
                return pick(option.label, self.language)
        return number(value, self.language)

    def retranslate(self, language: str) -> None:
        self.language = language
        question = pick(self.item.text, language)
        for option, button in zip(self.item.scale.options, self.buttons, strict=True):
            label = pick(option.label, language)
            button.setText(label)
            button.setAccessibleName(f"{label}. {question}")
        self._refresh()

    def focus_input(self) -> None:
        checked = self.group.checkedButton()
        (checked or (self.buttons[0] if self.buttons else self)).setFocus()


def make_input(item: Item, language: str, name: str) -> AnswerInput:
    if item.scale.kind == "slider":
        return SliderInput(item, language, name)
    return ChoiceInput(item, language, name)


# ---------------------------------------------------------------------------- the window


class CheckinWindow(QWidget):
    """The full-screen hand-over check-in.

    Args:
        instrument: the questionnaire to show (usually the latest ``alliance-checkin``).
        check_pin: True if the text is the practitioner's hand-over PIN.
        submit: stores ``(answers, language)``; may raise ``ValidationError`` (shown, kept).
        language: the first language shown (the patient can switch on the first page).

    Signals:
        finished(bool): the practitioner unlocked and the window closed; True if the answers
            were sent.
    """

    finished = Signal(bool)

    def __init__(
        self,
        instrument: Instrument,
        *,
        check_pin: Callable[[str], bool],
        submit: Callable[[dict[str, float | None], str], None],
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.instrument = instrument
        self._check_pin = check_pin
        self._submit = submit
        languages = instrument.languages or ("en",)
        self._language = language if language in languages else languages[0]
        self._answers: dict[str, float | None] = {item.id: None for item in instrument.items}
        self._index = 0
        self._return_to_review = False
        self._submitted = False
        self._unlocked = False
        self._finished_sent = False
        self._pin_origin: QWidget | None = None
        self._pin_message: tuple[str, bool] | None = None  # (key, is a problem)
        self._review_problem = ""
        self._wrong_tries = 0
        self._locked_until: float | None = None
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.timeout.connect(self._end_lockout)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._render_pin_message)

        self.setObjectName("checkinWindow")
        self.setAutoFillBackground(True)
        self.setPalette(_palette())
        self.setFont(scaled_font(BASE_SCALE))
        self.setStyleSheet(_WINDOW_STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.welcome_page = self._build_welcome()
        self.question_page = self._build_questions()
        self.all_page = self._build_all()
        self.review_page = self._build_review()
        self.thanks_page = self._build_thanks()
        self.pin_page = self._build_pin()
        for page in (
            self.welcome_page,
            self.question_page,
            self.all_page,
            self.review_page,
            self.thanks_page,
            self.pin_page,
        ):
            self.stack.addWidget(page)
        self._retranslate()
        self._show(self.welcome_page)

    # ------------------------------------------------------------ public API
    @property
    def language(self) -> str:
        return self._language

    @property
    def submitted(self) -> bool:
        return self._submitted

    @property
    def one_at_a_time(self) -> bool:
        return self.mode_one.isChecked()

    def start(self) -> None:
        """Show full screen, above and blocking every other window of the app."""
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.showFullScreen()  # a new top-level window: shown above the main window
        self.activateWindow()
        self.start_button.setFocus()

    def current_page(self) -> str:
        """The objectName of the page shown (``welcomePage``, ``questionPage``, ...)."""
        page = self.stack.currentWidget()
        return page.objectName() if page is not None else ""

    def current_question(self) -> int:
        """The index of the question shown in one-at-a-time mode."""
        return self._index

    def answers(self) -> dict[str, float | None]:
        """Every item's answer in the questionnaire's order; None when unanswered or skipped."""
        return dict(self._answers)

    def set_answer(self, item_id: str, value: float | None) -> None:
        """Answer (or, with None, un-answer) an item as if the patient had.

        Raises:
            ValidationError: no such item, or the value is not on its scale.
        """
        item = self.instrument.item(item_id)
        checked = None if value is None else item.scale.check(value, item_id)
        self._store_answer(item_id, checked)
        self.question_inputs[item_id].set_value(checked)
        self.all_inputs[item_id].set_value(checked)

    def set_language(self, language: str) -> None:
        """Switch every text on every page."""
        if language not in self.instrument.languages:
            return
        self._language = language
        self._retranslate()

    def pin_locked(self) -> bool:
        """True while too many wrong PINs make the practitioner wait."""
        return self._locked_until is not None

    # ------------------------------------------------------------ building
    @staticmethod
    def _centred(holder: QWidget) -> QVBoxLayout:
        """A column centred in ``holder`` and never wider than is comfortable to read."""
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(18)
        return layout

    def _page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        """A page whose content is centred and never wider than is comfortable to read."""
        page = QWidget()
        page.setObjectName(name)
        return page, self._centred(page)

    def _build_welcome(self) -> QWidget:
        page, layout = self._page("welcomePage")
        self.welcome_title = _label(TITLE_SCALE, bold=True)
        self.welcome_text = _label()
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(16)
        self._language_group = QButtonGroup(self)
        for code in self.instrument.languages:
            button = _button(f"lang_{code}", "language")
            button.setText(LANGUAGE_NAMES.get(code, code))
            button.setCheckable(True)
            button.setMinimumWidth(200)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self._language_group.addButton(button)
            self.language_buttons[code] = button
            languages.addWidget(button)
        languages.addStretch(1)
        self.how_label = _label(bold=True)
        self.mode_one = QRadioButton()
        self.mode_one.setObjectName("modeOne")
        self.mode_one.setChecked(True)
        self.mode_all = QRadioButton()
        self.mode_all.setObjectName("modeAll")
        for radio in (self.mode_one, self.mode_all):
            radio.setFont(scaled_font(BASE_SCALE))
            radio.setCursor(Qt.CursorShape.PointingHandCursor)
        modes = QButtonGroup(self)
        modes.addButton(self.mode_one)
        modes.addButton(self.mode_all)
        self.start_button = _button("startButton", "primary")
        self.start_button.setFont(scaled_font(TITLE_SCALE, bold=True))
        self.start_button.setMinimumSize(360, 88)
        self.start_button.clicked.connect(self._start)

        layout.addSpacing(12)
        layout.addWidget(self.welcome_title)
        layout.addWidget(self.welcome_text)
        layout.addSpacing(12)
        if len(self.instrument.languages) > 1:
            layout.addLayout(languages)
        else:
            for button in self.language_buttons.values():
                button.hide()
        layout.addSpacing(12)
        layout.addWidget(self.how_label)
        layout.addWidget(self.mode_one)
        layout.addWidget(self.mode_all)
        layout.addStretch(1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_questions(self) -> QWidget:
        page, layout = self._page("questionPage")
        self.progress_label = _label(bold=True, wrap=False)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, len(self.instrument.items))
        self.progress.setTextVisible(False)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        self.question_stack = QStackedWidget()
        self.question_stack.setObjectName("questionStack")
        self.question_labels: dict[str, QLabel] = {}
        self.question_inputs: dict[str, AnswerInput] = {}
        for item in self.instrument.items:
            panel = QWidget()
            panel.setObjectName(f"question_{item.id}")
            text = _label(QUESTION_SCALE)
            text.setObjectName(f"questionText_{item.id}")
            answer = make_input(item, self._language, f"answer_{item.id}")
            answer.changed.connect(lambda v, i=item.id: self._on_answered(i, v, "question"))
            box = QVBoxLayout(panel)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(24)
            box.addWidget(text)
            box.addSpacing(16)
            box.addWidget(answer)
            box.addStretch(1)
            self.question_labels[item.id] = text
            self.question_inputs[item.id] = answer
            self.question_stack.addWidget(panel)
        self.back_button = _button("backButton")
        self.back_button.clicked.connect(self._back)
        self.skip_button = _button("skipButton")
        self.skip_button.clicked.connect(self._skip)
        self.next_button = _button("nextButton", "primary")
        self.next_button.setMinimumWidth(220)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(top)
        layout.addSpacing(16)
        layout.addWidget(self.question_stack, 1)
        layout.addLayout(buttons)
        return page

    def _build_all(self) -> QWidget:
        page = QWidget()
        page.setObjectName("allPage")
        self.all_scroll = QScrollArea()
        self.all_scroll.setObjectName("allScroll")
        self.all_scroll.setWidgetResizable(True)
        self.all_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.all_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to what has focus
        inner = QWidget()
        inner.setObjectName("allContent")
        items = self._centred(inner)
        self.all_labels: dict[str, QLabel] = {}
        self.all_inputs: dict[str, AnswerInput] = {}
        self.all_blocks: dict[str, QWidget] = {}
        for number_, item in enumerate(self.instrument.items, start=1):
            if number_ > 1:
                rule = QFrame()
                rule.setObjectName("rule")
                rule.setFrameShape(QFrame.Shape.HLine)
                items.addWidget(rule)
            block = QWidget()
            block.setObjectName(f"block_{item.id}")
            text = _label(QUESTION_SCALE * 0.85)
            text.setObjectName(f"allText_{item.id}")
            answer = make_input(item, self._language, f"all_answer_{item.id}")
            answer.changed.connect(lambda v, i=item.id: self._on_answered(i, v, "all"))
            box = QVBoxLayout(block)
            box.setContentsMargins(0, 8, 0, 8)
            box.setSpacing(12)
            box.addWidget(text)
            box.addWidget(answer)
            items.addWidget(block)
            self.all_labels[item.id] = text
            self.all_inputs[item.id] = answer
            self.all_blocks[item.id] = block
        items.addStretch(1)
        self.all_scroll.setWidget(inner)
        self.all_back_button = _button("allBackButton")
        self.all_back_button.clicked.connect(lambda: self._show(self.welcome_page))
        self.all_review_button = _button("allReviewButton", "primary")
        self.all_review_button.clicked.connect(self._go_review)
        bar = QWidget()
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(48, 12, 48, 20)
        buttons.addWidget(self.all_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_review_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.all_scroll, 1)
        layout.addWidget(bar)
        return page

    def _build_review(self) -> QWidget:
        page, layout = self._page("reviewPage")
        self.review_title = _label(TITLE_SCALE, bold=True)
        self.review_hint = _label()
        self.review_scroll = QScrollArea()
        self.review_scroll.setObjectName("reviewScroll")
        self.review_scroll.setWidgetResizable(True)
        self.review_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to what has focus
        rows = QWidget()
        rows.setObjectName("reviewRows")
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        self.review_texts: dict[str, QLabel] = {}
        self.review_answers: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}
        for row, item in enumerate(self.instrument.items):
            text = _label()
            answer = _label(bold=True)
            answer.setObjectName(f"review_{item.id}")
            answer.setMinimumWidth(200)
            change = _button(f"change_{item.id}", "change")
            change.clicked.connect(lambda _=False, i=item.id: self._change(i))
            grid.addWidget(text, row, 0)
            grid.addWidget(answer, row, 1)
            grid.addWidget(change, row, 2)
            self.review_texts[item.id] = text
            self.review_answers[item.id] = answer
            self.change_buttons[item.id] = change
        grid.setRowStretch(len(self.instrument.items), 1)
        self.review_scroll.setWidget(rows)
        self.review_error = _label()
        self.review_error.setObjectName("reviewError")
        self.review_error.hide()
        self.review_back_button = _button("reviewBackButton")
        self.review_back_button.clicked.connect(self._review_back)
        self.submit_button = _button("submitButton", "primary")
        self.submit_button.setFont(scaled_font(BASE_SCALE * 1.15, bold=True))
        self.submit_button.setMinimumHeight(76)
        self.submit_button.clicked.connect(self._send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addWidget(self.review_title)
        layout.addWidget(self.review_hint)
        layout.addWidget(self.review_scroll, 1)
        layout.addWidget(self.review_error)
        layout.addLayout(buttons)
        return page

    def _build_thanks(self) -> QWidget:
        page, layout = self._page("thanksPage")
        self.thanks_label = _label(TITLE_SCALE * 1.1, bold=True)
        self.thanks_label.setObjectName("thanksText")
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.return_button = _button("returnButton", "quiet")
        self.return_button.setFont(scaled_font(1.2))
        self.return_button.clicked.connect(self._go_pin)
        layout.addStretch(2)
        layout.addWidget(self.thanks_label)
        layout.addStretch(3)
        layout.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_pin(self) -> QWidget:
        page, layout = self._page("pinPage")
        self.pin_title = _label(TITLE_SCALE, bold=True)
        self.pin_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pin_hint = _label()
        self.pin_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.pin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_edit)
        )
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin_edit.setFont(scaled_font(TITLE_SCALE))
        self.pin_edit.setFixedWidth(360)
        self.pin_edit.returnPressed.connect(self._try_pin)
        self.pin_message = _label()
        self.pin_message.setObjectName("pinMessage")
        self.pin_message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        keypad = QGridLayout()
        keypad.setSpacing(10)
        self.pin_keys: list[QPushButton] = []
        for position, key in enumerate("123456789"):
            button = self._pin_key(f"pinKey_{key}", key)
            keypad.addWidget(button, position // 3, position % 3)
        keypad.addWidget(self._pin_key("pinKey_0", "0"), 3, 1)
        self.pin_delete = self._pin_key("pinKeyDelete", "⌫")
        keypad.addWidget(self.pin_delete, 3, 2)
        self.pin_cancel = _button("pinCancel")
        self.pin_cancel.clicked.connect(self._leave_pin)
        self.unlock_button = _button("unlockButton", "primary")
        self.unlock_button.setMinimumWidth(240)
        self.unlock_button.clicked.connect(self._try_pin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addStretch(1)
        layout.addWidget(self.pin_title)
        layout.addWidget(self.pin_hint)
        layout.addSpacing(8)
        layout.addWidget(self.pin_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pin_message)
        layout.addLayout(keypad)
        layout.setAlignment(keypad, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _pin_key(self, name: str, text: str) -> QPushButton:
        button = _button(name, "key")
        button.setText(text)
        button.setFont(scaled_font(TITLE_SCALE * 0.9))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if text.isdigit():
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, d=text: self._pin_type(d))
        else:
            button.clicked.connect(self.pin_edit.backspace)
        self.pin_keys.append(button)
        return button

    # ------------------------------------------------------------ texts
    def _retranslate(self) -> None:
        lang = self._language
        title = pick(self.instrument.title, lang)
        self.setWindowTitle(title or tr(lang, "window"))
        self.setAccessibleName(title or tr(lang, "window"))
        self.welcome_title.setText(title)
        instructions = (
            pick(self.instrument.instructions, lang) if self.instrument.instructions else ""
        )
        self.welcome_text.setText(instructions)
        self.welcome_text.setVisible(bool(instructions))
        for code, button in self.language_buttons.items():
            button.setChecked(code == lang)
            button.setAccessibleName(tr(lang, "language", name=LANGUAGE_NAMES.get(code, code)))
        self.how_label.setText(tr(lang, "how"))
        for widget, key in (
            (self.mode_one, "mode_one"),
            (self.mode_all, "mode_all"),
            (self.start_button, "start"),
            (self.back_button, "back"),
            (self.skip_button, "skip"),
            (self.all_back_button, "back"),
            (self.all_review_button, "to_review"),
            (self.review_back_button, "back"),
            (self.submit_button, "submit"),
            (self.return_button, "return"),
            (self.unlock_button, "unlock"),
        ):
            widget.setText(tr(lang, key))
            widget.setAccessibleName(tr(lang, key))
        self.progress.setAccessibleName(tr(lang, "progress_name"))
        for number_, item in enumerate(self.instrument.items, start=1):
            text = pick(item.text, lang)
            self.question_labels[item.id].setText(text)
            self.all_labels[item.id].setText(f"{number_}. {text}")
            self.review_texts[item.id].setText(text)
            self.change_buttons[item.id].setText(tr(lang, "change"))
            self.change_buttons[item.id].setAccessibleName(tr(lang, "change_name", text=text))
            self.question_inputs[item.id].retranslate(lang)
            self.all_inputs[item.id].retranslate(lang)
        self.review_title.setText(tr(lang, "review_title"))
        self.review_hint.setText(tr(lang, "review_hint"))
        self.thanks_label.setText(tr(lang, "thanks"))
        self.pin_title.setText(tr(lang, "pin_title"))
        self.pin_hint.setText(tr(lang, "pin_hint"))
        self.pin_edit.setAccessibleName(tr(lang, "pin_title"))
        self.pin_delete.setAccessibleName(tr(lang, "delete"))
        self._update_question_page()
        self._refresh_review()
        self._update_pin_cancel()
        self._render_pin_message()

    def _answer_text(self, item_id: str) -> str:
        value = self._answers[item_id]
        if value is None:
            return tr(self._language, "not_answered")
        answer = self.question_inputs[item_id]
        if isinstance(answer, ChoiceInput):
            return answer.label_of(value)
        maximum = self.instrument.item(item_id).scale.maximum
        return tr(
            self._language,
            "value",
            value=number(value, self._language),
            maximum=number(maximum, self._language),
        )

    def _refresh_review(self) -> None:
        for item_id, label in self.review_answers.items():
            label.setText(self._answer_text(item_id))
            label.setAccessibleName(label.text())

    # ------------------------------------------------------------ navigation
    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        focus: dict[QWidget, QWidget] = {
            self.welcome_page: self.start_button,
            self.review_page: self.submit_button,
            self.thanks_page: self.return_button,
            self.pin_page: self.pin_edit,
        }
        if page is self.question_page:
            self.question_inputs[self.instrument.items[self._index].id].focus_input()
        elif page in focus:
            target = focus[page]
            (target if target.isEnabled() else self.pin_cancel).setFocus()

    def _start(self) -> None:
        if self.mode_one.isChecked():
            self._go_question(0)
        else:
            self._go_all()

    def _go_question(self, index: int, *, to_review: bool = False) -> None:
        self._index = max(0, min(index, len(self.instrument.items) - 1))
        self._return_to_review = to_review
        self.question_stack.setCurrentIndex(self._index)
        self._update_question_page()
        self._show(self.question_page)

    def _update_question_page(self) -> None:
        lang, total = self._language, len(self.instrument.items)
        self.progress_label.setText(tr(lang, "progress", n=self._index + 1, total=total))
        self.progress.setValue(self._index + 1)
        last = self._index == total - 1
        key = "to_review" if (last or self._return_to_review) else "next"
        self.next_button.setText(tr(lang, key))
        self.next_button.setAccessibleName(tr(lang, key))

    def _next(self) -> None:
        if self._return_to_review or self._index >= len(self.instrument.items) - 1:
            self._go_review()
        else:
            self._go_question(self._index + 1)

    def _skip(self) -> None:
        self.set_answer(self.instrument.items[self._index].id, None)
        self._next()

    def _back(self) -> None:
        if self._index == 0:
            self._return_to_review = False
            self._show(self.welcome_page)
        else:
            self._go_question(self._index - 1)

    def _go_all(self, item_id: str | None = None) -> None:
        self._show(self.all_page)
        if item_id is not None:
            block, answer = self.all_blocks[item_id], self.all_inputs[item_id]
            answer.focus_input()
            # once the page is laid out, bring the question into view
            QTimer.singleShot(0, self, lambda: self.all_scroll.ensureWidgetVisible(block, 0, 40))
        else:
            self.all_scroll.verticalScrollBar().setValue(0)
            self.all_inputs[self.instrument.items[0].id].focus_input()

    def _go_review(self) -> None:
        self._return_to_review = False
        self._refresh_review()
        self._show(self.review_page)

    def _review_back(self) -> None:
        if self.mode_one.isChecked():
            self._go_question(len(self.instrument.items) - 1)
        else:
            self._go_all()

    def _change(self, item_id: str) -> None:
        self._clear_review_problem()
        if self.mode_one.isChecked():
            index = [item.id for item in self.instrument.items].index(item_id)
            self._go_question(index, to_review=True)
        else:
            self._go_all(item_id)

    # ------------------------------------------------------------ answers
    def _store_answer(self, item_id: str, value: float | None) -> None:
        self._answers[item_id] = value
        self._refresh_review()

    def _on_answered(self, item_id: str, value: float | None, source: str) -> None:
        self._store_answer(item_id, value)
        other = self.all_inputs if source == "question" else self.question_inputs
        other[item_id].set_value(value)

    def _send(self) -> None:
        self._clear_review_problem()
        self.submit_button.setEnabled(False)
        try:
            self._submit(self.answers(), self._language)
        except ValidationError as exc:
            self._show_review_problem(exc.message)
            return
        except Exception:
            log.exception("The check-in answers could not be stored")
            self._show_review_problem(tr(self._language, "submit_failed"))
            return
        finally:
            self.submit_button.setEnabled(True)
        self._submitted = True
        self._show(self.thanks_page)

    def _show_review_problem(self, text: str) -> None:
        self._review_problem = text
        self.review_error.setText(text)
        self.review_error.setAccessibleName(text)
        self.review_error.show()

    def _clear_review_problem(self) -> None:
        self._review_problem = ""
        self.review_error.clear()
        self.review_error.hide()

    # ------------------------------------------------------------ leaving: the PIN
    def _go_pin(self) -> None:
        if self.stack.currentWidget() is self.pin_page:
            return
        self._pin_origin = self.stack.currentWidget()
        self.pin_edit.clear()
        if not self.pin_locked():
            self._pin_message = None
        self._update_pin_cancel()
        self._render_pin_message()
        self._show(self.pin_page)

    def _update_pin_cancel(self) -> None:
        on_questions = self._pin_origin in (self.question_page, self.all_page, self.review_page)
        key = "back_to_questions" if on_questions else "back"
        self.pin_cancel.setText(tr(self._language, key))
        self.pin_cancel.setAccessibleName(tr(self._language, key))

    def _leave_pin(self) -> None:
        self.pin_edit.clear()
        origin = self._pin_origin or self.welcome_page
        self._pin_origin = None
        self._show(origin)

    def _pin_type(self, digit: str) -> None:
        if self.pin_edit.isEnabled() and len(self.pin_edit.text()) < self.pin_edit.maxLength():
            self.pin_edit.insert(digit)

    def _try_pin(self) -> None:
        if self.pin_locked():
            self._render_pin_message()
            return
        pin = self.pin_edit.text()
        if not pin:
            self.pin_edit.setFocus()
            return
        try:
            right = bool(self._check_pin(pin))
        except Exception:
            log.exception("The hand-over PIN could not be checked")
            self.pin_edit.clear()
            self._pin_message = ("pin_error", True)
            self._render_pin_message()
            return
        if right:
            self._unlock()
            return
        self.pin_edit.clear()
        self._wrong_tries += 1
        self._pin_message = ("wrong_pin", True)
        if self._wrong_tries >= PIN_MAX_WRONG_TRIES:
            self._start_lockout()
        self._render_pin_message()
        self.pin_edit.setFocus()

    def _start_lockout(self) -> None:
        seconds = max(0.0, float(PIN_LOCKOUT_SECONDS))
        self._locked_until = time.monotonic() + seconds
        self._wrong_tries = 0
        self._set_pin_enabled(False)
        self._lock_timer.start(round(seconds * 1000))
        self._countdown.start()

    def _end_lockout(self) -> None:
        self._locked_until = None
        self._countdown.stop()
        self._set_pin_enabled(True)
        self._pin_message = ("pin_ready", False)
        self._render_pin_message()
        if self.stack.currentWidget() is self.pin_page:
            self.pin_edit.setFocus()

    def _set_pin_enabled(self, enabled: bool) -> None:
        self.pin_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)
        for key in self.pin_keys:
            key.setEnabled(enabled)

    def _render_pin_message(self) -> None:
        lang = self._language
        problem = False
        if self._locked_until is not None:
            remaining = max(1, math.ceil(self._locked_until - time.monotonic()))
            unit = tr(lang, "second" if remaining == 1 else "seconds")
            wait = tr(lang, "pin_wait", wait=f"{remaining} {unit}")
            text = f"{tr(lang, 'wrong_pin')} {wait}"
            problem = True
        elif self._pin_message is not None:
            key, problem = self._pin_message
            text = tr(lang, key)
        else:
            text = ""
        self.pin_message.setText(text)
        self.pin_message.setAccessibleName(text)
        if self.pin_message.property("problem") != problem:
            self.pin_message.setProperty("problem", problem)
            self.pin_message.style().unpolish(self.pin_message)
            self.pin_message.style().polish(self.pin_message)

    def _unlock(self) -> None:
        self._unlocked = True
        self._lock_timer.stop()
        self._countdown.stop()
        self.pin_edit.clear()
        self.close()
        if not self._finished_sent:
            self._finished_sent = True
            self.finished.emit(self._submitted)

    # ------------------------------------------------------------ no way out but the PIN
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_f4 = (
            event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_Escape or alt_f4:
            event.accept()
            self._go_pin()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            event.accept()
            return
        event.ignore()
        self._go_pin()
