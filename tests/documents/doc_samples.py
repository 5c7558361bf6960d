"""Sample cases for document tests: a typical one and large or unusual ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from mediation_app.documents import (
    DocAgent,
    DocAgreement,
    DocCase,
    DocConfirmation,
    DocFollowUp,
    DocParticipant,
    DocParty,
    DocPerformance,
    DocSession,
    DocStatement,
    DocTerm,
)
from mediation_app.domain.enums import (
    AgreementKind,
    ConfirmationResult,
    DisputeType,
    ParticipantRole,
    PartyKind,
    PartyRole,
    PerformanceStatus,
    Sex,
    Source,
)

RARE_NAMES = ("王堃", "李喆", "张昇", "赵淼", "钱犇", "刘䶮", "吉𠮷")

MEDIATORS = (
    DocParticipant("周明华", ParticipantRole.PRESIDING),
    DocParticipant("孙丽", ParticipantRole.MEDIATOR),
)
RECORDER = DocParticipant("吴敏", ParticipantRole.RECORDER)


def parties() -> tuple[DocParty, ...]:
    return (
        DocParty(
            "王堃", PartyRole.APPLICANT, PartyKind.NATURAL, Sex.MALE, "汉族", 46, "个体经营者",
            "13800138000", "北京市朝阳区幸福路12号院3号楼501室", "11010519491231002X",
        ),
        DocParty(
            "李喆", PartyRole.RESPONDENT, PartyKind.NATURAL, Sex.FEMALE, "回族", 38, "教师",
            "13900139000", "北京市朝阳区幸福路12号院3号楼401室", "440524188001010014",
        ),
    )


def sample_case() -> DocCase:
    """A neighbour dispute, agreed in writing, with two sessions and one follow-up."""
    sessions = (
        DocSession(
            index=1,
            start=datetime(2026, 3, 5, 9, 30),
            end=datetime(2026, 3, 5, 11, 0),
            place="朝阳街道人民调解委员会调解室",
            public=False,
            participants=(
                *MEDIATORS,
                RECORDER,
                DocParticipant("郑律师", ParticipantRole.LEGAL_ADVISER, "北京某律师事务所"),
                DocParticipant("冯网格", ParticipantRole.GRID_WORKER, "幸福路社区", consented=True),
            ),
            parties_present=("王堃", "李喆"),
            matter="楼上漏水致楼下房屋受损赔偿",
            notices=("告知人民调解的性质、原则和效力", "告知当事人的权利和义务"),
            statements=(
                DocStatement("王堃", "楼上卫生间漏水已三个月，天花板和墙面受损，要求赔偿维修费。"),
                DocStatement("李喆", "愿意修复防水层，但认为索赔金额过高。"),
            ),
            verified_facts="经现场查看，401室卫生间防水层老化导致渗漏，301室顶棚约6平方米受损。",
            risk_warning="双方情绪平稳，无激化迹象。",
            result="双方同意再次调解，由物业出具维修报价。",
        ),
        DocSession(
            index=2,
            start=datetime(2026, 3, 12, 14, 0),
            end=datetime(2026, 3, 12, 15, 30),
            place="朝阳街道人民调解委员会调解室",
            participants=(*MEDIATORS, RECORDER),
            parties_present=("王堃", "李喆"),
            matter="确定赔偿金额与维修时间",
            result="双方自愿达成书面调解协议。",
        ),
    )
    agreement = DocAgreement(
        kind=AgreementKind.WRITTEN,
        number="（2026）朝阳人调字第15号",
        date=date(2026, 3, 12),
        facts="被申请人李喆住所卫生间防水层老化，向申请人王堃住所渗水，致其顶棚、墙面受损。双方就赔偿金额发生争议。",
        terms=(
            DocTerm("李喆于2026年3月31日前修复其卫生间防水层，并经物业验收。"),
            DocTerm("李喆向王堃一次性支付房屋维修费{金额}。", Decimal("50000")),
            DocTerm("李喆另行支付王堃误工费", Decimal("1234.05")),
            DocTerm("双方就本纠纷再无其他争议。"),
        ),
        amount=Decimal("51234.05"),
        performance_method="银行转账",
        performance_place="北京市朝阳区",
        performance_deadline=date(2026, 3, 31),
        performance=DocPerformance(PerformanceStatus.FULL, date(2026, 3, 30), "已全部履行"),
    )
    return DocCase(
        committee_name="朝阳街道人民调解委员会",
        case_number="（2026）朝阳人调字第15号",
        office_name="朝阳司法所",
        dispute_type=DisputeType.NEIGHBOUR,
        source=Source.APPLICATION,
        received_date=date(2026, 3, 2),
        accepted_date=date(2026, 3, 3),
        closed_date=date(2026, 4, 10),
        summary="申请人王堃称，楼上住户李喆家卫生间漏水，致其房屋受损，多次协商未果。",
        requests=("被申请人修复漏水", "被申请人赔偿房屋维修费人民币五万元"),
        parties=parties(),
        agents=(DocAgent("王小堃", "王堃", "父子", "13700137000"),),
        mediators=MEDIATORS,
        recorder=RECORDER,
        sessions=sessions,
        agreement=agreement,
        follow_ups=(
            DocFollowUp(
                index=1, date=date(2026, 4, 8), party_visited="王堃", visitor="周明华",
                method="电话回访", matter="漏水赔偿协议履行", performance=PerformanceStatus.FULL,
                performance_note="维修费已到账，防水已修复", satisfaction="满意",
                new_conflict="无", measures="无需采取措施",
            ),
        ),
        confirmation=DocConfirmation("北京市朝阳区人民法院", date(2026, 3, 20), "（2026）京0105民特123号",
                                     ConfirmationResult.CONFIRMED, date(2026, 3, 25)),
        outcome="调解成功",
        closing_summary="经两次调解，双方达成书面协议，协议已全部履行，回访当事人满意。",
        retention_period="长期（30年）",
        filer="吴敏",
        filed_date=date(2026, 4, 10),
        remarks="无",
    )


def many_parties_case(party_count: int = 10, term_count: int = 50) -> DocCase:
    """A group dispute: many parties (some with rare name characters) and many terms."""
    people = []
    for i in range(party_count):
        name = RARE_NAMES[i] if i < len(RARE_NAMES) else f"当事人{i + 1}"
        role = PartyRole.APPLICANT if i < party_count // 2 else PartyRole.RESPONDENT
        people.append(DocParty(name, role, PartyKind.NATURAL, Sex.MALE if i % 2 else Sex.FEMALE,
                               "汉族", 30 + i, "务工人员", f"1380013{i:04d}", f"某某村{i + 1}组"))
    people[-1] = DocParty("北京某某建筑工程有限公司", PartyRole.RESPONDENT, PartyKind.LEGAL,
                          address="北京市朝阳区建设路1号", representative="陈建国",
                          representative_title="总经理", phone="010-88886666")
    terms = tuple(
        DocTerm(f"第{i + 1}项：被申请人向申请人支付拖欠工资{{金额}}，于2026年6月{i % 28 + 1}日前付清。",
                Decimal(1000 + i * 37) + Decimal("0.5"))
        for i in range(term_count)
    )
    base = sample_case()
    agreement = replace(base.agreement, terms=terms, number="（2026）朝阳人调字第99号")
    return replace(base, parties=tuple(people), agreement=agreement, agents=(),
                   dispute_type=DisputeType.LABOUR)


def long_case(sessions: int = 8) -> DocCase:
    """A drawn-out case: many sessions with long statements, about thirty pages in all."""
    base = sample_case()
    template = base.sessions[0]
    statements = tuple(
        DocStatement(speaker, f"{speaker}陈述：" + "关于漏水的时间、范围和维修费用，双方各执一词，情绪有所波动。" * 6)
        for speaker in ("王堃", "李喆", "王堃", "李喆")
    )
    many = tuple(
        replace(template, index=i, start=datetime(2026, 3, 1 + i, 9, 30), end=datetime(2026, 3, 1 + i, 11),
                statements=statements)
        for i in range(1, sessions + 1)
    )
    return replace(base, sessions=many)
