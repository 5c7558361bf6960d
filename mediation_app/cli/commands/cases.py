"""case, staff and search commands."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Choices, Handlers
from mediation_app.domain.enums import StaffRole
from mediation_app.domain.lifecycle import Action

impl = Handlers("mediation_app.cli.handlers.cases")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help="案件 (cases)").add_subparsers(dest="case_cmd",
                                                                  required=True)
    add = case.add_parser("add", help="登记新案件（JSON 文件，- 为标准输入）")
    add.add_argument("file")
    add.set_defaults(handler=impl.cmd_case_add)
    get = case.add_parser("get", help="查看案件")
    get.add_argument("id", type=int)
    get.add_argument("--audit", action="store_true", help="包括审计记录")
    get.set_defaults(handler=impl.cmd_case_get)
    act = case.add_parser("act", help="案件操作: " + ", ".join(a.value for a in Action))
    act.add_argument("id", type=int)
    act.add_argument("action", choices=[a.value for a in Action])
    act.add_argument("file", nargs="?", help="操作内容 JSON 文件（- 为标准输入）")
    act.set_defaults(handler=impl.cmd_case_act)
    lst = case.add_parser("list", help="案件列表")
    _filter_args(lst)
    lst.set_defaults(handler=impl.cmd_case_list)

    agenda_cmd = case.add_parser("agenda", help="待办：逾期、本周到期、回访、司法确认、反馈")
    agenda_cmd.add_argument("--mine", action="store_true", help="只看我承办的案件")
    agenda_cmd.set_defaults(handler=impl.cmd_case_agenda)

    search = sub.add_parser("search", help="搜索案件（编号、姓名、身份证号、电话、全文）")
    search.add_argument("text")
    _filter_args(search)
    search.set_defaults(handler=impl.cmd_search)

    staff = sub.add_parser("staff", help="人员名册 (roster)").add_subparsers(dest="staff_cmd",
                                                                         required=True)
    sadd = staff.add_parser("add", help="添加人员")
    sadd.add_argument("--name", required=True)
    sadd.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    sadd.add_argument("--membership", choices=["委员", "聘任"])
    sadd.add_argument("--full-time", action="store_true")
    sadd.add_argument("--organisation")
    sadd.add_argument("--phone")
    sadd.add_argument("--trained-on", metavar="DATE", help="培训日期 YYYY-MM-DD")
    sadd.set_defaults(handler=impl.cmd_staff_add)
    committee = sub.add_parser("committee", help="调解委员会 (committees)").add_subparsers(
        dest="committee_cmd", required=True)
    cadd = committee.add_parser("add", help="添加调解委员会")
    cadd.add_argument("--name", required=True)
    cadd.add_argument("--kind", required=True, choices=Choices("mediation_app.services.office",
                      "COMMITTEE_KINDS"), metavar="KIND", help="%(choices)s")
    cadd.set_defaults(handler=impl.cmd_committee_add)
    committee.add_parser("list", help="列出调解委员会").set_defaults(handler=impl.cmd_committee_list)
    slist = staff.add_parser("list", help="列出人员")
    slist.add_argument("--role", choices=[r.value for r in StaffRole])
    slist.set_defaults(handler=impl.cmd_staff_list)


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", action="append")
    p.add_argument("--type")
    p.add_argument("--risk", choices=["high", "medium", "low"])
    p.add_argument("--mediator")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--sort", default="number")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
