"""The domain's closed vocabularies.

Values are the Chinese terms offices use, so they read naturally in the store, in JSON
and in exports; the Python names are for code.
"""

from __future__ import annotations

from enum import StrEnum


class DisputeType(StrEnum):
    """The 15 national dispute categories of the statistical report."""

    MARRIAGE_FAMILY = "婚姻家庭纠纷"
    NEIGHBOUR = "邻里纠纷"
    HOUSING_HOMESTEAD = "房屋宅基地纠纷"
    CONTRACT = "合同纠纷"
    BUSINESS = "生产经营纠纷"
    DAMAGES = "损害赔偿纠纷"
    FOREST_LAND = "山林土地纠纷"
    LAND_REQUISITION = "征地拆迁纠纷"
    POLLUTION = "环境污染纠纷"
    LABOUR = "劳动争议纠纷"
    CONSUMER = "消费纠纷"
    MEDICAL = "医疗纠纷"
    TRAFFIC = "道路交通事故纠纷"
    PROPERTY_MGMT = "物业纠纷"
    OTHER = "其他纠纷"

    @classmethod
    def parse(cls, text: str) -> DisputeType:
        """Accept the full name or the short form without 纠纷 (e.g. 邻里)."""
        text = text.strip()
        for member in cls:
            if text in (member.value, member.value.removesuffix("纠纷"), member.name):
                return member
        raise ValueError(text)


class Source(StrEnum):
    """How a case reached the committee."""

    APPLICATION = "当事人申请"
    OWN_INITIATIVE = "主动调解"
    COURT_ASSIGNED = "法院委派"
    COURT_ENTRUSTED = "法院委托"
    POLICE = "公安移交"
    PETITION = "信访交办"
    PROCURATORATE = "检察"
    GOVERNMENT = "政府指定"

    @property
    def is_referral(self) -> bool:
        return self not in (Source.APPLICATION, Source.OWN_INITIATIVE)

    @property
    def statistics_group(self) -> str:
        """The report's three source columns: 主动 / 依申请 / 委托移送."""
        if self is Source.APPLICATION:
            return "依申请"
        if self is Source.OWN_INITIATIVE:
            return "主动调解"
        return "委托移送"


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    IN_MEDIATION = "in_mediation"
    AGREED = "agreed"
    FAILED = "failed"
    TERMINATED = "terminated"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: "已登记",
    CaseStatus.ACCEPTED: "已受理",
    CaseStatus.REJECTED: "不予受理",
    CaseStatus.IN_MEDIATION: "调解中",
    CaseStatus.AGREED: "调解成功",
    CaseStatus.FAILED: "调解不成",
    CaseStatus.TERMINATED: "终止调解",
    CaseStatus.CLOSED: "结案归档",
}


class PartyRole(StrEnum):
    APPLICANT = "申请人"
    RESPONDENT = "被申请人"
    PARTY = "当事人"


class PartyKind(StrEnum):
    NATURAL = "自然人"
    LEGAL = "法人"


class Sex(StrEnum):
    MALE = "男"
    FEMALE = "女"


class StaffRole(StrEnum):
    """Roles on the office roster; session participants are drawn from it."""

    MEDIATOR = "调解员"
    LEGAL_ADVISER = "法律顾问"
    LEGAL_LITERATE = "法律明白人"
    GRID_WORKER = "网格员"
    RECORDER = "记录人"


class ParticipantRole(StrEnum):
    """Roles at a mediation session (三方参与调处 plus invited people)."""

    PRESIDING = "主持调解员"
    MEDIATOR = "调解员"
    RECORDER = "记录人"
    LEGAL_ADVISER = "法律顾问"
    LEGAL_LITERATE = "法律明白人"
    GRID_WORKER = "网格员"
    POLICE = "民警"
    INVITED_MEDIATOR = "特邀调解员"
    RELATIVE = "亲属"
    NEIGHBOUR = "邻居"
    COLLEAGUE = "同事"
    EXPERT = "专家"
    OTHER = "其他"

    @property
    def needs_consent(self) -> bool:
        """Invited people sit in only with the parties' consent."""
        return self in _INVITED


_INVITED = frozenset(
    {
        ParticipantRole.GRID_WORKER,
        ParticipantRole.POLICE,
        ParticipantRole.INVITED_MEDIATOR,
        ParticipantRole.RELATIVE,
        ParticipantRole.NEIGHBOUR,
        ParticipantRole.COLLEAGUE,
        ParticipantRole.EXPERT,
        ParticipantRole.OTHER,
    }
)


class AgreementKind(StrEnum):
    WRITTEN = "书面"
    ORAL = "口头"


class PerformanceStatus(StrEnum):
    FULL = "已履行"
    PARTIAL = "部分履行"
    NONE = "未履行"


class ConfirmationResult(StrEnum):
    PENDING = "审查中"
    CONFIRMED = "确认有效"
    REJECTED = "驳回申请"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return ("low", "medium", "high").index(self.value)


class UserRole(StrEnum):
    ADMIN = "管理员"
    MEDIATOR = "调解员"
    STATISTICIAN = "统计员"
    BUREAU = "司法局"


class PreventionKind(StrEnum):
    """The report's prevention-effect columns."""

    SUICIDE = "自杀"
    CRIMINAL = "民转刑"
    GROUP_PETITION = "群体性上访"
    GROUP_FIGHT = "群体性械斗"


REJECTION_REASONS: tuple[str, ...] = (
    "依法应当由专门机关管辖处理的",
    "法律、法规禁止采用民间调解方式解决的",
    "人民法院、公安机关或者其他行政机关已经受理或者解决的",
    "当事人一方明确拒绝调解的",
)
