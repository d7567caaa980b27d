"""Safety of where and how the practice lives: no network use, risky folders are named."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.store.location_check import location_warning
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings
from tests.factories import make_patient

MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /mnt/clinic nfs4 rw 0 0
//nas/share /media/nas cifs rw 0 0
"""


def test_cloud_and_network_folders_are_warned_about(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "Dropbox" / "practice", mounts="") is not None
    assert "cloud" in (location_warning(tmp_path / "OneDrive - Clinic", mounts="") or "")
    assert "network drive (nfs4)" in (location_warning(Path("/mnt/clinic/p"), mounts=MOUNTS) or "")
    assert "cifs" in (location_warning(Path("/media/nas/practice"), mounts=MOUNTS) or "")
    assert location_warning(tmp_path / "practice", mounts=MOUNTS) is None


def test_a_full_workflow_opens_no_network_connection(
    qtbot: QtBot,
    demo_services: Services,
    tmp_settings: Settings,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    Ask.reset()
    demo_services.practice.set_handover_pin("7391")
    window = MainWindow(demo_services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    patient = make_patient(demo_services, "Network", "None")
    window.patient_list.set_rows(demo_services.patients.rows())
    window.patient_list.select_patient(patient.id)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.overview_pane.alliance_chart.draw_count > 0, timeout=5000)
    window.new_visit()
    qtbot.keyClicks(window.sessions_pane.editor.texts["subjective"], "Offline all day")
    window.sessions_pane.hand_to_patient()
    checkin = window.sessions_pane.checkin_window
    qtbot.mouseClick(checkin.findChild(QRadioButton, "modeAll"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    for item in ("goal", "task", "bond", "trust", "respect", "touch", "overall"):
        checkin.set_answer(item, 10)
    qtbot.mouseClick(checkin.findChild(QPushButton, "allReviewButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.findChild(QPushButton, "submitButton"), Qt.MouseButton.LeftButton)
    window.show_practice()
    qtbot.waitUntil(lambda: window.overview_pane.practice_page.overview is not None, timeout=10000)
    window.backup_now(wait=True)
    checkin.deleteLater()
    window.close()
    assert attempts == []


def test_a_second_launch_brings_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    from alliance_desktop.ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path)
    assert first.listen()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert SingleInstance.ask_first_to_show(tmp_path)
    assert not SingleInstance.ask_first_to_show(tmp_path / "another practice", timeout_ms=100)
    first.server.close()
