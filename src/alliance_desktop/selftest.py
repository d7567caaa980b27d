"""``alliance-desktop --self-test``: prove that an installation (or a frozen bundle) has what
the app needs, without a display and without touching any practice.

Each step prints ``ok <step>`` or ``FAILED <step>: <reason>``; a file or module missing from
the installation is named in the reason. Then the versions the app runs with. Exit code 0
when every step passed, else 1.

This module is Qt-free; the steps that need Qt are in :mod:`alliance_desktop.ui.selftest_ui`,
imported when they run.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import secrets
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from alliance_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from alliance_desktop.store.unit_of_work import Store

EXIT_OK = 0
EXIT_FAILED = 1
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class _Context:
    """What the steps share: the temporary practice and what was learnt on the way."""

    folder: Path
    passphrase: str = field(default_factory=lambda: "self-test " + secrets.token_urlsafe(12))
    store: Store | None = None
    versions: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
        if self.store is not None:
            self.store.dispose()
            self.store = None


def _one_line(text: str) -> str:
    """The line of a message that says the most: numpy, for one, wraps the real cause in a
    page of advice and ends with "Original error was: ..."."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    cause = [line for line in lines if line.startswith("Original error was:")]
    return (cause or lines or [""])[0]


def describe_failure(exc: BaseException) -> str:
    """A one-line reason that names what is missing when something is."""
    if isinstance(exc, ModuleNotFoundError):
        return f"missing module {exc.name or _one_line(str(exc))}"
    if isinstance(exc, ImportError):
        what = f" {exc.name}" if exc.name else ""
        return f"cannot import{what}: {_one_line(str(exc))}"
    if isinstance(exc, FileNotFoundError):
        return f"missing file {exc.filename}" if exc.filename else f"missing file: {exc}"
    return f"{type(exc).__name__}: {_one_line(str(exc))}".rstrip(": ")


# --------------------------------------------------------------------------------- the steps


def _step_app_files(ctx: _Context) -> str:
    from alliance_desktop.services.instruments import schema_text, shipped

    instruments = shipped()
    if not instruments:
        raise FileNotFoundError(2, "no questionnaire definitions", "assets/instruments/*.json")
    schema_text()
    from alliance_desktop.ui.selftest_ui import check_icon

    return f"{len(instruments)} questionnaires, icon {check_icon()}"


def _step_encrypted_practice(ctx: _Context) -> str:
    # The same code as `alliance-desktop init`: a keyring sealed by the passphrase, then an
    # encrypted database created and brought to the current schema.
    from alliance_desktop.store.location import DB_FILENAME
    from alliance_desktop.store.opening import create_encrypted_store

    store, recovery = create_encrypted_store(ctx.folder, ctx.passphrase)
    ctx.store = store
    if not recovery:
        raise ValueError("no recovery key was made")
    if store.key is None:
        raise ValueError("the new practice is not encrypted")
    with store.engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        sqlite = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    if not cipher:
        raise ValueError("the database driver is plain SQLite, not SQLCipher")
    header = (ctx.folder / DB_FILENAME).read_bytes()[: len(SQLITE_HEADER)]
    if header == SQLITE_HEADER:
        raise ValueError("the database file is readable without the key")
    ctx.versions["SQLite"] = sqlite3.sqlite_version  # Python's own, for unencrypted practices
    ctx.versions["SQLCipher"] = f"{cipher} (SQLite {sqlite})"
    return f"SQLCipher {cipher}"


def _step_migrations(ctx: _Context) -> str:
    from alembic.script import ScriptDirectory

    from alliance_desktop.store.location import SCHEMA_HEAD
    from alliance_desktop.store.migrate import alembic_config, current_revision

    assert ctx.store is not None
    script = ScriptDirectory.from_config(alembic_config())  # reads the scripts by path
    revisions = list(script.walk_revisions())
    head = script.get_current_head()
    if head != SCHEMA_HEAD:
        raise ValueError(f"the migration scripts end at {head}, the app expects {SCHEMA_HEAD}")
    current = current_revision(ctx.store.engine)
    if current != head:
        raise ValueError(f"the practice is at schema {current}, not {head}")
    return f"schema {head}, {len(revisions)} migration scripts"


def _step_patient(ctx: _Context) -> str:
    from alliance_desktop.services.patients import PatientInput, PatientService
    from alliance_desktop.services.practice import PracticeService
    from alliance_desktop.store.opening import open_store, unlock_location

    assert ctx.store is not None
    PracticeService(ctx.store).add_practitioner("Self-test")
    written = PatientService(ctx.store).create(
        PatientInput(
            family_name="Testé",
            given_names="Zoë",
            preferred_name="Zo",
            date_of_birth=dt.date(1980, 2, 29),
            communication_notes="Self-test: prefers mornings.",
        )
    )
    ctx.close()
    # Read it back through a fresh connection, unlocked with the passphrase.
    ctx.store = open_store(unlock_location(ctx.folder, passphrase=ctx.passphrase))
    read = PatientService(ctx.store).get(written.id)
    if read.data != written.data:
        raise ValueError("the patient read back is not the one written")
    return "written, closed, unlocked with the passphrase and read back"


def _step_chart(ctx: _Context) -> str:
    from alliance_desktop.ui.selftest_ui import render_chart_png

    return f"trust and bond chart, {len(render_chart_png()):,} bytes of PNG (and SVG, PDF)"


def _step_single_instance(ctx: _Context) -> str:
    from alliance_desktop.ui.selftest_ui import check_single_instance

    return check_single_instance(ctx.folder)


def _step_translation(ctx: _Context) -> str:
    from alliance_desktop.ui.selftest_ui import CHECK_LANGUAGE, check_translation

    return f"{CHECK_LANGUAGE}: {check_translation()!r}"


def _step_versions(ctx: _Context) -> str:
    from alliance_desktop.ui.selftest_ui import versions

    ctx.versions.update(versions())
    return ""  # printed below, with the others


STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("app files", _step_app_files),
    ("encrypted practice", _step_encrypted_practice),
    ("migrations", _step_migrations),
    ("patient", _step_patient),
    ("chart", _step_chart),
    ("single instance", _step_single_instance),
    ("translation", _step_translation),
    ("versions", _step_versions),
)
NEEDS_PRACTICE = frozenset({"migrations", "patient"})


@contextmanager
def _scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="alliance-self-test-") as tmp:
        yield Path(tmp) / "practice"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, print what happened, and return the exit code (0 all ok, 1 not)."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    failed: list[str] = []
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"{APP_NAME} {__version__} self-test{frozen}", file=out, flush=True)
    with _scratch_folder() as folder:
        ctx = _Context(folder)
        try:
            for name, step in STEPS:
                if name in NEEDS_PRACTICE and ctx.store is None:
                    print(f"FAILED {name}: skipped, no practice was created", file=out)
                    failed.append(name)
                    continue
                try:
                    detail = step(ctx)
                except Exception as exc:
                    print(f"FAILED {name}: {describe_failure(exc)}", file=out, flush=True)
                    failed.append(name)
                else:
                    print(f"ok {name}" + (f": {detail}" if detail else ""), file=out, flush=True)
        finally:
            ctx.close()
    versions = {
        APP_NAME: __version__,
        "Python": platform.python_version(),
        **ctx.versions,
    }
    for what in ("Qt", "PySide6", "SQLite", "SQLCipher", "matplotlib"):
        versions.setdefault(what, "unknown")
    for what, version in versions.items():
        print(f"version {what}: {version}", file=out)
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out, flush=True)
        return EXIT_FAILED
    print("self-test passed", file=out, flush=True)
    return EXIT_OK
