"""Continuing professional development: the three-year cycle and its requirements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate
from alliance_desktop.domain.vocab import CpdTheme

CYCLE_YEARS = 3
REQUIRED_HOURS = 90.0
REQUIRED_HOURS_WITH_OTHERS = 45.0

# The parts of the progress line, in English; translated when the line is made (``summary``).
_HOURS = QT_TRANSLATE_NOOP("Cpd", "{hours} of {required} h")
_HOURS_WITH_OTHERS = QT_TRANSLATE_NOOP("Cpd", "{hours} of {required} h with others")
_THEMES_NEEDED = QT_TRANSLATE_NOOP("Cpd", "themes still needed: {themes}")
_OBJECTIVE_NEEDED = QT_TRANSLATE_NOOP("Cpd", "objective activity still needed")
_COMMUNICATION_NEEDED = QT_TRANSLATE_NOOP("Cpd", "communication and consent activity still needed")


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def cycle_containing(cycle_start: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """Return (first day, last day) of the three-year cycle that contains ``today``.

    Cycles repeat every three years from ``cycle_start``, forwards and backwards.
    """
    start = cycle_start
    while start > today:
        start = _add_years(start, -CYCLE_YEARS)
    while _add_years(start, CYCLE_YEARS) <= today:
        start = _add_years(start, CYCLE_YEARS)
    return start, _add_years(start, CYCLE_YEARS) - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CpdActivity:
    """The CPD facts of one reflection."""

    day: dt.date
    minutes: int
    with_others: bool
    themes: frozenset[CpdTheme]
    objective_activity: bool
    communication_consent: bool


@dataclass(frozen=True, slots=True)
class CpdTotals:
    """Progress against the cycle's requirements."""

    cycle_start: dt.date
    cycle_end: dt.date
    hours: float
    hours_with_others: float
    themes_covered: frozenset[CpdTheme]
    has_objective_activity: bool
    has_communication_consent: bool
    activities: int

    @property
    def themes_missing(self) -> list[CpdTheme]:
        return [t for t in CpdTheme if t not in self.themes_covered]

    @property
    def requirements_met(self) -> bool:
        return (
            self.hours >= REQUIRED_HOURS
            and self.hours_with_others >= REQUIRED_HOURS_WITH_OTHERS
            and not self.themes_missing
            and self.has_objective_activity
            and self.has_communication_consent
        )

    def summary(self) -> str:
        """One line a practitioner reads at a glance."""
        parts = [
            translate("Cpd", _HOURS).format(
                hours=number(self.hours), required=number(REQUIRED_HOURS)
            ),
            translate("Cpd", _HOURS_WITH_OTHERS).format(
                hours=number(self.hours_with_others), required=number(REQUIRED_HOURS_WITH_OTHERS)
            ),
        ]
        if self.themes_missing:
            parts.append(
                translate("Cpd", _THEMES_NEEDED).format(
                    themes=", ".join(t.value for t in self.themes_missing)
                )
            )
        if not self.has_objective_activity:
            parts.append(translate("Cpd", _OBJECTIVE_NEEDED))
        if not self.has_communication_consent:
            parts.append(translate("Cpd", _COMMUNICATION_NEEDED))
        return "; ".join(parts)


def cpd_totals(
    activities: Iterable[CpdActivity], *, cycle_start: dt.date, cycle_end: dt.date
) -> CpdTotals:
    """Add up the activities that fall inside the cycle."""
    minutes = minutes_with_others = count = 0
    themes: set[CpdTheme] = set()
    objective = communication = False
    for act in activities:
        if not cycle_start <= act.day <= cycle_end:
            continue
        count += 1
        minutes += act.minutes
        if act.with_others:
            minutes_with_others += act.minutes
        themes |= act.themes
        objective |= act.objective_activity
        communication |= act.communication_consent
    return CpdTotals(
        cycle_start=cycle_start,
        cycle_end=cycle_end,
        hours=round(minutes / 60, 2),
        hours_with_others=round(minutes_with_others / 60, 2),
        themes_covered=frozenset(themes),
        has_objective_activity=objective,
        has_communication_consent=communication,
        activities=count,
    )
