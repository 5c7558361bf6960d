"""case, staff and search commands."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.domain.enums import StaffRole
from mediation_app.errors import ValidationError
from mediation_app.services import office
from mediation_app.services.cases import access, actions, agenda, intake, queries, views

MAX_INPUT_BYTES = 5 * 1024 * 1024


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
            "full_time": a.full_time, "organisation": a.organisation, "phone": a.phone,
            "trained_on": a.trained_on})


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
