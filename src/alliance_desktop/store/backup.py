"""Backups made with SQLite's online backup API: verified, synced, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from alliance_desktop.store.errors import StoreCorruptError, StoreError


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def verify_backup(path: Path) -> None:
    """Raise StoreCorruptError unless ``path`` is a database that passes its integrity check."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreCorruptError(f"The backup {path.name} cannot be read: {exc}") from exc
    if result != ["ok"]:
        raise StoreCorruptError(f"The backup {path.name} failed its check: {'; '.join(result)}")


def backup_database(engine: Engine, destination: Path) -> Path:
    """Copy the whole database to ``destination`` while it stays open, and verify the copy.

    The copy is written under a temporary name, checked, synced to disk, and only then renamed
    to ``destination``, so a backup that exists is always complete.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        if not isinstance(source, sqlite3.Connection):
            raise StoreError("Backups of this kind of database are made by its server.")
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # whole database in one step: a consistent snapshot
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is a single, closed file
        finally:
            target.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"The backup could not be written: {exc}") from exc
    finally:
        raw.close()
    try:
        verify_backup(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(destination)
        _fsync_dir(destination.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination
