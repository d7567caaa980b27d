"""The import dialog, driven as a person would: file, columns, date order, Import, Cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.services import patient_import as import_module
from alliance_desktop.services.patient_import import ImportCancelled, ImportResult
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.import_patients_dialog import ImportPatientsDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings
from alliance_desktop.ui.workers import Workers
from tests.test_accessibility import _problems

# Semicolons and Windows-1252, as French Excel saves; the dates could be read both ways, and the
# date column has a heading the import does not know.
FRENCH_EXCEL = (
    "Nom;Prénom;Anniversaire;Courriel;Mutuelle\r\n"
    "Léger;Hélène;03/04/1980;helene@example.fr;MGEN\r\n"
    "Dupré;Zoé;05/06/1975;;\r\n"
    "Martin;Paul;1980-02-30;;\r\n"
    "Léger;Hélène;03/04/1980;helene@example.fr;MGEN\r\n"
).encode("cp1252")


@pytest.fixture
def workers() -> Iterator[Workers]:
    w = Workers()
    yield w
    w.wait_all()


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, workers: Workers) -> Iterator[ImportPatientsDialog]:
    Ask.reset()
    d = ImportPatientsDialog(services, workers)
    qtbot.addWidget(d)
    d.show()
    yield d
    workers.wait_all()
    Ask.reset()


def _choose(qtbot: QtBot, dialog: ImportPatientsDialog, combo: QComboBox, data: object) -> None:
    """Pick the entry holding ``data`` and wait for the preview it causes."""
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} has no entry {data!r}"
    with qtbot.waitSignal(dialog.preview_changed, timeout=10_000):
        combo.setCurrentIndex(index)


def _open(qtbot: QtBot, dialog: ImportPatientsDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.preview_changed, timeout=10_000):
        dialog.set_file(path)


def test_map_a_column_choose_the_date_order_and_import(
    qtbot: QtBot, dialog: ImportPatientsDialog, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "patients.csv"
    source.write_bytes(FRENCH_EXCEL)
    before = len(services.patients.rows())
    _open(qtbot, dialog, source)
    assert "Windows-1252" in dialog.encoding_label.text()
    assert dialog.delimiter.currentData() == "semicolon"
    assert dialog.columns["family_name"].currentData() == 0
    assert dialog.columns["given_names"].currentData() == 1
    assert dialog.columns["date_of_birth"].currentText() == "Not imported"
    assert not dialog.date_box.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()  # names are enough

    # The birthday column, once mapped, could be day/month or month/day: the dialog asks.
    _choose(qtbot, dialog, dialog.columns["date_of_birth"], 2)
    assert dialog.date_box.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    assert "day/month or month/day" in dialog.status.text()
    assert "order to choose" in dialog.table.item(0, 4).text()

    _choose(qtbot, dialog, dialog.date_order, "dmy")
    assert dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Léger"
    assert dialog.table.item(0, 4).text() == "03 Apr 1980"
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "line 4: the date of birth 1980-02-30 is not a real date"
    ]
    assert dialog.duplicates.item(0).text() == "line 5: an exact copy of line 2 (not imported)"
    assert "2 patient(s) ready to import" in dialog.status.text()

    Ask.set_next_answer(None)  # the closing message
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert isinstance(result, ImportResult) and result.imported == 2
    assert "2 patient(s) imported" in Ask.asked[-1]
    assert not dialog.isVisible() and dialog.import_result == result
    rows = {r.family_name: r for r in services.patients.rows()}
    assert len(rows) == before + 2
    assert rows["Léger"].given_names == "Hélène"
    assert str(rows["Léger"].date_of_birth) == "1980-04-03"
    assert not services.patients.get(rows["Dupré"].id).data.storage_consent


def test_changing_the_delimiter_reads_the_columns_again(
    qtbot: QtBot, dialog: ImportPatientsDialog, tmp_path: Path
) -> None:
    source = tmp_path / "patients.txt"
    source.write_text("Surname\tFirst name\tNotes\nRoe\tJohn\tsays: yes, no\n", encoding="utf-8")
    _open(qtbot, dialog, source)
    assert dialog.delimiter.currentData() == "tab"
    assert dialog.preview is not None and dialog.preview.ready
    _choose(qtbot, dialog, dialog.delimiter, "comma")
    assert dialog.preview is not None and dialog.preview.delimiter == ","
    assert not dialog.import_button.isEnabled()
    assert dialog.columns["family_name"].currentText() == "Not imported"
    _choose(qtbot, dialog, dialog.delimiter, "tab")
    assert dialog.import_button.isEnabled()
    assert dialog.columns["notes"].currentData() == 2


def test_a_file_that_is_not_a_patient_list(
    qtbot: QtBot, dialog: ImportPatientsDialog, tmp_path: Path
) -> None:
    source = tmp_path / "book.xlsx"
    source.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    with qtbot.waitSignal(dialog.preview_changed, timeout=10_000) as shown:
        dialog.choose_file = lambda parent, title: str(source)  # type: ignore[method-assign]
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert shown.args == [None]
    assert "Save As" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.file_edit.text() == str(source)


def test_cancel_leaves_the_practice_unchanged(
    qtbot: QtBot,
    dialog: ImportPatientsDialog,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = ["Surname,Given names,DOB"] + [
        f"Family{i},Given,1980-01-{1 + i % 28:02d}" for i in range(120)
    ]
    source = tmp_path / "many.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = services.maintenance.stats()
    _open(qtbot, dialog, source)
    assert dialog.import_button.isEnabled()

    # Hold the import on its 60th row (after a flush) until Cancel has been pressed.
    reached, release = threading.Event(), threading.Event()
    real = import_module._patient_from
    calls = [0]

    def slow(row: object) -> object:
        calls[0] += 1
        if calls[0] == 60:
            reached.set()
            release.wait(10)
        return real(row)  # type: ignore[arg-type]

    monkeypatch.setattr(import_module, "_patient_from", slow)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(reached.is_set, timeout=10_000)
        assert dialog.importing and dialog.progress is not None
        assert not dialog.import_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() == 50)
        dialog.reject()  # Escape while importing does not close: it asks to stop
        assert dialog.isVisible()
        cancel = dialog.progress.findChild(QPushButton, "importCancel")
        assert cancel is not None and cancel.accessibleName()
        Ask.set_next_answer(None)
        with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as finished:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            release.set()
    finally:
        release.set()
    assert isinstance(finished.args[0], ImportCancelled)
    assert "cancelled; nothing was stored" in Ask.asked[-1]
    assert services.maintenance.stats() == before
    assert dialog.isVisible() and dialog.import_result is None and not dialog.importing
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)  # it can be tried again


def test_every_control_is_named(qtbot: QtBot, dialog: ImportPatientsDialog, tmp_path: Path) -> None:
    source = tmp_path / "patients.csv"
    source.write_text("Name,DOB\nJane Smith,03/04/1980\n", encoding="utf-8")
    _open(qtbot, dialog, source)
    assert dialog.date_box.isVisibleTo(dialog)
    assert _problems(dialog) == []


def test_file_menu_imports_and_the_list_shows_the_new_patients(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings, tmp_path: Path
) -> None:
    Ask.reset()
    window = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    source = tmp_path / "patients.csv"
    source.write_text("Family name,Given names\nZygmunt,Ola\n", encoding="utf-8")

    def run(dialog: ImportPatientsDialog) -> bool:
        _open(qtbot, dialog, source)
        Ask.set_next_answer(None)
        with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return True

    window.run_dialog = run  # type: ignore[method-assign]
    action = window.findChild(type(window.save_action), "importPatients")
    assert action is not None and "spreadsheet" in action.text()
    shown_before = window.patient_list.model.total()
    action.trigger()
    assert window.patient_list.model.total() == shown_before + 1
    window.workers.wait_all()
    Ask.reset()
