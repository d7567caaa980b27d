"""A first look at a practice before the store opens: its name and its patient list.

Start-up paints the window with the patient list before SQLAlchemy, the models and the
services are imported (together about half a second): this module reads what the window
needs straight from the file with ``sqlite3`` (or SQLCipher, with the key the unlock gave), in
one read-only connection. The store itself is opened just after the first paint.

It only ever reads, and any surprise (a file it cannot open, a schema other than this app's,
a damaged page) makes it step aside with None: the normal opening then runs first and says
in plain words what is wrong. ``tests/test_first_look.py`` checks that its rows are exactly
the ones ``PatientService.rows()`` gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from alliance_desktop.domain.patient_list import PatientRow
from alliance_desktop.domain.people import search_key
from alliance_desktop.store.location import SCHEMA_HEAD, StoreLocation, connect_file

#: The same rows as ``PatientService.rows()`` asks for through SQLAlchemy.
_PATIENTS = """
SELECT patient.id, patient.family_name, patient.given_names, patient.preferred_name,
       patient.date_of_birth, patient.archived,
       (SELECT max(visit.starts_at) FROM visit WHERE visit.patient_id = patient.id),
       (SELECT count(*) FROM visit WHERE visit.patient_id = patient.id)
FROM patient
"""

#: The same counts as ``services.alerts.open_alert_counts`` ({only}: a filter on patients).
_OPEN_ALERTS = """
SELECT episode.patient_id, count(alert.id)
FROM episode JOIN alert ON alert.episode_id = episode.id AND alert.patient_id = episode.patient_id
WHERE episode.status = 'open' AND alert.status = 'open' AND alert.severity = 'attention'
  AND alert.recovered_visit_id IS NULL {only}
GROUP BY episode.patient_id
"""

#: The active patients in the list's default order (latest visit first, then the higher
#: record number, as ``PatientTableModel`` sorts), from the newest visit down through
#: ix_visit_starts_patient: a patient's first visit met is their last. CROSS JOIN keeps visit
#: the outer loop (otherwise SQLite reads every patient's visits and sorts them all).
_LATEST_PATIENTS = """
SELECT visit.patient_id FROM visit CROSS JOIN patient ON patient.id = visit.patient_id
WHERE patient.archived = 0
ORDER BY visit.starts_at DESC, visit.patient_id DESC
"""

#: How many lines of the list the first screen reads when the whole list waits (more than a
#: full-height window shows).
FIRST_SCREEN = 100


@dataclass(frozen=True)
class FirstLook:
    """What the window shows before the store is open.

    ``rows`` is the whole list when ``complete``; otherwise the first ``FIRST_SCREEN`` active
    patients in the default order (latest visit first), and ``active`` and ``total`` count
    the whole list: the window reads the rest (``first_look(location)``) once painted.
    """

    name: str
    is_demo: bool
    rows: list[PatientRow]
    location: StoreLocation
    complete: bool = True
    active: int = 0
    total: int = 0


def first_look(
    location: StoreLocation, *, first_screen: bool = False, also: int = 0
) -> FirstLook | None:
    """The practice's name and patient list, or None if they cannot be read this way.

    ``first_screen``: read only the lines the list shows first in its default order, when
    the practice has more patients than that (``FirstLook.complete`` is then false), and the
    line of patient ``also`` (the one the window reopens) wherever it is in the list.
    """
    path = location.sqlite_path
    if path is None or not path.is_file():
        return None
    try:
        conn = connect_file(path, location.key, readonly=True)
    except Exception:
        return None
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision != SCHEMA_HEAD:  # another: opened (and upgraded) the normal way first
            return None
        meta = dict(conn.execute("SELECT key, value FROM store_meta").fetchall())
        total, active = conn.execute(
            "SELECT count(*), coalesce(sum(archived = 0), 0) FROM patient"
        ).fetchone()
        first = (
            _latest_patients(conn, FIRST_SCREEN) if first_screen and total > FIRST_SCREEN else None
        )
        if first is None:
            alerts = dict(conn.execute(_OPEN_ALERTS.format(only="")).fetchall())
            rows = [_row(raw, alerts) for raw in conn.execute(_PATIENTS)]
        else:
            if also and also not in first:
                first.append(also)  # the list sorts it into place; absent if not a patient
            marks = ", ".join("?" * len(first))
            only = f"AND episode.patient_id IN ({marks})"
            alerts = dict(conn.execute(_OPEN_ALERTS.format(only=only), first).fetchall())
            found = {
                raw[0]: _row(raw, alerts)
                for raw in conn.execute(f"{_PATIENTS} WHERE patient.id IN ({marks})", first)
            }
            rows = [found[pid] for pid in first if pid in found]
    except Exception:
        return None
    finally:
        conn.close()
    return FirstLook(
        name=str(meta.get("practice_name", "")),
        is_demo=meta.get("is_demo") == "1",
        rows=rows,
        location=location,
        complete=first is None,
        active=int(active),
        total=int(total),
    )


def _latest_patients(conn: Any, count: int) -> list[int] | None:
    """The first ``count`` active patients of the list by last visit; None when fewer than
    that have visits (the patients without any come last: the whole list is read then)."""
    seen: dict[int, None] = {}
    cursor = conn.execute(_LATEST_PATIENTS)
    try:
        for (pid,) in cursor:
            seen.setdefault(pid)
            if len(seen) == count:
                return list(seen)
    finally:
        cursor.close()
    return None


def _row(raw: tuple[Any, ...], alerts: dict[int, int]) -> PatientRow:
    pid, family, given, preferred, born_text, archived, last, count = raw
    born = dt.date.fromisoformat(born_text) if born_text else None
    return PatientRow(
        id=pid,
        family_name=family,
        given_names=given,
        preferred_name=preferred,
        date_of_birth=born,
        archived=bool(archived),
        last_visit=dt.datetime.fromisoformat(last) if last else None,
        visit_count=count or 0,
        search_key=search_key(family, given, preferred, born),
        open_alerts=alerts.get(pid, 0),
    )
