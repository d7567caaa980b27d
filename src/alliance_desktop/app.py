"""The composition root: builds the store, services, events and the main window, and runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6

from alliance_desktop import APP_NAME, ORG_NAME, __version__
from alliance_desktop.services import Services
from alliance_desktop.store.engine import StoreLocation
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.opening import open_store


def _ensure_demo_store(location: StoreLocation) -> None:
    from alliance_desktop.cli import DEMO_PATIENTS, DEMO_VISITS
    from alliance_desktop.services.demo_data import generate_demo_practice

    if location.exists():
        return
    store = open_store(location, create=True)
    try:
        generate_demo_practice(store, patients=DEMO_PATIENTS, visits_per_patient=DEMO_VISITS)
    finally:
        store.dispose()


def run_gui(data_dir: Path, *, demo: bool = False) -> int:
    """Open the app on the practice in ``data_dir``; returns the exit code."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow
    from alliance_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    location = StoreLocation.in_folder(data_dir)
    try:
        if demo:
            _ensure_demo_store(location)
        store = open_store(location, create=not location.exists())
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    services = Services.for_store(store)
    if services.practice.use_current_practitioner() is None:
        services.practice.add_practitioner("Practitioner")
    window = MainWindow(services, AppEvents(), Settings(), data_dir=data_dir)
    window.show()
    try:
        return app.exec()
    finally:
        # Delete the window while Qt is still alive, so nothing is torn down at interpreter exit.
        shiboken6.delete(window)
        store.dispose()
