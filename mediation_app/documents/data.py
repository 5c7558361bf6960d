"""What the documents print, as plain frozen dataclasses.

Documents never see the database: a service maps its rows onto these classes, and the
engine reads only them. Sequences are tuples so a case can be shared between threads.
`__str__` gives the text a value prints as when a template names the object itself
(``{item}``); templates reach every field by name (``{item.phone}``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from mediation_app.documents.amounts import amount_text
from mediation_app.domain.enums import (
    AgreementKind,
    ConfirmationResult,
    ParticipantRole,
    PartyKind,
    PartyRole,
    PerformanceStatus,
    Sex,
)

AMOUNT_MARKER = "{金额}"
"""Where a term's amount goes in its text; without it the amount is appended."""


class AttachmentCategory(StrEnum):
    """The slot of the case file an attachment is filed under (卷内目录 order)."""

    IDENTITY = "当事人身份证明"
    AUTHORIZATION = "授权委托书"
    INVESTIGATION = "人民调解调查记录"
    EVIDENCE = "证据材料"
    RECEIPT = "履行凭证"
    CONFIRMATION = "司法确认材料"
    FILE_NOTE = "卷宗情况说明"
    OTHER = "其他材料"


@dataclass(frozen=True)
class DocParty:
    """A party: a natural person, or a legal person with its representative."""

    name: str
    role: PartyRole = PartyRole.PARTY
    kind: PartyKind = PartyKind.NATURAL
    sex: Sex | None = None
    ethnicity: str = ""
    age: int | None = None
    occupation: str = ""
    phone: str = ""
    address: str = ""
    id_number: str = ""
    representative: str = ""
    representative_title: str = ""

    @property
    def is_legal(self) -> bool:
        return self.kind is PartyKind.LEGAL

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class DocAgent:
    """A party's authorised agent (委托代理人); ``principal`` is the party's name."""

    name: str
    principal: str
    relation: str = ""
    phone: str = ""
    address: str = ""

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class DocParticipant:
    """Someone at the table who is not a party: mediators, recorder, invited people."""

    name: str
    role: ParticipantRole = ParticipantRole.MEDIATOR
    organisation: str = ""
    consented: bool = False

    @property
    def consent(self) -> str:
        """For invited people, whether the parties agreed to their presence."""
        if not self.role.needs_consent:
            return ""
        return "已同意" if self.consented else "未征得同意"

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class DocStatement:
    """What one party said at a session."""

    speaker: str
    text: str

    def __str__(self) -> str:
        return f"{self.speaker}：{self.text}"


@dataclass(frozen=True)
class DocSession:
    """One mediation session, as its 人民调解记录 prints it."""

    index: int
    start: datetime
    end: datetime | None = None
    place: str = ""
    public: bool = True
    participants: tuple[DocParticipant, ...] = ()
    parties_present: tuple[str, ...] = ()
    matter: str = ""
    notices: tuple[str, ...] = ()
    statements: tuple[DocStatement, ...] = ()
    verified_facts: str = ""
    risk_warning: str = ""
    result: str = ""
    failure_reason: str = ""
    told_other_routes: bool = False

    @property
    def invited(self) -> tuple[DocParticipant, ...]:
        """People who sit in only with the parties' consent."""
        return tuple(p for p in self.participants if p.role.needs_consent)

    @property
    def staff(self) -> tuple[DocParticipant, ...]:
        """Mediators, advisers and recorder: everyone not invited."""
        return tuple(p for p in self.participants if not p.role.needs_consent)


@dataclass(frozen=True)
class DocTerm:
    """One numbered term of an agreement, optionally with the money it moves."""

    text: str
    amount: Decimal | None = None

    @property
    def wording(self) -> str:
        """The term as printed: the amount in 大写 and figures at {金额}, or appended."""
        if self.amount is None:
            return self.text.replace(AMOUNT_MARKER, "")
        money = amount_text(self.amount)
        if AMOUNT_MARKER in self.text:
            return self.text.replace(AMOUNT_MARKER, money)
        body = self.text.rstrip("。；;. ")
        return f"{body}，计{money}。"

    def __str__(self) -> str:
        return self.wording


@dataclass(frozen=True)
class DocPerformance:
    """How far an agreement has been carried out."""

    status: PerformanceStatus
    date: date | None = None
    note: str = ""

    def __str__(self) -> str:
        return f"{self.status}，{self.note}" if self.note else str(self.status)


