"""The patient's own record as a PDF (right of access): every value of the record is on the
pages, laid out to be read, and the practitioner's private reflection notes are not."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from alliance_desktop.domain.vocab import ReflectionTemplate, Respondent
from alliance_desktop.services import Services
from alliance_desktop.services.patient_data import VISIT_TEXTS
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.reflections import ReflectionInput
from alliance_desktop.ui.reports.document import layout, write_pdf
from alliance_desktop.ui.reports.patient_record import (
    build_patient_record_document,
    write_patient_record_pdf,
)
from tests.factories import visit_time
from tests.test_patient_data import FAMILY, GIVEN, PRIVATE, SHARED, make_full_patient
from tests.test_report_pdfs import flat, is_pdf, pdf_pages, pdf_text

TRANSFERENCE = "Transference: Gannet-private, she speaks to me as to her strict old teacher."
FEELINGS = "Puffin-shared: I felt calm and unhurried with her."
ALERT_NOTE = "Grebe-note: talked it through at the next visit."
ACTIVITY = "Holding the bow"
LONG_ASSESSMENT = "Cormorant-assessment: wrist extensors overloaded.\n" + " ".join(
    f"Finding {i} is within normal limits." for i in range(30)
)


def make_record(sv: Services) -> dict[str, Any]:
    """A demo-like patient with something in every part of the record: goals with a revision,
    strategy and progress, signed visits with an amendment and check-ins, a draft visit with
    every text field filled, a questionnaire answered at home, an acknowledged alert, a chart
    note, and reflections about them with private notes."""
    made = make_full_patient(sv)
    pid = made["patient_id"]
    third = sv.visits.create(pid, visit_time(2))
    texts = {column: f"{label}: Tern-{i} note." for i, (column, label) in enumerate(VISIT_TEXTS)}
    texts["assessment"] = LONG_ASSESSMENT
    sv.visits.save_draft(
        third.id,
        replace(third.draft, **texts, touch_comfort=7, pain_before=4, pain_after=2),
    )
    sv.questionnaires.record(
        ResponseInput(
            patient_id=pid,
            instrument_id="function-psfs",
            instrument_version=1,
            respondent=Respondent.PATIENT,
            answered_at=visit_time(3),
            answers={"a1": 4.0},
            texts={"a1": ACTIVITY},
        )
    )
    sv.reflections.create(
        ReflectionInput(
            title="Gibbs on the wrist",
            written_on=dt.date.today(),
            template=ReflectionTemplate.GIBBS,
            sections={"feelings": FEELINGS},
            private_notes=TRANSFERENCE,
            tags=("violin", "wrist"),
            minutes=15,
            patient_id=pid,
        )
    )
    sv.alerts.acknowledge(sv.alerts.for_patient(pid)[0].id, ALERT_NOTE)
    return sv.patient_data.patient_record(pid)


def string_leaves(value: Any) -> list[str]:
    """Every string value of the record (keys left out: they are labels, not data)."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in string_leaves(v)]
    if isinstance(value, list):
        return [s for v in value for s in string_leaves(v)]
    return [value] if isinstance(value, str) else []


