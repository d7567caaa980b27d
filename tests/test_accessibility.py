"""Every interactive widget can be found by tests and named by a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)


def _named(widget: QWidget) -> bool:
    """A screen reader has something to say: an accessible name, or the button's own text."""
    if widget.accessibleName():
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget.parent(), QTabBar):
            continue
        if not widget.isVisibleTo(root):
            continue
        owner = widget
        while owner is not None and not owner.objectName():
            owner = owner.parentWidget()  # internal parts of a named widget (a combo's view)
        if widget.objectName() == "" and (owner is None or owner is root):
            found.append(f"{type(widget).__name__} without objectName under {root.objectName()}")
        elif (
            widget.objectName()
            and not _named(widget)
            and not widget.objectName().startswith(("qt_", "qt"))
        ):
            found.append(f"{widget.objectName()} ({type(widget).__name__}) has no accessible name")
    return found


def test_every_pane_names_its_controls(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    window = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    patient = next(r for r in demo_services.patients.rows() if r.visit_count >= 3)
    window.patient_list.select_patient(patient.id)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        problems += _problems(window.tabs.currentWidget())
    problems += _problems(window.patient_list)
    assert problems == []


def test_the_check_itself_catches_an_unnamed_field(qtbot: QtBot) -> None:
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setObjectName("named")
    root.show()
    assert _problems(root) == [
        "QLineEdit without objectName under root",
        "named (QLineEdit) has no accessible name",
    ]
