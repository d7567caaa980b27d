"""The main window: menus and shortcuts, patients, remembered state, nothing lost on close."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
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
    first = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)  # fits the offscreen screen (800x600)
    first.tabs.setCurrentIndex(2)
    first.splitter.setSizes([250, 530])
    sizes, size = first.splitter.sizes(), first.size()
    first.close()
    second = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 2
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
