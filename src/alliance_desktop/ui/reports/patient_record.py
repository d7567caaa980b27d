"""A patient's own record as a readable document (right of access).

Laid out from :meth:`PatientDataService.patient_record`, the very dict the JSON copy is written
from, so the PDF holds what the JSON holds and nothing more (the practitioner's private
reflection notes are never in it). Known sections get headings and tables; a key this module
does not know is still laid out, as "Label: value", so nothing in the record is left off the
page. Dates and times read as "9 Mar 1975" and "6 Nov 2026, 10:00" (local time); an empty value
reads as "—" in the patient's details and is left out elsewhere.

The record's keys stay English in the data (the JSON copy is a data format); on the page, the
keys this module knows are shown in the app's language (:func:`key_labels`), and so are its own
headings and sentences (``QCoreApplication.translate``, context "PatientRecord", safe in the
worker thread the PDF is written in). Values are the record's own: only the Yes/No/Not recorded
of known yes-or-no keys are translated, not the labels of statuses and kinds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from alliance_desktop import APP_NAME
from alliance_desktop.services.patient_data import VISIT_TEXTS
from alliance_desktop.ui import formats
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

# The English (source) title; the page shows its translation, ``record_title()``.
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
# Keys whose value is "Yes", "No" or "Not recorded" (translated on the page).
YES_NO_KEYS = frozenset(
    {
        "Active",
        "Patient agrees",
        "Practitioner agrees",
        "Approach explained",
        "Limits agreed",
        "Stop signal agreed",
        "Strain in the working relationship noticed",
        "Repair tried",
        "Consent to store data",
        "Consent to research use",
        "Archived",
    }
)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


# ============================================================================ labels


def key_labels() -> dict[str, str]:
    """The record's keys (as :meth:`PatientDataService.patient_record` writes them, in English)
    with the label a page shows for each, in the app's language. A key not here is shown as it
    is; read once per document, so the language is the one the app has when it is laid out."""
    return {
        "Number": QCoreApplication.translate("PatientRecord", "Number"),
        "Reason for care": QCoreApplication.translate("PatientRecord", "Reason for care"),
        "Started on": QCoreApplication.translate("PatientRecord", "Started on"),
        "Ended on": QCoreApplication.translate("PatientRecord", "Ended on"),
        "Status": QCoreApplication.translate("PatientRecord", "Status"),
        "Discharge note": QCoreApplication.translate("PatientRecord", "Discharge note"),
        "Goals": QCoreApplication.translate("PatientRecord", "Goals"),
        "Visits": QCoreApplication.translate("PatientRecord", "Visits"),
        "Format": QCoreApplication.translate("PatientRecord", "Format"),
        "Format version": QCoreApplication.translate("PatientRecord", "Format version"),
        "About this record": QCoreApplication.translate("PatientRecord", "About this record"),
        "Practice": QCoreApplication.translate("PatientRecord", "Practice"),
        "Produced at": QCoreApplication.translate("PatientRecord", "Produced at"),
        "Patient": QCoreApplication.translate("PatientRecord", "Patient"),
        "Record number": QCoreApplication.translate("PatientRecord", "Record number"),
        "Name": QCoreApplication.translate("PatientRecord", "Name"),
        "Family name": QCoreApplication.translate("PatientRecord", "Family name"),
        "Given names": QCoreApplication.translate("PatientRecord", "Given names"),
        "Preferred name": QCoreApplication.translate("PatientRecord", "Preferred name"),
        "Date of birth": QCoreApplication.translate("PatientRecord", "Date of birth"),
        "Email": QCoreApplication.translate("PatientRecord", "Email"),
        "Phone": QCoreApplication.translate("PatientRecord", "Phone"),
        "Address": QCoreApplication.translate("PatientRecord", "Address"),
        "Communication needs": QCoreApplication.translate("PatientRecord", "Communication needs"),
        "Consent to store data": QCoreApplication.translate(
            "PatientRecord", "Consent to store data"
        ),
        "Consent to store data recorded on": QCoreApplication.translate(
            "PatientRecord", "Consent to store data recorded on"
        ),
        "Consent to research use": QCoreApplication.translate(
            "PatientRecord", "Consent to research use"
        ),
        "Consent to research use recorded on": QCoreApplication.translate(
            "PatientRecord", "Consent to research use recorded on"
        ),
        "Archived": QCoreApplication.translate("PatientRecord", "Archived"),
        "Archived at": QCoreApplication.translate("PatientRecord", "Archived at"),
        "Record created at": QCoreApplication.translate("PatientRecord", "Record created at"),
        "Record updated at": QCoreApplication.translate("PatientRecord", "Record updated at"),
        "Courses of care": QCoreApplication.translate("PatientRecord", "Courses of care"),
        "Questionnaires without a visit": QCoreApplication.translate(
            "PatientRecord", "Questionnaires without a visit"
        ),
        "Chart notes": QCoreApplication.translate("PatientRecord", "Chart notes"),
        "Date": QCoreApplication.translate("PatientRecord", "Date"),
        "Kind": QCoreApplication.translate("PatientRecord", "Kind"),
        "Note": QCoreApplication.translate("PatientRecord", "Note"),
        "Course of care": QCoreApplication.translate("PatientRecord", "Course of care"),
        "Written at": QCoreApplication.translate("PatientRecord", "Written at"),
        "Alerts": QCoreApplication.translate("PatientRecord", "Alerts"),
        "Raised at": QCoreApplication.translate("PatientRecord", "Raised at"),
        "Visit": QCoreApplication.translate("PatientRecord", "Visit"),
        "Severity": QCoreApplication.translate("PatientRecord", "Severity"),
        "What": QCoreApplication.translate("PatientRecord", "What"),
        "Why it matters": QCoreApplication.translate("PatientRecord", "Why it matters"),
        "Suggestion": QCoreApplication.translate("PatientRecord", "Suggestion"),
        "Acknowledged at": QCoreApplication.translate("PatientRecord", "Acknowledged at"),
        "Practitioner's note": QCoreApplication.translate("PatientRecord", "Practitioner's note"),
        "Reflections about this patient's care": QCoreApplication.translate(
            "PatientRecord", "Reflections about this patient's care"
        ),
        "History of changes": QCoreApplication.translate("PatientRecord", "History of changes"),
        "When": QCoreApplication.translate("PatientRecord", "When"),
        "Who": QCoreApplication.translate("PatientRecord", "Who"),
        "Record": QCoreApplication.translate("PatientRecord", "Record"),
        "Change": QCoreApplication.translate("PatientRecord", "Change"),
        "Strategy": QCoreApplication.translate("PatientRecord", "Strategy"),
        "Where": QCoreApplication.translate("PatientRecord", "Where"),
        "Responsibilities": QCoreApplication.translate("PatientRecord", "Responsibilities"),
        "Patient's confidence (0-10)": QCoreApplication.translate(
            "PatientRecord", "Patient's confidence (0-10)"
        ),
        "Active": QCoreApplication.translate("PatientRecord", "Active"),
        "Reviews at visits": QCoreApplication.translate("PatientRecord", "Reviews at visits"),
        "Done": QCoreApplication.translate("PatientRecord", "Done"),
        "What got in the way": QCoreApplication.translate("PatientRecord", "What got in the way"),
        "Goal": QCoreApplication.translate("PatientRecord", "Goal"),
        "How success is measured": QCoreApplication.translate(
            "PatientRecord", "How success is measured"
        ),
        "Target": QCoreApplication.translate("PatientRecord", "Target"),
        "Proposed by": QCoreApplication.translate("PatientRecord", "Proposed by"),
        "Patient agrees": QCoreApplication.translate("PatientRecord", "Patient agrees"),
        "Practitioner agrees": QCoreApplication.translate("PatientRecord", "Practitioner agrees"),
        "Priority": QCoreApplication.translate("PatientRecord", "Priority"),
        "Target date": QCoreApplication.translate("PatientRecord", "Target date"),
        "Reason for the status": QCoreApplication.translate(
            "PatientRecord", "Reason for the status"
        ),
        "Earlier versions": QCoreApplication.translate("PatientRecord", "Earlier versions"),
        "Revised at": QCoreApplication.translate("PatientRecord", "Revised at"),
        "Reason": QCoreApplication.translate("PatientRecord", "Reason"),
        "Strategies": QCoreApplication.translate("PatientRecord", "Strategies"),
        "Progress at visits": QCoreApplication.translate("PatientRecord", "Progress at visits"),
        "Rating (0-10)": QCoreApplication.translate("PatientRecord", "Rating (0-10)"),
        "Date and time": QCoreApplication.translate("PatientRecord", "Date and time"),
        "Duration (minutes)": QCoreApplication.translate("PatientRecord", "Duration (minutes)"),
        "Type": QCoreApplication.translate("PatientRecord", "Type"),
        "Practitioner": QCoreApplication.translate("PatientRecord", "Practitioner"),
        "Signed at": QCoreApplication.translate("PatientRecord", "Signed at"),
        "Signed by": QCoreApplication.translate("PatientRecord", "Signed by"),
        "Pain before (0-10)": QCoreApplication.translate("PatientRecord", "Pain before (0-10)"),
        "Pain after (0-10)": QCoreApplication.translate("PatientRecord", "Pain after (0-10)"),
        "Approach explained": QCoreApplication.translate("PatientRecord", "Approach explained"),
        "Limits agreed": QCoreApplication.translate("PatientRecord", "Limits agreed"),
        "Stop signal agreed": QCoreApplication.translate("PatientRecord", "Stop signal agreed"),
        "Chaperone": QCoreApplication.translate("PatientRecord", "Chaperone"),
        "Interpreter": QCoreApplication.translate("PatientRecord", "Interpreter"),
        "Consent": QCoreApplication.translate("PatientRecord", "Consent"),
        "Comfort with touch (0-10)": QCoreApplication.translate(
            "PatientRecord", "Comfort with touch (0-10)"
        ),
        "Strain in the working relationship noticed": QCoreApplication.translate(
            "PatientRecord", "Strain in the working relationship noticed"
        ),
        "Repair tried": QCoreApplication.translate("PatientRecord", "Repair tried"),
        "By": QCoreApplication.translate("PatientRecord", "By"),
        "Correction": QCoreApplication.translate("PatientRecord", "Correction"),
        "Questionnaire": QCoreApplication.translate("PatientRecord", "Questionnaire"),
        "Questionnaire id": QCoreApplication.translate("PatientRecord", "Questionnaire id"),
        "Questionnaire version": QCoreApplication.translate(
            "PatientRecord", "Questionnaire version"
        ),
        "Answered by": QCoreApplication.translate("PatientRecord", "Answered by"),
        "How": QCoreApplication.translate("PatientRecord", "How"),
        "Answered at": QCoreApplication.translate("PatientRecord", "Answered at"),
        "Language": QCoreApplication.translate("PatientRecord", "Language"),
        "Answers": QCoreApplication.translate("PatientRecord", "Answers"),
        "Item": QCoreApplication.translate("PatientRecord", "Item"),
        "Question": QCoreApplication.translate("PatientRecord", "Question"),
        "Answer": QCoreApplication.translate("PatientRecord", "Answer"),
        "Text": QCoreApplication.translate("PatientRecord", "Text"),
        "Written on": QCoreApplication.translate("PatientRecord", "Written on"),
        "Title": QCoreApplication.translate("PatientRecord", "Title"),
        "Sections": QCoreApplication.translate("PatientRecord", "Sections"),
        "Section": QCoreApplication.translate("PatientRecord", "Section"),
        "Tags": QCoreApplication.translate("PatientRecord", "Tags"),
        "Amendments": QCoreApplication.translate("PatientRecord", "Amendments"),
        "Questionnaires": QCoreApplication.translate("PatientRecord", "Questionnaires"),
        "Beliefs and expectations": QCoreApplication.translate(
            "PatientRecord", "Beliefs and expectations"
        ),
        "What the patient reported": QCoreApplication.translate(
            "PatientRecord", "What the patient reported"
        ),
        "Examination findings": QCoreApplication.translate("PatientRecord", "Examination findings"),
        "Assessment": QCoreApplication.translate("PatientRecord", "Assessment"),
        "Plan": QCoreApplication.translate("PatientRecord", "Plan"),
        "Touch: notes": QCoreApplication.translate("PatientRecord", "Touch: notes"),
        "Options discussed": QCoreApplication.translate("PatientRecord", "Options discussed"),
        "Patient's preference": QCoreApplication.translate("PatientRecord", "Patient's preference"),
        "Decision": QCoreApplication.translate("PatientRecord", "Decision"),
        "Techniques": QCoreApplication.translate("PatientRecord", "Techniques"),
        "Self-care agreed": QCoreApplication.translate("PatientRecord", "Self-care agreed"),
        "Setting of care": QCoreApplication.translate("PatientRecord", "Setting of care"),
        "Disruptions": QCoreApplication.translate("PatientRecord", "Disruptions"),
        "Patient's state": QCoreApplication.translate("PatientRecord", "Patient's state"),
        "Practitioner's state": QCoreApplication.translate("PatientRecord", "Practitioner's state"),
        "Strain in the working relationship: notes": QCoreApplication.translate(
            "PatientRecord", "Strain in the working relationship: notes"
        ),
        "Repair: notes": QCoreApplication.translate("PatientRecord", "Repair: notes"),
        "Next steps": QCoreApplication.translate("PatientRecord", "Next steps"),
    }


def record_title() -> str:
    return QCoreApplication.translate("PatientRecord", "Copy of your record")


def _yes_no() -> dict[str, str]:
    """The values of yes-or-no keys, in the app's language."""
    return {
        "Yes": QCoreApplication.translate("PatientRecord", "Yes"),
        "No": QCoreApplication.translate("PatientRecord", "No"),
        "Not recorded": QCoreApplication.translate("PatientRecord", "Not recorded"),
    }


