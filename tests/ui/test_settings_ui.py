"""设置: changes persist and are audited, wrong values stay next to their field, staff and
users are added, passwords reset, backups made and listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from sqlalchemy import select

from mediation_app.services import auth, office
from mediation_app.storage.models import AuditEvent, User
from tests.conftest import ADMIN_PASSWORD
from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, wait_idle
from tests.ui.test_english import chinese_left
from ui import i18n
from ui.context import AppContext
from ui.models.records import RECORD_ROLE
from ui.settings_dialog import (
    BACKUP_FIELDS,
    GENERAL_FIELDS,
    SettingsDialog,
    shown_fields,
    temporary_password,
)


def settings_dialog(qtbot: Any, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def audited(ctx: AppContext, entity: str) -> list[dict[str, Any]]:
    with ctx.store.transaction(write=False) as session:
        return [e.changes for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


def rows(view: Any) -> list[dict[str, Any]]:
    model = view.model()
    return [model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount(QModelIndex()))]


def test_settings_changes_persist_and_are_audited(qtbot: Any, app_ctx: AppContext,
                                                  tmp_path: Path) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    form = dialog.general_form
    assert form.value("deadline_days") == 30 and form.value("retention") == "长期"
    assert dialog.profile.form.value("name") == "城关司法所"
    assert dialog.profile.code.text() == "OFFICE-1"
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.risk_rules)) == "风险规则(&7)"
    dialog.save()
    assert dialog.status.text() == "没有需要保存的改动。"

    form.set_value("deadline_days", 45)
    form.set_value("allow_15_digit_id", True)
    form.set_value("idle_lock_minutes", 5)
    dialog.choose_folder = lambda _p, _t: str(tmp_path)
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "choose-extra-dir"),
                     Qt.MouseButton.LeftButton)
    assert dialog.changes() == {"deadline_days": 45, "allow_15_digit_id": True,
                                "idle_lock_minutes": 5, "backup_extra_dir": str(tmp_path)}
    screens.save(dialog, "settings", i18n.current())
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_ctx)
    assert dialog.status.text() == "已保存 4 项设置。"
    with app_ctx.store.transaction(write=False) as session:
        saved = office.settings(session)
    assert (saved["deadline_days"], saved["allow_15_digit_id"], saved["idle_lock_minutes"],
            saved["backup_extra_dir"]) == (45, True, 5, str(tmp_path))
    assert {"deadline_days": {"before": 30, "after": 45}} in audited(app_ctx, "setting")
    assert len(audited(app_ctx, "setting")) == 4

    again = settings_dialog(qtbot, app_ctx)
    assert again.general_form.value("deadline_days") == 45
    assert again.backup_form.value("backup_extra_dir") == str(tmp_path)


def test_a_refused_value_is_shown_next_to_its_field(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    dialog.general_form.set_value("attachment_max_mb", None)  # emptied: not a number
    dialog.save()
    wait_idle(qtbot, app_ctx)
    error = dialog.general_form.errors["attachment_max_mb"]
    assert error.isVisible() and "类型不正确" in error.text()
    assert audited(app_ctx, "setting") == []


def test_every_setting_has_a_field() -> None:
    keys = {f.key for f in shown_fields(GENERAL_FIELDS + BACKUP_FIELDS)}
    assert set(office.DEFAULT_SETTINGS) - keys == {"retention_years"}  # the table behind 保管期限


def test_staff_and_users_are_added(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    assert "王调解" in [r["name"] for r in rows(dialog.staff_view)]
    staff = dialog.add_staff()
    staff.form.set_value("name", "周调解")
    staff.form.set_value("role", "调解员")
    staff.form.set_value("membership", "聘任")
    staff.form.set_value("full_time", True)
    staff.form.set_value("phone", "123")
    staff.submit()
    wait_idle(qtbot, app_ctx)
    assert staff.isVisible() and staff.form.errors["phone"].isVisible()
    staff.form.set_value("phone", "13900001111")
    staff.submit()
    wait_idle(qtbot, app_ctx)
    added = [r for r in rows(dialog.staff_view) if r["name"] == "周调解"]
    assert added and added[0]["membership"] == "聘任" and added[0]["full_time"] is True

    user = dialog.add_user()
    user.form.set_value("username", "zhou")
    user.form.set_value("role", "调解员")
    user.form.set_value("password", "short")
    user.form.set_value("staff", "周调解（调解员）")
    user.submit()
    wait_idle(qtbot, app_ctx)
    assert "密码至少 8 位" in user.form.errors["password"].text()
    user.form.set_value("password", "Zhou-2026x")
    user.submit()
    wait_idle(qtbot, app_ctx)
    assert not user.isVisible()
    assert "zhou" in [r["username"] for r in rows(dialog.users_view)]
    with app_ctx.store.transaction(write=False) as session:
        row = session.scalar(select(User).where(User.username == "zhou"))
        assert row is not None and row.staff_id == added[0]["id"]


def test_password_reset_with_a_temporary_password(qtbot: Any, app_ctx: AppContext,
                                                  dialogs: RecordingDialogs) -> None:
    with app_ctx.store.transaction() as session:
        auth.create_user(session, app_ctx.actor, username="li", password="Li-pass-2026",
                         role=auth.UserRole.MEDIATOR)
    dialog = settings_dialog(qtbot, app_ctx)
    dialog.reset_password()
    assert dialogs.shown[-1] == ("info", "请先在列表中选择一个用户。")
    row = [r["username"] for r in rows(dialog.users_view)].index("li")
    dialog.users_view.setCurrentIndex(dialog.users_view.model().index(row, 0))
    suggestion = temporary_password()
    dialogs.answers.append(suggestion)
    dialog.reset_password()
    wait_idle(qtbot, app_ctx)
    assert dialogs.shown[-2][0] == "ask" and "li" in dialogs.shown[-2][1]
    assert dialogs.shown[-1][0] == "info" and suggestion in dialogs.shown[-1][1]
    with app_ctx.store.transaction() as session:
        signed_in = auth.authenticate(session, "li", suggestion)
    assert signed_in.must_change_password
    with app_ctx.store.transaction() as session:  # the administrator is untouched
        assert auth.authenticate(session, "admin", ADMIN_PASSWORD).username == "admin"


def test_backup_now_lists_the_new_backup_and_is_audited(qtbot: Any, app_ctx: AppContext
                                                         ) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    assert dialog.backup_view is not None and dialog.backup_button is not None
    assert rows(dialog.backup_view) == []
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    [backup] = rows(dialog.backup_view)
    assert backup["reason"] == "manual" and Path(backup["path"]).is_file()
    assert dialog.backup_view.model().index(0, 1).data() == "手动"
    assert audited(app_ctx, "store") == [{"file": backup["path"]}]
    opened: list[str] = []
    dialog.open_folder = lambda path: opened.append(path) or True
    qtbot.mouseClick(dialog.findChild(type(dialog.backup_button), "open-backups"),
                     Qt.MouseButton.LeftButton)
    assert opened == [str(app_ctx.paths.backup_dir)]


def test_models_pass_qtmodeltester(qtbot: Any, qtmodeltester: Any, app_ctx: AppContext
                                   ) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    for view in (dialog.staff_view, dialog.users_view, dialog.backup_view,
                 dialog.committee_view):
        qtmodeltester.check(view.model())


def test_english_settings_dialog(qtbot: Any, app_ctx: AppContext) -> None:
    assert i18n.install(i18n.ENGLISH)
    dialog = settings_dialog(qtbot, app_ctx)
    found = chinese_left(dialog)
    for form_dialog in (dialog.add_staff(), dialog.add_user(), dialog.add_committee()):
        found += chinese_left(form_dialog)
        form_dialog.reject()
    assert found == []
    screens.save(dialog, "settings", i18n.ENGLISH)


def test_the_menu_opens_settings_and_a_save_refreshes_the_window(qtbot: Any,
                                                                  app_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, app_ctx)
    action = window.findChild(QAction, "settings")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+,"
    action.trigger()
    dialog = window.tool_windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    wait_idle(qtbot, app_ctx)
    dialog.general_form.set_value("idle_lock_minutes", 3)
    with qtbot.waitSignal(window.settings_changed):  # the application re-reads the idle time
        dialog.save()
    wait_idle(qtbot, app_ctx)
    assert dialog.status.text() == "已保存 1 项设置。"


def test_committees_are_listed_and_added(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    assert [r["name"] for r in rows(dialog.committee_view)] == ["城关镇人民调解委员会"]
    form_dialog = dialog.add_committee()
    kind = form_dialog.form.editor("kind")
    assert kind.itemText(kind.findData("村")) == "村"
    form_dialog.form.set_value("name", "幸福村人民调解委员会")
    form_dialog.form.set_value("kind", "村")
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert [r["kind"] for r in rows(dialog.committee_view)] == ["乡镇街道", "村"]
    assert audited(app_ctx, "committee") == [{"name": "幸福村人民调解委员会", "kind": "村"}]


def test_restore_from_a_selected_backup(qtbot: Any, app_ctx: AppContext,
                                        dialogs: RecordingDialogs) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    assert dialog.backup_button is not None and dialog.restore_button is not None
    dialog.restore_selected()
    assert dialogs.shown[-1] == ("info", "请先在列表中选择一个备份。")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    dialog.general_form.set_value("deadline_days", 45)
    dialog.save()
    wait_idle(qtbot, app_ctx)
    assert dialog.general_form.value("deadline_days") == 45

    assert dialog.backup_view is not None
    dialog.backup_view.setCurrentIndex(dialog.backup_view.model().index(0, 0))
    dialogs.answers.append(False)  # "no" changes nothing
    dialog.restore_selected()
    wait_idle(qtbot, app_ctx)
    assert dialogs.shown[-1][0] == "confirm" and dialog.general_form.value("deadline_days") == 45
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # confirmed
        wait_idle(qtbot, app_ctx)
    wait_idle(qtbot, app_ctx)
    assert dialogs.shown[-1][0] == "info" and "已从备份恢复" in dialogs.shown[-1][1]
    assert dialog.general_form.value("deadline_days") == 30
    with app_ctx.store.transaction(write=False) as session:
        assert office.settings(session)["deadline_days"] == 30
    assert [r["reason"] for r in rows(dialog.backup_view)].count("before-restore") == 1
    assert [c["authorised_by"] for c in audited(app_ctx, "store") if "kept" in c] == [
        "administrator"]
