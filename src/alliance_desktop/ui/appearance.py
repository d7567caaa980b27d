"""How the app looks: text size, light or dark, high contrast. One place applies them to the
whole application, so every window, dialog and chart follows at once.

- Text size scales the application font; widgets, the legend strips and the chart text follow
  it (charts read :func:`text_scale`).
- The colour scheme follows the system unless the practitioner chooses light or dark.
- High contrast is a black-on-white (or white-on-black, with a dark scheme) palette with a
  strong highlight and clearly visible focus; the charts take their colours from the palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: the text sizes offered, as percentages of the system's own
TEXT_SIZES = (100, 115, 130, 150, 175, 200)


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Appearance:
    text_size: int = 100  # percent of the system font
    scheme: Scheme = Scheme.SYSTEM
    high_contrast: bool = False


_state: dict[str, object] = {"scale": 1.0, "base": None, "sheet": None}

#: focus drawn as a thick outline in high contrast (a keyboard user always sees where they are)
HIGH_CONTRAST_SHEET = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QDateTimeEdit:focus, QListView:focus, QTreeView:focus,
QTableView:focus { border: 3px solid palette(highlight); }
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    border: 3px solid palette(highlight); }
"""


def text_scale() -> float:
    """The chosen text size as a factor (1.0 = the system's size)."""
    return float(_state["scale"])  # type: ignore[arg-type]


def is_dark(app: QGuiApplication) -> bool:
    """True if the palette in use is dark (window darker than its text)."""
    palette = app.palette()
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def high_contrast_palette(dark: bool) -> QPalette:
    """Pure black and white with a strong highlight; disabled text still readable."""
    black, white = QColor("#000000"), QColor("#ffffff")
    ink, paper = (white, black) if dark else (black, white)
    highlight = QColor("#ffd400") if dark else QColor("#0037a5")
    on_highlight = QColor("#000000") if dark else QColor("#ffffff")
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, paper),
        (QPalette.ColorRole.WindowText, ink),
        (QPalette.ColorRole.Base, paper),
        (QPalette.ColorRole.AlternateBase, paper),
        (QPalette.ColorRole.Text, ink),
        (QPalette.ColorRole.Button, paper),
        (QPalette.ColorRole.ButtonText, ink),
        (QPalette.ColorRole.BrightText, ink),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, on_highlight),
        (QPalette.ColorRole.PlaceholderText, ink),
        (QPalette.ColorRole.ToolTipBase, paper),
        (QPalette.ColorRole.ToolTipText, ink),
        (QPalette.ColorRole.Link, highlight if dark else QColor("#0000ee")),
        (QPalette.ColorRole.Mid, ink),
        (QPalette.ColorRole.Dark, ink),
        (QPalette.ColorRole.Light, paper),
        (QPalette.ColorRole.Shadow, ink),
    ):
        palette.setColor(role, color)
    grey = QColor("#b0b0b0") if dark else QColor("#4a4a4a")  # 7:1 or better on the paper
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def apply(app: QApplication, appearance: Appearance) -> None:
    """Apply ``appearance`` to the whole application (at start-up and when changed)."""
    if _state["base"] is None:  # the system's own font and palette, before any change
        _state["base"] = QFont(app.font())
        _state["sheet"] = app.styleSheet()
    base: QFont = _state["base"]  # type: ignore[assignment]
    scale = max(TEXT_SIZES[0], min(TEXT_SIZES[-1], appearance.text_size)) / 100
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * scale)))
    _state["scale"] = scale
    app.setFont(font)

    hints = app.styleHints()
    if appearance.scheme is Scheme.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(
            Qt.ColorScheme.Dark if appearance.scheme is Scheme.DARK else Qt.ColorScheme.Light
        )
    if appearance.high_contrast:
        dark = appearance.scheme is Scheme.DARK or (
            appearance.scheme is Scheme.SYSTEM and hints.colorScheme() is Qt.ColorScheme.Dark
        )
        app.setPalette(high_contrast_palette(dark))
        app.setStyleSheet(str(_state["sheet"] or "") + HIGH_CONTRAST_SHEET)
    else:
        app.setPalette(QPalette())  # nothing set: the system's palette, following its changes
        app.setStyleSheet(str(_state["sheet"] or ""))


def reset() -> None:
    """Back to the system's look (tests)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and _state["base"] is not None:
        app.setFont(_state["base"])  # type: ignore[arg-type]
        app.setPalette(QPalette())
        app.setStyleSheet(str(_state["sheet"] or ""))
        app.styleHints().unsetColorScheme()
    _state.update(scale=1.0, base=None, sheet=None)
