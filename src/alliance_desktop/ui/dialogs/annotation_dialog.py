"""A dated note on the patient's charts: a life event or a change of treatment."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.vocab import AnnotationKind
from alliance_desktop.ui.widgets.fields import DateField, EnumCombo, InlineError, line_edit

if TYPE_CHECKING:
    from alliance_desktop.services import Services
    from alliance_desktop.services.annotations import AnnotationRow


class AnnotationDialog(QDialog):
    """Date, kind and a short label; ``try_accept()`` stores it and closes on success."""

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Add a note to the charts"))
        self.services = services
        self.patient_id = patient_id
        self.result_row: AnnotationRow | None = None
        self.on_date = DateField("annotationDate", self.tr("Date"), optional=False, parent=self)
        self.on_date.set_value(dt.date.today())
        self.kind = EnumCombo("annotationKind", self.tr("Kind of note"), AnnotationKind, self)
        self.label = line_edit(
            "annotationLabel",
            self.tr("What happened"),
            parent=self,
            placeholder=self.tr("For example: started a new job; changed approach"),
        )
        self.error = InlineError(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on_date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What happened"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> bool:
        try:
            day = self.on_date.value()
            assert day is not None
            if day > dt.date.today():
                raise ValidationError(self.tr("A chart note is about something that has happened."))
            self.result_row = self.services.annotations.add(
                self.patient_id, day, self.kind.value(), self.label.text()
            )
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return False
        self.accept()
        return True
