"""Where a practice lives on disk, and raw connections to its file, without SQLAlchemy.

Kept apart from ``engine.py`` so that start-up can find the practice, tell whether it is
encrypted and take a first look at it (``first_look.py``) before SQLAlchemy is imported: the
window is painted with the patient list first, and the store is opened just after.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DB_FILENAME = "practice.sqlite"
KEYRING_FILENAME = "practice.keys"
BACKUP_FOLDER = "backups"

#: The newest schema revision this app knows (the last script in migrations/versions).
#: Opening a practice already at this revision needs no Alembic at all, which keeps about a
#: tenth of a second off every start, and only a practice at it is read by the first look
#: (``first_look.py``); tests/test_store.py checks it against Alembic's head.
SCHEMA_HEAD = "0006"


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """Where a practice store lives and how to reach it."""

    url: str
    sqlite_path: Path | None = None
    key: bytes | None = field(default=None, repr=False)  # SQLCipher raw key; None = plain

    @classmethod
    def sqlite_file(cls, path: Path, key: bytes | None = None) -> StoreLocation:
        path = Path(path)
        return cls(url=f"sqlite:///{path}", sqlite_path=path, key=key)

    @classmethod
    def in_folder(cls, data_dir: Path, key: bytes | None = None) -> StoreLocation:
        return cls.sqlite_file(Path(data_dir) / DB_FILENAME, key)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    def exists(self) -> bool:
        """True if the database file is there (servers are assumed to exist)."""
        return self.sqlite_path is None or self.sqlite_path.exists()

    def describe(self) -> str:
        return str(self.sqlite_path) if self.sqlite_path else self.url.split("@")[-1]


def keyring_path(folder: Path) -> Path:
    """The file holding an encrypted practice's wrapped key."""
    return folder / KEYRING_FILENAME


def is_encrypted(folder: Path) -> bool:
    """True if the practice in ``folder`` is encrypted (its keyring is there)."""
    return keyring_path(folder).exists()


def sqlcipher_module() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def connect_file(
    path: Path, key: bytes | None = None, *, readonly: bool = False
) -> sqlite3.Connection:
    """A raw DB-API connection to a practice file (SQLCipher when ``key`` is given)."""
    target = path.resolve().as_uri() + ("?mode=ro" if readonly else "")
    if key is None:
        return sqlite3.connect(target, uri=True, check_same_thread=False)
    module = sqlcipher_module()
    conn = module.connect(target, uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    except BaseException:
        conn.close()
        raise
    return conn  # type: ignore[no-any-return]
