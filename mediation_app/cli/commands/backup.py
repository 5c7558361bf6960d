"""backup and restore commands: encrypted copies of the store, and putting one back."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Handlers

impl = Handlers("mediation_app.cli.handlers.backup")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="备份数据库（管理员）(back up the store)")
    p.add_argument("--out", help="备份文件（默认写入数据目录的 backups 文件夹）")
    p.set_defaults(handler=impl.cmd_backup)
    more = p.add_subparsers(dest="backup_cmd")
    lst = more.add_parser("list", help="列出备份文件夹中的备份")
    lst.add_argument("--verify", action="store_true", help="逐个校验密钥和完整性")
    lst.set_defaults(handler=impl.cmd_backup_list)

    r = sub.add_parser("restore", help="从备份恢复数据库（管理员）(restore a backup)")
    r.add_argument("file", help="备份文件")
    r.set_defaults(handler=impl.cmd_restore)
