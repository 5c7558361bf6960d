"""设置 (administrators): the office's settings, its staff roster, users and backups.

Settings are ``office.DEFAULT_SETTINGS`` edited through the generic forms and saved with
``office.set_setting`` (which checks and audits each change); a key the core does not have
is simply not shown. The office profile, the document templates and the holiday calendar
are pages of their own in ``ui/settings/``. Staff and users are added through ``office.add_staff`` and
``auth.create_user``, committees with ``office.add_committee``; passwords are reset with
``auth.reset_password``. Backups and restores use ``storage.backups`` and
``storage.backup`` (as the command line does) and are offered only for a SQLite store.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from mediation_app.domain.enums import StaffRole, UserRole
from mediation_app.services import auth, office, store_copies
from mediation_app.services.actor import Actor
from mediation_app.storage import backups, opening
from mediation_app.storage.backup import timestamped_name
from ui import export_dialog, vocab
from ui.context import AppContext
from ui.export_dialog import relabel
from ui.forms import Field, FormContext, FormDialog, FormWidget, Kind, show_failure
from ui.models.figures import cell_text
from ui.models.records import key
from ui.record_tables import columns, current_record, record_table, set_records, vocab_column
from ui.settings.holidays_page import HolidaysPage
from ui.settings.profile import ProfileBox
from ui.settings.risk_rules_page import RiskRulesPage
from ui.settings.templates_page import TemplatesPage
from ui.timefmt import local_time
from ui.widgets import error_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

CTX = "SettingsDialog"
STAFF_NAMES = "staff"
RETENTION = tuple(office.DEFAULT_SETTINGS["retention_years"])
MEMBERSHIP = ("委员", "聘任")
"""Stored as typed (the roster's own words), so shown as data, like any other entry."""

GENERAL_FIELDS = (
    Field("deadline_days", QT_TRANSLATE_NOOP("fields", "调解期限（天）"), Kind.INTEGER,
          hint=QT_TRANSLATE_NOOP("fields", "受理后应在多少天内结束调解，一般为 30")),
    Field("confirmation_window_days", QT_TRANSLATE_NOOP("fields", "司法确认申请期（天）"),
          Kind.INTEGER, hint=QT_TRANSLATE_NOOP("fields", "协议生效后可申请司法确认的天数")),
    Field("confirmation_warn_days", QT_TRANSLATE_NOOP("fields", "申请期届满前提醒（天）"),
          Kind.INTEGER),
    Field("referral_deadline_days", QT_TRANSLATE_NOOP("fields", "移送案件默认期限（天）"),
          Kind.INTEGER),
    Field("retention", QT_TRANSLATE_NOOP("fields", "卷宗默认保管期限"), Kind.CHOICE,
          choices=RETENTION),
    Field("allow_15_digit_id", QT_TRANSLATE_NOOP("fields", "身份证号"), Kind.BOOL,
          hint=QT_TRANSLATE_NOOP("fields", "允许 15 位旧身份证号")),
    Field("mediators_see_others_cases", QT_TRANSLATE_NOOP("fields", "调解员查看"), Kind.BOOL,
          hint=QT_TRANSLATE_NOOP("fields", "调解员可查看他人承办案件的当事人信息")),
    Field("attachment_max_mb", QT_TRANSLATE_NOOP("fields", "附件大小上限（MB）"), Kind.INTEGER),
    Field("idle_lock_minutes", QT_TRANSLATE_NOOP("fields", "无操作自动锁定（分钟）"),
          Kind.INTEGER),
)
BACKUP_FIELDS = (
    Field("backup_extra_dir", QT_TRANSLATE_NOOP("fields", "备份副本文件夹"),
          hint=QT_TRANSLATE_NOOP("fields", "U 盘或网络共享；留空则不另存副本")),
)
STAFF_FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("fields", "姓名"), required=True),
    Field("role", QT_TRANSLATE_NOOP("fields", "角色"), Kind.CHOICE, required=True,
          choices=tuple(r.value for r in StaffRole)),
    Field("membership", QT_TRANSLATE_NOOP("fields", "委员或聘任"), Kind.EDITABLE_CHOICE,
          choices=MEMBERSHIP, vocab=False, blank=True),
    Field("full_time", QT_TRANSLATE_NOOP("fields", "专职"), Kind.BOOL,
          hint=QT_TRANSLATE_NOOP("fields", "专职人民调解员")),
    Field("organisation", QT_TRANSLATE_NOOP("fields", "单位")),
    Field("phone", QT_TRANSLATE_NOOP("fields", "联系电话")),
    Field("trained_on", QT_TRANSLATE_NOOP("fields", "培训日期"), Kind.OPTIONAL_DATE),
)
COMMITTEE_FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("fields", "委员会名称"), required=True),
    Field("kind", QT_TRANSLATE_NOOP("fields", "类别"), Kind.CHOICE, required=True,
          choices=office.COMMITTEE_KINDS, vocab=False),
)
USER_FIELDS = (
    Field("username", QT_TRANSLATE_NOOP("fields", "用户名"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "字母、数字或 _ . -")),
    Field("display_name", QT_TRANSLATE_NOOP("fields", "显示名")),
    Field("role", QT_TRANSLATE_NOOP("fields", "角色"), Kind.CHOICE, required=True,
          choices=tuple(r.value for r in UserRole)),
    Field("password", QT_TRANSLATE_NOOP("fields", "初始密码"), Kind.PASSWORD, required=True,
          hint=QT_TRANSLATE_NOOP("fields", "至少 8 位，含字母、数字、符号中的两类")),
    Field("staff", QT_TRANSLATE_NOOP("fields", "名册中的本人"), Kind.CHOICE, choices=STAFF_NAMES,
          vocab=False, blank=True),
)


