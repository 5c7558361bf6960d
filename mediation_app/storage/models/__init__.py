"""The ORM: one module per part of the domain, all re-exported here."""

from mediation_app.storage.models.audit import AuditEvent
from mediation_app.storage.models.base import Base
from mediation_app.storage.models.case import (
    Agent,
    Case,
    CaseMediator,
    CaseText,
    Party,
    PreventionEffect,
    Referral,
    Sweep,
)
from mediation_app.storage.models.office import CaseCounter, Committee, Office, Setting, Staff, User
from mediation_app.storage.models.outcome import (
    Agreement,
    AgreementTerm,
    Attachment,
    AttachmentBlob,
    FollowUp,
    JudicialConfirmation,
    PerformanceCheck,
    PoliceReport,
)
from mediation_app.storage.models.proceedings import MediationSession, SessionParticipant
from mediation_app.storage.models.risk import RiskAssessment, RiskOverride
from mediation_app.storage.models.statistics import (
    ImportedReport,
    RegisteredOffice,
    StatsAdjustment,
)

__all__ = [
    "Agent",
    "Agreement",
    "AgreementTerm",
    "Attachment",
    "AttachmentBlob",
    "AuditEvent",
    "Base",
    "Case",
    "CaseCounter",
    "CaseMediator",
    "CaseText",
    "Committee",
    "FollowUp",
    "ImportedReport",
    "JudicialConfirmation",
    "MediationSession",
    "Office",
    "Party",
    "PerformanceCheck",
    "PoliceReport",
    "PreventionEffect",
    "Referral",
    "RegisteredOffice",
    "RiskAssessment",
    "RiskOverride",
    "SessionParticipant",
    "Setting",
    "Staff",
    "StatsAdjustment",
    "Sweep",
    "User",
]
