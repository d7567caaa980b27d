"""Backups: verified during writes, thinned on a calendar, refused when damaged, restored whole."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from alliance_desktop.cli import main
from alliance_desktop.domain.backups import KeepPolicy, backups_to_keep
from alliance_desktop.services import Services
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.store import backup as backup_module
from alliance_desktop.store.backup import BackupCancelled, list_backups, make_backup
from alliance_desktop.store.errors import StoreCorruptError, StoreError


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    start = dt.datetime(2026, 1, 1, 9, 0)
    # one backup every 6 hours for 120 days
    stamps = [start + dt.timedelta(hours=6 * i) for i in range(4 * 120)]
    keep = backups_to_keep(stamps, KeepPolicy(recent=5, daily=7, weekly=4, monthly=3))
    newest = max(stamps)
    ordered = sorted(stamps, reverse=True)
    assert set(ordered[:5]) <= keep  # the five most recent
    days = {s.date() for s in keep}
    for back in range(7):  # the newest of each of the last 7 days
        day = newest.date() - dt.timedelta(days=back)
        assert max(s for s in stamps if s.date() == day) in keep
    months = {(s.year, s.month) for s in keep}
    assert newest == dt.datetime(2026, 5, 1, 3, 0)
    assert months == {(2026, 5), (2026, 4), (2026, 3)}  # older months: gone
    assert len(keep) <= 5 + 7 + 4 + 3
    assert days  # sanity


def test_backup_while_writes_continue_is_consistent(services: Services, tmp_path: Path) -> None:
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        n = 0
        while not stop.is_set() and n < 400:
            services.patients.create(PatientInput(f"Writer{n}", "Test"))
            written.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [
            make_backup(
                services.store.engine, tmp_path / "b", now=dt.datetime(2026, 1, 1, 10, 0, i)
            )
            for i in range(3)
        ]
    finally:
        stop.set()
        thread.join()
    for backup in made:
        assert backup.patients is not None and backup.patients <= len(written)
    assert [b.path for b in list_backups(tmp_path / "b")] == [b.path for b in reversed(made)]


def test_progress_rises_to_the_total_while_another_connection_writes(
    demo_services: Services, tmp_path: Path
) -> None:
    engine = demo_services.store.engine
    before = demo_services.maintenance.stats()["patients"]
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 2:  # a commit on another connection between two steps of the copy
            demo_services.patients.create(PatientInput("During", "Backup"))

    made = make_backup(engine, tmp_path / "b", progress=progress)
    done = [d for d, _ in calls]
    totals = {t for _, t in calls}
    assert len(calls) > 10 and len(totals) == 1  # in steps, against one total
    assert done == sorted(set(done))  # strictly rising: the copy never started over
    assert calls[-1] == (totals.pop(),) * 2
    assert made.patients == before  # the snapshot taken as the copy began
    assert demo_services.maintenance.stats()["patients"] == before + 1
    assert [b.path for b in list_backups(tmp_path / "b")] == [made.path]


@pytest.mark.parametrize("when", ["copying", "checking"])
def test_a_cancelled_backup_leaves_nothing_behind(
    demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    engine = demo_services.store.engine
    folder = tmp_path / "b"
    earlier = make_backup(engine, folder, now=dt.datetime(2026, 1, 1, 9, 0))
    before = sorted(folder.iterdir())
    calls: list[tuple[int, int]] = []

    def cancelled() -> bool:
        if when == "copying":
            return len(calls) >= 3
        return bool(calls) and 2 * calls[-1][0] == calls[-1][1]  # once the copy has ended

    monkeypatch.setattr(backup_module, "CHECK_POLL", 1)  # the check asks at once
    with pytest.raises(BackupCancelled) as raised:
        make_backup(
            engine,
            folder,
            now=dt.datetime(2026, 1, 1, 10, 0),
            progress=lambda done, total: calls.append((done, total)),
            cancelled=cancelled,
        )
    assert isinstance(raised.value, StoreError)
    assert sorted(folder.iterdir()) == before  # no new backup, no .partial, no journal
    assert calls and calls[-1][0] < calls[-1][1]  # it stopped before the end
    if when == "copying":
        assert len(calls) == 3
    else:
        assert "interrupted" in str(raised.value.__cause__)  # stopped inside the check
    # the practice carries on: writes and the next backup work
    demo_services.patients.create(PatientInput("After", "Cancel"))
    again = make_backup(engine, folder, now=dt.datetime(2026, 1, 1, 11, 0))
    assert again.patients == (earlier.patients or 0) + 1


def test_index_entries_against_rows_are_checked_only_when_thorough(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    import sqlite3

    engine = services.store.engine
    for n in range(5):
        services.patients.create(PatientInput(f"Family{n}", f"Given{n}"))
    # an index whose entries no longer match its rows: every page is still sound
    conn = sqlite3.connect(data_dir / "practice.sqlite", isolation_level=None)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'family_name', 'given_names') "
        "WHERE name = 'ix_patient_archived_family'"
    )
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    folder = tmp_path / "b"
    made = make_backup(engine, folder, now=dt.datetime(2026, 1, 1, 9, 0))  # quick_check
    assert made.patients == 5
    with pytest.raises(StoreCorruptError, match="missing from index"):
        make_backup(engine, folder, now=dt.datetime(2026, 1, 1, 10, 0), thorough=True)
    assert sorted(folder.iterdir()) == [made.path]  # the refused one left nothing


def test_an_encrypted_practice_backs_up_in_steps_and_cancels_cleanly(tmp_path: Path) -> None:
    from alliance_desktop.store.backup import verify_backup
    from alliance_desktop.store.opening import create_encrypted_store

    store, _ = create_encrypted_store(tmp_path / "p", "blue kettle morning river")
    try:
        sv = Services.for_store(store)
        for n in range(30):
            sv.patients.create(PatientInput("Quill", f"Zeph{n}", communication_notes="x" * 2000))
        folder = tmp_path / "b"
        calls: list[tuple[int, int]] = []
        made = make_backup(
            store.engine,
            folder,
            key=store.key,
            now=dt.datetime(2026, 1, 1, 9, 0),
            progress=lambda done, total: calls.append((done, total)),
        )
        assert made.patients == 30
        assert len(calls) > 10 and calls[-1][0] == calls[-1][1]
        verify_backup(made.path, store.key)
        with pytest.raises(StoreError):
            verify_backup(made.path)  # encrypted like the practice
        before = sorted(folder.iterdir())
        steps: list[int] = []
        with pytest.raises(BackupCancelled):
            make_backup(
                store.engine,
                folder,
                key=store.key,
                now=dt.datetime(2026, 1, 1, 10, 0),
                progress=lambda done, total: steps.append(done),
                cancelled=lambda: len(steps) >= 2,
            )
        assert sorted(folder.iterdir()) == before
    finally:
        store.dispose()


def test_a_damaged_backup_is_refused_at_restore_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    assert (
        main(
            ["--data-dir", str(folder), "demo-data", "--patients", "6", "--visits-per-patient", "3"]
        )
        == 0
    )
    assert main(["--data-dir", str(folder), "backup", "--to", str(tmp_path / "b")]) == 0
    backup = list_backups(tmp_path / "b")[0].path
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in a data page
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(data))
    before = (folder / "practice.sqlite").read_bytes()
    capsys.readouterr()
    code = main(["--data-dir", str(folder), "restore", str(damaged)])
    if code == 0:  # the flip landed in free space: SQLite cannot see it, so try the header
        data[20:40] = b"\xff" * 20
        damaged.write_bytes(bytes(data))
        (folder / "practice.sqlite").write_bytes(before)
        code = main(["--data-dir", str(folder), "restore", str(damaged)])
    assert code == 3
    assert "Traceback" not in capsys.readouterr().err
    assert (folder / "practice.sqlite").read_bytes() == before


def test_restore_round_trip_reproduces_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "demo-data",
                "--patients",
                "8",
                "--visits-per-patient",
                "4",
                "--seed",
                "9",
            ]
        )
        == 0
    )
    assert main(["--data-dir", str(folder), "stats"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "backup"]) == 0
    made = capsys.readouterr().out
    assert "backup verified" in made
    backup = list_backups(folder / "backups")[0]
    assert backup.patients == 8 and backup.visits == 32
    assert main(["--data-dir", str(folder), "stats"]) == 0
    stats_before = capsys.readouterr().out
    dump_before = _dump(folder / "practice.sqlite")
    # the practice changes after the backup ...
    from alliance_desktop.store.location import StoreLocation
    from alliance_desktop.store.opening import open_store

    store = open_store(StoreLocation.in_folder(folder))
    Services.for_store(store).patients.create(PatientInput("After", "Backup"))
    store.dispose()
    # ... and the restore brings back exactly what the backup held
    assert main(["--data-dir", str(folder), "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "kept in" in out and "8 patients" in out
    assert main(["--data-dir", str(folder), "stats"]) == 0
    assert capsys.readouterr().out == stats_before
    assert _dump(folder / "practice.sqlite") == dump_before  # every row of every table
    kept = list((folder / "backups").glob("replaced-*.sqlite"))
    assert len(kept) == 1  # the practice as it was before the restore


def _dump(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_restore_refuses_something_that_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    assert main(["--data-dir", str(folder), "demo-data", "--patients", "2"]) == 0
    junk = tmp_path / "notes.sqlite"
    junk.write_text("hello")
    assert main(["--data-dir", str(folder), "restore", str(junk)]) == 3
    assert main(["--data-dir", str(folder), "restore", str(tmp_path / "missing")]) == 3


def test_verify_rejects_garbage(tmp_path: Path) -> None:
    from alliance_desktop.store.backup import verify_backup

    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"\x00" * 4096)
    with pytest.raises(StoreCorruptError):
        verify_backup(bad)


def test_the_window_backs_up_after_changes_at_exit_and_on_ctrl_b(
    qtbot,
    demo_services: Services,
    tmp_settings,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.backup_label.text() == "No backup yet"
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    window.workers.wait_for_writes()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=5000)
    assert len(list_backups(data_dir / "backups")) == 1
    row = demo_services.patients.rows()[0]
    window.patient_list.select_patient(row.id)
    window.new_visit()  # a change since the last backup
    window.close()
    backups = list_backups(data_dir / "backups")
    assert len(backups) == 2 and backups[0].visits == backups[1].visits + 1  # type: ignore[operator]


def test_an_unreadable_practice_offers_the_latest_good_backup(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QApplication

    from alliance_desktop import app as app_module
    from alliance_desktop.store.location import StoreLocation
    from alliance_desktop.ui.dialogs.ask import Ask

    folder = tmp_path / "p"
    assert (
        main(
            ["--data-dir", str(folder), "demo-data", "--patients", "5", "--visits-per-patient", "2"]
        )
        == 0
    )
    assert main(["--data-dir", str(folder), "backup"]) == 0
    database = folder / "practice.sqlite"
    database.write_bytes(b"not a database any more" * 500)
    damaged = database.read_bytes()
    Ask.reset()
    Ask.set_next_answer(False)  # "Quit": nothing changes
    assert (
        app_module._offer_latest_backup(
            folder, StoreLocation.in_folder(folder), Exception("cannot be read")
        )
        is None
    )
    assert database.read_bytes() == damaged
    assert "latest good backup" in Ask.asked[-1]
    Ask.set_next_answer(True)  # restore
    store = app_module._offer_latest_backup(
        folder, StoreLocation.in_folder(folder), Exception("cannot be read")
    )
    assert store is not None
    assert Services.for_store(store).maintenance.stats()["patients"] == 5
    store.dispose()
    kept = list((folder / "backups").glob("damaged-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert QApplication.instance() is not None
    Ask.reset()


def test_restore_from_the_window_and_the_history_view(
    qtbot,
    demo_services: Services,
    tmp_settings,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.dialogs.history_dialog import HistoryDialog
    from alliance_desktop.ui.dialogs.restore_dialog import RestoreDialog
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    Ask.reset()
    window = MainWindow(demo_services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    window.backup_now(wait=True)
    before = demo_services.maintenance.stats()["patients"]
    later = demo_services.patients.create(PatientInput("Later", "Added"))
    window.patient_list.set_rows(demo_services.patients.rows())
    window.patient_list.select_patient(later.id)
    shown: list[HistoryDialog] = []
    window.run_dialog = lambda d: shown.append(d) or True  # type: ignore[method-assign]
    window.show_history()
    table = shown[0].table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Patient details added"
    assert table.item(0, 1).text() == "Alex Morgan"

    def choose(dialog: RestoreDialog) -> bool:
        assert dialog.table.rowCount() == 1 and dialog.chosen() is not None
        assert dialog.table.item(0, 2).text() == f"{before:,}"
        return True

    window.run_dialog = choose  # type: ignore[method-assign]
    Ask.set_next_answer(True)  # restore
    Ask.set_next_answer(None)  # "will now close"
    window.restore_from_backup()
    assert demo_services.maintenance.stats()["patients"] == before
    assert list((data_dir / "backups").glob("replaced-*.sqlite"))
    Ask.reset()


def test_check_verifies_the_audit_guards(services: Services) -> None:
    from sqlalchemy import text

    assert services.maintenance.check().ok
    with services.store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_no_delete"))
    report = services.maintenance.check()
    assert not report.ok and "audit_no_delete" in report.problems[0]


def test_a_second_backup_folder_gets_every_backup(
    qtbot,
    services: Services,
    tmp_settings,
    data_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    Ask.reset()
    usb = tmp_path / "usb"
    usb.mkdir()
    window = MainWindow(services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(window)
    window.choose_folder = lambda parent, title: str(usb)  # type: ignore[method-assign]
    Ask.set_next_answer(None)
    window.choose_second_backup_folder()
    window.workers.wait_for_writes()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=5000)
    assert len(list_backups(usb)) == 1 and len(list_backups(data_dir / "backups")) == 1
    usb.rename(tmp_path / "unplugged")  # the drive is away: the main backup still counts
    window.backup_now(wait=True)
    qtbot.waitUntil(lambda: "second copy failed" in window.backup_label.text(), timeout=5000)
    assert len(list_backups(data_dir / "backups")) == 2
    Ask.reset()


def test_backup_folder_and_keep_policy_are_the_practitioners_choice(
    qtbot,
    services: Services,
    tmp_settings,
    data_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    window = MainWindow(services, AppEvents(), tmp_settings, data_dir=data_dir)
    qtbot.addWidget(window)
    tmp_settings.set_keep_policy(KeepPolicy(recent=2, daily=1, weekly=1, monthly=1))
    window.choose_folder = lambda parent, title: str(elsewhere)  # type: ignore[method-assign]
    window.choose_backup_folder()
    for _ in range(5):
        window.backup_now(wait=True)
    assert not (data_dir / "backups").exists()
    # six backups made within seconds: thinned to the two most recent (plus, when two land in
    # the same second, the one just made, which thinning never deletes)
    assert 2 <= len(list_backups(elsewhere)) <= 3


def test_restore_over_a_damaged_practice_keeps_it_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    assert (
        main(
            ["--data-dir", str(folder), "demo-data", "--patients", "3", "--visits-per-patient", "2"]
        )
        == 0
    )
    assert main(["--data-dir", str(folder), "backup"]) == 0
    backup = list_backups(folder / "backups")[0].path
    damaged = b"the disk ate this" * 300
    (folder / "practice.sqlite").write_bytes(damaged)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "restore", str(backup)]) == 0
    assert "3 patients" in capsys.readouterr().out
    kept = list((folder / "backups").glob("damaged-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
