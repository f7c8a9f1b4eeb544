"""sender authentication: the verdict per message, and changes held until the owner confirms

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

``messages.sender_auth`` is the verdict on the receiving server's Authentication-Results
(pass | fail | none; NULL for messages from before), ``sender_auth_detail`` what it rests on
("DMARC fail"). ``messages.held`` describes a change (cancel, change of workshop) that a message
whose sender failed authentication asked for and that waits for the registered address to
confirm: {"state": pending | applied | dropped, "what", "registrations", "request"}.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.add_column(sa.Column('sender_auth', sa.String(length=10), nullable=True))
        batch.add_column(sa.Column('sender_auth_detail', sa.String(length=300), server_default='', nullable=False))
        batch.add_column(sa.Column('held', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.drop_column('held')
        batch.drop_column('sender_auth_detail')
        batch.drop_column('sender_auth')
