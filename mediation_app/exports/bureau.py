"""Bureau mode: register offices' keys, import their signed monthly files, merge a district.

Each imported folder is judged on its own: one refused submission never stops the others,
and a refusal changes nothing but the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.errors import ValidationError
from mediation_app.exports import forms, roles, signing
from mediation_app.exports.bureau_files import (
    adjustment_rows,
    local_time,
    period_text,
    write_adjustments,
)
from mediation_app.exports.columns import COLUMNS, combine, lookup, nest
from mediation_app.exports.files import atomic_write
from mediation_app.exports.package import PLAIN, folder_of, read_manifest
from mediation_app.exports.statistics import month_range
from mediation_app.exports.submission import Submission, read_submission
from mediation_app.exports.untrusted import Refused
from mediation_app.services import audit
from mediation_app.services.actor import Actor
from mediation_app.services.audit import jsonable
from mediation_app.storage.models import ImportedReport, RegisteredOffice
from mediation_app.storage.types import utcnow

IMPORTED, REPLACED, UNCHANGED, REFUSED = "imported", "replaced", "unchanged", "refused"
STATUS_COLUMNS = (("单位", 30), ("状态", 10), ("生成时间", 18), ("导入时间", 18),
                  ("替换次数", 10), ("说明", 40))


def register_office(session: Session, actor: Actor, code: str, name: str, public_key: str,
                    *, replace: bool = False) -> dict[str, Any]:
    """Accept an office's public key; changing a registered key must be asked for."""
    roles.require(actor, roles.BUREAU, "登记报送单位", "the bureau registers offices")
    code_text = v.text(code, "code", "单位代码", required=True, max_len=64)
    name_text = v.text(name, "name", "单位名称", required=True, max_len=200)
    assert code_text and name_text
    if not PLAIN.match(code_text) or not PLAIN.match(name_text):
        raise ValidationError("单位代码和名称不能含控制字符", "control characters", field="code")
    key = (public_key or "").strip() if isinstance(public_key, str) else ""
    try:
        signing.decode_public(key)
    except ValueError as exc:
        raise ValidationError("公钥格式不正确：应为报送单位 export public-key 输出的 Base64 公钥",
                              "public key must be base64 of 32 bytes", field="key") from exc
    holder = session.scalar(select(RegisteredOffice).where(RegisteredOffice.public_key == key))
    if holder is not None and holder.code != code_text:
        raise ValidationError(f"该公钥已登记给“{holder.name}”（{holder.code}）",
                              "this key belongs to another office", field="key")
    row = session.scalar(select(RegisteredOffice).where(RegisteredOffice.code == code_text))
    before = None
    if row is None:
        row = RegisteredOffice(code=code_text, name=name_text, public_key=key)
        session.add(row)
    elif not replace:
        raise ValidationError(f"单位“{code_text}”已登记；如需更换公钥，请加 --replace",
                              "already registered; use --replace to change the key")
    else:
        before = signing.fingerprint(row.public_key)
        row.name, row.public_key = name_text, key
    session.flush()
    fingerprint = signing.fingerprint(key)
    audit.record(session, actor, "update" if before else "create", "registered_office", row.id,
                 changes={"code": code_text, "name": name_text,
                          "fingerprint": {"before": before, "after": fingerprint}})
    return {"code": code_text, "name": name_text, "fingerprint": fingerprint}


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: str
    message: str
    office_code: str | None = None
    month: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != REFUSED

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "status": self.status,
                "office_code": self.office_code, "month": self.month, "message": self.message}


def import_files(session: Session, actor: Actor, paths: list[Path]) -> list[ImportResult]:
    """Import each export folder (a file in it stands for the folder); never raises on bad files."""
    roles.require(actor, roles.BUREAU, "导入报送文件", "the bureau imports")
    folders = list(dict.fromkeys(folder_of(Path(p)) for p in paths))
    results = []
    for folder in folders:
        try:
            result = _import_one(session, folder)
        except Refused as exc:
            result = ImportResult(str(folder), REFUSED, exc.message)
        audit.record(session, actor, "import" if result.ok else "import_refused",
                     "imported_report", None,
                     changes={"folder": result.path, "status": result.status,
                              "office_code": result.office_code, "month": result.month,
                              "message": result.message})
        results.append(result)
    return results


