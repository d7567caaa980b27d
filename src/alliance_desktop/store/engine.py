"""The one place that opens a practice database: pragmas, transaction mode, and checks.

Callers pass a :class:`StoreLocation`; how the connection is made (plain SQLite file today,
SQLCipher with a key or a PostgreSQL URL later) is decided here and nowhere else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from alliance_desktop.domain.text import translate
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.location import (  # re-exported: the store's callers import these here
    StoreLocation,
    connect_file,
    sqlcipher_module,
)

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "alliance_write"

#: What each SQLite connection must read back after it is opened.
EXPECTED_PRAGMAS: dict[str, Any] = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit that returned survives a power cut
    "busy_timeout": BUSY_TIMEOUT_MS,
}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Take transaction control away from the driver (its legacy mode skips BEGIN before
    # SELECT and DDL); SQLAlchemy's "begin" event below emits BEGIN itself. Pragmas run
    # here, outside any transaction, where foreign_keys is not a no-op.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at once, so it waits (busy_timeout) at the
    # start instead of failing with "database is locked" half-way through.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(location: StoreLocation | Path) -> Engine:
    """Create the engine for a practice store; SQLite pragmas are set on every connection."""
    if isinstance(location, Path):
        location = StoreLocation.sqlite_file(location)
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    if location.key is not None:
        # SQLCipher through a creator and the plain dialect: the pysqlcipher dialect would
        # send an empty key of its own. A raw key skips SQLCipher's per-connection PBKDF2.
        path, key = location.sqlite_path, location.key
        assert path is not None
        engine = create_engine(
            location.url,
            creator=lambda: connect_file(path, key),
            module=sqlcipher_module(),
            hide_parameters=True,  # patient text never reaches a log or an error message
        )
    else:
        engine = create_engine(
            location.url, connect_args={"check_same_thread": False}, hide_parameters=True
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions begin as writes."""
    return engine.execution_options(**{WRITE_OPTION: True})


def read_pragmas(engine: Engine) -> dict[str, Any]:
    """Read back the pragmas a new connection has (empty for non-SQLite databases)."""
    if engine.dialect.name != "sqlite":
        return {}
    with engine.connect() as conn:
        return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


def check_pragmas(engine: Engine) -> list[str]:
    """Return a plain-language problem for each pragma that did not take effect."""
    problems = []
    for name, value in read_pragmas(engine).items():
        expected = EXPECTED_PRAGMAS[name]
        actual = value.lower() if isinstance(value, str) else value
        if actual != expected:
            if name == "journal_mode":
                problem = translate(
                    "StoreEngine",
                    "PRAGMA {name} is {actual}, expected {expected} "
                    "(is the data folder on a network or cloud-synchronised drive?)",
                )
            else:
                problem = translate("StoreEngine", "PRAGMA {name} is {actual}, expected {expected}")
            problems.append(problem.format(name=name, actual=repr(actual), expected=repr(expected)))
    return problems


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; return what they found."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        problems = [] if rows == ["ok"] else rows
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
            problems.append(
                translate(
                    "StoreEngine", "table {table} row {row} refers to a missing {parent}"
                ).format(table=row[0], row=row[1], parent=row[2])
            )
    return problems


SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def ensure_readable(engine: Engine) -> None:
    """Fail if the file cannot be read: StoreCorruptError only when SQLite says it is damaged
    or not a database; anything else (busy, no permission) is a plain StoreError."""
    from alliance_desktop.store.errors import StoreCorruptError

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except Exception as exc:
        orig = getattr(exc, "orig", exc)
        code = getattr(orig, "sqlite_errorcode", None)
        message = str(orig)
        damaged = code in (SQLITE_CORRUPT, SQLITE_NOTADB) or (
            code is None and ("not a database" in message or "malformed" in message)
        )
        kind = StoreCorruptError if damaged else StoreError
        raise kind(
            translate("StoreEngine", "The practice database cannot be read: {problem}").format(
                problem=message
            )
        ) from exc
