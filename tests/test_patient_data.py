"""A patient's rights: access to their whole record, and erasure after (or within) retention."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, String, Text, select, text
from sqlalchemy.exc import IntegrityError

from alliance_desktop.cli import main
from alliance_desktop.domain.errors import ConfirmationRequired, NotFoundError, ValidationError
from alliance_desktop.domain.retention import retention_until, within_retention
from alliance_desktop.domain.vocab import (
    Adherence,
    AnnotationKind,
    ConsentDecision,
    ReflectionTemplate,
    Respondent,
)
from alliance_desktop.services import Services
from alliance_desktop.services.goals import GoalInput, StrategyInput
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.reflections import ReflectionInput
from alliance_desktop.services.visits import VisitDraft
from alliance_desktop.store.base import Base
from alliance_desktop.store.models import (
    ERASED_AUDIT_CHANGES,
    AuditEntry,
    Reflection,
)
from tests.factories import visit_time

PRIVATE = "Countertransference: I dreaded the knock on the door and felt like a failing parent."
SHARED = "We agreed the goal in the patient's own words this time."
FAMILY, GIVEN, EMAIL, PHONE = "Quargleby", "Zebulon", "zeb.quargle@example.net", "07700 900123"


def make_full_patient(sv: Services) -> dict[str, Any]:
    """A patient with something in every kind of record, and a reflection about them."""
    patient = sv.patients.create(
        PatientInput(
            family_name=FAMILY,
            given_names=GIVEN,
            date_of_birth=dt.date(1975, 3, 9),
            email=EMAIL,
            phone=PHONE,
            address="12 Lantern Row, Tewkesbury",
            communication_notes="Prefers written summaries.",
            storage_consent=True,
            storage_consent_on=dt.date.today(),
        )
    )
    episode = sv.episodes.open(
        patient.id, "Aching wrist from violin practice", visit_time(40).date()
    )
    goal = sv.goals.add(episode.id, GoalInput(wording="Play the whole Bach partita again"))
    sv.goals.revise(goal.id, GoalInput(wording="Play one movement of the partita"), "Smaller step")
    strategy = sv.goals.add_strategy(goal.id, StrategyInput("Wrist stretches before practice"))
    first = sv.visits.create(patient.id, visit_time(20))
    sv.visits.save_draft(
        first.id,
        VisitDraft(
            starts_at=first.draft.starts_at,
            visit_type=first.draft.visit_type,
            subjective="Plays in an orchestra on Thursdays.",
            pain_before=6,
            consent_decision=ConsentDecision.GIVEN,
            goal_progress={goal.id: 3},
            practitioner_rating={"bond": 8},
        ),
    )
    sv.questionnaires.record(
        ResponseInput(
            patient_id=patient.id,
            visit_id=first.id,
            instrument_id="alliance-checkin",
            instrument_version=1,
            respondent=Respondent.PATIENT,
            answered_at=visit_time(20),
            answers={"goal": 9, "task": 8, "bond": 10},
        )
    )
    sv.visits.sign(first.id)
    sv.visits.amend(first.id, "Wrong day", "The orchestra plays on Wednesdays.")
    second = sv.visits.create(patient.id, visit_time(5))
    sv.visits.save_draft(
        second.id,
        VisitDraft(
            starts_at=second.draft.starts_at,
            visit_type=second.draft.visit_type,
            adherence={strategy.id: (Adherence.PARTLY, "Concert week")},
        ),
    )
    sv.visits.sign(second.id)
    sv.annotations.add(patient.id, visit_time(10).date(), AnnotationKind.LIFE_EVENT, "Concert tour")
    reflection = sv.reflections.create(
        ReflectionInput(
            title="Goals in their words",
            written_on=dt.date.today(),
            template=ReflectionTemplate.ROLFE,
            sections={"what": SHARED},
            private_notes=PRIVATE,
            minutes=20,
            patient_id=patient.id,
            visit_id=first.id,
        )
    )
    return {
        "patient_id": patient.id,
        "episode_id": episode.id,
        "visit_ids": [first.id, second.id],
        "reflection_id": reflection.id,
    }


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


# ------------------------------------------------------------------------- access
def test_patient_record_holds_everything_but_the_private_notes(
    demo_services: Services, tmp_path: Path
) -> None:
    made = make_full_patient(demo_services)
    record = demo_services.patient_data.patient_record(made["patient_id"])
    dumped = json.dumps(record, ensure_ascii=False)  # JSON-safe as it is
    assert PRIVATE not in dumped and "dreaded" not in dumped
    assert SHARED in dumped
    assert record["Patient"]["Email"] == EMAIL
    assert record["Patient"]["Name"] == f"{FAMILY}, {GIVEN}"
    (episode,) = record["Courses of care"]
    (goal,) = episode["Goals"]
    assert goal["Goal"] == "Play one movement of the partita"
    assert goal["Earlier versions"][0]["Goal"] == "Play the whole Bach partita again"
    assert goal["Strategies"][0]["Reviews at visits"][0]["Done"] == "Partly"
    assert goal["Progress at visits"][0]["Rating (0-10)"] == 3
    first, _ = episode["Visits"]
    assert first["Consent"] == "Consent given" and first["Status"] == "Signed"
    assert first["Amendments"][0]["Correction"] == "The orchestra plays on Wednesdays."
    instruments = {q["Questionnaire id"] for q in first["Questionnaires"]}
    assert instruments == {"alliance-checkin", "alliance-practitioner"}
    checkin = next(
        q for q in first["Questionnaires"] if q["Questionnaire id"] == "alliance-checkin"
    )
    assert {a["Item"]: a["Answer"] for a in checkin["Answers"]}["bond"] == 10
    assert all(a["Question"] for a in checkin["Answers"])
    assert record["Chart notes"][0]["Note"] == "Concert tour"
    (reflection,) = record["Reflections about this patient's care"]
    assert reflection["Sections"] == [{"Section": "What?", "Text": SHARED}]
    assert not any("private" in key.lower() for key in _strings(reflection))
    assert {h["Record"] for h in record["History of changes"]} >= {"patient", "visit", "goal"}
    assert "reflection" not in {h["Record"] for h in record["History of changes"]}

    out = tmp_path / "record.json"
    demo_services.patient_data.export_patient_json(made["patient_id"], out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        json.dumps({**record, "Produced at": json.loads(out.read_text())["Produced at"]})
    )
    assert PRIVATE not in out.read_text(encoding="utf-8")
    with pytest.raises(NotFoundError):
        demo_services.patient_data.patient_record(999_999)


# ---------------------------------------------------------------------- retention
def test_retention_follows_the_uk_rule() -> None:
    last = dt.date(2020, 5, 1)
    assert retention_until(dt.date(1970, 1, 1), last) == dt.date(2028, 5, 1)  # adult
    assert retention_until(None, last) == dt.date(2028, 5, 1)  # unknown age: adults' rule
    assert retention_until(dt.date(2010, 7, 1), last) == dt.date(2035, 7, 1)  # 9: 25th birthday
    assert retention_until(dt.date(2002, 7, 1), last) == dt.date(2028, 7, 1)  # 17: 26th birthday
    assert retention_until(dt.date(2019, 1, 1), last) == dt.date(2044, 1, 1)
    # A child seen late: 8 years after the last visit is later than the 25th birthday.
    assert retention_until(dt.date(2003, 4, 1), dt.date(2019, 1, 1)) == dt.date(2028, 4, 1)
    assert retention_until(dt.date(1990, 1, 1), dt.date(2020, 2, 29)) == dt.date(2028, 2, 29)
    assert retention_until(dt.date(1990, 1, 1), dt.date(2024, 2, 29)) == dt.date(2032, 2, 29)
    assert retention_until(dt.date(1990, 1, 1), dt.date(2016, 2, 29)) == dt.date(2024, 2, 29)
    assert retention_until(dt.date(1990, 1, 1), dt.date(2012, 2, 29)) == dt.date(2020, 2, 29)
    assert retention_until(dt.date(1990, 1, 1), dt.date(2013, 2, 28)) == dt.date(2021, 2, 28)
    assert within_retention(None, last, dt.date(2028, 5, 1))
    assert not within_retention(None, last, dt.date(2028, 5, 2))


# ------------------------------------------------------------------------ erasure
def _all_text(services: Services) -> str:
    """Every text, string and JSON value of every table, the audit trail included."""
    parts: list[str] = []
    with services.store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text | JSON):
                    parts += [
                        json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
                        for v in conn.execute(select(column)).scalars()
                    ]
    return "\n".join(parts)


def test_erasure_needs_a_reason_and_confirmation_within_retention(
    demo_services: Services,
) -> None:
    made = make_full_patient(demo_services)
    pid = made["patient_id"]
    before = demo_services.maintenance.stats()
    with pytest.raises(ValidationError, match="reason"):
        demo_services.patient_data.erase_patient(pid, "   ")
    with pytest.raises(ValidationError, match="name"):
        demo_services.patient_data.erase_patient(pid, f"{GIVEN} {FAMILY} asked by letter")
    with pytest.raises(ValidationError, match="name"):
        demo_services.patient_data.erase_patient(pid, f"asked by email from {EMAIL}")
    keep = demo_services.patient_data.retention(pid)
    assert keep.within_retention and keep.last_contact == visit_time(5).date()
    with pytest.raises(ConfirmationRequired) as caught:
        demo_services.patient_data.erase_patient(pid, "Patient asked in writing")
    assert f"{keep.keep_until:%d %B %Y}" in str(caught.value)
    assert keep.keep_until == retention_until(dt.date(1975, 3, 9), visit_time(5).date())
    assert demo_services.maintenance.stats() == before
    # After the retention period no confirmation is needed.
    later = keep.keep_until + dt.timedelta(days=1)
    summary = demo_services.patient_data.erase_patient(pid, "Retention period over", today=later)
    assert summary.records_removed["patient"] == 1


def test_erasure_removes_every_row_and_every_trace_of_the_person(
    demo_services: Services, data_dir: Path
) -> None:
    made = make_full_patient(demo_services)
    pid = made["patient_id"]
    assert FAMILY in _all_text(demo_services) and EMAIL in _all_text(demo_services)
    other = next(p.id for p in demo_services.patients.rows() if p.id != pid)
    signed = next(v for v in demo_services.visits.for_patient(other) if v.signed)
    demo_services.visits.amend(signed.id, "Typo", "Pain was 4.")
    other_visits = demo_services.visits.for_patient(other)
    stats = demo_services.maintenance.stats()

    summary = demo_services.patient_data.erase_patient(
        pid, "Patient asked in writing", confirm_within_retention=True
    )
    assert summary.records_removed["visits"] == 2
    assert summary.records_removed["amendments"] == 1
    assert demo_services.visits.get(signed.id).amendments[0].text == "Pain was 4."
    assert summary.reflections_unlinked == 1 and summary.audit_entries_redacted > 10

    with pytest.raises(NotFoundError):
        demo_services.patients.get(pid)
    with demo_services.store.engine.connect() as conn:
        for table, where in (
            ("patient", f"id = {pid}"),
            ("episode", f"patient_id = {pid}"),
            ("visit", f"patient_id = {pid}"),
            ("questionnaire_response", f"patient_id = {pid}"),
            ("chart_annotation", f"patient_id = {pid}"),
            ("alert", f"patient_id = {pid}"),
            ("goal", f"episode_id = {made['episode_id']}"),
            ("amendment", f"visit_id IN ({made['visit_ids'][0]}, {made['visit_ids'][1]})"),
            ("goal_progress", f"visit_id IN ({made['visit_ids'][0]}, {made['visit_ids'][1]})"),
            ("strategy_review", f"visit_id IN ({made['visit_ids'][0]}, {made['visit_ids'][1]})"),
            ("erasure_in_progress", "1 = 1"),
        ):
            assert conn.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar() == 0
        assert (
            conn.execute(text("SELECT count(*) FROM goal_revision")).scalar()
            == stats["goal_revisions"] - 1
        )
    after = demo_services.maintenance.stats()
    assert after["patients"] == stats["patients"] - 1
    assert after["visits"] == stats["visits"] - 2
    assert after["audit_entries"] == stats["audit_entries"] + 1  # redacted, none deleted

    everything = _all_text(demo_services)
    for trace in (
        FAMILY,
        GIVEN,
        EMAIL,
        PHONE,
        "Lantern Row",
        "Bach partita",
        "orchestra",
        "violin",
        "Concert tour",
        "Wrist stretches",
    ):
        assert trace not in everything, trace
    # The practitioner's reflection stays, unlinked, with its words.
    with demo_services.store.read() as s:
        reflection = s.get_one(Reflection, made["reflection_id"])
        assert reflection.patient_id is None and reflection.visit_id is None
        assert reflection.sections == {"what": SHARED} and reflection.private_notes == PRIVATE
        entries = s.scalars(select(AuditEntry).where(AuditEntry.patient_id == pid)).all()
        erased = [a for a in entries if a.action == "erase"]
        assert len(erased) == 1
        assert erased[0].changes["reason"] == "Patient asked in writing"
        assert erased[0].changes["erased_on"] == dt.date.today().isoformat()
        assert all(
            a.changes == json.loads(ERASED_AUDIT_CHANGES) for a in entries if a.action != "erase"
        )
    # Nor is anything left in the file itself: deleted pages were overwritten.
    for suffix in ("", "-wal"):
        path = data_dir / f"practice.sqlite{suffix}"
        if path.exists():
            assert FAMILY.encode() not in path.read_bytes(), path.name
            assert EMAIL.encode() not in path.read_bytes(), path.name

    # Every other patient's signed visit is as protected as before.
    for sql in (
        f"DELETE FROM visit WHERE id = {signed.id}",
        f"UPDATE visit SET subjective = 'x' WHERE id = {signed.id}",
        f"DELETE FROM amendment WHERE visit_id = {signed.id}",
        f"DELETE FROM goal_progress WHERE visit_id = {signed.id}",
        "DELETE FROM audit_entry",
        "UPDATE audit_entry SET action = 'x'",
    ):
        with pytest.raises(IntegrityError), demo_services.store.engine.begin() as conn:
            conn.execute(text(sql))
    assert demo_services.visits.for_patient(other) == other_visits
    assert demo_services.maintenance.check().ok


def test_the_erasure_marker_opens_nothing_for_other_patients(demo_services: Services) -> None:
    rows = demo_services.patients.rows()
    erased, other = rows[0].id, rows[1].id
    signed = next(v for v in demo_services.visits.for_patient(other) if v.signed)
    mine = next(v for v in demo_services.visits.for_patient(erased) if v.signed)
    redacted = ERASED_AUDIT_CHANGES.replace("'", "''")
    for sql in (
        f"DELETE FROM visit WHERE id = {signed.id}",
        f"DELETE FROM questionnaire_response WHERE visit_id = {signed.id}",
        f"UPDATE audit_entry SET changes = '{redacted}' WHERE patient_id = {other}",
        # ...and even for the patient being erased only deletion and redaction are open:
        f"UPDATE visit SET subjective = 'x' WHERE id = {mine.id}",
        f"UPDATE audit_entry SET action = 'x' WHERE patient_id = {erased}",
        f"UPDATE audit_entry SET changes = '{{}}' WHERE patient_id = {erased}",
        f"DELETE FROM audit_entry WHERE patient_id = {erased}",
    ):
        with (
            pytest.raises(IntegrityError, match=r"is signed|cannot be changed or deleted"),
            demo_services.store.engine.begin() as conn,
        ):
            conn.execute(
                text(f"INSERT INTO erasure_in_progress (id, patient_id) VALUES (1, {erased})")
            )
            conn.execute(text(sql))
    with pytest.raises(IntegrityError, match="CHECK"), demo_services.store.engine.begin() as conn:
        conn.execute(text("INSERT INTO erasure_in_progress (id, patient_id) VALUES (2, 1)"))


def test_the_migration_and_the_service_agree_on_the_redaction_text() -> None:
    migration = importlib.import_module(
        "alliance_desktop.store.migrations.versions.0005_erasure_of_one_patient"
    )
    assert migration.REDACTED == ERASED_AUDIT_CHANGES
    assert json.loads(ERASED_AUDIT_CHANGES) == {"redacted": "personal data erased"}


def test_erasure_is_one_transaction(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop.services import patient_data

    made = make_full_patient(demo_services)
    before = _all_text(demo_services)
    stats = demo_services.maintenance.stats()
    original = patient_data._erase

    def failing(conn: Any, patient_id: int) -> Any:
        original(conn, patient_id)
        raise RuntimeError("power cut")

    monkeypatch.setattr(patient_data, "_erase", failing)
    with pytest.raises(RuntimeError):
        demo_services.patient_data.erase_patient(
            made["patient_id"], "Asked", confirm_within_retention=True
        )
    assert demo_services.maintenance.stats() == stats
    assert _all_text(demo_services) == before


def test_cli_export_patient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "p"
    assert (
        main(
            ["--data-dir", str(folder), "demo-data", "--patients", "3", "--visits-per-patient", "2"]
        )
        == 0
    )
    out = tmp_path / "record.json"
    assert main(["--data-dir", str(folder), "export-patient", "2", "--out", str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["Patient"]["Record number"] == 2
    assert all("Private" not in key for key in _strings(record))
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "export-patient",
                "2",
                "--out",
                str(tmp_path / "no" / "x.json"),
            ]
        )
        == 1
    )
    assert "not there" in capsys.readouterr().err
