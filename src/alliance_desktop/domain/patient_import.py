"""Reading a patient list exported from a spreadsheet or other practice software (CSV, TSV).

Pure: takes the file's bytes and what is known of the practice's patients, returns an
``ImportPreview`` saying what would be imported, what cannot be and why (with line numbers), and
what looks like a duplicate. Nothing is guessed that could put a wrong date in a record: when the
dates of a file could be day/month or month/day, the preview asks for the order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import display_name, fold
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate

#: A patient list of 100,000 people with notes is a few megabytes; this only stops wrong files.
MAX_FILE_BYTES = 32 * 1024 * 1024
#: Records read to decide the delimiter.
SNIFF_RECORDS = 50
SNIFF_CHARS = 256 * 1024

#: The delimiters a patient list may use, by the name the command line and the UI give them.
DELIMITERS: Mapping[str, str] = MappingProxyType({"comma": ",", "semicolon": ";", "tab": "\t"})
_DELIMITER_NAMES = {char: name for name, char in DELIMITERS.items()}

# Bounds of the patient record's columns (store/models.py Patient; services/patients.py _clean).
MAX_NAME_CHARS = 200
MAX_EMAIL_CHARS = 254
MAX_PHONE_CHARS = 64
MAX_ADDRESS_CHARS = 2000
EARLIEST_BIRTH_YEAR = 1900
MAX_AGE_YEARS = 125


class ImportField(StrEnum):
    """A patient detail a column of the file can fill."""

    FAMILY_NAME = "family_name"
    GIVEN_NAMES = "given_names"
    FULL_NAME = "full_name"
    PREFERRED_NAME = "preferred_name"
    DATE_OF_BIRTH = "date_of_birth"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """The detail's name in the language in use."""
        return translate("PatientImport", _FIELD_LABELS[self])


_FIELD_LABELS = {
    ImportField.FAMILY_NAME: QT_TRANSLATE_NOOP("PatientImport", "Family name"),
    ImportField.GIVEN_NAMES: QT_TRANSLATE_NOOP("PatientImport", "Given names"),
    ImportField.FULL_NAME: QT_TRANSLATE_NOOP("PatientImport", "Full name (one column)"),
    ImportField.PREFERRED_NAME: QT_TRANSLATE_NOOP("PatientImport", "Preferred name"),
    ImportField.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("PatientImport", "Date of birth"),
    ImportField.EMAIL: QT_TRANSLATE_NOOP("PatientImport", "E-mail"),
    ImportField.PHONE: QT_TRANSLATE_NOOP("PatientImport", "Phone"),
    ImportField.ADDRESS: QT_TRANSLATE_NOOP("PatientImport", "Address"),
    ImportField.NOTES: QT_TRANSLATE_NOOP("PatientImport", "Notes (communication notes)"),
}


