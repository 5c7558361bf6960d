"""The 民转刑 risk flag: a transparent triage aid for civil disputes that may turn criminal.

Pure Python (no database, no Qt). The rules — weights, thresholds, lexicons, labels and
per-level actions — live in the office-editable ``resources/risk/rules.toml``.
"""

from mediation_app.risk.checklist import ChecklistItem, checklist_items
from mediation_app.risk.engine import Assessment, assess
from mediation_app.risk.evaluation import evaluate_file
from mediation_app.risk.history import CaseFacts
from mediation_app.risk.reasons import Reason
from mediation_app.risk.rules import LevelAction, Rules, RulesError, load_rules
from mediation_app.risk.text import TextField

__all__ = [
    "Assessment",
    "CaseFacts",
    "ChecklistItem",
    "LevelAction",
    "Reason",
    "Rules",
    "RulesError",
    "TextField",
    "assess",
    "checklist_items",
    "evaluate_file",
    "load_rules",
]