STAFF_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("SettingsDialog", "姓名"), key("name")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "角色"), vocab_column("role")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "委员或聘任"), key("membership")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "专职"), key("full_time")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "单位"), key("organisation")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "联系电话"), key("phone")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "培训日期"), key("trained_on")),
)
COMMITTEE_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("SettingsDialog", "委员会名称"), key("name")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "类别"), lambda r: cell_text(str(r.get("kind") or ""))),
    (QT_TRANSLATE_NOOP("SettingsDialog", "启用"), key("active")),
)
USER_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("SettingsDialog", "用户名"), key("username")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "显示名"), key("display_name")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "角色"), vocab_column("role")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "启用"), key("active")),
)
BACKUP_REASONS = {
    backups.DAILY: QT_TRANSLATE_NOOP("SettingsDialog", "每日自动"),
    "manual": QT_TRANSLATE_NOOP("SettingsDialog", "手动"),
    backups.BEFORE_RESTORE: QT_TRANSLATE_NOOP("SettingsDialog", "恢复前自动保留"),
}
BACKUP_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("SettingsDialog", "时间"), lambda r: local_time(r["at"])),
    (QT_TRANSLATE_NOOP("SettingsDialog", "类型"),
     lambda r: translate(CTX, BACKUP_REASONS.get(r["reason"], r["reason"]))),
    (QT_TRANSLATE_NOOP("SettingsDialog", "大小"), lambda r: f"{r['size'] / 1_048_576:.1f} MB"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "文件"), key("file")),
)


def shown_fields(fields: Sequence[Field]) -> tuple[Field, ...]:
    """Only the settings this version of the core has (the others are hidden, not faked)."""
    return tuple(f for f in fields if f.key in office.DEFAULT_SETTINGS)


def temporary_password() -> str:
    """A suggestion for the administrator: letters and digits; the core still checks it."""
    alphabet = string.ascii_letters + string.digits
    while True:
        text = "".join(secrets.choice(alphabet) for _ in range(10))
        if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
            return text


@dataclass(frozen=True)
class SettingsData:
    settings: dict[str, Any]
    profile: dict[str, str | None]
    staff: list[dict[str, Any]]
    users: list[dict[str, Any]]
    committees: list[dict[str, Any]]


def load(session: Session, actor: Actor) -> SettingsData:
    """Runs on the worker: everything the dialog shows, in one read transaction."""
    users = auth.list_users(session, actor)
    return SettingsData(office.settings(session), office.profile(session),
                        office.list_staff(session), users, office.list_committees(session))


def backup_list(folder: Path) -> list[dict[str, Any]]:
    return [{"file": b.path.name, "path": str(b.path), "at": b.at.isoformat(),
             "reason": b.reason, "size": b.size} for b in backups.list_backups(folder)]


