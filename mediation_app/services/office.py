"""The office profile, its settings and its staff roster."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import StaffRole, UserRole
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
    name = v.text(office, "office", "司法所名称", required=True, max_len=200)
    committee_name = v.text(committee, "committee", "调解委员会名称", required=True, max_len=200)
    prefix_text = v.text(prefix, "prefix", "编号前缀", required=True, max_len=40)
    assert name and committee_name and prefix_text
    if re.search(r"[\s（）()]", prefix_text):
        raise ValidationError("编号前缀不能含空格或括号", "prefix has spaces or brackets",
                              field="prefix")
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


def _default_code(name: str) -> str:
    return "OFF-" + hashlib.sha256(name.encode()).hexdigest()[:10].upper()


def the_office(session: Session) -> Office:
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        raise NotFoundError("尚未初始化：请先运行 mediation-app init", "not set up; run init")
    return office


def settings(session: Session) -> dict[str, Any]:
    """Defaults overlaid with what the office changed."""
    values = dict(DEFAULT_SETTINGS)
    for row in session.scalars(select(Setting)):
        values[row.key] = row.value
    return values


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以修改设置", "only administrators change settings")
    if key not in DEFAULT_SETTINGS:
        raise ValidationError(f"未知的设置项：{key}", "unknown setting", field=key)
    default = DEFAULT_SETTINGS[key]
    if default is not None and not isinstance(value, type(default)):
        raise ValidationError(f"设置项 {key} 的类型不正确", "wrong type", field=key)
    row = session.get(Setting, key)
    before = row.value if row else default
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, actor, "update", "setting", None,
                 changes={key: {"before": before, "after": value}})


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
            "full_time": s.full_time, "organisation": s.organisation, "active": s.active}


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
