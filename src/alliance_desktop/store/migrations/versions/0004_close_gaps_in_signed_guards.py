"""close gaps in the signed-visit guards: moved rows, new answers, the practitioner's form

Revision ID: 0004
Revises: 0003

A row could be moved into a signed visit by changing its visit (or its response), answers could
be added to a signed visit's practitioner rating, and a practitioner's form could be filed as
the patient's. The guards now look at the new row as well as the old one, and at the
instrument, not only at who is said to have answered.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SIGNED = "This visit is signed and cannot be changed; add an amendment instead."
PRACTITIONER_FORM = "'alliance-practitioner'"

TRIGGERS: dict[str, str] = {}
for table in ("goal_progress", "strategy_review"):
    name = f"{table}_signed_no_move"
    TRIGGERS[name] = f"""
        CREATE TRIGGER {name} BEFORE UPDATE ON {table}
        WHEN (SELECT status FROM visit WHERE id = NEW.visit_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
TRIGGERS["response_signed_no_move"] = f"""
    CREATE TRIGGER response_signed_no_move BEFORE UPDATE ON questionnaire_response
    WHEN (SELECT status FROM visit WHERE id = NEW.visit_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
TRIGGERS["response_signed_no_practitioner_form"] = f"""
    CREATE TRIGGER response_signed_no_practitioner_form BEFORE INSERT ON questionnaire_response
    WHEN NEW.instrument_id = {PRACTITIONER_FORM}
     AND (SELECT status FROM visit WHERE id = NEW.visit_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
TRIGGERS["answer_signed_no_move"] = f"""
    CREATE TRIGGER answer_signed_no_move BEFORE UPDATE ON questionnaire_answer
    WHEN (SELECT v.status FROM visit v JOIN questionnaire_response r ON r.visit_id = v.id
          WHERE r.id = NEW.response_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""
TRIGGERS["answer_signed_no_practitioner_insert"] = f"""
    CREATE TRIGGER answer_signed_no_practitioner_insert BEFORE INSERT ON questionnaire_answer
    WHEN (SELECT v.status FROM visit v JOIN questionnaire_response r ON r.visit_id = v.id
          WHERE r.id = NEW.response_id
            AND (r.respondent = 'practitioner' OR r.instrument_id = {PRACTITIONER_FORM})
         ) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{SIGNED}'); END"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