class DateOrder(StrEnum):
    """How the file writes its dates of birth.

    ``ISO`` also stands for "nothing to choose": every date is year first, no date could be read
    two ways, or the file has no dates. ``UNKNOWN`` means the person must choose DMY or MDY.
    """

    DMY = "dmy"
    MDY = "mdy"
    ISO = "iso"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The order in words, in the language in use."""
        return translate("PatientImport", _ORDER_LABELS[self])


_ORDER_LABELS = {
    DateOrder.DMY: QT_TRANSLATE_NOOP("PatientImport", "day/month/year (31/12/1980)"),
    DateOrder.MDY: QT_TRANSLATE_NOOP("PatientImport", "month/day/year (12/31/1980)"),
    DateOrder.ISO: QT_TRANSLATE_NOOP("PatientImport", "year-month-day, or nothing to choose"),
    DateOrder.UNKNOWN: QT_TRANSLATE_NOOP(
        "PatientImport", "not known: day/month or month/day must be chosen"
    ),
}


class DuplicateKind(StrEnum):
    """Why a row is flagged as a duplicate."""

    COPY = "copy"  # the same line twice in the file
    SAME_PERSON = "same_person"  # same name and date of birth as another line of the file
    EXISTING = "existing"  # likely a patient already in the practice


@dataclass(frozen=True, slots=True)
class ExistingPatient:
    """What the import needs to know of a patient already in the practice."""

    id: int
    family_name: str
    given_names: str
    date_of_birth: dt.date | None
    archived: bool = False

    @property
    def label(self) -> str:
        """'Dupont, Hélène, born 1980-05-17 (archived)', in the language in use."""
        text = display_name(self.family_name, self.given_names)
        if self.date_of_birth:
            text = translate("PatientImport", "{name}, born {date}").format(
                name=text, date=self.date_of_birth.isoformat()
            )
        if self.archived:
            text = translate("PatientImport", "{name} (archived)").format(name=text)
        return text


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A patient as they will be imported, with the line of the file where their record starts.

    Attributes:
        date_text: the date of birth as written in the file.
        date_pending: the date could be day/month or month/day and no order is chosen yet
            (``date_of_birth`` is None until it is).
    """

    line: int
    family_name: str
    given_names: str
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    date_text: str = ""
    date_pending: bool = False

    @property
    def display_name(self) -> str:
        return display_name(self.family_name, self.given_names, self.preferred_name)


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A line that cannot be imported, and why, in plain words."""

    line: int
    reason: str

    def __str__(self) -> str:
        return translate("PatientImport", "line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


@dataclass(frozen=True, slots=True)
class ImportDuplicate:
    """A line that repeats another line or a patient already in the practice.

    Attributes:
        matches: what it repeats ("line 4", or "Dupont, Hélène, born 1980-05-17").
        description: the whole finding in words ("same name and date of birth as line 4").
        imported: True when it will be imported anyway (``include_duplicates``).
        other_line: the line of the file it repeats (COPY, SAME_PERSON).
        existing_id: the patient it likely is (EXISTING).
    """

    line: int
    kind: DuplicateKind
    matches: str
    description: str
    imported: bool = False
    other_line: int | None = None
    existing_id: int | None = None

    def __str__(self) -> str:
        text = (
            translate("PatientImport", "line {line}: {description} (imported anyway)")
            if self.imported
            else translate("PatientImport", "line {line}: {description} (not imported)")
        )
        return text.format(line=self.line, description=self.description)


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do; nothing is stored until the service imports ``rows``.

    Attributes:
        encoding: the codec the text was read with (``utf-8``, ``utf-8-sig``, ``cp1252``,
            ``latin-1``, ``utf-16``).
        delimiter: the character between cells.
        headers: the first line's cells (the column headings).
        mapping: field name -> column index (0-based) of what is imported.
        date_order: how the dates were read (UNKNOWN until a person chooses, when needed).
        rows: the patients that will be imported, in file order.
        problems: lines that will not be imported and why.
        duplicates: lines flagged as duplicates (not imported unless ``include_duplicates``).
        blocking_reason: why nothing can be imported yet ('' when ``ready``).
        date_order_needed: the file alone cannot tell day/month from month/day.
        date_order_chosen: the order came from the person, not from the file.
        delimiter_detected: the delimiter was found in the file, not given.
        records: data lines read (blank lines and the heading line not counted).
    """

    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: Mapping[str, int]
    date_order: DateOrder
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]
    duplicates: tuple[ImportDuplicate, ...]
    blocking_reason: str = ""
    date_order_needed: bool = False
    date_order_chosen: bool = False
    delimiter_detected: bool = True
    include_duplicates: bool = False
    records: int = 0

    @property
    def ready(self) -> bool:
        """True when ``rows`` can be imported."""
        return not self.blocking_reason

    @property
    def encoding_label(self) -> str:
        label = _ENCODING_LABELS.get(self.encoding)
        return self.encoding if label is None else translate("PatientImport", label)

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    def column_of(self, field: str) -> int | None:
        return self.mapping.get(field)

    def column_label(self, index: int) -> str:
        """'column 3 "Date de naissance"', how a report names a column."""
        heading = self.headers[index] if 0 <= index < len(self.headers) else ""
        if heading:
            return translate("PatientImport", 'column {number} "{heading}"').format(
                number=index + 1, heading=heading
            )
        return translate("PatientImport", "column {number}").format(number=index + 1)

    @property
    def ignored_columns(self) -> tuple[int, ...]:
        used = set(self.mapping.values())
        return tuple(i for i in range(len(self.headers)) if i not in used)


_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("PatientImport", "UTF-8 (with BOM)"),
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252 (Excel)",
    "latin-1": "Latin-1 (ISO-8859-1)",
}


