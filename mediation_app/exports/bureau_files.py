"""The office's monthly files for the district bureau: the form, the data, the manifest.

The data file carries the figures and an anonymised case ledger: case numbers, types,
dates, outcomes and amounts — never names, ID numbers, phones or addresses.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import Workbook
from sqlalchemy.orm import Session

from mediation_app.errors import ValidationError
from mediation_app.exports import forms, roles, signing
from mediation_app.exports.files import atomic_write, safe_stem, sha256_file, write_bytes
from mediation_app.exports.package import FORMAT_VERSION, MANIFEST, MANIFEST_FORMAT
from mediation_app.exports.statistics import Concluded, Report, concluded_cases, month_range, tally
from mediation_app.services import audit
from mediation_app.services import office as office_service
from mediation_app.services.actor import Actor
from mediation_app.storage.models import Office
from mediation_app.storage.types import utcnow

DATA_FORMAT = "mediation-desk/monthly-data"
LOCAL = dt.timezone(dt.timedelta(hours=8))
JSON_CHUNK_DEPTH = 2  # the data file's ledger: top-level dict, list, case
RELEASE_CHUNK = 2000
# the ledger's only fields: nothing here identifies a person
LEDGER_KEYS = ("number", "dispute_type", "source", "received_on", "accepted_on", "concluded_on",
               "outcome", "agreement_kind", "amount", "risk_level", "parties")
ADJUSTMENT_COLUMNS = (("单位", 1), ("月份", 1), ("栏目", 5), ("调整数", 1), ("理由", 8),
                      ("录入人", 2), ("录入时间", 3))
FOOTER = (
    "说明：调解件数按调解结束（达成协议、调解不成、调解后终止）之日计入；成功率＝调解成功件数÷调解件数；"
    "组织与队伍为生成时的名册数。本表不含当事人个人信息。",
    "填表人：　　　　　　审核人：　　　　　　单位负责人：　　　　　　填报日期：　　　　年　　月　　日",
)


def ledger_entry(case: Concluded) -> dict[str, Any]:
    return {"number": case.number, "dispute_type": case.dispute_type, "source": case.source,
            "received_on": case.received_on.isoformat(),
            "accepted_on": case.accepted_on.isoformat() if case.accepted_on else None,
            "concluded_on": case.concluded_on.isoformat(), "outcome": case.outcome,
            "agreement_kind": case.agreement_kind,
            "amount": str(case.amount) if case.amount is not None else None,
            "risk_level": case.risk_level, "parties": case.parties}


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def _json_pieces(value: Any, depth: int) -> Iterator[str]:
    """``_dumps(value)`` in pieces: containers down to ``depth`` are opened here, and what
    lies below is encoded by the C encoder one element at a time. A dict with keys other
    than strings is left whole (json turns them into strings its own way); an iterator is
    an array, consumed as it is written."""
    string_keys = isinstance(value, dict) and all(isinstance(k, str) for k in value)
    sequence = isinstance(value, list | Iterator)
    if depth == 0 or not (sequence or string_keys):
        yield _dumps(value)
        return
    if sequence:
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
        return
    yield "{"
    for i, (name, item) in enumerate(value.items()):
        yield ("," if i else "") + _dumps(name) + ":"
        yield from _json_pieces(item, depth - 1)
    yield "}"


def to_json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON, byte for byte what ``json.dumps`` gives (with iterators as lists).

    The ledger of a big month is encoded case by case (a dict within a list within the
    top-level dict): in one call the C encoder holds the GIL for hundreds of milliseconds
    while the GUI thread waits to paint; between pieces it can.
    """
    return b"".join(piece.encode() for piece in _json_pieces(value, JSON_CHUNK_DEPTH))


def release(items: list[Any]) -> None:
    """Empty a big list a slice at a time. Dropped at once, a month's cases are freed in
    one C call that keeps the GIL for ~100 ms, and the GUI thread waits for it."""
    while items:
        del items[-RELEASE_CHUNK:]


def period_text(first: dt.date, last: dt.date) -> str:
    return f"统计期间：{first.year}年{first.month}月{first.day}日至{last.year}年{last.month}月{last.day}日"


def local_time(moment: dt.datetime) -> str:
    return moment.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")


def adjustment_rows(unit: str, adjustments: list[dict[str, Any]]) -> list[list[Any]]:
    return [[unit, a["month"], a["label"], a["delta"], a["reason"], a["entered_by"],
             local_time(dt.datetime.fromisoformat(a["entered_at"]))] for a in adjustments]