@dataclass(frozen=True)
class DocAgreement:
    """A written or oral agreement; ``number`` is the full 编号 string."""

    kind: AgreementKind
    number: str = ""
    date: date | None = None
    facts: str = ""
    terms: tuple[DocTerm, ...] = ()
    amount: Decimal | None = None
    performance_method: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    performance: DocPerformance | None = None


@dataclass(frozen=True)
class DocFollowUp:
    """One follow-up visit (回访)."""

    index: int
    date: date
    party_visited: str
    visitor: str
    method: str = ""
    matter: str = ""
    performance: PerformanceStatus | None = None
    performance_note: str = ""
    satisfaction: str = ""
    new_conflict: str = ""
    measures: str = ""


@dataclass(frozen=True)
class DocConfirmation:
    """Judicial confirmation of the agreement (司法确认)."""

    court: str
    applied_date: date | None = None
    case_number: str = ""
    result: ConfirmationResult = ConfirmationResult.PENDING
    decided_date: date | None = None

    def __str__(self) -> str:
        parts = [self.court, self.case_number, str(self.result)]
        return "，".join(p for p in parts if p)


@dataclass(frozen=True)
class DocAttachment:
    """A scanned or received paper filed in the case: PNG, JPEG or PDF, on disk or in memory."""

    title: str
    category: AttachmentCategory = AttachmentCategory.EVIDENCE
    path: Path | None = None
    data: bytes | None = None
    media_type: str = ""
    date: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if (self.path is None) == (self.data is None):
            raise ValueError(f"附件“{self.title}”必须且只能给出文件路径或内容之一")

    def __str__(self) -> str:
        return self.title


@dataclass(frozen=True)
class DocCase:
    """Everything any form of one case prints."""

    committee_name: str
    case_number: str
    office_name: str = ""
    dispute_type: str = ""
    source: str = ""
    received_date: date | None = None
    accepted_date: date | None = None
    closed_date: date | None = None
    summary: str = ""
    requests: tuple[str, ...] = ()
    parties: tuple[DocParty, ...] = ()
    agents: tuple[DocAgent, ...] = ()
    mediators: tuple[DocParticipant, ...] = ()
    recorder: DocParticipant | None = None
    sessions: tuple[DocSession, ...] = ()
    agreement: DocAgreement | None = None
    follow_ups: tuple[DocFollowUp, ...] = ()
    confirmation: DocConfirmation | None = None
    outcome: str = ""
    closing_summary: str = ""
    file_title: str = ""
    retention_period: str = ""
    filer: str = ""
    filed_date: date | None = None
    remarks: str = ""
    attachments: tuple[DocAttachment, ...] = ()

    @property
    def applicants(self) -> tuple[DocParty, ...]:
        return tuple(p for p in self.parties if p.role is PartyRole.APPLICANT)

    @property
    def respondents(self) -> tuple[DocParty, ...]:
        return tuple(p for p in self.parties if p.role is PartyRole.RESPONDENT)

    @property
    def copies(self) -> int:
        """Copies of a written agreement: one per party plus one for the committee."""
        return len(self.parties) + 1

    @property
    def title(self) -> str:
        """卷名: as given, else '甲、乙与丙…纠纷' built from the parties and the type."""
        if self.file_title:
            return self.file_title
        first = self.applicants or self.parties[:1]
        others = tuple(p for p in self.parties if p not in first)
        names = "、".join(p.name for p in first)
        if others:
            names += "与" + "、".join(p.name for p in others)
        return names + self.dispute_type

    @property
    def mediation_start(self) -> date | None:
        """First day of mediation: the first session, else the day of acceptance."""
        days = [s.start.date() for s in self.sessions]
        return min(days) if days else self.accepted_date

    @property
    def mediation_end(self) -> date | None:
        """Last day of mediation: the last session, else the day the case closed."""
        days = [s.start.date() for s in self.sessions]
        return max(days) if days else self.closed_date


@dataclass(frozen=True)
class RenderOptions:
    """Choices made when printing, visible to templates as ``options``."""

    print_id_numbers: bool = False


@dataclass(frozen=True)
class TocEntry:
    """One line of the 卷内目录."""

    title: str
    date: str = ""
    page: int | None = None
    pages: int | None = None
    note: str = ""


@dataclass(frozen=True)
class FileFacts:
    """What only the assembled case file knows, visible to templates as ``file``."""

    toc: tuple[TocEntry, ...] = ()
    page_count: int | None = None
    document_count: int | None = None