# ================================================================ reading the text
def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the codec that read it.

    UTF-8 (with or without BOM) first, then Windows-1252 (what Excel writes on Windows), then
    Latin-1, which reads any bytes. A UTF-16 file (Excel's "Unicode text") is read when it
    starts with its byte-order mark.

    Raises:
        ValidationError: the file is empty, too large, or not text (a workbook, binary data).
    """
    if not data.strip():
        raise ValidationError(translate("PatientImport", "The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            translate(
                "PatientImport",
                "The file is too large for a patient list ({size} bytes; at most {maximum}).",
            ).format(size=number(len(data)), maximum=number(MAX_FILE_BYTES))
        )
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            translate(
                "PatientImport",
                "This is a spreadsheet workbook, not a text file. In the spreadsheet, choose "
                "File > Save As and the CSV format, then import the CSV file.",
            )
        )
    text: str | None = None
    encoding = ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            text = None
    if text is None:
        for codec in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            encoding = codec
            if codec == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
                encoding = "utf-8"
            break
    assert text is not None  # latin-1 reads any bytes
    if "\x00" in text:
        raise ValidationError(
            translate(
                "PatientImport",
                "This file holds binary data, not text. Export the patient list as CSV "
                "(comma- or semicolon-separated) or tab-separated text, then import that file.",
            )
        )
    return text, encoding


def delimiter_char(value: str) -> str:
    """The character for 'comma', 'semicolon' or 'tab' (or the character itself).

    Raises:
        ValidationError: any other value.
    """
    if value in DELIMITERS:
        return DELIMITERS[value]
    if value in _DELIMITER_NAMES:
        return value
    raise ValidationError(
        translate(
            "PatientImport",
            "'{value}' is not a delimiter this import reads (choose comma, semicolon or tab).",
        ).format(value=value),
        field="delimiter",
    )


def date_order_of(value: str | DateOrder) -> DateOrder:
    """'dmy' or 'mdy' as a DateOrder (the only orders a person chooses).

    Raises:
        ValidationError: any other value.
    """
    if value in (DateOrder.DMY, DateOrder.MDY):
        return DateOrder(value)
    raise ValidationError(
        translate(
            "PatientImport",
            "'{value}' is not a date order: choose dmy (31/12/1980) or mdy (12/31/1980).",
        ).format(value=value),
        field="date_order",
    )


def _records(text: str, delimiter: str, *, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """Non-blank records as (line where the record starts, cells).

    Quoted cells may hold delimiters and line breaks; line numbers count the lines of the file.

    Raises:
        ValidationError: a cell is longer than the csv module reads (an unclosed quote, mostly).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    found: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for cells in reader:
            start = previous + 1
            previous = reader.line_num
            if any(cell.strip() for cell in cells):
                found.append((start, cells))
                if limit is not None and len(found) >= limit:
                    break
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            reason = translate(
                "PatientImport",
                "a cell is longer than {count} characters; perhaps a "
                'quotation mark (") opened there is never closed',
            ).format(count=number(csv.field_size_limit()))
        else:
            reason = translate(
                "PatientImport", "the line cannot be read as cells of a table ({problem})"
            ).format(problem=exc)
        raise ValidationError(
            translate("PatientImport", "The file cannot be read: line {line}: {reason}.").format(
                line=previous + 1, reason=reason
            )
        ) from None
    return found


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first records most consistently.

    Each candidate is tried with the csv module (so delimiters inside quotes do not count); the
    winner gives the same number of cells (more than one) on the most records. A file with one
    column reads as comma-separated.
    """
    sample = text[:SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best: tuple[float, int, int] | None = None
    chosen = ","
    for priority, char in enumerate((",", ";", "\t")):
        try:
            records = _records(sample, char, limit=SNIFF_RECORDS + 1)
        except ValidationError:
            continue
        if truncated and len(records) > 1:
            records = records[:-1]  # the last one may be cut in the middle
        records = records[:SNIFF_RECORDS]
        counts = Counter(len(cells) for _line, cells in records)
        if not counts:
            continue
        width, times = counts.most_common(1)[0]
        if width < 2:
            continue
        score = (times / len(records), width, -priority)
        if best is None or score > best:
            best, chosen = score, char
    return chosen


# ================================================================ headings
def _heading_key(text: str) -> str:
    """'Date de naissance (jj/mm/aaaa)' -> 'datedenaissance'; 'E-mail' -> 'email'."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", fold(text))
    return re.sub(r"[^a-z0-9]+", "", text)


