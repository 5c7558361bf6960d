"""Every column of the report and every counting rule of docs/statistics.md, by example."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from mediation_app.domain.enums import DisputeType, UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.exports.adjustments import add_adjustment
from mediation_app.exports.columns import COLUMNS, COUNT_KEYS, find_column, success_rate
from mediation_app.exports.statistics import (
    compute,
    concluded_cases,
    month_range,
    months_within,
    tally,
)
from mediation_app.exports.sweeps import add_sweep, list_sweeps
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent, Case, Party
from tests.exports.conftest import MARCH, TODAY
from tests.exports.generate import insert_cases

TYPES = [t.value for t in DisputeType]


def report(store: Store, first: dt.date, last: dt.date) -> dict[str, Any]:
    with store.transaction(write=False) as session:
        return compute(session, first, last).to_dict()


def user(store: Store, admin: Actor, role: UserRole) -> Actor:
    with store.transaction() as session:
        return auth.create_user(session, admin, username=f"u-{role.name.lower()}",
                                password="Passw0rd-x", role=role)


def by_type(**figures: tuple[int, int]) -> dict[str, dict[str, int]]:
    out = {t: {"mediated": 0, "succeeded": 0} for t in TYPES}
    for short, (mediated, succeeded) in figures.items():
        out[DisputeType.parse(short).value] = {"mediated": mediated, "succeeded": succeeded}
    return out


def test_march_every_column(store: Store, office_data: dict[str, int]) -> None:
    r = report(store, *MARCH)
    assert r["period"] == {"from": "2025-03-01", "to": "2025-03-31"}
    # sweeps on 03-07 and 03-28; the one on 02-28 belongs to February
    assert (r["sweeps"], r["sweep_found"], r["sweep_prevented"]) == (2, 8, 3)
    # A agreed, B agreed (received in February), C failed, D terminated after a session;
    # E (refused before any session), F (not accepted), G (February), H (April), I (open) not
    assert (r["mediated"], r["succeeded"], r["failed"], r["terminated"]) == (4, 2, 1, 1)
    assert r["success_rate"] == 0.5
    assert r["by_type"] == by_type(邻里=(1, 1), 婚姻家庭=(1, 1), 劳动争议=(1, 0), 合同=(1, 0))
    assert r["by_source"] == {"主动调解": 1, "依申请": 1, "委托移送": 2}
    assert r["by_source_detail"] == {"法院委派": 1, "法院委托": 0, "公安移交": 1, "信访交办": 0,
                                     "检察": 0, "政府指定": 0}
    assert (r["written"], r["oral"]) == (1, 1)
    # 2,000 + 3,450 yuan = 0.545 万元, rounded half up
    assert r["amount_wan"] == Decimal("0.55")
    # A performed on 03-10 and G (agreed in February) on 03-03
    assert r["performed"] == 2
    assert (r["confirmation_applied"], r["confirmed"]) == (1, 1)
    assert (r["parties"], r["cases_3plus_parties"]) == (9, 1)
    assert r["prevented"] == {"自杀": {"cases": 0, "persons": 0},
                              "民转刑": {"cases": 1, "persons": 2},
                              "群体性上访": {"cases": 0, "persons": 0},
                              "群体性械斗": {"cases": 0, "persons": 0}}
    assert r["follow_ups"] == 3
    assert r["committees"] == {"村": 2, "居": 1, "乡镇街道": 1, "企事业单位": 0,
                               "行业性专业性": 0, "其他": 0}
    assert (r["mediators"], r["mediators_full_time"]) == (2, 1)
    assert r["adjustments"] == []


def test_each_event_counts_in_its_own_period(store: Store, office_data: dict[str, int]) -> None:
    february = report(store, *month_range("2025-02"))
    assert (february["mediated"], february["succeeded"]) == (1, 1)  # G only
    assert february["by_type"]["损害赔偿纠纷"] == {"mediated": 1, "succeeded": 1}
    assert (february["performed"], february["follow_ups"], february["sweeps"]) == (0, 0, 1)
    april = report(store, *month_range("2025-04"))
    assert april["mediated"] == 1 and april["by_source"]["委托移送"] == 1  # H, 信访交办
    quarter = report(store, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    months = [report(store, *month_range(f"2025-{m:02d}")) for m in (1, 2, 3)]
    for key in ("mediated", "succeeded", "written", "oral", "performed", "follow_ups", "sweeps",
                "parties", "confirmed"):
        assert quarter[key] == sum(m[key] for m in months), key
    assert quarter["amount_wan"] == Decimal("1.55")
    assert quarter["success_rate"] == 0.6
    # an arbitrary range: only C's failure (03-20) and A's closing (03-20) on or after 03-19
    late = report(store, dt.date(2025, 3, 19), dt.date(2025, 3, 21))
    assert (late["mediated"], late["failed"], late["prevented"]["民转刑"]["cases"]) == (1, 1, 1)


def test_a_period_without_cases_is_a_zero_report(store: Store) -> None:
    r = report(store, *month_range("2024-01"))
    assert r["mediated"] == r["succeeded"] == 0
    assert r["success_rate"] is None
    assert r["amount_wan"] == Decimal("0.00")
    assert r["by_type"] == by_type()
    assert all(v == {"cases": 0, "persons": 0} for v in r["prevented"].values())
    assert r["committees"]["乡镇街道"] == 1  # the roster is counted as it stands


def test_dates_the_wrong_way_round(store: Store) -> None:
    with store.transaction(write=False) as session, pytest.raises(ValidationError):
        compute(session, dt.date(2025, 3, 2), dt.date(2025, 3, 1))


def test_success_rate_rounds_half_up_to_three_places() -> None:
    assert success_rate(3220, 3263) == 0.987
    assert success_rate(1, 8) == 0.125
    assert success_rate(2, 3) == 0.667
    assert success_rate(0, 0) is None


def test_months_wholly_inside_a_period() -> None:
    assert months_within(dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == ["2025-01", "2025-02",
                                                                         "2025-03"]
    assert months_within(dt.date(2025, 1, 2), dt.date(2025, 3, 30)) == ["2025-02"]
    assert months_within(dt.date(2024, 12, 1), dt.date(2025, 1, 31)) == ["2024-12", "2025-01"]
    with pytest.raises(ValidationError):
        month_range("2025-13")


def test_every_column_has_a_unique_key_and_label() -> None:
    assert len({c.key for c in COLUMNS}) == len({c.label for c in COLUMNS}) == len(COLUMNS)
    assert set(COUNT_KEYS) == {c.key for c in COLUMNS} - {"success_rate", "amount_wan"}
    assert find_column("婚姻家庭纠纷·成功").key == "by_type.婚姻家庭纠纷.succeeded"


def test_adjustments_are_applied_listed_and_audited(store: Store, admin: Actor,
                                                    office_data: dict[str, int]) -> None:
    statistician = user(store, admin, UserRole.STATISTICIAN)
    with store.transaction() as session:
        done = add_adjustment(session, statistician, "2025-03", "follow_ups", 2,
                              "纸质回访记录两份补录", today=TODAY)
        add_adjustment(session, statistician, "2025-02", "mediated", 1, "补录", today=TODAY)
        add_adjustment(session, admin, "2025-03", "婚姻家庭纠纷·调解", 1, "补录", today=TODAY)
    assert (done["before"], done["after"]) == (3, 5)
    march = report(store, *MARCH)
    assert march["follow_ups"] == 5
    assert march["by_type"]["婚姻家庭纠纷"]["mediated"] == 2
    assert march["mediated"] == 4  # an adjustment changes only its own column
    assert [(a["column"], a["delta"], a["reason"], a["entered_by"])
            for a in march["adjustments"]] == [
        ("follow_ups", 2, "纸质回访记录两份补录", "u-statistician"),
        ("by_type.婚姻家庭纠纷.mediated", 1, "补录", "admin")]
    assert march["adjustments"][0]["label"] == "回访次数"
    assert report(store, dt.date(2025, 1, 1), dt.date(2025, 3, 31))["follow_ups"] == 5
    # a period covering March only in part leaves March's adjustments out
    partial = report(store, dt.date(2025, 3, 2), dt.date(2025, 3, 31))
    assert partial["follow_ups"] == 3 and partial["adjustments"] == []
    with store.transaction(write=False) as session:
        changes = session.scalars(select(AuditEvent.changes).where(
            AuditEvent.entity == "stats_adjustment").order_by(AuditEvent.id)).all()
    assert len(changes) == 3 and changes[0]["reason"] == "纸质回访记录两份补录"


def test_adjusting_the_counts_recomputes_the_rate(store: Store, admin: Actor,
                                                  office_data: dict[str, int]) -> None:
    with store.transaction() as session:
        add_adjustment(session, admin, "2025-03", "succeeded", 1, "补录口头协议", today=TODAY)
    assert report(store, *MARCH)["success_rate"] == 0.75


@pytest.mark.parametrize("month, column, delta, reason, message", [
    ("2025-03", "success_rate", 1, "x", "成功率与金额不能手工调整"),
    ("2025-03", "amount_wan", 1, "x", "无法调整的栏目"),
    ("2025-03", "no_such_column", 1, "x", "无法调整的栏目"),
    ("2025-03", "follow_ups", 0, "x", "不能为空或为 0"),
    ("2025-03", "follow_ups", True, "x", "应为整数"),
    ("2025-03", "follow_ups", 1, " ", "必填"),
    ("2025-03", "follow_ups", -4, "x", "不能为负数"),
    ("2025-13", "follow_ups", 1, "x", "YYYY-MM"),
    ("2025-05", "follow_ups", 1, "x", "尚未开始"),
])
def test_adjustment_validation(store: Store, admin: Actor, office_data: dict[str, int],
                               month: str, column: str, delta: Any, reason: str,
                               message: str) -> None:
    with store.transaction() as session, pytest.raises(ValidationError, match=message):
        add_adjustment(session, admin, month, column, delta, reason, today=TODAY)


def test_only_statisticians_and_administrators_adjust(store: Store, admin: Actor) -> None:
    mediator = user(store, admin, UserRole.MEDIATOR)
    with store.transaction() as session, pytest.raises(PermissionDenied, match="统计员"):
        add_adjustment(session, mediator, "2025-03", "follow_ups", 1, "x", today=TODAY)


def test_sweeps_are_validated_listed_and_counted(store: Store, admin: Actor,
                                                 office_data: dict[str, int]) -> None:
    sweep = {"swept_on": "2025-03-03", "area": "幸福村", "swept_by": "王调解",
             "disputes_found": 4, "disputes_prevented": 1, "notes": "入户排查"}
    with store.transaction() as session:
        added = add_sweep(session, admin, sweep, today=TODAY)
        add_sweep(session, admin, dict(sweep, swept_on="2025-04-01", disputes_found=0,
                                       disputes_prevented=0), today=TODAY)
        session.get(Case, office_data["A"]).sweep_id = added["id"]
    with store.transaction() as session:
        listed = list_sweeps(session, admin, dt.date(2025, 3, 1), dt.date(2025, 3, 5))
    assert [(s["id"], s["cases"], s["area"]) for s in listed] == [(added["id"], 1, "幸福村")]
    march = report(store, *MARCH)
    assert (march["sweeps"], march["sweep_found"], march["sweep_prevented"]) == (3, 12, 4)
    for bad, message in [({**sweep, "disputes_prevented": 5}, "不能多于"),
                         ({**sweep, "swept_on": "2025-05-01"}, "不能晚于今天"),
                         ({**sweep, "area": ""}, "必填"),
                         ({**sweep, "disputes_found": -1}, "之间"),
                         ({**sweep, "found": 1}, "未知字段")]:
        with store.transaction() as session, pytest.raises(ValidationError, match=message):
            add_sweep(session, admin, bad, today=TODAY)
    bureau_user = user(store, admin, UserRole.BUREAU)
    with store.transaction() as session, pytest.raises(PermissionDenied):
        add_sweep(session, bureau_user, sweep, today=TODAY)
    with store.transaction(write=False) as session:
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.entity == "sweep"))


def test_a_generated_year_reports_what_was_generated(store: Store) -> None:
    with store.transaction() as session:
        made = insert_cases(session, office.the_office(session).id, dt.date(2024, 1, 1),
                            dt.date(2024, 12, 31), concluded=3263, failed=43)
    r = report(store, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (r["mediated"], r["succeeded"], r["failed"]) == (3263, 3220, 43)
    assert r["success_rate"] == 0.987
    assert r["by_type"] == {t: {"mediated": made.by_type[(t, "mediated")],
                                "succeeded": made.by_type[(t, "succeeded")]} for t in TYPES}
    assert r["by_source"] == {g: made.by_source[g] for g in ("主动调解", "依申请", "委托移送")}
    assert all(r["by_source_detail"][s] == made.by_source[s] for s in r["by_source_detail"])
    assert (r["written"], r["oral"]) == (made.written, made.oral)
    assert r["amount_wan"] == (made.amount / 10_000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert r["parties"] == 2 * 3263 and r["cases_3plus_parties"] == 0
    months = [report(store, *month_range(f"2024-{m:02d}"))["mediated"] for m in range(1, 13)]
    assert sum(months) == 3263


@pytest.mark.parametrize("period", [MARCH, (dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
                                    (dt.date(2025, 3, 10), dt.date(2025, 3, 12))])
def test_report_and_export_count_alike(store: Store, office_data: dict[str, int],
                                       period: tuple[dt.date, dt.date]) -> None:
    """The report groups the cases in SQL, the export from its ledger: the figures agree."""
    with store.transaction() as session:
        insert_cases(session, office.the_office(session).id, *MARCH, concluded=60, failed=9)
    with store.transaction(write=False) as session:
        ledger = concluded_cases(session, *period)
        from_ledger = tally(session, *period, ledger).to_dict()
        assert compute(session, *period).to_dict() == from_ledger
        counted = dict(session.execute(select(Party.case_id, func.count()).where(
            Party.case_id.in_([c.case_id for c in ledger])).group_by(Party.case_id)).all())
    assert [c.parties for c in ledger] == [counted.get(c.case_id, 0) for c in ledger]
    assert ledger == sorted(ledger, key=lambda c: (c.concluded_on, c.case_id))
    assert from_ledger["mediated"] == len(ledger)
