"""The office roster demo cases draw on: created only for the roles the office lacks.

Cases reference staff by id, so an office that already keeps its own roster gets demo
cases mediated by its own people.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.demo.names import People
from mediation_app.demo.places import COMMUNITIES, COMPANY_WORDS, TOWNS, VILLAGES
from mediation_app.domain.enums import Sex, StaffRole
from mediation_app.storage.models import Committee, Office, Staff

# role: how many, and whether they are committee members (委员) or appointed (聘任)
ROLE_SIZES = {
    StaffRole.MEDIATOR: 8,
    StaffRole.LEGAL_ADVISER: 3,
    StaffRole.LEGAL_LITERATE: 5,
    StaffRole.GRID_WORKER: 3,
    StaffRole.RECORDER: 2,
}


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    organisation: str | None


@dataclass(frozen=True)
class Roster:
    by_role: dict[StaffRole, tuple[Member, ...]]
    created: int  # staff rows added this time


def ensure_roster(session: Session, office: Office, people: People, rng: random.Random,
                  today: dt.date) -> Roster:
    """Fill every empty role of the roster, adding committees of several kinds if needed."""
    committees = list(session.scalars(
        select(Committee).where(Committee.office_id == office.id).order_by(Committee.id)))
    created_at = dt.datetime.combine(today, dt.time(8, 0), dt.timezone(dt.timedelta(hours=8)))
    created = 0
    by_role: dict[StaffRole, tuple[Member, ...]] = {}
    for role, size in ROLE_SIZES.items():
        rows = list(session.scalars(
            select(Staff).where(Staff.office_id == office.id, Staff.role == role.value,
                                Staff.active).order_by(Staff.id)))
        if not rows:
            if len(committees) < 2:
                committees += _add_committees(session, office, rng)
            rows = [_staff(people, rng, office, committees, role, i, today, created_at)
                    for i in range(size)]
            session.add_all(rows)
            session.flush()
            created += size
        by_role[role] = tuple(Member(s.id, s.name, s.organisation) for s in rows)
    return Roster(by_role, created)


def _add_committees(session: Session, office: Office, rng: random.Random) -> list[Committee]:
    town = rng.choice(TOWNS)
    rows = [
        Committee(office_id=office.id, name=f"{v}人民调解委员会", kind="村")
        for v in rng.sample(VILLAGES, 3)
    ] + [
        Committee(office_id=office.id, name=f"{town}{rng.choice(COMMUNITIES)}人民调解委员会",
                  kind="居"),
        Committee(office_id=office.id, name=f"{office.name.removesuffix('司法所')}医疗纠纷人民调解委员会",
                  kind="行业性专业性"),
        Committee(office_id=office.id, name=f"{office.name.removesuffix('司法所')}道路交通事故纠纷人民调解委员会",
                  kind="行业性专业性"),
    ]
    session.add_all(rows)
    session.flush()
    return rows


def _staff(people: People, rng: random.Random, office: Office, committees: list[Committee],
           role: StaffRole, i: int, today: dt.date, created_at: dt.datetime) -> Staff:
    sex = Sex.MALE if rng.random() < 0.6 else Sex.FEMALE
    committee = committees[i % len(committees)]
    organisation = {
        StaffRole.MEDIATOR: committee.name,
        StaffRole.LEGAL_ADVISER: f"{rng.choice(COMPANY_WORDS)}律师事务所",
        StaffRole.LEGAL_LITERATE: committee.name.removesuffix("人民调解委员会"),
        StaffRole.GRID_WORKER: f"{rng.choice(TOWNS)}综治中心第{i + 1}网格",
        StaffRole.RECORDER: office.name,
    }[role]
    mediator = role is StaffRole.MEDIATOR
    in_committee = role in (StaffRole.MEDIATOR, StaffRole.LEGAL_LITERATE)
    return Staff(
        office_id=office.id,
        committee_id=committee.id if in_committee else None,
        name=people.name(sex, "汉"),
        role=role.value,
        membership=("委员" if i < 5 else "聘任") if mediator else None,
        full_time=mediator and i in (0, 5, 6),
        organisation=organisation,
        phone=people.phone(),
        trained_on=today - dt.timedelta(days=rng.randint(30, 700)),
        created_at=created_at,
    )
