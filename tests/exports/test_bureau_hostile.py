"""Imported files are untrusted: whatever they hold, the import refuses with a message,
raises nothing, stores nothing and writes no file anywhere."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_app.exports.adjustments import add_adjustment
from mediation_app.exports.bureau_files import export_monthly
from mediation_app.exports.package import MANIFEST
from mediation_app.exports.untrusted import MAX_DEPTH
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Office
from tests.exports.conftest import TODAY
from tests.exports.generate import Generated
from tests.exports.test_bureau import Bureau, data_file, resign, stored

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=25,
)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
MANIFEST_PATHS = ["format", "version", "office", "office.code", "month", "generated_at",
                  "files", "files.0", "files.0.name", "files.0.sha256", "files.0.size",
                  "public_key", "signature"]
DATA_PATHS = ["format", "office", "office.code", "month", "generated_at", "figures",
              "figures.period", "figures.mediated", "figures.by_type", "figures.amount_wan",
              "figures.by_type.邻里纠纷.succeeded", "figures.prevented.自杀", "figures.adjustments",
              "figures.adjustments.0", "ledger", "ledger.0"]


@pytest.fixture
def ready(store: Store, admin: Any, generated_march: Generated, tmp_path: Path) -> Bureau:
    bureau = Bureau(store, admin, tmp_path / "exports")
    bureau.register_both()
    with store.transaction() as session:
        add_adjustment(session, admin, "2025-03", "follow_ups", 1, "补录\n纸质记录", today=TODAY)
    return bureau


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def copy_of(folder: Path, root: Path) -> Path:
    return Path(shutil.copytree(folder, Path(tempfile.mkdtemp(dir=root)) / folder.name))


def put(doc: Any, path: str, value: Any) -> Any:
    """``doc`` with the value at a dotted path replaced (lists by index)."""
    *parents, last = path.split(".")
    here = doc
    for part in parents:
        here = here[int(part)] if isinstance(here, list) else here[part]
    if isinstance(here, list):
        here[int(last)] = value
    else:
        here[last] = value
    return doc


def refused(bureau: Bureau, folder: Path) -> str:
    before = tree(bureau.out.parent)
    result = bureau.one(folder)
    assert tree(bureau.out.parent) == before
    assert result["status"] == "refused", result
    return str(result["message"])


def test_the_untouched_export_with_an_adjustment_is_accepted(ready: Bureau) -> None:
    assert ready.one(ready.export_a())["status"] == "imported"


@FUZZ
@given(value=JSON)
def test_any_json_as_manifest(ready: Bureau, value: Any) -> None:
    folder = copy_of(ready.folder_a, ready.out.parent)
    (folder / MANIFEST).write_text(json.dumps(value), "utf-8")
    refused(ready, folder)
    assert stored(ready.store) == []


@FUZZ
@given(path=st.sampled_from(MANIFEST_PATHS), value=JSON)
def test_any_value_in_any_manifest_field(ready: Bureau, path: str, value: Any) -> None:
    folder = copy_of(ready.folder_a, ready.out.parent)
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    (folder / MANIFEST).write_text(json.dumps(put(manifest, path, value)), "utf-8")
    refused(ready, folder)


@FUZZ
@given(path=st.sampled_from(DATA_PATHS), value=JSON)
def test_any_value_in_a_signed_data_file(ready: Bureau, path: str, value: Any) -> None:
    """A registered office signing nonsense: refused unless the value happens to be valid."""
    folder = copy_of(ready.folder_b, ready.out.parent)
    data_path = data_file(folder)
    data = put(json.loads(data_path.read_text("utf-8")), path, value)
    data_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    resign(folder, ready.key_b)
    result = ready.one(folder)
    assert result["status"] in ("refused", "imported", "replaced", "unchanged"), result
    assert result["ok"] or result["message"]


@FUZZ
@given(raw=st.binary(max_size=300))
def test_any_bytes_as_manifest(ready: Bureau, raw: bytes) -> None:
    folder = copy_of(ready.folder_a, ready.out.parent)
    (folder / MANIFEST).write_bytes(raw)
    refused(ready, folder)


@pytest.mark.parametrize("name", ["../outside.json", "/etc/passwd", "a/b.json", "..",
                                  ".hidden.json", "x\x00.json", "manifest.json", "", "CON:",
                                  "a\\b.json", "名" * 121, "名" * 70])
def test_path_tricks_in_listed_names(ready: Bureau, tmp_path: Path, name: str) -> None:
    """Even signed by a registered office, a listed name must be a plain file in the folder."""
    folder = copy_of(ready.folder_b, tmp_path)
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    manifest["files"][1]["name"] = name
    resign(folder, ready.key_b, files=manifest["files"])
    message = refused(ready, folder)
    assert "文件名" in message or "文字" in message


def test_links_and_directories_are_not_files(ready: Bureau, tmp_path: Path) -> None:
    folder = copy_of(ready.folder_b, tmp_path)
    target = data_file(folder)
    outside = shutil.copyfile(target, tmp_path / "elsewhere.json")
    target.unlink()
    os.symlink(outside, target)
    assert "不是普通文件" in refused(ready, folder)
    target.unlink()
    target.mkdir()
    assert "不是普通文件" in refused(ready, folder)


def test_size_limits(ready: Bureau, tmp_path: Path) -> None:
    folder = copy_of(ready.folder_b, tmp_path)
    with (folder / MANIFEST).open("ab") as fh:
        fh.write(b" " * 70_000)
    assert "清单文件过大" in refused(ready, folder)
    folder = copy_of(ready.folder_b, tmp_path)
    big = data_file(folder)
    with big.open("r+b") as fh:
        fh.truncate(21 * 1024 * 1024)
    resign(folder, ready.key_b, rehash=False)  # still listed with its old, small size
    assert f"文件过大（{21 * 1024 * 1024} 字节" in refused(ready, folder)
    resign(folder, ready.key_b)
    assert "files[1].size" in refused(ready, folder)


def test_deep_nesting_and_duplicate_keys(ready: Bureau, tmp_path: Path) -> None:
    folder = copy_of(ready.folder_b, tmp_path)
    (folder / MANIFEST).write_text("[" * 30_000 + "]" * 30_000, "utf-8")
    assert "嵌套过深" in refused(ready, folder)
    signed = copy_of(ready.folder_b, tmp_path)
    data_file(signed).write_text('{"a":' * 1_000_000 + "1" + "}" * 1_000_000, "utf-8")
    resign(signed, ready.key_b)
    assert "嵌套过深" in refused(ready, signed)
    (folder / MANIFEST).write_text("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "utf-8")
    assert "嵌套过深" in refused(ready, folder)
    (folder / MANIFEST).write_text('{"format": 1, "format": 2}', "utf-8")
    assert "duplicate key" in refused(ready, folder)
    (folder / MANIFEST).write_text('{"version": NaN}', "utf-8")
    assert "不是有效的 JSON" in refused(ready, folder)
    (folder / MANIFEST).write_text('{"version": ' + "9" * 5000 + "}", "utf-8")
    assert "不是有效的 JSON" in refused(ready, folder)


@pytest.mark.parametrize("content, message", [
    (b"not a zip", "不是有效的 xlsx"),
    (b"PK\x05\x06" + b"\x00" * 18, "缺少工作簿"),
])
def test_a_signed_broken_workbook(ready: Bureau, tmp_path: Path, content: bytes,
                                  message: str) -> None:
    folder = copy_of(ready.folder_b, tmp_path)
    next(folder.glob("*.xlsx")).write_bytes(content)
    resign(folder, ready.key_b)
    assert message in refused(ready, folder)


@pytest.mark.parametrize("change, message", [
    ({"ledger": [{"number": "x", "name": "张三"}]}, "不允许的字段"),
    ({"figures": {"mediated": -1}}, "figures.mediated"),
    ({"month": "2025-02"}, "月份或生成时间"),
    ({"office": {"code": "OFFICE-1"}}, "另一单位"),
    ({"format": "something-else"}, "不是本程序的报送数据"),
])
def test_signed_data_that_does_not_fit(ready: Bureau, tmp_path: Path,
                                       change: dict[str, Any], message: str) -> None:
    folder = copy_of(ready.folder_b, tmp_path)
    path = data_file(folder)
    data = json.loads(path.read_text("utf-8"))
    for key, value in change.items():
        data[key] = {**data[key], **value} if key == "figures" else value
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    resign(folder, ready.key_b)
    assert message in refused(ready, folder)


def test_generated_in_the_future_or_before_the_month(ready: Bureau, tmp_path: Path) -> None:
    for when, message in [("2999-01-01T00:00:00+00:00", "晚于当前时间"),
                          ("2025-02-27T00:00:00+00:00", "早于所报月份")]:
        folder = copy_of(ready.folder_b, tmp_path)
        path = data_file(folder)
        path.write_text(path.read_text("utf-8").replace(
            json.loads(path.read_text("utf-8"))["generated_at"], when), "utf-8")
        resign(folder, ready.key_b, generated_at=when)
        assert message in refused(ready, folder)


def test_an_odd_office_code_never_escapes_the_folder(ready: Bureau, tmp_path: Path) -> None:
    odd = Office(code="../../etc/x", name="奇怪", committee_name="x", number_prefix="x")
    with ready.store.transaction(write=False) as session:
        paths = export_monthly(session, odd, "2025-03", tmp_path / "odd", ready.key_b)
    assert all(p.parent == tmp_path / "odd" / "etc_x_2025-03" for p in paths)
