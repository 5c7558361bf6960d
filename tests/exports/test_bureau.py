"""Bureau mode: registered keys, imports judged one by one, replays refused, district merge."""

from __future__ import annotations

import hashlib
import json
import shutil
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.exports import signing
from mediation_app.exports.bureau import (
    district_report,
    import_files,
    overview,
    register_office,
)
from mediation_app.exports.bureau_files import export_monthly, public_key, run_monthly_export
from mediation_app.exports.package import MANIFEST
from mediation_app.exports.untrusted import is_safe_name
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent, ImportedReport, Office
from tests.exports.conftest import TODAY
from tests.exports.generate import Generated
from tests.exports.test_statistics import user

MONTH = "2025-03"


class Bureau:
    """A district bureau and two offices, A (this store's office) and B (a second key)."""

    def __init__(self, store: Store, admin: Actor, out: Path) -> None:
        self.store, self.admin, self.out = store, admin, out
        self.actor = user(store, admin, UserRole.BUREAU)
        self.key_b = Ed25519PrivateKey.generate()
        self.office_b = Office(code="OFFICE-2", name="城南司法所", committee_name="城南",
                               number_prefix="城南")
        with store.transaction() as session:
            self.key_a = public_key(session, admin)["public_key"]

    def register(self, code: str, name: str, key: str, **kw: Any) -> dict[str, Any]:
        with self.store.transaction() as session:
            return register_office(session, self.actor, code, name, key, **kw)

    def register_both(self) -> None:
        self.register("OFFICE-1", "城关司法所", self.key_a)
        self.register("OFFICE-2", "城南司法所", signing.encode_public(self.key_b.public_key()))

    def export_a(self, out: Path | None = None, month: str = MONTH) -> Path:
        with self.store.transaction() as session:
            return Path(run_monthly_export(session, self.admin, month, out or self.out,
                                           today=TODAY)["folder"])

    def export_b(self, out: Path | None = None) -> Path:
        with self.store.transaction(write=False) as session:
            paths = export_monthly(session, self.office_b, MONTH, out or self.out, self.key_b)
        return paths[0].parent

    def load(self, *paths: Path) -> list[dict[str, Any]]:
        with self.store.transaction() as session:
            return [r.to_dict() for r in import_files(session, self.actor, list(paths))]

    @cached_property
    def folder_a(self) -> Path:
        """One export of A, for tests that only copy it."""
        return self.export_a(self.out.parent / "original-a")

    @cached_property
    def folder_b(self) -> Path:
        return self.export_b(self.out.parent / "original-b")

    def one(self, path: Path) -> dict[str, Any]:
        (result,) = self.load(path)
        return result


@pytest.fixture
def bureau(store: Store, admin: Actor, generated_march: Generated, tmp_path: Path) -> Bureau:
    return Bureau(store, admin, tmp_path / "exports")


def resign(folder: Path, key: Ed25519PrivateKey, *, rehash: bool = True, **changes: Any) -> None:
    """What a registered office could do with its own key: sign whatever the folder holds."""
    path = folder / MANIFEST
    manifest = {**json.loads(path.read_text("utf-8")), **changes}
    for item in manifest["files"]:
        listed = folder / item["name"]
        if rehash and is_safe_name(item["name"]) and listed.is_file():
            data = listed.read_bytes()
            item["sha256"], item["size"] = hashlib.sha256(data).hexdigest(), len(data)
    manifest["public_key"] = signing.encode_public(key.public_key())
    path.write_bytes(json.dumps(signing.sign(manifest, key), ensure_ascii=False).encode())


def data_file(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.suffix == ".json" and p.name != MANIFEST)


def stored(store: Store) -> list[tuple[str, str, int]]:
    with store.transaction(write=False) as session:
        return [(r.office_code, r.month, r.replaced_count)
                for r in session.scalars(select(ImportedReport).order_by(ImportedReport.id))]


def test_registration(bureau: Bureau) -> None:
    done = bureau.register("OFFICE-1", "城关司法所", bureau.key_a)
    assert done["fingerprint"] == signing.fingerprint(bureau.key_a)
    other = signing.encode_public(bureau.key_b.public_key())
    with pytest.raises(ValidationError, match="--replace"):
        bureau.register("OFFICE-1", "城关司法所", other)
    with pytest.raises(ValidationError, match="已登记给"):
        bureau.register("OFFICE-9", "某司法所", bureau.key_a)
    for bad in ("", "abc", bureau.key_a[:-4], "A" * 44):
        with pytest.raises(ValidationError, match="公钥格式不正确"):
            bureau.register("OFFICE-3", "某司法所", bad)
    assert bureau.register("OFFICE-1", "城关司法所", other, replace=True)["fingerprint"] == \
        signing.fingerprint(other)
    with bureau.store.transaction() as session, pytest.raises(PermissionDenied, match="司法局"):
        register_office(session, bureau.admin, "OFFICE-4", "某所", bureau.key_a)


