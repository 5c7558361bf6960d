"""The PostgreSQL side: the same demo data in the database named by ``--pg``, and a plain
psycopg connection as its baseline.

The database is the benchmark's own: when it does not hold a finished store of the asked
size and seed, its ``public`` schema is dropped and made again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from benchmarks.data import ADMIN, DATA_DIR, PASSWORD, Extra, Subject, fill
from benchmarks.harness import RawRunner
from mediation_app.errors import StoreError
from mediation_app.services import auth
from mediation_app.storage import migrate
from mediation_app.storage.engine import Store, open_postgres
from mediation_app.storage.models import Case


def _meta_path(url: str, cases: int, seed: int) -> str:
    digest = hashlib.sha1(make_url(url).render_as_string(hide_password=True).encode())
    return f"pg-{digest.hexdigest()[:10]}-{cases}-s{seed}.json"


def _holds(store: Store, cases: int) -> bool:
    try:
        with store.transaction(write=False) as session:
            return (session.scalar(select(func.count()).select_from(Case)) or 0) >= cases
    except (DBAPIError, StoreError):  # no schema yet
        return False


@contextmanager
def pg_subject(url: str, cases: int, seed: int, *, fresh: bool, extra: Extra,
               log: Callable[[str], None] = print) -> Iterator[Subject]:
    meta_path = DATA_DIR / _meta_path(url, cases, seed)
    store = open_postgres(url)
    try:
        if fresh or not meta_path.exists() or not _holds(store, cases):
            meta_path.unlink(missing_ok=True)
            with store.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            log(f"generating {cases} demo cases (seed {seed}) in PostgreSQL …")
            meta = fill(store, cases, seed, year=None, extra=extra, log=log)
            DATA_DIR.mkdir(parents=True, exist_ok=True)
            meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
        meta = json.loads(meta_path.read_text("utf-8"))
        if migrate.needs_upgrade(store):  # as for SQLite: old plans would be timed otherwise
            log("upgrading the PostgreSQL store to the current schema …")
            migrate.upgrade(store)
        with store.transaction() as session:
            actor = auth.authenticate(session, ADMIN, PASSWORD)
        conninfo = make_url(url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        with psycopg.connect(conninfo) as conn:
            yield Subject("PostgreSQL", store, actor, RawRunner(conn, "postgresql"), cases, meta,
                          lambda: _size_mb(store))
    finally:
        store.dispose()


def _size_mb(store: Store) -> float:
    with store.engine.connect() as conn:
        return float(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0) / 1e6
