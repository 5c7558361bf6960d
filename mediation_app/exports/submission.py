"""One office's monthly submission as the bureau reads it: untrusted until every check holds.

Order matters: the manifest's signature is checked against the key the bureau registered
before any listed file is opened, and the figures are taken only from bytes whose hash
the signature covers.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from mediation_app.exports import signing
from mediation_app.exports.adjustments import MAX_DELTA
from mediation_app.exports.bureau_files import DATA_FORMAT, LEDGER_KEYS, LOCAL
from mediation_app.exports.columns import AMOUNT_KEY, BY_KEY, CENT, COUNT_KEYS, figures, lookup
from mediation_app.exports.package import (
    FORMAT_VERSION,
    PLAIN,
    Manifest,
    load_files,
    parse_time,
)
from mediation_app.exports.statistics import MONTH, month_range
from mediation_app.exports.untrusted import Reader, parse_json, refuse

MAX_COUNT = 10_000_000
ALLOWED_LEDGER_KEYS = frozenset(LEDGER_KEYS)
MAX_AMOUNT_WAN = Decimal(100_000_000)
MAX_LEDGER = 200_000
MAX_ADJUSTMENTS = 1_000
MAX_XLSX_ENTRIES = 1_000
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
# free text: like PLAIN, but a reason may run over several lines
TEXT = re.compile(r"^[^\x00-\x08\x0b-\x1f\x7f]+$")
CLOCK_SKEW = dt.timedelta(days=1)


@dataclass(frozen=True)
class Submission:
    manifest: Manifest
    flat: dict[str, Any]
    adjustments: list[dict[str, Any]]
    ledger_cases: int


def read_submission(folder: Path, manifest: Manifest, registered_key: str, now: dt.datetime
                    ) -> Submission:
    """Verify a folder whose manifest was read; raises Refused naming what is wrong."""
    if manifest.public_key != registered_key:
        refuse(f"报送文件的公钥与“{manifest.office_code}”登记的公钥不一致：可能是其他单位的文件，"
               "或该单位更换了密钥（须重新登记）", "the key differs from the registered one")
    if not signing.signature_ok(manifest.raw, signing.decode_public(registered_key)):
        refuse("清单签名无效：清单被改动，或不是该单位的密钥签发", "the manifest signature is invalid")
    _check_time(manifest, now)
    contents, problems = load_files(folder, manifest)
    if problems:
        refuse("；".join(problems), "a listed file is missing or was changed")
    data_names = [n for n in contents if n.endswith(".json")]
    if len(data_names) != 1:
        refuse("报送中应有且只有一个 .json 数据文件", "expected exactly one .json data file")
    for name in (n for n in contents if n.endswith(".xlsx")):
        _check_xlsx(contents[name], name)
    return _parse_data(contents[data_names[0]], data_names[0], manifest)


def _check_time(manifest: Manifest, now: dt.datetime) -> None:
    first, _last = month_range(manifest.month)
    if manifest.generated_at > now + CLOCK_SKEW:
        refuse("报送文件的生成时间晚于当前时间，请核对报送单位的系统时间",
               "generated_at is in the future")
    if manifest.generated_at < dt.datetime.combine(first, dt.time(), LOCAL):
        refuse("报送文件的生成时间早于所报月份", "generated before the month began")


def _check_xlsx(data: bytes, name: str) -> None:
    """A zip with a workbook inside and sane sizes; the cells are not read here."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        refuse(f"{name} 不是有效的 xlsx 文件", f"{name} is not an xlsx file")
    names = {e.filename for e in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        refuse(f"{name} 不是有效的 xlsx 文件（缺少工作簿）", f"{name} has no workbook")
    if len(entries) > MAX_XLSX_ENTRIES or sum(e.file_size for e in entries) > MAX_XLSX_UNPACKED:
        refuse(f"{name} 解压后过大", f"{name} unpacks too large")


def _parse_data(data: bytes, name: str, manifest: Manifest) -> Submission:
    r = Reader(name)
    doc = r.obj(parse_json(data, name), "顶层")
    if doc.get("format") != DATA_FORMAT or doc.get("version") != FORMAT_VERSION:
        r.fail("format/version", "不是本程序的报送数据", "is not monthly-export data")
    office = r.obj(doc.get("office"), "office")
    if office.get("code") != manifest.office_code:
        refuse(f"数据文件属于另一单位（{str(office.get('code'))[:64]}），与清单中的"
               f"“{manifest.office_code}”不符", "the data file belongs to another office")
    generated = r.convert(doc.get("generated_at"), "generated_at", parse_time)
    if doc.get("month") != manifest.month or generated != manifest.generated_at:
        refuse("数据文件的月份或生成时间与清单不符", "data file and manifest disagree")
    figures_doc = r.obj(doc.get("figures"), "figures")
    first, last = month_range(manifest.month)
    if figures_doc.get("period") != {"from": first.isoformat(), "to": last.isoformat()}:
        r.fail("figures.period", f"不是 {manifest.month} 整月", "is not the whole month")
    ledger = r.items(doc.get("ledger"), "ledger", MAX_LEDGER)
    for i, entry in enumerate(ledger):
        extra = set(r.obj(entry, f"ledger[{i}]")) - ALLOWED_LEDGER_KEYS
        if extra:
            r.fail(f"ledger[{i}]", f"含有不允许的字段（可能是个人信息）：{'、'.join(sorted(extra))[:200]}",
                   "has fields that are not allowed")
    return Submission(manifest, _figures(r, figures_doc),
                      _adjustments(r, figures_doc.get("adjustments")), len(ledger))


def _figures(r: Reader, doc: dict[str, Any]) -> dict[str, Any]:
    """The flat figures; the rate is recomputed, never taken from the file."""
    counts = {}
    for key in COUNT_KEYS:
        counts[key] = r.integer(_value(doc, key), f"figures.{key}", 0, MAX_COUNT)
    text = r.text(_value(doc, AMOUNT_KEY), f"figures.{AMOUNT_KEY}", max_len=20)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        r.fail(f"figures.{AMOUNT_KEY}", "不是金额", "is not an amount")
    # finiteness first: comparing a signalling NaN raises
    if not amount.is_finite() or not 0 <= amount <= MAX_AMOUNT_WAN \
            or amount != amount.quantize(CENT):
        r.fail(f"figures.{AMOUNT_KEY}", "金额超出范围或多于两位小数", "is out of range")
    return figures(counts, amount)


def _value(doc: dict[str, Any], key: str) -> Any:
    """The value at a dotted key, None if absent (then refused as the wrong type)."""
    try:
        return lookup(doc, key)
    except KeyError:
        return None


def _adjustments(r: Reader, value: Any) -> list[dict[str, Any]]:
    out = []
    for i, raw in enumerate(r.items(value, "figures.adjustments", MAX_ADJUSTMENTS)):
        where = f"figures.adjustments[{i}]"
        item = r.obj(raw, where)
        column = r.text(item.get("column"), f"{where}.column", max_len=100)
        if column not in BY_KEY or not BY_KEY[column].adjustable:
            r.fail(f"{where}.column", "不是可调整的栏目", "is not an adjustable column")
        entered = r.convert(item.get("entered_at"), f"{where}.entered_at", parse_time)
        out.append({
            "month": r.text(item.get("month"), f"{where}.month", pattern=MONTH),
            "column": column, "label": BY_KEY[column].label,
            "delta": r.integer(item.get("delta"), f"{where}.delta", -MAX_DELTA, MAX_DELTA),
            "reason": r.text(item.get("reason"), f"{where}.reason", max_len=2000,
                             pattern=TEXT),
            "entered_by": r.text(item.get("entered_by"), f"{where}.entered_by", max_len=100,
                                 pattern=PLAIN),
            "entered_at": entered.isoformat(),
        })
    return out
