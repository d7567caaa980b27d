"""Importing patients from spreadsheets: reading the file, the preview, the import, the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desktop.cli import main
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.patient_import import (
    DateOrder,
    DuplicateKind,
    ExistingPatient,
    ImportField,
    ImportPreview,
    build_preview,
    detect_delimiter,
    guess_mapping,
    split_full_name,
)
from alliance_desktop.services import Services
from alliance_desktop.services import patient_import as import_module
from alliance_desktop.services.patient_import import ImportCancelled
from tests.factories import make_patient

TODAY = dt.date(2026, 6, 1)


def preview_of(text: str | bytes, **options: object) -> ImportPreview:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return build_preview(data, today=TODAY, **options)  # type: ignore[arg-type]


def names(preview: ImportPreview) -> list[tuple[str, str]]:
    return [(r.family_name, r.given_names) for r in preview.rows]


def reasons(preview: ImportPreview) -> list[str]:
    return [str(p) for p in preview.problems]


# ================================================================ encodings
def test_utf8_with_bom_and_french_excel_semicolons() -> None:
    text = (
        "Nom;Prénom;Date de naissance;Courriel;Téléphone portable;Adresse;Remarques\n"
        "Léger;Hélène;31/12/1980;helene@example.fr;06 12 34 56 78;3 rue de la Paix;"
        "Préfère le matin\n"
    )
    preview = preview_of("\ufeff" + text)
    assert preview.encoding == "utf-8-sig" and preview.encoding_label == "UTF-8 (with BOM)"
    assert preview.delimiter == ";" and preview.delimiter_name == "semicolon"
    assert preview.headers[0] == "Nom"  # the BOM is not part of the first heading
    assert dict(preview.mapping) == {
        "family_name": 0,
        "given_names": 1,
        "date_of_birth": 2,
        "email": 3,
        "phone": 4,
        "address": 5,
        "notes": 6,
    }
    assert preview.ready and preview.date_order is DateOrder.DMY
    (row,) = preview.rows
    assert (row.family_name, row.given_names) == ("Léger", "Hélène")
    assert row.date_of_birth == dt.date(1980, 12, 31)
    assert (row.phone, row.notes) == ("06 12 34 56 78", "Préfère le matin")

    plain = preview_of(text)
    assert plain.encoding == "utf-8" and names(plain) == [("Léger", "Hélène")]


def test_windows_1252_from_excel() -> None:
    data = "Last name,First name,Notes\nLéger,Hélène,It’s fine – 5€\n".encode("cp1252")
    preview = build_preview(data, today=TODAY)
    assert preview.encoding == "cp1252" and "1252" in preview.encoding_label
    assert names(preview) == [("Léger", "Hélène")]
    assert preview.rows[0].notes == "It’s fine – 5€"


def test_latin_1_when_windows_1252_cannot_read_it() -> None:
    # 0x81 has no character in Windows-1252; Latin-1 reads every byte.
    data = "Surname\tGiven names\tNotes\nLéger\tHélène\tx".encode("latin-1") + b"\x81\n"
    preview = build_preview(data, today=TODAY)
    assert preview.encoding == "latin-1"
    assert preview.delimiter == "\t"
    assert names(preview) == [("Léger", "Hélène")]


def test_utf16_from_excel_unicode_text() -> None:
    data = "Surname\tFirst name\nLéger\tHélène\n".encode("utf-16")
    preview = build_preview(data, today=TODAY)
    assert preview.encoding == "utf-16" and names(preview) == [("Léger", "Hélène")]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\n ", "empty"),
        (b"PK\x03\x04rest-of-a-zip", "Save As"),
        (b"\xd0\xcf\x11\xe0old excel", "Save As"),
        (b"name,dob\nSmith\x00,1980-01-01\n", "binary"),
    ],
)
def test_files_that_are_not_patient_lists_are_refused_plainly(data: bytes, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        build_preview(data, today=TODAY)


def test_a_quote_never_closed_is_reported_with_its_line() -> None:
    text = 'name,notes\nJane Smith,fine\nJohn Roe,"never closed\n' + ("x" * 200_000) + "\n"
    with pytest.raises(ValidationError, match=r"line 3: a cell is longer"):
        preview_of(text)


# ================================================================ delimiters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name,dob,notes\nJane Smith,1980-01-02,a;b\nJohn Roe,1970-03-04,c\n", ","),
        ("nom;prenom;notes\nDupont;Jean;1,5 cm\nMartin;Marie;2,5\n", ";"),
        ("name\tnotes\nJane Smith\tsaid: yes, no; maybe\nJohn Roe\tok\n", "\t"),
        ('name,notes\n"Smith; Jane","a; b; c"\n"Roe; John","d; e"\n', ","),
        ("name\nJane Smith\nJohn Roe\n", ","),
    ],
)
def test_the_delimiter_is_found_outside_quotes(text: str, expected: str) -> None:
    assert detect_delimiter(text) == expected


def test_the_delimiter_can_be_given() -> None:
    text = "name;notes\nJane Smith;a,b\n"
    assert preview_of(text).delimiter == ";"
    forced = preview_of(text, delimiter="comma")
    assert forced.delimiter == "," and forced.headers == ("name;notes",)
    with pytest.raises(ValidationError, match="comma, semicolon or tab"):
        preview_of(text, delimiter="pipe")


# ================================================================ records and line numbers
def test_quoted_line_breaks_keep_the_line_numbers_of_later_rows() -> None:
    text = (
        "Family name,Given names,Date of birth,Notes\r\n"  # line 1
        'Smith,Jane,1980-01-02,"first line\r\nsecond line\r\nthird, with a comma"\r\n'  # 2-4
        "\r\n"  # 5: blank
        "Roe,John,1970-13-01,\r\n"  # 6: a bad date
        ",Nobody,1970-01-01,\r\n"  # 7: no family name
        'Doe,"Anna\nMaria",1990-05-06,\r\n'  # 8-9
        "Poe,Edgar,not a date,\r\n"  # 10
    )
    preview = preview_of(text)
    assert [r.line for r in preview.rows] == [2, 8]
    assert preview.rows[0].notes == "first line\r\nsecond line\r\nthird, with a comma"
    assert preview.rows[1].given_names == "Anna\nMaria"
    assert reasons(preview) == [
        "line 6: the date of birth 1970-13-01 is not a real date",
        "line 7: no family name",
        "line 10: the date of birth 'not a date' is not a date like 31/12/1980 or 1980-12-31",
    ]
    assert preview.records == 5


def test_blank_lines_ragged_rows_and_extra_columns() -> None:
    text = (
        "\n\nSurname,First name,DOB\n"  # the headings on line 3, after blank lines
        "Smith,Jane,1980-01-02,extra,cells,ignored\n"
        "\n"
        ",,,\n"  # only delimiters: a blank line
        "Roe\n"  # a short row: the missing cells are empty
        "   \n"
    )
    preview = preview_of(text)
    assert preview.headers == ("Surname", "First name", "DOB")
    assert [(r.line, r.family_name, r.given_names) for r in preview.rows] == [
        (4, "Smith", "Jane"),
        (7, "Roe", ""),
    ]
    assert preview.rows[1].date_of_birth is None
    assert preview.records == 2 and not preview.problems


def test_headings_only_or_nothing_to_import_blocks() -> None:
    only = preview_of("name,dob\n")
    assert not only.ready and "no patients" in only.blocking_reason
    bad = preview_of("name,dob\n,1980-01-01\n")
    assert not bad.ready and "No line can be imported" in bad.blocking_reason


# ================================================================ columns and names
@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (
            ["PRÉNOM", "NOM", "Né(e) le", "E-Mail", "Téléphone", "ADRESSE", "Commentaires"],
            {
                "given_names": 0,
                "family_name": 1,
                "date_of_birth": 2,
                "email": 3,
                "phone": 4,
                "address": 5,
                "notes": 6,
            },
        ),
        (
            ["Full Name", "Date of Birth", "Mobile", "e-mail address", "Known as", "Remarks"],
            {
                "full_name": 0,
                "preferred_name": 4,
                "date_of_birth": 1,
                "email": 3,
                "phone": 2,
                "notes": 5,
            },
        ),
        (
            ["Nom complet", "Date de naissance (jj/mm/aaaa)", "Courriel"],
            {
                "full_name": 0,
                "date_of_birth": 1,
                "email": 2,
            },
        ),
        (
            ["Name", "First name", "dob", "Patient phone", "Phone"],
            {
                "family_name": 0,
                "given_names": 1,
                "date_of_birth": 2,
                "phone": 3,
            },
        ),
        (["ID", "Insurer", ""], {}),
    ],
)
def test_columns_are_guessed_from_english_and_french_headings(
    headings: list[str], expected: dict[str, int]
) -> None:
    assert guess_mapping(headings) == expected


@pytest.mark.parametrize(
    ("cell", "family", "given"),
    [
        ("Jane Smith", "Smith", "Jane"),
        ("SMITH, Jane", "SMITH", "Jane"),
        ("Smith Jane", "Jane", "Smith"),  # ambiguous: the last word is the family name
        ("Mary  Ann   Smith", "Smith", "Mary Ann"),
        ("Cher", "Cher", ""),
        ("de la Fontaine, Jean", "de la Fontaine", "Jean"),
    ],
)
def test_one_name_column_is_split(cell: str, family: str, given: str) -> None:
    assert split_full_name(cell) == (family, given)


def test_full_name_column_in_a_file() -> None:
    text = 'Name,DOB\nJane Smith,1980-01-02\n"SMITH, John",1970-03-04\n'
    assert names(preview_of(text)) == [("Smith", "Jane"), ("SMITH", "John")]


def test_the_mapping_can_be_overridden_and_is_checked() -> None:
    text = "A,B,C\nSmith,Jane,1980-01-02\n"
    guessed = preview_of(text)
    assert dict(guessed.mapping) == {} and not guessed.ready
    assert "names" in guessed.blocking_reason
    mapped = preview_of(text, mapping={"family_name": 0, "given_names": 1, "date_of_birth": 2})
    assert mapped.ready and names(mapped) == [("Smith", "Jane")]
    assert mapped.rows[0].date_of_birth == dt.date(1980, 1, 2)
    assert mapped.ignored_columns == ()
    # A negative column means "not imported".
    partial = preview_of(text, mapping={"family_name": 0, "date_of_birth": -1})
    assert partial.rows[0].date_of_birth is None and partial.ignored_columns == (1, 2)
    with pytest.raises(ValidationError, match="no column 9"):
        preview_of(text, mapping={"family_name": 8})
    with pytest.raises(ValidationError, match="not a patient detail"):
        preview_of(text, mapping={"shoe_size": 0})


def test_lengths_and_emails_are_checked_per_line() -> None:
    text = (
        "Surname,First name,Email,Phone\n"
        f"{'S' * 201},Jane,,\n"
        "Roe,John,john@,\n"
        f"Doe,Anna,anna@example.org,{'1' * 65}\n"
        "Poe,Edgar,edgar@example.org,+33 6 12 34 56 78\n"
    )
    preview = preview_of(text)
    assert reasons(preview) == [
        "line 2: the family name is too long (201 characters; at most 200)",
        "line 3: 'john@' does not look like an e-mail address",
        "line 4: the phone number is too long (65 characters; at most 64)",
    ]
    assert names(preview) == [("Poe", "Edgar")]


# ================================================================ dates
def test_day_first_slash_and_dot_dates_and_iso() -> None:
    text = (
        "Surname,First name,Date of birth\n"
        "A,One,31/12/1980\n"  # proves day first
        "B,Two,03/04/1975\n"  # ambiguous alone: day first because of line 2
        "C,Three,03.04.1975 \n"
        "D,Four,1990-07-08\n"
        "E,Five,08/09/1985 00:00\n"  # Excel's midnight is dropped
    )
    preview = preview_of(text)
    assert preview.date_order is DateOrder.DMY and not preview.date_order_needed
    assert [r.date_of_birth for r in preview.rows] == [
        dt.date(1980, 12, 31),
        dt.date(1975, 4, 3),
        dt.date(1975, 4, 3),
        dt.date(1990, 7, 8),
        dt.date(1985, 9, 8),
    ]


def test_month_first_when_a_date_proves_it() -> None:
    text = "Surname,DOB\nA,12/31/1980\nB,03/04/1975\n"
    preview = preview_of(text)
    assert preview.date_order is DateOrder.MDY
    assert [r.date_of_birth for r in preview.rows] == [dt.date(1980, 12, 31), dt.date(1975, 3, 4)]


def test_only_year_first_dates_need_no_order() -> None:
    preview = preview_of("Surname,DOB\nA,1980-12-31\nB,1975/04/03\nC,\n")
    assert preview.ready and preview.date_order is DateOrder.ISO
    assert not preview.date_order_needed
    # A day equal to its month reads the same both ways: nothing to ask either.
    same = preview_of("Surname,DOB\nA,05/05/1980\n")
    assert same.ready and same.rows[0].date_of_birth == dt.date(1980, 5, 5)


def test_ambiguous_dates_are_asked_never_guessed() -> None:
    text = "Surname,DOB\nA,03/04/1980\nB,01/02/1975\nC,1990-07-08\n"
    preview = preview_of(text)
    assert not preview.ready and preview.date_order is DateOrder.UNKNOWN
    assert preview.date_order_needed and "day/month or month/day" in preview.blocking_reason
    assert "03/04/1980 on line 2" in preview.blocking_reason
    pending = [r for r in preview.rows if r.date_pending]
    assert [r.line for r in pending] == [2, 3]
    assert all(r.date_of_birth is None for r in pending)
    assert preview.rows[2].date_of_birth == dt.date(1990, 7, 8)

    dmy = preview_of(text, date_order="dmy")
    assert dmy.ready and dmy.date_order_chosen and dmy.date_order_needed
    assert [r.date_of_birth for r in dmy.rows][:2] == [dt.date(1980, 4, 3), dt.date(1975, 2, 1)]
    mdy = preview_of(text, date_order=DateOrder.MDY)
    assert [r.date_of_birth for r in mdy.rows][:2] == [dt.date(1980, 3, 4), dt.date(1975, 1, 2)]
    with pytest.raises(ValidationError, match="dmy"):
        preview_of(text, date_order="ymd")


def test_an_impossible_date_proves_no_order() -> None:
    preview = preview_of("Surname,DOB\nA,31/02/1980\nB,03/04/1980\n")
    assert not preview.ready and preview.date_order is DateOrder.UNKNOWN
    assert reasons(preview) == ["line 2: the date of birth 31/02/1980 is not a real date"]
    mdy = preview_of("Surname,DOB\nA,31/02/1980\nB,03/04/1980\n", date_order="mdy")
    assert reasons(mdy) == ["line 2: the date of birth 31/02/1980 is not a real date"]


def test_a_file_mixing_both_orders_asks_and_the_other_order_is_bad() -> None:
    text = "Surname,DOB\nA,31/12/1980\nB,12/31/1980\nC,03/04/1975\n"
    preview = preview_of(text)
    assert not preview.ready and preview.date_order is DateOrder.UNKNOWN
    assert "mix" in preview.blocking_reason and "line 2" in preview.blocking_reason
    assert "line 3" in preview.blocking_reason
    dmy = preview_of(text, date_order="dmy")
    assert dmy.ready and names(dmy) == [("A", ""), ("C", "")]
    assert reasons(dmy) == [
        "line 3: the date of birth 12/31/1980 is not a real date in day/month/year order "
        "(the order of this file)"
    ]
    mdy = preview_of(text, date_order="mdy")
    assert [p.line for p in mdy.problems] == [2]


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("31/02/1980", "31/02/1980 is not a real date"),
        ("12/12/80", "two-digit year"),
        ("01/01/2090", "in the future"),
        ("1850-01-01", "before 1900"),
        ("1900-06-01", "more than 125 years ago"),
        ("31/31/1980", "not a real date"),
        ("next week", "is not a date like"),
        ("29586", "is not a date like"),
    ],
)
def test_bad_dates_are_bad_rows(cell: str, words: str) -> None:
    preview = preview_of(f"Surname,DOB\nA,{cell}\nB,1980-01-01\n")
    (problem,) = preview.problems
    assert problem.line == 2 and words in problem.reason
    assert names(preview) == [("B", "")]


# ================================================================ duplicates
def test_duplicates_in_the_file_are_flagged_not_merged() -> None:
    text = (
        "Surname,First name,DOB,Phone\n"
        "Léger,Hélène,1980-12-31,0612\n"  # 2
        "Léger,Hélène,1980-12-31,0612\n"  # 3: an exact copy of line 2
        "LEGER,helene,31/12/1980,0699\n"  # 4: the same person, other details
        "Léger,Hélène,1981-01-01,\n"  # 5: a namesake born another day
        "Martin,Marie,,\n"  # 6
        "Martin,Marie,,\n"  # 7: copy
        "Jean-Paul,Roux,,\n"  # 8
        "jean paul,roux,,0601\n"  # 9: same name, nothing tells them apart
    )
    preview = preview_of(text)
    assert [r.line for r in preview.rows] == [2, 5, 6, 8]
    found = {(d.line, d.kind, d.other_line) for d in preview.duplicates}
    assert found == {
        (3, DuplicateKind.COPY, 2),
        (4, DuplicateKind.SAME_PERSON, 2),
        (7, DuplicateKind.COPY, 6),
        (9, DuplicateKind.SAME_PERSON, 8),
    }
    words = [str(d) for d in preview.duplicates]
    assert "line 3: an exact copy of line 2 (not imported)" in words
    assert "line 4: same name and date of birth as line 2 (not imported)" in words
    assert any(w.startswith("line 9: same name as line 8, and no date") for w in words)

    everything = preview_of(text, include_duplicates=True)
    assert len(everything.rows) == 8 and all(d.imported for d in everything.duplicates)


def test_likely_duplicates_of_existing_patients_are_flagged() -> None:
    existing = [
        ExistingPatient(7, "Dupont", "Hélène", dt.date(1980, 5, 17)),
        ExistingPatient(8, "Martin", "Marie", None, archived=True),
    ]
    text = (
        "Surname,First name,DOB\n"
        "DUPONT,Helene,17/05/1980\n"  # same person
        "Dupont,Hélène,1981-05-17\n"  # a namesake born another year
        "Martin,Marie,1990-01-01\n"  # the practice has no date for its Marie Martin
    )
    preview = preview_of(text, existing=existing)
    assert [r.line for r in preview.rows] == [3]
    by_line = {d.line: d for d in preview.duplicates}
    assert by_line[2].kind is DuplicateKind.EXISTING and by_line[2].existing_id == 7
    assert "Dupont, Hélène, born 1980-05-17" in str(by_line[2])
    assert by_line[4].existing_id == 8 and "(archived)" in by_line[4].matches
    assert "no date of birth to tell them apart" in by_line[4].description


# ================================================================ only ValidationError
_cells = st.text(
    alphabet=st.sampled_from(list("aZé ,;\t\"'\r\n0123456789/.-:@ßü€\x00\x81")), max_size=12
)


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(_cells, max_size=6), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]),
    header=st.sampled_from(
        [[], ["Name", "DOB"], ["Nom", "Prénom", "Date de naissance", "Courriel", "Notes"]]
    ),
    order=st.sampled_from([None, "dmy", "mdy"]),
)
def test_any_csv_gives_a_preview_or_a_validation_error(
    rows: list[list[str]], delimiter: str, encoding: str, header: list[str], order: str | None
) -> None:
    data = _csv_bytes([header, *rows] if header else rows, delimiter, encoding)
    try:
        preview = build_preview(data, date_order=order, today=TODAY)
    except ValidationError as exc:
        assert exc.message
        return
    assert preview.ready == (not preview.blocking_reason)
    assert all(r.family_name for r in preview.rows)
    lines = [r.line for r in preview.rows]
    assert lines == sorted(set(lines))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_preview_or_a_validation_error(data: bytes) -> None:
    try:
        build_preview(data, today=TODAY)
    except ValidationError as exc:
        assert exc.message


# ================================================================ the service
def _file(rows: int, *, start: int = 0) -> bytes:
    lines = ["Family name;Given names;Date of birth;E-mail;Notes"]
    lines += [
        f"Family{i:04d};Given;{1 + i % 28:02d}/{1 + i % 12:02d}/19{50 + i % 40};"
        f"p{i}@example.org;note {i}"
        for i in range(start, start + rows)
    ]
    lines[1] = lines[1].replace("01/01/1950", "31/01/1950")  # prove day first
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_service_preview_flags_existing_patients_and_imports_in_one_go(
    services: Services,
) -> None:
    kept = make_patient(services, "Dupont", "Hélène", dt.date(1980, 5, 17), episode=None)
    before = len(services.patients.rows())
    data = (
        "Nom;Prénom;Date de naissance;Remarques\n"
        "Dupont;Helene;17/05/1980;\n"
        "Léger;Hélène;31/12/1980;Prefers mornings\n"
        "Roux;Anne;;\n"
    ).encode("cp1252")
    preview = services.patient_import.preview(data)
    assert preview.ready and [r.line for r in preview.rows] == [3, 4]
    (dup,) = preview.duplicates
    assert dup.kind is DuplicateKind.EXISTING and dup.existing_id == kept.id

    seen: list[tuple[int, int]] = []
    result = services.patient_import.import_rows(preview, progress=lambda d, t: seen.append((d, t)))
    assert result.imported == 2 and seen[-1] == (2, 2)
    assert len(services.patients.rows()) == before + 2
    leger = services.patients.get(result.patient_ids[0])
    assert (leger.data.family_name, leger.data.given_names) == ("Léger", "Hélène")
    assert leger.data.date_of_birth == dt.date(1980, 12, 31)
    assert leger.data.communication_notes == "Prefers mornings"
    assert not leger.data.storage_consent and leger.data.storage_consent_on is None
    history = services.audit.for_patient(leger.id)
    assert [a.action for a in history] == ["insert"]


def test_progress_every_fifty_rows(services: Services) -> None:
    preview = services.patient_import.preview(_file(120))
    assert preview.ready and len(preview.rows) == 120
    seen: list[tuple[int, int]] = []
    services.patient_import.import_rows(preview, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(50, 120), (100, 120), (120, 120)]


def test_a_preview_that_is_not_ready_is_refused(services: Services) -> None:
    preview = services.patient_import.preview(b"Surname,DOB\nA,03/04/1980\n")
    with pytest.raises(ValidationError, match="day/month or month/day"):
        services.patient_import.import_rows(preview)


@pytest.mark.parametrize("failing_row", [3, 53])
def test_a_failure_mid_import_stores_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch, failing_row: int
) -> None:
    before = services.maintenance.stats()
    preview = services.patient_import.preview(_file(80))
    real = import_module._patient_from
    calls = [0]

    def flaky(row: object) -> object:
        calls[0] += 1
        if calls[0] == failing_row:
            raise RuntimeError("disk full")
        return real(row)  # type: ignore[arg-type]

    monkeypatch.setattr(import_module, "_patient_from", flaky)
    with pytest.raises(RuntimeError, match="disk full"):
        services.patient_import.import_rows(preview)
    assert services.maintenance.stats() == before  # no patient, no audit entry


def test_cancel_rolls_everything_back(services: Services) -> None:
    before = services.maintenance.stats()
    preview = services.patient_import.preview(_file(120))
    seen: list[int] = []

    def progress(done: int, _total: int) -> None:
        seen.append(done)

    with pytest.raises(ImportCancelled, match="nothing was stored") as info:
        services.patient_import.import_rows(
            preview, progress=progress, cancelled=lambda: len(seen) >= 2
        )
    assert isinstance(info.value, ValidationError)
    assert seen == [50, 100]  # two flushes happened, and were rolled back
    assert services.maintenance.stats() == before


def test_a_patient_added_since_the_preview_is_not_imported_twice(services: Services) -> None:
    preview = services.patient_import.preview(b"Surname,Given,DOB\nRoux,Anne,1970-01-02\nPoe,Ed,\n")
    make_patient(services, "Roux", "Anne", dt.date(1970, 1, 2), episode=None)
    result = services.patient_import.import_rows(preview)
    assert result.imported == 1 and [d.line for d in result.skipped] == [2]
    assert sum(r.family_name == "Roux" for r in services.patients.rows()) == 1


# ================================================================ the command line
def _count(services: Services) -> int:
    return len(services.patients.rows())


def test_cli_dry_run_then_import(
    services: Services, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "patients.csv"
    source.write_bytes(
        (
            "\ufeffNom;Prénom;Date de naissance;Mutuelle\n"
            "Léger;Hélène;31/12/1980;MGEN\n"
            "\n"
            "Martin;Paul;31/02/1980;\n"
            "Léger;Hélène;31/12/1980;MGEN\n"
            "Roux;Anne;01/02/1975;\n"
        ).encode()
    )
    before = _count(services)
    argv = ["--data-dir", str(data_dir), "import-patients", str(source)]
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "encoding: UTF-8 (with BOM)" in out
    assert "delimiter: semicolon (found in the file)" in out
    assert 'family name                    <- column 1 "Nom"' in out
    assert 'not imported: column 4 "Mutuelle"' in out
    assert "dates: day/month/year" in out
    assert "2 patient(s) ready to import" in out
    assert "line 4: the date of birth 31/02/1980 is not a real date" in out
    assert "line 5: an exact copy of line 2 (not imported)" in out
    assert "dry run: nothing was changed" in out
    assert _count(services) == before

    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "imported 2 patient(s)" in out
    assert _count(services) == before + 2
    # Again: both are now likely duplicates, so nothing can be imported.
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "likely already in the practice" in captured.out
    assert "No line can be imported" in captured.err and "Traceback" not in captured.err
    assert _count(services) == before + 2


def test_cli_asks_for_the_date_order(
    services: Services, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "patients.tsv"
    source.write_text("Surname\tFirst name\tDOB\nRoe\tJohn\t03/04/1980\n", encoding="utf-8")
    before = _count(services)
    argv = ["--data-dir", str(data_dir), "import-patients", str(source)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "--date-order dmy" in err and "Nothing was imported" in err
    assert _count(services) == before
    assert main([*argv, "--date-order", "mdy", "--delimiter", "tab"]) == 0
    assert "dates: month/day/year (12/31/1980) (as chosen)" in capsys.readouterr().out
    roe = next(r for r in services.patients.rows() if r.family_name == "Roe")
    assert roe.date_of_birth == dt.date(1980, 3, 4)


def test_cli_column_choices(
    services: Services, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "export.csv"
    source.write_text("Ref,Who,Born\n1,Jane Smith,1980-01-02\n", encoding="utf-8")
    argv = ["--data-dir", str(data_dir), "import-patients", str(source), "--dry-run"]
    assert main(argv) == 1
    assert "--column family_name=COLUMN" in capsys.readouterr().err
    assert main([*argv, "--column", "full_name=Who", "--column", "date_of_birth=3"]) == 0
    out = capsys.readouterr().out
    assert 'full name (one column)         <- column 2 "Who"' in out
    assert "1 patient(s) ready" in out
    assert main([*argv, "--column", "full_name=Nobody"]) == 1
    assert "No column is headed 'Nobody'" in capsys.readouterr().err


def test_cli_unreadable_file_and_bad_arguments(
    data_dir: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(data_dir), "import-patients"]
    assert main([*argv, str(tmp_path / "missing.csv")]) == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err
    binary = tmp_path / "book.xlsx"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    assert main([*argv, str(binary)]) == 1
    assert "Save As" in capsys.readouterr().err
    for bad in (["--date-order", "ymd"], ["--delimiter", "pipe"], ["--column", "shoe=1"]):
        with pytest.raises(SystemExit) as exit_info:
            main([*argv, str(binary), *bad])
        assert exit_info.value.code == 2
        assert "usage:" in capsys.readouterr().err


def test_import_fields_have_labels() -> None:
    assert all(field.label for field in ImportField)
    assert all(order.label for order in DateOrder)