# Headings each field answers to, compared folded: no case, accents, spaces or punctuation.
_HEADINGS: dict[ImportField, str] = {
    ImportField.FULL_NAME: (
        "name | full name | fullname | patient | patient name | name of patient | "
        "nom complet | nom et prenom | nom prenom | prenom nom | prenom et nom | "
        "client | client name"
    ),
    ImportField.GIVEN_NAMES: (
        "first name | first names | given | given name | given names | forename | forenames | "
        "christian name | prenom | prenoms"
    ),
    ImportField.FAMILY_NAME: (
        "last name | surname | family name | nom | nom de famille | nom de naissance"
    ),
    ImportField.PREFERRED_NAME: (
        "preferred name | known as | nickname | prenom usuel | prenom d usage | surnom"
    ),
    ImportField.DATE_OF_BIRTH: (
        "date of birth | dob | d o b | birth date | birthdate | birthday | born | "
        "date de naissance | naissance | ddn | ne le | nee le | ne e le"
    ),
    ImportField.EMAIL: (
        "email | e mail | email address | e mail address | mail | courriel | "
        "adresse email | adresse e mail | adresse mail | adresse electronique"
    ),
    ImportField.PHONE: (
        "phone | telephone | tel | phone number | telephone number | mobile | "
        "mobile phone | mobile number | cell | cell phone | home phone | portable | "
        "telephone portable | tel portable | numero de telephone | tel mobile"
    ),
    ImportField.ADDRESS: (
        "address | postal address | home address | street address | adresse | adresse postale"
    ),
    ImportField.NOTES: (
        "notes | note | remarks | comments | comment | remarques | remarque | "
        "commentaires | commentaire | observations"
    ),
}
_FIELD_OF_HEADING = {
    _heading_key(words): field
    for field, headings in _HEADINGS.items()
    for words in headings.split("|")
}
_PREFIXES = ("patients", "patient", "clients", "client", "contact")
_SUFFIXES = ("dupatient", "ofpatient", "patient", "client")


def field_of_heading(heading: str) -> ImportField | None:
    """The field a column heading names (English or French, any case or accents), if any."""
    key = _heading_key(heading)
    if key in _FIELD_OF_HEADING:
        return _FIELD_OF_HEADING[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in _FIELD_OF_HEADING:
            return _FIELD_OF_HEADING[key[len(prefix) :]]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in _FIELD_OF_HEADING:
            return _FIELD_OF_HEADING[key[: -len(suffix)]]
    return None


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index from the headings; the first column naming a field wins."""
    mapping: dict[str, int] = {}
    for index, heading in enumerate(headers):
        found = field_of_heading(heading)
        if found is not None and found not in mapping:
            mapping[found] = index
    # "Name" beside "First name" is the family name (a common export layout).
    full = mapping.get(ImportField.FULL_NAME)
    if (
        full is not None
        and ImportField.GIVEN_NAMES in mapping
        and ImportField.FAMILY_NAME not in mapping
        and _heading_key(headers[full]) in ("name", "patientname", "clientname")
    ):
        mapping[ImportField.FAMILY_NAME] = mapping.pop(ImportField.FULL_NAME)
    return {str(f): mapping[f] for f in ImportField if f in mapping}


def _checked_mapping(mapping: Mapping[str, int], columns: int) -> dict[str, int]:
    """A person's mapping, checked: known fields, existing columns (negative = not imported)."""
    checked: dict[str, int] = {}
    for name, index in mapping.items():
        try:
            field = ImportField(name)
        except ValueError:
            allowed = ", ".join(f.value for f in ImportField)
            raise ValidationError(
                translate(
                    "PatientImport",
                    "'{name}' is not a patient detail that can be imported "
                    "(choose from {allowed}).",
                ).format(name=name, allowed=allowed),
                field="mapping",
            ) from None
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError(
                translate(
                    "PatientImport", "The column for {field} must be a column number."
                ).format(field=field.label.lower()),
                field="mapping",
            )
        if index < 0:
            continue
        if index >= columns:
            message = (
                translate(
                    "PatientImport",
                    "There is no column {number} for {field}; the file has {count} column.",
                )
                if columns == 1
                else translate(
                    "PatientImport",
                    "There is no column {number} for {field}; the file has {count} columns.",
                )
            )
            raise ValidationError(
                message.format(number=index + 1, field=field.label.lower(), count=number(columns)),
                field="mapping",
            )
        checked[field.value] = index
    return {str(f): checked[f] for f in ImportField if f in checked}


# ================================================================ names
def split_full_name(text: str) -> tuple[str, str]:
    """(family name, given names) from one cell.

    "Smith, Jane" is family first (the comma says so); otherwise the last word is the family
    name: "Jane Smith" -> ("Smith", "Jane"). "Smith Jane" is read the same way, as
    ("Jane", "Smith"): the cell alone cannot tell, so map separate columns when the file has them.
    """
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return family.strip(), given.strip()
    words = text.split(" ")
    if len(words) == 1:
        return words[0], ""
    return words[-1], " ".join(words[:-1])


def _name_key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").replace("'", " ").replace("’", " ").split())


def duplicate_key(family_name: str, given_names: str) -> tuple[str, str]:
    """Names as compared for duplicates: folded (case, accents), hyphens and spaces alike."""
    return _name_key(family_name), _name_key(given_names)


# ================================================================ dates
_TIME_SUFFIX = re.compile(r"[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*$", re.ASCII)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", re.ASCII)
_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d+)", re.ASCII)


