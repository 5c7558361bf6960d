"""How risk and deadlines look: colour AND words, so colour-blind users can read them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

CONTEXT = "badges"

ACCENT = QColor("#1d6a96")
OVERDUE = QColor("#b3261e")

# level -> (level word, background, text colour); the colour word is the office's label
LEVEL_STYLE: dict[str, tuple[str, str, str]] = {
    "high": (QT_TRANSLATE_NOOP("badges", "高风险"), "#c62828", "#ffffff"),
    "orange": (QT_TRANSLATE_NOOP("badges", "较高风险"), "#ef6c00", "#ffffff"),
    "medium": (QT_TRANSLATE_NOOP("badges", "中风险"), "#f9a825", "#1a1a1a"),
    "low": (QT_TRANSLATE_NOOP("badges", "低风险"), "#2e7d32", "#ffffff"),
}
FOUR_COLOUR_LOW = "#1565c0"
"""蓝 in the four-colour scheme."""
SHIPPED_WORDS = (QT_TRANSLATE_NOOP("badges", "红"), QT_TRANSLATE_NOOP("badges", "橙"),
                 QT_TRANSLATE_NOOP("badges", "黄"), QT_TRANSLATE_NOOP("badges", "绿"),
                 QT_TRANSLATE_NOOP("badges", "蓝"))
"""The shipped colour words, listed so they are translated; an office's own words show as
typed (translate returns text it has no translation for unchanged)."""


@dataclass(frozen=True)
class Levels:
    """The store's scheme and labels (services.office_rules.levels_of), read once per sign-in
    and again when an administrator changes them."""

    scheme: str = "three"
    labels: Mapping[str, str] = field(default_factory=lambda: {
        "high": "红", "medium": "黄", "low": "绿"})
    orange_score: float = float("inf")


_levels = Levels()


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def use_levels(levels: Mapping[str, Any] | None) -> None:
    """Show risk with the store's labels from now on (None: the shipped ones)."""
    global _levels
    _levels = Levels() if levels is None else Levels(
        str(levels["scheme"]), dict(levels["labels"]), float(levels["orange_score"]))


def follow_office_rules(worker: Any, owner: QWidget) -> None:
    """Read the store's labels on the worker and use them (at sign-in); ``owner`` and
    every widget in it are repainted with them (an update of a window alone does not
    repaint its children)."""

    def use(levels: Mapping[str, Any]) -> None:
        use_levels(levels)
        for widget in (owner, *owner.findChildren(QWidget)):
            widget.update()

    worker.run(_office_levels, on_done=use, owner=owner)


def _office_levels(session: Any) -> dict[str, Any]:
    """On the worker, which imports the rules (and the risk engine) off the GUI thread."""
    from mediation_app.services import office_rules

    return office_rules.levels_of(office_rules.rules_for(session))


def shown_level(level: str | None, score: float | None = None) -> str | None:
    """The key a level is shown as: the four-colour scheme splits medium at orange_score."""
    if (level == "medium" and _levels.scheme == "four" and score is not None
            and score >= _levels.orange_score):
        return "orange"
    return level if level in LEVEL_STYLE and level != "orange" else None


def risk_text(level: str | None, score: float | None = None) -> str:
    """E.g. 红·高风险 — the colour named in words as well as shown."""
    shown = shown_level(level, score)
    if shown is None:
        return translate("badges", "未评估")
    word = LEVEL_STYLE[shown][0]
    return f"{_t(_levels.labels.get(shown, ''))}·{_t(word)}"


def risk_colours(level: str | None, score: float | None = None) -> tuple[QColor, QColor] | None:
    shown = shown_level(level, score)
    if shown is None:
        return None
    _, background, foreground = LEVEL_STYLE[shown]
    if shown == "low" and _levels.scheme == "four":
        background = FOUR_COLOUR_LOW
    return QColor(background), QColor(foreground)


def overdue_text() -> str:
    return translate("badges", "逾期")


class RiskBadge(QLabel):
    """A rounded label such as 红·高风险 on red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk-badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_level(None)

    def set_level(self, level: str | None, score: float | None = None) -> None:
        self.setText(risk_text(level, score))
        colours = risk_colours(level, score)
        background, foreground = colours if colours else (QColor("#9e9e9e"), QColor("#ffffff"))
        self.setStyleSheet(f"QLabel {{ background: {background.name()}; color: "
                           f"{foreground.name()}; border-radius: 9px; padding: 2px 10px; "
                           "font-weight: bold; }")
        if score is not None:
            self.setToolTip(translate("badges", "风险得分：{0}").format(score))
        else:
            self.setToolTip(translate("badges", "民转刑风险等级"))
