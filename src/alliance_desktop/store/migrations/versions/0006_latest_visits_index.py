"""latest visits index: the most recent visits across patients, for the list's first screen

Revision ID: 0006
Revises: 0005

Start-up paints the first screen of the patient list (ordered by last visit) before the rest
is read: walking this index from the newest visit finds those patients without reading every
patient's visits.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_starts_patient", "visit", ["starts_at", "patient_id"])


def downgrade() -> None:
    op.drop_index("ix_visit_starts_patient", table_name="visit")
