"""init, db, key and user commands: the store's life and who may use it."""

from __future__ import annotations

import argparse
import os
from typing import Any

from sqlalchemy import text

from mediation_app import __version__
from mediation_app.cli.context import RECOVERY_ENV, CliApp, CommandFailed, read_password
from mediation_app.domain.enums import UserRole
from mediation_app.errors import AuthError, ValidationError
from mediation_app.services import audit, auth, office
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
