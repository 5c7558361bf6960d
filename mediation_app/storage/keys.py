"""The database key: random, kept in the OS keyring, recoverable with a recovery key.

The recovery key is the database key itself, written in groups of Base32 with a short
checksum, so a typo is caught before it is tried against the database.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

import keyring
from keyring.errors import KeyringError, NoKeyringError

from mediation_app.errors import StoreError

SERVICE = "mediation-desk"
KEY_BYTES = 32

NO_KEYRING = StoreError(
    "没有可用的系统密钥环，无法保存或读取数据库密钥。请在桌面会话中运行；无桌面的服务器可用 "
    "dbus-run-session 启动 gnome-keyring，或用 PYTHON_KEYRING_BACKEND 明确指定后端（见 README）。",
    "no OS keyring is available to hold the database key; run in a desktop session, start "
    "gnome-keyring under dbus-run-session, or select a backend with PYTHON_KEYRING_BACKEND",
)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _account(store_id: str) -> str:
    return f"db-key:{store_id}"


def load_key(store_id: str) -> bytes | None:
    """The key for this store from the keyring, or None if the keyring has none."""
    try:
        value = keyring.get_password(SERVICE, _account(store_id))
    except NoKeyringError as exc:
        raise NO_KEYRING from exc
    except KeyringError as exc:
        raise StoreError(f"读取系统密钥环失败：{exc}", "reading the keyring failed") from exc
    return bytes.fromhex(value) if value else None


def save_key(store_id: str, key: bytes) -> None:
    try:
        keyring.set_password(SERVICE, _account(store_id), key.hex())
    except NoKeyringError as exc:
        raise NO_KEYRING from exc
    except KeyringError as exc:
        raise StoreError(f"写入系统密钥环失败：{exc}", "writing the keyring failed") from exc


def save_secret(account: str, value: str) -> None:
    """Other secrets (PostgreSQL password, export signing key) live beside the DB key."""
    try:
        keyring.set_password(SERVICE, account, value)
    except NoKeyringError as exc:
        raise NO_KEYRING from exc


def load_secret(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except NoKeyringError as exc:
        raise NO_KEYRING from exc


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"mediation-recovery" + key).digest()[:3]


def recovery_key(key: bytes) -> str:
    """The key as 12 groups of 5 characters, e.g. ``ABCDE-FGHIJ-...``."""
    text = base64.b32encode(key + _checksum(key)).decode().rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def key_from_recovery(text: str) -> bytes:
    """Parse a recovery key typed by a person: case, spaces and dashes do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise StoreError("恢复密钥格式不正确", "the recovery key is malformed") from exc
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(key) != KEY_BYTES or check != _checksum(key):
        raise StoreError("恢复密钥不正确（校验失败）", "the recovery key does not check out")
    return key
