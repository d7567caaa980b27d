"""A patient's own record as a readable document (right of access).

Laid out from :meth:`PatientDataService.patient_record`, the very dict the JSON copy is written
from, so the PDF holds what the JSON holds and nothing more (the practitioner's private
reflection notes are never in it). Known sections get headings and tables; a key this module
does not know is still laid out, as "Label: value", so nothing in the record is left off the
page. Dates and times read as "9 Mar 1975" and "6 Nov 2026, 10:00" (local time); an empty value
reads as "—" in the patient's details and is left out elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from alliance_desktop import APP_NAME
from alliance_desktop.services.patient_data import VISIT_TEXTS
from alliance_desktop.ui.reports.document import (
    Block,
    Document,
    Heading,
    Keep,
    PageBreak,
    Paragraph,
    Table,
    layout,
    write_pdf,
)

RECORD_TITLE = "Copy of your record"
EMPTY = "—"
#: Text longer than this leaves a key-value table for a labelled paragraph (a table row never
#: splits across pages, so a long note must not be a cell).
LONG_TEXT = 300
#: A list of records with at most this many columns is one table; wider ones go one by one.
TABLE_COLUMNS = 5
#: Top-level keys laid out by hand; any other top-level key is laid out generically.
KNOWN_SECTIONS = frozenset(
    {
        "Format",
        "Format version",
        "About this record",
        "Practice",
        "Produced at",
        "Patient",
        "Courses of care",
        "Questionnaires without a visit",
        "Chart notes",
        "Alerts",
        "Reflections about this patient's care",
        "History of changes",
    }
)
VISIT_TEXT_LABELS = frozenset(label for _, label in VISIT_TEXTS)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


# ============================================================================ values


def readable_day(value: dt.date) -> str:
    """'9 Mar 1975' (no leading zero, on every platform)."""
    return f"{value.day} {value:%b %Y}"


def readable_moment(value: dt.datetime) -> str:
    """'6 Nov 2026, 10:00', in local time (stored times with a zone are UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{readable_day(value)}, {value:%H:%M}"


def _when(text: str) -> str | None:
    """An ISO date or date-time made readable; None if the text is neither."""
    try:
        if _DAY.fullmatch(text):
            return readable_day(dt.date.fromisoformat(text))
        if _MOMENT.fullmatch(text):
            return readable_moment(dt.datetime.fromisoformat(text))
    except ValueError:
        return None
    return None


def is_empty(value: Any) -> bool:
    """Nothing recorded: None, blank text, an empty list or mapping."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping | list | tuple):
        return len(value) == 0
    return False


def show(value: Any) -> str:
    """One value as text: dates readable, whole numbers without '.0', empty as '—'."""
    if is_empty(value):
        return EMPTY
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, str):
        return _when(value.strip()) or value.strip()
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {show(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(show(v) for v in value)
    return str(value)


def _is_record(value: Any) -> bool:
    return isinstance(value, Mapping)


def _is_records(value: Any) -> bool:
    """A non-empty list of mappings (a list of records, laid out as rows or one by one)."""
    return isinstance(value, list | tuple) and bool(value) and all(map(_is_record, value))


def _is_long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > LONG_TEXT or "\n" in value.strip())


def _get(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return "" if is_empty(value) else show(value)


# ============================================================================ the writer


class _Writer:
    """Turns the record, section by section, into blocks."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.blocks: list[Block] = []
        # Records refer to visits and courses of care by number: say which one, in words.
        self.visits: dict[int, str] = {}
        self.courses: dict[int, str] = {}
        for course in _list(record.get("Courses of care")):
            if isinstance(course.get("Number"), int):
                self.courses[course["Number"]] = _get(course, "Reason for care")
            for visit in _list(course.get("Visits")):
                if isinstance(visit.get("Number"), int):
                    self.visits[visit["Number"]] = _get(visit, "Date and time")

    def add(self, *blocks: Block) -> None:
        self.blocks += blocks

    # ------------------------------------------------------------------ generic parts
    def cell(self, key: str, value: Any) -> str:
        """A value as text; a visit or course of care number says which one it is."""
        if isinstance(value, int) and not isinstance(value, bool):
            if key == "Visit" and self.visits.get(value):
                return f"{self.visits[value]} (visit no. {value})"
            if key == "Course of care" and self.courses.get(value):
                return f"{self.courses[value]} (no. {value})"
        return show(value)

    def labelled(self, label: str, text: str) -> None:
        """A label in bold above its text, kept together when the text is short."""
        pair = (Paragraph(label, "bold"), Paragraph(text))
        if len(text) <= 1200:
            self.add(Keep(pair))
        else:
            self.add(*pair)

    def facts(
        self,
        item: Mapping[str, Any],
        *,
        skip: Iterable[str] = (),
        texts: Iterable[str] = (),
        keep_empty: bool = False,
    ) -> None:
        """A record's values: short ones as a key-value table, free text (``texts`` and long
        values) as labelled paragraphs, nested records below, each under its key."""
        left_out = set(skip)
        as_text = set(texts)
        rows: list[tuple[str, str]] = []
        paragraphs: list[tuple[str, str]] = []
        nested: list[tuple[str, Any]] = []
        for key, value in item.items():
            if key in left_out:
                continue
            if _is_record(value) or _is_records(value):
                nested.append((key, value))
            elif is_empty(value):
                if keep_empty:
                    rows.append((key, EMPTY))
            elif key in as_text or _is_long(value):
                paragraphs.append((key, show(value)))
            else:
                rows.append((key, self.cell(key, value)))
        if rows:
            self.add(
                Table(("", ""), tuple(rows), widths=(0.32, 0.68), header=False, key_column=True)
            )
        for label, text in paragraphs:
            self.labelled(label, text)
        for key, value in nested:
            if _is_record(value):
                self.add(Paragraph(key, "bold"))
                self.facts(value)
            else:
                self.records(key, value)

    def table(self, items: Sequence[Mapping[str, Any]]) -> Table | None:
        """Records as one table, if they are flat and have few columns with anything in them."""
        columns: list[str] = []
        for item in items:
            columns += [key for key in item if key not in columns]
        used = [c for c in columns if any(not is_empty(item.get(c)) for item in items)]
        flat = all(
            not (_is_record(v) or _is_records(v) or _is_long(v))
            for item in items
            for v in item.values()
        )
        if not (flat and used and len(used) <= TABLE_COLUMNS):
            return None
        rows = tuple(tuple(self.cell(c, item.get(c)) for c in used) for item in items)
        widths = tuple(
            float(min(50, max(5, len(c), *(len(row[i]) for row in rows))))
            for i, c in enumerate(used)
        )
        return Table(tuple(used), rows, widths=widths)

    def records(
        self,
        heading: str | None,
        items: Sequence[Mapping[str, Any]],
        *,
        title_key: str = "",
        prefix: str = "",
    ) -> None:
        """A list of records: one table if they are short and flat, else one by one (titled by
        ``prefix`` and their ``title_key`` value, or numbered)."""
        table = self.table(items)
        if table is not None:
            if heading is None:
                self.add(table)
            elif len(table.rows) <= 6:
                self.add(Keep((Paragraph(heading, "bold"), table)))
            else:
                self.add(Paragraph(heading, "bold"), table)
            return
        if heading is not None:
            self.add(Paragraph(heading, "bold"))
        for index, item in enumerate(items, start=1):
            named = _get(item, title_key) if title_key else ""
            if named:
                self.add(Paragraph(prefix + named, "bold"))
                self.facts(item, skip=(title_key,))
            else:
                self.add(Paragraph(f"{heading or 'Entry'} {index} of {len(items)}", "bold"))
                self.facts(item)

    def section(self, item: Any, *, keep_empty: bool = False) -> None:
        """Any value under a heading already placed: a record, a list of records, or text."""
        if _is_record(item):
            self.facts(item, keep_empty=keep_empty)
        elif _is_records(item):
            self.records(None, item)
        elif is_empty(item):
            self.add(Paragraph("None recorded.", "muted"))
        else:
            self.add(Paragraph(show(item)))

    # ------------------------------------------------------------------ known sections
    def patient(self, patient: Mapping[str, Any]) -> None:
        consents = {k: v for k, v in patient.items() if "consent" in k.lower()}
        details = {k: v for k, v in patient.items() if k not in consents}
        self.add(Heading("Your details"))
        self.facts(details, keep_empty=True)
        if consents:
            self.add(Heading("Your consents"))
            self.facts(consents, keep_empty=True)

    def course(self, course: Mapping[str, Any], index: int, count: int) -> None:
        reason = _get(course, "Reason for care")
        heading = f"Course of care {index} of {count}"
        self.add(PageBreak(), Heading(f"{heading}: {reason}" if reason else heading, 1))
        self.facts(course, skip=("Reason for care", "Goals", "Visits"))
        self.add(Heading("Goals"))
        goals = _list(course.get("Goals"))
        if not goals:
            self.add(Paragraph("No goals were recorded in this course of care.", "muted"))
        for goal in goals:
            wording = _get(goal, "Goal")
            self.add(Heading(f"Goal: {wording}" if wording else "Goal", 3))
            self.goal(goal)
        self.add(Heading("Visits"))
        visits = _list(course.get("Visits"))
        if not visits:
            self.add(Paragraph("No visits were recorded in this course of care.", "muted"))
        for visit in visits:
            self.visit(visit)
        self.leftover(course, ("Goals", "Visits"))

    def goal(self, goal: Mapping[str, Any]) -> None:
        lists = {
            "Earlier versions": ("Goal", "Earlier version: "),
            "Strategies": ("Strategy", "Strategy: "),
        }
        self.facts(goal, skip=("Goal", *lists))
        for key, (title_key, prefix) in lists.items():
            items = _list(goal.get(key))
            if items:
                self.records(key, items, title_key=title_key, prefix=prefix)
        self.leftover(goal, lists)

    def visit(self, visit: Mapping[str, Any]) -> None:
        title = "Visit on " + (_get(visit, "Date and time") or EMPTY)
        title += "".join(f" · {_get(visit, k)}" for k in ("Type", "Status") if _get(visit, k))
        self.add(Heading(title, 3))
        self.facts(
            visit,
            skip=("Date and time", "Type", "Status", "Questionnaires"),
            texts=VISIT_TEXT_LABELS,
        )
        for response in _list(visit.get("Questionnaires")):
            self.questionnaire(response)
        self.leftover(visit, ("Questionnaires",))

    def questionnaire(self, response: Mapping[str, Any], *, level: int = 0) -> None:
        """One set of answers: its title, one line of facts, then the answers as a table (kept
        on one page when short)."""
        title = "Questionnaire: " + (_get(response, "Questionnaire") or EMPTY)
        head: list[Heading | Paragraph] = [Heading(title, 3) if level else Paragraph(title, "bold")]
        parts: list[str] = []
        others: dict[str, Any] = {}
        for key, value in response.items():
            if key in ("Questionnaire", "Answers") or is_empty(value):
                continue
            if _is_record(value) or _is_records(value) or _is_long(value):
                others[key] = value
            else:
                parts.append(f"{key}: {self.cell(key, value)}")
        if parts:
            head.append(Paragraph(" · ".join(parts), "muted"))
        raw = response.get("Answers")
        answers = _list(raw) if _is_records(raw) else []
        table = self.table(answers) if answers else None
        if table is not None and len(table.rows) <= 12:
            self.add(Keep((*head, table)))
        else:
            self.add(*head)
            if answers:
                self.records(None, answers)
        if not answers and not is_empty(raw):
            others["Answers"] = raw
        if others:
            self.facts(others)

    def reflection(self, reflection: Mapping[str, Any]) -> None:
        self.add(Heading(_get(reflection, "Title") or "Reflection", 3))
        self.facts(reflection, skip=("Title", "Sections"))
        for part in _list(reflection.get("Sections")):
            label = _get(part, "Section") or "Section"
            text = _get(part, "Text")
            if text:
                self.labelled(label, text)
            rest = {k: v for k, v in part.items() if k not in ("Section", "Text")}
            if rest:
                self.facts(rest)
        self.leftover(reflection, ("Sections",))

    def leftover(self, item: Mapping[str, Any], handled: Iterable[str]) -> None:
        """Values under keys a known section handles by hand but that are not of the shape it
        expects (a list of text, say): laid out as they are rather than lost."""
        keys = set(handled)
        odd = {
            k: v for k, v in item.items() if k in keys and not is_empty(v) and not _is_records(v)
        }
        if odd:
            self.facts(odd)


def _list(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if _is_record(v)] if isinstance(value, list | tuple) else []


def _patient_name(patient: Mapping[str, Any]) -> str:
    """'Zebulon Quargleby': given names first, as one would write to them."""
    given, family = _get(patient, "Given names"), _get(patient, "Family name")
    if given and family:
        return f"{given} {family}"
    return _get(patient, "Name") or family or given or "you"


def _made_on(record: Mapping[str, Any]) -> dt.date:
    produced = record.get("Produced at")
    if isinstance(produced, str):
        try:
            moment = dt.datetime.fromisoformat(produced)
        except ValueError:
            pass
        else:
            return (moment.astimezone() if moment.tzinfo else moment).date()
    return dt.date.today()


# ============================================================================ the document


def build_patient_record_document(
    record: Mapping[str, Any], *, practice_name: str = ""
) -> Document:
    """The whole record, as the patient reads it: their details and consents, each course of
    care with its goals and visits, then questionnaires, chart notes, alerts, reflections and
    the history of changes; any other key of the record is laid out too."""
    w = _Writer(record)
    found = record.get("Patient")
    patient: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    name = _patient_name(patient)
    kept_by = _get(record, "Practice") or practice_name
    made_on = _made_on(record)
    made = _get(record, "Produced at") or readable_day(made_on)
    w.add(
        Heading(f"Everything {APP_NAME} holds about {name}", 1),
        Paragraph(
            f"This is a copy of your record as it is kept by {kept_by or 'your practitioner'} "
            f"in {APP_NAME}, the practice's software; it was made on {made}. It holds the same "
            "information as the electronic (JSON) copy of your record, laid out to be read. "
            f"Times are local times, and {EMPTY} means nothing was recorded. Please ask if "
            "anything is unclear, or if anything in it is wrong."
        ),
    )
    about = record.get("About this record")
    if not is_empty(about):
        w.add(Paragraph(show(about), "muted"))
    w.patient(patient)
    if "Patient" in record and not _is_record(record["Patient"]):
        w.section(record["Patient"])

    courses = _list(record.get("Courses of care"))
    if not courses:
        w.add(Heading("Courses of care"))
        w.section(record.get("Courses of care"))
    for index, course in enumerate(courses, start=1):
        w.course(course, index, len(courses))

    w.add(PageBreak(), Heading("Other parts of your record", 1))
    w.add(Heading("Questionnaires not answered at a visit"))
    loose = record.get("Questionnaires without a visit")
    for response in _list(loose):
        w.questionnaire(response, level=3)
    if not _is_records(loose):
        w.section(loose)

    w.add(Heading("Chart notes"))
    w.add(Paragraph("Events your practitioner marked on the charts of your care.", "muted"))
    w.section(record.get("Chart notes"))

    w.add(Heading("Alerts"))
    w.add(
        Paragraph(
            "Prompts the software showed your practitioner, for example when a check-in was "
            "missed or your ratings of our work together dropped.",
            "muted",
        )
    )
    alerts = record.get("Alerts")
    for alert in _list(alerts):
        kind = _get(alert, "Kind")
        w.add(Heading(f"Alert: {kind}" if kind else "Alert", 3))
        w.facts(alert, skip=("Kind",))
    if not _is_records(alerts):
        w.section(alerts)

    w.add(Heading("Reflections about your care"))
    w.add(
        Paragraph(
            "What your practitioner wrote to reflect on their work with you, as the record holds "
            "it (without their private notes).",
            "muted",
        )
    )
    reflections = record.get("Reflections about this patient's care")
    for reflection in _list(reflections):
        w.reflection(reflection)
    if not _is_records(reflections):
        w.section(reflections)

    w.add(Heading("History of changes"))
    w.add(Paragraph("Each change made to your record: when, by whom and to what.", "muted"))
    w.section(record.get("History of changes"))

    others = {k: v for k, v in record.items() if k not in KNOWN_SECTIONS}
    plain = {k: v for k, v in others.items() if not (_is_record(v) or _is_records(v))}
    if plain:
        w.add(Heading("Other information"))
        w.facts(plain, keep_empty=True)
    for key, value in others.items():
        if key not in plain:
            w.add(Heading(key))
            w.section(value)

    form = _get(record, "Format")
    if _get(record, "Format version"):
        form += f", version {_get(record, 'Format version')}"
    if form:
        w.add(Paragraph(f"Record format: {form}.", "muted"))
    return Document(
        title=RECORD_TITLE,
        practice_name=practice_name or kept_by,
        blocks=tuple(w.blocks),
        generated_on=made_on,
        footer_note=f"Confidential: {name}",
    )


def write_patient_record_pdf(
    record: Mapping[str, Any], path: Path, *, practice_name: str = ""
) -> Path:
    """Lay the record out and write it as a PDF at ``path`` (complete or not at all)."""
    document = build_patient_record_document(record, practice_name=practice_name)
    return write_pdf(layout(document), Path(path))
