"""The main window: menus and shortcuts, patients, remembered state, nothing lost on close."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import (
    PANE_GOALS,
    PANE_REFLECTION,
    PANE_SESSIONS,
    MainWindow,
)
from alliance_desktop.ui.models.patient_table_model import PatientFilter
from alliance_desktop.ui.settings import Settings
from tests.factories import make_patient


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, tmp_settings: Settings) -> MainWindow:
    Ask.reset()
    w = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    with qtbot.waitActive(w):  # shortcuts reach only the active window
        w.show()
        w.activateWindow()
    yield w
    w.workers.wait_all()
    Ask.reset()


def _press(qtbot: QtBot, window: MainWindow, key: Any, modifiers: Any) -> None:
    qtbot.keyClick(window, key, modifiers)


def test_title_header_and_pane_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "Alliance Desktop — Riverside Osteopathy (demo)"
    first = window.patient_list.model.row_at(0)
    assert first is not None
    window.patient_list.select_patient(first.id)
    assert window.windowTitle() == f"Alliance Desktop — {first.display_name}"
    assert first.family_name in window.header.name.text()
    for number in range(4):
        _press(qtbot, window, Qt.Key.Key_1 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.patient_list.search.hasFocus()


def test_new_patient_with_duplicate_warning_then_search(qtbot: QtBot, window: MainWindow) -> None:
    sv = window.services

    def fill(dialog: PatientDialog, family: str, dob: str) -> bool:
        qtbot.keyClicks(dialog.family, family)
        qtbot.keyClicks(dialog.given, "Amelie")
        qtbot.keyClicks(dialog.born.edit, dob)
        qtbot.mouseClick(dialog.storage_consent, Qt.MouseButton.LeftButton)
        return dialog.try_accept()

    window.run_dialog = lambda d: fill(d, "Lefevre", "03/04/1988")  # type: ignore[method-assign]
    Ask.set_next_answer(False)  # no episode yet
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    created = [r for r in sv.patients.rows() if r.family_name == "Lefevre"]
    assert len(created) == 1 and created[0].date_of_birth == dt.date(1988, 4, 3)
    assert window.patient_id == created[0].id
    assert sv.patients.get(created[0].id).data.storage_consent

    # The same name and date of birth again: flagged, and not added when the user goes back.
    Ask.set_next_answer(False)
    window.run_dialog = lambda d: fill(d, "Lefevre", "1988-04-03")  # type: ignore[method-assign]
    window.new_patient()
    assert "same name and date of birth" in Ask.asked[-1]
    assert len([r for r in sv.patients.rows() if r.family_name == "Lefevre"]) == 1

    window.patient_list.reselect(0)
    qtbot.keyClicks(window.patient_list.search, "lefevre")
    assert window.patient_list.model.rowCount() == 1


def test_bad_date_of_birth_is_shown_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PatientDialog(window.services, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family, "Evans")
    qtbot.keyClicks(dialog.born.edit, "31/02/1990")
    assert not dialog.try_accept()
    assert "not a date" in dialog.born.error.text() or "not a date" in dialog.error.text()
    assert dialog.family.text() == "Evans"
    assert not [r for r in window.services.patients.rows() if r.family_name == "Evans"]


def test_archive_and_restore_from_the_archived_filter(qtbot: QtBot, window: MainWindow) -> None:
    patient = make_patient(window.services, "Andersson", "Ingrid")
    window.patient_list.set_rows(window.services.patients.rows())
    window.patient_list.select_patient(patient.id)
    Ask.set_next_answer(True)
    window.archive_patient()
    assert window.services.patients.get(patient.id).archived
    window.patient_list.set_filter(PatientFilter.ACTIVE)
    assert window.patient_list.model.row_of(patient.id) == -1
    window.patient_list.set_filter(PatientFilter.ARCHIVED)
    window.patient_list.select_patient(patient.id)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert not window.services.patients.get(patient.id).archived


def test_window_state_is_remembered(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    if screen.width() < 1100 or screen.height() < 700:
        pytest.skip("Qt's own offscreen screen (see conftest.py) is narrower than the window")
    first = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)  # fits the screen (1366x768), wider than any pane needs
    first.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: sum(first.splitter.sizes()) > 1000)  # laid out at its new size
    first.splitter.setSizes([270, 826])
    sizes, size = first.splitter.sizes(), first.size()
    assert sizes == [270, 826]
    first.close()
    second = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 2
    assert size == QSize(1100, 700)
    assert second.size() == size
    assert second.splitter.sizes() == sizes


def test_closing_saves_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    patient = make_patient(window.services, "Walker", "Owen")
    window.patient_list.set_rows(window.services.patients.rows())
    window.patient_list.select_patient(patient.id)
    _press(
        qtbot,
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 2
    visit = window.sessions_pane.visit
    assert visit is not None
    qtbot.keyClicks(window.sessions_pane.editor.texts["plan"], "Typed just before closing")
    window.close()  # well within the autosave delay
    assert window.services.visits.get(visit.id).draft.plan == "Typed just before closing"


def test_switching_patient_saves_the_visit_first(qtbot: QtBot, window: MainWindow) -> None:
    a = make_patient(window.services, "Hughes", "Rhys")
    b = make_patient(window.services, "Moreau", "Léa")
    window.patient_list.set_rows(window.services.patients.rows())
    window.patient_list.select_patient(a.id)
    window.new_visit()
    visit = window.sessions_pane.visit
    assert visit is not None
    qtbot.keyClicks(window.sessions_pane.editor.texts["subjective"], "Sore after the match")
    window.patient_list.select_patient(b.id)
    assert window.patient_id == b.id
    window.workers.wait_for_writes()
    assert window.services.visits.get(visit.id).draft.subjective == "Sore after the match"


def test_sign_shortcut_and_about(qtbot: QtBot, window: MainWindow) -> None:
    patient = make_patient(window.services, "Chen", "Wei")
    window.patient_list.set_rows(window.services.patients.rows())
    window.patient_list.select_patient(patient.id)
    window.new_visit()
    visit = window.sessions_pane.visit
    assert visit is not None
    Ask.set_next_answer(True)  # consent not recorded: sign anyway
    Ask.set_next_answer(True)  # sign
    _press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.services.visits.get(visit.id).signed
    about = window.about_text()
    assert "SQLAlchemy" in about and "SQLite" in about and "Qt" in about


# ---------------------------------------------------------------- start-up: panes on demand


def test_only_the_pane_on_screen_is_built_with_the_window(qtbot: QtBot, window: MainWindow) -> None:
    assert [type(p).__name__ for p in window.panes] == ["OverviewPane"]
    window.tabs.setCurrentIndex(PANE_GOALS)  # built when its tab is first chosen, and shown
    goals = window.goals_pane
    assert window.pane(PANE_GOALS) is goals and goals.isVisible()
    assert window.tabs.currentWidget().isAncestorOf(goals)
    sessions = window.sessions_pane  # an action that needs a pane builds it, off screen
    assert [type(p).__name__ for p in window.panes] == ["OverviewPane", "GoalsPane", "SessionsPane"]
    assert not sessions.isVisible()
    window.tabs.setCurrentIndex(PANE_SESSIONS)
    assert window.sessions_pane is sessions and sessions.isVisible()


def test_a_visit_asked_for_opens_in_the_sessions_pane_built_for_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    sv = window.services
    row = next(r for r in sv.patients.rows() if r.visit_count >= 3)
    window.patient_list.select_patient(row.id)
    first, second = (v.id for v in sv.visits.for_patient(row.id)[:2])
    window.events.visit_requested.emit(first)  # the pane is not built yet
    assert window.tabs.currentIndex() == PANE_SESSIONS
    pane = window.sessions_pane
    assert pane.visit is not None and pane.visit.id == first

    reloads: list[int] = []
    reload = pane.reload
    pane.reload = lambda: (reloads.append(1), reload())[1]  # type: ignore[method-assign]
    window.events.visit_requested.emit(second)  # built now: answered once, not twice
    assert pane.visit is not None and pane.visit.id == second
    assert reloads == [1]


def test_a_reflection_asked_for_starts_in_the_reflection_pane_built_for_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    sv = window.services
    row = next(r for r in sv.patients.rows() if r.visit_count)
    before = len(sv.reflections.rows(patient_id=row.id))
    window.events.reflection_requested.emit(row.id, 0)  # the pane is not built yet
    assert window.tabs.currentIndex() == PANE_REFLECTION
    assert window.reflection_pane.isVisible()
    window.workers.wait_for_writes()
    assert len(sv.reflections.rows(patient_id=row.id)) == before + 1
    window.events.reflection_requested.emit(row.id, 0)  # built now: one more, not two
    window.workers.wait_for_writes()
    assert len(sv.reflections.rows(patient_id=row.id)) == before + 2


def test_the_window_reopens_on_the_last_patient_and_pane(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    first = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(first)
    first.show()
    row = next(r for r in demo_services.patients.rows() if r.visit_count)
    first.patient_list.select_patient(row.id)
    first.tabs.setCurrentIndex(PANE_GOALS)
    first.close()
    second = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(second)
    assert second.patient_id == row.id and second.header.name.text()
    assert second.tabs.currentIndex() == PANE_GOALS
    # the pane that will be on screen is built with the window; the others wait
    assert [type(p).__name__ for p in second.panes] == ["GoalsPane"]
    assert second.goals_pane.patient_id == row.id


STARTUP_ORDER = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from alliance_desktop.services import Services
from alliance_desktop.services.demo_data import generate_demo_practice
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import open_store
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings

print("imported", "matplotlib" in sys.modules)
folder = Path(sys.argv[1])
app = QApplication([])
store = open_store(StoreLocation.in_folder(folder), create=True)
generate_demo_practice(store, patients=4, visits_per_patient=4, seed=3)
services = Services.for_store(store)
services.practice.use_current_practitioner()
settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
settings.last_patient = next(r.id for r in services.patients.rows() if r.visit_count)
window = MainWindow(services, AppEvents(), settings)
print("built", "matplotlib" in sys.modules)
painted = []


class Watch(QObject):
    def eventFilter(self, watched, event):
        parent = watched.parent()
        if event.type() == QEvent.Type.Paint and parent is not None:
            if parent.objectName() == "patientTable" and not painted:
                painted.append("matplotlib" in sys.modules)
        return False


watch = Watch()
app.installEventFilter(watch)
window.show()
charts = window.overview_pane.charts
while not (painted and all(chart.draw_count for chart in charts)):
    app.processEvents()
print("list painted", painted[0])
print("charts drawn", "matplotlib" in sys.modules)
window.close()
store.dispose()
"""


def test_the_window_paints_its_list_before_matplotlib_is_imported(tmp_path: Path) -> None:
    """In a fresh process: nothing imports matplotlib until the Overview draws its charts,
    and that waits until the window with the patient list has been painted."""
    done = subprocess.run(
        [sys.executable, "-c", STARTUP_ORDER, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    words = ("imported", "built", "list", "charts")
    lines = [line for line in done.stdout.splitlines() if line.startswith(words)]
    assert lines == [
        "imported False",
        "built False",
        "list painted False",
        "charts drawn True",
    ]
