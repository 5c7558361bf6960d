"""Statistics, monthly export, sweeps, hand adjustments and bureau commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp, CommandFailed
from mediation_app.cli.handlers.cases import read_json
from mediation_app.domain import validation as v
from mediation_app.exports import bureau, bureau_files, roles, sweeps
from mediation_app.exports.adjustments import add_adjustment
from mediation_app.exports.package import verify_export
from mediation_app.exports.statistics import compute, month_range


def _date(value: str | None, field: str, label: str) -> dt.date | None:
    return v.date(value, field, label, allow_future=True)


def _period(app: CliApp) -> tuple[dt.date, dt.date]:
    a = app.args
    if a.month:
        return month_range(a.month)
    start, end = _date(a.date_from, "from", "起始日期"), _date(a.date_to, "to", "截止日期")
    if start is None or end is None:
        raise v.fail("from", "统计期间", "请给出 --month，或同时给出 --from 和 --to",
                     "give --month, or both --from and --to")
    return start, end


def cmd_export_monthly(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return bureau_files.run_monthly_export(session, actor, app.args.month,
                                               Path(app.args.out))


def cmd_export_verify(app: CliApp) -> dict[str, Any]:
    result = verify_export(Path(app.args.path), app.args.key)
    if not result.ok:
        raise CommandFailed(result.to_dict(), "校验失败：" + "；".join(result.problems),
                            "export verification failed")
    return result.to_dict()


def cmd_public_key(app: CliApp) -> dict[str, str]:
    actor = app.actor
    with app.store.transaction() as session:
        return bureau_files.public_key(session, actor)


def cmd_stats(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    roles.require(actor, roles.STATISTICS, "查看统计", "statisticians and administrators")
    period = _period(app)
    with app.store.transaction(write=False) as session:
        return compute(session, *period).to_dict()


def cmd_sweep_add(app: CliApp) -> dict[str, Any]:
    data = read_json(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return sweeps.add_sweep(session, actor, data)


def cmd_sweep_list(app: CliApp) -> list[dict[str, Any]]:
    actor = app.actor
    start = _date(app.args.date_from, "from", "起始日期")
    end = _date(app.args.date_to, "to", "截止日期")
    with app.store.transaction(write=False) as session:
        return sweeps.list_sweeps(session, actor, start, end)


def cmd_adjust(app: CliApp) -> dict[str, Any]:
    a = app.args
    actor = app.actor
    with app.store.transaction() as session:
        return add_adjustment(session, actor, a.month, a.column, a.delta, a.reason)


def cmd_bureau_register(app: CliApp) -> dict[str, Any]:
    a = app.args
    actor = app.actor
    with app.store.transaction() as session:
        return bureau.register_office(session, actor, a.code, a.name, a.key, replace=a.replace)


def cmd_bureau_import(app: CliApp) -> list[dict[str, Any]]:
    actor = app.actor
    with app.store.transaction() as session:
        results = [r.to_dict() for r in
                   bureau.import_files(session, actor, [Path(p) for p in app.args.paths])]
    refused = [r for r in results if not r["ok"]]
    if refused:
        raise CommandFailed(results, f"{len(refused)} 份报送被拒绝："
                            + "；".join(r["message"] for r in refused),
                            f"{len(refused)} submission(s) refused")
    return results


def cmd_bureau_report(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    roles.require(actor, roles.BUREAU, "生成全区汇总表", "the bureau")
    with app.store.transaction(write=False) as session:
        return bureau.district_report(session, app.args.month, Path(app.args.out))
