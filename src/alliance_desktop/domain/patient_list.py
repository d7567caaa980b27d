"""A line of the patient list: the record the list shows, sorts and searches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alliance_desktop.domain.people import display_name


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One line of the patient list."""

    id: int
    family_name: str
    given_names: str
    preferred_name: str
    date_of_birth: dt.date | None
    archived: bool
    last_visit: dt.datetime | None
    visit_count: int
    search_key: str
    open_alerts: int = 0

    @property
    def display_name(self) -> str:
        return display_name(self.family_name, self.given_names, self.preferred_name)
