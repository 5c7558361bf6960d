"""Demo-like cases for the GUI tests, registered and advanced through the services."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from mediation_app.domain import idcard
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.storage.engine import Store

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟")
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "合同纠纷", "损害赔偿纠纷", "劳动争议纠纷", "房屋宅基地纠纷",
         "物业纠纷", "消费纠纷")
STORIES = (
    "双方因{thing}发生争执，多次协商未果。",
    "{a}称{b}拖欠{thing}款项至今未还，双方关系紧张。",
    "{b}扬言要报复{a}，说要同归于尽，情绪激动。",
    "双方表示不会动手，希望调解委员会主持公道，解决{thing}问题。",
)
THINGS = ("排水沟", "宅基地边界", "装修噪音", "工资", "借款", "停车位", "树木遮光", "房屋漏水")
STAFF = (("王调解", "调解员"), ("李调解", "调解员"), ("刘律师", "法律顾问"), ("赵明白", "法律明白人"),
         ("孙网格", "网格员"))


def roster(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        for name, role in STAFF:
            office.add_staff(session, admin, {"name": name, "role": role})


def _person(rng: random.Random, role: str, today: dt.date) -> dict[str, Any]:
    birth = dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
    number = idcard.make("110105", birth, rng.randint(0, 999))
    return {"role": role, "kind": "自然人", "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "id_number": number, "phone": f"139{rng.randint(10_000_000, 99_999_999)}",
            "address": f"城关镇幸福村{rng.randint(1, 9)}组{rng.randint(1, 60)}号"}


def populate(store: Store, admin: Actor, count: int = 200, seed: int = 7) -> list[int]:
    """``count`` cases spread over every status, some overdue, some high-risk."""
    rng = random.Random(seed)
    today = dt.date.today()
    ids: list[int] = []
    with store.transaction() as session:
        for i in range(count):
            age = rng.randint(40, 70) if i % 10 == 5 else rng.randint(1, 120)
            received = today - dt.timedelta(days=age)
            a, b = _person(rng, "申请人", today), _person(rng, "被申请人", today)
            thing = rng.choice(THINGS)
            story = STORIES[i % len(STORIES)].format(a=a["name"], b=b["name"], thing=thing)
            data = {"dispute_type": TYPES[i % len(TYPES)], "source": "当事人申请",
                    "received_on": received.isoformat(), "summary": story,
                    "amount": str(rng.randint(0, 50) * 1000), "parties": [a, b]}
            case = intake.register(session, admin, data, today=today)
            ids.append(case.id)
            _advance(session, admin, case.id, i % 10, received, today)
    return ids


def _advance(session: Any, admin: Actor, case_id: int, stage: int, received: dt.date,
             today: dt.date) -> None:
    """Stages 0-4 stay registered, 5 accepted, 6 in mediation, 7 agreed, 8 failed, 9 closed."""
    if stage < 5:
        return
    day = received + dt.timedelta(days=1)
    actions.act(session, admin, case_id, "accept",
                {"date": day.isoformat(), "mediators": ["王调解" if case_id % 2 else "李调解"],
                 "rights_notice_on": day.isoformat()}, today=today)
    if stage < 6:
        return
    actions.act(session, admin, case_id, "session",
                {"date": day.isoformat(), "place": "村调解室", "record": "双方陈述了意见。",
                 "participants": [{"name": "王调解", "role": "主持调解员"}]}, today=today)
    if stage < 7:
        return
    if stage == 8:
        actions.act(session, admin, case_id, "fail",
                    {"date": day.isoformat(), "reason": "分歧过大", "told_other_routes": True},
                    today=today)
        return
    actions.act(session, admin, case_id, "agree",
                {"kind": "书面", "date": day.isoformat(), "terms": ["双方互谅互让。"]},
                today=today)
    if stage == 9:
        actions.act(session, admin, case_id, "close", {"date": today.isoformat()}, today=today)
