"""A patient's history: every change to their records, who made it and when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.services import Services

ENTITY_WORDS = {
    "patient": "Patient details",
    "episode": "Episode",
    "goal": "Goal",
    "goal_revision": "Goal (earlier version kept)",
    "strategy": "Strategy",
    "strategy_review": "Self-care review",
    "visit": "Visit",
    "amendment": "Amendment",
    "questionnaire_response": "Questionnaire",
    "questionnaire_answer": "Questionnaire answer",
    "goal_progress": "Goal progress",
    "chart_annotation": "Chart note",
    "reflection": "Reflection",
    "alert": "Alliance alert",
}
ACTION_WORDS = {"insert": "added", "update": "changed", "delete": "removed"}
HIDDEN_FIELDS = {"updated_at", "created_at", "id"}


class HistoryDialog(QDialog):
    """Newest first: when, who, what, and which fields changed (read-only)."""

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        detail = services.patients.get(patient_id)
        self.setWindowTitle(f"History of {detail.display_name}")
        names = {p.id: p.name for p in services.practice.practitioners()}
        rows = services.audit.for_patient(patient_id)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName("Changes to this patient's records")
        self.table.setHorizontalHeaderLabels(["When", "Who", "What", "Fields"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for i, a in enumerate(rows):
            fields = ", ".join(k.replace("_", " ") for k in a.changes if k not in HIDDEN_FIELDS)
            for col, text in enumerate(
                (
                    f"{a.at.astimezone():%d %b %Y %H:%M}",
                    names.get(a.actor_id or 0, "—"),
                    f"{ENTITY_WORDS.get(a.entity, a.entity)} "
                    f"{ACTION_WORDS.get(a.action, a.action)}",
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
