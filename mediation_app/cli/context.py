"""What a command needs: the chosen store, opened on demand, and the user acting."""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace
from dataclasses import dataclass, field
from pathlib import Path

from mediation_app import paths as app_paths
from mediation_app.cli.env import PASSWORD_ENV, PASSWORD_FILE_ENV, RECOVERY_ENV, USER_ENV
from mediation_app.errors import AuthError
from mediation_app.services import auth
from mediation_app.services.actor import Actor
from mediation_app.storage import opening
from mediation_app.storage.engine import Store


def read_password(prompt: str = "密码 (password): ") -> str:
    """From MEDIATION_PASSWORD, a file named by MEDIATION_PASSWORD_FILE, or a prompt."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if os.environ.get(PASSWORD_FILE_ENV):
        return Path(os.environ[PASSWORD_FILE_ENV]).read_text("utf-8").rstrip("\r\n")
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise AuthError(
        f"需要密码：请设置 {PASSWORD_ENV} 或 {PASSWORD_FILE_ENV}",
        f"a password is needed: set {PASSWORD_ENV} or {PASSWORD_FILE_ENV}",
    )


@dataclass
class CliApp:
    args: Namespace
    _store: Store | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)

    @property
    def paths(self) -> app_paths.AppPaths:
        return app_paths.resolve(self.args.data_dir, self.args.db)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = opening.open_existing(self.paths, os.environ.get(RECOVERY_ENV))
        return self._store

    @property
    def actor(self) -> Actor:
        """The user named by MEDIATION_USER, signed in with the same rules as the GUI."""
        if self._actor is None:
            username = os.environ.get(USER_ENV)
            if not username:
                raise AuthError(f"请用环境变量 {USER_ENV} 指定操作用户",
                                f"set {USER_ENV} to the acting user")
            password = read_password()
            with self.store.transaction() as session:
                try:
                    self._actor = auth.authenticate(session, username, password)
                except AuthError:
                    session.commit()  # keep the failure count for the lockout
                    raise
        return self._actor

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()


class CommandFailed(Exception):
    """A result that means failure (e.g. a broken audit chain): printed, then exit 1."""

    def __init__(self, result: object, message: str, english: str) -> None:
        super().__init__(message)
        self.result = result
        self.message = message
        self.english = english
