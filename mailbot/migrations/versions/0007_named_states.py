"""named states: the database rejects a state that mailbot.states does not name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

CHECK constraints on registrations.status and .pending, messages.state and outbox.state.
The values are written out here (a migration is a snapshot): keep them equal to
mailbot/states.py, which a test checks. Batch mode recreates the tables on SQLite (which cannot
add a constraint to a table); PostgreSQL alters them in place.
"""
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

STATUS = ('awaiting', 'confirmed', 'waiting', 'cancelled', 'closed', 'moving')
QUESTION = ('clarify', 'ask_change', 'cancel_which')
MESSAGE = ('new', 'decided', 'filed')
MAIL = ('queued', 'sending', 'sent', 'retry', 'failed')



def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


CHECKS = {  # table -> [(constraint name, condition)]
    'registrations': [('ck_registrations_status', _in('status', STATUS)),
                      ('ck_registrations_pending', f"pending IS NULL OR {_in('pending', QUESTION)}")],
    'messages': [('ck_messages_state', _in('state', MESSAGE))],
    'outbox': [('ck_outbox_state', _in('state', MAIL))],
}


def upgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name, condition in checks:
                batch.create_check_constraint(name, condition)


def downgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name, _ in checks:
                batch.drop_constraint(name, type_='check')