class SettingsDialog(QDialog):
    """Non-modal; ``saved`` after settings were written (the main window may re-read them)."""

    saved = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: SettingsData | None = None
        self.backups: list[dict[str, Any]] = []
        self.choose_folder: Callable[[QWidget, str], str] = export_dialog.choose_folder
        self.open_folder: Callable[[str], bool] = export_dialog.open_folder
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("设置"))

        self.general_form = FormWidget(shown_fields(GENERAL_FIELDS), FormContext(), self)
        self.general_form.setObjectName("settings-form")
        self.backup_form = FormWidget(shown_fields(BACKUP_FIELDS), FormContext(), self)
        self.forms = (self.general_form, self.backup_form)
        self.profile = ProfileBox(app, self)
        self.profile.saved.connect(self.saved.emit)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings-tabs")
        self.tabs.addTab(self._general_page(), self.tr("单位与规则(&1)"))
        self.staff_view = record_table(STAFF_COLUMNS, self)
        self.staff_view.setObjectName("staff")
        self.staff_view.setAccessibleName(self.tr("人员名册"))
        self.add_staff_button = self._button(self.tr("添加人员…"), "add-staff", self.add_staff)
        self.tabs.addTab(self._list_page(self.staff_view, self.add_staff_button),
                         self.tr("人员名册(&2)"))
        self.committee_view = record_table(COMMITTEE_COLUMNS, self)
        self.committee_view.setObjectName("committees")
        self.committee_view.setAccessibleName(self.tr("调解委员会"))
        self.add_committee_button = self._button(self.tr("添加调解委员会…"), "add-committee",
                                                 self.add_committee)
        self.tabs.addTab(self._list_page(self.committee_view, self.add_committee_button),
                         self.tr("调解委员会(&3)"))
        self.users_view = record_table(USER_COLUMNS, self)
        self.users_view.setObjectName("users")
        self.users_view.setAccessibleName(self.tr("用户"))
        self.add_user_button = self._button(self.tr("添加用户…"), "add-user", self.add_user)
        self.reset_button = self._button(self.tr("重置密码…"), "reset-password",
                                         self.reset_password)
        self.reset_button.setToolTip(self.tr("为所选用户设置临时密码，用户下次登录时须修改"))
        self.tabs.addTab(self._list_page(self.users_view, self.add_user_button,
                                         self.reset_button), self.tr("用户(&4)"))
        self.templates = TemplatesPage(app, self)
        self.templates.setObjectName("templates-page")
        self.tabs.addTab(self.templates, self.tr("文书模板(&5)"))
        self.holidays = HolidaysPage(app, self)
        self.holidays.setObjectName("holidays-page")
        self.holidays.changed.connect(self.saved.emit)
        self.tabs.addTab(self.holidays, self.tr("节假日(&6)"))
        self.risk_rules = RiskRulesPage(app, self)
        self.risk_rules.setObjectName("risk-rules-page")
        self.risk_rules.changed.connect(self.saved.emit)
        self.tabs.addTab(self.risk_rules, self.tr("风险规则(&7)"))
        self.backup_view: QTableView | None = None
        self.backup_button: QPushButton | None = None
        self.restore_button: QPushButton | None = None
        if app.paths.db_path is not None:  # PostgreSQL is backed up by the server's tools
            self.tabs.addTab(self._backup_page(), self.tr("备份(&8)"))

        self.error = error_label(self)
        self.error.setObjectName("settings-error")
        self.status = QLabel(self)
        self.status.setObjectName("settings-status")
        self.status.setWordWrap(True)
        self.save_button = self._button(self.tr("保存设置"), "save", self.save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("保存“单位与规则”和“备份”页上的设置 (Ctrl+S)"))
        close = self._button(self.tr("关闭"), "close", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(820, 640)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        settings = QGroupBox(self.tr("办案规则"), page)
        box = QVBoxLayout(settings)
        box.addWidget(self.general_form)
        inner = QWidget(page)
        column = QVBoxLayout(inner)
        for group in (self.profile, settings):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(page).addWidget(scroll)
        return page

    def _list_page(self, view: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page

    def _backup_page(self) -> QWidget:
        self.backup_view = record_table(BACKUP_COLUMNS, self)
        self.backup_view.setObjectName("backups")
        self.backup_view.setAccessibleName(self.tr("备份文件"))
        self.backup_button = self._button(self.tr("立即备份"), "backup-now", self.backup_now)
        self.restore_button = self._button(self.tr("从所选备份恢复…"), "restore-backup",
                                           self.restore_selected)
        self.restore_button.setToolTip(self.tr("先核对备份和密钥；当前数据库会先另存一份，不会丢失"))
        open_button = self._button(self.tr("打开备份文件夹"), "open-backups",
                                   lambda: self.open_folder(str(self.app.paths.backup_dir)))
        choose = self._button(self.tr("选择副本文件夹…"), "choose-extra-dir",
                              self.choose_extra_dir)
        page = self._list_page(self.backup_view, open_button, self.restore_button,
                               self.backup_button)
        note = QLabel(self.tr("程序每天启动时自动备份，保留最近 7 天、4 周、12 个月的备份。"
                              "指定副本文件夹后，每次自动备份也复制一份到那里（保存设置后生效）。"),
                      page)
        note.setWordWrap(True)
        folder = QHBoxLayout()
        folder.addWidget(self.backup_form, 1)
        folder.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
        layout.addLayout(folder)
        return page

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.app.actor
        self.app.worker.run(lambda s: load(s, actor), on_done=self._loaded,
                            on_error=self._failed, owner=self)
        self.refresh_backups()
        self.templates.refresh()
        self.holidays.refresh()
        self.risk_rules.refresh()

    def refresh_backups(self) -> None:
        if self.backup_view is None:
            return
        folder = self.app.paths.backup_dir
        self.app.worker.run_plain(lambda: backup_list(folder), on_done=self._backups_loaded,
                                  on_error=self._failed, owner=self)

    def _loaded(self, data: SettingsData) -> None:
        self.data = data
        for form in self.forms:
            for spec in form.fields:
                form.set_value(spec.key, data.settings.get(spec.key))
        self.profile.show_profile(data.profile)
        set_records(self.staff_view, data.staff)
        set_records(self.committee_view, data.committees)
        set_records(self.users_view, data.users)

    def _backups_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.backups = rows
        if self.backup_view is not None:
            set_records(self.backup_view, rows)

    def _failed(self, exc: BaseException, details: str) -> None:
        show_failure(self, None, self.error, exc, details, self.app.dialogs)

    # --- settings ------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The settings whose value differs from what was loaded."""
        if self.data is None:
            return {}
        out = {}
        for form in self.forms:
            for spec in form.fields:
                value = form.value(spec.key)
                if value is None and isinstance(office.DEFAULT_SETTINGS[spec.key], str):
                    value = ""  # an emptied text setting
                if value != self.data.settings.get(spec.key):
                    out[spec.key] = value
        return out

    def save(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.error.hide()
        changed, actor = self.changes(), self.app.actor
        if not changed:
            self.status.setText(self.tr("没有需要保存的改动。"))
            return

        def write(session: Session) -> int:
            for name, value in changed.items():
                office.set_setting(session, actor, name, value)
            return len(changed)

        self.save_button.setEnabled(False)
        self.app.worker.run(write, write=True, on_done=self._saved, on_error=self._save_failed,
                            owner=self)

    def _saved(self, count: int) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("已保存 {0} 项设置。").format(count))
        self.saved.emit()
        self.refresh()

    def _save_failed(self, exc: BaseException, details: str) -> None:
        self.save_button.setEnabled(True)
        field = getattr(exc, "field", None)
        form = next((f for f in self.forms if field in f.editors), self.general_form)
        if form is self.backup_form and self.backup_view is not None:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
        show_failure(self, form, self.error, exc, details, self.app.dialogs)

    # --- staff and users -----------------------------------------------------------------
    def add_staff(self) -> FormDialog:
        actor = self.app.actor
        return self._form(self.tr("添加人员"), STAFF_FIELDS, FormContext(),
                          lambda v: lambda s: office.add_staff(s, actor, v), "staff-form")

    def add_committee(self) -> FormDialog:
        """A committee reporting through this office (counted by kind in the report)."""
        actor = self.app.actor
        dialog = self._form(self.tr("添加调解委员会"), COMMITTEE_FIELDS, FormContext(),
                            lambda v: lambda s: office.add_committee(s, actor, v),
                            "committee-form")
        relabel(dialog.form, "kind", cell_text)
        return dialog

    def add_user(self) -> FormDialog:
        actor = self.app.actor
        staff = {f"{s['name']}（{vocab.label(s['role'])}）": s["id"]
                 for s in (self.data.staff if self.data else [])}

        def service(v: dict[str, Any]) -> Callable[[Session], Any]:
            return lambda s: auth.create_user(
                s, actor, username=v.get("username"), password=v.get("password"),
                role=UserRole(v["role"]), display_name=v.get("display_name"),
                staff_id=staff.get(v.get("staff", "")))

        return self._form(self.tr("添加用户"), USER_FIELDS,
                          FormContext(lists={STAFF_NAMES: list(staff)}), service, "user-form")

    def _form(self, title: str, fields: Sequence[Field], ctx: FormContext,
              service: Callable[[dict[str, Any]], Callable[[Session], Any]],
              name: str) -> FormDialog:
        dialog = FormDialog(title, fields, ctx, service, self.app, self)
        dialog.setObjectName(name)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.show()
        return dialog

    def selected_user(self) -> dict[str, Any] | None:
        return current_record(self.users_view)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            self.app.dialogs.info(self, self.tr("请先在列表中选择一个用户。"))
            return
        username, actor = str(user["username"]), self.app.actor
        new = self.app.dialogs.ask_text(
            self, self.tr("为 {0} 设置临时密码（用户下次登录时须修改）：").format(username),
            self.tr("重置密码"), temporary_password())
        if not new:
            return
        self.app.worker.run(lambda s: auth.reset_password(s, actor, username, new), write=True,
                            on_done=lambda _r: self._password_reset(username, new),
                            on_error=self._failed, owner=self)

    def _password_reset(self, username: str, password: str) -> None:
        self.app.dialogs.info(self, self.tr(
            "已重置 {0} 的密码。\n临时密码：{1}\n请当面告知本人；下次登录时须设置新密码。").format(
            username, password), self.tr("重置密码"))

    # --- backups -------------------------------------------------------------------------
    def backup_now(self) -> None:
        """A manual backup into the backup folder, audited like the command line's."""
        paths, store, actor = self.app.paths, self.app.store, self.app.actor

        def work(job: Any) -> str | None:
            if job.cancelled:
                return None
            return str(store_copies.back_up(store, actor, opening.key_for(paths),
                                            paths.backup_dir / timestamped_name("manual")))

        assert self.backup_button is not None
        self.backup_button.setEnabled(False)
        self.app.worker.run_long(work, parent=self, label=self.tr("正在备份数据库"),
                                 cancel_text=self.tr("取消"), on_done=self._backed_up,
                                 on_error=self._backup_failed)

    def _backed_up(self, path: str | None) -> None:
        assert self.backup_button is not None
        self.backup_button.setEnabled(True)
        if path:
            self.status.setText(self.tr("已备份到 {0}").format(path))
        self.refresh_backups()

    def _backup_failed(self, exc: BaseException, details: str) -> None:
        assert self.backup_button is not None
        self.backup_button.setEnabled(True)
        self._failed(exc, details)

    def restore_selected(self) -> None:
        """Put the selected backup in place of the store, after the administrator confirms.

        As ``mediation-app restore`` does: the backup is checked first, the replaced contents
        are kept in the backup folder, and the restore is recorded in the restored store.
        """
        chosen = current_record(self.backup_view) if self.backup_view is not None else None
        if chosen is None:
            self.app.dialogs.info(self, self.tr("请先在列表中选择一个备份。"))
            return
        when = local_time(chosen["at"])
        if not self.app.dialogs.confirm(self, self.tr(
                "用 {0} 的备份替换当前数据库？\n此后录入的内容将不再出现在数据库中；"
                "当前数据库会先另存到备份文件夹，需要时仍可恢复。").format(when),
                self.tr("从备份恢复")):
            return
        paths, store, actor, source = self.app.paths, self.app.store, self.app.actor, \
            Path(chosen["path"])

        def work(job: Any) -> dict[str, Any] | None:
            if job.cancelled:
                return None
            store_copies.require_admin(actor, "恢复数据库")
            restored = backups.restore(paths, source, opening.key_for(paths))
            with store.transaction() as session:
                store_copies.record_restore(session, actor, source, restored)
            return {"online": restored.online, "kept": [str(p) for p in restored.kept]}

        assert self.restore_button is not None
        self.restore_button.setEnabled(False)
        self.app.worker.run_long(work, parent=self, label=self.tr("正在恢复数据库"),
                                 cancel_text=self.tr("取消"), on_done=self._restored,
                                 on_error=self._restore_failed)

    def _restored(self, result: dict[str, Any] | None) -> None:
        assert self.restore_button is not None
        self.restore_button.setEnabled(True)
        if result is None:
            return
        text = self.tr("已从备份恢复。原数据库已另存为：{0}").format("、".join(result["kept"]))
        if not result["online"]:
            text += "\n" + self.tr("请关闭并重新启动调解台。")
        self.app.dialogs.info(self, text, self.tr("从备份恢复"))
        self.saved.emit()  # every window shows the restored data
        self.refresh()

    def _restore_failed(self, exc: BaseException, details: str) -> None:
        assert self.restore_button is not None
        self.restore_button.setEnabled(True)
        self._failed(exc, details)

    def choose_extra_dir(self) -> None:
        folder = self.choose_folder(self, self.tr("选择备份副本文件夹"))
        if folder and "backup_extra_dir" in self.backup_form.editors:
            self.backup_form.set_value("backup_extra_dir", folder)
