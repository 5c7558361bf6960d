"""init, db, key and user commands: the store's life and who may use it."""

from __future__ import annotations

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


def read_text_file(name: str) -> str:
    """A file named on the command line, as UTF-8 text; unreadable is a user error."""
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
    problems = office_templates.check(read_text_file(app.args.file))
    result = {"ok": not problems, "problems": [p.to_dict() for p in problems]}
    if problems:
        raise CommandFailed(result, "模板" + tomltext.summary(problems), "invalid template")
    return result


def cmd_template_save(app: CliApp) -> dict[str, Any]:
    text = read_text_file(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return office_templates.save(session, actor, app.args.name, text)


def cmd_template_preview(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        text = (read_text_file(app.args.file) if app.args.file
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
    text = read_text_file(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return holidays.save(session, actor, text)


def cmd_holidays_reset(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return holidays.reset(session, actor)
