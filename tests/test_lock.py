"""Lock and privacy: nothing with patient data is visible when locked; typing survives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings
from alliance_desktop.ui.widgets import lock_screen


def _visible_text(window: MainWindow) -> str:
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 50)):
                parts.append(str(model.index(row, 0).data()))
    return "\n".join(parts)


def _window(qtbot: QtBot, services: Services, settings: Settings) -> MainWindow:
    Ask.reset()
    window = MainWindow(services, AppEvents(), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_locked_shows_no_patient_data_and_typing_survives(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    demo_services.practice.set_handover_pin("5173")
    window = _window(qtbot, demo_services, tmp_settings)
    row = next(r for r in demo_services.patients.rows() if r.visit_count)
    window.patient_list.select_patient(row.id)
    window.tabs.setCurrentIndex(2)
    editor = window.sessions_pane.editor
    editor.texts["next_steps"].clear()
    qtbot.keyClicks(editor.texts["next_steps"], "Phone on Friday")
    assert row.family_name in _visible_text(window)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    shown = _visible_text(window)
    assert row.family_name not in shown and row.given_names not in shown
    assert "Phone on Friday" not in shown
    assert not window.sign_action.isEnabled()  # shortcuts do nothing while locked

    monkeypatch.setattr(lock_screen, "WAIT_SECONDS", 1)
    window.lock_screen.wait_seconds = 1
    for _ in range(lock_screen.MAX_WRONG):
        qtbot.keyClicks(window.lock_screen.pin, "0000")
        qtbot.keyClick(window.lock_screen.pin, Qt.Key.Key_Return)
    assert window.locked and "wait" in window.lock_screen.message.text()
    assert not window.lock_screen.pin.isEnabled()
    qtbot.waitUntil(window.lock_screen.pin.isEnabled, timeout=3000)
    qtbot.keyClicks(window.lock_screen.pin, "5173")
    qtbot.keyClick(window.lock_screen.pin, Qt.Key.Key_Return)
    assert not window.locked
    assert editor.texts["next_steps"].toPlainText() == "Phone on Friday"
    assert window.sign_action.isEnabled()


def test_idle_lock_needs_a_pin_and_then_locks(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    window = _window(qtbot, demo_services, tmp_settings)
    window._on_idle()  # no PIN yet: a lock nobody could open is not applied
    assert not window.locked
    demo_services.practice.set_handover_pin("5173")
    window._idle.start(30)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_privacy_hides_names(qtbot: QtBot, demo_services: Services, tmp_settings: Settings) -> None:
    window = _window(qtbot, demo_services, tmp_settings)
    row = demo_services.patients.rows()[0]
    window.patient_list.select_patient(row.id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.privacy_action.isChecked()
    assert f"Patient #{row.id}" in window.header.name.text()
    assert row.family_name not in window.windowTitle()
    names = [
        str(window.patient_list.model.index(i, 0).data())
        for i in range(window.patient_list.model.rowCount())
    ]
    assert all(n.startswith("Patient #") for n in names)


def test_after_five_wrong_pins_only_the_passphrase_opens_an_encrypted_practice(
    qtbot: QtBot, tmp_settings: Settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.store.opening import create_encrypted_store

    store, _ = create_encrypted_store(tmp_path / "enc", "copper bells at dawn")
    services = Services.for_store(store)
    services.practice.add_practitioner("Jo Rivers")
    services.practice.set_handover_pin("2580")
    window = MainWindow(services, AppEvents(), tmp_settings, data_dir=tmp_path / "enc")
    qtbot.addWidget(window)
    window.show()
    window.lock()
    screen = window.lock_screen
    for _ in range(lock_screen.MAX_WRONG):
        screen.pin.setText("1111")
        screen.try_unlock()
    assert screen.passphrase_only and "passphrase" in screen.message.text()
    screen.pin.setText("2580")
    assert not screen.try_unlock() and window.locked  # the right PIN no longer works
    screen.pin.setText("copper bells at dawn")
    assert screen.try_unlock() and not window.locked
    window.close()
    store.dispose()


def test_a_save_landing_after_locking_shows_nothing_and_dialogs_hide(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    from alliance_desktop.domain.changes import ChangeSet
    from alliance_desktop.ui.dialogs.history_dialog import HistoryDialog

    demo_services.practice.set_handover_pin("5173")
    window = _window(qtbot, demo_services, tmp_settings)
    row = demo_services.patients.rows()[0]
    window.patient_list.select_patient(row.id)
    dialog = HistoryDialog(demo_services, row.id, window)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    window.events.emit_changes(ChangeSet.of("visit", patient_id=row.id))  # a late autosave
    assert row.family_name not in window.windowTitle()
    assert not window.sign_action.isEnabled()
    window.lock_screen.pin.setText("5173")
    assert window.lock_screen.try_unlock()
    assert dialog.isVisible() and row.family_name in window.windowTitle()
    dialog.close()
