"""风险规则: the store's 民转刑 rules (services.office_rules), edited by administrators.

The fields above change the colour scheme, the level names and the thresholds (the core
rewrites just those lines and raises the version); the text below is the whole rules file
for everything else. Existing assessments keep the version they were made with; the office
re-assesses its open cases when it chooses to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.services import office_rules, risk_reassess
from ui import badges
from ui.context import AppContext
from ui.settings.text_page import OfficeTextPage
from ui.settings.toml_editor import TomlEditor
from ui.widgets import error_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
CTX = "RiskRulesPage"
SOURCES = {
    "office": QT_TRANSLATE_NOOP("RiskRulesPage", "现用：本所修改的规则，版本 {0}"),
    "shipped": QT_TRANSLATE_NOOP("RiskRulesPage", "现用：随程序提供的规则，版本 {0}"),
}
SCHEMES = (("three", QT_TRANSLATE_NOOP("RiskRulesPage", "三色（红/黄/绿）")),
           ("four", QT_TRANSLATE_NOOP("RiskRulesPage", "四色（红/橙/黄/蓝）")))
LEVELS = (("high", QT_TRANSLATE_NOOP("RiskRulesPage", "高风险名称")),
          ("orange", QT_TRANSLATE_NOOP("RiskRulesPage", "较高风险名称（四色）")),
          ("medium", QT_TRANSLATE_NOOP("RiskRulesPage", "中风险名称")),
          ("low", QT_TRANSLATE_NOOP("RiskRulesPage", "低风险名称")))
THRESHOLDS = (("medium_score", QT_TRANSLATE_NOOP("RiskRulesPage", "中风险分数线")),
              ("high_score", QT_TRANSLATE_NOOP("RiskRulesPage", "高风险分数线")),
              ("orange_score", QT_TRANSLATE_NOOP("RiskRulesPage", "橙色分数线（四色）")))


def changed_fields(shown: dict[str, Any], scheme: str, labels: dict[str, str],
                   thresholds: dict[str, float]) -> dict[str, Any]:
    """Only what differs from the rules in force: ``office_rules.edit`` keyword arguments."""
    out: dict[str, Any] = {}
    if scheme != shown["scheme"]:
        out["scheme"] = scheme
    names = dict(office_rules.DEFAULT_LABELS[scheme])
    if scheme == shown["scheme"]:
        names.update(shown["labels"])
    new = {k: v for k, v in labels.items() if k in names and v != names[k]}
    if new:
        out["labels"] = new
    moved = {k: v for k, v in thresholds.items() if v != shown[k]}
    if moved:
        out["thresholds"] = moved
    return out


class RiskRulesPage(OfficeTextPage):
    """``changed`` after the rules were saved, edited or reverted."""


    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.shown: dict[str, Any] | None = None
        note = QLabel(self.tr(
            "修改后的规则用于此后的每次研判；已有的研判记录保留当时的规则版本。"
            "需要时可按新规则重新研判全部在办案件。"), self)
        note.setWordWrap(True)
        self.source = QLabel(self)
        self.source.setObjectName("risk-rules-source")
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("risk-scheme")
        for value, text in SCHEMES:
            self.scheme.addItem(translate(CTX, text), value)
        self.scheme.currentIndexChanged.connect(self._scheme_switched)
        form = QFormLayout()
        form.addRow(self.tr("配色方案"), self.scheme)
        self.labels: dict[str, QLineEdit] = {}
        for level, text in LEVELS:
            edit = QLineEdit(self)
            edit.setObjectName(f"risk-label-{level}")
            edit.setMaxLength(10)
            form.addRow(translate(CTX, text), edit)
            self.labels[level] = edit
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        for key, text in THRESHOLDS:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"risk-{key}")
            spin.setRange(0.1, 1000)
            spin.setDecimals(1)
            form.addRow(translate(CTX, text), spin)
            self.thresholds[key] = spin
        self.editor = TomlEditor("risk-rules", self.tr("风险规则文本（TOML）"), self)
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("risk-rules-status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        top = self._buttons((("apply-risk-fields", self.tr("应用以上修改"), self.apply_fields),))
        bottom = self._buttons((
            ("check-risk-rules", self.tr("检查"), self.check),
            ("save-risk-rules", self.tr("保存规则文本"), self.save),
            ("revert-risk-rules", self.tr("恢复出厂规则…"), self.revert),
            ("reassess-open", self.tr("重新研判在办案件…"), self.reassess)))
        top.insertWidget(0, self.source, 1)
        bottom.insertWidget(0, self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def _buttons(self, specs: tuple[tuple[str, str, Callable[[], object]], ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in specs:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setMinimumWidth(button.sizeHint().width())  # never clipped by the status
            row.addWidget(button)
            self.buttons[name] = button
        return row

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.app.worker.run(office_rules.describe, on_done=self.show_rules,
                            on_error=self._failed, owner=self)

    def show_rules(self, shown: dict[str, Any]) -> None:
        self.shown = shown
        self.source.setText(translate(CTX, SOURCES[shown["source"]]).format(shown["version"]))
        self.scheme.blockSignals(True)
        self.scheme.setCurrentIndex(self.scheme.findData(shown["scheme"]))
        self.scheme.blockSignals(False)
        self._show_labels(shown["scheme"], shown["labels"])
        for key, spin in self.thresholds.items():
            spin.setValue(float(shown[key]))
        self.editor.set_value(shown["text"])
        self.buttons["revert-risk-rules"].setEnabled(shown["source"] == "office")

    def _show_labels(self, scheme: str, labels: dict[str, str]) -> None:
        for level, edit in self.labels.items():
            edit.setText(labels.get(level, ""))
            edit.setEnabled(level in office_rules.SCHEMES[scheme])
        self.thresholds["orange_score"].setEnabled(scheme == "four")

    def _scheme_switched(self) -> None:
        scheme = self.scheme.currentData()
        if self.shown is not None:
            same = scheme == self.shown["scheme"]
            self._show_labels(scheme, self.shown["labels"] if same
                              else office_rules.DEFAULT_LABELS[scheme])

    # --- editing -----------------------------------------------------------------------------
    def field_changes(self) -> dict[str, Any]:
        if self.shown is None:
            return {}
        scheme = self.scheme.currentData()
        return changed_fields(
            self.shown, scheme,
            {k: e.text().strip() for k, e in self.labels.items() if e.isEnabled()},
            {k: round(s.value(), 1) for k, s in self.thresholds.items() if s.isEnabled()})

    def apply_fields(self) -> None:
        changes, actor = self.field_changes(), self.app.actor
        if not changes:
            self.status.setText(self.tr("没有需要保存的改动。"))
            return
        self._write(lambda s: office_rules.edit(s, actor, **changes),
                    self.tr("已保存，新版本 {0}。"))

    def check(self) -> bool:
        rules, problems = office_rules.check_text(self.editor.value())
        self.editor.show_problems(problems)
        self.status.setText(self.tr("有 {0} 处错误，请按行号修改。").format(len(problems))
                            if problems else self.tr("规则没有错误，版本 {0}。").format(
                                rules.version if rules else ""))
        return not problems

    def save(self) -> None:
        if not self.check():
            return
        text, actor = self.editor.value(), self.app.actor
        self._write(lambda s: office_rules.save(s, actor, text), self.tr("已保存，新版本 {0}。"))

    def revert(self) -> None:
        if not self.app.dialogs.confirm(self, self.tr("删除本所修改的规则，恢复随程序提供的规则？"),
                                        self.tr("恢复出厂规则")):
            return
        actor = self.app.actor
        self._write(lambda s: office_rules.revert(s, actor), self.tr("已恢复出厂规则，版本 {0}。"))

    def _written(self, result: dict[str, Any]) -> None:
        self.show_rules(result)
        badges.use_levels(result)

    # --- re-assessing ------------------------------------------------------------------------
    def reassess(self) -> None:
        """Every open case again under the rules in force; batches commit as they finish."""
        if not self.app.dialogs.confirm(self, self.tr(
                "按现用规则重新研判全部在办案件？已有的研判记录会保留；"
                "中途取消时，已完成的案件不受影响，再次运行会继续未完成的部分。"),
                self.tr("重新研判在办案件")):
            return
        store, actor = self.app.store, self.app.actor

        def work(job: Any) -> dict[str, Any]:
            return risk_reassess.reassess_open(store, actor, progress=job.report,
                                               cancelled=lambda: job.cancelled)

        self.buttons["reassess-open"].setEnabled(False)
        self.app.worker.run_long(work, parent=self, label=self.tr("正在重新研判在办案件"),
                                 cancel_text=self.tr("取消"), on_done=self._reassessed,
                                 on_error=self._reassess_failed)

    def _reassessed(self, result: dict[str, Any]) -> None:
        self.buttons["reassess-open"].setEnabled(True)
        text = self.tr("已按版本 {0} 重新研判 {1} 件在办案件，其中 {2} 件等级有变化。").format(
            result["rules_version"], result["reassessed"], result["level_changed"])
        if not result["complete"]:
            text += self.tr("已取消，尚有 {0} 件未研判。").format(
                result["open_cases"] - result["reassessed"])
        self.status.setText(text)
        self.changed.emit()

    def _reassess_failed(self, exc: BaseException, details: str) -> None:
        self.buttons["reassess-open"].setEnabled(True)
        self._failed(exc, details)

