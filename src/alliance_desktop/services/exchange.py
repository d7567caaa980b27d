"""Moving a whole practice out and in (versioned JSON), and de-identified research exports.

The whole-practice export is for moving the practice to another computer: like a backup it
holds everything, the practitioner's private reflections included, so it must be kept as safely
as the practice itself. The de-identified export is for research: no names, contacts, free text,
dates or real record numbers, and only patients who consented to research use.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy import Enum as SAEnum

from alliance_desktop import __version__
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import age_on
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate
from alliance_desktop.domain.vocab import VisitStatus
from alliance_desktop.services.practice import KEY_HANDOVER_PIN, KEY_PRACTITIONER
from alliance_desktop.store.base import Base, UTCDateTime, utcnow
from alliance_desktop.store.migrate import alembic_config, head_revision
from alliance_desktop.store.models import (
    Amendment,
    AuditEntry,
    Episode,
    Goal,
    GoalProgress,
    GoalRevision,
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    StoreMeta,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FORMAT = "alliance-desktop-practice"
FORMAT_VERSION = 1
#: Tables that never travel: the erasure marker exists only inside an erasing transaction (a
#: file that carried one would open the signed-record guards). alembic_version is not a model.
NOT_EXPORTED = frozenset({"erasure_in_progress"})
#: Settings that are credentials of this installation, not facts about the practice: the
#: hand-over PIN is set again on the new computer.
SECRET_META_KEYS = frozenset({KEY_HANDOVER_PIN})
BATCH = 500


#: Every table's name as a word in a sentence ("This practice is not empty (it holds 2 audit
#: entry rows)"), marked for translation; a table not here reads as its name with spaces.
TABLE_WORDS = {
    "alert": QT_TRANSLATE_NOOP("Exchange", "alert"),
    "amendment": QT_TRANSLATE_NOOP("Exchange", "amendment"),
    "audit_entry": QT_TRANSLATE_NOOP("Exchange", "audit entry"),
    "chart_annotation": QT_TRANSLATE_NOOP("Exchange", "chart annotation"),
    "episode": QT_TRANSLATE_NOOP("Exchange", "episode"),
    "goal": QT_TRANSLATE_NOOP("Exchange", "goal"),
    "goal_progress": QT_TRANSLATE_NOOP("Exchange", "goal progress"),
    "goal_revision": QT_TRANSLATE_NOOP("Exchange", "goal revision"),
    "instrument_definition": QT_TRANSLATE_NOOP("Exchange", "instrument definition"),
    "patient": QT_TRANSLATE_NOOP("Exchange", "patient"),
    "practitioner": QT_TRANSLATE_NOOP("Exchange", "practitioner"),
    "questionnaire_answer": QT_TRANSLATE_NOOP("Exchange", "questionnaire answer"),
    "questionnaire_response": QT_TRANSLATE_NOOP("Exchange", "questionnaire response"),
    "reflection": QT_TRANSLATE_NOOP("Exchange", "reflection"),
    "store_meta": QT_TRANSLATE_NOOP("Exchange", "store meta"),
    "strategy": QT_TRANSLATE_NOOP("Exchange", "strategy"),
    "strategy_review": QT_TRANSLATE_NOOP("Exchange", "strategy review"),
    "visit": QT_TRANSLATE_NOOP("Exchange", "visit"),
}


def _table_word(name: str) -> str:
    """A table's name as a word in the app's language."""
    word = TABLE_WORDS.get(name)
    return translate("Exchange", word) if word is not None else name.replace("_", " ")


class OperationCancelled(Exception):
    """The person cancelled a long export or import; nothing was written or changed."""


def practice_tables() -> list[Table]:
    """Every table of the practice, parents before children (the order inserts need)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]


