"""Reading and checking the parties of an intake."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mediation_app.domain import idcard
from mediation_app.domain import validation as v
from mediation_app.domain.enums import PartyKind, PartyRole, Sex
from mediation_app.errors import ValidationError
from mediation_app.storage.models import Party

MAX_PARTIES = 200


def parse_party(raw: Any, index: int, *, today: dt.date, allow_15: bool) -> Party:
    """One party from intake JSON; the ID number must agree with the sex and birth date."""
    pre = f"parties[{index}]"
    lab = f"当事人{index + 1}"
    data = v.mapping(raw, pre, lab)
    kind = v.choice(data.get("kind") or PartyKind.NATURAL.value, f"{pre}.kind", f"{lab}类型",
                    PartyKind)
    role = v.choice(data.get("role") or PartyRole.PARTY.value, f"{pre}.role", f"{lab}身份",
                    PartyRole)
    party = Party(
        position=index,
        role=role.value,
        kind=kind.value,
        name=v.text(data.get("name"), f"{pre}.name", f"{lab}姓名/名称", required=True,
                    max_len=200),
        occupation=v.text(data.get("occupation"), f"{pre}.occupation", f"{lab}职业或职务",
                          max_len=100),
        phone=v.phone(data.get("phone"), f"{pre}.phone", f"{lab}联系电话"),
        address=v.text(data.get("address"), f"{pre}.address", f"{lab}单位或住址", max_len=300),
    )
    if kind is PartyKind.LEGAL:
        party.representative = v.text(data.get("representative"), f"{pre}.representative",
                                      f"{lab}法定代表人", required=True, max_len=100)
        party.representative_title = v.text(data.get("representative_title"),
                                            f"{pre}.representative_title", f"{lab}职务",
                                            max_len=60)
        return party
    sex = v.choice(data.get("sex"), f"{pre}.sex", f"{lab}性别", Sex, required=False)
    birth = v.date(data.get("birth_date"), f"{pre}.birth_date", f"{lab}出生日期", today=today)
    age = v.count(data.get("age"), f"{pre}.age", f"{lab}年龄", maximum=150)
    raw_id = v.text(data.get("id_number"), f"{pre}.id_number", f"{lab}身份证号", max_len=30)
    if raw_id:
        try:
            rid = idcard.parse(raw_id, today=today, allow_15=allow_15)
        except idcard.IdNumberError as exc:
            raise ValidationError(f"{lab}身份证号：{exc}", f"{pre}.id_number: invalid",
                                  field=f"{pre}.id_number") from exc
        if sex is not None and sex is not rid.sex:
            raise ValidationError(
                f"{lab}身份证号与性别不符（证号显示为{rid.sex.value}）",
                f"{pre}.id_number: does not match sex", field=f"{pre}.id_number",
            )
        if birth is not None and birth != rid.birth_date:
            raise ValidationError(
                f"{lab}身份证号与出生日期不符（证号显示为{rid.birth_date}）",
                f"{pre}.id_number: does not match birth date", field=f"{pre}.id_number",
            )
        if age is not None and abs(age - rid.age_on(today)) > 1:
            raise ValidationError(f"{lab}年龄与身份证号不符", f"{pre}.age: does not match ID",
                                  field=f"{pre}.age")
        party.id_number = rid.number
        sex, birth = rid.sex, rid.birth_date
    party.sex = sex.value if sex else None
    party.birth_date = birth
    party.age = age
    party.ethnicity = v.text(data.get("ethnicity"), f"{pre}.ethnicity", f"{lab}民族", max_len=20)
    return party


def parse_parties(raw: Any, *, today: dt.date, allow_15: bool) -> list[Party]:
    items = v.sequence(raw, "parties", "当事人", max_items=MAX_PARTIES)
    if len(items) < 1:
        raise ValidationError("至少需要一名当事人", "at least one party", field="parties")
    return [parse_party(item, i, today=today, allow_15=allow_15) for i, item in enumerate(items)]


def age_of(party: Party, on: dt.date) -> int | None:
    if party.birth_date:
        b = party.birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return party.age
