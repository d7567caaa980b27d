"""The strip above the panes: who the patient is, where their care stands, and consent."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from alliance_desktop.ui import formats

if TYPE_CHECKING:
    from alliance_desktop.services.patients import PatientDetail


class PatientHeader(QFrame):
    """Name, age, current episode, visit count, last visit, consent status and alerts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setObjectName("headerName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setObjectName("headerFacts")
        self.facts.setWordWrap(True)
        self.consent = QLabel(self)
        self.consent.setObjectName("headerConsent")
        self.alerts = QLabel(self)
        self.alerts.setObjectName("headerAlerts")
        self.alerts.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #d9a400;"
            " border-radius: 4px; padding: 2px 8px; }"
        )
        self.alerts.hide()
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.alerts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.consent)
        self.hide_names = False
        self.show_patient(None)

    def show_opening(self) -> None:
        """While start-up reopens the last patient (the window is painted before the store
        opens): never "No patient selected" for the moment before the patient appears."""
        self.name.setText(self.tr("Opening where you left off…"))
        self.facts.setText("")
        self.consent.setText("")
        self.alerts.hide()

    def show_patient(self, detail: PatientDetail | None, *, open_alerts: int = 0) -> None:
        if detail is None:
            self.name.setText(self.tr("No patient selected"))
            self.facts.setText(self.tr("Find a patient with Ctrl+F, or add one with Ctrl+N."))
            self.consent.setText("")
            self.alerts.hide()
            return
        name = (
            self.tr("Patient #{number}").format(number=detail.id)
            if self.hide_names
            else detail.display_name
        )
        self.name.setText(name + ("  " + self.tr("(archived)") if detail.archived else ""))
        age = detail.age()
        episode = detail.current_episode
        parts = []
        if age is not None and not self.hide_names:
            born = detail.data.date_of_birth
            # Two messages, the same in English: French says "0 an" and "1 an" but "2 ans".
            if age < 2:
                years = self.tr("{age} years", "0 or 1").format(age=age)
            else:
                years = self.tr("{age} years").format(age=age)
            if born:
                years = self.tr("{years} (born {date})").format(years=years, date=formats.day(born))
            parts.append(years)
        if episode is None:
            parts.append(self.tr("no episode of care yet"))
        else:
            state = (
                self.tr("current episode")
                if episode.is_open
                else self.tr("last episode (discharged)")
            )
            parts.append(
                self.tr("{state}: {reason}, since {date}").format(
                    state=state, reason=episode.reason, date=formats.day(episode.started_on)
                )
            )
        visits = detail.visit_count
        parts.append(
            (self.tr("{count} visit") if visits == 1 else self.tr("{count} visits")).format(
                count=visits
            )
        )
        if detail.last_visit:
            parts.append(self.tr("last visit {when}").format(when=_ago(detail.last_visit)))
        self.facts.setText(" · ".join(parts))
        self.consent.setText(self.tr("Consent: {summary}").format(summary=detail.consent_summary))
        self.consent.setStyleSheet("" if detail.data.storage_consent else "color: #b3261e;")
        self.alerts.setVisible(open_alerts > 0)
        self.alerts.setText(
            (
                self.tr("⚠ {count} alliance alert")
                if open_alerts == 1
                else self.tr("⚠ {count} alliance alerts")
            ).format(count=open_alerts)
        )


def _ago(when: dt.datetime) -> str:
    days = (dt.date.today() - when.date()).days
    if days == 0:
        return QCoreApplication.translate("PatientHeader", "today {time}").format(
            time=formats.clock(when)
        )
    if days == 1:
        return QCoreApplication.translate("PatientHeader", "yesterday")
    if days < 0:
        return QCoreApplication.translate("PatientHeader", "on {date} (booked)").format(
            date=formats.day(when)
        )
    return QCoreApplication.translate("PatientHeader", "{date} ({days} days ago)").format(
        date=formats.day(when), days=days
    )
