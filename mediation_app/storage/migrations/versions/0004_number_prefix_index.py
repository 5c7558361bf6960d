"""a prefix index for case numbers on PostgreSQL

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

A search by a case number, or its leading part, is ``number LIKE '（2026）…%'``. PostgreSQL
answers LIKE from a b-tree only in the "C" collation or with a pattern operator class; a
server's database is usually created in another locale (zh_CN.UTF-8, C.UTF-8), where the
unique index of 0001 cannot serve it and every number was read. SQLite: nothing to do
(its BINARY collation lets a range on the unique index serve the prefix).
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "ix_case_number_pattern"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f'CREATE INDEX {INDEX} ON "case" (number varchar_pattern_ops)')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {INDEX}")
