"""The engine factory, migrations, backups and the audit trail."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from alliance_desktop.store.backup import backup_database, verify_backup
from alliance_desktop.store.base import Base
from alliance_desktop.store.engine import (
    EXPECTED_PRAGMAS,
    check_pragmas,
    make_engine,
    read_pragmas,
)
from alliance_desktop.store.errors import StoreCorruptError, StoreMissingError, StoreTooNewError
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.migrate import (
    SchemaState,
    head_revision,
    schema_state,
    upgrade_to_head,
)
from alliance_desktop.store.models import Patient
from alliance_desktop.store.opening import open_store
from alliance_desktop.store.unit_of_work import Store


def test_pragmas_are_read_back_on_every_connection(store: Store) -> None:
    pragmas = read_pragmas(store.engine)
    assert pragmas == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": EXPECTED_PRAGMAS["busy_timeout"],
    }
    assert check_pragmas(store.engine) == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO episode (patient_id, reason, started_on, status, discharge_note,"
                " created_at) VALUES (999, 'x', '2026-01-01', 'open', '', '2026-01-01')"
            )
        )


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fresh.sqlite")
    assert schema_state(engine) is SchemaState.EMPTY
    upgrade_to_head(engine)
    assert schema_state(engine) is SchemaState.CURRENT
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_store_newer_than_the_app_fails_closed(store: Store, data_dir: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    db = data_dir / "practice.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(StoreLocation.in_folder(data_dir))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "practice.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreTooNewError, match="not an Alliance Desktop practice"):
        open_store(StoreLocation.sqlite_file(path))


def test_a_garbage_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "practice.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreCorruptError):
        open_store(StoreLocation.sqlite_file(path))
    assert path.read_bytes().startswith(b"this is not a database")


def test_opening_never_creates_a_store_silently(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="no practice database"):
        open_store(StoreLocation.in_folder(tmp_path / "nowhere"))
    assert not (tmp_path / "nowhere").exists()


def test_backup_is_a_verified_copy(store: Store, tmp_path: Path) -> None:
    with store.write() as s:
        s.add(Patient(family_name="Nguyen", given_names="Mei"))
    target = backup_database(store.engine, tmp_path / "backups" / "b.sqlite")
    verify_backup(target)
    assert not target.with_name("b.sqlite.partial").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT family_name FROM patient").fetchall() == [("Nguyen",)]


def test_a_damaged_backup_fails_verification(store: Store, tmp_path: Path) -> None:
    target = backup_database(store.engine, tmp_path / "b.sqlite")
    data = bytearray(target.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the header and the schema page
    target.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError):
        verify_backup(target)


def test_an_older_schema_is_backed_up_before_upgrading(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the app's head is a newer revision than the store's, so the store is "behind".
    import alembic.command

    from alliance_desktop.store import migrate

    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999")
    monkeypatch.setattr(migrate, "schema_state", lambda engine: SchemaState.BEHIND)
    calls: list[str] = []
    monkeypatch.setattr(alembic.command, "upgrade", lambda cfg, rev: calls.append(rev))
    backup = upgrade_to_head(store.engine, backup_dir=data_dir / "backups")
    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"before-upgrade-{head_revision()}-")
    verify_backup(backup)
    assert calls == ["head"]


def test_the_known_head_is_alembics_head() -> None:
    """Opening a current store skips Alembic by comparing with SCHEMA_HEAD: a new migration
    must move it (scripts/new_migration.py prints the reminder)."""
    from alliance_desktop.store.location import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_store_does_not_import_alembic(data_dir: Path) -> None:
    import subprocess
    import sys

    open_store(StoreLocation.in_folder(data_dir), create=True).dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from alliance_desktop.store.location import StoreLocation\n"
        "from alliance_desktop.store.opening import open_store\n"
        f"open_store(StoreLocation.in_folder(Path({str(data_dir)!r}))).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_read_units_of_work_refuse_to_write(store: Store) -> None:
    with pytest.raises(RuntimeError, match="read unit of work"), store.read() as s:
        s.add(Patient(family_name="X", given_names="Y"))
        s.flush()


def test_audit_records_insert_update_delete_with_actor(services) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.patients import PatientInput
    from tests.factories import make_patient

    actor = services.store.actor_id
    patient = make_patient(services, episode=None)
    services.patients.update(
        patient.id, PatientInput(family_name="Dupont-Martin", given_names="Hélène")
    )
    note = services.annotations.add(patient.id, patient.created_at.date(), "life_event", "Moved")
    services.annotations.delete(note.id)
    trail = services.audit.for_patient(patient.id)
    actions = [(a.entity, a.action) for a in reversed(trail)]
    assert actions == [
        ("patient", "insert"),
        ("patient", "update"),
        ("chart_annotation", "insert"),
        ("chart_annotation", "delete"),
    ]
    update = next(a for a in trail if a.action == "update")
    assert update.changes["family_name"] == {"old": "Dupont", "new": "Dupont-Martin"}
    assert all(a.actor_id == actor for a in trail)
    deleted = next(a for a in trail if a.action == "delete")
    assert deleted.changes["label"] == {"old": "Moved"}


def test_a_failed_write_leaves_nothing_behind(services) -> None:  # type: ignore[no-untyped-def]
    before = services.maintenance.stats()
    with pytest.raises(ZeroDivisionError), services.store.write() as s:
        s.add(Patient(family_name="Half", given_names="Written"))
        s.flush()
        1 / 0  # noqa: B018
    assert services.maintenance.stats() == before


def test_an_old_store_is_backed_up_then_upgraded_with_its_data(tmp_path: Path) -> None:
    from alembic import command

    from alliance_desktop.store.migrate import alembic_config

    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / "practice.sqlite")
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO patient (family_name, given_names, preferred_name, email, phone,"
                " address, communication_notes, storage_consent, research_consent, archived,"
                " created_at, updated_at) VALUES ('Müller', 'Margaret', '', '', '', '', '', 1, 0,"
                " 0, '2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()
    store = open_store(StoreLocation.in_folder(folder))
    try:
        assert schema_state(store.engine) is SchemaState.CURRENT
        with store.read() as s:
            assert [p.family_name for p in s.query(Patient)] == ["Müller"]
    finally:
        store.dispose()
    backups = list((folder / "backups").glob("before-upgrade-0001-*.sqlite"))
    assert len(backups) == 1
    verify_backup(backups[0])
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]


def test_audit_rows_of_child_records_name_their_patient(services) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.goals import GoalInput, StrategyInput
    from tests.factories import make_patient, visit_time

    p = make_patient(services)
    assert p.current_episode is not None
    goal = services.goals.add(p.current_episode.id, GoalInput(wording="Walk to the shop"))
    services.goals.add_strategy(goal.id, StrategyInput("Daily walk"))
    visit = services.visits.create(p.id, visit_time(1))
    services.goals.record_progress(goal.id, visit.id, 4)
    services.visits.sign(visit.id)
    services.visits.amend(visit.id, "Typo", "Walked 10 minutes, not 20")
    entities = {a.entity for a in services.audit.for_patient(p.id)}
    assert {"goal", "strategy", "goal_progress", "amendment", "visit", "episode"} <= entities


def test_signed_visits_amendments_and_audit_cannot_change_by_any_path(services) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.goals import GoalInput
    from alliance_desktop.store.models import Amendment, AuditEntry, Visit
    from tests.factories import make_patient, visit_time

    p = make_patient(services)
    assert p.current_episode is not None
    goal = services.goals.add(p.current_episode.id, GoalInput(wording="Walk to the shop"))
    visit = services.visits.create(p.id, visit_time(1))
    services.goals.record_progress(goal.id, visit.id, 4)
    services.visits.sign(visit.id)
    services.visits.amend(visit.id, "Typo", "Pain was 5")
    raw = [
        f"UPDATE visit SET subjective = 'changed' WHERE id = {visit.id}",
        f"DELETE FROM visit WHERE id = {visit.id}",
        f"UPDATE goal_progress SET rating = 9 WHERE visit_id = {visit.id}",
        f"DELETE FROM goal_progress WHERE visit_id = {visit.id}",
        f"INSERT INTO goal_progress (goal_id, visit_id, rating, note) "
        f"VALUES ({goal.id}, {visit.id}, 1, '')",
        "UPDATE amendment SET text = 'rewritten'",
        "DELETE FROM amendment",
        "UPDATE audit_entry SET action = 'nothing'",
        "DELETE FROM audit_entry",
    ]
    for sql in raw:
        with pytest.raises(IntegrityError), services.store.engine.begin() as conn:
            conn.execute(text(sql))
    with pytest.raises(IntegrityError, match="signed"), services.store.write() as s:
        s.get_one(Visit, visit.id).subjective = "through the ORM"
    with pytest.raises(IntegrityError), services.store.write() as s:
        s.delete(s.query(Amendment).one())
    with pytest.raises(IntegrityError), services.store.write() as s:
        s.query(AuditEntry).first().action = "edited"  # type: ignore[union-attr]
    after = services.visits.get(visit.id)
    assert after.draft.subjective == "" and after.draft.goal_progress == {goal.id: 4}
    assert [a.text for a in after.amendments] == ["Pain was 5"]


def test_rows_cannot_be_moved_into_a_signed_visit(services) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.goals import GoalInput
    from tests.factories import make_patient, visit_time

    p = make_patient(services)
    assert p.current_episode is not None
    goal = services.goals.add(p.current_episode.id, GoalInput(wording="Walk to the shop"))
    signed = services.visits.create(p.id, visit_time(3))
    services.visits.sign(signed.id)
    draft = services.visits.create(p.id, visit_time(1))
    services.goals.record_progress(goal.id, draft.id, 4)
    from alliance_desktop.services.visits import VisitDraft

    services.visits.save_draft(
        draft.id,
        VisitDraft(
            starts_at=draft.draft.starts_at,
            visit_type=draft.draft.visit_type,
            practitioner_rating={"bond": 7},
        ),
    )
    own = next(r for r in services.questionnaires.for_visit(draft.id))
    for sql in (
        f"UPDATE goal_progress SET visit_id = {signed.id} WHERE visit_id = {draft.id}",
        f"UPDATE questionnaire_response SET visit_id = {signed.id} WHERE id = {own.id}",
        f"INSERT INTO questionnaire_response (patient_id, visit_id, instrument_id,"
        f" instrument_version, respondent, mode, answered_at, language, created_at) VALUES"
        f" ({p.id}, {signed.id}, 'alliance-practitioner', 1, 'patient', 'in_room',"
        f" '2026-01-01', 'en', '2026-01-01')",
    ):
        with pytest.raises(IntegrityError), services.store.engine.begin() as conn:
            conn.execute(text(sql))
    assert services.visits.get(signed.id).draft.goal_progress == {}
