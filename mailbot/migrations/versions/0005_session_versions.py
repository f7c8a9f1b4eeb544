"""session versions: the server can end a staff member's sessions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

A session cookie names the account and its session version; logging out, a new password and
removing the account set a new (random) version or remove it, so every cookie issued before is refused.
staff_users.failed_logins now counts the consecutive failed (or still running) sign-ins.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('staff_users', sa.Column('session_version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('staff_users') as batch:
        batch.drop_column('session_version')
