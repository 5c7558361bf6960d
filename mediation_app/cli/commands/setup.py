"""init, db, key and user commands: the store's life and who may use it."""

from __future__ import annotations

import argparse

from mediation_app.cli.env import RECOVERY_ENV
from mediation_app.cli.lazy import Choices, Handlers
from mediation_app.domain.enums import UserRole
from mediation_app.domain.profile import PROFILE_FIELDS

impl = Handlers("mediation_app.cli.handlers.setup")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="创建数据库、司法所和管理员 (create the store)")
    p.add_argument("--office", required=True, help="司法所名称")
    p.add_argument("--committee", required=True, help="人民调解委员会名称")
    p.add_argument("--prefix", required=True, help="案件编号前缀，如 城关")
    p.add_argument("--admin", required=True, help="管理员用户名")
    p.add_argument("--code", help="司法所代码（报送用）")
    p.set_defaults(handler=impl.cmd_init)

    db = sub.add_parser("db", help="数据库维护 (database)").add_subparsers(dest="db_cmd",
                                                                        required=True)
    db.add_parser("upgrade", help="升级数据库结构").set_defaults(handler=impl.cmd_db_upgrade)
    db.add_parser("check", help="完整性检查").set_defaults(handler=impl.cmd_db_check)

    key = sub.add_parser("key", help="数据库密钥 (database key)").add_subparsers(
        dest="key_cmd", required=True)
    key.add_parser("show-recovery", help="再次显示恢复密钥（需验证身份）").set_defaults(
        handler=impl.cmd_key_show)
    key.add_parser("recover", help=f"用恢复密钥（环境变量 {RECOVERY_ENV} 或输入）打开数据库"
                   ).set_defaults(handler=impl.cmd_key_recover)

    user = sub.add_parser("user", help="用户管理 (users)").add_subparsers(dest="user_cmd",
                                                                       required=True)
    add = user.add_parser("add", help="添加用户（新用户密码取自 MEDIATION_NEW_PASSWORD）")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    add.add_argument("--name", help="显示名称")
    add.add_argument("--staff-id", type=int, help="对应人员名册编号")
    add.set_defaults(handler=impl.cmd_user_add)
    user.add_parser("list", help="列出用户").set_defaults(handler=impl.cmd_user_list)
    pw = user.add_parser("passwd", help="修改自己的密码（新密码取自 MEDIATION_NEW_PASSWORD）")
    pw.set_defaults(handler=impl.cmd_user_passwd)
    reset = user.add_parser("reset", help="管理员重置密码（新密码取自 MEDIATION_NEW_PASSWORD）")
    reset.add_argument("username")
    reset.set_defaults(handler=impl.cmd_user_reset)

    a = sub.add_parser("audit", help="审计记录 (audit trail)").add_subparsers(dest="audit_cmd",
                                                                          required=True)
    a.add_parser("verify", help="校验审计链").set_defaults(handler=impl.cmd_audit_verify)
    _register_office_settings(sub)


def _register_office_settings(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """office, setting, template and holidays: what an office edits in 设置."""
    o = sub.add_parser("office", help="单位信息 (office profile)").add_subparsers(
        dest="office_cmd", required=True)
    o.add_parser("show", help="显示单位信息").set_defaults(handler=impl.cmd_office_show)
    edit = o.add_parser("set", help="修改单位信息（管理员）")
    for name in PROFILE_FIELDS:
        if name != "code":
            edit.add_argument(f"--{name}")
    edit.set_defaults(handler=impl.cmd_office_set)

    s = sub.add_parser("setting", help="办案规则设置 (settings)").add_subparsers(
        dest="setting_cmd", required=True)
    s.add_parser("list", help="列出设置").set_defaults(handler=impl.cmd_setting_list)
    put = s.add_parser("set", help="修改一项设置（值为 JSON，如 45、true、\"长期\"）")
    put.add_argument("key", choices=Choices("mediation_app.services.office", "DEFAULT_SETTINGS"),
                     metavar="key", help="%(choices)s")
    put.add_argument("value")
    put.set_defaults(handler=impl.cmd_setting_set)

    t = sub.add_parser("template", help="文书模板 (document templates)").add_subparsers(
        dest="template_cmd", required=True)
    t.add_parser("list", help="列出模板及来源").set_defaults(handler=impl.cmd_template_list)
    for verb, about, handler in (("show", "显示模板文本和可直接修改的文字", impl.cmd_template_show),
                                ("copy", "把出厂模板复制为本所模板", impl.cmd_template_copy),
                                ("revert", "删除本所模板，恢复出厂模板", impl.cmd_template_revert)):
        p = t.add_parser(verb, help=about)
        p.add_argument("name")
        p.set_defaults(handler=handler)
    check = t.add_parser("check", help="检查模板文件（不保存）")
    check.add_argument("file")
    check.set_defaults(handler=impl.cmd_template_check)
    save = t.add_parser("save", help="检查并保存为本所模板")
    save.add_argument("name")
    save.add_argument("file")
    save.set_defaults(handler=impl.cmd_template_save)
    preview = t.add_parser("preview", help="用示例案件生成预览 PDF")
    preview.add_argument("name")
    preview.add_argument("--file", help="模板文件（默认：现用的模板）")
    preview.add_argument("--out", required=True, help="输出 PDF 文件")
    preview.set_defaults(handler=impl.cmd_template_preview)

    h = sub.add_parser("holidays", help="节假日安排 (holiday calendar)").add_subparsers(
        dest="holidays_cmd", required=True)
    h.add_parser("show", help="显示现用的节假日安排").set_defaults(handler=impl.cmd_holidays_show)
    imp = h.add_parser("import", help="检查并导入节假日安排（TOML 文件）")
    imp.add_argument("file")
    imp.set_defaults(handler=impl.cmd_holidays_import)
    h.add_parser("reset", help="恢复随程序提供的安排").set_defaults(handler=impl.cmd_holidays_reset)
