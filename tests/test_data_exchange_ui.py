"""Export, research export, a patient's own record, erasure and a practice moved in at first
run, driven through the window's menus and dialogs, with progress and Cancel."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import NotFoundError
from alliance_desktop.services import Services
from alliance_desktop.services.exchange import OperationCancelled
from alliance_desktop.store.location import DB_FILENAME, keyring_path
from alliance_desktop.ui.data_exchange import file_stem
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.erase_patient_dialog import ErasePatientDialog
from alliance_desktop.ui.dialogs.setup_dialog import SetupDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, tmp_settings: Settings) -> Iterator[MainWindow]:
    Ask.reset()
    w = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.workers.wait_all()
    Ask.reset()


def _trigger(window: MainWindow, name: str) -> None:
    action = next(a for a in window.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    action.trigger()


def _gate(obj: object, method: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """Hold ``obj.method`` at its first progress report until the test lets it go on."""
    real: Callable[..., Any] = getattr(obj, method)
    reached, go_on = threading.Event(), threading.Event()

    def held(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            reached.set()
            go_on.wait(10)
            if progress is not None:
                progress(done, total)

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(obj, method, held)
    return reached, go_on


def _answers(*values: object) -> None:
    """Answers for the questions and messages to come (a message shown takes one too)."""
    for value in values:
        Ask.set_next_answer(value)


def _select_first(window: MainWindow) -> int:
    first = window.patient_list.model.row_at(0)
    assert first is not None
    window.patient_list.select_patient(first.id)
    return first.id


def test_whole_practice_export_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "moving"
    window.exchange.choose_save_path = lambda *_a: str(out)  # type: ignore[method-assign]
    _answers(True, None)  # yes, export (the file holds private reflections); then the message
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        _trigger(window, "exportPractice")
    assert "private reflections" in Ask.asked[0]
    summary = finished.args[0]
    written = tmp_path / "moving.json"  # the extension is added when left out
    assert summary.path == written and written.exists()
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["format"] == "alliance-desktop-practice"
    assert len(document["tables"]["patient"]) == len(window.services.patients.rows())
    assert f"Exported {summary.records:,} records" in Ask.asked[-1]


def test_cancelling_an_export_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, go_on = _gate(window.services.exchange, "export_practice", monkeypatch)
    out = tmp_path / "cancelled.json"
    window.exchange.choose_save_path = lambda *_a: str(out)  # type: ignore[method-assign]
    _answers(True, None, None)  # export; "still running"; "cancelled"
    window.export_practice()
    task = window.exchange.task
    assert task is not None and window.exchange.busy
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    window.export_practice()  # a second one while the first runs: refused in words
    assert "still running" in Ask.asked[-1]
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        qtbot.mouseClick(task.cancel_button, Qt.MouseButton.LeftButton)
        assert task.cancel_requested and not task.cancel_button.isEnabled()
        go_on.set()
    assert isinstance(finished.args[0], OperationCancelled)
    assert "cancelled" in Ask.asked[-1] and "no file was written" in Ask.asked[-1]
    assert not out.exists() and list(tmp_path.glob("cancelled*")) == []
    assert not window.exchange.busy


def test_progress_moves_the_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, go_on = _gate(window.services.exchange, "export_deidentified", monkeypatch)
    window.exchange.choose_save_path = (  # type: ignore[method-assign]
        lambda *_a: str(tmp_path / "study.zip")
    )
    _answers(True, None)
    task = window.exchange.research_export()
    assert task is not None
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    bar = window.findChild(QProgressDialog, "researchExportProgress")
    assert bar is not None and bar.windowTitle() == "Research export"
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        go_on.set()
    summary = finished.args[0]
    assert summary.path == tmp_path / "study.zip"
    with zipfile.ZipFile(summary.path) as archive:
        assert any(name.endswith(".csv") for name in archive.namelist())
    assert f"research export of {summary.patients:,} patients" in Ask.asked[-1]


def test_a_patients_own_record_as_pdf_and_json(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pid = _select_first(window)
    name = window.services.patients.get(pid).display_name
    window.exchange.choose_folder = lambda *_a: str(tmp_path)  # type: ignore[method-assign]
    _answers(None)
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as finished:
        _trigger(window, "exportPatient")
    pdf, json_file = finished.args[0]
    assert pdf.parent == tmp_path and pdf.name.startswith(file_stem(name))
    assert pdf.read_bytes().startswith(b"%PDF")
    record = json.loads(json_file.read_text(encoding="utf-8"))
    assert name in json.dumps(record, ensure_ascii=False)
    assert "Private reflection notes are not part of it" in Ask.asked[-1]


def test_file_stem_is_safe_everywhere() -> None:
    assert file_stem('Dupont: "Marie" / 2 <test>?') == "Dupont Marie 2 test"
    assert file_stem(" .. ") == "record"


def _erase_with(
    qtbot: QtBot, reason: str, *, lawful: bool = True
) -> Callable[[ErasePatientDialog], bool]:
    def fill(dialog: ErasePatientDialog) -> bool:
        dialog.show()
        assert not dialog.erase_button.isEnabled()  # nothing ticked, no reason yet
        qtbot.keyClicks(dialog.reason, reason)
        if lawful and dialog.lawful.isVisible():
            qtbot.keyClick(dialog.lawful, Qt.Key.Key_Space)  # (two quick clicks would be one
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)  # double click to QTest)
        if not dialog.erase_button.isEnabled():
            return False
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        return dialog.result() == ErasePatientDialog.DialogCode.Accepted

    return fill


def test_erasing_a_patient_from_the_patient_menu(qtbot: QtBot, window: MainWindow) -> None:
    pid = _select_first(window)
    window.settings.last_patient = pid
    before = len(window.services.patients.rows())
    window.exchange.run_dialog = _erase_with(  # type: ignore[method-assign]
        qtbot, "Written request from the patient"
    )
    _trigger(window, "erasePatient")
    with pytest.raises(NotFoundError):
        window.services.patients.get(pid)
    assert window.patient_id == 0 and window.settings.last_patient == 0
    assert len(window.services.patients.rows()) == before - 1
    assert window.patient_list.model.row_of(pid) == -1
    assert "erased" in window.statusBar().currentMessage()


def test_erasure_needs_the_lawful_reason_inside_retention(qtbot: QtBot, window: MainWindow) -> None:
    pid = _select_first(window)
    dialog = ErasePatientDialog(window.services, pid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.within_retention and dialog.lawful.isVisible()  # demo visits are recent
    assert "must normally be kept until" in dialog.findChild(QLabel, "eraseRetention").text()
    assert not _erase_with(qtbot, "Asked in writing", lawful=False)(dialog)
    window.services.patients.get(pid)  # still there


def test_a_reason_naming_the_patient_is_refused_in_place(qtbot: QtBot, window: MainWindow) -> None:
    pid = _select_first(window)
    family = window.services.patients.get(pid).data.family_name
    dialog = ErasePatientDialog(window.services, pid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _erase_with(qtbot, f"{family} asked for it")(dialog)
    assert "Leave the patient's name" in dialog.error.text()
    assert dialog.reason.toPlainText() == f"{family} asked for it"  # nothing typed is lost
    window.services.patients.get(pid)


# ------------------------------------------------------------ a practice moved in at first run
def _setup_from(qtbot: QtBot, folder: Path, source: Path) -> SetupDialog:
    setup = SetupDialog(folder)
    qtbot.addWidget(setup)
    setup.choose_open_path = lambda *_a: str(source)  # type: ignore[method-assign]
    setup.show()
    qtbot.mouseClick(setup.from_file, Qt.MouseButton.LeftButton)
    assert not setup.practice_name.isEnabled() and source.name in setup.source_label.text()
    for edit in (setup.passphrase, setup.again):
        qtbot.keyClicks(edit, PASSPHRASE)
    return setup


def test_first_run_moves_a_practice_in_from_its_file(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "practice.json"
    demo_services.exchange.export_practice(source)
    setup = _setup_from(qtbot, tmp_path / "new", source)
    assert setup.try_create() and setup.task is not None
    qtbot.waitUntil(lambda: setup.task is None, timeout=60_000)
    assert setup.imported is not None and setup.store is not None
    assert setup.pages.currentIndex() == 1 and setup.key_label.text() == setup.recovery
    moved = Services.for_store(setup.store)
    assert moved.practice.info().name == demo_services.practice.info().name
    assert len(moved.patients.rows()) == len(demo_services.patients.rows())
    assert setup.imported.patients == len(demo_services.patients.rows())
    setup.store.dispose()


def test_first_run_import_cancelled_or_refused_leaves_nothing(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop.services.exchange import ExchangeService

    folder = tmp_path / "new"
    bad = tmp_path / "notes.json"
    bad.write_text("these are not a practice", encoding="utf-8")
    setup = _setup_from(qtbot, folder, bad)
    assert setup.try_create() and setup.task is not None
    qtbot.waitUntil(lambda: setup.task is None, timeout=30_000)
    assert "Nothing was created" in setup.error.text()
    assert not (folder / DB_FILENAME).exists() and not keyring_path(folder).exists()
    assert setup.pages.currentIndex() == 0 and setup.next_button.isEnabled()

    # Cancelled half way (Escape): the new practice is removed again.
    source = tmp_path / "practice.json"
    demo_services.exchange.export_practice(source)
    reached, go_on = _gate(ExchangeService, "import_practice", monkeypatch)
    setup.source = source
    assert setup.try_create()
    task = setup.task
    assert task is not None
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    with qtbot.waitSignal(task.finished, timeout=30_000) as finished:
        qtbot.keyClick(setup, Qt.Key.Key_Escape)
        go_on.set()
    assert isinstance(finished.args[0], OperationCancelled)
    assert "cancelled" in setup.error.text() and "Nothing was created" in setup.error.text()
    assert not (folder / DB_FILENAME).exists() and not keyring_path(folder).exists()
    assert setup.isVisible()  # Escape cancelled the import, not the dialog


# ------------------------------------------------------------ a backup with progress and Cancel
@pytest.fixture
def practice_window(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings, data_dir: Path
) -> Iterator[MainWindow]:
    Ask.reset()
    w = MainWindow(demo_services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):  # shortcuts reach only the active window
        w.show()
        w.activateWindow()
    yield w
    w.workers.wait_all()
    Ask.reset()


def test_ctrl_b_backs_up_with_progress_and_can_be_cancelled(
    qtbot: QtBot, practice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop.store import backup

    window = practice_window
    folder = window.backup_folder
    assert folder is not None
    before = {p.name for p in folder.glob("*")} if folder.exists() else set()
    reached, go_on = _gate(backup, "make_backup", monkeypatch)
    task = window.backup_with_progress()
    assert task is not None
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert window.findChild(QProgressDialog, "backupProgress") is not None
    with qtbot.waitSignal(task.finished, timeout=30_000) as finished:
        qtbot.mouseClick(task.cancel_button, Qt.MouseButton.LeftButton)
        go_on.set()
    assert isinstance(finished.args[0], backup.BackupCancelled)
    assert "cancelled" in window.statusBar().currentMessage()
    assert {p.name for p in folder.glob("*")} == before  # nothing new, no unfinished copy

    monkeypatch.undo()
    window.activateWindow()  # the progress dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.findChild(QAction, "backupNow").triggered):
        qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(list(folder.glob("practice-*.sqlite"))) == 1, timeout=30_000)
    window.workers.wait_for_writes()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"))
