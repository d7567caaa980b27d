"""A patient's history: every change to their records, who made it and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.services import Services
from alliance_desktop.ui import formats

HIDDEN_FIELDS = {"updated_at", "created_at", "id"}


def entity_words() -> dict[str, str]:
    """What each kind of audited record is called, in the language of the UI."""
    return {
        "patient": QCoreApplication.translate("HistoryDialog", "Patient details"),
        "episode": QCoreApplication.translate("HistoryDialog", "Episode"),
        "goal": QCoreApplication.translate("HistoryDialog", "Goal"),
        "goal_revision": QCoreApplication.translate("HistoryDialog", "Goal (earlier version kept)"),
        "strategy": QCoreApplication.translate("HistoryDialog", "Strategy"),
        "strategy_review": QCoreApplication.translate("HistoryDialog", "Self-care review"),
        "visit": QCoreApplication.translate("HistoryDialog", "Visit"),
        "amendment": QCoreApplication.translate("HistoryDialog", "Amendment"),
        "questionnaire_response": QCoreApplication.translate("HistoryDialog", "Questionnaire"),
        "questionnaire_answer": QCoreApplication.translate("HistoryDialog", "Questionnaire answer"),
        "goal_progress": QCoreApplication.translate("HistoryDialog", "Goal progress"),
        "chart_annotation": QCoreApplication.translate("HistoryDialog", "Chart note"),
        "reflection": QCoreApplication.translate("HistoryDialog", "Reflection"),
        "alert": QCoreApplication.translate("HistoryDialog", "Alliance alert"),
    }


def action_words() -> dict[str, str]:
    """What happened to a record, in the language of the UI (follows its kind: "Goal changed")."""
    return {
        #: What happened to a record, after its kind: "Goal added"
        "insert": QCoreApplication.translate("HistoryDialog", "added"),
        #: What happened to a record, after its kind: "Goal changed"
        "update": QCoreApplication.translate("HistoryDialog", "changed"),
        #: What happened to a record, after its kind: "Goal removed"
        "delete": QCoreApplication.translate("HistoryDialog", "removed"),
    }


class HistoryDialog(QDialog):
    """Newest first: when, who, what, and which fields changed (read-only)."""

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        detail = services.patients.get(patient_id)
        self.setWindowTitle(self.tr("History of {name}").format(name=detail.display_name))
        names = {p.id: p.name for p in services.practice.practitioners()}
        rows = services.audit.for_patient(patient_id)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Changes to this patient's records"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        entities, actions = entity_words(), action_words()
        for i, a in enumerate(rows):
            fields = ", ".join(k.replace("_", " ") for k in a.changes if k not in HIDDEN_FIELDS)
            for col, text in enumerate(
                (
                    formats.moment(a.at.astimezone(), "dd MMM yyyy HH:mm"),
                    names.get(a.actor_id or 0, "—"),
                    #: A line of the history: the kind of record, then what happened to it
                    self.tr("{what} {action}").format(
                        what=entities.get(a.entity, a.entity),
                        action=actions.get(a.action, a.action),
                    ),
                    fields if a.action == "update" else "",
                )
            ):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 480)