# ------------------------------------------------------------------------- atomic files
def write_atomically(out: Path, parts: Iterable[str | bytes]) -> None:
    """Write ``parts`` to ``out`` through a private temporary file in the same folder: synced,
    then renamed into place, so ``out`` is either complete or untouched. Anything raised while
    the parts are produced (a cancel included) leaves no file behind."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError(_no_folder(out))
    if out.is_dir():
        raise ValidationError(
            translate("Exchange", "{path} is a folder; give a file name.").format(path=out)
        )
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part.encode("utf-8") if isinstance(part, str) else part)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.parent)


def _no_folder(out: Path) -> str:
    return translate("Exchange", "The folder {folder} is not there; nothing was written.").format(
        folder=out.parent
    )


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---------------------------------------------------------------- values <-> JSON
def encode_value(column: Column[Any], value: Any) -> Any:
    """A column value as JSON: dates as ISO text, enums as their stored value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, SAEnum):  # before String: an Enum column is a String column too
        return value.value if isinstance(value, Enum) else str(value)
    if isinstance(kind, UTCDateTime | DateTime | Date):
        return value.isoformat()
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, String):
        return str(value)
    raise TypeError(f"no JSON form for column {column.table.name}.{column.name} ({kind!r})")


class _Damaged(Exception):
    """A value that does not fit its column; its text (already in the app's language) ends a
    sentence that starts with the column's name ("date_of_birth is not a date")."""


def decode_value(column: Column[Any], value: Any) -> Any:
    """The Python value of a JSON value, by the column's type (never by guessing).

    Raises:
        _Damaged: the value is not of the column's type.
    """
    if value is None:
        if not column.nullable:
            raise _Damaged(translate("Exchange", "is empty"))
        return None
    kind = column.type
    try:
        if isinstance(kind, SAEnum):
            if not isinstance(value, str) or kind.enum_class is None:
                raise _Damaged(translate("Exchange", "is not one of its choices"))
            try:
                return kind.enum_class(value)
            except ValueError:
                raise _Damaged(translate("Exchange", "is not one of its choices")) from None
        if isinstance(kind, UTCDateTime | DateTime):
            if not isinstance(value, str):
                raise _Damaged(translate("Exchange", "is not a date and time"))
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                raise _Damaged(translate("Exchange", "is not a date and time")) from None
            if isinstance(kind, UTCDateTime) != (moment.tzinfo is not None):
                raise _Damaged(
                    translate(
                        "Exchange", "has the wrong kind of time (with or without a time zone)"
                    )
                )
            return moment
        if isinstance(kind, Date):
            if not isinstance(value, str) or len(value) != 10:
                raise _Damaged(translate("Exchange", "is not a date"))
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise _Damaged(translate("Exchange", "is not a date")) from None
        if isinstance(kind, JSON):
            return value
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise _Damaged(translate("Exchange", "is not true or false"))
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise _Damaged(translate("Exchange", "is not a whole number"))
            return value
        if isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _Damaged(translate("Exchange", "is not a number"))
            return float(value)
        if isinstance(kind, String):
            if not isinstance(value, str):
                raise _Damaged(translate("Exchange", "is not text"))
            return value
    except ValueError:
        raise _Damaged(translate("Exchange", "cannot be read")) from None
    raise _Damaged(translate("Exchange", "has a type this version cannot read"))


# ------------------------------------------------------------------------ summaries
@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    records: int
    counts: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    records: int
    patients: int
    visits: int
    exported_at: str


@dataclass(frozen=True, slots=True)
class DeidentifiedSummary:
    path: Path
    patients: int
    left_out_without_consent: int
    files: tuple[str, ...]
    rows: Mapping[str, int]


# ------------------------------------------------------------- de-identification
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (18, "0-17"),
    (30, "18-29"),
    (40, "30-39"),
    (50, "40-49"),
    (60, "50-59"),
    (70, "60-69"),
    (80, "70-79"),
)


def age_band(date_of_birth: dt.date | None, on: dt.date) -> str:
    """A ten-year age band on a day ("0-17", "18-29", ... "80+"); empty when unknown."""
    age = age_on(date_of_birth, on)
    if age is None:
        return ""
    for below, band in AGE_BANDS:
        if age < below:
            return band
    return "80+"


