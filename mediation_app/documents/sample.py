"""A fictitious case that fills every standard document: the preview of an edited template.

Invented people and numbers (no real case is shown while an office adjusts its wording).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from mediation_app.documents.data import (
    DocAgreement,
    DocCase,
    DocConfirmation,
    DocFollowUp,
    DocParticipant,
    DocParty,
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

MEDIATOR = DocParticipant("周明华", ParticipantRole.PRESIDING)
RECORDER = DocParticipant("吴敏", ParticipantRole.RECORDER)


def sample_case(committee_name: str, office_name: str, prefix: str) -> DocCase:
    """A neighbour dispute agreed in writing: one session, one follow-up, confirmed by a court."""
    number = f"（2026）{prefix}人调字第1号"
    parties = (
        DocParty("张某某", PartyRole.APPLICANT, PartyKind.NATURAL, Sex.MALE, "汉族", 46,
                 "个体经营者", "13800000000", "某某路12号501室"),
        DocParty("李某某", PartyRole.RESPONDENT, PartyKind.NATURAL, Sex.FEMALE, "汉族", 38,
                 "教师", "13900000000", "某某路12号401室"),
    )
    session = DocSession(
        index=1, start=datetime(2026, 3, 5, 9, 30), end=datetime(2026, 3, 5, 11, 0),
        place=f"{committee_name}调解室", public=False, participants=(MEDIATOR, RECORDER),
        parties_present=("张某某", "李某某"), matter="楼上漏水致楼下房屋受损赔偿",
        notices=("告知人民调解的性质、原则和效力", "告知当事人的权利和义务"),
        statements=(DocStatement("张某某", "要求修复漏水并赔偿维修费。"),
                    DocStatement("李某某", "愿意修复，认为索赔金额过高。")),
        verified_facts="经现场查看，401室卫生间防水层老化导致渗漏。",
        result="双方自愿达成书面调解协议。")
    agreement = DocAgreement(
        kind=AgreementKind.WRITTEN, number=number, date=date(2026, 3, 5),
        facts="被申请人住所卫生间渗水，致申请人顶棚受损，双方就赔偿金额发生争议。",
        terms=(DocTerm("李某某于2026年3月31日前修复卫生间防水层。"),
               DocTerm("李某某向张某某支付房屋维修费{金额}。", Decimal("5000")),
               DocTerm("双方就本纠纷再无其他争议。")),
        amount=Decimal("5000"), performance_method="银行转账", performance_place="本地",
        performance_deadline=date(2026, 3, 31))
    return DocCase(
        committee_name=committee_name, case_number=number, office_name=office_name,
        dispute_type=DisputeType.NEIGHBOUR, source=Source.APPLICATION,
        received_date=date(2026, 3, 2), accepted_date=date(2026, 3, 3),
        closed_date=date(2026, 4, 10), summary="申请人称，楼上住户家中漏水致其房屋受损。",
        requests=("被申请人修复漏水", "被申请人赔偿维修费"), parties=parties,
        mediators=(MEDIATOR,), recorder=RECORDER, sessions=(session,), agreement=agreement,
        follow_ups=(DocFollowUp(index=1, date=date(2026, 4, 8), party_visited="张某某",
                                visitor="周明华", method="电话回访", matter="协议履行情况",
                                performance=PerformanceStatus.FULL, satisfaction="满意"),),
        confirmation=DocConfirmation("某某区人民法院", date(2026, 3, 10), "（2026）民特1号",
                                     ConfirmationResult.CONFIRMED, date(2026, 3, 20)),
        outcome="调解成功", closing_summary="经调解双方达成书面协议，已全部履行。",
        retention_period="长期（30年）", filer="吴敏", filed_date=date(2026, 4, 10))