@dataclass(frozen=True, slots=True)
class _DateText:
    """A date of birth as written: year first, or two parts and a year (order to be known)."""

    text: str
    kind: str  # "iso", "pair", "short_year", "bad"
    first: int = 0
    second: int = 0
    year: int = 0

    @property
    def proves(self) -> DateOrder | None:
        """DMY when the first part can only be a day, MDY when the second can only be.

        Only a real date proves anything: 31/02/1980 is a mistake in either order.
        """
        if self.kind != "pair":
            return None
        if self.first > 12 >= self.second:
            order, day, month = DateOrder.DMY, self.first, self.second
        elif self.second > 12 >= self.first:
            order, day, month = DateOrder.MDY, self.second, self.first
        else:
            return None
        try:
            dt.date(self.year, month, day)
        except ValueError:
            return None
        return order

    @property
    def ambiguous(self) -> bool:
        """Both parts could be the month, and the two readings give different dates."""
        return (
            self.kind == "pair"
            and self.first <= 12
            and self.second <= 12
            and (self.first != self.second)
        )


def _read_date_text(text: str) -> _DateText:
    clean = text.strip()
    without_time = _TIME_SUFFIX.sub("", clean)
    if without_time:
        clean = without_time.strip()
    if m := _YEAR_FIRST.fullmatch(clean):
        return _DateText(text, "iso", int(m[3]), int(m[4]), int(m[1]))
    if m := _YEAR_LAST.fullmatch(clean):
        year = m[4]
        if len(year) == 2:
            return _DateText(text, "short_year")
        if len(year) != 4:
            return _DateText(text, "bad")
        return _DateText(text, "pair", int(m[1]), int(m[3]), int(year))
    return _DateText(text, "bad")


def _date_of(
    parsed: _DateText, order: DateOrder, today: dt.date
) -> tuple[dt.date | None, str | None]:
    """(date, None), or (None, the reason the text is not a usable date of birth)."""
    shown = parsed.text.strip()
    if parsed.kind == "short_year":
        return None, translate(
            "PatientImport",
            "the date of birth {date} has a two-digit year; write the year in full "
            "(for example 1980)",
        ).format(date=shown)
    if parsed.kind == "bad":
        return None, translate(
            "PatientImport",
            "the date of birth '{date}' is not a date like 31/12/1980 or 1980-12-31",
        ).format(date=shown)
    if parsed.kind == "iso" or order is DateOrder.MDY:
        month, day = parsed.first, parsed.second
    else:
        day, month = parsed.first, parsed.second
    try:
        value = dt.date(parsed.year, month, day)
    except ValueError:
        if parsed.proves not in (None, order) and order is not DateOrder.UNKNOWN:
            # (a date read one way only proves DMY or MDY, so the file's order is the other one)
            wrong = (
                translate(
                    "PatientImport",
                    "the date of birth {date} is not a real date in day/month/year order "
                    "(the order of this file)",
                )
                if order is DateOrder.DMY
                else translate(
                    "PatientImport",
                    "the date of birth {date} is not a real date in month/day/year order "
                    "(the order of this file)",
                )
            )
            return None, wrong.format(date=shown)
        return None, translate(
            "PatientImport", "the date of birth {date} is not a real date"
        ).format(date=shown)
    if value > today:
        return None, translate("PatientImport", "the date of birth {date} is in the future").format(
            date=shown
        )
    if value.year < EARLIEST_BIRTH_YEAR:
        return None, translate("PatientImport", "the date of birth {date} is before {year}").format(
            date=shown, year=EARLIEST_BIRTH_YEAR
        )
    if value.year < today.year - MAX_AGE_YEARS:
        return None, translate(
            "PatientImport", "the date of birth {date} is more than {years} years ago"
        ).format(date=shown, years=number(MAX_AGE_YEARS))
    return value, None


