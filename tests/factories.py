"""Small builders of realistic records for tests."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.services import Services
from alliance_desktop.services.patients import PatientDetail, PatientInput


def make_patient(
    services: Services,
    family: str = "Dupont",
    given: str = "Hélène",
    dob: dt.date | None = dt.date(1980, 5, 17),
    *,
    episode: str | None = "Low back pain after lifting",
) -> PatientDetail:
    patient = services.patients.create(
        PatientInput(
            family_name=family,
            given_names=given,
            date_of_birth=dob,
            storage_consent=True,
            storage_consent_on=dt.date.today(),
        )
    )
    if episode:
        services.episodes.open(patient.id, episode, dt.date.today() - dt.timedelta(days=30))
    return services.patients.get(patient.id)


def visit_time(days_ago: int = 0, hour: int = 10) -> dt.datetime:
    day = dt.date.today() - dt.timedelta(days=days_ago)
    # never in the future: a suite run at 1 a.m. must not book "today at 10" ahead of now
    return min(
        dt.datetime.combine(day, dt.time(hour, 0)),
        dt.datetime.now().replace(second=0, microsecond=0),
    )
