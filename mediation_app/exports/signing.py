"""The office's Ed25519 export key: made once, kept in the keyring, and the manifest
signature the bureau checks against the public half it registered."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mediation_app.errors import StoreError
from mediation_app.storage import keys

SIGNATURE_FIELD = "signature"


def _account(office_code: str) -> str:
    return f"export-signing-key:{office_code}"


def signing_key(office_code: str) -> tuple[Ed25519PrivateKey, bool]:
    """The office's private key from the keyring, created on first use (then True)."""
    stored = keys.load_secret(_account(office_code))
    if stored:
        try:
            raw = base64.b64decode(stored, validate=True)
            return Ed25519PrivateKey.from_private_bytes(raw), False
        except (binascii.Error, ValueError) as exc:
            raise StoreError(
                f"系统密钥环中的报送签名密钥（{_account(office_code)}）已损坏：请删除该条目后重新生成，"
                "并到司法局重新登记公钥", "the export signing key in the keyring is damaged") from exc
    key = Ed25519PrivateKey.generate()
    keys.save_secret(_account(office_code), base64.b64encode(key.private_bytes_raw()).decode())
    return key, True


def encode_public(key: Ed25519PublicKey) -> str:
    """Base64 of the 32 raw bytes: short enough to read out over the phone or paste."""
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def decode_public(text: str) -> Ed25519PublicKey:
    """ValueError unless ``text`` is base64 of exactly 32 bytes."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, AttributeError) as exc:
        raise ValueError("not base64") from exc
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(public_b64: str) -> str:
    """SHA-256 of the raw public key in groups of four, for checking by eye on registration."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def canonical(manifest: dict[str, Any]) -> bytes:
    """The signed bytes: the manifest without its signature, sorted keys, no spaces."""
    body = {k: v for k, v in manifest.items() if k != SIGNATURE_FIELD}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(manifest: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    return {**manifest, SIGNATURE_FIELD: base64.b64encode(key.sign(canonical(manifest))).decode()}


def signature_ok(manifest: dict[str, Any], public: Ed25519PublicKey) -> bool:
    try:
        signature = base64.b64decode(str(manifest.get(SIGNATURE_FIELD, "")), validate=True)
        public.verify(signature, canonical(manifest))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True
