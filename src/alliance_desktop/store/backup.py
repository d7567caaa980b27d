"""Backups made with SQLite's online backup API: verified, synced, then renamed into place."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from alliance_desktop.domain.backups import KeepPolicy, backups_to_keep
from alliance_desktop.store.engine import connect_file
from alliance_desktop.store.errors import StoreCorruptError, StoreError


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def verify_backup(path: Path, key: bytes | None = None) -> None:
    """Raise StoreCorruptError unless ``path`` is a database that passes its integrity check."""
    try:
        conn = connect_file(path, key, readonly=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except Exception as exc:  # sqlite3 or sqlcipher3 DatabaseError
        raise StoreCorruptError(f"The backup {path.name} cannot be read: {exc}") from exc
    if result != ["ok"]:
        raise StoreCorruptError(f"The backup {path.name} failed its check: {'; '.join(result)}")


def backup_database(
    engine: Engine, destination: Path, key: bytes | None = None, *, create_folder: bool = True
) -> Path:
    """Copy the whole database to ``destination`` while it stays open, and verify the copy.

    The copy is written under a temporary name, checked, synced to disk, and only then renamed
    to ``destination``, so a backup that exists is always complete.
    """
    if create_folder:
        destination.parent.mkdir(parents=True, exist_ok=True)
    elif not destination.parent.is_dir():  # a chosen drive that is not plugged in
        raise StoreError(f"The backup folder {destination.parent} is not there.")
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        if engine.dialect.name != "sqlite" or source is None:
            raise StoreError("Backups of this kind of database are made by its server.")
        target = connect_file(partial, key)  # the same key: a backup stays encrypted
        try:
            source.backup(target)  # whole database in one step: a consistent snapshot
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is a single, closed file
        finally:
            target.close()
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"The backup could not be written: {exc}") from exc
    finally:
        raw.close()
    try:
        verify_backup(partial, key)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(destination)
        _fsync_dir(destination.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


# ------------------------------------------------------------------ a folder of backups

STAMP = "%Y%m%d-%H%M%S"
PREFIX = "practice-"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup in a folder: when it was made, its size, and what it holds."""

    path: Path
    made_at: dt.datetime
    size: int
    patients: int | None
    visits: int | None


def backup_name(now: dt.datetime) -> str:
    return f"{PREFIX}{now.strftime(STAMP)}.sqlite"


def _stamp_of(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(path.stem.removeprefix(PREFIX)[:15], STAMP)
    except ValueError:
        return None


def _counts(path: Path, key: bytes | None = None) -> tuple[int | None, int | None]:
    try:
        conn = connect_file(path, key, readonly=True)
        try:
            return (
                conn.execute("SELECT count(*) FROM patient").fetchone()[0],
                conn.execute("SELECT count(*) FROM visit").fetchone()[0],
            )
        finally:
            conn.close()
    except Exception:  # unreadable (or another key): the list shows "?"
        return None, None


def list_backups(
    folder: Path, *, with_counts: bool = True, key: bytes | None = None
) -> list[BackupFile]:
    """The backups in ``folder``, newest first (unfinished ``.partial`` files are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*.sqlite"):
        stamp = _stamp_of(path)
        if stamp is None:
            continue
        patients, visits = _counts(path, key) if with_counts else (None, None)
        found.append(BackupFile(path, stamp, path.stat().st_size, patients, visits))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def make_backup(
    engine: Engine,
    folder: Path,
    *,
    now: dt.datetime | None = None,
    policy: KeepPolicy | None = None,
    key: bytes | None = None,
    create_folder: bool = True,
    keyring: Path | None = None,
) -> BackupFile:
    """A verified backup into ``folder``, then thin the folder so it stays bounded.

    ``keyring`` (an encrypted practice's sealed key file) is copied beside the backups: with
    the passphrase or the recovery key it opens them even if the laptop's own copy is lost.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    target = folder / backup_name(now)
    while target.exists():  # two backups in the same second
        now += dt.timedelta(seconds=1)
        target = folder / backup_name(now)
    backup_database(engine, target, key, create_folder=create_folder)
    if keyring is not None and keyring.exists():
        shutil.copyfile(keyring, folder / keyring.name)  # sealed: safe beside the backups
    thin_backups(folder, policy or KeepPolicy(), protect=target)
    patients, visits = _counts(target, key)
    return BackupFile(target, now, target.stat().st_size, patients, visits)


def thin_backups(folder: Path, policy: KeepPolicy, *, protect: Path | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted.

    ``protect`` (the backup just made) is never deleted, even if the clock was set back and
    older-looking files seem newer.
    """
    backups = list_backups(folder, with_counts=False)
    keep = backups_to_keep((b.made_at for b in backups), policy)
    removed = []
    for b in backups:
        if b.made_at not in keep and b.path != protect:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def latest_good_backup(folder: Path, key: bytes | None = None) -> BackupFile | None:
    """The newest backup in ``folder`` that passes its integrity check."""
    for backup in list_backups(folder, key=key):
        try:
            verify_backup(backup.path, key)
        except StoreCorruptError:
            continue
        return backup
    return None


def set_aside(database: Path, folder: Path, *, label: str = "damaged") -> Path:
    """Move an unreadable database (and its journal files) out of the way, untouched."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{label}-{dt.datetime.now().strftime(STAMP)}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        part = database.with_name(database.name + suffix)
        if part.exists():
            part.replace(target.with_name(target.name + suffix))
    return target


def _keep_aside(database: Path, folder: Path, key: bytes | None) -> Path:
    """Keep the current database: a verified copy if it can be read, else its files, moved
    untouched (a damaged practice is kept exactly as it was found)."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"replaced-{dt.datetime.now().strftime(STAMP)}.sqlite"
    try:
        src = connect_file(database, key)
        try:
            dst = connect_file(kept, key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a single closed file, no -wal
            finally:
                dst.close()
        finally:
            src.close()
        verify_backup(kept, key)
    except Exception:
        kept.unlink(missing_ok=True)
        return set_aside(database, folder, label="damaged")
    return kept


def restore_backup(
    source: Path, database: Path, *, keep_current_in: Path, key: bytes | None = None
) -> Path | None:
    """Put ``source`` in place of ``database``; never leaves a half-restored store.

    In this order: the backup is checked, copied under a temporary name beside the database,
    checked again and synced (a failure so far changes nothing); the current database is kept
    aside in ``keep_current_in``; then one rename puts the copy in place. No engine may have
    the database open.

    Returns:
        Where the replaced database was kept (None if there was none).
    """
    verify_backup(source, key)
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        shutil.copyfile(source, partial)
        verify_backup(partial, key)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    kept = _keep_aside(database, keep_current_in, key) if database.exists() else None
    try:
        for suffix in ("-wal", "-shm"):  # the old journal must not be replayed onto the copy
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        partial.replace(database)
        _fsync_dir(database.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return kept
