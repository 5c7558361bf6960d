"""The office profile, its settings and its staff roster."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import StaffRole, UserRole
from mediation_app.domain.profile import PROFILE_FIELDS
from mediation_app.errors import NotFoundError, PermissionDenied, ValidationError
from mediation_app.services import audit, auth
from mediation_app.services.actor import Actor
from mediation_app.storage.models import Committee, Office, Setting, Staff

DEFAULT_SETTINGS: dict[str, Any] = {
    "deadline_days": 30,
    "confirmation_window_days": 30,
    "confirmation_warn_days": 7,
    "referral_deadline_days": 30,
    "retention": "长期",
    "retention_years": {"永久": None, "长期": 30, "短期": 10},
    "allow_15_digit_id": False,
    "mediators_see_others_cases": True,
    "attachment_max_mb": 20,
    "idle_lock_minutes": 10,
    # a second folder (USB stick, network share) every automatic backup is copied to
    "backup_extra_dir": "",
}

SETTING_RANGES: dict[str, tuple[int, int, str]] = {
    "deadline_days": (1, 365, "调解期限"),
    "confirmation_window_days": (1, 365, "司法确认申请期"),
    "confirmation_warn_days": (0, 90, "申请期届满前提醒天数"),
    "referral_deadline_days": (1, 365, "移送案件默认期限"),
    "attachment_max_mb": (1, 200, "附件大小上限"),
    "idle_lock_minutes": (1, 240, "无操作自动锁定时间"),
}
"""Inclusive bounds of the numeric settings: a zero-day deadline makes every case overdue."""

RETENTION_YEARS_MAX = 100


def setup_office(
    session: Session,
    *,
    office: str,
    committee: str,
    prefix: str,
    admin_username: str,
    admin_password: str,
    code: str | None = None,
) -> tuple[Office, Actor]:
    """First run: the office, its committee and the first administrator, in one transaction."""
    if session.scalar(select(Office.id)):
        raise ValidationError("本数据库已经初始化过", "this store is already set up")
    name = _required(office, "office", "司法所名称")
    committee_name = _required(committee, "committee", "调解委员会名称")
    prefix_text = _prefix(prefix)
    row = Office(name=name, committee_name=committee_name, number_prefix=prefix_text,
                 code=code or _default_code(name))
    session.add(row)
    session.flush()
    session.add(Committee(office_id=row.id, name=committee_name, kind="乡镇街道"))
    admin = auth.create_user(session, None, username=admin_username, password=admin_password,
                             role=UserRole.ADMIN, display_name=admin_username)
    audit.record(session, admin, "create", "office", row.id,
                 changes={"name": name, "committee": committee_name, "prefix": prefix_text})
    return row, admin


def _required(value: Any, field: str, label: str) -> str:
    text = v.text(value, field, label, required=True, max_len=200)
    assert text is not None
    return text


def _prefix(value: Any) -> str:
    """The case-number prefix goes inside （2026）城关人调字第15号: no spaces or brackets."""
    prefix = v.text(value, "prefix", "编号前缀", required=True, max_len=40)
    assert prefix is not None
    if re.search(r"[\s（）()]", prefix):
        raise ValidationError("编号前缀不能含空格或括号", "prefix has spaces or brackets",
                              field="prefix")
    return prefix


def profile(session: Session) -> dict[str, str | None]:
    """The office's particulars as the settings page and the command line show them."""
    row = the_office(session)
    return {"name": row.name, "code": row.code, "committee": row.committee_name,
            "prefix": row.number_prefix, "region": row.region, "address": row.address,
            "phone": row.phone}


def update_profile(session: Session, actor: Actor, data: dict[str, Any]
                   ) -> dict[str, str | None]:
    """Edit the particulars given in ``data``; the code stays (reports are keyed by it).

    A new prefix numbers the cases registered from now on; existing numbers never change.
    """
    require_admin(actor)
    unknown = set(data) - set(PROFILE_FIELDS)
    if unknown or "code" in data:
        field = sorted(unknown)[0] if unknown else "code"
        raise ValidationError(f"不能修改的单位信息：{field}", "not an editable field", field=field)
    checks = {
        "name": lambda x: _required(x, "name", "司法所名称"),
        "committee": lambda x: _required(x, "committee", "调解委员会名称"),
        "prefix": _prefix,
        "region": lambda x: v.text(x, "region", "所在地区", max_len=200),
        "address": lambda x: v.text(x, "address", "地址", max_len=300),
        "phone": lambda x: v.phone(x, "phone", "联系电话"),
    }
    after = {field: checks[field](value) for field, value in data.items()}
    before = profile(session)
    row = the_office(session)
    columns = {"committee": "committee_name", "prefix": "number_prefix"}
    for field, value in after.items():
        setattr(row, columns.get(field, field), value)
    changes = audit.diff(before, after)
    if changes:
        audit.record(session, actor, "update", "office", row.id, changes=changes)
    return profile(session)


def _default_code(name: str) -> str:
    return "OFF-" + hashlib.sha256(name.encode()).hexdigest()[:10].upper()


def the_office(session: Session) -> Office:
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        raise NotFoundError("尚未初始化：请先运行 mediation-app init", "not set up; run init")
    return office


def settings(session: Session) -> dict[str, Any]:
    """Defaults overlaid with what the office changed.

    Only the keys of DEFAULT_SETTINGS: the same table also keeps larger office data
    (templates, the holiday calendar) under keys of their own services.
    """
    values = dict(DEFAULT_SETTINGS)
    rows = session.scalars(select(Setting).where(Setting.key.in_(tuple(DEFAULT_SETTINGS))))
    for row in rows:
        values[row.key] = row.value
    return values


