"""Statistics, monthly export, sweeps, hand adjustments and bureau commands."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Handlers

impl = Handlers("mediation_app.cli.handlers.exports")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="向司法局报送 (bureau export)").add_subparsers(
        dest="export_cmd", required=True)
    monthly = export.add_parser("monthly", help="导出月报（xlsx、数据文件和签名清单）")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", required=True, help="输出目录")
    monthly.set_defaults(handler=impl.cmd_export_monthly)
    verify = export.add_parser("verify", help="校验导出文件夹（或其中任一文件）的完整性和签名")
    verify.add_argument("path")
    verify.add_argument("--key", help="用登记的公钥校验（默认用清单自带的公钥）")
    verify.set_defaults(handler=impl.cmd_export_verify)
    export.add_parser("public-key", help="显示本所的报送公钥，供司法局登记").set_defaults(
        handler=impl.cmd_public_key)

    stats = sub.add_parser("stats", help="统计报表数字 (statistics)")
    stats.add_argument("--from", dest="date_from", help="起始日期 YYYY-MM-DD")
    stats.add_argument("--to", dest="date_to", help="截止日期 YYYY-MM-DD")
    stats.add_argument("--month", help="整月 YYYY-MM（代替 --from/--to）")
    stats.set_defaults(handler=impl.cmd_stats)

    sweep = sub.add_parser("sweep", help="矛盾纠纷排查 (sweeps)").add_subparsers(
        dest="sweep_cmd", required=True)
    sadd = sweep.add_parser("add", help="登记排查（JSON 文件，- 为标准输入）")
    sadd.add_argument("file")
    sadd.set_defaults(handler=impl.cmd_sweep_add)
    slist = sweep.add_parser("list", help="列出排查记录")
    slist.add_argument("--from", dest="date_from")
    slist.add_argument("--to", dest="date_to")
    slist.set_defaults(handler=impl.cmd_sweep_list)

    adjust = sub.add_parser("adjust", help="统计手工调整 (hand adjustment)")
    adjust.add_argument("--month", required=True, help="YYYY-MM")
    adjust.add_argument("--column", required=True, help="栏目代码，如 follow_ups")
    adjust.add_argument("--delta", required=True, type=int, help="调整数（可为负）")
    adjust.add_argument("--reason", required=True, help="调整理由")
    adjust.set_defaults(handler=impl.cmd_adjust)

    b = sub.add_parser("bureau", help="司法局：登记、导入、汇总 (bureau)").add_subparsers(
        dest="bureau_cmd", required=True)
    reg = b.add_parser("register", help="登记报送单位及其公钥")
    reg.add_argument("--code", required=True)
    reg.add_argument("--name", required=True)
    reg.add_argument("--key", required=True, help="报送单位 export public-key 显示的公钥")
    reg.add_argument("--replace", action="store_true", help="更换已登记单位的公钥")
    reg.set_defaults(handler=impl.cmd_bureau_register)
    imp = b.add_parser("import", help="导入报送文件夹（或其中任一文件）")
    imp.add_argument("paths", nargs="+")
    imp.set_defaults(handler=impl.cmd_bureau_import)
    rep = b.add_parser("report", help="生成全区汇总表")
    rep.add_argument("--month", required=True, help="YYYY-MM")
    rep.add_argument("--out", required=True, help="输出 .xlsx 文件")
    rep.set_defaults(handler=impl.cmd_bureau_report)
