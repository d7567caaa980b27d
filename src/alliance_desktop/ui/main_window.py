"""The main window: patient list on the left, the selected patient on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from alliance_desktop import APP_NAME
from alliance_desktop.services import Services
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.settings import Settings
from alliance_desktop.ui.widgets.patient_list import PatientListPanel


class MainWindow(QMainWindow):
    """Alliance Desktop's one window."""

    def __init__(self, services: Services, events: AppEvents, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.events = events
        self.settings = settings
        self.practice = services.practice.info()

        self.patient_list = PatientListPanel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("patientSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.addWidget(self.summary)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        find = QAction("&Find patient", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.patient_list.focus_search)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(find)
        file_menu.addAction(quit_action)

        self.patient_list.patient_activated.connect(self._on_patient_activated)
        self.patient_list.set_rows(services.patients.rows())
        self._on_patient_activated(0)
        self.resize(1280, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

    def _on_patient_activated(self, patient_id: int) -> None:
        if not patient_id:
            self.summary.setText("Select a patient on the left, or press Ctrl+F to find one.")
            self.setWindowTitle(f"{APP_NAME} — {self.practice.name or 'practice'}")
            return
        detail = self.services.patients.get(patient_id)
        episode = detail.current_episode
        self.summary.setText(
            f"<h2>{detail.display_name}</h2>"
            f"<p>Age {detail.age() if detail.age() is not None else 'unknown'} · "
            f"{detail.visit_count} visits · "
            f"current episode: {episode.title if episode else 'none'}</p>"
        )
        self.setWindowTitle(f"{APP_NAME} — {detail.display_name}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