def test_import_resend_newer_and_older(bureau: Bureau, tmp_path: Path) -> None:
    bureau.register_both()
    first = bureau.export_a()
    older = shutil.copytree(first, tmp_path / "older")
    result = bureau.one(first / MANIFEST)
    assert (result["status"], result["office_code"], result["month"]) == \
        ("imported", "OFFICE-1", MONTH)
    assert bureau.one(first)["status"] == "unchanged"
    newer = bureau.export_a()
    replaced = bureau.one(newer)
    assert replaced["status"] == "replaced" and "替换" in replaced["message"]
    refused = bureau.one(older)
    assert refused["status"] == "refused" and "不比已有的新" in refused["message"]
    assert stored(bureau.store) == [("OFFICE-1", MONTH, 1)]
    with bureau.store.transaction(write=False) as session:
        seen = overview(session, bureau.actor, [MONTH, "2025-04"])
    assert [o["code"] for o in seen["offices"]] == ["OFFICE-1", "OFFICE-2"]
    assert [(r["office_code"], r["month"], r["replaced_count"]) for r in seen["reports"]] == [
        ("OFFICE-1", MONTH, 1)]
    with bureau.store.transaction(write=False) as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "imported_report").order_by(AuditEvent.id)).all()
    assert actions == ["import", "import", "import", "import_refused"]


def test_unknown_office_is_refused(bureau: Bureau) -> None:
    result = bureau.one(bureau.export_b())
    assert not result["ok"] and "未登记的报送单位“OFFICE-2”" in result["message"]
    assert stored(bureau.store) == []


def test_another_offices_files_are_refused(bureau: Bureau, tmp_path: Path) -> None:
    bureau.register_both()
    # B's files relabelled as A's: the key is not the one registered for A
    folder = bureau.export_b(tmp_path / "relabelled")
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    manifest["office"] = {"code": "OFFICE-1", "name": "城关司法所"}
    (folder / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert "公钥与“OFFICE-1”登记的公钥不一致" in bureau.one(folder)["message"]
    # ... and with A's public key written in: the signature does not verify with it
    manifest["public_key"] = bureau.key_a
    (folder / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert "清单签名无效" in bureau.one(folder)["message"]
    # B signs A's data file under its own name
    theirs = bureau.export_a(tmp_path / "a")
    mine = bureau.export_b(tmp_path / "b")
    shutil.copyfile(data_file(theirs), data_file(mine))
    resign(mine, bureau.key_b)
    assert "数据文件属于另一单位（OFFICE-1）" in bureau.one(mine)["message"]
    assert stored(bureau.store) == []


def test_a_changed_key_needs_a_new_registration(bureau: Bureau) -> None:
    bureau.register("OFFICE-1", "城关司法所",
                    signing.encode_public(Ed25519PrivateKey.generate().public_key()))
    assert "须重新登记" in bureau.one(bureau.export_a())["message"]


@pytest.mark.parametrize("which", ["xlsx", "json"])
def test_tampered_files_are_refused(bureau: Bureau, which: str) -> None:
    bureau.register_both()
    folder = bureau.export_a()
    path = next(folder.glob(f"OFFICE-1_*.{which}"))
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x20
    path.write_bytes(bytes(data))
    result = bureau.one(folder)
    assert not result["ok"] and path.name in result["message"]
    assert stored(bureau.store) == []


def test_one_bad_folder_does_not_stop_the_others(bureau: Bureau, tmp_path: Path) -> None:
    bureau.register_both()
    empty = tmp_path / "empty"
    empty.mkdir()
    results = bureau.load(bureau.export_a(), empty, tmp_path / "nowhere", bureau.export_b())
    assert [r["status"] for r in results] == ["imported", "refused", "refused", "imported"]
    assert "缺少清单文件" in results[1]["message"]


def test_district_report(bureau: Bureau, generated_march: Generated, tmp_path: Path) -> None:
    bureau.register_both()
    bureau.register("OFFICE-3", "城北司法所",
                    signing.encode_public(Ed25519PrivateKey.generate().public_key()))
    bureau.load(bureau.export_a(), bureau.export_b())
    out = tmp_path / "district" / "2025-03.xlsx"
    with bureau.store.transaction(write=False) as session:
        summary = district_report(session, MONTH, out)
    assert (summary["offices"], summary["reported"]) == (3, 2)
    assert summary["missing"] == [{"code": "OFFICE-3", "name": "城北司法所"}]
    made = generated_march
    assert summary["total"]["mediated"] == 2 * made.mediated == 80
    assert summary["total"]["success_rate"] == 0.9
    # the district adds up what each office reported, rounded as reported
    each = (made.amount / 10_000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert summary["total"]["amount_wan"] == str(2 * each)
    ws = load_workbook(out).worksheets[0]
    labels = [ws.cell(r, 1).value for r in range(1, 12)]
    rows = {label: r for r, label in enumerate(labels, start=1) if label}
    assert ws.cell(rows["城关司法所（OFFICE-1）"], 2).value == 1  # sweeps
    assert ws.cell(rows["城北司法所（OFFICE-3）（未报送）"], 2).value is None
    assert ws.cell(rows["合计"], 2).value == 2 and ws.cell(rows["合计"], 5).value == 80
    assert ws.cell(rows["合计"], 7).value == 0.9
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "未报送单位：城北司法所（OFFICE-3）" in text
    with bureau.store.transaction(write=False) as session, pytest.raises(ValidationError):
        district_report(session, MONTH, tmp_path / "report.csv")
