"""message digest: a Message-ID reused with other content is another message

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Deduplication by Message-ID alone let anyone hide a mail: a second message carrying the
Message-ID of an earlier one was filed as its copy, unread. Messages now also carry the SHA-256
of their content (``store.content_digest``); only the same Message-ID with the same digest is a
copy. The unique key becomes (desk, message_id, digest); stored messages get their digest.
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    from mailbot.store import content_digest

    column = sa.Column('digest', sa.String(length=64), server_default='', nullable=False)
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('messages', naming_convention=NAMING) as batch:
            batch.add_column(column)
            batch.drop_constraint('uq_messages_desk_message_id', type_='unique')
            batch.create_unique_constraint('uq_messages_desk_message_id_digest', ['desk', 'message_id', 'digest'])
    else:
        op.add_column('messages', column)
        op.drop_constraint('uq_messages_desk_message_id', 'messages', type_='unique')
        op.create_unique_constraint('uq_messages_desk_message_id_digest', 'messages',
                                    ['desk', 'message_id', 'digest'])
    conn = op.get_bind()
    messages = sa.table('messages', sa.column('id', sa.Integer), sa.column('raw', sa.LargeBinary),
                        sa.column('digest', sa.String))
    after = 0
    while True:  # in chunks: the raw messages of a year do not all fit in memory at once
        rows = conn.execute(sa.select(messages.c.id, messages.c.raw).where(messages.c.id > after)
                            .order_by(messages.c.id).limit(500)).all()
        if not rows:
            break
        for mid, raw in rows:
            if raw:
                conn.execute(messages.update().where(messages.c.id == mid).values(digest=content_digest(raw)))
        after = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('messages', naming_convention=NAMING) as batch:
            batch.drop_constraint('uq_messages_desk_message_id_digest', type_='unique')
            batch.create_unique_constraint('uq_messages_desk_message_id', ['desk', 'message_id'])
            batch.drop_column('digest')
    else:
        op.drop_constraint('uq_messages_desk_message_id_digest', 'messages', type_='unique')
        op.create_unique_constraint('uq_messages_desk_message_id', 'messages', ['desk', 'message_id'])
        op.drop_column('messages', 'digest')