def write_adjustments(ws: Any, row: int, rows: list[list[Any]]) -> int:
    if not rows:
        return row
    return forms.write_table(ws, row, "手工调整（已计入上表）", ADJUSTMENT_COLUMNS, rows)


def _workbook(office: Office, report: Report, generated: dt.datetime) -> Workbook:
    book = Workbook()
    ws = book.active
    figures = report.flat()
    info = [f"填报单位：{office.name}（{office.code}）", period_text(report.date_from, report.date_to),
            f"生成时间：{local_time(generated)}"]
    row = forms.write_form(ws, title="人民调解工作统计月报表", info=info, label_header="填报单位",
                           rows=[forms.Row(office.name, figures)], total=figures)
    row = write_adjustments(ws, row, adjustment_rows(
        office.name, [a.to_dict() for a in report.adjustments]))
    forms.write_lines(ws, row, FOOTER)
    return book


def export_monthly(session: Session, office: Office, month: str, out_dir: Path,
                   signing_key: Ed25519PrivateKey) -> list[Path]:
    """Write ``<code>_<month>/`` under ``out_dir``: .xlsx, .json, then the signed manifest.

    The .xlsx is the paper form; the case ledger is in the .json only (a 10,000-row sheet
    would take openpyxl seconds to write, and the bureau reads the ledger by program).

    Each file is written to a temporary name and renamed; the manifest comes last, so a
    folder interrupted halfway fails verification instead of passing with stale files.
    """
    first, last = month_range(month)
    month = first.strftime("%Y-%m")
    cases = concluded_cases(session, first, last)
    report = tally(session, first, last, cases)
    generated = utcnow()
    stem = f"{safe_stem(office.code)}_{month}"
    folder = Path(out_dir) / stem
    folder.mkdir(parents=True, exist_ok=True)
    identity = {"office": {"code": office.code, "name": office.name}, "month": month,
                "generated_at": generated.isoformat()}
    data = {"format": DATA_FORMAT, "version": FORMAT_VERSION, **identity,
            "figures": report.to_dict(), "ledger": map(ledger_entry, cases)}
    written = [
        atomic_write(folder / f"{stem}.xlsx", _workbook(office, report, generated).save),
        write_bytes(folder / f"{stem}.json", to_json_bytes(data)),
    ]
    release(cases)
    public = signing.encode_public(signing_key.public_key())
    manifest = signing.sign({
        "format": MANIFEST_FORMAT, "version": FORMAT_VERSION, **identity,
        "files": [{"name": p.name, "sha256": sha256_file(p), "size": p.stat().st_size}
                  for p in written],
        "public_key": public, "key_fingerprint": signing.fingerprint(public),
    }, signing_key)
    return [*written, write_bytes(folder / MANIFEST, to_json_bytes(manifest))]


def _office_key(session: Session, actor: Actor, office: Office) -> Ed25519PrivateKey:
    """The signing key; its creation is audited, as the bureau must then register it."""
    key, created = signing.signing_key(office.code)
    if created:
        public = signing.encode_public(key.public_key())
        audit.record(session, actor, "create", "signing_key", office.id,
                     changes={"fingerprint": signing.fingerprint(public)})
    return key


def run_monthly_export(session: Session, actor: Actor, month: str, out_dir: Path,
                       *, today: dt.date | None = None) -> dict[str, Any]:
    """The monthly export as a user action: permission, key, files, audit."""
    roles.require(actor, roles.STATISTICS, "导出报送文件", "statisticians and administrators export")
    first, _last = month_range(month)
    if first > (today or dt.date.today()):
        raise ValidationError("不能导出尚未开始的月份", "month is in the future", field="month")
    office = office_service.the_office(session)
    paths = export_monthly(session, office, month, out_dir, _office_key(session, actor, office))
    manifest = paths[-1]
    audit.record(session, actor, "export", "monthly_report", office.id,
                 changes={"month": first.strftime("%Y-%m"), "folder": str(manifest.parent),
                          "manifest_sha256": sha256_file(manifest)})
    return {"month": first.strftime("%Y-%m"), "folder": str(manifest.parent),
            "files": [p.name for p in paths]}


def public_key(session: Session, actor: Actor) -> dict[str, str]:
    """What the bureau registers: office code, name, base64 public key and its fingerprint."""
    roles.require(actor, roles.STATISTICS, "导出公钥", "statisticians and administrators")
    office = office_service.the_office(session)
    public = signing.encode_public(_office_key(session, actor, office).public_key())
    return {"office_code": office.code, "office_name": office.name, "public_key": public,
            "fingerprint": signing.fingerprint(public)}
