"""Encryption at rest: no readable patient text in the database, its WAL or its backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desktop.services import Services
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.store.backup import list_backups, make_backup, verify_backup
from alliance_desktop.store.errors import StoreError, StoreLockedError
from alliance_desktop.store.keys import WrongPassphraseError
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import (
    change_passphrase,
    create_encrypted_store,
    open_store,
    unlock_location,
)

SECRET = "Zéphyrine Quillfeather"
PASSPHRASE = "blue kettle morning river"


def _practice(folder: Path) -> str:
    store, recovery = create_encrypted_store(folder, PASSPHRASE)
    sv = Services.for_store(store)
    family, given = SECRET.split()[1], SECRET.split(maxsplit=1)[0]
    for n in range(40):
        sv.patients.create(PatientInput(family, f"{given}{n}", communication_notes=SECRET * 20))
    make_backup(store.engine, folder / "backups", key=store.key)
    # the WAL holds recent pages until a checkpoint: look at it while the store is open
    wal = folder / "practice.sqlite-wal"
    wal_bytes = wal.read_bytes() if wal.exists() else b""
    store.dispose()
    (folder / "wal-copy").write_bytes(wal_bytes)
    return recovery


def test_no_readable_patient_text_anywhere(tmp_path: Path) -> None:
    _practice(tmp_path)
    needles = [
        SECRET.split()[1].encode(),
        SECRET.encode("utf-8"),
        "Quillfeather".encode("utf-16-le"),
    ]
    files = [
        tmp_path / "practice.sqlite",
        tmp_path / "wal-copy",
        *[b.path for b in list_backups(tmp_path / "backups", with_counts=False)],
    ]
    assert len(files) == 3
    for path in files:
        data = path.read_bytes()
        assert data, path
        for needle in needles:
            assert needle not in data, path.name
    assert b"SQLite format 3" not in (tmp_path / "practice.sqlite").read_bytes()[:16]


def test_wrong_passphrase_and_recovery_key(tmp_path: Path) -> None:
    recovery = _practice(tmp_path)
    with pytest.raises(StoreLockedError):
        open_store(StoreLocation.in_folder(tmp_path))  # no key: refused, nothing created
    with pytest.raises(WrongPassphraseError, match="does not open"):
        unlock_location(tmp_path, passphrase="blue kettle morning rivers")
    files_before = sorted(p.name for p in tmp_path.iterdir())
    store = open_store(unlock_location(tmp_path, recovery_key=recovery.lower().replace("-", " ")))
    assert Services.for_store(store).maintenance.stats()["patients"] == 40
    store.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # nothing new created
    backup = list_backups(tmp_path / "backups", with_counts=False)[0].path
    with pytest.raises(StoreError):
        verify_backup(backup)  # without the key a backup is unreadable
    verify_backup(backup, unlock_location(tmp_path, passphrase=PASSPHRASE).key)


def test_changing_the_passphrase_rewraps_the_key(tmp_path: Path) -> None:
    _practice(tmp_path)
    before = (tmp_path / "practice.sqlite").read_bytes()
    change_passphrase(tmp_path, PASSPHRASE, "seven quiet harbour lamps")
    assert (tmp_path / "practice.sqlite").read_bytes() == before  # the data is not rewritten
    with pytest.raises(WrongPassphraseError):
        unlock_location(tmp_path, passphrase=PASSPHRASE)
    store = open_store(unlock_location(tmp_path, passphrase="seven quiet harbour lamps"))
    assert Services.for_store(store).maintenance.check().ok
    store.dispose()
    with pytest.raises(StoreError, match="too short"):
        change_passphrase(tmp_path, "seven quiet harbour lamps", "short")


def test_an_existing_practice_is_never_overwritten(tmp_path: Path) -> None:
    _practice(tmp_path)
    with pytest.raises(StoreError, match="already holds a practice"):
        create_encrypted_store(tmp_path, PASSPHRASE)


def test_command_line_init_then_use_with_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from alliance_desktop.cli import main

    folder = tmp_path / "clinic"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--data-dir", str(folder), "--passphrase-file", str(secret), "init"]) == 0
    out = capsys.readouterr().out
    assert "Recovery key" in out and out.count("-") >= 7
    # every other command needs the passphrase, and says so plainly without it
    monkeypatch.delenv("ALLIANCE_PASSPHRASE", raising=False)
    assert main(["--data-dir", str(folder), "stats"]) == 3
    assert "ALLIANCE_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("ALLIANCE_PASSPHRASE", "not the passphrase at all")
    assert main(["--data-dir", str(folder), "stats"]) == 3
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setenv("ALLIANCE_PASSPHRASE", PASSPHRASE)
    assert (
        main(
            ["--data-dir", str(folder), "demo-data", "--patients", "4", "--visits-per-patient", "2"]
        )
        == 0
    )
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert main(["--data-dir", str(folder), "backup"]) == 0
    capsys.readouterr()
    backup = list_backups(folder / "backups", with_counts=False)[0].path
    assert main(["--data-dir", str(folder), "restore", str(backup)]) == 0
    assert "4 patients" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "--passphrase-file", str(secret), "init"]) == 3


def test_setup_and_unlock_dialogs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.ui.dialogs.setup_dialog import SetupDialog
    from alliance_desktop.ui.dialogs.unlock_dialog import ChangePassphraseDialog, UnlockDialog

    folder = tmp_path / "new"
    setup = SetupDialog(folder)
    qtbot.addWidget(setup)
    qtbot.keyClicks(setup.practice_name, "Hillside Osteopathy")
    qtbot.keyClicks(setup.practitioner, "Jo Rivers")
    qtbot.keyClicks(setup.passphrase, "short")
    assert setup.strength.text() == "Strength: too short"
    qtbot.keyClicks(setup.again, "short")
    assert not setup.try_create() and "too short" in setup.error.text()
    assert not folder.exists() or not any(folder.iterdir())
    for edit in (setup.passphrase, setup.again):
        edit.clear()
        qtbot.keyClicks(edit, PASSPHRASE)
    assert setup.try_create()
    assert setup.recovery and setup.key_label.text() == setup.recovery
    assert not setup.finish_button.isEnabled()  # until the key is kept
    setup.reject()  # cannot leave now: the practice exists, the key must be confirmed
    assert setup.store is not None
    qtbot.mouseClick(
        setup.kept, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    assert setup.finish_button.isEnabled()
    info = Services.for_store(setup.store).practice.info()
    assert (info.name, info.practitioner.name if info.practitioner else "") == (
        "Hillside Osteopathy",
        "Jo Rivers",
    )
    setup.store.dispose()

    unlock = UnlockDialog(folder)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, "wrong passphrase here")
    assert not unlock.try_accept() and "does not open" in unlock.error.text()
    unlock.use_recovery.setChecked(True)
    qtbot.keyClicks(unlock.passphrase, setup.recovery)
    assert unlock.try_accept() and unlock.location is not None and unlock.location.encrypted

    change = ChangePassphraseDialog(folder)
    qtbot.addWidget(change)
    qtbot.keyClicks(change.current, PASSPHRASE)
    qtbot.keyClicks(change.new, "green lantern over water")
    qtbot.keyClicks(change.again, "green lantern over water")
    assert change.try_accept()
    assert unlock_location(folder, passphrase="green lantern over water").key is not None


def test_an_encrypted_practice_is_upgraded_after_an_encrypted_backup(tmp_path: Path) -> None:
    import secrets

    from alembic import command

    from alliance_desktop.store.engine import make_engine
    from alliance_desktop.store.migrate import alembic_config

    key = secrets.token_bytes(32)
    location = StoreLocation.in_folder(tmp_path, key)
    engine = make_engine(location)
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(cfg, "0001")
    engine.dispose()
    store = open_store(location)
    store.dispose()
    made = list((tmp_path / "backups").glob("before-upgrade-0001-*.sqlite"))
    assert len(made) == 1
    verify_backup(made[0], key)
    with pytest.raises(StoreError):
        verify_backup(made[0])  # encrypted like the practice


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(tmp_path: Path) -> None:
    recovery = _practice(tmp_path)
    change_passphrase(tmp_path, recovery, "a brand new passphrase", recovery_key=True)
    assert unlock_location(tmp_path, passphrase="a brand new passphrase").key is not None
    with pytest.raises(WrongPassphraseError):
        change_passphrase(tmp_path, "AAAAA-BBBBB", "whatever long enough", recovery_key=True)
