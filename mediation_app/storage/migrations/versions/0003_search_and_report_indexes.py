"""indexes for search, sorting and the monthly report at a million cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

- every sort key of the case list gets an index ending in the id (the list's tie-break),
  so the first page of any order is read from an index instead of sorting every case;
  they replace the single-column indexes on received_on and deadline;
- case.seq answers a number fragment such as 第12号 without reading every number;
- the report's dates (agreement.agreed_on, case.failed_on, case.terminated_on, a full
  performance check's day) are read through indexes, and a case's earlier full
  performance check through (case_id, status, checked_on);
- SQLite only: the last two characters of case_text.body (lower-cased), the one place a
  two-character search cannot find through the trigram vocabulary. On PostgreSQL the
  pg_trgm index of 0002 serves such searches.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_case_received_id", "case", ("received_on", "id")),
    ("ix_case_deadline_id", "case", ("deadline", "id")),
    ("ix_case_status_id", "case", ("status", "id")),
    ("ix_case_dispute_type_id", "case", ("dispute_type", "id")),
    ("ix_case_risk_score_id", "case", ("risk_score", "id")),
    ("ix_case_seq", "case", ("seq",)),
    # failed_on first: a termination counts only when the case did not fail (failed_on IS NULL)
    ("ix_case_failed_terminated", "case", ("failed_on", "terminated_on")),
    ("ix_agreement_agreed_on", "agreement", ("agreed_on",)),
    ("ix_performance_check_status_checked", "performance_check", ("status", "checked_on")),
    ("ix_performance_check_case_status", "performance_check", ("case_id", "status", "checked_on")),
)
REPLACED = (
    ("ix_case_received", "case", ("received_on",)),
    ("ix_case_deadline", "case", ("deadline",)),
)
TAIL = "ix_case_text_tail"


def upgrade() -> None:
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE INDEX {TAIL} ON case_text (lower(substr(body, -2)))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {TAIL}")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    for name, table, columns in REPLACED:
        op.create_index(name, table, list(columns))
