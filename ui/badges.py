"""How risk and deadlines look: colour AND words, so colour-blind users can read them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

CONTEXT = "badges"

ACCENT = QColor("#1d6a96")
OVERDUE = QColor("#b3261e")

# level -> (colour word, level word, background, text colour)
RISK_STYLE: dict[str, tuple[str, str, str, str]] = {
    "high": (QT_TRANSLATE_NOOP("badges", "红"), QT_TRANSLATE_NOOP("badges", "高风险"),
             "#c62828", "#ffffff"),
    "medium": (QT_TRANSLATE_NOOP("badges", "黄"), QT_TRANSLATE_NOOP("badges", "中风险"),
               "#f9a825", "#1a1a1a"),
    "low": (QT_TRANSLATE_NOOP("badges", "绿"), QT_TRANSLATE_NOOP("badges", "低风险"),
            "#2e7d32", "#ffffff"),
}


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def risk_text(level: str | None) -> str:
    """E.g. 红·高风险 — the colour named in words as well as shown."""
    if level not in RISK_STYLE:
        return translate("badges", "未评估")
    colour, word, _, _ = RISK_STYLE[level]
    return f"{_t(colour)}·{_t(word)}"


def risk_colours(level: str | None) -> tuple[QColor, QColor] | None:
    if level not in RISK_STYLE:
        return None
    _, _, background, foreground = RISK_STYLE[level]
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
        self.setText(risk_text(level))
        colours = risk_colours(level)
        background, foreground = colours if colours else (QColor("#9e9e9e"), QColor("#ffffff"))
        self.setStyleSheet(f"QLabel {{ background: {background.name()}; color: "
                           f"{foreground.name()}; border-radius: 9px; padding: 2px 10px; "
                           "font-weight: bold; }")
        if score is not None:
            self.setToolTip(translate("badges", "风险得分：{0}").format(score))
        else:
            self.setToolTip(translate("badges", "民转刑风险等级"))
