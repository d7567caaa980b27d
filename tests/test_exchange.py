"""Whole-practice export and import, and the de-identified research export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import socket
import zipfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, String, Text, select
from sqlalchemy import Enum as SAEnum

from alliance_desktop.cli import main
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.vocab import AnnotationKind, ReflectionTemplate
from alliance_desktop.services import Services
from alliance_desktop.services.exchange import (
    DEIDENTIFIED_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    OperationCancelled,
    age_band,
    practice_tables,
)
from alliance_desktop.services.reflections import ReflectionInput
from alliance_desktop.store.base import Base
from alliance_desktop.store.folder_lock import LOCK_NAME
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.migrate import head_revision
from alliance_desktop.store.models import Patient, Visit
from alliance_desktop.store.opening import open_store
from alliance_desktop.store.unit_of_work import Store

PRIVATE = "I felt a pull to rescue this patient, as I did with my own brother."


def add_extras(sv: Services) -> dict[str, Any]:
    """What demo data does not make: a reflection with private text about a patient's visit, a
    chart note, an amendment and an imported questionnaire definition."""
    signed = next(v for p in sv.patients.rows() for v in sv.visits.for_patient(p.id) if v.signed)
    visit = sv.visits.get(signed.id)
    patient_id = visit.patient_id
    sv.visits.amend(signed.id, "Typing slip", "Pain before was 6, not 5.")
    reflection = sv.reflections.create(
        ReflectionInput(
            title="A visit that went quiet",
            written_on=dt.date.today(),
            template=ReflectionTemplate.GIBBS,
            sections={"description": "The patient hardly spoke after the first ten minutes."},
            private_notes=PRIVATE,
            tags=("rupture",),
            minutes=30,
            patient_id=patient_id,
            visit_id=signed.id,
        )
    )
    sv.annotations.add(patient_id, dt.date.today(), AnnotationKind.LIFE_EVENT, "Moved house")
    definition = json.loads(
        (files("alliance_desktop.assets.instruments") / "pain-nrs.json").read_text()
    )
    definition["id"] = "custom-pain"
    definition["title"] = {"en": "Custom pain", "fr": "Douleur (maison)"}
    sv.instruments.import_definition(json.dumps(definition))
    return {"patient_id": patient_id, "visit_id": signed.id, "reflection_id": reflection.id}


def every_row(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def other_store(tmp_path: Path) -> Any:
    s = open_store(StoreLocation.in_folder(tmp_path / "moved"), create=True)
    yield s
    s.dispose()


def test_round_trip_is_exact(demo_services: Services, other_store: Store, tmp_path: Path) -> None:
    add_extras(demo_services)
    first = tmp_path / "practice.json"
    summary = demo_services.exchange.export_practice(first)
    assert summary.records == sum(summary.counts.values()) > 1000

    imported = Services.for_store(other_store).exchange.import_practice(first)
    assert imported.records == summary.records
    assert imported.patients == 12 and imported.visits == 96

    second = tmp_path / "again.json"
    Services.for_store(other_store).exchange.export_practice(second)
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    # The one difference: the import itself is in the audit trail, as its last entry.
    added = two["tables"]["audit_entry"].pop()
    assert added["action"] == "import" and added["patient_id"] is None
    assert (
        added["changes"]["summary"]
        == f"practice imported from practice.json, {summary.records:,} records"
    )
    assert added["changes"]["records"] == summary.records
    assert one["tables"] == two["tables"]

    before, after = every_row(demo_services.store), every_row(other_store)
    assert after["audit_entry"][:-1] == before["audit_entry"]
    del before["audit_entry"], after["audit_entry"]
    assert before == after
    assert before["amendment"] and before["instrument_definition"] and before["chart_annotation"]
    # Values come back with their types: dates, aware moments, enums, booleans, JSON.
    with other_store.read() as s:
        visit = s.scalars(select(Visit).where(Visit.status == "signed")).first()
        assert visit is not None and visit.signed_at is not None
        assert visit.signed_at.tzinfo is not None and visit.starts_at.tzinfo is None
        assert isinstance(visit.rupture_noticed, bool)


def test_imported_signed_visits_stay_protected(
    demo_services: Services, other_store: Store, tmp_path: Path
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    extra = add_extras(demo_services)
    demo_services.exchange.export_practice(tmp_path / "p.json")
    Services.for_store(other_store).exchange.import_practice(tmp_path / "p.json")
    for sql in (
        f"UPDATE visit SET subjective = 'changed' WHERE id = {extra['visit_id']}",
        f"DELETE FROM visit WHERE id = {extra['visit_id']}",
        "DELETE FROM amendment",
        "UPDATE audit_entry SET action = 'x'",
    ):
        with pytest.raises(IntegrityError), other_store.engine.begin() as conn:
            conn.execute(text(sql))
    assert Services.for_store(other_store).maintenance.check().ok


def test_export_is_versioned_json_of_every_table(demo_services: Services, tmp_path: Path) -> None:
    demo_services.practice.set_handover_pin("7391")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "p.json"
    demo_services.exchange.export_practice(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["format_version"] == FORMAT_VERSION
    assert data["schema_revision"] == head_revision()
    assert dt.datetime.fromisoformat(data["exported_at"]).tzinfo is not None
    assert data["app_version"]
    names = {t.name for t in Base.metadata.sorted_tables}
    assert set(data["tables"]) == names - {"erasure_in_progress"}
    assert {t.name for t in practice_tables()} == set(data["tables"])
    for name, rows in data["tables"].items():
        ids = [r.get("id", r.get("key")) for r in rows]
        assert ids == sorted(ids), name
    keys = {r["key"] for r in data["tables"]["store_meta"]}
    assert "practice_name" in keys and "handover_pin_hash" not in keys
    assert list(out.parent.iterdir()) == [out]  # no temporary file left
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)  # private: it holds health data


def test_import_refuses_a_practice_that_holds_data(demo_services: Services, tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    demo_services.exchange.export_practice(out)
    before = demo_services.maintenance.stats()
    with pytest.raises(ValidationError, match="already holds patients"):
        demo_services.exchange.import_practice(out)
    assert demo_services.maintenance.stats() == before


def test_import_refuses_a_practice_with_only_practitioners(
    demo_services: Services, tmp_path: Path, other_store: Store
) -> None:
    out = tmp_path / "p.json"
    demo_services.exchange.export_practice(out)
    fresh = Services.for_store(other_store)
    fresh.practice.add_practitioner("Someone")
    with pytest.raises(ValidationError, match="not empty"):
        fresh.exchange.import_practice(out)


def _exported(sv: Services, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "p.json"
    sv.exchange.export_practice(out)
    return out, json.loads(out.read_text())


def test_import_refuses_newer_and_foreign_files(
    demo_services: Services, other_store: Store, tmp_path: Path
) -> None:
    _, data = _exported(demo_services, tmp_path)
    target = Services.for_store(other_store).exchange
    cases = [
        ({**data, "format_version": FORMAT_VERSION + 1}, "newer version of Alliance Desktop"),
        ({**data, "schema_revision": "9999"}, "newer version of Alliance Desktop"),
        ({**data, "format": "something-else"}, "not an Alliance Desktop practice export"),
        ({**data, "tables": {**data["tables"], "invoices": []}}, "does not know"),
        ([1, 2, 3], "not an Alliance Desktop practice export"),
    ]
    for document, message in cases:
        path = tmp_path / "changed.json"
        path.write_text(json.dumps(document))
        with pytest.raises(ValidationError, match=message):
            target.import_practice(path)
    assert Services.for_store(other_store).maintenance.stats()["patients"] == 0


def test_import_refuses_wrong_types_instead_of_guessing(
    demo_services: Services, other_store: Store, tmp_path: Path
) -> None:
    _, data = _exported(demo_services, tmp_path)
    target = Services.for_store(other_store).exchange
    changes = [
        ("visit", "pain_before", True, "whole number"),
        ("visit", "rupture_noticed", 0, "true or false"),
        ("visit", "visit_type", "teleconsultation", "choices"),
        ("patient", "created_at", "2026-01-01T10:00:00", "time zone"),
        ("episode", "started_on", "01/02/2026", "not a date"),
        ("patient", "family_name", None, "empty"),
    ]
    for table, column, value, message in changes:
        changed = json.loads(json.dumps(data))
        changed["tables"][table][0][column] = value
        path = tmp_path / "changed.json"
        path.write_text(json.dumps(changed))
        with pytest.raises(ValidationError, match=message):
            target.import_practice(path)
    assert Services.for_store(other_store).maintenance.stats()["patients"] == 0


def test_a_truncated_file_gets_a_plain_message(
    demo_services: Services, other_store: Store, tmp_path: Path
) -> None:
    out, _ = _exported(demo_services, tmp_path)
    raw = out.read_bytes()
    out.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(ValidationError) as caught:
        Services.for_store(other_store).exchange.import_practice(out)
    message = str(caught.value)
    assert "cut short" in message and "Nothing was imported" in message
    assert "Traceback" not in message and "Expecting" not in message
    out.write_bytes(b"\xff\xfe binary")
    with pytest.raises(ValidationError, match="not an Alliance Desktop practice export"):
        Services.for_store(other_store).exchange.import_practice(out)


def test_cancelling_an_export_leaves_no_file(demo_services: Services, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "p.json"
    with pytest.raises(OperationCancelled, match="no file was written"):
        demo_services.exchange.export_practice(
            out, progress=lambda d, t: calls.append((d, t)), cancelled=lambda: bool(calls)
        )
    assert calls and list(out.parent.iterdir()) == []


def test_cancelling_an_import_changes_nothing(
    demo_services: Services, other_store: Store, tmp_path: Path
) -> None:
    out, _ = _exported(demo_services, tmp_path)
    target = Services.for_store(other_store)
    before = every_row(other_store)
    calls: list[tuple[int, int]] = []
    with pytest.raises(OperationCancelled, match="nothing was changed"):
        target.exchange.import_practice(
            out, progress=lambda d, t: calls.append((d, t)), cancelled=lambda: bool(calls)
        )
    assert calls and every_row(other_store) == before
    # ...and the same file imports afterwards, whole.
    progress: list[tuple[int, int]] = []
    summary = target.exchange.import_practice(out, progress=lambda d, t: progress.append((d, t)))
    assert progress[-1] == (summary.records, summary.records)
    assert target.maintenance.stats()["patients"] == 12


# ---------------------------------------------------------------- de-identified
def _store_texts(store: Store) -> set[str]:
    """Every free-text and identifying string the store holds (long enough to be meaningful)."""
    codes = {
        ("questionnaire_response", "instrument_id"),
        ("questionnaire_response", "language"),
        ("questionnaire_answer", "item_id"),
        ("instrument_definition", "instrument_id"),
        ("alert", "kind"),
        ("alert", "key"),
        ("alert", "severity"),
        ("alert", "status"),
        ("reflection", "themes"),
        ("store_meta", "key"),
        ("audit_entry", "entity"),
        ("audit_entry", "action"),
    }
    found: set[str] = set()
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if (table.name, column.name) in codes or isinstance(column.type, SAEnum):
                    continue
                if (table.name, column.name) == ("reflection", "sections"):
                    for value in conn.execute(select(column)).scalars():
                        found.update(str(v) for v in value.values())
                elif isinstance(column.type, String | Text) and not isinstance(column.type, JSON):
                    found.update(str(v) for v in conn.execute(select(column)).scalars() if v)
    return {t for t in found if len(t) >= 4}


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8"))))


def test_deidentified_export_holds_no_identifying_or_free_text(
    demo_services: Services, tmp_path: Path
) -> None:
    extra = add_extras(demo_services)
    with demo_services.store.write() as s:  # the linked patient consents, for the reflection
        s.get_one(Patient, extra["patient_id"]).research_consent = True
    summary = demo_services.exchange.export_deidentified(tmp_path / "research")
    folder = tmp_path / "research"
    contents = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert set(contents) == {"README.txt", *DEIDENTIFIED_COLUMNS}
    assert set(summary.files) == set(contents)
    everything = b"\n".join(contents.values()).decode("utf-8")
    folded = everything.casefold()
    leaks = sorted(t for t in _store_texts(demo_services.store) if t.casefold() in folded)
    assert leaks == []
    assert PRIVATE not in everything and "Moved house" not in everything
    assert not re.search(r"\d{4}-\d{2}-\d{2}", everything)  # no dates at all
    assert not re.search(r"@|\b07\d{3}\b", everything)  # no emails or phone numbers

    with demo_services.store.read() as s:
        consented = s.scalars(select(Patient.id).where(Patient.research_consent.is_(True))).all()
        total = len(s.scalars(select(Patient.id)).all())
    patients = _rows(contents["patients.csv"])
    assert len(patients) == len(consented) == summary.patients
    assert summary.left_out_without_consent == total - len(consented)
    code = re.compile(r"^[PEGSVR]-[0-9a-f]{8}$")
    for name, columns in DEIDENTIFIED_COLUMNS.items():
        rows = _rows(contents[name])
        assert rows, name
        assert list(rows[0]) == list(columns)
        firsts = [r[columns[0]] for r in rows]
        assert firsts == sorted(firsts), f"{name} is not ordered by its random codes"
        for row in rows:
            for column in ("patient", "episode", "visit", "goal", "strategy", "response"):
                if row.get(column):
                    assert code.match(row[column]), (name, column, row[column])
    visits = _rows(contents["visits.csv"])
    assert {v["status"] for v in visits} <= {"draft", "signed"}
    assert all(v["day"].lstrip("-").isdigit() for v in visits)
    assert all(v["pain_before"] == "" or 0 <= int(v["pain_before"]) <= 10 for v in visits)
    assert {e["age_band"] for e in _rows(contents["episodes.csv"])} <= {
        "18-29",
        "30-39",
        "40-49",
        "50-59",
        "60-69",
        "70-79",
        "80+",
    }
    scores = _rows(contents["checkin_scores.csv"])
    assert {"alliance-checkin"} <= {r["instrument_id"] for r in scores}


def test_two_deidentified_exports_share_no_codes(demo_services: Services, tmp_path: Path) -> None:
    one = demo_services.exchange.export_deidentified(tmp_path / "one.zip")
    two = demo_services.exchange.export_deidentified(tmp_path / "two.zip")
    assert one.path.is_file() and two.path.is_file()
    first, second = _read_zip(one.path), _read_zip(two.path)
    assert set(first) == set(second) == {"README.txt", *DEIDENTIFIED_COLUMNS}
    codes_one = set(re.findall(r"[PEGSVR]-[0-9a-f]{8}", b"".join(first.values()).decode()))
    codes_two = set(re.findall(r"[PEGSVR]-[0-9a-f]{8}", b"".join(second.values()).decode()))
    assert codes_one and not codes_one & codes_two
    # The same facts, only the codes differ.
    assert len(_rows(first["visits.csv"])) == len(_rows(second["visits.csv"]))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_deidentified_export_refuses_a_folder_in_use(
    demo_services: Services, tmp_path: Path
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "mine.txt").write_text("keep")
    with pytest.raises(ValidationError, match="not a new or empty folder"):
        demo_services.exchange.export_deidentified(tmp_path / "busy")
    with pytest.raises(ValidationError, match="csv"):
        demo_services.exchange.export_deidentified(tmp_path / "x", format="xlsx")
    assert (tmp_path / "busy" / "mine.txt").read_text() == "keep"


def test_age_bands() -> None:
    day = dt.date(2026, 6, 1)
    assert age_band(None, day) == ""
    assert age_band(dt.date(2010, 6, 2), day) == "0-17"
    assert age_band(dt.date(2008, 6, 1), day) == "18-29"
    assert age_band(dt.date(1996, 6, 2), day) == "18-29"
    assert age_band(dt.date(1996, 6, 1), day) == "30-39"
    assert age_band(dt.date(1946, 6, 1), day) == "80+"


# ------------------------------------------------------------------------- CLI
def test_cli_export_import_and_research_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    args = ["--data-dir", str(source)]
    assert main([*args, "demo-data", "--patients", "6", "--visits-per-patient", "3"]) == 0
    capsys.readouterr()
    out = tmp_path / "practice.json"
    assert main([*args, "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "private reflections" in printed and out.is_file()

    assert main(["--data-dir", str(target), "import", str(out)]) == 0
    assert "6 patients, 18 visits" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "stats"]) == 0
    assert json.loads(capsys.readouterr().out)["visits"] == 18
    assert main(["--data-dir", str(target), "import", str(out)]) == 1
    assert "already holds patients" in capsys.readouterr().err

    broken = tmp_path / "broken.json"
    broken.write_bytes(out.read_bytes()[:500])
    assert main(["--data-dir", str(tmp_path / "third"), "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "cut short" in err and "Traceback" not in err

    research = tmp_path / "research"
    assert main([*args, "export", "--deidentify", "--out", str(research)]) == 0
    printed = capsys.readouterr().out
    assert "left out: no research consent" in printed
    assert (research / "visits.csv").is_file()
    assert main([*args, "export", "--format", "csv", "--out", str(tmp_path / "x")]) == 2
    assert "json" in capsys.readouterr().err

    record = tmp_path / "patient.json"
    assert main([*args, "export-patient", "1", "--out", str(record)]) == 0
    assert json.loads(record.read_text())["Patient"]["Record number"] == 1
    capsys.readouterr()
    assert main([*args, "export-patient", "999", "--out", str(record)]) == 1
    assert "no patient with number 999" in capsys.readouterr().err


def test_cli_import_refuses_while_the_app_has_the_folder_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "open"
    folder.mkdir()
    (folder / LOCK_NAME).write_text(f"{os.getpid()}\n0\n{socket.gethostname()}\n")
    export = tmp_path / "p.json"
    export.write_text("{}")
    assert main(["--data-dir", str(folder), "import", str(export)]) == 3
    assert "Close it first" in capsys.readouterr().err
    assert not (folder / "practice.sqlite").exists()