def check_setting(key: str, value: Any) -> None:
    """Type and range of one setting value; ValidationError (Chinese) names the setting."""
    if key not in DEFAULT_SETTINGS:
        raise ValidationError(f"未知的设置项：{key}", "unknown setting", field=key)
    default = DEFAULT_SETTINGS[key]
    if isinstance(value, bool) != isinstance(default, bool) or not isinstance(
            value, type(default)):
        raise ValidationError(f"设置项 {key} 的类型不正确", "wrong type", field=key)
    if key in SETTING_RANGES:
        low, high, label = SETTING_RANGES[key]
        if not low <= value <= high:
            raise ValidationError(f"{label}应在 {low} 到 {high} 之间", "out of range", field=key)
    elif key == "retention" and value not in DEFAULT_SETTINGS["retention_years"]:
        raise ValidationError(f"保管期限应为：{'、'.join(DEFAULT_SETTINGS['retention_years'])}",
                              "unknown retention", field=key)
    elif key == "retention_years":
        _check_retention_years(value)


def _check_retention_years(value: dict[str, Any]) -> None:
    if set(value) != set(DEFAULT_SETTINGS["retention_years"]):
        raise ValidationError("保管期限年数应列出 永久、长期、短期", "wrong retention keys",
                              field="retention_years")
    for name, years in value.items():
        if years is None and name == "永久":
            continue
        if isinstance(years, bool) or not isinstance(years, int) or not (
                1 <= years <= RETENTION_YEARS_MAX):
            raise ValidationError(f"保管期限“{name}”的年数应在 1 到 {RETENTION_YEARS_MAX} 之间",
                                  "retention years out of range", field="retention_years")


def stored_value(session: Session, key: str) -> Any:
    """The stored value of a key of the settings table, None if the office never set it."""
    row = session.get(Setting, key)
    return row.value if row else None


def store_value(session: Session, key: str, value: Any) -> None:
    """Write (or, with None, delete) one row of the settings table; callers audit."""
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以修改设置", "only administrators change settings")


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    require_admin(actor)
    check_setting(key, value)
    before = stored_value(session, key)
    store_value(session, key, value)
    audit.record(session, actor, "update", "setting", None, changes={key: {
        "before": DEFAULT_SETTINGS[key] if before is None else before, "after": value}})


def add_staff(session: Session, actor: Actor, data: dict[str, Any]) -> dict[str, Any]:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以维护人员名册", "only administrators edit the roster")
    office = the_office(session)
    name = v.text(data.get("name"), "name", "姓名", required=True, max_len=100)
    role = v.choice(data.get("role"), "role", "角色", StaffRole)
    staff = Staff(
        office_id=office.id,
        name=name,
        role=role.value,
        membership=v.text(data.get("membership"), "membership", "委员或聘任", max_len=20),
        full_time=bool(v.boolean(data.get("full_time"), "full_time", "专职", default=False)),
        organisation=v.text(data.get("organisation"), "organisation", "单位", max_len=200),
        phone=v.phone(data.get("phone"), "phone", "联系电话"),
        trained_on=v.date(data.get("trained_on"), "trained_on", "培训日期"),
    )
    session.add(staff)
    session.flush()
    audit.record(session, actor, "create", "staff", staff.id,
                 changes={"name": name, "role": role.value})
    return staff_dict(staff)


COMMITTEE_KINDS = ("村", "居", "乡镇街道", "企事业单位", "行业性专业性", "其他")


def add_committee(session: Session, actor: Actor, data: dict[str, Any]) -> dict[str, Any]:
    """A committee reporting through this office: the roster figures count them by kind."""
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以维护调解委员会", "only administrators edit committees")
    office = the_office(session)
    name = v.text(data.get("name"), "name", "委员会名称", required=True, max_len=200)
    kind = data.get("kind")
    if kind not in COMMITTEE_KINDS:
        raise ValidationError(f"委员会类别应为：{'、'.join(COMMITTEE_KINDS)}", "unknown kind",
                              field="kind")
    row = Committee(office_id=office.id, name=name, kind=kind)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "committee", row.id, changes={"name": name,
                                                                         "kind": kind})
    return {"id": row.id, "name": row.name, "kind": row.kind, "active": row.active}


def list_committees(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Committee).order_by(Committee.id))
    return [{"id": c.id, "name": c.name, "kind": c.kind, "active": c.active} for c in rows]


def staff_dict(s: Staff) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "role": s.role, "membership": s.membership,
            "full_time": s.full_time, "organisation": s.organisation, "phone": s.phone,
            "trained_on": s.trained_on.isoformat() if s.trained_on else None,
            "active": s.active}


def list_staff(session: Session, role: StaffRole | None = None) -> list[dict[str, Any]]:
    query = select(Staff).where(Staff.active).order_by(Staff.role, Staff.id)
    if role is not None:
        query = query.where(Staff.role == role.value)
    return [staff_dict(s) for s in session.scalars(query)]


def find_staff(session: Session, name: str, role: StaffRole | None = None) -> Staff | None:
    query = select(Staff).where(Staff.name == name, Staff.active)
    if role is not None:
        query = query.where(Staff.role == role.value)
    return session.scalars(query.order_by(Staff.id)).first()
