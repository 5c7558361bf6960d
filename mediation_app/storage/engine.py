"""Opening the store: encrypted SQLite (SQLCipher) on one desk, PostgreSQL for an office.

The engine is built here at start-up from the chosen URL, never at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from mediation_app.errors import ConflictError, StoreError
from mediation_app.storage import keys
from mediation_app.storage.driver import DriverRead, KeptConnections

BUSY_TIMEOUT_MS = 10_000
# JSON columns hold Chinese as UTF-8, not as \uXXXX escapes: three bytes a character instead
# of six (less to encrypt and write; a demo store 5 % smaller), and the text reads as it is
JSON_TEXT = partial(json.dumps, ensure_ascii=False)


@dataclass
class Store:
    """An open store: the engine and a way to run one transaction per user action."""

    url: str
    engine: Engine
    path: Path | None
    encrypted: bool
    _writer: sessionmaker[Session] = field(repr=False)
    _reader: sessionmaker[Session] = field(repr=False)
    _kept: KeptConnections = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._kept = KeptConnections(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise.

        On SQLite a write transaction starts with BEGIN IMMEDIATE, so two writers queue on
        the busy timeout instead of failing halfway through. A read ends with ``close()``
        alone: it rolls the transaction back too, without first expiring every loaded
        object, which was a fifth of the cost of a short read transaction.
        """
        session = (self._writer if write else self._reader)()
        try:
            with translate_errors():
                yield session
                if write:
                    session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def driver_read(self) -> DriverRead:
        """A read transaction for the case list's hot statements (see ``storage.driver``)."""
        return DriverRead(self._kept, translated)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn the environment's database failures into messages a user can act on."""
    try:
        yield
    except Exception as exc:
        found = translated(exc)
        if found is exc:
            raise
        raise found from exc


def translated(exc: BaseException) -> BaseException:
    """The message a user can act on for a database failure; other errors as they are."""
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "该案件已被他人修改，请刷新后重试", "the case was changed by someone else; reload")
    if isinstance(exc, OperationalError):
        return _environment_error(exc)
    if isinstance(exc, DBAPIError):
        text = str(exc.orig).lower()
        if "not a database" in text or "malformed" in text:
            return _environment_error(exc)
    return exc


def _environment_error(exc: DBAPIError) -> StoreError | DBAPIError:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreError("数据库正被其他程序占用，请稍后重试", "the database is busy; try again")
    if "full" in text:
        return StoreError("磁盘已满，未能保存。请释放空间后重试；已保存的数据不受影响",
                          "disk full: nothing was saved; free space and retry")
    if "readonly" in text or "read-only" in text:
        return StoreError("数据库位于只读位置，无法保存", "the database is read-only")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError("数据库文件已损坏或密钥不正确，请从备份恢复",
                          "the database is damaged or the key is wrong; restore a backup")
    if "could not connect" in text or "connection" in text:
        return StoreError(f"无法连接数据库服务器：{exc.orig}", "cannot reach the database server")
    return StoreError(f"数据库错误：{exc.orig}", "database error")


def _sqlcipher_connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher.connect(
        str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL makes a committed transaction survive a power cut even in WAL mode
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def check_key(path: Path, key: bytes) -> bool:
    """Whether the key opens the database file.

    Only "not a database" means a wrong key; a file that cannot be opened at all (a WAL
    store in a read-only folder cannot create its -shm file) is an environment error.
    """
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.OperationalError as exc:
        if "unable to open" in str(exc).lower() or "readonly" in str(exc).lower():
            raise StoreError(
                f"无法打开数据库：所在位置为只读或没有权限（{path.parent}）。请把数据目录放在可写的位置",
                "cannot open the database: its folder is read-only or not permitted",
            ) from exc
        return False
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def _install_sqlite_begin(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _bind_directly() -> None:
    """Bind None, bool and bytes without the driver's search for an adapter.

    The sqlite3 driver binds int, float, str and bytearray as they are; any other value first
    looks for an adapter and, finding none, raises and clears two AttributeErrors: about 2 µs
    a value, seconds in a large demo load, where a third of the values are NULL. An adapter
    that keeps the value (a bool as the integer SQLite stores anyway) ends the search at once.
    """
    sqlcipher.register_adapter(type(None), _itself)
    sqlcipher.register_adapter(bytes, _itself)
    sqlcipher.register_adapter(bool, int)


def _itself(value: Any) -> Any:
    return value


def open_sqlite(path: Path, key: bytes, *, create: bool = False) -> Store:
    """Open (or create) an encrypted SQLite store with the given key."""
    _bind_directly()
    if not create and not path.exists():
        raise StoreError(f"数据库不存在：{path}。请先运行 mediation-app init", "no database; run init")
    if path.exists() and not check_key(path, key):
        raise StoreError(
            "数据库密钥不正确：无法解密该数据库。如在新电脑上打开，请输入恢复密钥",
            "the key does not open this database; enter the recovery key",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: _sqlcipher_connect(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # the most recently used connection first: its page cache holds decrypted pages
        pool_use_lifo=True,
        json_serializer=JSON_TEXT,
    )
    _install_sqlite_begin(engine)
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    return Store(
        url=str(path),
        engine=engine,
        path=path,
        encrypted=True,
        _writer=sessionmaker(writer, expire_on_commit=False),
        _reader=sessionmaker(engine, expire_on_commit=False),
    )


def pg_password_account(url: str) -> str:
    u = make_url(url)
    return f"pg:{u.username}@{u.host}:{u.port or 5432}/{u.database}"


def open_postgres(url: str) -> Store:
    """Open a PostgreSQL store; a password not in the URL comes from the keyring."""
    u = make_url(url)
    if u.password is None:
        password = keys.load_secret(pg_password_account(url))
        if password:
            u = u.set(password=password)
    engine = create_engine(u, pool_pre_ping=True, pool_size=4, json_serializer=JSON_TEXT)
    return Store(
        url=url,
        engine=engine,
        path=None,
        encrypted=False,
        _writer=sessionmaker(engine, expire_on_commit=False),
        _reader=sessionmaker(engine, expire_on_commit=False),
    )
