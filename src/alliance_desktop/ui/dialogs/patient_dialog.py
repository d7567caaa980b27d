"""Adding a patient or editing their details, consents included."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ConfirmationRequired, ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.patients import PatientDetail, PatientInput
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.widgets.fields import DateField, InlineError, line_edit, text_edit


class PatientDialog(QDialog):
    """The patient form; ``try_accept()`` validates, stores, and closes on success."""

    def __init__(
        self,
        services: Services,
        patient: PatientDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patientDialog")
        self.services = services
        self.patient = patient
        self.result_patient: PatientDetail | None = None
        self.setWindowTitle(self.tr("Edit patient details") if patient else self.tr("New patient"))

        self.family = line_edit("familyName", self.tr("Family name"), parent=self)
        self.given = line_edit("givenNames", self.tr("Given names"), parent=self)
        self.preferred = line_edit(
            "preferredName",
            self.tr("Preferred name"),
            parent=self,
            placeholder=self.tr("What they like to be called"),
        )
        self.born = DateField("dateOfBirth", self.tr("Date of birth"), parent=self)
        self.email = line_edit("email", self.tr("E-mail"), parent=self)
        self.phone = line_edit("phone", self.tr("Phone"), parent=self)
        self.address = text_edit("address", self.tr("Address"), lines=2, parent=self)
        self.communication = text_edit(
            "communicationNotes",
            self.tr("Communication preferences"),
            lines=2,
            parent=self,
            placeholder=self.tr("How they like things explained, hearing, language, interpreter…"),
        )
        self.storage_consent = QCheckBox(self.tr("Agrees to their data being stored"), self)
        self.storage_consent.setObjectName("storageConsent")
        self.storage_on = DateField(
            "storageConsentOn", self.tr("Storage consent date"), parent=self
        )
        self.research_consent = QCheckBox(self.tr("Agrees to de-identified use for research"), self)
        self.research_consent.setObjectName("researchConsent")
        self.research_on = DateField(
            "researchConsentOn", self.tr("Research consent date"), parent=self
        )
        self.error = InlineError(self)

        form = QFormLayout()
        form.addRow(self.tr("Family name *"), self.family)
        form.addRow(self.tr("Given names"), self.given)
        form.addRow(self.tr("Preferred name"), self.preferred)
        form.addRow(self.tr("Date of birth"), self.born)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Communication"), self.communication)
        form.addRow(self._pair(self.storage_consent, self.storage_on))
        form.addRow(self._pair(self.research_consent, self.research_on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Tab in reading order: the consent rows (put in their rows last) before the buttons.
        QWidget.setTabOrder(self.communication, self.storage_consent)
        QWidget.setTabOrder(self.storage_consent, self.storage_on)
        QWidget.setTabOrder(self.storage_on, self.research_consent)
        QWidget.setTabOrder(self.research_consent, self.research_on)
        self.storage_consent.toggled.connect(self._on_consent_toggled)
        self.research_consent.toggled.connect(self._on_consent_toggled)
        if patient is not None:
            self._fill(patient.data)
        self.resize(560, 0)

    @staticmethod
    def _pair(box: QCheckBox, when: DateField) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(when)
        return row

    def _on_consent_toggled(self, _checked: bool) -> None:
        today = dt.date.today()
        for box, when in (
            (self.storage_consent, self.storage_on),
            (self.research_consent, self.research_on),
        ):
            if box.isChecked() and not when.edit.text():
                when.set_value(today)
            if not box.isChecked():
                when.set_value(None)

    def _fill(self, d: PatientInput) -> None:
        self.family.setText(d.family_name)
        self.given.setText(d.given_names)
        self.preferred.setText(d.preferred_name)
        self.born.set_value(d.date_of_birth)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.address.setPlainText(d.address)
        self.communication.setPlainText(d.communication_notes)
        self.storage_consent.setChecked(d.storage_consent)
        self.storage_on.set_value(d.storage_consent_on)
        self.research_consent.setChecked(d.research_consent)
        self.research_on.set_value(d.research_consent_on)

    def collect(self) -> PatientInput:
        return PatientInput(
            family_name=self.family.text(),
            given_names=self.given.text(),
            preferred_name=self.preferred.text(),
            date_of_birth=self.born.value(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            communication_notes=self.communication.toPlainText(),
            storage_consent=self.storage_consent.isChecked(),
            storage_consent_on=self.storage_on.value(),
            research_consent=self.research_consent.isChecked(),
            research_consent_on=self.research_on.value(),
        )

    def try_accept(self) -> bool:
        """Store the form; on a problem show it in place, keep every field, and stay open."""
        try:
            data = self.collect()
            if self.patient is None:
                try:
                    self.result_patient = self.services.patients.create(data)
                except ConfirmationRequired as dup:
                    if not Ask.yes_no(
                        self,
                        dup.message,
                        yes=self.tr("Add as a new patient"),
                        no=self.tr("Go back"),
                    ):
                        self.error.show_message(
                            self.tr("Not added: check the existing patient first.")
                        )
                        return False
                    self.result_patient = self.services.patients.create(
                        data, confirm_duplicate=True
                    )
            else:
                self.result_patient = self.services.patients.update(self.patient.id, data)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            widget = self.findChild(QWidget, _FIELD_WIDGETS.get(exc.field or "", ""))
            if widget is not None:
                widget.setFocus()
            return False
        self.accept()
        return True


_FIELD_WIDGETS = {
    "family_name": "familyName",
    "given_names": "givenNames",
    "date_of_birth": "dateOfBirth",
    "email": "email",
    "storage_consent_on": "storageConsentOn",
    "research_consent_on": "researchConsentOn",
}
