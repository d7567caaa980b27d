"""The main window opens offscreen on a demo practice and finds a patient."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow


def test_main_window_opens_and_search_finds_a_patient(
    qtbot: QtBot, demo_services: Services, tmp_settings
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.patient_list
    assert panel.model.rowCount() > 0
    target = panel.model.row_at(0)
    assert target is not None
    qtbot.keyClicks(panel.search, target.family_name)
    assert all(
        target.family_name.lower() in panel.model.row_at(i).display_name.lower()  # type: ignore[union-attr]
        for i in range(panel.model.rowCount())
    )
    panel.select_patient(target.id)
    assert target.family_name in window.windowTitle()
