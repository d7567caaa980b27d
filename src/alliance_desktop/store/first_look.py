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
from alliance_desktop.store.location import StoreLocation, connect_file

#: The schema revision this app's migrations end at (a test compares it with Alembic's head):
#: a practice at another revision is opened (and upgraded) the normal way first.
SCHEMA_REVISION = "0005"

#: The same rows as ``PatientService.rows()`` asks for through SQLAlchemy.
_PATIENTS = """
SELECT patient.id, patient.family_name, patient.given_names, patient.preferred_name,
       patient.date_of_birth, patient.archived,
       (SELECT max(visit.starts_at) FROM visit WHERE visit.patient_id = patient.id),
       (SELECT count(*) FROM visit WHERE visit.patient_id = patient.id)
FROM patient
"""

#: The same counts as ``services.alerts.open_alert_counts``.
_OPEN_ALERTS = """
SELECT episode.patient_id, count(alert.id)
FROM episode JOIN alert ON alert.episode_id = episode.id AND alert.patient_id = episode.patient_id
WHERE episode.status = 'open' AND alert.status = 'open' AND alert.severity = 'attention'
  AND alert.recovered_visit_id IS NULL
GROUP BY episode.patient_id
"""


@dataclass(frozen=True)
class FirstLook:
    """What the window shows before the store is open."""

    name: str
    is_demo: bool
    rows: list[PatientRow]


def first_look(location: StoreLocation) -> FirstLook | None:
    """The practice's name and patient list, or None if they cannot be read this way."""
    path = location.sqlite_path
    if path is None or not path.is_file():
        return None
    try:
        conn = connect_file(path, location.key, readonly=True)
    except Exception:
        return None
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision != SCHEMA_REVISION:
            return None
        meta = dict(conn.execute("SELECT key, value FROM store_meta").fetchall())
        alerts = dict(conn.execute(_OPEN_ALERTS).fetchall())
        rows = [_row(raw, alerts) for raw in conn.execute(_PATIENTS)]
    except Exception:
        return None
    finally:
        conn.close()
    return FirstLook(
        name=str(meta.get("practice_name", "")), is_demo=meta.get("is_demo") == "1", rows=rows
    )


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
