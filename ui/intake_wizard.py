"""登记: the intake wizard. Parties, the dispute, the facts, then one ``intake.register``.

The pages are generic forms (:mod:`ui.forms`). The only check made here is the inline one
an ID number allows (``idcard.parse`` fills sex and birth date and is compared with them);
everything else is checked by the service when the user saves, and its message is shown
under the field it names, on the page that holds it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mediation_app.domain import idcard
from mediation_app.domain.enums import DisputeType, PartyKind, PartyRole, Sex, Source
from mediation_app.errors import AppError, StoreError
from mediation_app.risk.checklist import checklist_items
from mediation_app.services import office
from mediation_app.services.cases import intake, queries
from ui import vocab
from ui.context import AppContext
from ui.dialogs import error_text
from ui.forms import INDEXED, Field, FormContext, FormWidget, Kind, field_label
from ui.widgets import data_label, error_label


def _natural(kind: Any) -> bool:
    return kind in (None, PartyKind.NATURAL.value)


def _referred(source: Any) -> bool:
    return bool(source) and Source(source).is_referral


PARTY_FIELDS = (
    Field("role", QT_TRANSLATE_NOOP("fields", "身份"), Kind.CHOICE,
          choices=tuple(r.value for r in PartyRole)),
    Field("kind", QT_TRANSLATE_NOOP("fields", "类型"), Kind.CHOICE,
          choices=tuple(k.value for k in PartyKind)),
    Field("name", QT_TRANSLATE_NOOP("fields", "姓名/名称"), required=True),
    Field("id_number", QT_TRANSLATE_NOOP("fields", "身份证号"),
          hint=QT_TRANSLATE_NOOP("fields", "18位，自动填写性别和出生日期"),
          shown_if=("kind", _natural)),
    Field("sex", QT_TRANSLATE_NOOP("fields", "性别"), Kind.CHOICE, blank=True,
          choices=tuple(s.value for s in Sex), shown_if=("kind", _natural)),
    Field("birth_date", QT_TRANSLATE_NOOP("fields", "出生日期"), Kind.OPTIONAL_DATE,
          shown_if=("kind", _natural)),
    Field("ethnicity", QT_TRANSLATE_NOOP("fields", "民族"), shown_if=("kind", _natural)),
    Field("occupation", QT_TRANSLATE_NOOP("fields", "职业或职务")),
    Field("phone", QT_TRANSLATE_NOOP("fields", "联系电话")),
    Field("address", QT_TRANSLATE_NOOP("fields", "单位或住址")),
    Field("representative", QT_TRANSLATE_NOOP("fields", "法定代表人"), required=True,
          shown_if=("kind", lambda kind: kind == PartyKind.LEGAL.value)),
)

DISPUTE_FIELDS = (
    Field("dispute_type", QT_TRANSLATE_NOOP("fields", "纠纷类型"), Kind.CHOICE, required=True,
          choices=tuple(t.value for t in DisputeType)),
    Field("sub_type", QT_TRANSLATE_NOOP("fields", "纠纷子类"),
          hint=QT_TRANSLATE_NOOP("fields", "可选，如：拖欠农民工工资")),
    Field("source", QT_TRANSLATE_NOOP("fields", "案件来源"), Kind.CHOICE, required=True,
          choices=tuple(s.value for s in Source)),
    Field("received_on", QT_TRANSLATE_NOOP("fields", "收案日期"), Kind.DATE, required=True),
    Field("referral.unit", QT_TRANSLATE_NOOP("fields", "移送单位"), required=True,
          shown_if=("source", _referred)),
    Field("referral.doc_number", QT_TRANSLATE_NOOP("fields", "移送文号"),
          shown_if=("source", _referred)),
    Field("referral.date", QT_TRANSLATE_NOOP("fields", "移送日期"), Kind.OPTIONAL_DATE,
          shown_if=("source", _referred)),
    Field("referral.deadline", QT_TRANSLATE_NOOP("fields", "移送单位期限"), Kind.OPTIONAL_DATE,
          shown_if=("source", _referred)),
)

FACT_FIELDS = (
    Field("summary", QT_TRANSLATE_NOOP("fields", "纠纷简要情况"), Kind.MULTILINE, required=True),
    Field("requests", QT_TRANSLATE_NOOP("fields", "申请事项"), Kind.MULTILINE),
    Field("amount", QT_TRANSLATE_NOOP("fields", "涉及金额"), Kind.AMOUNT),
    Field("persons_involved", QT_TRANSLATE_NOOP("fields", "涉及人数"), Kind.INTEGER,
          hint=QT_TRANSLATE_NOOP("fields", "不填则按当事人人数")),
    Field("sensitive", QT_TRANSLATE_NOOP("fields", "敏感案件（仅承办人和管理员可见个人信息）"),
          Kind.BOOL, omit_false=True),
)

DEFAULT_ROLES = (PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value)


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



class PartyForm(FormWidget):
    """One party's fields with the inline ID number check."""

    def __init__(self, index: int, today: dt.date, allow_15: bool,
                 parent: QWidget | None = None) -> None:
        role = DEFAULT_ROLES[index] if index < len(DEFAULT_ROLES) else PartyRole.PARTY.value
        super().__init__(PARTY_FIELDS, FormContext(defaults={"role": role}), parent)
        self.today = today
        self.allow_15 = allow_15
        self.lookup: Callable[[PartyForm, dict[str, str]], None] | None = None
        self.history = QLabel(self)
        self.history.setObjectName("earlier-cases")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.hide()
        self.layout_.addRow(self.history)
        for name in ("id_number", "sex", "birth_date"):
            self.editors[name].on_change(self.check_id)
        for name in ("name", "phone"):
            self.editors[name].on_change(self.check_history)

    def check_history(self) -> None:
        """Ask (off the GUI thread) whether this person appeared in earlier cases."""
        number = (self.value("id_number") or "").strip().upper()
        name = (self.value("name") or "").strip()
        phone = (self.value("phone") or "").strip()
        if self.lookup is None:
            return
        if len(number) == 18:
            self.lookup(self, {"id_number": number})
        elif name and len(phone) >= 7:
            self.lookup(self, {"name": name, "phone": phone})
        else:
            self.show_history([])

    def show_history(self, rows: list[dict[str, Any]]) -> None:
        """此人在 N 件既往案件中出现, each number a link that opens the case."""
        if not rows:
            self.history.hide()
            return
        links = "、".join(f'<a href="case:{r["id"]}">{r["number"]}</a>' for r in rows[:5])
        self.history.setText(translate("IntakeWizard", "此人在 {0} 件既往案件中出现：{1}").format(
            len(rows), links))
        self.history.show()

    def check_id(self) -> None:
        """Fill sex and birth date from a valid number; say so when they disagree."""
        self.errors["id_number"].hide()
        number = (self.value("id_number") or "").strip()
        if len(number) < (15 if self.allow_15 else 18):
            self.check_history()
            return
        try:
            resident = idcard.parse(number, today=self.today, allow_15=self.allow_15)
        except idcard.IdNumberError as exc:
            self.set_error("id_number", str(exc))
            return
        birth = resident.birth_date.isoformat()
        if self.value("sex") is None:
            self.set_value("sex", resident.sex.value)
        if self.value("birth_date") is None:
            self.set_value("birth_date", birth)
        problems = []
        if self.value("sex") != resident.sex.value:
            problems.append(translate("IntakeWizard", "身份证号与性别不符（证号显示为{0}）").format(
                vocab.label(resident.sex.value)))
        if self.value("birth_date") != birth:
            problems.append(translate("IntakeWizard", "身份证号与出生日期不符（证号显示为{0}）").format(birth))
        if problems:
            self.set_error("id_number", "；".join(problems))
        self.check_history()


