"""The main window: the patient list, the selected patient's header and panes, menus and status."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    QUrl,
    qVersion,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop import __version__
from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.location import (
    BACKUP_FOLDER,
    DB_FILENAME,
    is_encrypted,
    keyring_path,
)
from alliance_desktop.ui import formats
from alliance_desktop.ui.after_paint import after_paint
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.i18n import application_name
from alliance_desktop.ui.long_task import Cancelled, LongTask, Progress
from alliance_desktop.ui.panes.base import Pane, PaneContext
from alliance_desktop.ui.settings import Settings
from alliance_desktop.ui.widgets.lock_screen import LockScreen
from alliance_desktop.ui.widgets.patient_header import PatientHeader
from alliance_desktop.ui.widgets.patient_list import PatientListPanel
from alliance_desktop.ui.workers import Workers

if TYPE_CHECKING:
    from alliance_desktop.services import Services
    from alliance_desktop.services.patients import PatientDetail
    from alliance_desktop.store.first_look import FirstLook
    from alliance_desktop.ui.data_exchange import DataExchange
    from alliance_desktop.ui.panes.goals_pane import GoalsPane
    from alliance_desktop.ui.panes.overview_pane import OverviewPane
    from alliance_desktop.ui.panes.reflection_pane import ReflectionPane
    from alliance_desktop.ui.panes.session_pane import SessionsPane

PANE_OVERVIEW, PANE_GOALS, PANE_SESSIONS, PANE_REFLECTION = range(4)
#: The tabs' titles in English (``pane_titles`` gives them translated).
PANE_TITLES = ("&Overview", "&Goals", "&Sessions", "&Reflection")
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
BACKUP_EVERY_MS = 30 * 60 * 1000  # after changes, at most every 30 minutes (and at exit)
BACKUP_OLD_DAYS = 2
#: The save state in the status bar, in English (``save_text`` gives it translated).
SAVE_TEXT = {
    "saving": "Saving…",
    "saved": "All changes saved",
    "invalid": "Not saved yet: {message}",
    "failed": "Could not save: {message} (what you typed is kept)",
    "error": "Could not save (what you typed is kept)",
}


def pane_titles() -> tuple[str, str, str, str]:
    """The tabs' titles in the app's language (``PANE_TITLES`` in English)."""
    return (
        QCoreApplication.translate("MainWindow", "&Overview"),
        QCoreApplication.translate("MainWindow", "&Goals"),
        QCoreApplication.translate("MainWindow", "&Sessions"),
        QCoreApplication.translate("MainWindow", "&Reflection"),
    )


def save_text(state: str) -> str | None:
    """The status bar's words for a save state (``{message}`` to fill), None if unknown."""
    texts = {
        "saving": QCoreApplication.translate("MainWindow", "Saving…"),
        "saved": QCoreApplication.translate("MainWindow", "All changes saved"),
        "invalid": QCoreApplication.translate("MainWindow", "Not saved yet: {message}"),
        "failed": QCoreApplication.translate(
            "MainWindow", "Could not save: {message} (what you typed is kept)"
        ),
        "error": QCoreApplication.translate(
            "MainWindow", "Could not save (what you typed is kept)"
        ),
    }
    return texts.get(state)


def help_html() -> str:
    """The Help dialog's page, in the app's language (one message for translators)."""
    return QCoreApplication.translate(
        "MainWindow",
        """
<h2>Alliance Desktop</h2>
<p>Pick a patient on the left, then work through the panes. Everything you type in a visit or a
reflection is saved as you go; the status bar says when it is.</p>
<h3>Keyboard</h3>
<table cellpadding="3">
<tr><td><b>Ctrl+F</b></td><td>Find a patient (name, preferred name or date of birth)</td></tr>
<tr><td><b>Ctrl+N</b></td><td>New patient</td></tr>
<tr><td><b>Ctrl+Shift+N</b></td><td>New visit for the selected patient</td></tr>
<tr><td><b>Ctrl+1 … Ctrl+4</b></td><td>Overview, Goals, Sessions, Reflection</td></tr>
<tr><td><b>Ctrl+S</b></td><td>Save now</td></tr>
<tr><td><b>Ctrl+Enter</b></td><td>Sign the visit (it becomes read-only; corrections are
amendments)</td></tr>
<tr><td><b>Ctrl+H</b></td><td>Hand the laptop to the patient for the check-in (you return
with your PIN)</td></tr>
<tr><td><b>Ctrl+Shift+R</b></td><td>New reflection</td></tr>
<tr><td><b>Ctrl+E</b></td><td>Edit the patient's details</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>Quit (after saving)</td></tr>
<tr><td><b>F1</b></td><td>This help</td></tr>
</table>
<h3>The panes</h3>
<p><b>Goals</b>: the goals of the episode in the patient's own words, whether you both agree,
and the strategies (in the room and self-care) that serve each one.<br>
<b>Sessions</b>: one visit at a time: notes, pain, the consent checkpoint, the shared decision,
progress on each goal, the context of care, your own view of the alliance, and any strain
noticed and repair tried.<br>
<b>Reflection</b>: your reflective journal (free text, Rolfe or Gibbs) with CPD hours and themes.
The private section on transference and countertransference never leaves the app.</p>
<p>Deleting a patient archives them; choose <i>Archived</i> above the list to find and restore
them.</p>
""",
    )


class PracticeLabel(Protocol):
    """What the window shows of the practice itself (``PracticeInfo`` or a ``FirstLook``)."""

    @property
    def name(self) -> str: ...

    @property
    def is_demo(self) -> bool: ...


def _sqlalchemy_version() -> str:
    import sqlalchemy

    return sqlalchemy.__version__