def _import_one(session: Session, folder: Path) -> ImportResult:
    claimed = read_manifest(folder)
    office = session.scalar(select(RegisteredOffice)
                            .where(RegisteredOffice.code == claimed.office_code))
    if office is None:
        raise Refused(f"未登记的报送单位“{claimed.office_code}”（{claimed.office_name}）："
                      "请先用 bureau register 登记该单位的公钥", "unknown office")
    sub = read_submission(folder, claimed, office.public_key, utcnow())
    m = sub.manifest
    row = session.scalar(select(ImportedReport).where(ImportedReport.office_code == m.office_code,
                                                      ImportedReport.month == m.month))
    done = {"path": str(folder), "office_code": m.office_code, "month": m.month}
    if row is None:
        session.add(ImportedReport(office_code=m.office_code, month=m.month,
                                   generated_at=m.generated_at, manifest_sha256=m.sha256,
                                   figures=_stored(sub)))
        return ImportResult(status=IMPORTED, message=f"已导入 {office.name} {m.month} 的报送",
                            **done)
    if row.manifest_sha256 == m.sha256:
        return ImportResult(status=UNCHANGED, message="该报送已导入过，未作更改", **done)
    earlier = local_time(row.generated_at)
    if m.generated_at <= row.generated_at:
        raise Refused(f"{office.name} {m.month} 已有 {earlier} 生成的报送；这份生成于 "
                      f"{local_time(m.generated_at)}，不比已有的新，已拒绝", "an older resend")
    row.generated_at, row.manifest_sha256, row.figures = m.generated_at, m.sha256, _stored(sub)
    row.imported_at = utcnow()
    row.replaced_count += 1
    row.note = f"替换了 {earlier} 生成的报送"
    return ImportResult(status=REPLACED, message=f"{office.name} {m.month} 重复报送：已用较新的"
                        f"（{local_time(m.generated_at)}）替换 {earlier} 生成的报送", **done)


def _stored(sub: Submission) -> dict[str, Any]:
    """What the bureau keeps of a submission: figures, adjustments, how many cases it listed."""
    return {**nest(jsonable(sub.flat)), "adjustments": sub.adjustments,
            "office_name": sub.manifest.office_name, "ledger_cases": sub.ledger_cases}


def flat_figures(stored: dict[str, Any]) -> dict[str, Any]:
    return {c.key: lookup(stored, c.key) for c in COLUMNS}


def overview(session: Session, actor: Actor, months: Sequence[str]) -> dict[str, Any]:
    """Registered offices and their accepted reports for ``months``: who has sent what."""
    roles.require(actor, roles.BUREAU, "查看报送情况", "the bureau")
    wanted = [month_range(m)[0].strftime("%Y-%m") for m in months]
    offices = [{"code": o.code, "name": o.name, "fingerprint": signing.fingerprint(o.public_key)}
               for o in session.scalars(select(RegisteredOffice).order_by(RegisteredOffice.code))]
    query = (select(ImportedReport).where(ImportedReport.month.in_(wanted))
             .order_by(ImportedReport.office_code, ImportedReport.month))
    reports = [{"office_code": r.office_code, "month": r.month,
                "generated_at": r.generated_at.isoformat(),
                "imported_at": r.imported_at.isoformat(),
                "replaced_count": r.replaced_count, "note": r.note}
               for r in session.scalars(query)]
    return {"offices": offices, "months": wanted, "reports": reports}


def district_report(session: Session, month: str, out_path: Path) -> dict[str, Any]:
    """One row per registered office and a total; offices that have not reported are flagged."""
    first, last = month_range(month)
    month = first.strftime("%Y-%m")
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".xlsx":
        raise ValidationError("汇总表文件名应以 .xlsx 结尾", "output must end in .xlsx")
    offices = session.scalars(select(RegisteredOffice).order_by(RegisteredOffice.code)).all()
    reports = {r.office_code: r for r in session.scalars(
        select(ImportedReport).where(ImportedReport.month == month))}
    rows, missing, adjustments, status = [], [], [], []
    for o in offices:
        label = f"{o.name}（{o.code}）"
        report = reports.get(o.code)
        if report is None:
            rows.append(forms.Row(f"{label}（{forms.NOT_REPORTED}）", None))
            missing.append({"code": o.code, "name": o.name})
            status.append([label, forms.NOT_REPORTED, "", "", "", ""])
            continue
        rows.append(forms.Row(label, flat_figures(report.figures)))
        adjustments += adjustment_rows(o.name, report.figures["adjustments"])
        status.append([label, "已报送", local_time(report.generated_at),
                       local_time(report.imported_at), report.replaced_count, report.note or ""])
    total = combine(r.figures for r in rows if r.figures is not None)
    book = Workbook()
    ws = book.active
    reported = len(offices) - len(missing)
    info = [f"汇总月份：{month}", period_text(first, last),
            f"应报 {len(offices)} 个单位，已报 {reported} 个，未报 {len(missing)} 个",
            f"生成时间：{local_time(utcnow())}"]
    row = forms.write_form(ws, title="人民调解工作统计月报表（全区汇总）", info=info,
                           label_header="报送单位", rows=rows, total=total)
    row = write_adjustments(ws, row, adjustments)
    forms.write_lines(ws, row, ["未报送单位：" + "、".join(f"{m['name']}（{m['code']}）"
                                                     for m in missing) if missing
                                else "全部登记单位均已报送。"])
    forms.write_list(book.create_sheet(), "报送情况", STATUS_COLUMNS, status)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out_path, book.save)
    return {"path": str(out_path), "month": month, "offices": len(offices),
            "reported": reported, "missing": missing,
            "total": jsonable(total)}