class _Codes:
    """Fresh random codes for one export: the same record always gets the same code within
    it, and nothing links the codes to the record numbers of the practice."""

    def __init__(self) -> None:
        self._given: dict[tuple[str, int], str] = {}
        self._used: set[str] = set()

    def __call__(self, prefix: str, record_id: int) -> str:
        key = (prefix, record_id)
        if key not in self._given:
            code = f"{prefix}-{secrets.token_hex(4)}"
            while code in self._used:
                code = f"{prefix}-{secrets.token_hex(4)}"
            self._used.add(code)
            self._given[key] = code
        return self._given[key]


def _flag(value: bool | None) -> str:
    return "" if value is None else ("1" if value else "0")


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _flag(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


#: What each file of a de-identified export holds. Kept on purpose: codes, age bands, days since
#: the episode began, numeric scores and counts, yes/no flags and closed choices (enums). Left
#: out on purpose: every name, contact detail, date and free-text column (episode reason and
#: discharge note; goal wording, measure, target and reasons; strategy description,
#: responsibilities and barriers; every visit note, touch note, decision, setting, state,
#: rupture and repair note; amendments; answer texts; progress notes; chart annotations,
#: alerts, reflections and the audit trail as a whole), and the answers' language.
DEIDENTIFIED_COLUMNS: dict[str, tuple[str, ...]] = {
    "patients.csv": ("patient", "age_band_at_first_episode", "episodes", "visits"),
    "episodes.csv": (
        "episode",
        "patient",
        "age_band",
        "status",
        "ended_day",
        "visits",
        "goals",
    ),
    "goals.csv": (
        "goal",
        "episode",
        "proposed_by",
        "patient_agrees",
        "practitioner_agrees",
        "priority",
        "status",
        "target_day",
        "revisions",
    ),
    "visits.csv": (
        "visit",
        "episode",
        "patient",
        "day",
        "number_in_episode",
        "visit_type",
        "status",
        "duration_minutes",
        "pain_before",
        "pain_after",
        "approach_explained",
        "limits_set",
        "stop_signal_agreed",
        "chaperone",
        "interpreter",
        "consent_decision",
        "touch_comfort",
        "rupture_noticed",
        "repair_tried",
        "amendments",
    ),
    "goal_progress.csv": ("goal", "visit", "day", "rating"),
    "self_care.csv": (
        "strategy",
        "goal",
        "visit",
        "day",
        "setting",
        "owner",
        "patient_confidence",
        "adherence",
    ),
    "checkin_scores.csv": (
        "response",
        "patient",
        "episode",
        "visit",
        "day",
        "instrument_id",
        "instrument_version",
        "respondent",
        "mode",
        "item_id",
        "value",
    ),
}

README = """Alliance Desktop: de-identified research export

Only patients who consented to research use are included. There are no names, contact
details, dates or free-text notes. Every code (P-, E-, G-, S-, V-, R-) is random and new in
each export: codes cannot be matched across two exports or to the practice's records.
Ages are bands at the start of the episode; every time is a whole number of days since the
episode started (the "day" columns). Flags are 1 (yes), 0 (no) or empty (not recorded).
Rows are sorted by their random codes.

Files: patients.csv, episodes.csv, goals.csv, visits.csv, goal_progress.csv (0-10 ratings),
self_care.csv (adherence to agreed self-care), checkin_scores.csv (one row per answered
questionnaire item).
"""


def _csv_text(columns: Sequence[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(sorted(rows))  # the first column is the random code: order leaks nothing
    return buffer.getvalue()


# -------------------------------------------------------------------------- service
class ExchangeService:
    """Whole-practice export and import, and the de-identified research export."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --------------------------------------------------------------- export
    def export_practice(
        self,
        out: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportSummary:
        """Write the whole practice to ``out`` as versioned JSON (atomically).

        The file holds everything, private reflections included: it is for moving the practice
        and must be kept like a backup.

        Raises:
            OperationCancelled: ``cancelled()`` returned true; no file was written.
        """
        out = Path(out)
        tables = practice_tables()
        with self._store.read() as s:
            conn = s.connection()  # one read transaction: a consistent snapshot
            counts = {t.name: self._count(conn, t) for t in tables}
            total = sum(counts.values())
            header = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_revision": head_revision(),
                "exported_at": utcnow().isoformat(),
                "app_version": __version__,
            }

            def parts() -> Iterator[str]:
                done = 0
                head = json.dumps(header, ensure_ascii=False, indent=1)
                yield head[:-2] + ',\n "tables": {'  # the header, its closing brace left open
                for index, table in enumerate(tables):
                    yield ("," if index else "") + f"\n  {json.dumps(table.name)}: ["
                    first = True
                    for row in self._rows(conn, table):
                        yield ("," if not first else "") + "\n   " + row
                        first = False
                        done += 1
                        if done % BATCH == 0:
                            self._check(cancelled, "export")
                            if progress:
                                progress(done, total)
                    yield "\n  ]"
                self._check(cancelled, "export")
                yield "\n }\n}\n"
                if progress:
                    progress(done, total)

            write_atomically(out, parts())
        return ExportSummary(path=out, records=total, counts=counts)

    @staticmethod
    def _count(conn: Connection, table: Table) -> int:
        query = select(func.count()).select_from(table)
        if table.name == StoreMeta.__tablename__:
            query = query.where(table.c.key.not_in(SECRET_META_KEYS))
        return int(conn.execute(query).scalar_one())

    @staticmethod
    def _rows(conn: Connection, table: Table) -> Iterator[str]:
        query = select(table).order_by(*table.primary_key.columns)
        if table.name == StoreMeta.__tablename__:
            query = query.where(table.c.key.not_in(SECRET_META_KEYS))
        columns = list(table.columns)
        for row in conn.execute(query):
            values = {c.name: encode_value(c, v) for c, v in zip(columns, row, strict=True)}
            yield json.dumps(values, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def _check(cancelled: Cancelled | None, what: str) -> None:
        if cancelled is not None and cancelled():
            if what == "export":
                message = translate("Exchange", "The export was cancelled; no file was written.")
            else:
                message = translate("Exchange", "The import was cancelled; nothing was changed.")
            raise OperationCancelled(message)

    # --------------------------------------------------------------- import
    def import_practice(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportSummary:
        """Load a whole-practice export into this (empty) practice, keeping every record number.

        All of it lands in one transaction, or none of it. One audit entry records the import;
        the imported audit trail is kept as it was.

        Raises:
            ValidationError: the practice is not empty, or the file is not a readable export of
                a version this app can read (the message says which).
            OperationCancelled: ``cancelled()`` returned true; nothing was changed.
        """
        path = Path(path)
        document = _read_document(path)
        tables = practice_tables()
        decoded = _decode_tables(path.name, document, tables)
        total = sum(len(rows) for rows in decoded.values())
        with self._store.write() as s:
            conn = s.connection()
            self._require_empty(conn, tables)
            conn.execute(delete(StoreMeta))  # a new practice's settings are replaced
            done = 0
            for table in tables:
                rows = decoded[table.name]
                if table.name == Visit.__tablename__:
                    # The guards refuse records added to a signed visit: visits go in as drafts,
                    # their records follow, and the visits are signed again at the end.
                    rows = [{**r, "status": VisitStatus.DRAFT} for r in rows]
                for start in range(0, len(rows), BATCH):
                    self._check(cancelled, "import")
                    chunk = rows[start : start + BATCH]
                    conn.execute(insert(table), chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
            self._resign(conn, decoded[Visit.__tablename__])
            self._check(cancelled, "import")
            self._audit_import(conn, path, document, decoded, total)
            patients = len(decoded[Patient.__tablename__])
            visits = len(decoded[Visit.__tablename__])
        return ImportSummary(
            records=total,
            patients=patients,
            visits=visits,
            exported_at=str(document.get("exported_at", "")),
        )

    @staticmethod
    def _require_empty(conn: Connection, tables: list[Table]) -> None:
        held = {
            t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in tables
            if t.name != StoreMeta.__tablename__
        }
        if held.get(Patient.__tablename__) or held.get(Visit.__tablename__):
            raise ValidationError(
                translate(
                    "Exchange",
                    "This practice already holds patients; a practice file is imported only "
                    "into a new, empty practice. Nothing was imported.",
                )
            )
        busy = [
            translate("Exchange", "{count} {table}").format(
                count=number(n), table=_table_word(name)
            )
            for name, n in held.items()
            if n
        ]
        if busy:
            raise ValidationError(
                translate(
                    "Exchange",
                    "This practice is not empty (it holds {rows} rows); import into a new "
                    "practice folder. Nothing was imported.",
                ).format(rows=", ".join(busy))
            )

    @staticmethod
    def _resign(conn: Connection, visits: list[dict[str, Any]]) -> None:
        signed = [
            {"b_id": v["id"], "b_status": v["status"], "b_updated_at": v["updated_at"]}
            for v in visits
            if v["status"] is not VisitStatus.DRAFT
        ]
        if not signed:
            return
        conn.execute(
            update(Visit)
            .where(Visit.id == bindparam("b_id"))
            .values(status=bindparam("b_status"), updated_at=bindparam("b_updated_at")),
            signed,
        )

    def _audit_import(
        self,
        conn: Connection,
        path: Path,
        document: Mapping[str, Any],
        decoded: Mapping[str, list[dict[str, Any]]],
        total: int,
    ) -> None:
        actor = self._store.actor_id
        if actor is None:  # the command line has no actor: the imported practice's own one
            meta = {r["key"]: r["value"] for r in decoded[StoreMeta.__tablename__]}
            practitioners = {r["id"] for r in decoded["practitioner"]}
            current = meta.get(KEY_PRACTITIONER, "")
            actor = int(current) if current.isdigit() and int(current) in practitioners else None
        earlier = [r["at"] for r in decoded[AuditEntry.__tablename__]]
        at = max([utcnow(), *earlier])  # the trail stays in time order
        conn.execute(
            insert(AuditEntry),
            [
                {
                    "at": at,
                    "actor_id": actor,
                    "entity": "practice",
                    "entity_id": None,
                    "patient_id": None,
                    "action": "import",
                    "changes": {
                        "summary": f"practice imported from {path.name}, {total:,} records",
                        "file": path.name,
                        "records": total,
                        "exported_at": document.get("exported_at"),
                        "exported_by": document.get("app_version"),
                    },
                }
            ],
        )

    # ----------------------------------------------------- de-identified export
    def export_deidentified(
        self,
        out: Path,
        *,
        format: str = "csv",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> DeidentifiedSummary:
        """Write a de-identified research export: CSV files in a new folder ``out``, or in one
        zip file when ``out`` ends in ``.zip``.

        Only patients with research consent are included (``left_out_without_consent`` counts
        the others). See DEIDENTIFIED_COLUMNS for what is kept.

        Raises:
            ValidationError: an unknown format, or ``out`` is a folder that is not empty.
            OperationCancelled: ``cancelled()`` returned true; nothing was written.
        """
        if format != "csv":
            raise ValidationError(
                translate(
                    "Exchange",
                    "'{format}' is not a research export format (the one format is csv).",
                ).format(format=format)
            )
        out = Path(out)
        as_zip = out.suffix.lower() == ".zip"
        if not as_zip and out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise ValidationError(
                translate(
                    "Exchange", "{path} is not a new or empty folder; nothing was written."
                ).format(path=out)
            )
        if not out.parent.is_dir():
            raise ValidationError(_no_folder(out))
        files, included, left_out = self._deidentified_files(progress, cancelled)
        self._check(cancelled, "export")
        if as_zip:
            write_atomically(out, [_zip_bytes(files)])
        else:
            _write_folder(out, files)
        rows = {name: text.count("\n") - 1 for name, text in files.items() if name.endswith("csv")}
        return DeidentifiedSummary(
            path=out,
            patients=included,
            left_out_without_consent=left_out,
            files=tuple(files),
            rows=rows,
        )

    def _deidentified_files(
        self, progress: Progress | None, cancelled: Cancelled | None
    ) -> tuple[dict[str, str], int, int]:
        code = _Codes()
        out: dict[str, list[list[str]]] = {name: [] for name in DEIDENTIFIED_COLUMNS}
        with self._store.read() as s:
            consented = Patient.research_consent.is_(True)
            left_out = int(
                s.scalar(select(func.count(Patient.id)).where(Patient.research_consent.is_(False)))
                or 0
            )
            patients = dict(
                s.execute(select(Patient.id, Patient.date_of_birth).where(consented)).all()
            )
            episodes = {
                e.id: e
                for e in s.scalars(
                    select(Episode).join(Patient, Patient.id == Episode.patient_id).where(consented)
                )
            }
            self._check(cancelled, "export")
            goals = {
                g.id: g
                for g in s.scalars(
                    select(Goal)
                    .join(Episode, Episode.id == Goal.episode_id)
                    .join(Patient, Patient.id == Episode.patient_id)
                    .where(consented)
                )
            }
            revisions: dict[int, int] = {
                key: int(n)
                for key, n in s.execute(
                    select(GoalRevision.goal_id, func.count())
                    .join(Goal, Goal.id == GoalRevision.goal_id)
                    .join(Episode, Episode.id == Goal.episode_id)
                    .join(Patient, Patient.id == Episode.patient_id)
                    .where(consented)
                    .group_by(GoalRevision.goal_id)
                )
            }
            visits = {
                v.id: v
                for v in s.scalars(
                    select(Visit)
                    .join(Patient, Patient.id == Visit.patient_id)
                    .where(consented)
                    .order_by(Visit.starts_at, Visit.id)
                )
            }
            amendments: dict[int, int] = {
                key: int(n)
                for key, n in s.execute(
                    select(Amendment.visit_id, func.count())
                    .join(Visit, Visit.id == Amendment.visit_id)
                    .join(Patient, Patient.id == Visit.patient_id)
                    .where(consented)
                    .group_by(Amendment.visit_id)
                )
            }
            if progress:
                progress(1, 4)
            self._check(cancelled, "export")

            def start(episode_id: int) -> dt.date:
                return episodes[episode_id].started_on

            per_episode: dict[int, int] = {}
            for v in visits.values():
                per_episode[v.episode_id] = per_episode.get(v.episode_id, 0) + 1
                out["visits.csv"].append(
                    [
                        code("V", v.id),
                        code("E", v.episode_id),
                        code("P", v.patient_id),
                        str((v.starts_at.date() - start(v.episode_id)).days),
                        str(per_episode[v.episode_id]),
                        *(
                            _plain(getattr(v, name))
                            for name in DEIDENTIFIED_COLUMNS["visits.csv"][5:-1]
                        ),
                        str(amendments.get(v.id, 0)),
                    ]
                )
            goals_per_episode: dict[int, int] = {}
            for g in goals.values():
                goals_per_episode[g.episode_id] = goals_per_episode.get(g.episode_id, 0) + 1
                out["goals.csv"].append(
                    [
                        code("G", g.id),
                        code("E", g.episode_id),
                        _plain(g.proposed_by),
                        _flag(g.patient_agrees),
                        _flag(g.practitioner_agrees),
                        str(g.priority),
                        _plain(g.status),
                        ""
                        if g.target_date is None
                        else str((g.target_date - start(g.episode_id)).days),
                        str(revisions.get(g.id, 0)),
                    ]
                )
            first_episode: dict[int, dt.date] = {}
            episode_count: dict[int, int] = {}
            for e in episodes.values():
                dob = patients[e.patient_id]
                first_episode[e.patient_id] = min(
                    first_episode.get(e.patient_id, e.started_on), e.started_on
                )
                episode_count[e.patient_id] = episode_count.get(e.patient_id, 0) + 1
                out["episodes.csv"].append(
                    [
                        code("E", e.id),
                        code("P", e.patient_id),
                        age_band(dob, e.started_on),
                        _plain(e.status),
                        "" if e.ended_on is None else str((e.ended_on - e.started_on).days),
                        str(per_episode.get(e.id, 0)),
                        str(goals_per_episode.get(e.id, 0)),
                    ]
                )
            visit_count: dict[int, int] = {}
            for v in visits.values():
                visit_count[v.patient_id] = visit_count.get(v.patient_id, 0) + 1
            for patient_id, dob in patients.items():
                first = first_episode.get(patient_id)
                out["patients.csv"].append(
                    [
                        code("P", patient_id),
                        "" if first is None else age_band(dob, first),
                        str(episode_count.get(patient_id, 0)),
                        str(visit_count.get(patient_id, 0)),
                    ]
                )
            if progress:
                progress(2, 4)
            self._check(cancelled, "export")

            def visit_day(visit_id: int) -> str:
                v = visits[visit_id]
                return str((v.starts_at.date() - start(v.episode_id)).days)

            for gp in s.scalars(
                select(GoalProgress)
                .join(Visit, Visit.id == GoalProgress.visit_id)
                .join(Patient, Patient.id == Visit.patient_id)
                .where(consented)
            ):
                if gp.visit_id in visits and gp.goal_id in goals:
                    out["goal_progress.csv"].append(
                        [
                            code("G", gp.goal_id),
                            code("V", gp.visit_id),
                            visit_day(gp.visit_id),
                            str(gp.rating),
                        ]
                    )
            for review, strategy in s.execute(
                select(StrategyReview, Strategy)
                .join(Strategy, Strategy.id == StrategyReview.strategy_id)
                .join(Visit, Visit.id == StrategyReview.visit_id)
                .join(Patient, Patient.id == Visit.patient_id)
                .where(consented)
            ):
                if review.visit_id in visits and strategy.goal_id in goals:
                    out["self_care.csv"].append(
                        [
                            code("S", strategy.id),
                            code("G", strategy.goal_id),
                            code("V", review.visit_id),
                            visit_day(review.visit_id),
                            _plain(strategy.setting),
                            _plain(strategy.owner),
                            _plain(strategy.patient_confidence),
                            _plain(review.adherence),
                        ]
                    )
            if progress:
                progress(3, 4)
            self._check(cancelled, "export")
            by_patient: dict[int, list[Episode]] = {}
            for e in sorted(episodes.values(), key=lambda e: e.started_on):
                by_patient.setdefault(e.patient_id, []).append(e)
            for response, answer in s.execute(
                select(QuestionnaireResponse, QuestionnaireAnswer)
                .join(
                    QuestionnaireAnswer, QuestionnaireAnswer.response_id == QuestionnaireResponse.id
                )
                .join(Patient, Patient.id == QuestionnaireResponse.patient_id)
                .where(consented)
            ):
                if response.visit_id is not None and response.visit_id in visits:
                    episode_id: int | None = visits[response.visit_id].episode_id
                    visit_code = code("V", response.visit_id)
                else:  # a form without a visit: the episode it was answered in
                    day = response.answered_at.date()
                    started = [
                        e for e in by_patient.get(response.patient_id, []) if e.started_on <= day
                    ]
                    episode_id = started[-1].id if started else None
                    visit_code = ""
                if episode_id is None:
                    continue
                out["checkin_scores.csv"].append(
                    [
                        code("R", response.id),
                        code("P", response.patient_id),
                        code("E", episode_id),
                        visit_code,
                        str((response.answered_at.date() - start(episode_id)).days),
                        response.instrument_id,
                        str(response.instrument_version),
                        _plain(response.respondent),
                        _plain(response.mode),
                        answer.item_id,
                        _plain(answer.value),
                    ]
                )
            if progress:
                progress(4, 4)
        files = {"README.txt": README}
        for name, columns in DEIDENTIFIED_COLUMNS.items():
            files[name] = _csv_text(columns, out[name])
        return files, len(patients), left_out


def _zip_bytes(files: Mapping[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            # A fixed time stamp: the archive does not record when (or in what order) it was made.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()


def _write_folder(out: Path, files: Mapping[str, str]) -> None:
    """Fill a temporary sibling folder, sync it, then rename it to ``out``."""
    temp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial"))
    try:
        for name, text in files.items():
            write_atomically(temp / name, [text])
        if out.exists():
            out.rmdir()  # checked empty before
        temp.rename(out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _fsync_dir(out.parent)


# -------------------------------------------------------------------- reading
def _read_document(path: Path) -> dict[str, Any]:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate(
                "Exchange", "The file {path} cannot be read: {reason}. Nothing was imported."
            ).format(path=path, reason=exc.strerror)
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            translate(
                "Exchange",
                "{name} is not an Alliance Desktop practice export (it is not JSON text). "
                "Nothing was imported.",
            ).format(name=name)
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if not text.rstrip().endswith("}"):  # an export always ends with its last brace
            message = translate(
                "Exchange",
                "{name} is not a complete practice export (the file ends too early: it was cut "
                "short near character {position}). Nothing was imported.",
            )
        else:
            message = translate(
                "Exchange",
                "{name} is not a complete practice export (the file is damaged near character "
                "{position}). Nothing was imported.",
            )
        raise ValidationError(message.format(name=name, position=number(exc.pos))) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(
            translate(
                "Exchange",
                "{name} is not an Alliance Desktop practice export. Nothing was imported.",
            ).format(name=name)
        )
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(
            translate(
                "Exchange", "{name} has no readable format version; nothing was imported."
            ).format(name=name)
        )
    if version > FORMAT_VERSION:
        raise ValidationError(
            translate(
                "Exchange",
                "{name} was exported by a newer version of Alliance Desktop (file format "
                "{version}; this version reads format {supported}). Install the newer "
                "version to import it. Nothing was imported.",
            ).format(name=name, version=version, supported=FORMAT_VERSION)
        )
    revision = document.get("schema_revision")
    from alembic.script import ScriptDirectory  # only when importing a file

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise ValidationError(
            translate(
                "Exchange",
                "{name} was exported by a newer version of Alliance Desktop (database schema "
                "{revision}; this version knows up to {head}). Install the newer "
                "version to import it. Nothing was imported.",
            ).format(name=name, revision=revision, head=head_revision())
        )
    return document


def _decode_tables(
    name: str, document: Mapping[str, Any], tables: list[Table]
) -> dict[str, list[dict[str, Any]]]:
    """Every row of the file, checked and converted by its columns' types."""
    older = document.get("schema_revision") != head_revision()

    def damaged(problem: str) -> ValidationError:
        if older:
            message = translate(
                "Exchange",
                "{name} is damaged: {problem}. Nothing was imported. It was exported by an "
                "older version of Alliance Desktop; import it with that version, then open the "
                "practice with this one.",
            )
        else:
            message = translate("Exchange", "{name} is damaged: {problem}. Nothing was imported.")
        return ValidationError(message.format(name=name, problem=problem))

    raw_tables = document.get("tables")
    if not isinstance(raw_tables, dict):
        raise damaged(translate("Exchange", "it holds no tables"))
    expected = {t.name for t in tables}
    unknown = sorted(set(raw_tables) - expected)
    if unknown:
        raise ValidationError(
            translate(
                "Exchange",
                "{name} holds records this version does not know ({tables}); it was "
                "probably exported by a newer version. Nothing was imported.",
            ).format(name=name, tables=", ".join(unknown))
        )
    missing = sorted(expected - set(raw_tables))
    if missing:
        if len(missing) > 1:
            gone = translate("Exchange", "the tables {tables} are missing")
        else:
            gone = translate("Exchange", "the table {tables} is missing")
        raise damaged(gone.format(tables=", ".join(missing)))
    decoded: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        rows = raw_tables[table.name]
        if not isinstance(rows, list):
            raise damaged(
                translate("Exchange", "the table {table} is not a list of rows").format(
                    table=table.name
                )
            )
        columns = {c.name: c for c in table.columns}
        converted = []
        for index, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or set(row) != set(columns):
                raise damaged(
                    translate(
                        "Exchange", "row {row} of {table} does not have the expected columns"
                    ).format(row=index, table=table.name)
                )
            values = {}
            for column_name, column in columns.items():
                try:
                    values[column_name] = decode_value(column, row[column_name])
                except _Damaged as exc:
                    raise damaged(
                        translate("Exchange", "in row {row} of {table}, {column} {problem}").format(
                            row=index, table=table.name, column=column_name, problem=exc
                        )
                    ) from None
            converted.append(values)
        if table.name == StoreMeta.__tablename__:
            converted = [r for r in converted if r["key"] not in SECRET_META_KEYS]
        decoded[table.name] = converted
    return decoded