class MainWindow(QMainWindow):
    """Alliance Desktop's one window."""

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        *,
        data_dir: Path | None = None,
        workers: Workers | None = None,
        first_look: FirstLook | None = None,
    ) -> None:
        """``first_look``: the practice's name and patient list read before the store was
        opened (start-up); the window then shows them, and opens the last patient once it
        has been painted. Without it, both are read from ``services`` now."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.events = events
        self.settings = settings
        self.data_dir = data_dir
        self.workers = workers or Workers(self)
        self.practice: PracticeLabel = first_look if first_look else services.practice.info()
        if data_dir is not None:
            settings.scope = Settings.scope_for(data_dir)
        self.patient_id = 0
        self._ctx = PaneContext(services, events, self.workers, settings)

        self.patient_list = PatientListPanel(self)
        self.header = PatientHeader(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("paneTabs")
        self.tabs.setAccessibleName(self.tr("Patient panes"))
        # A pane is built the first time it is needed: the one on screen when the window
        # opens (at start-up, just after the first paint), a tab chosen, or an action.
        self._built: dict[int, Pane] = {}
        titles = pane_titles()
        for index in (PANE_OVERVIEW, PANE_GOALS, PANE_SESSIONS, PANE_REFLECTION):
            page = QWidget(self)
            page.setObjectName(f"paneTab{index}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, titles[index])

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 1000])
        self.lock_screen = LockScreen(
            # not the bound method: reaching it opens the store, which start-up defers
            lambda pin: self.services.practice.check_handover_pin(pin),  # noqa: PLW0108
            self._check_passphrase if data_dir is not None and is_encrypted(data_dir) else None,
            self,
        )
        self.lock_screen.unlocked.connect(self.unlock)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self.locked = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._restart_idle_timer()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backupState")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.save_label = QLabel(self.tr("All changes saved"), self)
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)
        if self.practice.is_demo:
            encrypted = data_dir is not None and is_encrypted(data_dir)
            demo = QLabel(
                self.tr("Demo practice: every record is synthetic")
                if encrypted
                else self.tr("Demo practice: every record is synthetic, and it is not encrypted"),
                self,
            )
            demo.setObjectName("demoNotice")
            demo.setToolTip(demo.text())
            demo.setMinimumWidth(1)  # may be cut short rather than widen the window past 1366 px
            self.statusBar().addWidget(demo, 1)

        self._changed_since_backup = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.backup_if_changed)
        if data_dir is not None:
            self._backup_timer.start()
        if first_look is None:
            self._show_backup_state()  # else after the first paint: reading the folder waits
        self._lock_choices = QActionGroup(self)
        self._exchange: DataExchange | None = None
        self._build_menus()
        self._build_toolbar()
        self.patient_list.patient_activated.connect(self._on_patient_activated)
        self.events.data_changed.connect(self._on_data_changed)
        self.events.save_state_changed.connect(self._on_save_state_changed)
        self.events.reflection_requested.connect(self._on_reflection_requested)
        self.events.patient_requested.connect(self.patient_list.select_patient)
        self.events.visit_requested.connect(self._on_visit_requested)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.patient_list.set_sort(settings.patient_sort)
        self.patient_list.sort.currentIndexChanged.connect(
            lambda _i: setattr(settings, "patient_sort", self.patient_list.sort.currentData())
        )
        #: True until the last patient was reopened (start-up from a first look)
        self._last_patient_pending = first_look is not None
        if first_look is None:
            self.patient_list.set_rows(services.patients.rows())
        else:
            counts = None if first_look.complete else (first_look.active, first_look.total)
            self.patient_list.set_rows(first_look.rows, counts=counts)
        self._restore_state()
        if first_look is None:
            self.pane(self.tabs.currentIndex())  # the pane on screen when the window opens
            self._open_last_patient()
        else:  # the rest of the list, the header and the panes follow the first paint
            self._refresh_header()
            if any(row.id == settings.last_patient for row in first_look.rows):
                self.header.show_opening()
            self._update_actions()
            after_paint(
                self.patient_list.table.viewport(), lambda: self._after_first_paint(first_look)
            )

    def _after_first_paint(self, look: FirstLook) -> None:
        viewport = self.patient_list.table.viewport()
        if not self.isVisible():
            # hidden while the store could not be opened: start-up either says why and quits,
            # or restores a backup and shows the window again (then this runs once painted)
            after_paint(viewport, lambda: self._after_first_paint(look))
            return
        if self.patient_list.untouched():  # nothing typed or chosen in the list meanwhile
            self._open_last_patient()
        else:  # nothing is reopened: the panes and the header show what is chosen now
            self._show_patient(self.patient_id)
        self._last_patient_pending = False
        self.pane(self.tabs.currentIndex())  # built now, for the patient (unless built already)
        self._show_backup_state()
        if not look.complete:  # once the patient and its charts are on screen
            self.pane(self.tabs.currentIndex()).when_drawn(lambda: self._read_whole_list(look))

    def _read_whole_list(self, look: FirstLook) -> None:
        """The rest of a list whose first screen was read at start-up (from the file as it is
        now: a backup restored at start-up included)."""
        from alliance_desktop.store.first_look import first_look

        if not self.isVisible():
            return  # closed meanwhile: the list is not needed
        whole = first_look(look.location)
        self.patient_list.set_rows(
            whole.rows if whole is not None else self.services.patients.rows()
        )
        if self.patient_id:
            self.patient_list.scroll_to_current()

    def _open_last_patient(self) -> None:
        """Open where the practitioner left off; the charts draw after the window appears."""
        last = self.settings.last_patient
        if not (last and self.patient_list.select_patient(last)):
            self._show_patient(0)

    # ================================================================ building
    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any, name: str) -> QAction:
        """An action of the window; ``text`` is translated, ``name`` (its object name) is not."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.save_action = self._action(
            self.tr("&Save now"), self.save_now, QKeySequence.StandardKey.Save, "action_save_now"
        )
        if self.data_dir is not None and is_encrypted(self.data_dir):
            file_menu.addAction(
                self._action(
                    self.tr("&Change the passphrase…"),
                    self.change_passphrase,
                    None,
                    "changePassphrase",
                )
            )
        file_menu.addAction(self.save_action)
        file_menu.addAction(
            self._action(
                self.tr("Backup &folder…"), self.choose_backup_folder, None, "backupFolder"
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Second &backup folder…"),
                self.choose_second_backup_folder,
                None,
                "secondBackupFolder",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Restore from a backup…"), self.restore_from_backup, None, "restoreBackup"
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Make a &backup now"),
                self.backup_with_progress,
                QKeySequence("Ctrl+B"),
                "backupNow",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Open the data &folder"),
                self._open_data_folder,
                None,
                "action_open_the_data_&folder",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Import a questionnaire definition…"),
                self.import_definition,
                None,
                "importDefinition",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Import &patients from a spreadsheet…"),
                self.import_patients,
                None,
                "importPatients",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("E&xport the whole practice…"),
                self.export_practice,
                None,
                "exportPractice",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Research e&xport (de-identified)…"),
                self.research_export,
                None,
                "researchExport",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit")
        )

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(
            self._action(
                self.tr("&Find patient"),
                self.patient_list.focus_search,
                QKeySequence.StandardKey.Find,
                "findPatient",
            )
        )
        self.edit_patient_action = self._action(
            self.tr("&Edit patient details…"),
            self.edit_patient,
            QKeySequence("Ctrl+E"),
            "editPatient",
        )
        edit.addAction(self.edit_patient_action)
        edit.addSeparator()
        preferences = self._action(
            self.tr("&Preferences…"), self.show_preferences, QKeySequence("Ctrl+,"), "preferences"
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(preferences)

        patient = bar.addMenu(self.tr("&Patient"))
        patient.addAction(
            self._action(
                self.tr("&New patient…"), self.new_patient, QKeySequence("Ctrl+N"), "newPatient"
            )
        )
        self.new_visit_action = self._action(
            self.tr("New &visit"), self.new_visit, QKeySequence("Ctrl+Shift+N"), "newVisit"
        )
        self.sign_action = self._action(
            self.tr("&Sign visit"),
            self.sign_visit,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            "signVisit",
        )
        self.new_episode_action = self._action(
            self.tr("New &episode…"), self.new_episode, None, "newEpisode"
        )
        self.discharge_action = self._action(
            self.tr("&Discharge episode…"), self.discharge, None, "dischargeEpisode"
        )
        self.archive_action = self._action(
            self.tr("&Archive patient…"), self.archive_patient, None, "archivePatient"
        )
        self.restore_action = self._action(
            self.tr("&Restore patient"), self.restore_patient, None, "restorePatient"
        )
        self.handover_action = self._action(
            self.tr("&Hand to patient (check-in)"),
            self.hand_to_patient,
            QKeySequence("Ctrl+H"),
            "handToPatient",
        )
        self.new_reflection_action = self._action(
            self.tr("New &reflection"),
            self.new_reflection,
            QKeySequence("Ctrl+Shift+R"),
            "newReflection",
        )
        for action in (
            self.new_visit_action,
            self.handover_action,
            self.sign_action,
            self.new_reflection_action,
        ):
            patient.addAction(action)
        patient.addSeparator()
        for action in (self.new_episode_action, self.discharge_action):
            patient.addAction(action)
        patient.addSeparator()
        patient.addAction(self.edit_patient_action)
        self.history_action = self._action(
            self.tr("&History of changes…"), self.show_history, None, "patientHistory"
        )
        patient.addAction(self.history_action)
        patient.addAction(self.archive_action)
        patient.addAction(self.restore_action)
        patient.addSeparator()
        self.export_patient_action = self._action(
            self.tr("E&xport the patient's record (PDF and JSON)…"),
            self.export_patient,
            None,
            "exportPatient",
        )
        self.erase_action = self._action(
            self.tr("&Erase the patient permanently…"), self.erase_patient, None, "erasePatient"
        )
        patient.addAction(self.export_patient_action)
        patient.addAction(self.erase_action)

        reports = bar.addMenu(self.tr("&Reports"))
        reports.setObjectName("reportsMenu")
        self.progress_report_action = self._action(
            self.tr("&Progress report for this patient…"),
            self.progress_report,
            None,
            "progressReport",
        )
        reports.addAction(self.progress_report_action)
        reports.addAction(
            self._action(
                self.tr("Patient &feedback summary…"),
                self.feedback_summary,
                None,
                "feedbackSummary",
            )
        )
        reports.addAction(self._action(self.tr("&CPD record…"), self.cpd_record, None, "cpdRecord"))

        view = bar.addMenu(self.tr("&View"))
        shown = (
            ("Overview", self.tr("Overview")),
            ("Goals", self.tr("Goals")),
            ("Sessions", self.tr("Sessions")),
            ("Reflection", self.tr("Reflection")),
        )
        for index, (name, title) in enumerate(shown):
            view.addAction(
                self._action(
                    title,
                    partial(self.tabs.setCurrentIndex, index),
                    QKeySequence(f"Ctrl+{index + 1}"),
                    f"show{name}",
                )
            )
        view.addSeparator()
        view.addAction(
            self._action(
                self.tr("&Practice (no patient)"), self.show_practice, None, "showPractice"
            )
        )
        self.privacy_action = self._action(
            self.tr("&Hide patient names"),
            self.toggle_privacy,
            QKeySequence("Ctrl+Shift+P"),
            "hideNames",
        )
        self.privacy_action.setCheckable(True)
        view.addAction(self.privacy_action)
        view.addSeparator()
        lock_menu = view.addMenu(self.tr("Lock &after"))
        lock_menu.setObjectName("lockAfterMenu")
        for minutes in (2, 5, 10, 15, 30, 0):
            choice = QAction(
                self.tr("{minutes} idle minutes").format(minutes=minutes)
                if minutes
                else self.tr("Never"),
                self,
            )
            choice.setCheckable(True)
            choice.setChecked(minutes == self.settings.lock_minutes)
            choice.triggered.connect(partial(self.set_lock_minutes, minutes))
            lock_menu.addAction(choice)
            self._lock_choices.addAction(choice)
        self.lock_action = self._action(
            self.tr("&Lock now"), self.lock, QKeySequence("Ctrl+L"), "lockApp"
        )
        view.addAction(self.lock_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Help", "the Help menu's item"), self.show_help, QKeySequence("F1"), "help"
            )
        )
        help_menu.addAction(
            self._action(self.tr("&About Alliance Desktop"), self.show_about, None, "about")
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Quick actions"), self)
        bar.setObjectName("quickActions")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_visit_action, self.handover_action, self.sign_action):
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.privacy_action)
        bar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # ================================================================ panes, built on demand
    def pane(self, index: int) -> Pane:
        """The pane of tab ``index``, built now if this is the first time it is needed."""
        built = self._built.get(index)
        return built if built is not None else self._build_pane(index)

    @property
    def panes(self) -> list[Pane]:
        """The panes built so far, in tab order (a pane never built has nothing to save)."""
        return [self._built[index] for index in sorted(self._built)]

    @property
    def overview_pane(self) -> OverviewPane:
        return cast("OverviewPane", self.pane(PANE_OVERVIEW))

    @property
    def goals_pane(self) -> GoalsPane:
        return cast("GoalsPane", self.pane(PANE_GOALS))

    @property
    def sessions_pane(self) -> SessionsPane:
        return cast("SessionsPane", self.pane(PANE_SESSIONS))

    @property
    def reflection_pane(self) -> ReflectionPane:
        return cast("ReflectionPane", self.pane(PANE_REFLECTION))

    def _build_pane(self, index: int) -> Pane:
        from alliance_desktop.ui.panes.goals_pane import GoalsPane
        from alliance_desktop.ui.panes.overview_pane import OverviewPane
        from alliance_desktop.ui.panes.reflection_pane import ReflectionPane
        from alliance_desktop.ui.panes.session_pane import SessionsPane

        kinds: dict[int, type[Pane]] = {
            PANE_OVERVIEW: OverviewPane,
            PANE_GOALS: GoalsPane,
            PANE_SESSIONS: SessionsPane,
            PANE_REFLECTION: ReflectionPane,
        }
        page = self.tabs.widget(index)
        assert page is not None
        pane = kinds[index](self._ctx, page)
        # The window hands these requests to the pane itself (building it first if need be),
        # so the pane does not also answer them on its own.
        if isinstance(pane, SessionsPane):
            self.events.visit_requested.disconnect(pane.open_visit)
            state = self.settings.splitter_state("sessions")
            if state is not None:
                pane.splitter.restoreState(state)
        elif isinstance(pane, ReflectionPane):
            self.events.reflection_requested.disconnect(pane.start_reflection)
        self._built[index] = pane
        layout = page.layout()
        assert layout is not None
        layout.addWidget(pane)
        if self._last_patient_pending:  # built before start-up reopened the last patient
            pane.wait_for_patient()
        else:
            pane.set_patient(self.patient_id)
        if page.isVisible():
            pane.show()  # now: the layout alone would show it only on the next event-loop turn
        return pane

    def _on_visit_requested(self, visit_id: int) -> None:
        self.sessions_pane.open_visit(visit_id)
        self.tabs.setCurrentIndex(PANE_SESSIONS)

    def _restore_state(self) -> None:
        self.resize(1280, 760)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        state = self.settings.splitter_state("main")
        if state is not None:
            self.splitter.restoreState(state)
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(min(max(self.settings.last_pane, 0), 3))

    def _remember_state(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.set_splitter_state("main", self.splitter.saveState())
        if PANE_SESSIONS in self._built:
            s.set_splitter_state("sessions", self.sessions_pane.splitter.saveState())
        s.last_pane = self.tabs.currentIndex()
        if not self._last_patient_pending:  # closed before it was reopened: remembered as it was
            s.last_patient = self.patient_id
        s.sync()

    # ================================================================ patients
    def _flush_all(self) -> bool:
        """Save every pane's pending edits; False if the user chose to stay and fix one."""
        return all(pane.flush() for pane in self.panes)

    def _on_patient_activated(self, patient_id: int) -> None:
        if patient_id == self.patient_id:
            return
        if not self._flush_all():
            self.patient_list.reselect(self.patient_id)
            return
        self._show_patient(patient_id)

    def _show_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        # read once for the header and the actions (the panes only read)
        detail = self.services.patients.get(patient_id) if patient_id and not self.locked else None
        self._refresh_header(detail)
        for pane in self.panes:
            pane.set_patient(patient_id)
        self._update_actions(detail)
        self.events.patient_selected.emit(patient_id)

    def _refresh_header(self, detail: PatientDetail | None = None) -> None:
        if self.locked:
            return  # refreshed on unlock: nothing of a patient shows while locked
        if not self.patient_id:
            self.header.show_patient(None)
            self.setWindowTitle(
                self.tr("{app} — {name}").format(
                    app=application_name(), name=self.practice.name or self.tr("your practice")
                )
            )
            return
        if detail is None:
            detail = self.services.patients.get(self.patient_id)
        self.header.show_patient(
            detail, open_alerts=self.services.patients.row(self.patient_id).open_alerts
        )
        name = (
            self.tr("Patient #{number}").format(number=detail.id)
            if self.header.hide_names
            else detail.display_name
        )
        self.setWindowTitle(self.tr("{app} — {name}").format(app=application_name(), name=name))

    def _update_actions(self, detail: PatientDetail | None = None) -> None:
        if self.locked:
            return  # every action stays off until unlocked
        has = bool(self.patient_id)
        if has and detail is None:
            detail = self.services.patients.get(self.patient_id)
        episode = detail.current_episode if detail else None
        self.edit_patient_action.setEnabled(has)
        self.new_visit_action.setEnabled(has and not (detail and detail.archived))
        self.sign_action.setEnabled(has)
        self.new_episode_action.setEnabled(has)
        self.discharge_action.setEnabled(bool(episode and episode.is_open))
        self.archive_action.setEnabled(bool(detail and not detail.archived))
        self.restore_action.setEnabled(bool(detail and detail.archived))
        self.progress_report_action.setEnabled(has)
        self.export_patient_action.setEnabled(has)
        self.erase_action.setEnabled(has)

    # ================================================================ lock and privacy
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self._restart_idle_timer()
        return False

    def _check_passphrase(self, passphrase: str) -> bool:
        from alliance_desktop.store.opening import unlock_location

        try:
            assert self.data_dir is not None
            unlock_location(self.data_dir, passphrase=passphrase)
        except StoreError:
            return False
        return True

    def _restart_idle_timer(self) -> None:
        minutes = self.settings.lock_minutes
        if minutes:
            self._idle.start(minutes * 60 * 1000)

    def _on_idle(self) -> None:
        # Only a practice with a PIN can lock by itself: a lock nobody can open would be worse.
        if not self.locked and (
            self.services.practice.has_handover_pin()
            or self.lock_screen.check_passphrase is not None
        ):
            self.lock()

    def lock(self) -> None:
        """Hide every patient record at once; typing in the editors stays where it was."""
        if self.locked:
            return
        from alliance_desktop.ui.dialogs.pin_dialog import PinDialog

        if (
            not self.services.practice.has_handover_pin()
            and self.lock_screen.check_passphrase is None
            and not self.run_dialog(PinDialog(self.services, self))
        ):
            return
        for pane in self.panes:
            pane.save_pending()
        self.locked = True
        self._action_states = {a: a.isEnabled() for a in self.actions()}
        for action in self.actions():
            action.setEnabled(False)
        self.menuBar().hide()
        QToolTip.hideText()
        self.statusBar().clearMessage()
        # Dialogs left open (a patient's details, their history) go out of sight too; the
        # patient's own check-in window is theirs and stays.
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and type(w).__name__ != "CheckinWindow"
        ]
        for w in self._hidden_windows:
            w.hide()
        self.pages.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(self.tr("{app} — locked").format(app=application_name()))
        self.lock_screen.reset()

    def unlock(self) -> None:
        self.locked = False
        for action, enabled in getattr(self, "_action_states", {}).items():
            action.setEnabled(enabled)
        self.menuBar().show()
        self.pages.setCurrentWidget(self.splitter)
        for w in getattr(self, "_hidden_windows", []):
            w.show()
        self._hidden_windows = []
        self._update_actions()
        self._refresh_header()
        self._restart_idle_timer()

    def bring_forward(self) -> None:
        """Another launch on this practice asked for the window: show it on top."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def toggle_privacy(self) -> None:
        """Show patient numbers instead of names while the screen faces the room."""
        hide = self.privacy_action.isChecked()
        self.patient_list.set_hide_names(hide)
        self.header.hide_names = hide
        self._refresh_header()
        if hide:
            self.statusBar().showMessage(
                self.tr("Patient names hidden (Ctrl+Shift+P to show them)")
            )
        else:
            self.statusBar().clearMessage()

    # ================================================================ backups
    @property
    def backup_folder(self) -> Path | None:
        if self.settings.backup_folder and not self.practice.is_demo:
            return Path(self.settings.backup_folder)
        return self.data_dir / BACKUP_FOLDER if self.data_dir is not None else None

    def choose_backup_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Where to keep backups"))
        if folder:
            self.settings.backup_folder = folder
            self.backup_now()

    def _show_backup_state(self) -> None:
        from alliance_desktop.store.backup import list_backups

        folder = self.backup_folder
        latest = list_backups(folder, with_counts=False) if folder else []
        if folder is None:
            self.backup_label.setText("")
            return
        if not latest:
            self.backup_label.setText(self.tr("No backup yet"))
            self.backup_label.setStyleSheet("color: #b3261e;")
            return
        made = latest[0].made_at
        old = dt.datetime.now() - made > dt.timedelta(days=BACKUP_OLD_DAYS)
        when = formats.moment(made, "dd MMM HH:mm")
        self.backup_label.setText(
            self.tr("Last backup {when} (old: make one with Ctrl+B)").format(when=when)
            if old
            else self.tr("Last backup {when}").format(when=when)
        )
        self.backup_label.setStyleSheet("color: #b3261e;" if old else "")

    def _backup_job(self) -> Callable[[Progress | None, Cancelled | None], object] | None:
        """The backup as a function for a worker: the first copy, then the second folder's.

        It returns the backup made, or a sentence when the second copy could not be written.
        """
        from alliance_desktop.store.backup import make_backup

        folder = self.backup_folder
        if folder is None:
            return None
        engine = self.services.store.engine
        key = self.services.store.key
        second = "" if self.practice.is_demo else self.settings.second_backup_folder
        chosen = bool(self.settings.backup_folder) and not self.practice.is_demo
        keyring = keyring_path(self.data_dir) if self.data_dir is not None else None
        policy = self.settings.keep_policy()

        def job(progress: Progress | None, cancelled: Cancelled | None) -> object:
            made = make_backup(
                engine,
                folder,
                key=key,
                policy=policy,
                create_folder=not chosen,
                keyring=keyring,
                progress=progress,
                cancelled=cancelled,
            )
            if second:  # a second copy elsewhere; if the drive is away the first still counts
                if not Path(second).is_dir():  # never recreate an unplugged drive's folder
                    return QCoreApplication.translate(
                        "MainWindow",
                        "the second backup folder {folder} is not there (drive unplugged?)",
                    ).format(folder=second)
                try:
                    make_backup(
                        engine,
                        Path(second),
                        key=key,
                        policy=policy,
                        create_folder=False,
                        keyring=keyring,
                    )
                except (OSError, StoreError) as exc:
                    return QCoreApplication.translate(
                        "MainWindow", "the second copy could not be written to {folder}: {problem}"
                    ).format(folder=second, problem=exc)
            return made

        return job

    def _backup_done(self, result: object) -> None:
        self._show_backup_state()
        if isinstance(result, str):
            self.backup_label.setText(
                self.tr("{state} (second copy failed)").format(state=self.backup_label.text())
            )
            self.backup_label.setToolTip(result)

    def _backup_failed(self, exc: BaseException) -> None:
        from alliance_desktop.store.backup import BackupCancelled

        self._changed_since_backup = True
        if isinstance(exc, BackupCancelled):
            self._show_backup_state()
            self.statusBar().showMessage(
                self.tr("Backup cancelled; no new backup was kept."), 10000
            )
            return
        self.backup_label.setText(self.tr("Backup failed: {problem}").format(problem=exc))
        self.backup_label.setStyleSheet("color: #b3261e;")

    def backup_now(self, *, wait: bool = False) -> None:
        """A verified backup in the write worker (never two writers at once), without a
        dialog: the automatic backups (every few minutes after a change, and at exit)."""
        job = self._backup_job()
        if job is None:
            return
        self._changed_since_backup = False
        self.workers.run(
            lambda: job(None, None), self._backup_done, self._backup_failed, write=True
        )
        if wait:
            self.workers.wait_for_writes()

    def backup_with_progress(self) -> LongTask | None:
        """Ctrl+B: a backup with a progress bar and Cancel (a cancelled one keeps nothing)."""
        job = self._backup_job()
        if job is None or not self._flush_all():
            return None
        self._changed_since_backup = False
        task = LongTask(
            self,
            self.workers,
            job,
            title=self.tr("Making a backup"),
            label=self.tr("Copying the practice and checking the copy…"),
            on_done=self._backup_done,
            on_error=self._backup_failed,
            write=True,
            cancelling_text=self.tr("Cancelling: the unfinished copy is deleted…"),
            name="backup",
        )
        task.start()
        return task

    def restore_from_backup(self) -> None:
        """Put a backup in place; the app closes after, to reopen on the restored practice."""
        folder = self.backup_folder
        if folder is None or self.data_dir is None or not self._flush_all():
            return
        from alliance_desktop.store.backup import restore_backup
        from alliance_desktop.store.migrate import check_restorable
        from alliance_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(folder, self, key=self.services.store.key)
        if not self.run_dialog(dialog) or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        if not Ask.yes_no(
            self,
            self.tr(
                "Restore the backup of {made}? Everything entered since then is set aside "
                "(kept in the backups folder), and the app closes; open it again to continue."
            ).format(made=formats.moment(chosen.made_at, "dd MMM yyyy HH:mm")),
            yes=self.tr("Restore"),
            no=self.tr("Cancel"),
            default_yes=False,
        ):
            return
        self.workers.wait_all()
        try:
            key = self.services.store.key
            check_restorable(chosen.path, key)
            self.services.store.dispose()
            restore_backup(
                chosen.path, self.data_dir / DB_FILENAME, keep_current_in=folder, key=key
            )
        except StoreError as exc:
            Ask.inform(
                self,
                self.tr("The backup was not restored; nothing changed.\n\n{problem}").format(
                    problem=exc
                ),
                warning=True,
            )
            return
        self._changed_since_backup = False
        Ask.inform(
            self,
            self.tr(
                "The backup is restored. Alliance Desktop will now close; "
                "open it again to continue."
            ),
        )
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def change_passphrase(self) -> None:
        from alliance_desktop.ui.dialogs.unlock_dialog import ChangePassphraseDialog

        if self.data_dir is not None and self.run_dialog(
            ChangePassphraseDialog(self.data_dir, self)
        ):
            Ask.inform(
                self,
                self.tr(
                    "The passphrase is changed. Use the new one from now on; the "
                    "recovery key is the same."
                ),
            )

    def show_history(self) -> None:
        if self.patient_id:
            from alliance_desktop.ui.dialogs.history_dialog import HistoryDialog

            self.run_dialog(HistoryDialog(self.services, self.patient_id, self))

    # ================================================================ reports
    def open_report(self, kind: str) -> None:
        """The report dialog (progress report of the selected patient, feedback, CPD)."""
        from alliance_desktop.ui.reports.report_dialog import ReportDialog, ReportKind

        chosen = ReportKind(kind)
        if (chosen is ReportKind.PROGRESS and not self.patient_id) or not self._flush_all():
            return
        dialog = ReportDialog(
            self.services, self.workers, chosen, patient_id=self.patient_id or None, parent=self
        )
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def progress_report(self) -> None:
        self.open_report("progress")

    def feedback_summary(self) -> None:
        self.open_report("feedback")

    def cpd_record(self) -> None:
        self.open_report("cpd")

    def choose_second_backup_folder(self) -> None:
        """Every backup is also written there (for example a USB drive kept elsewhere)."""
        folder = self.choose_folder(
            self, self.tr("A second folder for backups (for example a USB drive)")
        )
        if not folder:
            return
        self.settings.second_backup_folder = folder
        Ask.inform(
            self,
            self.tr("Every backup will also be written to {folder}. A backup is made now.").format(
                folder=folder
            ),
        )
        self.backup_now()

    #: tests replace this to choose a folder without a real file dialog
    choose_folder: Callable[[QWidget, str], str] = staticmethod(
        lambda parent, title: QFileDialog.getExistingDirectory(parent, title)  # noqa: PLW0108
    )

    def set_lock_minutes(self, minutes: int) -> None:
        self.settings.lock_minutes = minutes
        self._idle.stop()
        self._restart_idle_timer()

    def backup_if_changed(self) -> None:
        if self._changed_since_backup:
            self.backup_now()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        self._changed_since_backup = True
        if "patient" in changes.entities and not changes.patient_ids:
            self.patient_list.set_rows(self.services.patients.rows())
        else:
            for pid in changes.patient_ids:
                try:
                    self.patient_list.upsert_row(self.services.patients.row(pid))
                except ValidationError:
                    self.patient_list.set_rows(self.services.patients.rows())
        if self.patient_id and (not changes.patient_ids or self.patient_id in changes.patient_ids):
            self._refresh_header()
            self._update_actions()

    def new_patient(self) -> None:
        if not self._flush_all():
            return
        from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog

        dialog = PatientDialog(self.services, parent=self)
        if self.run_dialog(dialog) and dialog.result_patient is not None:
            pid = dialog.result_patient.id
            self.events.emit_changes(ChangeSet.of("patient", patient_id=pid))
            self.patient_list.select_patient(pid)
            if dialog.result_patient.current_episode is None and Ask.yes_no(
                self,
                self.tr("Start an episode of care for this patient now?"),
                yes=self.tr("Start an episode"),
                no=self.tr("Later"),
            ):
                self.new_episode()

    def edit_patient(self) -> None:
        if not self.patient_id:
            return
        from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog

        dialog = PatientDialog(self.services, self.services.patients.get(self.patient_id), self)
        if self.run_dialog(dialog):
            self.events.emit_changes(ChangeSet.of("patient", patient_id=self.patient_id))

    def archive_patient(self) -> None:
        if not self.patient_id or not self._flush_all():
            return
        detail = self.services.patients.get(self.patient_id)
        if not Ask.yes_no(
            self,
            self.tr(
                "Archive {name}? Their record is kept and hidden from the active list. "
                "You can restore them from the Archived list at any time."
            ).format(name=detail.display_name),
            yes=self.tr("Archive"),
            no=self.tr("Cancel"),
        ):
            return
        self.services.patients.archive(self.patient_id)
        self.events.emit_changes(ChangeSet.of("patient", patient_id=self.patient_id))
        self.statusBar().showMessage(
            self.tr("{name} archived. Show 'Archived' above the list to restore.").format(
                name=detail.display_name
            ),
            10000,
        )

    def restore_patient(self) -> None:
        if not self.patient_id:
            return
        self.services.patients.restore(self.patient_id)
        self.events.emit_changes(ChangeSet.of("patient", patient_id=self.patient_id))
        self.statusBar().showMessage(self.tr("Patient restored to the active list."), 6000)

    # ================================================================ data exchange
    @property
    def exchange(self) -> DataExchange:
        """Exports and erasure, set up the first time one is asked for (not at start)."""
        if self._exchange is None:
            from alliance_desktop.ui.data_exchange import DataExchange

            self._exchange = DataExchange(self, self.services, self.workers)
            self._exchange.erased.connect(self._on_patient_erased)
        return self._exchange

    def export_practice(self) -> None:
        if self._flush_all():
            self.exchange.export_practice()

    def research_export(self) -> None:
        if self._flush_all():
            self.exchange.research_export()

    def export_patient(self) -> None:
        if self.patient_id and self._flush_all():
            self.exchange.export_patient(self.patient_id)

    def erase_patient(self) -> None:
        if self.patient_id and self._flush_all() and self.workers.wait_for_writes():
            self.exchange.erase_patient(self.patient_id)

    def _on_patient_erased(self, patient_id: int) -> None:
        if self.settings.last_patient == patient_id:
            self.settings.last_patient = 0
        self.show_practice()
        self.events.emit_changes(ChangeSet.of("patient"))  # the list reloads without them
        self.statusBar().showMessage(self.tr("The patient was erased."), 10000)

    def show_practice(self) -> None:
        if self._flush_all():
            self.patient_list.reselect(0)
            self._show_patient(0)
            self.tabs.setCurrentIndex(PANE_OVERVIEW)

    # ================================================================ episodes and visits
    def new_episode(self) -> None:
        from alliance_desktop.ui.dialogs.episode_dialog import new_episode

        if self.patient_id and new_episode(self, self.services, self.patient_id):
            self.events.emit_changes(ChangeSet.of("episode", patient_id=self.patient_id))

    def discharge(self) -> None:
        from alliance_desktop.ui.dialogs.episode_dialog import discharge_episode

        if not self.patient_id or not self._flush_all():
            return
        episode = self.services.patients.get(self.patient_id).current_episode
        if episode and episode.is_open and discharge_episode(self, self.services, episode):
            self.events.emit_changes(ChangeSet.of("episode", patient_id=self.patient_id))

    def new_visit(self) -> None:
        if self.patient_id:
            self.tabs.setCurrentIndex(PANE_SESSIONS)
            self.sessions_pane.new_visit()

    def sign_visit(self) -> None:
        if self.patient_id:
            self.tabs.setCurrentIndex(PANE_SESSIONS)
            self.sessions_pane.sign_current()

    def hand_to_patient(self) -> None:
        if self.patient_id:
            self.tabs.setCurrentIndex(PANE_SESSIONS)
            self.sessions_pane.hand_to_patient()

    #: tests replace this to choose a file without a real file dialog
    choose_file: Callable[[QWidget, str], str] = staticmethod(
        lambda parent, title: QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            QCoreApplication.translate("MainWindow", "Questionnaire definitions")
            + " (*.json);;"
            + QCoreApplication.translate("MainWindow", "All files")
            + " (*)",
        )[0]
    )

    def import_definition(self) -> None:
        """Load a validated instrument's definition (for practitioners who hold its licence)."""
        from alliance_desktop.services.instruments import parse_definition, read_definition_file

        path = self.choose_file(self, self.tr("Import a questionnaire definition"))
        if not path:
            return
        try:
            text = read_definition_file(Path(path))
            instrument = parse_definition(text)
            confirmed = False
            if instrument.licence_requires_confirmation:
                confirmed = Ask.yes_no(
                    self,
                    self.tr(
                        "{note}\n\nThis questionnaire needs a licence. Do you hold one for use "
                        "in this practice?"
                    ).format(note=instrument.licence_note),
                    yes=self.tr("I hold a licence"),
                    no=self.tr("Cancel"),
                    default_yes=False,
                )
                if not confirmed:
                    return
            self.services.instruments.import_definition(text, licence_confirmed=confirmed)
        except ValidationError as exc:
            Ask.inform(
                self,
                self.tr("This file was not imported; nothing was stored.\n\n{problem}").format(
                    problem=exc.message
                ),
                warning=True,
            )
            return
        Ask.inform(
            self,
            self.tr("Imported '{id}' version {version} ({count} questions).").format(
                id=instrument.id, version=instrument.version, count=len(instrument.items)
            ),
        )

    def import_patients(self) -> None:
        """Add patients from a CSV or tab-separated file; the list reloads after an import."""
        if not self._flush_all():
            return
        from alliance_desktop.ui.dialogs.import_patients_dialog import ImportPatientsDialog

        dialog = ImportPatientsDialog(self.services, self.workers, self)
        try:
            self.run_dialog(dialog)
            if dialog.import_result is not None and dialog.import_result.imported:
                self.events.emit_changes(ChangeSet.of("patient"))
        finally:
            dialog.deleteLater()

    def new_reflection(self) -> None:
        """A new journal entry (or one about the selected patient, per the pane's filter)."""
        self.tabs.setCurrentIndex(PANE_REFLECTION)
        self.reflection_pane.new_reflection()

    def _on_reflection_requested(self, patient_id: int, visit_id: int) -> None:
        self.reflection_pane.start_reflection(patient_id, visit_id)
        self.tabs.setCurrentIndex(PANE_REFLECTION)

    # ================================================================ saving and status
    def save_now(self) -> None:
        if all(pane.flush() for pane in self.panes):
            self.workers.wait_for_writes()

    def _on_save_state_changed(self, text: str) -> None:
        state, _, message = text.partition(":")
        self.save_label.setText((save_text(state) or text).format(message=message))
        self.save_label.setStyleSheet("color: #b3261e;" if state in ("invalid", "failed") else "")

    def _on_tab_changed(self, index: int) -> None:
        self.pane(index)  # built the first time its tab is chosen
        self.settings.last_pane = index

    def show_preferences(self) -> None:
        """Language, text size, light or dark, high contrast (the look changes at once)."""
        from alliance_desktop.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    # ================================================================ help
    def show_help(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("helpDialog")
        dialog.setWindowTitle(self.tr("{app} help").format(app=application_name()))
        text = QTextBrowser(dialog)
        text.setHtml(help_html())
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(620, 560)
        self.run_dialog(dialog)

    def about_text(self) -> str:
        folder = str(self.data_dir) if self.data_dir else self.tr("(not set)")
        return (
            f"<h3>{application_name()} {__version__}</h3>"
            "<p>"
            + self.tr("A practice companion that tracks the therapeutic alliance visit by visit.")
            + "</p>"
            f"<p>Qt {qVersion()} · PySide6 {pyside_version}<br>"
            f"SQLAlchemy {_sqlalchemy_version()} · SQLite {sqlite3.sqlite_version}</p>"
            "<p>" + self.tr("Data folder: {folder}").format(folder=folder) + "</p>"
        )

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About {app}").format(app=application_name()),
            self.about_text(),
            parent=self,
        )
        box.setObjectName("aboutBox")
        self.run_dialog(box)

    def _open_data_folder(self) -> None:
        if self.data_dir:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    #: tests replace this so no modal dialog is ever exec()'d
    run_dialog: Callable[[Any], bool] = staticmethod(lambda dialog: bool(dialog.exec()))

    # ================================================================ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._flush_all():
            event.ignore()
            return
        if not self.workers.wait_for_writes(15000):
            Ask.inform(
                self,
                self.tr("Saving is taking longer than expected; please try again."),
                warning=True,
            )
            event.ignore()
            return
        if self._changed_since_backup:
            self.backup_now(wait=True)  # at exit, after the last save
        self._remember_state()
        super().closeEvent(event)
