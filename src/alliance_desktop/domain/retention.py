"""How long a clinical record must be kept before the patient's data may be erased.

The rule followed is the usual one for UK osteopaths' health records (the Institute of
Osteopathy's guidance, after the NHS records management code):

- adults: 8 years after the last visit;
- children (under 18 at the last visit): until their 25th birthday, or their 26th if they were
  17 at the last visit, and in any case not before 8 years after the last visit.

A record whose date of birth is unknown is kept by the adults' rule.
"""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.people import age_on

ADULT_YEARS = 8
ADULT_AGE = 18
CHILD_UNTIL_BIRTHDAY = 25


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retention_until(date_of_birth: dt.date | None, last_visit_date: dt.date) -> dt.date:
    """The last day the record must be kept (erasure is routine from the day after)."""
    adult_rule = add_years(last_visit_date, ADULT_YEARS)
    age = age_on(date_of_birth, last_visit_date)
    if date_of_birth is None or age is None or age >= ADULT_AGE:
        return adult_rule
    birthday = CHILD_UNTIL_BIRTHDAY + (1 if age == ADULT_AGE - 1 else 0)
    return max(add_years(date_of_birth, birthday), adult_rule)


def within_retention(
    date_of_birth: dt.date | None, last_visit_date: dt.date, today: dt.date
) -> bool:
    """True while the record is still inside its retention period."""
    return today <= retention_until(date_of_birth, last_visit_date)