# ============================================================================ values


def readable_day(value: dt.date) -> str:
    """'9 Mar 1975' (no leading zero, on every platform)."""
    return formats.day(value, "d MMM yyyy")


def readable_moment(value: dt.datetime) -> str:
    """'6 Nov 2026, 10:00', in local time (stored times with a zone are UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{readable_day(value)}, {formats.clock(value)}"


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
        return _yes_no()["Yes" if value else "No"]
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
        self.labels = key_labels()
        self.yes_no = _yes_no()
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

    def label(self, key: str) -> str:
        """A key of the record as the page names it."""
        return self.labels.get(key, key)

    # ------------------------------------------------------------------ generic parts
    def cell(self, key: str, value: Any) -> str:
        """A value as text; a visit or course of care number says which one it is."""
        if isinstance(value, int) and not isinstance(value, bool):
            if key == "Visit" and self.visits.get(value):
                return QCoreApplication.translate(
                    "PatientRecord", "{when} (visit no. {number})"
                ).format(when=self.visits[value], number=value)
            if key == "Course of care" and self.courses.get(value):
                #: A course of care: its reason for care and its number
                return QCoreApplication.translate(
                    "PatientRecord", "{reason} (no. {number})"
                ).format(reason=self.courses[value], number=value)
        if key in YES_NO_KEYS and isinstance(value, str) and value.strip() in self.yes_no:
            return self.yes_no[value.strip()]
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
                    rows.append((self.label(key), EMPTY))
            elif key in as_text or _is_long(value):
                paragraphs.append((self.label(key), show(value)))
            else:
                rows.append((self.label(key), self.cell(key, value)))
        if rows:
            self.add(
                Table(("", ""), tuple(rows), widths=(0.32, 0.68), header=False, key_column=True)
            )
        for label, text in paragraphs:
            self.labelled(label, text)
        for key, value in nested:
            if _is_record(value):
                self.add(Paragraph(self.label(key), "bold"))
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
        names = tuple(self.label(c) for c in used)
        widths = tuple(
            float(min(50, max(5, len(c), *(len(row[i]) for row in rows))))
            for i, c in enumerate(names)
        )
        return Table(names, rows, widths=widths)

    def records(
        self,
        heading: str | None,
        items: Sequence[Mapping[str, Any]],
        *,
        title_key: str = "",
        titled: str = "{title}",
    ) -> None:
        """A list of records (under the key ``heading``): one table if they are short and flat,
        else one by one (titled by ``titled`` with their ``title_key`` value, or numbered)."""
        shown = self.label(heading) if heading is not None else None
        table = self.table(items)
        if table is not None:
            if shown is None:
                self.add(table)
            elif len(table.rows) <= 6:
                self.add(Keep((Paragraph(shown, "bold"), table)))
            else:
                self.add(Paragraph(shown, "bold"), table)
            return
        if shown is not None:
            self.add(Paragraph(shown, "bold"))
        for index, item in enumerate(items, start=1):
            named = _get(item, title_key) if title_key else ""
            if named:
                self.add(Paragraph(titled.format(title=named), "bold"))
                self.facts(item, skip=(title_key,))
            else:
                #: "Amendments 2 of 3": one of a list of records, numbered
                numbered = QCoreApplication.translate(
                    "PatientRecord", "{heading} {index} of {count}"
                )
                self.add(
                    Paragraph(
                        numbered.format(
                            heading=shown or QCoreApplication.translate("PatientRecord", "Entry"),
                            index=index,
                            count=len(items),
                        ),
                        "bold",
                    )
                )
                self.facts(item)

    def section(self, item: Any, *, keep_empty: bool = False) -> None:
        """Any value under a heading already placed: a record, a list of records, or text."""
        if _is_record(item):
            self.facts(item, keep_empty=keep_empty)
        elif _is_records(item):
            self.records(None, item)
        elif is_empty(item):
            self.add(
                Paragraph(QCoreApplication.translate("PatientRecord", "None recorded."), "muted")
            )
        else:
            self.add(Paragraph(show(item)))

    # ------------------------------------------------------------------ known sections
    def patient(self, patient: Mapping[str, Any]) -> None:
        consents = {k: v for k, v in patient.items() if "consent" in k.lower()}
        details = {k: v for k, v in patient.items() if k not in consents}
        self.add(Heading(QCoreApplication.translate("PatientRecord", "Your details")))
        self.facts(details, keep_empty=True)
        if consents:
            self.add(Heading(QCoreApplication.translate("PatientRecord", "Your consents")))
            self.facts(consents, keep_empty=True)

    def course(self, course: Mapping[str, Any], index: int, count: int) -> None:
        reason = _get(course, "Reason for care")
        heading = QCoreApplication.translate(
            "PatientRecord", "Course of care {index} of {count}"
        ).format(index=index, count=count)
        if reason:
            #: A course of care's heading and its reason for care
            heading = QCoreApplication.translate("PatientRecord", "{heading}: {reason}").format(
                heading=heading, reason=reason
            )
        self.add(PageBreak(), Heading(heading, 1))
        self.facts(course, skip=("Reason for care", "Goals", "Visits"))
        self.add(Heading(self.label("Goals")))
        goals = _list(course.get("Goals"))
        if not goals:
            self.add(
                Paragraph(
                    QCoreApplication.translate(
                        "PatientRecord", "No goals were recorded in this course of care."
                    ),
                    "muted",
                )
            )
        for goal in goals:
            wording = _get(goal, "Goal")
            self.add(
                Heading(
                    QCoreApplication.translate("PatientRecord", "Goal: {wording}").format(
                        wording=wording
                    )
                    if wording
                    else self.label("Goal"),
                    3,
                )
            )
            self.goal(goal)
        self.add(Heading(self.label("Visits")))
        visits = _list(course.get("Visits"))
        if not visits:
            self.add(
                Paragraph(
                    QCoreApplication.translate(
                        "PatientRecord", "No visits were recorded in this course of care."
                    ),
                    "muted",
                )
            )
        for visit in visits:
            self.visit(visit)
        self.leftover(course, ("Goals", "Visits"))

    def goal(self, goal: Mapping[str, Any]) -> None:
        lists = {
            "Earlier versions": (
                "Goal",
                #: An earlier wording of a goal
                QCoreApplication.translate("PatientRecord", "Earlier version: {title}"),
            ),
            "Strategies": (
                "Strategy",
                QCoreApplication.translate("PatientRecord", "Strategy: {title}"),
            ),
        }
        self.facts(goal, skip=("Goal", *lists))
        for key, (title_key, titled) in lists.items():
            items = _list(goal.get(key))
            if items:
                self.records(key, items, title_key=title_key, titled=titled)
        self.leftover(goal, lists)

    def visit(self, visit: Mapping[str, Any]) -> None:
        title = QCoreApplication.translate("PatientRecord", "Visit on {when}").format(
            when=_get(visit, "Date and time") or EMPTY
        )
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
        title = QCoreApplication.translate("PatientRecord", "Questionnaire: {title}").format(
            title=_get(response, "Questionnaire") or EMPTY
        )
        #: A label and its value, in a line of facts
        fact = QCoreApplication.translate("PatientRecord", "{label}: {value}")
        head: list[Heading | Paragraph] = [Heading(title, 3) if level else Paragraph(title, "bold")]
        parts: list[str] = []
        others: dict[str, Any] = {}
        for key, value in response.items():
            if key in ("Questionnaire", "Answers") or is_empty(value):
                continue
            if _is_record(value) or _is_records(value) or _is_long(value):
                others[key] = value
            else:
                parts.append(fact.format(label=self.label(key), value=self.cell(key, value)))
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
        self.add(
            Heading(
                _get(reflection, "Title")
                or QCoreApplication.translate("PatientRecord", "Reflection"),
                3,
            )
        )
        self.facts(reflection, skip=("Title", "Sections"))
        for part in _list(reflection.get("Sections")):
            label = _get(part, "Section") or self.label("Section")
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
    #: Stands for the patient's name when the record holds none, as in "Everything Alliance
    #: Desktop holds about you" and "Confidential: you"
    return (
        _get(patient, "Name")
        or family
        or given
        or QCoreApplication.translate("PatientRecord", "you")
    )


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
        Heading(
            QCoreApplication.translate(
                "PatientRecord", "Everything {app} holds about {name}"
            ).format(app=APP_NAME, name=name),
            1,
        ),
        Paragraph(
            QCoreApplication.translate(
                "PatientRecord",
                "This is a copy of your record as it is kept by {practice} in {app}, the "
                "practice's software; it was made on {made}. It holds the same information as "
                "the electronic (JSON) copy of your record, laid out to be read. Times are local "
                "times, and {empty} means nothing was recorded. Please ask if anything is "
                "unclear, or if anything in it is wrong.",
            ).format(
                practice=kept_by
                or QCoreApplication.translate("PatientRecord", "your practitioner"),
                app=APP_NAME,
                made=made,
                empty=EMPTY,
            )
        ),
    )
    about = record.get("About this record")
    if not is_empty(about):
        if isinstance(about, str):  # the record's English text, marked in services.patient_data
            about = QCoreApplication.translate("PatientRecord", about)
        w.add(Paragraph(show(about), "muted"))
    w.patient(patient)
    if "Patient" in record and not _is_record(record["Patient"]):
        w.section(record["Patient"])

    courses = _list(record.get("Courses of care"))
    if not courses:
        w.add(Heading(w.label("Courses of care")))
        w.section(record.get("Courses of care"))
    for index, course in enumerate(courses, start=1):
        w.course(course, index, len(courses))

    w.add(
        PageBreak(),
        Heading(QCoreApplication.translate("PatientRecord", "Other parts of your record"), 1),
    )
    w.add(
        Heading(
            QCoreApplication.translate("PatientRecord", "Questionnaires not answered at a visit")
        )
    )
    loose = record.get("Questionnaires without a visit")
    for response in _list(loose):
        w.questionnaire(response, level=3)
    if not _is_records(loose):
        w.section(loose)

    w.add(Heading(w.label("Chart notes")))
    w.add(
        Paragraph(
            QCoreApplication.translate(
                "PatientRecord", "Events your practitioner marked on the charts of your care."
            ),
            "muted",
        )
    )
    w.section(record.get("Chart notes"))

    w.add(Heading(w.label("Alerts")))
    w.add(
        Paragraph(
            QCoreApplication.translate(
                "PatientRecord",
                "Prompts the software showed your practitioner, for example when a check-in was "
                "missed or your ratings of our work together dropped.",
            ),
            "muted",
        )
    )
    alerts = record.get("Alerts")
    for alert in _list(alerts):
        kind = _get(alert, "Kind")
        w.add(
            Heading(
                QCoreApplication.translate("PatientRecord", "Alert: {kind}").format(kind=kind)
                if kind
                else QCoreApplication.translate("PatientRecord", "Alert"),
                3,
            )
        )
        w.facts(alert, skip=("Kind",))
    if not _is_records(alerts):
        w.section(alerts)

    w.add(Heading(QCoreApplication.translate("PatientRecord", "Reflections about your care")))
    w.add(
        Paragraph(
            QCoreApplication.translate(
                "PatientRecord",
                "What your practitioner wrote to reflect on their work with you, as the record "
                "holds it (without their private notes).",
            ),
            "muted",
        )
    )
    reflections = record.get("Reflections about this patient's care")
    for reflection in _list(reflections):
        w.reflection(reflection)
    if not _is_records(reflections):
        w.section(reflections)

    w.add(Heading(w.label("History of changes")))
    w.add(
        Paragraph(
            QCoreApplication.translate(
                "PatientRecord", "Each change made to your record: when, by whom and to what."
            ),
            "muted",
        )
    )
    w.section(record.get("History of changes"))

    others = {k: v for k, v in record.items() if k not in KNOWN_SECTIONS}
    plain = {k: v for k, v in others.items() if not (_is_record(v) or _is_records(v))}
    if plain:
        w.add(Heading(QCoreApplication.translate("PatientRecord", "Other information")))
        w.facts(plain, keep_empty=True)
    for key, value in others.items():
        if key not in plain:
            w.add(Heading(w.label(key)))
            w.section(value)

    form = _get(record, "Format")
    if _get(record, "Format version"):
        #: The name of the record's data format and its version number
        form = QCoreApplication.translate("PatientRecord", "{format}, version {version}").format(
            format=form, version=_get(record, "Format version")
        )
    if form:
        w.add(
            Paragraph(
                QCoreApplication.translate("PatientRecord", "Record format: {format}.").format(
                    format=form
                ),
                "muted",
            )
        )
    return Document(
        title=record_title(),
        practice_name=practice_name or kept_by,
        blocks=tuple(w.blocks),
        generated_on=made_on,
        #: The running footer of the patient's copy of their record
        footer_note=QCoreApplication.translate("PatientRecord", "Confidential: {name}").format(
            name=name
        ),
    )


def write_patient_record_pdf(
    record: Mapping[str, Any], path: Path, *, practice_name: str = ""
) -> Path:
    """Lay the record out and write it as a PDF at ``path`` (complete or not at all)."""
    document = build_patient_record_document(record, practice_name=practice_name)
    return write_pdf(layout(document), Path(path))