def readable_forms(value: str) -> list[str]:
    """How a value may read on the page. ISO dates and date-times are shown readably ('9 Mar
    1975', '6 Nov 2026, 10:00', times with a zone in local time), so for them the readable form
    is looked for instead of the ISO text; every other string must appear as it is."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return [value, f"{day.day} {day:%b %Y}"]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+([+-]\d{2}:\d{2})?", value):
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return [value, f"{moment.day} {moment:%b %Y}, {moment:%H:%M}"]
    return [flat(value)]


@pytest.fixture
def record(demo_services: Services) -> dict[str, Any]:
    return make_record(demo_services)


def test_patient_record_pdf_holds_every_value_and_no_private_note(
    qapp: object, tmp_path: Path, record: dict[str, Any]
) -> None:
    # Laid out once and written from that layout (the writer itself is tested below).
    laid = layout(build_patient_record_document(record, practice_name="Test Practice"))
    data = write_pdf(laid, tmp_path / "record.pdf").read_bytes()
    assert data.startswith(b"%PDF") and is_pdf(data)
    assert 1 <= laid.page_count == len(pdf_pages(data))
    text = flat(laid.text())
    for expected in (
        f"Everything Alliance Desktop holds about {GIVEN} {FAMILY}",
        record["Patient"]["Name"],
        "Riverside Osteopathy (demo)",  # the practice the record names, in the introduction
        "Play one movement of the partita",  # a goal
        "Play the whole Bach partita again",  # its earlier version
        "Plays in an orchestra on Thursdays.",  # a visit note
        "What the patient reported",  # ... under its label
        "The orchestra plays on Wednesdays.",  # an amendment
        "How was today's visit for you?",  # a check-in
        "bond | I feel heard and understood. | 10",  # ... an answer, with its question
        ACTIVITY,  # a questionnaire answered at home
        "Comfort with touch (0-10) | 7",
        "Consent | Consent given",
        ALERT_NOTE,
        SHARED,
        FEELINGS,
        "Page 1 of",
    ):
        assert flat(expected) in text, expected
    # The private section (transference and countertransference) is never on a page.
    for private in (PRIVATE, TRANSFERENCE, "dreaded", "Gannet", "strict old teacher"):
        assert private not in text, private

    # Nothing in the record is silently dropped: every string value (non-empty, longer than
    # 3 characters, so not "No" or "en") is on the pages, whitespace aside (lines wrap).
    missing = [
        leaf
        for leaf in string_leaves(record)
        if len(leaf.strip()) > 3 and not any(form in text for form in readable_forms(leaf))
    ]
    assert not missing, missing
    assert LONG_ASSESSMENT.splitlines()[0] in text and "Finding 29 is within" in text

    # The file says the same as the layout (its text decoded from the PDF itself).
    whole = flat("\n".join(pdf_text(data)))
    for expected in (f"{GIVEN} {FAMILY}", "Play one movement of the partita", ALERT_NOTE):
        assert expected in whole, expected
    for private in ("dreaded", "Gannet"):
        assert private not in whole, private


def test_unknown_parts_of_a_record_are_laid_out_not_dropped(qapp: object, tmp_path: Path) -> None:
    record: dict[str, Any] = {
        "Produced at": "2026-03-04T09:30:00",
        "Practice": "Kite Clinic",
        "Patient": {"Name": "Lark, Ada", "Given names": "Ada", "Family name": "Lark"},
        "Courses of care": [
            {
                "Number": 1,
                "Reason for care": "Stiff neck",
                "Goals": [],
                "Visits": [
                    {
                        "Number": 5,
                        "Date and time": "2026-03-01T11:15:00",
                        "Status": "Draft",
                        "Future field": "Heliotrope-visit",
                        "Questionnaires": [],
                    }
                ],
                "Future list": ["Saffron-one", "Saffron-two"],
            }
        ],
        "Alerts": [],
        "New section": [{"Visit": 5, "Finding": "Ochre-row"}],
        "New details": {"Colour": "Umber-detail", "Nested": {"Deeper": "Sepia-deep"}},
        "New note": "Indigo-note",
    }
    laid = layout(build_patient_record_document(record))
    text = flat(laid.text())
    for expected in (
        "Everything Alliance Desktop holds about Ada Lark",
        "made on 4 Mar 2026, 09:30",
        "Kite Clinic",
        "Course of care 1 of 1: Stiff neck",
        "Visit on 1 Mar 2026, 11:15 · Draft",
        "Future field | Heliotrope-visit",
        "Future list | Saffron-one, Saffron-two",
        "New section",
        "1 Mar 2026, 11:15 (visit no. 5) | Ochre-row",
        "Colour | Umber-detail",
        "Deeper | Sepia-deep",
        "New note | Indigo-note",
        "No goals were recorded in this course of care.",
    ):
        assert expected in text, expected

    path = write_patient_record_pdf(record, tmp_path / "small.pdf")
    assert path == tmp_path / "small.pdf" and not list(tmp_path.glob("*.part"))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(pdf_pages(data)) == laid.page_count >= 1
    assert "Heliotrope-visit" in flat("\n".join(pdf_text(data)))

    empty = flat(layout(build_patient_record_document({})).text())
    assert "Everything Alliance Desktop holds about you" in empty
    assert "None recorded." in empty