def _file_date_order(
    dates: Sequence[tuple[int, _DateText]],
) -> tuple[DateOrder, bool, str]:
    """(order, whether a person must choose it, why) from every date of the file."""
    dmy = [(line, d) for line, d in dates if d.proves is DateOrder.DMY]
    mdy = [(line, d) for line, d in dates if d.proves is DateOrder.MDY]
    ambiguous = [(line, d) for line, d in dates if d.ambiguous]
    if dmy and mdy:
        (dl, dd), (ml, md) = dmy[0], mdy[0]
        return (
            DateOrder.UNKNOWN,
            True,
            translate(
                "PatientImport",
                "The dates of birth mix day-first order (line {day_line}: {day_date}) and "
                "month-first order (line {month_line}: {month_date}). Choose the order most of "
                "the file uses; dates in the other order will be listed as problems.",
            ).format(
                day_line=dl,
                day_date=dd.text.strip(),
                month_line=ml,
                month_date=md.text.strip(),
            ),
        )
    if dmy:
        return DateOrder.DMY, False, ""
    if mdy:
        return DateOrder.MDY, False, ""
    if ambiguous:
        line, example = ambiguous[0]
        return (
            DateOrder.UNKNOWN,
            True,
            translate(
                "PatientImport",
                "The dates of birth could be day/month or month/day (for example {date} on line "
                "{line}), and no date in the file tells which. Choose the order this file uses.",
            ).format(date=example.text.strip(), line=line),
        )
    return DateOrder.ISO, False, ""


# ================================================================ rows
def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


#: "the family name is too long (…)", one whole sentence per detail (French agrees with it).
_TOO_LONG = {
    ImportField.FAMILY_NAME: QT_TRANSLATE_NOOP(
        "PatientImport", "the family name is too long ({count} characters; at most {maximum})"
    ),
    ImportField.GIVEN_NAMES: QT_TRANSLATE_NOOP(
        "PatientImport", "the given names are too long ({count} characters; at most {maximum})"
    ),
    ImportField.PREFERRED_NAME: QT_TRANSLATE_NOOP(
        "PatientImport", "the preferred name is too long ({count} characters; at most {maximum})"
    ),
    ImportField.EMAIL: QT_TRANSLATE_NOOP(
        "PatientImport", "the e-mail address is too long ({count} characters; at most {maximum})"
    ),
    ImportField.PHONE: QT_TRANSLATE_NOOP(
        "PatientImport", "the phone number is too long ({count} characters; at most {maximum})"
    ),
    ImportField.ADDRESS: QT_TRANSLATE_NOOP(
        "PatientImport", "the address is too long ({count} characters; at most {maximum})"
    ),
    ImportField.NOTES: QT_TRANSLATE_NOOP(
        "PatientImport", "the notes are too long ({count} characters; at most {maximum})"
    ),
}


def _too_long_reason(value: str, what: ImportField, limit: int) -> str | None:
    if len(value) <= limit:
        return None
    return translate("PatientImport", _TOO_LONG[what]).format(
        count=number(len(value)), maximum=number(limit)
    )


def _read_row(
    line: int,
    cells: Sequence[str],
    col: Mapping[ImportField, int | None],
    order: DateOrder,
    today: dt.date,
) -> tuple[ImportRow, list[str]]:
    """The patient of one record, and every reason it cannot be imported."""
    reasons: list[str] = []
    family = _cell(cells, col[ImportField.FAMILY_NAME])
    given = _cell(cells, col[ImportField.GIVEN_NAMES])
    full = _cell(cells, col[ImportField.FULL_NAME])
    if not family and full:
        family, split_given = split_full_name(full)
        given = given or split_given
    if not family:
        reasons.append(translate("PatientImport", "no family name"))
    date_text = _cell(cells, col[ImportField.DATE_OF_BIRTH])
    born: dt.date | None = None
    pending = False
    if date_text:
        parsed = _read_date_text(date_text)
        if order is DateOrder.UNKNOWN and parsed.ambiguous:
            pending = True
        else:
            # While the order is unknown, a date that can be read only one way is read so.
            read_as = (parsed.proves or order) if order is DateOrder.UNKNOWN else order
            born, why = _date_of(parsed, read_as, today)
            if why:
                reasons.append(why)
    row = ImportRow(
        line=line,
        family_name=family,
        given_names=given,
        preferred_name=_cell(cells, col[ImportField.PREFERRED_NAME]),
        date_of_birth=born,
        email=_cell(cells, col[ImportField.EMAIL]),
        phone=_cell(cells, col[ImportField.PHONE]),
        address=_cell(cells, col[ImportField.ADDRESS]),
        notes=_cell(cells, col[ImportField.NOTES]),
        date_text=date_text,
        date_pending=pending,
    )
    for value, what, limit in (
        (row.family_name, ImportField.FAMILY_NAME, MAX_NAME_CHARS),
        (row.given_names, ImportField.GIVEN_NAMES, MAX_NAME_CHARS),
        (row.preferred_name, ImportField.PREFERRED_NAME, MAX_NAME_CHARS),
        (row.email, ImportField.EMAIL, MAX_EMAIL_CHARS),
        (row.phone, ImportField.PHONE, MAX_PHONE_CHARS),
        (row.address, ImportField.ADDRESS, MAX_ADDRESS_CHARS),
        (row.notes, ImportField.NOTES, v.MAX_NOTE_CHARS),
    ):
        if reason := _too_long_reason(value, what, limit):
            reasons.append(reason)
    if row.email and len(row.email) <= MAX_EMAIL_CHARS:
        try:
            v.email(row.email)
        except ValidationError:
            reasons.append(
                translate(
                    "PatientImport", "'{address}' does not look like an e-mail address"
                ).format(address=row.email)
            )
    return row, reasons


