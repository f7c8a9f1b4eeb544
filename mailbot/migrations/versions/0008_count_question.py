"""the question "how many people come?": registrations.pending may be 'attendees'

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

An open question (``awaiting``) may now ask how many people come (states.Question.ATTENDEES). The
CHECK constraint on registrations.pending is made again with the new value. The values are written
out here (a migration is a snapshot): keep them equal to mailbot/states.py, which a test checks.
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

QUESTION = ('clarify', 'ask_change', 'cancel_which', 'attendees')
BEFORE = ('clarify', 'ask_change', 'cancel_which')


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _check(values: tuple[str, ...]) -> None:
    with op.batch_alter_table('registrations') as batch:
        batch.drop_constraint('ck_registrations_pending', type_='check')
        batch.create_check_constraint('ck_registrations_pending', f"pending IS NULL OR {_in('pending', values)}")


def upgrade() -> None:
    _check(QUESTION)


def downgrade() -> None:
    op.execute("UPDATE registrations SET status = 'closed', pending = NULL WHERE pending = 'attendees'")
    _check(BEFORE)
