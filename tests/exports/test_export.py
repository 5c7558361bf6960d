"""The office's monthly export: files, signature, tamper detection, no personal data, and
the .xlsx as LibreOffice reads and prints it."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import zipfile
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied, StoreError, ValidationError
from mediation_app.exports import signing
from mediation_app.exports.bureau_files import LEDGER_KEYS, public_key, run_monthly_export
from mediation_app.exports.columns import AMOUNT_KEY, FORM, RATE_KEY
from mediation_app.exports.forms import block_keys
from mediation_app.exports.package import MANIFEST, verify_export
from mediation_app.exports.statistics import compute
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.exports.conftest import MARCH, PERSONAL_DATA, TODAY
from tests.exports.test_statistics import user

OFFICE = "城关司法所"


def export(store: Store, actor: Actor, out: Path, month: str = "2025-03") -> Path:
    with store.transaction() as session:
        return Path(run_monthly_export(session, actor, month, out, today=TODAY)["folder"])


@pytest.fixture
def folder(store: Store, admin: Actor, office_data: dict[str, int], tmp_path: Path) -> Path:
    return export(store, admin, tmp_path / "out")


def files_of(folder: Path) -> dict[str, Path]:
    return {p.suffix if p.name != MANIFEST else MANIFEST: p for p in folder.iterdir()}


def test_three_files_and_a_valid_signature(folder: Path, store: Store, admin: Actor,
                                           memory_keyring: MemoryKeyring) -> None:
    assert folder.name == "OFFICE-1_2025-03"
    assert sorted(p.name for p in folder.iterdir()) == [
        "OFFICE-1_2025-03.json", "OFFICE-1_2025-03.xlsx", MANIFEST]
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    assert manifest["office"] == {"code": "OFFICE-1", "name": OFFICE}
    assert manifest["month"] == "2025-03"
    assert [f["name"] for f in manifest["files"]] == ["OFFICE-1_2025-03.xlsx",
                                                      "OFFICE-1_2025-03.json"]
    with store.transaction() as session:
        registration = public_key(session, admin)
    assert manifest["public_key"] == registration["public_key"]
    assert manifest["key_fingerprint"] == registration["fingerprint"]
    assert ("mediation-desk", "export-signing-key:OFFICE-1") in memory_keyring.secrets
    for path in (folder, *folder.iterdir()):
        result = verify_export(path)
        assert result.ok, result.problems
    assert verify_export(folder, registration["public_key"]).ok


def test_data_file_holds_the_figures_and_an_anonymised_ledger(
        folder: Path, store: Store, office_data: dict[str, int]) -> None:
    data = json.loads(files_of(folder)[".json"].read_text("utf-8"))
    with store.transaction(write=False) as session:
        expected = compute(session, *MARCH).to_dict()
    assert data["figures"] == json.loads(json.dumps(expected, default=str))
    assert [(e["outcome"], e["dispute_type"]) for e in data["ledger"]] == [
        ("调解成功", "婚姻家庭纠纷"), ("调解成功", "邻里纠纷"), ("终止调解", "合同纠纷"),
        ("调解不成", "劳动争议纠纷")]
    assert all(tuple(e) == LEDGER_KEYS for e in data["ledger"])
    assert data["ledger"][1]["amount"] == "2000.00" and data["ledger"][0]["parties"] == 3


def test_no_personal_data_in_any_file(folder: Path) -> None:
    for path in folder.iterdir():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
        else:
            text = path.read_text("utf-8")
        leaked = [item for item in PERSONAL_DATA if item in text]
        assert not leaked, (path.name, leaked)


@pytest.mark.parametrize("which", [".xlsx", ".json", MANIFEST])
def test_one_changed_byte_fails_naming_the_file(folder: Path, which: str) -> None:
    path = files_of(folder)[which]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = verify_export(folder)
    assert not result.ok
    assert path.name in " ".join(result.problems)


def test_a_changed_hash_in_the_manifest_breaks_the_signature(folder: Path) -> None:
    path = folder / MANIFEST
    manifest = json.loads(path.read_text("utf-8"))
    digest = manifest["files"][0]["sha256"]
    manifest["files"][0]["sha256"] = ("0" if digest[0] != "0" else "1") + digest[1:]
    path.write_text(json.dumps(manifest), "utf-8")
    assert verify_export(folder).problems == [
        "manifest.json 的签名无效：清单被改动，或不是该单位的密钥签发",
        f"文件已被改动（与清单中的 SHA-256 不符）：{manifest['files'][0]['name']}"]


def test_missing_unlisted_and_foreign_key(folder: Path) -> None:
    (folder / "备注.txt").write_text("x", "utf-8")
    assert verify_export(folder).ok and verify_export(folder).unlisted == ["备注.txt"]
    other = signing.encode_public(Ed25519PrivateKey.generate().public_key())
    problems = verify_export(folder, other).problems
    assert any("公钥不一致" in p for p in problems) and any("签名无效" in p for p in problems)
    assert not verify_export(folder, "not a key").ok
    files_of(folder)[".xlsx"].unlink()
    assert verify_export(folder).problems == ["缺少文件：OFFICE-1_2025-03.xlsx"]
    (folder / MANIFEST).unlink()
    assert verify_export(folder).problems == ["缺少清单文件：manifest.json"]


def test_re_export_replaces_files_and_keeps_the_key(folder: Path, store: Store, admin: Actor,
                                                    tmp_path: Path) -> None:
    before = json.loads((folder / MANIFEST).read_text("utf-8"))
    again = export(store, admin, tmp_path / "out")
    after = json.loads((again / MANIFEST).read_text("utf-8"))
    assert again == folder and after["public_key"] == before["public_key"]
    assert after["generated_at"] > before["generated_at"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    with store.transaction(write=False) as session:
        actions = session.scalars(select(AuditEvent.entity).where(
            AuditEvent.action.in_(("export", "create")),
            AuditEvent.entity.in_(("monthly_report", "signing_key"))).order_by(AuditEvent.id)).all()
    assert actions == ["signing_key", "monthly_report", "monthly_report"]


def test_who_may_export(store: Store, admin: Actor, tmp_path: Path) -> None:
    statistician = user(store, admin, UserRole.STATISTICIAN)
    assert export(store, statistician, tmp_path, "2025-01").name == "OFFICE-1_2025-01"
    for role in (UserRole.MEDIATOR, UserRole.BUREAU):
        with pytest.raises(PermissionDenied, match="统计员"):
            export(store, user(store, admin, role), tmp_path)
    with pytest.raises(ValidationError, match="尚未开始"):
        export(store, admin, tmp_path, "2025-05")


def test_workbook_is_laid_out_for_print(folder: Path) -> None:
    book = load_workbook(files_of(folder)[".xlsx"])
    (form,) = book.worksheets
    assert form.title == "统计表"
    assert form["A1"].value == "人民调解工作统计月报表"
    assert "A1:U1" in {str(r) for r in form.merged_cells.ranges}
    assert len(form.merged_cells.ranges) > 40
    assert form.page_setup.orientation == "landscape"
    assert str(form.page_setup.paperSize) == form.PAPERSIZE_A4
    assert form.sheet_properties.pageSetUpPr.fitToPage and form.page_setup.fitToWidth == 1


def _soffice(*args: str, cwd: Path) -> None:
    profile = (cwd / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", *args],
                   cwd=cwd, check=True, capture_output=True, timeout=180)


def _shown(key: str, value: Any) -> str:
    if key == RATE_KEY:
        return "" if value is None else f"{value * 100:.1f}%"
    return f"{value:.2f}" if key == AMOUNT_KEY else str(value)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice (soffice) or pdftoppm is not installed: apt-get install "
                           "-y libreoffice-calc-nogui poppler-utils")
def test_libreoffice_shows_the_same_figures_and_prints(folder: Path, store: Store,
                                                      tmp_path: Path, artifacts: Path) -> None:
    xlsx = files_of(folder)[".xlsx"]
    work = tmp_path / "lo"
    work.mkdir()
    _soffice("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
             str(work), str(xlsx), cwd=work)
    rows = list(csv.reader((work / f"{xlsx.stem}.csv").open(encoding="utf-8")))
    office_rows = [row for row, following in pairwise(rows)
                   if row[0] == OFFICE and following[0] == "合计"]
    with store.transaction(write=False) as session:
        flat = compute(session, *MARCH).flat()
    assert len(office_rows) == len(FORM)
    for block, row in zip(FORM, office_rows, strict=True):
        keys = block_keys(block)
        assert row[1:1 + len(keys)] == [_shown(k, flat[k]) for k in keys], block.title
    _soffice("--convert-to", "pdf", "--outdir", str(work), str(xlsx), cwd=work)
    out = artifacts / "exports"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(work / f"{xlsx.stem}.pdf"),
                    str(out / "monthly-form")], check=True, timeout=60)
    assert list(out.glob("monthly-form*.png"))


def test_a_damaged_signing_key_is_reported(store: Store, admin: Actor, tmp_path: Path,
                                           memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets[("mediation-desk", "export-signing-key:OFFICE-1")] = "not-a-key"
    with pytest.raises(StoreError, match="已损坏"):
        export(store, admin, tmp_path)