def _existing_match(
    key: tuple[str, str],
    born: dt.date | None,
    index: Mapping[tuple[str, str], Sequence[ExistingPatient]],
) -> ExistingPatient | None:
    """The existing patient this person likely is: the same names, and the same date of birth
    unless one of the two has none (then nothing tells them apart)."""
    for patient in index.get(key, ()):
        if born is None or patient.date_of_birth is None or patient.date_of_birth == born:
            return patient
    return None


def _existing_duplicate(
    row: ImportRow, twin: ExistingPatient, *, imported: bool
) -> ImportDuplicate:
    same_birth = row.date_of_birth is not None and twin.date_of_birth is not None
    description = (
        translate(
            "PatientImport",
            "likely already in the practice (same name and date of birth): {patient}",
        )
        if same_birth
        else translate(
            "PatientImport",
            "likely already in the practice (same name, no date of birth to tell them apart): "
            "{patient}",
        )
    )
    label = twin.label
    return ImportDuplicate(
        row.line,
        DuplicateKind.EXISTING,
        label,
        description.format(patient=label),
        imported=imported,
        existing_id=twin.id,
    )


def existing_index(
    existing: Iterable[ExistingPatient],
) -> dict[tuple[str, str], list[ExistingPatient]]:
    """Existing patients by their folded (family, given) names."""
    index: dict[tuple[str, str], list[ExistingPatient]] = {}
    for patient in existing:
        key = duplicate_key(patient.family_name, patient.given_names)
        index.setdefault(key, []).append(patient)
    return index


def match_existing(
    rows: Iterable[ImportRow], existing: Iterable[ExistingPatient]
) -> dict[int, ImportDuplicate]:
    """Line -> duplicate entry, for the rows that likely are patients already in the practice."""
    index = existing_index(existing)
    found: dict[int, ImportDuplicate] = {}
    for row in rows:
        if row.date_pending:
            continue
        key = duplicate_key(row.family_name, row.given_names)
        twin = _existing_match(key, row.date_of_birth, index)
        if twin is not None:
            found[row.line] = _existing_duplicate(row, twin, imported=False)
    return found


def _line_words(line: int) -> str:
    """'line 4', in the language in use."""
    return translate("PatientImport", "line {line}").format(line=line)


def _flag_duplicates(
    candidates: Sequence[tuple[ImportRow, tuple[str, ...]]],
    existing: Iterable[ExistingPatient],
    *,
    include: bool,
) -> tuple[list[ImportRow], list[ImportDuplicate]]:
    """(rows to import, duplicates): copies of a line, the same person twice, known patients.

    The first of several lines stays; the later ones are flagged and left out unless
    ``include``. Nothing is merged.
    """
    rows: list[ImportRow] = []
    duplicates: list[ImportDuplicate] = []
    seen_lines: dict[tuple[str, ...], int] = {}
    seen_people: dict[tuple[str, str, str], int] = {}
    known = existing_index(existing)
    for row, whole in candidates:
        key = duplicate_key(row.family_name, row.given_names)
        born = row.date_of_birth.isoformat() if row.date_of_birth else row.date_text
        person = (*key, born)
        entry: ImportDuplicate | None = None
        if whole in seen_lines:
            other = seen_lines[whole]
            entry = ImportDuplicate(
                row.line,
                DuplicateKind.COPY,
                _line_words(other),
                translate("PatientImport", "an exact copy of line {line}").format(line=other),
                imported=include,
                other_line=other,
            )
        elif person in seen_people:
            other = seen_people[person]
            entry = ImportDuplicate(
                row.line,
                DuplicateKind.SAME_PERSON,
                _line_words(other),
                (
                    translate("PatientImport", "same name and date of birth as line {line}")
                    if born
                    else translate(
                        "PatientImport",
                        "same name as line {line}, and no date of birth to tell them apart",
                    )
                ).format(line=other),
                imported=include,
                other_line=other,
            )
        elif not row.date_pending:
            twin = _existing_match(key, row.date_of_birth, known)
            if twin is not None:
                entry = _existing_duplicate(row, twin, imported=include)
        seen_lines.setdefault(whole, row.line)
        seen_people.setdefault(person, row.line)
        if entry is not None:
            duplicates.append(entry)
            if not include:
                continue
        rows.append(row)
    return rows, duplicates