class PartiesPage(QWizardPage):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-parties")
        self.setTitle(self.tr("当事人"))
        self.setSubTitle(self.tr("申请人、被申请人及其他当事人。输入身份证号后自动填写性别和出生日期。"))
        self.today = today
        self.allow_15 = False
        self.lookup: Callable[[PartyForm, dict[str, str]], None] | None = None
        self.open_case: Callable[[int], object] | None = None
        self.general = error_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("party-tabs")
        self.add_button = QPushButton(self.tr("添加当事人"), self)
        self.add_button.setObjectName("add-party")
        self.add_button.setShortcut(QKeySequence("Alt+A"))
        self.add_button.setToolTip(self.tr("添加当事人 (Alt+A)"))
        self.add_button.clicked.connect(lambda: self.add_party())
        self.remove_button = QPushButton(self.tr("删除当前当事人"), self)
        self.remove_button.setObjectName("remove-party")
        self.remove_button.clicked.connect(self.remove_party)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.forms: list[PartyForm] = []
        self._sent: list[int] = []
        self.add_party()
        self.add_party()
        self.tabs.setCurrentIndex(0)

    def add_party(self) -> PartyForm:
        form = PartyForm(len(self.forms), self.today, self.allow_15)
        form.lookup = self.lookup
        form.history.linkActivated.connect(self.link_activated)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.forms.append(form)
        self.tabs.addTab(scroll, self.tr("当事人{0}").format(len(self.forms)))
        self.tabs.setCurrentIndex(len(self.forms) - 1)
        form.editor("name").setFocus()
        return form

    def link_activated(self, link: str) -> None:
        if link.startswith("case:") and self.open_case is not None:
            self.open_case(int(link.removeprefix("case:")))

    def remove_party(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0 or len(self.forms) <= 1:
            return
        self.tabs.removeTab(index)
        self.forms.pop(index)
        for i in range(len(self.forms)):
            self.tabs.setTabText(i, self.tr("当事人{0}").format(i + 1))

    def values(self) -> list[dict[str, Any]]:
        """The parties entered; a tab left blank (only its defaults) is not a party."""
        out, self._sent = [], []
        for i, form in enumerate(self.forms):
            values = form.values()
            if set(values) - {"role", "kind"}:
                out.append(values)
                self._sent.append(i)
        return out

    def show_error(self, path: str, message: str) -> bool:
        match = INDEXED.match(path)
        if match and match["base"] == "parties" and int(match["row"]) < len(self._sent):
            index = self._sent[int(match["row"])]  # the payload skipped blank tabs
            self.tabs.setCurrentIndex(index)
            if self.forms[index].show_error(match["rest"] or "name", message):
                return True
        if path.startswith("parties"):
            self.general.setText(message)
            self.general.show()
            return True
        return False

    def clear_errors(self) -> None:
        self.general.hide()
        for form in self.forms:
            form.clear_errors()

    def validatePage(self) -> bool:
        """Stay on the page while an ID number is visibly wrong."""
        for i, form in enumerate(self.forms):
            form.check_id()
            if form.errors["id_number"].isVisible():
                self.tabs.setCurrentIndex(i)
                return False
        return True


class FormPage(QWizardPage):
    """A wizard page holding one generic form."""

    def __init__(self, name: str, title: str, subtitle: str, fields: tuple[Field, ...],
                 ctx: FormContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = FormWidget(fields, ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)


def checklist_fields(items: list[Any]) -> tuple[Field, ...]:
    """The risk checklist of the rules file as fields (yes/no boxes and counts)."""
    return tuple(Field(f"checklist.{item.code}", item.label,
                       Kind.BOOL if item.kind == "bool" else Kind.INTEGER,
                       omit_false=True, literal=True) for item in items)


class ChecklistPage(QWizardPage):
    """风险排查: the office's checklist, loaded from the rules file on the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-checklist")
        self.setTitle(self.tr("风险排查"))
        self.setSubTitle(self.tr("勾选登记时已经发现的情况；不清楚的可以不填，以后在调解中补充。"))
        self.form = FormWidget((), None, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)

    def set_items(self, items: list[Any]) -> None:
        self.form = FormWidget(checklist_fields(items), None, self)
        self.scroll.setWidget(self.form)


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("page-confirm")
        self.setTitle(self.tr("确认并保存"))
        self.setSubTitle(self.tr("请核对以下内容。保存后生成案件编号，状态为“已登记”。"))
        self.general = error_label(self)
        self.general.setObjectName("intake-error")
        self.summary = data_label("", self)
        self.summary.setObjectName("intake-summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        self.summary.setText(self.wizard_.summary_html())


class IntakeWizard(QWizard):
    """Emits ``created(case_id)`` once the case is registered."""

    created = Signal(int)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("intake-wizard")
        self.setWindowTitle(self.tr("登记新案件"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("保存"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.button(QWizard.WizardButton.FinishButton).setToolTip(self.tr("保存 (Ctrl+S)"))
        self.button(QWizard.WizardButton.NextButton).setToolTip(self.tr("下一步 (Alt+N)"))
        self.button(QWizard.WizardButton.BackButton).setToolTip(self.tr("上一步 (Alt+B)"))
        # explicit shortcuts rather than mnemonics: they also work from a multi-line field
        QShortcut(QKeySequence("Alt+N"), self, activated=self.next)
        QShortcut(QKeySequence("Alt+B"), self, activated=self.back)
        today = app.today()
        self.parties = PartiesPage(today, self)
        self.parties.lookup = self.find_earlier_cases
        self.parties.open_case = getattr(parent, "open_case", None)
        for form in self.parties.forms:
            form.lookup = self.find_earlier_cases
        self.dispute = FormPage("page-dispute", self.tr("纠纷"),
                                self.tr("纠纷类型与来源；委托移送的案件请填写移送信息。"),
                                DISPUTE_FIELDS, FormContext(defaults={"received_on":
                                                                      today.isoformat()}), self)
        self.facts = FormPage("page-facts", self.tr("案情"),
                              self.tr("纠纷的简要情况和当事人的申请事项。"), FACT_FIELDS,
                              None, self)
        self.checklist = ChecklistPage(self)
        self.confirm = ConfirmPage(self)
        for page in (self.parties, self.dispute, self.facts, self.checklist, self.confirm):
            self.addPage(page)
        self._saving = False
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(760, 640)
        app.worker.run(office.settings, on_done=self._settings_loaded, owner=self)
        app.worker.run_plain(checklist_items, on_done=self.checklist.set_items, owner=self)

    def find_earlier_cases(self, form: PartyForm, person: dict[str, str]) -> None:
        actor, today = self.app.actor, self.app.today()
        self.app.worker.run(
            lambda session: queries.earlier_cases(session, actor, today, **person),
            on_done=form.show_history, owner=form)

    def _settings_loaded(self, settings: dict[str, Any]) -> None:
        allow = bool(settings.get("allow_15_digit_id"))
        self.parties.allow_15 = allow
        for form in self.parties.forms:
            form.allow_15 = allow

    def data(self) -> dict[str, Any]:
        """The intake JSON, as ``intake.register`` takes it."""
        data = {**self.dispute.form.values(), **self.facts.form.values(),
                **self.checklist.form.values()}
        data["parties"] = self.parties.values()
        return data

    def summary_html(self) -> str:
        rows: list[tuple[str, Any]] = []
        for form in (self.dispute.form, self.facts.form, self.checklist.form):
            for spec in form.fields:
                value = form.value(spec.key) if form.is_shown(spec.key) else None
                if value in (None, "", False):
                    continue
                if isinstance(value, bool):
                    value = translate("IntakeWizard", "是")
                elif spec.kind is Kind.CHOICE:
                    value = vocab.label(value)
                rows.append((spec.label if spec.literal else field_label(spec.label), value))
        for i, party in enumerate(self.parties.values(), start=1):
            described = "，".join(str(vocab.label(party[k]) if k in ("role", "kind", "sex")
                                      else party[k]) for k in (
                "role", "name", "sex", "birth_date", "id_number", "phone", "address")
                if party.get(k))
            rows.append((translate("IntakeWizard", "当事人{0}").format(i), described))
        return "<table cellpadding='3'>" + "".join(
            f"<tr><td valign='top'><b>{html.escape(k)}</b></td><td>"
            f"{html.escape(str(v)).replace(chr(10), '<br/>')}</td></tr>" for k, v in rows
        ) + "</table>"

    def accept(self) -> None:
        self.save()

    def save(self) -> None:
        """One call to ``intake.register``; the wizard closes only when it succeeded."""
        if self._saving:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        for clear in (self.parties.clear_errors, self.dispute.form.clear_errors,
                      self.facts.form.clear_errors, self.checklist.form.clear_errors):
            clear()
        self.confirm.general.hide()
        data, actor, today = self.data(), self.app.actor, self.app.today()

        def register(session: Any) -> int:
            return intake.register(session, actor, data, today=today).id

        self.app.worker.run(register, write=True, on_done=self._saved, on_error=self._failed,
                            owner=self)

    def _saved(self, case_id: int) -> None:
        self._saving = False
        self.created.emit(case_id)
        super().accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, AppError) or isinstance(exc, StoreError):
            self.app.dialogs.show_exception(self, exc, details)
            return
        message = error_text(exc)
        path = exc.field or ""
        for page, show in ((self.parties, self.parties.show_error),
                           (self.dispute, self.dispute.form.show_error),
                           (self.facts, self.facts.form.show_error),
                           (self.checklist, self.checklist.form.show_error)):
            if path and show(path, message):
                self.go_to(page)
                return
        self.go_to(self.confirm)
        self.confirm.general.setText(message)
        self.confirm.general.show()

    def go_to(self, page: QWizardPage) -> None:
        target = self.pageIds()[[self.page(i) for i in self.pageIds()].index(page)]
        while self.currentId() > target:
            self.back()
        while self.currentId() < target:
            self.next()
        if page is self.confirm:
            self.confirm.initializePage()

