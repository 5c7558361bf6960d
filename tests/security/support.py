"""Helpers for the security tests: a store on disk, the CLI as a process, a killable writer."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import pytest
from sqlalchemy import func, select

from mediation_app.cli.main import main
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake
from mediation_app.storage import keys, opening
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case
from mediation_app.storage.test_keyrings import InsecureFileKeyring
from tests.conftest import ADMIN_PASSWORD, intake_data

REPO = Path(__file__).resolve().parents[2]
FILE_KEYRING = "mediation_app.storage.test_keyrings.InsecureFileKeyring"


@dataclass
class DiskStore:
    """An encrypted SQLite store with an office, its administrator and ``cases`` cases."""

    paths: AppPaths
    key: bytes
    recovery: str
    store: Store
    admin: Actor

    @property
    def db(self) -> Path:
        assert self.paths.db_path is not None
        return self.paths.db_path

    def add_cases(self, n: int, **overrides: Any) -> list[int]:
        numbers = []
        for _ in range(n):
            with self.store.transaction() as session:
                numbers.append(intake.register(session, self.admin, intake_data(**overrides)).seq)
        return numbers


def make_disk_store(data_dir: Path, cases: int = 0) -> DiskStore:
    paths = AppPaths(data_dir=data_dir, db_url=str(data_dir / "mediation.db"))
    created = opening.create(paths)
    assert created.recovery_key is not None
    with created.store.transaction() as session:
        office.setup_office(session, office="城关司法所", committee="城关镇人民调解委员会",
                            prefix="城关", admin_username="admin",
                            admin_password=ADMIN_PASSWORD, code="OFFICE-1")
    with created.store.transaction() as session:
        admin = auth.authenticate(session, "admin", ADMIN_PASSWORD)
    disk = DiskStore(paths, opening.key_for(paths), created.recovery_key, created.store, admin)
    disk.add_cases(cases)
    return disk


def case_numbers(store: Store) -> list[int]:
    with store.transaction(write=False) as session:
        return sorted(session.scalars(select(Case.seq)))


def case_count(store: Store) -> int:
    with store.transaction(write=False) as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


class Cli:
    """``mediation-app`` in a separate process, sharing a plain-file keyring with the test."""

    def __init__(self, tmp_path: Path, paths: AppPaths) -> None:
        self.keyring_file = tmp_path / "keys.json"
        self.env = {
            **os.environ,
            "MEDIATION_DATA_DIR": str(paths.data_dir),
            "MEDIATION_DB": paths.db_url,
            "PYTHON_KEYRING_BACKEND": FILE_KEYRING,
            "MEDIATION_TEST_KEYRING_FILE": str(self.keyring_file),
            "MEDIATION_USER": "admin",
            "MEDIATION_PASSWORD": ADMIN_PASSWORD,
        }
        self.env.pop("MEDIATION_RECOVERY_KEY", None)

    def share_key(self, paths: AppPaths, key: bytes) -> None:
        """Put the store's key in the file keyring the CLI processes read."""
        previous = keyring.get_keyring()
        os.environ["MEDIATION_TEST_KEYRING_FILE"] = str(self.keyring_file)
        try:
            keyring.set_keyring(InsecureFileKeyring())
            keys.save_key(opening.store_id(paths), key)
        finally:
            keyring.set_keyring(previous)
            del os.environ["MEDIATION_TEST_KEYRING_FILE"]

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mediation_app", "--json", *args], capture_output=True,
            text=True, env={**self.env, **env}, timeout=120, cwd=REPO,
        )

    def ok(self, *args: str, **env: str) -> Any:
        result = self.run(*args, **env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


class LocalCli:
    """``mediation-app`` called in this process (the test's in-memory keyring holds the key).

    Much faster than a process per call; use ``Cli`` where a separate process is the point.
    """

    def __init__(self, paths: AppPaths, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.env = {"MEDIATION_DATA_DIR": str(paths.data_dir), "MEDIATION_DB": paths.db_url,
                    "MEDIATION_USER": "admin", "MEDIATION_PASSWORD": ADMIN_PASSWORD,
                    "MEDIATION_RECOVERY_KEY": ""}
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def run(self, *args: str, **env: str) -> Result:
        """Run a command; an empty value in ``env`` unsets that variable."""
        self.capsys.readouterr()
        with self.monkeypatch.context() as m:
            for name, value in {**self.env, **env}.items():
                if value:
                    m.setenv(name, value)
                else:
                    m.delenv(name, raising=False)
            code = main(["--json", *args])
        out = self.capsys.readouterr()
        return Result(code, out.out, out.err)

    def ok(self, *args: str, **env: str) -> Any:
        result = self.run(*args, **env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@dataclass
class Writer:
    """``tests.security.writer``: forks workers that register cases until killed."""

    db: Path
    key: bytes
    pause: float = 0.0
    acknowledged: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    worker: int | None = None
    _lines: queue.Queue[str] = field(default_factory=queue.Queue)
    _seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        env = {**os.environ, "MEDIATION_TEST_DB": str(self.db),
               "MEDIATION_TEST_KEY": self.key.hex(), "MEDIATION_TEST_PAUSE": str(self.pause)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.security.writer"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()
        self._until(lambda: self._saw("warm"), 120)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.strip())
        self._lines.put("eof")

    def _next(self, deadline: float) -> None:
        try:
            line = self._lines.get(timeout=max(deadline - time.monotonic(), 0.001))
        except queue.Empty:
            raise AssertionError(f"the writer process stopped answering; {self.errors}") from None
        kind, _, rest = line.partition(" ")
        if kind == "case":
            self.acknowledged.append(int(rest))
        elif kind == "error":
            self.errors.append(rest)
        elif kind in ("warm", "pid", "ready", "exit"):
            self._seen.append(line)
        else:
            raise AssertionError(f"the writer process ended or garbled its output: {line!r}")

    def _until(self, done: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            self._next(deadline)

    def _saw(self, line: str) -> bool:
        return line in self._seen

    def start(self, *, wait_ready: bool = True) -> int:
        """Fork a worker; with ``wait_ready`` return once it has opened the store."""
        assert self.proc.stdin is not None and self.worker is None
        self._seen.clear()
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        # the worker's "ready" may arrive before its parent's "pid"
        self._until(lambda: any(s.startswith("pid ") for s in self._seen), 30)
        self.worker = next(int(s.split()[1]) for s in self._seen if s.startswith("pid "))
        if wait_ready:
            self._until(lambda: self._saw("ready") or bool(self.errors), 30)
        return self.worker

    def wait_for(self, count: int, timeout: float = 60) -> None:
        """Until ``count`` cases in all have been acknowledged."""
        self._until(lambda: len(self.acknowledged) >= count or bool(self.errors), timeout)

    def kill(self) -> None:
        """SIGKILL the worker and collect everything it printed before it died."""
        assert self.worker is not None
        with suppress(ProcessLookupError):  # it may have died of an error already
            os.kill(self.worker, signal.SIGKILL)
        worker = self.worker
        self._until(lambda: any(s.startswith(f"exit {worker} ") for s in self._seen), 30)
        self.worker = None

    def close(self) -> None:
        if self.worker is not None:
            self.kill()
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@contextmanager
def writer(db: Path, key: bytes, pause: float = 0.0) -> Iterator[Writer]:
    w = Writer(db, key, pause)
    try:
        yield w
    finally:
        w.close()


def mount(*args: str) -> None:
    """Run ``mount``; skip the test where this machine does not allow it."""
    try:
        result = subprocess.run(["mount", *args], capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("no mount command here")
    if result.returncode != 0:
        pytest.skip(f"mounting is not permitted here: {result.stderr.strip()}")


def unmount(target: Path) -> None:
    subprocess.run(["umount", str(target)], check=True, capture_output=True)
