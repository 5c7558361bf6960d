"""init, db, key and user commands: the store's life and who may use it."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import text

from mediation_app import __version__
from mediation_app.cli.context import RECOVERY_ENV, CliApp, CommandFailed, read_password
from mediation_app.documents.engine import write_pdf_atomically
from mediation_app.domain import tomltext
from mediation_app.domain.enums import UserRole
from mediation_app.errors import AuthError, ValidationError
from mediation_app.services import (
    audit,
    auth,
    holidays,
    office,
    office_templates,
    template_preview,
)
from mediation_app.storage import keys, migrate, opening


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="创建数据库、司法所和管理员 (create the store)")
    p.add_argument("--office", required=True, help="司法所名称")
    p.add_argument("--committee", required=True, help="人民调解委员会名称")
    p.add_argument("--prefix", required=True, help="案件编号前缀，如 城关")
    p.add_argument("--admin", required=True, help="管理员用户名")
    p.add_argument("--code", help="司法所代码（报送用）")
    p.set_defaults(handler=cmd_init)

    db = sub.add_parser("db", help="数据库维护 (database)").add_subparsers(dest="db_cmd",
                                                                        required=True)
    db.add_parser("upgrade", help="升级数据库结构").set_defaults(handler=cmd_db_upgrade)
    db.add_parser("check", help="完整性检查").set_defaults(handler=cmd_db_check)

    key = sub.add_parser("key", help="数据库密钥 (database key)").add_subparsers(
        dest="key_cmd", required=True)
    key.add_parser("show-recovery", help="再次显示恢复密钥（需验证身份）").set_defaults(
        handler=cmd_key_show)
    key.add_parser("recover", help=f"用恢复密钥（环境变量 {RECOVERY_ENV} 或输入）打开数据库"
                   ).set_defaults(handler=cmd_key_recover)

    user = sub.add_parser("user", help="用户管理 (users)").add_subparsers(dest="user_cmd",
                                                                       required=True)
    add = user.add_parser("add", help="添加用户（新用户密码取自 MEDIATION_NEW_PASSWORD）")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    add.add_argument("--name", help="显示名称")
    add.add_argument("--staff-id", type=int, help="对应人员名册编号")
    add.set_defaults(handler=cmd_user_add)
    user.add_parser("list", help="列出用户").set_defaults(handler=cmd_user_list)
    pw = user.add_parser("passwd", help="修改自己的密码（新密码取自 MEDIATION_NEW_PASSWORD）")
    pw.set_defaults(handler=cmd_user_passwd)
    reset = user.add_parser("reset", help="管理员重置密码（新密码取自 MEDIATION_NEW_PASSWORD）")
    reset.add_argument("username")
    reset.set_defaults(handler=cmd_user_reset)

    a = sub.add_parser("audit", help="审计记录 (audit trail)").add_subparsers(dest="audit_cmd",
                                                                          required=True)
    a.add_parser("verify", help="校验审计链").set_defaults(handler=cmd_audit_verify)
    _register_office_settings(sub)


def _register_office_settings(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """office, setting, template and holidays: what an office edits in 设置."""
    o = sub.add_parser("office", help="单位信息 (office profile)").add_subparsers(
        dest="office_cmd", required=True)
    o.add_parser("show", help="显示单位信息").set_defaults(handler=cmd_office_show)
    edit = o.add_parser("set", help="修改单位信息（管理员）")
    for name in office.PROFILE_FIELDS:
        if name != "code":
            edit.add_argument(f"--{name}")
    edit.set_defaults(handler=cmd_office_set)

    s = sub.add_parser("setting", help="办案规则设置 (settings)").add_subparsers(
        dest="setting_cmd", required=True)
    s.add_parser("list", help="列出设置").set_defaults(handler=cmd_setting_list)
    put = s.add_parser("set", help="修改一项设置（值为 JSON，如 45、true、\"长期\"）")
    put.add_argument("key", choices=list(office.DEFAULT_SETTINGS))
    put.add_argument("value")
    put.set_defaults(handler=cmd_setting_set)

    t = sub.add_parser("template", help="文书模板 (document templates)").add_subparsers(
        dest="template_cmd", required=True)
    t.add_parser("list", help="列出模板及来源").set_defaults(handler=cmd_template_list)
    for verb, about, handler in (("show", "显示模板文本和可直接修改的文字", cmd_template_show),
                                ("copy", "把出厂模板复制为本所模板", cmd_template_copy),
                                ("revert", "删除本所模板，恢复出厂模板", cmd_template_revert)):
        p = t.add_parser(verb, help=about)
        p.add_argument("name")
        p.set_defaults(handler=handler)
    check = t.add_parser("check", help="检查模板文件（不保存）")
    check.add_argument("file")
    check.set_defaults(handler=cmd_template_check)
    save = t.add_parser("save", help="检查并保存为本所模板")
    save.add_argument("name")
    save.add_argument("file")
    save.set_defaults(handler=cmd_template_save)
    preview = t.add_parser("preview", help="用示例案件生成预览 PDF")
    preview.add_argument("name")
    preview.add_argument("--file", help="模板文件（默认：现用的模板）")
    preview.add_argument("--out", required=True, help="输出 PDF 文件")
    preview.set_defaults(handler=cmd_template_preview)

    h = sub.add_parser("holidays", help="节假日安排 (holiday calendar)").add_subparsers(
        dest="holidays_cmd", required=True)
    h.add_parser("show", help="显示现用的节假日安排").set_defaults(handler=cmd_holidays_show)
    imp = h.add_parser("import", help="检查并导入节假日安排（TOML 文件）")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_holidays_import)
    h.add_parser("reset", help="恢复随程序提供的安排").set_defaults(handler=cmd_holidays_reset)


def _new_password() -> str:
    value = os.environ.get("MEDIATION_NEW_PASSWORD")
    if not value:
        raise ValidationError("请用环境变量 MEDIATION_NEW_PASSWORD 提供新密码",
                              "set MEDIATION_NEW_PASSWORD")
    return value


def cmd_init(app: CliApp) -> dict[str, Any]:
    args = app.args
    password = read_password("管理员密码 (administrator password): ")
    auth.check_strength(password)
    created = opening.create(app.paths)
    try:
        with created.store.transaction() as session:
            row, _admin = office.setup_office(
                session, office=args.office, committee=args.committee, prefix=args.prefix,
                admin_username=args.admin, admin_password=password, code=args.code)
            result = {"office": row.name, "code": row.code, "committee": row.committee_name,
                      "prefix": row.number_prefix, "admin": args.admin}
    except Exception:
        created.store.dispose()
        if app.paths.db_path is not None:
            for suffix in ("", "-wal", "-shm"):
                app.paths.db_path.with_name(app.paths.db_path.name + suffix).unlink(
                    missing_ok=True)
        raise
    created.store.dispose()
    result.update(path=app.paths.db_url, recovery_key=created.recovery_key,
                  notice="请抄写并妥善保管恢复密钥：在其他电脑上打开或从备份恢复时需要它。"
                  if created.recovery_key else None)
    return result


def cmd_db_upgrade(app: CliApp) -> dict[str, Any]:
    store = opening.open_existing(app.paths, os.environ.get(RECOVERY_ENV), upgrade=False)
    try:
        before = migrate.current_revision(store)
        if migrate.needs_upgrade(store):
            store.dispose()
            store = opening.open_existing(app.paths, os.environ.get(RECOVERY_ENV))
        return {"ok": True, "before": before, "schema_version": migrate.current_revision(store)}
    finally:
        store.dispose()


def cmd_db_check(app: CliApp) -> dict[str, Any]:
    store = opening.open_existing(app.paths, os.environ.get(RECOVERY_ENV), upgrade=False)
    try:
        with store.engine.connect() as conn:
            if store.dialect == "sqlite":
                integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            else:
                integrity, fk, cipher = "ok", [], None
                conn.execute(text("SELECT 1"))
        current = migrate.current_revision(store)
        ok = integrity == "ok" and not fk and current == migrate.head_revision()
        with store.transaction(write=False) as session:
            cases = session.execute(text('SELECT count(*) FROM "case"')).scalar()
        return {"ok": ok, "path": app.paths.db_url, "encrypted": store.encrypted,
                "cipher": cipher, "integrity": integrity, "foreign_key_errors": len(fk),
                "schema_version": current, "schema_head": migrate.head_revision(),
                "cases": cases, "app_version": __version__}
    finally:
        store.dispose()


def cmd_key_show(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    if not actor.is_admin:
        raise AuthError("只有管理员可以查看恢复密钥", "only administrators see the recovery key")
    key = opening.key_for(app.paths)
    with app.store.transaction() as session:
        audit.record(session, actor, "show_recovery_key", "store")
    return {"recovery_key": keys.recovery_key(key)}


def cmd_key_recover(app: CliApp) -> dict[str, Any]:
    recovery = os.environ.get(RECOVERY_ENV) or read_password("恢复密钥 (recovery key): ")
    opening.key_for(app.paths, recovery)
    return {"ok": True, "path": app.paths.db_url}


def cmd_user_add(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        user = auth.create_user(session, actor, username=app.args.username,
                                password=_new_password(), role=UserRole(app.args.role),
                                display_name=app.args.name, staff_id=app.args.staff_id)
    return {"id": user.user_id, "username": user.username, "role": user.role.value}


def cmd_user_list(app: CliApp) -> list[dict[str, object]]:
    actor = app.actor
    with app.store.transaction(write=False) as session:
        return auth.list_users(session, actor)


def cmd_user_passwd(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        auth.change_password(session, actor, read_password(), _new_password())
    return {"ok": True}


def cmd_user_reset(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        auth.reset_password(session, actor, app.args.username, _new_password())
    return {"ok": True, "username": app.args.username}


def cmd_audit_verify(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        report = audit.verify(session)
    result = report.to_dict()
    if not report.ok:
        raise CommandFailed(result, f"审计链校验失败：{report.problem}", "audit chain broken")
    return result


def _read_text(name: str) -> str:
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"无法读取 UTF-8 文本文件：{path}", "cannot read the file") from exc


def cmd_office_show(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office.profile(session)


def cmd_office_set(app: CliApp) -> dict[str, Any]:
    values = {k: getattr(app.args, k) for k in office.PROFILE_FIELDS
              if k != "code" and getattr(app.args, k) is not None}
    actor = app.actor
    with app.store.transaction() as session:
        return office.update_profile(session, actor, values)


def cmd_setting_list(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office.settings(session)


def cmd_setting_set(app: CliApp) -> dict[str, Any]:
    try:
        value = json.loads(app.args.value)
    except json.JSONDecodeError as exc:
        raise ValidationError("设置值应为 JSON，如 45、true、\"长期\"", "value is not JSON",
                              field=app.args.key) from exc
    actor = app.actor
    with app.store.transaction() as session:
        office.set_setting(session, actor, app.args.key, value)
        return {app.args.key: office.settings(session)[app.args.key]}


def cmd_template_list(app: CliApp) -> list[dict[str, Any]]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office_templates.list_templates(session)


def cmd_template_show(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office_templates.get(session, app.args.name)


def cmd_template_copy(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return office_templates.copy_shipped(session, actor, app.args.name)


def cmd_template_revert(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return office_templates.revert(session, actor, app.args.name)


def cmd_template_check(app: CliApp) -> dict[str, Any]:
    problems = office_templates.check(_read_text(app.args.file))
    result = {"ok": not problems, "problems": [p.to_dict() for p in problems]}
    if problems:
        raise CommandFailed(result, "模板" + tomltext.summary(problems), "invalid template")
    return result


def cmd_template_save(app: CliApp) -> dict[str, Any]:
    text = _read_text(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return office_templates.save(session, actor, app.args.name, text)


def cmd_template_preview(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        text = (_read_text(app.args.file) if app.args.file
                else office_templates.get(session, app.args.name)["text"])
        pdf = template_preview.preview(session, app.args.name, text)
    out = Path(app.args.out)
    try:
        write_pdf_atomically(pdf, out)
    except OSError as exc:
        raise ValidationError(f"无法写入 {out}：{exc.strerror}", "cannot write the file") from exc
    return {"ok": True, "name": app.args.name, "out": str(out), "bytes": len(pdf)}


def cmd_holidays_show(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return holidays.describe(session)


def cmd_holidays_import(app: CliApp) -> dict[str, Any]:
    text = _read_text(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return holidays.save(session, actor, text)


def cmd_holidays_reset(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return holidays.reset(session, actor)
