"""A dated amendment to a signed visit: what is corrected, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.visits import AmendmentRow
from alliance_desktop.ui.widgets.fields import InlineError, line_edit, text_edit


class AmendDialog(QDialog):
    """Adds an amendment; the signed record itself never changes."""

    def __init__(self, services: Services, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Add an amendment"))
        self.services = services
        self.visit_id = visit_id
        self.result_row: AmendmentRow | None = None
        intro = QLabel(
            self.tr(
                "The signed visit stays as it was. Your correction is added below it, dated and "
                "with your reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason = line_edit(
            "amendReason",
            self.tr("Reason for the amendment"),
            parent=self,
            placeholder=self.tr("For example: wrong pain score typed"),
        )
        self.text = text_edit("amendText", self.tr("Correction"), lines=5, parent=self)
        self.error = InlineError(self)
        form = QFormLayout()
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Correction *"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def try_accept(self) -> bool:
        try:
            self.result_row = self.services.visits.amend(
                self.visit_id, self.reason.text(), self.text.toPlainText()
            )
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return False
        self.accept()
        return True
