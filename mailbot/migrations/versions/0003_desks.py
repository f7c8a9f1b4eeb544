"""desks: several mailboxes, each with its own events, in one database

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Messages, registrations and outbox mails belong to a desk (rows from before are desk "main",
the id of a config without [[desks]]). A Message-ID is unique per desk, no longer overall:
the same mail sent to two desks' mailboxes is a message for each. The last fetch time is kept
per desk.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# names SQLite's unnamed unique constraints so that batch mode can drop one
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _desk() -> sa.Column:
    return sa.Column('desk', sa.String(length=64), server_default='main', nullable=False)


def upgrade() -> None:
    for table in ('registrations', 'outbox'):
        op.add_column(table, _desk())
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('messages', naming_convention=NAMING) as batch:
            batch.add_column(_desk())
            batch.drop_constraint('uq_messages_message_id', type_='unique')
            batch.create_unique_constraint('uq_messages_desk_message_id', ['desk', 'message_id'])
    else:
        op.add_column('messages', _desk())
        op.drop_constraint('messages_message_id_key', 'messages', type_='unique')
        op.create_unique_constraint('uq_messages_desk_message_id', 'messages', ['desk', 'message_id'])
    # the time of the last fetch is now kept per desk (it was per mailbox URL, which could be too long)
    op.execute("DELETE FROM settings WHERE name LIKE 'last_fetch:%'")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('messages', naming_convention=NAMING) as batch:
            batch.drop_constraint('uq_messages_desk_message_id', type_='unique')
            batch.create_unique_constraint('uq_messages_message_id', ['message_id'])
            batch.drop_column('desk')
    else:
        op.drop_constraint('uq_messages_desk_message_id', 'messages', type_='unique')
        op.create_unique_constraint('messages_message_id_key', 'messages', ['message_id'])
        op.drop_column('messages', 'desk')
    for table in ('outbox', 'registrations'):
        op.drop_column(table, 'desk')
