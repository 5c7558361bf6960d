"""an index of case ids alone, for reading the whole list's order on SQLite

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

The case list keeps every id of its order. Read from the table itself, ``SELECT id ...
ORDER BY id`` decrypts every page of every case (the rows hold summaries and requests):
about 3 s of CPU for a million cases. An index of the ids alone is a few megabytes and
SQLite reads it as a covering index instead (0.5 s). PostgreSQL's primary-key index already
serves an index-only scan.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEX = "ix_case_id_order"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f'CREATE INDEX {INDEX} ON "case" (id)')


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {INDEX}")
