"""The alliance alerts of the selected patient, with what to do about each one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.alerts import Severity
from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.services.alerts import AlertRow
from alliance_desktop.ui import formats
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.panes.base import PaneContext

ALERT_ROLE = Qt.ItemDataRole.UserRole + 1


def alert_text(a: AlertRow) -> str:
    mark = "✓" if a.recovered_visit_id else ("⚠" if a.severity is Severity.ATTENTION else "ℹ")
    state = ""
    if a.recovered_visit_id:
        #: The alliance has recovered since the alert
        state = " · " + QCoreApplication.translate("AlertPanel", "recovered since")
    elif a.status != "open":
        state = " · " + QCoreApplication.translate("AlertPanel", "acknowledged")
    head = QCoreApplication.translate("AlertPanel", "{kind} — visit of {date}").format(
        kind=a.kind.label, date=formats.day(a.visit_at, "dd MMM")
    )
    return f"{mark} {head}{state}\n{a.what}"


class AlertPanel(QFrame):
    """Open alerts of the current episode, and recently recovered ones.

    Signals:
        record_repair(int): the practitioner wants to record a strain and repair at a visit.
    """

    record_repair = Signal(int)

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.patient_id = 0
        self.rows: list[AlertRow] = []
        self.title = QLabel(self)
        self.title.setObjectName("alertTitle")
        self.toggle = QPushButton(self.tr("Show"), self)
        self.toggle.setObjectName("alertToggle")
        self.toggle.setAccessibleName(self.tr("Show or hide the alerts"))
        self.toggle.setCheckable(True)
        self.list = QListWidget(self)
        self.list.setObjectName("alertList")
        self.list.setAccessibleName(self.tr("Alliance alerts"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(92)
        self.detail = QLabel(self)
        self.detail.setObjectName("alertDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.ack_button = QPushButton(self.tr("Acknowledge…"), self)
        self.ack_button.setObjectName("acknowledgeAlert")
        self.ack_button.setToolTip(
            self.tr("You have seen it (and perhaps acted); it leaves the badge")
        )
        self.repair_button = QPushButton(self.tr("Record strain and repair"), self)
        self.repair_button.setObjectName("recordRepair")
        self.reflect_button = QPushButton(self.tr("Reflect on it"), self)
        self.reflect_button.setObjectName("reflectOnAlert")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle)
        actions = QHBoxLayout()
        actions.addWidget(self.ack_button)
        actions.addWidget(self.repair_button)
        actions.addWidget(self.reflect_button)
        actions.addStretch(1)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list)
        body.addWidget(self.detail)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._on_toggled)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.ack_button.clicked.connect(self.acknowledge_current)
        self.repair_button.clicked.connect(self._on_repair_clicked)
        self.reflect_button.clicked.connect(self._on_reflect_clicked)
        self.body.hide()
        self.hide()

    def set_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.reload()

    def reload(self) -> None:
        if not self.patient_id:
            self.rows = []
            self.hide()
            return
        every = self.ctx.services.alerts.for_patient(self.patient_id)
        shown = [
            a for a in every if a.episode_open and (a.status == "open" or a.recovered_visit_id)
        ]
        # what needs attention first, then prompts, then recoveries; newest first within each
        shown.sort(key=lambda a: (not a.needs_attention, a.recovered_visit_id is not None))
        self.rows = shown[:30]
        attention = sum(1 for a in self.rows if a.needs_attention)
        self.setVisible(bool(self.rows))
        if not attention:
            title = self.tr("<b>Alliance: nothing needs attention</b> (prompts and recoveries)")
        elif attention == 1:
            title = self.tr("<b>⚠ {count} alliance alert need attention</b>")
        else:
            title = self.tr("<b>⚠ {count} alliance alerts need attention</b>")
        self.title.setText(title.format(count=attention))
        with QSignalBlocker(self.list):
            self.list.clear()
            for a in self.rows:
                item = QListWidgetItem(alert_text(a))
                item.setData(ALERT_ROLE, a.id)
                item.setToolTip(
                    f"{a.why}\n\n"
                    + self.tr("What to try: {suggestion}").format(suggestion=a.suggestion)
                )
                if not a.needs_attention:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
        if self.rows:
            self.list.setCurrentRow(0)
            self._on_current_changed(self.list.currentItem(), None)
        if attention and not self.toggle.isChecked():
            self.toggle.setChecked(True)

    def current(self) -> AlertRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ALERT_ROLE)
        return next((a for a in self.rows if a.id == wanted), None)

    def _on_toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _on_current_changed(self, _current: object, _previous: object) -> None:
        a = self.current()
        for b in (self.ack_button, self.repair_button, self.reflect_button):
            b.setEnabled(a is not None)
        if a is None:
            self.detail.setText("")
            return
        self.ack_button.setEnabled(a.status == "open")
        self.detail.setText(
            self.tr("<b>Why it matters:</b> {why}<br><b>What to try:</b> {suggestion}").format(
                why=escape(a.why), suggestion=escape(a.suggestion)
            )
            + (
                self.tr("<br><i>Your note: {note}</i>").format(note=escape(a.note))
                if a.note
                else ""
            )
        )

    def acknowledge_current(self) -> None:
        a = self.current()
        if a is None:
            return
        note = Ask.text(
            self,
            self.tr("Acknowledge this alert. Add a note if you like (what you did or plan to do):"),
            title=self.tr("Acknowledge alert"),
        )
        if note is None:
            return
        self.ctx.services.alerts.acknowledge(a.id, note)
        self.ctx.events.emit_changes(ChangeSet.of("alert", patient_id=self.patient_id))
        self.reload()

    def _on_repair_clicked(self) -> None:
        a = self.current()
        if a is not None:
            self.record_repair.emit(a.visit_id)

    def _on_reflect_clicked(self) -> None:
        a = self.current()
        if a is not None:
            self.ctx.events.reflection_requested.emit(self.patient_id, a.visit_id)
