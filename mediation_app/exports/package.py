"""The signed export folder: files plus a manifest listing each file's SHA-256, signed.

Reading a folder treats it as untrusted: the manifest is parsed strictly, every listed
file is read once (bounded) and hashed, and whatever is wrong is named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mediation_app.exports import signing
from mediation_app.exports.statistics import MONTH
from mediation_app.exports.untrusted import Reader, Refused, is_safe_name, parse_json, read_bounded

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "mediation-desk/monthly-export"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILES = 8
SHA256 = re.compile(r"^[0-9a-f]{64}$")
PLAIN = re.compile(r"^[^\x00-\x1f\x7f]+$")
KEY_TEXT = re.compile(r"^[A-Za-z0-9+/=]{40,60}$")


@dataclass(frozen=True)
class Listed:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    office_code: str
    office_name: str
    month: str
    generated_at: dt.datetime
    files: tuple[Listed, ...]
    public_key: str
    raw: dict[str, Any]
    sha256: str

    def key(self) -> Ed25519PublicKey:
        return signing.decode_public(self.public_key)


def folder_of(path: Path) -> Path:
    """An export is a folder; any file in it stands for the folder."""
    try:
        return path if path.is_dir() else path.parent
    except OSError:  # e.g. a name too long: reading the manifest will say what is wrong
        return path


def parse_time(value: Any) -> dt.datetime:
    """An ISO timestamp with its UTC offset (naive times are ambiguous across offices)."""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("no UTC offset")
    return moment.astimezone(dt.UTC)


def read_manifest(folder: Path) -> Manifest:
    """The manifest, checked for shape and types (not yet for its signature)."""
    data = read_bounded(folder / MANIFEST, MAX_MANIFEST_BYTES, "清单文件")
    r = Reader(MANIFEST)
    doc = r.obj(parse_json(data, MANIFEST), "顶层")
    if doc.get("format") != MANIFEST_FORMAT or doc.get("version") != FORMAT_VERSION:
        r.fail("format/version", f"不是本程序的报送清单（应为 {MANIFEST_FORMAT} 第 {FORMAT_VERSION} 版）",
               "is not a monthly-export manifest of a known version")
    office = r.obj(doc.get("office"), "office")
    files = []
    for i, raw in enumerate(r.items(doc.get("files"), "files", MAX_FILES)):
        item = r.obj(raw, f"files[{i}]")
        name = r.text(item.get("name"), f"files[{i}].name", max_len=120)
        if not is_safe_name(name) or name == MANIFEST:
            r.fail(f"files[{i}].name", f"不是安全的文件名：{name!r}", "is not a plain file name")
        files.append(Listed(name, r.text(item.get("sha256"), f"files[{i}].sha256",
                                         pattern=SHA256),
                            r.integer(item.get("size"), f"files[{i}].size", 0, MAX_FILE_BYTES)))
    if len({f.name for f in files}) != len(files):
        r.fail("files", "列出了重复的文件名", "lists a file twice")
    public = r.text(doc.get("public_key"), "public_key", pattern=KEY_TEXT)
    r.convert(public, "public_key", signing.decode_public)
    r.text(doc.get(signing.SIGNATURE_FIELD), signing.SIGNATURE_FIELD, max_len=200)
    return Manifest(
        office_code=r.text(office.get("code"), "office.code", max_len=64, pattern=PLAIN),
        office_name=r.text(office.get("name"), "office.name", max_len=200, pattern=PLAIN),
        month=r.text(doc.get("month"), "month", pattern=MONTH),
        generated_at=r.convert(doc.get("generated_at"), "generated_at", parse_time),
        files=tuple(files), public_key=public, raw=doc,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def load_files(folder: Path, manifest: Manifest) -> tuple[dict[str, bytes], list[str]]:
    """Each listed file's bytes, read once so what is hashed is what is used; and problems."""
    contents: dict[str, bytes] = {}
    problems: list[str] = []
    for item in manifest.files:
        try:
            data = read_bounded(folder / item.name, MAX_FILE_BYTES, "文件")
        except Refused as exc:
            problems.append(exc.message)
            continue
        if len(data) != item.size or hashlib.sha256(data).hexdigest() != item.sha256:
            problems.append(f"文件已被改动（与清单中的 SHA-256 不符）：{item.name}")
            continue
        contents[item.name] = data
    return contents, problems


@dataclass
class Verification:
    """What verify_export found; ``ok`` only if every listed file and the signature hold."""

    folder: Path
    problems: list[str] = field(default_factory=list)
    manifest: Manifest | None = None
    unlisted: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.manifest is not None and not self.problems

    def to_dict(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "ok": self.ok, "folder": str(self.folder),
            "office_code": m.office_code if m else None, "month": m.month if m else None,
            "generated_at": m.generated_at.isoformat() if m else None,
            "key_fingerprint": signing.fingerprint(m.public_key) if m else None,
            "files": [f.name for f in m.files] if m else [],
            "problems": self.problems, "unlisted": self.unlisted,
        }


def verify_export(path: Path, public_key: str | None = None) -> Verification:
    """Check an export folder against its manifest and signature.

    With ``public_key`` (the key registered at the bureau) the signature must verify with
    that key; without it, with the key the manifest carries — which proves integrity, not
    who made the files.
    """
    folder = folder_of(Path(path))
    result = Verification(folder)
    try:
        manifest = read_manifest(folder)
        expected = signing.decode_public(public_key) if public_key else manifest.key()
    except Refused as exc:
        result.problems.append(exc.message)
        return result
    except ValueError:
        result.problems.append("给定的公钥格式不正确（应为 32 字节的 Base64）")
        return result
    result.manifest = manifest
    if public_key and public_key.strip() != manifest.public_key:
        result.problems.append("清单中的公钥与登记的公钥不一致（可能是其他单位的文件或密钥已更换）")
    if not signing.signature_ok(manifest.raw, expected):
        result.problems.append(f"{MANIFEST} 的签名无效：清单被改动，或不是该单位的密钥签发")
    result.problems.extend(load_files(folder, manifest)[1])
    listed = {f.name for f in manifest.files} | {MANIFEST}
    result.unlisted = sorted(p.name for p in folder.iterdir()
                             if p.name not in listed and not p.name.startswith("."))
    return result
