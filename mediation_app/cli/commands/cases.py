"""case, staff and search commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.domain.enums import StaffRole
from mediation_app.domain.lifecycle import Action
from mediation_app.errors import ValidationError
from mediation_app.services import office
from mediation_app.services.cases import access, actions, agenda, intake, queries, views

MAX_INPUT_BYTES = 5 * 1024 * 1024


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help="案件 (cases)").add_subparsers(dest="case_cmd",
                                                                  required=True)
    add = case.add_parser("add", help="登记新案件（JSON 文件，- 为标准输入）")
    add.add_argument("file")
    add.set_defaults(handler=cmd_case_add)
    get = case.add_parser("get", help="查看案件")
    get.add_argument("id", type=int)
    get.add_argument("--audit", action="store_true", help="包括审计记录")
    get.set_defaults(handler=cmd_case_get)
    act = case.add_parser("act", help="案件操作: " + ", ".join(a.value for a in Action))
    act.add_argument("id", type=int)
    act.add_argument("action", choices=[a.value for a in Action])
    act.add_argument("file", nargs="?", help="操作内容 JSON 文件（- 为标准输入）")
    act.set_defaults(handler=cmd_case_act)
    lst = case.add_parser("list", help="案件列表")
    _filter_args(lst)
    lst.set_defaults(handler=cmd_case_list)

    agenda_cmd = case.add_parser("agenda", help="待办：逾期、本周到期、回访、司法确认、反馈")
    agenda_cmd.add_argument("--mine", action="store_true", help="只看我承办的案件")
    agenda_cmd.set_defaults(handler=cmd_case_agenda)

    search = sub.add_parser("search", help="搜索案件（编号、姓名、身份证号、电话、全文）")
    search.add_argument("text")
    _filter_args(search)
    search.set_defaults(handler=cmd_search)

    staff = sub.add_parser("staff", help="人员名册 (roster)").add_subparsers(dest="staff_cmd",
                                                                         required=True)
    sadd = staff.add_parser("add", help="添加人员")
    sadd.add_argument("--name", required=True)
    sadd.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    sadd.add_argument("--membership", choices=["委员", "聘任"])
    sadd.add_argument("--full-time", action="store_true")
    sadd.add_argument("--organisation")
    sadd.add_argument("--phone")
    sadd.set_defaults(handler=cmd_staff_add)
    committee = sub.add_parser("committee", help="调解委员会 (committees)").add_subparsers(
        dest="committee_cmd", required=True)
    cadd = committee.add_parser("add", help="添加调解委员会")
    cadd.add_argument("--name", required=True)
    cadd.add_argument("--kind", required=True, choices=office.COMMITTEE_KINDS)
    cadd.set_defaults(handler=cmd_committee_add)
    committee.add_parser("list", help="列出调解委员会").set_defaults(handler=cmd_committee_list)
    slist = staff.add_parser("list", help="列出人员")
    slist.add_argument("--role", choices=[r.value for r in StaffRole])
    slist.set_defaults(handler=cmd_staff_list)


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


def read_json(name: str | None) -> Any:
    """A JSON document from a file or standard input, with a size limit."""
    if name is None:
        return {}
    raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1) if name == "-" else _read_file(name)
    if len(raw) > MAX_INPUT_BYTES:
        raise ValidationError("输入文件过大（最多 5 MB）", "input larger than 5 MB")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValidationError("输入文件不是 UTF-8 编码", "input is not UTF-8") from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValidationError(f"JSON 格式错误：{exc}", "malformed JSON") from exc


def _read_file(name: str) -> bytes:
    path = Path(name)
    if not path.is_file():
        raise ValidationError(f"找不到文件：{name}", "no such file")
    with path.open("rb") as fh:
        return fh.read(MAX_INPUT_BYTES + 1)


def cmd_case_add(app: CliApp) -> dict[str, Any]:
    data = read_json(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        case = intake.register(session, actor, data)
        return views.case_dict(session, actor, case)


def cmd_case_get(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction(write=False) as session:
        case = access.load(session, app.args.id)
        return views.case_dict(session, actor, case, with_audit=app.args.audit)


def cmd_case_act(app: CliApp) -> dict[str, Any]:
    data = read_json(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        case = actions.act(session, actor, app.args.id, app.args.action, data)
        return views.case_dict(session, actor, case)


def _listing(app: CliApp, text: str | None) -> dict[str, Any]:
    a = app.args
    f = queries.parse_filter({"status": a.status, "type": a.type, "risk": a.risk,
                              "mediator": a.mediator, "overdue": a.overdue,
                              "from": a.date_from, "to": a.date_to, "sort": a.sort,
                              "text": text})
    if not 1 <= a.limit <= 10_000 or a.offset < 0:
        raise ValidationError("limit 应在 1-10000 之间，offset 不能为负", "bad limit/offset")
    actor = app.actor
    today = dt.date.today()
    with app.store.transaction(write=False) as session:
        ids = queries.page_ids(session, f, today, limit=a.limit, offset=a.offset)
        return {"total": queries.count(session, f, today),
                "cases": queries.rows(session, actor, ids, today)}


def cmd_case_list(app: CliApp) -> dict[str, Any]:
    return _listing(app, None)


def cmd_case_agenda(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction(write=False) as session:
        return agenda.agenda(session, actor, dt.date.today(), mine_only=app.args.mine)


def cmd_search(app: CliApp) -> dict[str, Any]:
    return _listing(app, app.args.text)


def cmd_staff_add(app: CliApp) -> dict[str, Any]:
    a = app.args
    actor = app.actor
    with app.store.transaction() as session:
        return office.add_staff(session, actor, {
            "name": a.name, "role": a.role, "membership": a.membership,
            "full_time": a.full_time, "organisation": a.organisation, "phone": a.phone})


def cmd_staff_list(app: CliApp) -> list[dict[str, Any]]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office.list_staff(session, StaffRole(app.args.role) if app.args.role else None)


def cmd_committee_add(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return office.add_committee(session, actor, {"name": app.args.name,
                                                     "kind": app.args.kind})


def cmd_committee_list(app: CliApp) -> list[dict[str, Any]]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return office.list_committees(session)
