"""A process that registers cases until it is killed: the subject of the crash tests.

Run as ``python -m tests.security.writer`` with MEDIATION_TEST_DB, MEDIATION_TEST_KEY (hex)
and optionally MEDIATION_TEST_PAUSE (seconds between cases, to leave the CPU to others).
It imports everything and registers one case in a throwaway store, prints ``warm``, then
for each ``go`` line on stdin forks a worker that opens the store and registers cases, one
transaction each, printing ``case <number>`` only after the commit has returned. The parent
prints ``pid <n>`` for each worker and ``exit <n> <status>`` once it is reaped, so whoever
reads the pipe knows every line of a dead worker has arrived. Forking from a warm process
makes a kill cycle cost milliseconds instead of the seconds a fresh interpreter needs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.services import office
from mediation_app.services.actor import SYSTEM, Actor
from mediation_app.services.cases import intake
from mediation_app.storage import migrate
from mediation_app.storage.engine import open_sqlite
from mediation_app.storage.models import User
from tests.conftest import intake_data


def say(line: str) -> None:
    """One write(2) per line: a pipe write that small is atomic, so a kill never splits it."""
    os.write(1, (line + "\n").encode())


def work(db: Path, key: bytes, pause: float) -> NoReturn:
    try:
        store = open_sqlite(db, key)
        with store.transaction(write=False) as session:
            user = session.scalar(select(User).where(User.username == "admin"))
            assert user is not None
            actor = Actor(user.id, user.username, UserRole.ADMIN)
        say("ready")
        while True:
            with store.transaction() as session:
                seq = intake.register(session, actor, intake_data()).seq
            say(f"case {seq}")
            time.sleep(pause)
    except BaseException as exc:
        say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
        os._exit(1)


def warm_up() -> None:
    """One case in a throwaway store, so every worker inherits the lazy initialisation."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_sqlite(Path(tmp) / "warm.db", os.urandom(32), create=True)
        migrate.upgrade(store)
        with store.transaction() as session:
            office.setup_office(session, office="预热", committee="预热", prefix="预热",
                                admin_username="warm", admin_password="Warm-up-1")
        with store.transaction() as session:
            intake.register(session, SYSTEM, intake_data())
        store.dispose()


def main() -> None:
    db = Path(os.environ["MEDIATION_TEST_DB"])
    key = bytes.fromhex(os.environ["MEDIATION_TEST_KEY"])
    pause = float(os.environ.get("MEDIATION_TEST_PAUSE", "0"))
    warm_up()
    say("warm")
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            work(db, key, pause)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()
