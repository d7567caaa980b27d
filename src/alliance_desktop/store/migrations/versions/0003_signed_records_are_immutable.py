"""signed visits, amendments and the audit trail cannot be changed by any path

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The database itself refuses: the app's own checks are not the only guard. A signed visit and
what belongs to its record (the practitioner's rating, goal progress, adherence) cannot be
updated or deleted; amendments and audit rows are append-only. A patient's own check-in may
still be added to a signed visit (a paper form keyed in later).
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SIGNED = "This visit is signed and cannot be changed; add an amendment instead."
APPEND_ONLY = "{what} cannot be changed or deleted."

TRIGGERS = {
    "visit_signed_no_update": f"""
        CREATE TRIGGER visit_signed_no_update BEFORE UPDATE ON visit
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "visit_signed_no_delete": f"""
        CREATE TRIGGER visit_signed_no_delete BEFORE DELETE ON visit
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "amendment_no_update": f"""
        CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="An amendment")}'); END""",
    "amendment_no_delete": f"""
        CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="An amendment")}'); END""",
    "audit_no_update": f"""
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="The audit trail")}'); END""",
    "audit_no_delete": f"""
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="The audit trail")}'); END""",
}

# Child records of a visit: no insert, update or delete once the visit is signed.
for table in ("goal_progress", "strategy_review"):
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        name = f"{table}_signed_no_{event.lower()}"
        TRIGGERS[name] = f"""
            CREATE TRIGGER {name} BEFORE {event} ON {table}
            WHEN (SELECT status FROM visit WHERE id = {row}.visit_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""

# Responses of a signed visit: the practitioner's may not be added; none may change or go.
TRIGGERS["response_signed_no_practitioner_insert"] = f"""
    CREATE TRIGGER response_signed_no_practitioner_insert BEFORE INSERT ON questionnaire_response
    WHEN NEW.respondent = 'practitioner'
     AND (SELECT status FROM visit WHERE id = NEW.visit_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
for event in ("UPDATE", "DELETE"):
    name = f"response_signed_no_{event.lower()}"
    TRIGGERS[name] = f"""
        CREATE TRIGGER {name} BEFORE {event} ON questionnaire_response
        WHEN (SELECT status FROM visit WHERE id = OLD.visit_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
    name = f"answer_signed_no_{event.lower()}"
    TRIGGERS[name] = f"""
        CREATE TRIGGER {name} BEFORE {event} ON questionnaire_answer
        WHEN (SELECT v.status FROM visit v JOIN questionnaire_response r ON r.visit_id = v.id
              WHERE r.id = OLD.response_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases get their own guards when they are supported
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
