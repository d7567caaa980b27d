"""Shared fixtures: a real database file per test, offscreen Qt, and isolated settings."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display needed, and no real user folders touched. The
# offscreen screen is the 1366x768 laptop the app is made for (Qt's own is 800x800, narrower
# than the window, so a restored geometry could not be checked on it); window frames as Qt's
# default. Qt splits the platform string on ':' and ';', so a checkout whose path holds one
# (C:/... on Windows) keeps Qt's own screen.
_SCREEN = Path(__file__).with_name("offscreen_laptop.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    plain = not any(mark in str(_SCREEN) for mark in ":;")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}" if plain else "offscreen"
os.environ["QT_API"] = "pyside6"
_SANDBOX = Path(tempfile.mkdtemp(prefix="alliance-tests-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[var] = str(_SANDBOX / var.lower())
    Path(os.environ[var]).mkdir(parents=True, exist_ok=True)
os.environ.pop("ALLIANCE_DATA_DIR", None)

import pytest  # noqa: E402

from alliance_desktop.services import Services  # noqa: E402
from alliance_desktop.store.engine import StoreLocation  # noqa: E402
from alliance_desktop.store.opening import open_store  # noqa: E402
from alliance_desktop.store.unit_of_work import Store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "practice"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A fresh, migrated practice store in its own file."""
    s = open_store(StoreLocation.in_folder(data_dir), create=True)
    yield s
    s.dispose()


@pytest.fixture
def services(store: Store) -> Services:
    sv = Services.for_store(store)
    sv.practice.add_practitioner("Sam Tester", "T-0001")
    sv.practice.set_name("Test Practice")
    return sv


@pytest.fixture
def demo_services(store: Store) -> Services:
    """A small deterministic demo practice."""
    from alliance_desktop.services.demo_data import generate_demo_practice

    generate_demo_practice(store, patients=12, visits_per_patient=8, seed=7)
    sv = Services.for_store(store)
    sv.practice.use_current_practitioner()
    return sv


@pytest.fixture
def tmp_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from alliance_desktop.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def pytest_report_header() -> str:
    return f"alliance-desktop tests; sandbox {_SANDBOX}; python {sys.version.split()[0]}"


@pytest.fixture
def pane_context(qtbot, demo_services: Services, tmp_settings):  # type: ignore[no-untyped-def]
    """Everything a pane needs, over a small demo practice; waits for background writes after."""
    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.panes.base import PaneContext
    from alliance_desktop.ui.workers import Workers

    Ask.reset()
    workers = Workers()
    ctx = PaneContext(demo_services, AppEvents(), workers, tmp_settings)
    yield ctx
    workers.wait_all()
    Ask.reset()
