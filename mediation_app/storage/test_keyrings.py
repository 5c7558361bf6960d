"""Keyring backends for tests and automation only — never chosen automatically.

They are not registered as keyring entry points, so keyring only uses them when named in
``PYTHON_KEYRING_BACKEND`` or passed to ``keyring.set_keyring``. ``InsecureFileKeyring``
keeps secrets in plain JSON so separate CLI processes of one test share them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, for one process."""

    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class InsecureFileKeyring(KeyringBackend):
    """Secrets in the JSON file ``path``, by default the one named by
    ``MEDIATION_TEST_KEYRING_FILE`` (plain text!)."""

    priority = 0  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path

    @property
    def _path(self) -> Path:
        if self.path is not None:
            return self.path
        name = os.environ.get("MEDIATION_TEST_KEYRING_FILE")
        if not name:  # a KeyringError: the store then says which setting is missing
            raise KeyringError("MEDIATION_TEST_KEYRING_FILE 未设置（is not set）")
        return Path(name)

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), "utf-8")
        tmp.replace(self._path)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\x00{username}", None)
        self._path.write_text(json.dumps(data), "utf-8")
