"""erasure of one patient: a narrow, explicit path through the signed-record guards

Revision ID: 0005
Revises: 0004

A patient's right to erasure (after the retention period, or confirmed within it) must be able
to remove their signed visits, amendments and questionnaires, and to redact the personal values
their audit entries hold. The guards of 0003 forbid all of that, as they should for everything
else. A one-row marker table, ``erasure_in_progress``, names the patient being erased; it is
written and removed inside the erasing transaction, so it is never seen committed. While it names
a patient:

- that patient's signed visits, their amendments, goal progress, adherence reviews,
  questionnaire responses and answers may be deleted (never updated or moved);
- that patient's audit entries may have their ``changes`` replaced by the fixed redaction text,
  and nothing else of them may change; no audit entry may be deleted.

Every other guard is unchanged, and every guard still applies to every other patient.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SIGNED = "This visit is signed and cannot be changed; add an amendment instead."
APPEND_ONLY = "{what} cannot be changed or deleted."
# Must stay equal to store.models.ERASED_AUDIT_CHANGES (a test checks the two together).
REDACTED = '{"redacted": "personal data erased"}'


def _erasing(patient_sql: str) -> str:
    """True while the marker names the patient ``patient_sql`` evaluates to."""
    return f"EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = {patient_sql})"


VISIT_PATIENT = "(SELECT patient_id FROM visit WHERE id = OLD.visit_id)"
RESPONSE_PATIENT = "(SELECT patient_id FROM questionnaire_response WHERE id = OLD.response_id)"

#: The guards 0005 replaces, as 0003 wrote them (restored by the downgrade).
ORIGINAL: dict[str, str] = {
    "visit_signed_no_delete": f"""
        CREATE TRIGGER visit_signed_no_delete BEFORE DELETE ON visit
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "amendment_no_delete": f"""
        CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="An amendment")}'); END""",
    "audit_no_update": f"""
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="The audit trail")}'); END""",
    "response_signed_no_delete": f"""
        CREATE TRIGGER response_signed_no_delete BEFORE DELETE ON questionnaire_response
        WHEN (SELECT status FROM visit WHERE id = OLD.visit_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "answer_signed_no_delete": f"""
        CREATE TRIGGER answer_signed_no_delete BEFORE DELETE ON questionnaire_answer
        WHEN (SELECT v.status FROM visit v JOIN questionnaire_response r ON r.visit_id = v.id
              WHERE r.id = OLD.response_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
}
for _table in ("goal_progress", "strategy_review"):
    ORIGINAL[f"{_table}_signed_no_delete"] = f"""
        CREATE TRIGGER {_table}_signed_no_delete BEFORE DELETE ON {_table}
        WHEN (SELECT status FROM visit WHERE id = OLD.visit_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""

#: The same guards, each with the one exception the marker opens.
TRIGGERS: dict[str, str] = {
    "visit_signed_no_delete": f"""
        CREATE TRIGGER visit_signed_no_delete BEFORE DELETE ON visit
        WHEN OLD.status = 'signed' AND NOT {_erasing("OLD.patient_id")}
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "amendment_no_delete": f"""
        CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
        WHEN NOT {_erasing(VISIT_PATIENT)}
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="An amendment")}'); END""",
    "audit_no_update": f"""
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry
        WHEN NOT ({_erasing("OLD.patient_id")}
                  AND NEW.id = OLD.id AND NEW.at IS OLD.at AND NEW.actor_id IS OLD.actor_id
                  AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
                  AND NEW.patient_id IS OLD.patient_id AND NEW.action IS OLD.action
                  AND NEW.changes IS '{REDACTED}')
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(what="The audit trail")}'); END""",
    "response_signed_no_delete": f"""
        CREATE TRIGGER response_signed_no_delete BEFORE DELETE ON questionnaire_response
        WHEN (SELECT status FROM visit WHERE id = OLD.visit_id) = 'signed'
         AND NOT {_erasing("OLD.patient_id")}
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
    "answer_signed_no_delete": f"""
        CREATE TRIGGER answer_signed_no_delete BEFORE DELETE ON questionnaire_answer
        WHEN (SELECT v.status FROM visit v JOIN questionnaire_response r ON r.visit_id = v.id
              WHERE r.id = OLD.response_id) = 'signed'
         AND NOT {_erasing(RESPONSE_PATIENT)}
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END""",
}
for _table in ("goal_progress", "strategy_review"):
    TRIGGERS[f"{_table}_signed_no_delete"] = f"""
        CREATE TRIGGER {_table}_signed_no_delete BEFORE DELETE ON {_table}
        WHEN (SELECT status FROM visit WHERE id = OLD.visit_id) = 'signed'
         AND NOT {_erasing(VISIT_PATIENT)}
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""


def upgrade() -> None:
    op.create_table(
        "erasure_in_progress",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_erasure_in_progress_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_in_progress")),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, sql in ORIGINAL.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(sql)
    op.drop_table("erasure_in_progress")
