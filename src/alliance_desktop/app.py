"""The composition root: builds the store, services, events and the main window, and runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

import shiboken6

from alliance_desktop import APP_NAME, ORG_NAME, __version__
from alliance_desktop.services import Services
from alliance_desktop.store.engine import StoreLocation
from alliance_desktop.store.errors import StoreCorruptError, StoreError
from alliance_desktop.store.folder_lock import LOCK_NAME
from alliance_desktop.store.location_check import location_warning
from alliance_desktop.store.opening import is_encrypted, open_store
from alliance_desktop.store.unit_of_work import Store


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


def _offer_latest_backup(data_dir: Path, location: StoreLocation, exc: Exception) -> Store | None:
    """The database cannot be read: say so, change nothing, and offer the latest good backup."""
    from alliance_desktop.store.backup import latest_good_backup, restore_backup
    from alliance_desktop.store.opening import BACKUP_FOLDER
    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.settings import Settings

    settings = Settings()
    settings.scope = Settings.scope_for(data_dir)
    chosen = settings.backup_folder
    folder = Path(chosen) if chosen else data_dir / BACKUP_FOLDER
    backup = latest_good_backup(folder, location.key)
    if backup is None or location.sqlite_path is None:
        Ask.inform(
            None,
            f"{exc}\n\nNothing was changed, and there is no good backup in {folder}.",
            warning=True,
        )
        return None
    if not Ask.yes_no(
        None,
        f"{exc}\n\nNothing has been changed. The latest good backup is from "
        f"{backup.made_at:%d %b %Y %H:%M} ({backup.patients} patients, {backup.visits} visits). "
        "Restore it? The unreadable file is kept aside in the backups folder.",
        yes="Restore the backup",
        no="Quit",
        default_yes=False,
    ):
        return None
    # the backup is copied and checked first; the unreadable file is then kept aside untouched
    restore_backup(backup.path, location.sqlite_path, keep_current_in=folder, key=location.key)
    return open_store(location)


def _install_excepthook() -> None:
    """An unexpected error is logged in full and shown in plain words, never as a traceback."""
    import logging
    import traceback

    from PySide6.QtWidgets import QMessageBox

    log = logging.getLogger("alliance_desktop")

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        QMessageBox.warning(  # the type only: the message could hold patient text
            None,
            APP_NAME,
            "Something went wrong and that action was not completed. Your saved records are "
            f"safe.\n\n({kind.__name__})",
        )

    sys.excepthook = hook


def run_gui(
    data_dir: Path,
    *,
    demo: bool = False,
    report_startup: bool = False,
    exit_after_startup: bool = False,
) -> int:
    """Open the app on the practice in ``data_dir``; returns the exit code.

    ``report_startup`` prints when the patient list and the first chart were first painted
    (see ``ui/startup_report.py``); ``exit_after_startup`` then closes the app (benchmarks).
    """
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alliance_desktop.ui import appearance
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.icons import app_icon
    from alliance_desktop.ui.main_window import MainWindow
    from alliance_desktop.ui.settings import Settings
    from alliance_desktop.ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    settings = Settings()
    # The chosen language, or the system's when a translation ships for it; the chosen look.
    install_translator(app, settings.language or None)
    if isinstance(app, QApplication):
        appearance.apply(app, settings.appearance())
    _install_excepthook()
    if report_startup or exit_after_startup:
        from alliance_desktop.ui.startup_report import StartupReporter

        StartupReporter(app, quit_after=exit_after_startup)  # type: ignore[arg-type]
    data_dir.mkdir(parents=True, exist_ok=True)
    # One app per practice folder: two windows writing the same drafts would overwrite each
    # other. The lock is released when the app exits (or found stale after a crash).
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if SingleInstance.ask_first_to_show(data_dir):
            return 0  # the open window comes forward
        QMessageBox.information(
            None,
            APP_NAME,
            f"Alliance Desktop is already open on this practice ({data_dir}). "
            "Use the window that is open.",
        )
        return 0
    location = StoreLocation.in_folder(data_dir)
    try:
        if demo:
            _ensure_demo_store(location)  # the demo practice is not encrypted, and says so
            store = open_store(location)
        elif is_encrypted(data_dir):
            from alliance_desktop.ui.dialogs.unlock_dialog import UnlockDialog

            unlock = UnlockDialog(data_dir)
            if not unlock.exec() or unlock.location is None:
                return 0
            location = unlock.location
            store = open_store(location)
        elif not location.exists():
            from alliance_desktop.ui.dialogs.setup_dialog import SetupDialog

            setup = SetupDialog(data_dir)  # never an empty practice created silently
            if not setup.exec() or setup.store is None:
                return 0
            store = setup.store
        else:  # a practice made before encryption existed still opens
            store = open_store(location)
    except StoreCorruptError as exc:
        recovered = _offer_latest_backup(data_dir, location, exc)
        if recovered is None:
            return 3
        store = recovered
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    warning = location_warning(data_dir)
    if warning:
        from alliance_desktop.ui.dialogs.ask import Ask

        Ask.inform(None, warning, warning=True)
    services = Services.for_store(store)
    if services.practice.use_current_practitioner() is None:
        services.practice.add_practitioner("Practitioner")
    window = MainWindow(services, AppEvents(), settings, data_dir=data_dir)
    instance = SingleInstance(data_dir, window)
    instance.activated.connect(window.bring_forward)
    instance.listen()
    window.show()
    try:
        return app.exec()
    finally:
        # Delete the window while Qt is still alive, so nothing is torn down at interpreter exit.
        shiboken6.delete(window)
        store.dispose()
        lock.unlock()
