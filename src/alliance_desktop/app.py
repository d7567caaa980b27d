"""The composition root: builds the store, services, events and the main window, and runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6

from alliance_desktop import APP_NAME, ORG_NAME, __version__
from alliance_desktop.services import Services
from alliance_desktop.store.errors import StoreCorruptError, StoreError
from alliance_desktop.store.folder_lock import LOCK_NAME
from alliance_desktop.store.location import StoreLocation, is_encrypted
from alliance_desktop.store.location_check import location_warning

if TYPE_CHECKING:
    from alliance_desktop.store.unit_of_work import Store


def _ensure_demo_store(location: StoreLocation) -> None:
    if location.exists():
        return
    from alliance_desktop.cli import DEMO_PATIENTS, DEMO_VISITS
    from alliance_desktop.services.demo_data import generate_demo_practice
    from alliance_desktop.store.opening import open_store

    store = open_store(location, create=True)
    try:
        generate_demo_practice(store, patients=DEMO_PATIENTS, visits_per_patient=DEMO_VISITS)
    finally:
        store.dispose()


def _offer_latest_backup(data_dir: Path, location: StoreLocation, exc: Exception) -> Store | None:
    """The database cannot be read: say so, change nothing, and offer the latest good backup."""
    from PySide6.QtCore import QCoreApplication

    from alliance_desktop.store.backup import latest_good_backup, restore_backup
    from alliance_desktop.store.location import BACKUP_FOLDER
    from alliance_desktop.store.opening import open_store
    from alliance_desktop.ui import formats
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
            QCoreApplication.translate(
                "App", "{problem}\n\nNothing was changed, and there is no good backup in {folder}."
            ).format(problem=exc, folder=folder),
            warning=True,
        )
        return None
    if not Ask.yes_no(
        None,
        QCoreApplication.translate(
            "App",
            "{problem}\n\nNothing has been changed. The latest good backup is from {made} "
            "({patients} patients, {visits} visits). Restore it? The unreadable file is kept "
            "aside in the backups folder.",
        ).format(
            problem=exc,
            made=formats.moment(backup.made_at, "dd MMM yyyy HH:mm"),
            patients="?" if backup.patients is None else formats.number(backup.patients),
            visits="?" if backup.visits is None else formats.number(backup.visits),
        ),
        yes=QCoreApplication.translate("App", "Restore the backup"),
        no=QCoreApplication.translate("App", "Quit"),
        default_yes=False,
    ):
        return None
    # the backup is copied and checked first; the unreadable file is then kept aside untouched
    restore_backup(backup.path, location.sqlite_path, keep_current_in=folder, key=location.key)
    return open_store(location)


def _install_excepthook() -> None:
    """An unexpected error is logged in full and shown in plain words, never as a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        import logging
        import traceback

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        log = logging.getLogger("alliance_desktop")
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        QMessageBox.warning(  # the type only: the message could hold patient text
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "Something went wrong and that action was not completed. Your saved records "
                "are safe.\n\n({kind})",
            ).format(kind=kind.__name__),
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
    from PySide6.QtCore import QLockFile, QObject
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alliance_desktop.ui import appearance
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.icons import app_icon
    from alliance_desktop.ui.main_window import MainWindow
    from alliance_desktop.ui.settings import Settings

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
        from alliance_desktop.ui.single_instance import SingleInstance

        if SingleInstance.ask_first_to_show(data_dir):
            return 0  # the open window comes forward
        QMessageBox.information(
            None,
            APP_NAME,
            app.translate(
                "App",
                "Alliance Desktop is already open on this practice ({folder}). "
                "Use the window that is open.",
            ).format(folder=data_dir),
        )
        return 0
    location = StoreLocation.in_folder(data_dir)
    store: Store | None = None
    try:
        if demo:
            _ensure_demo_store(location)  # the demo practice is not encrypted, and says so
        elif is_encrypted(data_dir):
            from alliance_desktop.ui.dialogs.unlock_dialog import UnlockDialog

            unlock = UnlockDialog(data_dir)
            if not unlock.exec() or unlock.location is None:
                return 0
            location = unlock.location
        elif not location.exists():
            from alliance_desktop.ui.dialogs.setup_dialog import SetupDialog

            setup = SetupDialog(data_dir)  # never an empty practice created silently
            if not setup.exec() or setup.store is None:
                return 0
            store = setup.store
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    warning = location_warning(data_dir)
    if warning:
        from alliance_desktop.ui.dialogs.ask import Ask

        Ask.inform(None, warning, warning=True)
    # The window is painted with the patient list read straight from the file (first_look),
    # and the store (SQLAlchemy, the services) opens just after; when that first look is not
    # possible (a practice to upgrade, say) the store is opened first, the way that explains
    # any problem.
    if store is not None:
        look = None
    else:
        from alliance_desktop.store.first_look import first_look
        from alliance_desktop.ui.models.patient_table_model import PatientSort

        # In the list's default order (latest visit first) the first screen is read first and
        # the rest once the window is painted: the wait no longer grows with the practice.
        settings.scope = Settings.scope_for(data_dir)
        look = first_look(
            location,
            first_screen=settings.patient_sort == PatientSort.LAST_VISIT,
            also=settings.last_patient,
        )
    if look is not None:
        services = Services.opening(lambda: _open_for_window(location))
    else:
        if store is None:
            store = _open_or_recover(data_dir, location)
            if store is None:
                return 3
        _use_practitioner(store)
        services = Services.for_store(store)
    window = MainWindow(services, AppEvents(), settings, data_dir=data_dir, first_look=look)
    from alliance_desktop.ui.after_paint import after_paint

    listening: list[QObject] = []  # keeps the listener for as long as the app runs

    def listen_for_a_second_launch() -> None:
        # A second launch on this practice brings this window forward (after the first paint:
        # the local server is not needed to show the window).
        from alliance_desktop.ui.single_instance import SingleInstance

        instance = SingleInstance(data_dir, window)
        instance.activated.connect(window.bring_forward)
        instance.listen()
        listening.append(instance)

    if look is not None:

        def open_now() -> None:
            # Before what the window itself does after its first paint (the last filter
            # installed runs first): a store that cannot be opened hides the window first.
            try:
                services.store  # noqa: B018 - opens it
            except StoreError:
                window.hide()
                recovered = _open_or_recover(data_dir, location)
                if recovered is None:
                    app.exit(3)
                    return
                _use_practitioner(recovered)
                services.use_store(recovered)
                # the list as the restored practice has it (the window reads the rest again)
                window.patient_list.set_rows(services.patients.rows())
                window.show()
            except Exception as exc:  # anything else: said in plain words, nothing changed
                import logging

                logging.getLogger("alliance_desktop").exception("the store did not open")
                window.hide()
                QMessageBox.critical(
                    None,
                    APP_NAME,
                    app.translate(
                        "App",
                        "The practice could not be opened ({kind}). Nothing was changed; "
                        "the details are in the log.",
                    ).format(kind=type(exc).__name__),
                )
                app.exit(3)

        after_paint(window.patient_list.table.viewport(), open_now)
    after_paint(window.patient_list.table.viewport(), listen_for_a_second_launch)
    window.show()
    try:
        return app.exec()
    finally:
        # Delete the window while Qt is still alive, so nothing is torn down at interpreter exit.
        shiboken6.delete(window)
        if services.is_open:
            services.store.dispose()
        lock.unlock()


def _open_for_window(location: StoreLocation) -> Store:
    """Open the store behind a window that is already showing (see ``first_look``)."""
    from alliance_desktop.store.opening import open_store

    store = open_store(location)
    _use_practitioner(store)
    return store


def _use_practitioner(store: Store) -> None:
    """Every write is by the practice's practitioner (one is made if there is none yet)."""
    from alliance_desktop.services.practice import PracticeService

    practice = PracticeService(store)
    if practice.use_current_practitioner() is None:
        practice.add_practitioner("Practitioner")


def _open_or_recover(data_dir: Path, location: StoreLocation) -> Store | None:
    """Open the store; an unreadable one is offered its latest good backup. None: quit."""
    from PySide6.QtWidgets import QMessageBox

    from alliance_desktop.store.opening import open_store

    try:
        return open_store(location)
    except StoreCorruptError as exc:
        return _offer_latest_backup(data_dir, location, exc)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None
