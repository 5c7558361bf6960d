"""full-text search over case_text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

SQLite: an FTS5 trigram index kept in step with case_text by triggers (1-2 character
queries cannot use it and go to a LIKE scan). PostgreSQL: a pg_trgm GIN index.
Existing rows are indexed when the revision is applied.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE case_fts USING fts5(body, content='case_text', "
            "content_rowid='case_id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER case_text_ai AFTER INSERT ON case_text BEGIN "
            "INSERT INTO case_fts(rowid, body) VALUES (new.case_id, new.body); END"
        )
        op.execute(
            "CREATE TRIGGER case_text_ad AFTER DELETE ON case_text BEGIN "
            "INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.case_id, old.body); END"
        )
        op.execute(
            "CREATE TRIGGER case_text_au AFTER UPDATE ON case_text BEGIN "
            "INSERT INTO case_fts(case_fts, rowid, body) VALUES ('delete', old.case_id, old.body); "
            "INSERT INTO case_fts(rowid, body) VALUES (new.case_id, new.body); END"
        )
        op.execute("INSERT INTO case_fts(case_fts) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_case_text_trgm ON case_text USING gin (body gin_trgm_ops)")
        op.execute("CREATE INDEX ix_party_name_trgm ON party USING gin (name gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("case_text_ai", "case_text_ad", "case_text_au"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE case_fts")
    else:
        op.execute("DROP INDEX ix_party_name_trgm")
        op.execute("DROP INDEX ix_case_text_trgm")
