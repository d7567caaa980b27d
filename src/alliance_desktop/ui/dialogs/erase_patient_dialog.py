"""Erasing a patient (the right to erasure): the retention period explained, a reason asked,
and an erasure that cannot be undone confirmed twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ConfirmationRequired, ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.patient_data import ErasureSummary
from alliance_desktop.ui import formats
from alliance_desktop.ui.widgets.fields import InlineError, text_edit

WIDTH = 640


class ErasePatientDialog(QDialog):
    """Asks why, explains what stays, and erases on "Erase permanently".

    Signals:
        export_requested(): the practitioner wants the patient's own copy first.
    """

    export_requested = Signal()

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasePatientDialog")
        self.services = services
        self.patient_id = patient_id
        self.summary: ErasureSummary | None = None
        detail = services.patients.get(patient_id)
        self.patient_name = detail.display_name
        keep = services.patient_data.retention(patient_id)
        self.within_retention = keep.within_retention
        self.setWindowTitle(self.tr("Erase {name}").format(name=self.patient_name))

        intro = QLabel(
            self.tr(
                "<p>Erasing removes <b>{name}</b> and everything recorded about them: "
                "details, courses of care, goals, visits, questionnaires, alerts and chart notes. "
                "Your reflections stay but no longer name them. The audit trail keeps that an "
                "erasure happened, its date and your reason, without their personal data.</p>"
                "<p><b>This cannot be undone.</b> Backups made before today still hold the record "
                "until they are thinned out.</p>"
            ).format(name=self.patient_name),
            self,
        )
        intro.setObjectName("eraseIntro")
        intro.setWordWrap(True)
        retention = QLabel(self._retention_text(keep.last_contact, keep.keep_until), self)
        retention.setObjectName("eraseRetention")
        retention.setWordWrap(True)
        if keep.within_retention:
            retention.setStyleSheet("color: #b3261e;")

        self.reason = text_edit(
            "eraseReason",
            self.tr("Reason for the erasure"),
            lines=3,
            parent=self,
            placeholder=self.tr(
                "For example: the patient asked for erasure in writing on 3 March. "
                "Leave their name and contact details out."
            ),
        )
        reason_label = QLabel(self.tr("&Reason for the erasure (kept in the audit trail) *"), self)
        reason_label.setBuddy(self.reason)
        self.lawful = QCheckBox(
            self.tr("I have a lawful reason to erase this record before {date}").format(
                date=formats.day(keep.keep_until, "dd MMMM yyyy")
            ),
            self,
        )
        self.lawful.setObjectName("eraseLawful")
        self.lawful.setVisible(keep.within_retention)
        self.understood = QCheckBox(self.tr("I understand the erasure cannot be undone"), self)
        self.understood.setObjectName("eraseUnderstood")
        self.error = InlineError(self)

        self.export_button = QPushButton(self.tr("&Export their data first…"), self)
        self.export_button.setObjectName("eraseExportFirst")
        self.export_button.setToolTip(
            self.tr("A PDF and a JSON file of their record, to give them")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase &permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseConfirm")
        self.erase_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.clicked.connect(self.try_erase)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(retention)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.lawful)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for box in (self.lawful, self.understood):
            box.toggled.connect(self._update_button)
        self.reason.textChanged.connect(self._update_button)
        self._update_button()
        # Wrapped labels need their height for the width (a top-level window does not ask).
        layout.setSpacing(10)
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))

    @staticmethod
    def _retention_text(last: dt.date, until: dt.date) -> str:
        if until >= dt.date.today():
            return QCoreApplication.translate(
                "ErasePatientDialog",
                "Clinical records must normally be kept until {until} (last contact "
                "{last}; 8 years after it, and for a child at least until their 25th "
                "birthday). "
                "Erase before then only with a lawful reason, for example a record made in "
                "error or the end of a legal obligation to keep it.",
            ).format(
                until=formats.day(until, "dd MMMM yyyy"), last=formats.day(last, "dd MMMM yyyy")
            )
        return QCoreApplication.translate(
            "ErasePatientDialog",
            "The retention period ended on {until} (last contact {last}): "
            "the record may be erased.",
        ).format(until=formats.day(until, "dd MMMM yyyy"), last=formats.day(last, "dd MMMM yyyy"))

    def _update_button(self) -> None:
        ready = (
            bool(self.reason.toPlainText().strip())
            and self.understood.isChecked()
            and (self.lawful.isChecked() or not self.within_retention)
        )
        self.erase_button.setEnabled(ready)

    def try_erase(self) -> bool:
        """Erase; on a problem say so in place, keep what was typed, and stay open."""
        try:
            self.summary = self.services.patient_data.erase_patient(
                self.patient_id,
                self.reason.toPlainText(),
                confirm_within_retention=self.lawful.isChecked(),
            )
        except ConfirmationRequired as exc:  # the retention date moved since the dialog opened
            self.within_retention = True
            self.lawful.setVisible(True)
            self.error.show_message(exc.message)
            self._update_button()
            return False
        except ValidationError as exc:
            self.error.show_message(exc.message)
            self.reason.setFocus()
            return False
        self.accept()
        return True