def build_preview(
    data: bytes,
    *,
    mapping: Mapping[str, int] | None = None,
    delimiter: str | None = None,
    date_order: str | DateOrder | None = None,
    existing: Iterable[ExistingPatient] = (),
    include_duplicates: bool = False,
    today: dt.date | None = None,
) -> ImportPreview:
    """Read ``data`` as a patient list and say what importing it would do.

    Args:
        data: the file's bytes.
        mapping: field -> column index, replacing the mapping guessed from the headings
            (a negative index, or a missing field, means "not imported").
        delimiter: 'comma', 'semicolon' or 'tab' (or the character); found in the file if None.
        date_order: 'dmy' or 'mdy' for dates written with the year last; when None it is found
            in the file, or left UNKNOWN (and the preview not ready) when the file cannot tell.
        existing: patients already in the practice, to flag likely duplicates.
        include_duplicates: import flagged duplicates too (they stay listed).
        today: for "in the future" (tests pass a fixed day).

    Raises:
        ValidationError: the file is not a readable text table, or an argument is wrong.
    """
    today = today or dt.date.today()
    text, encoding = decode(data)
    chosen_order = None if date_order is None else date_order_of(date_order)
    char = detect_delimiter(text) if delimiter is None else delimiter_char(delimiter)
    records = _records(text, char)
    if not records:
        raise ValidationError(translate("PatientImport", "The file holds no text to import."))
    headers = tuple(cell.strip() for cell in records[0][1])
    data_records = records[1:]
    used = guess_mapping(headers) if mapping is None else _checked_mapping(mapping, len(headers))
    col = {f: used.get(f) for f in ImportField}

    dob_col = col[ImportField.DATE_OF_BIRTH]
    dates = [
        (line, _read_date_text(_cell(cells, dob_col)))
        for line, cells in data_records
        if _cell(cells, dob_col)
    ]
    found_order, needed, order_reason = _file_date_order(dates)
    order = chosen_order or found_order

    problems: list[ImportProblem] = []
    candidates: list[tuple[ImportRow, tuple[str, ...]]] = []
    for line, cells in data_records:
        row, reasons = _read_row(line, cells, col, order, today)
        if reasons:
            problems.extend(ImportProblem(line, reason) for reason in reasons)
            continue
        whole = tuple(cell.strip() for cell in cells)
        while whole and not whole[-1]:
            whole = whole[:-1]
        candidates.append((row, whole))
    rows, duplicates = _flag_duplicates(candidates, existing, include=include_duplicates)

    if col[ImportField.FAMILY_NAME] is None and col[ImportField.FULL_NAME] is None:
        blocking = translate(
            "PatientImport",
            "No column is used for the patients' names: choose the column of the family name "
            "(or of the full name).",
        )
    elif order is DateOrder.UNKNOWN:
        blocking = order_reason
    elif not data_records:
        blocking = translate(
            "PatientImport", "The file has column headings but no patients below them."
        )
    elif not rows:
        blocking = translate(
            "PatientImport",
            "No line can be imported: every line has a problem or is a duplicate (see the lists).",
        )
    else:
        blocking = ""
    return ImportPreview(
        encoding=encoding,
        delimiter=char,
        headers=headers,
        mapping=MappingProxyType(dict(used)),
        date_order=order,
        rows=tuple(rows),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
        blocking_reason=blocking,
        date_order_needed=needed,
        date_order_chosen=chosen_order is not None,
        delimiter_detected=delimiter is None,
        include_duplicates=include_duplicates,
        records=len(data_records),
    )
