"""The intake wizard: inline ID checks, referral fields on demand, service messages on the
page and field they concern, one register call."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from mediation_app.services.cases import views
from mediation_app.services.cases.access import load
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.intake_wizard import IntakeWizard


def open_wizard(qtbot: Any, ctx: AppContext) -> IntakeWizard:
    wizard = IntakeWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wait_idle(qtbot, ctx)
    return wizard


def error(form: Any, key: str) -> QLabel:
    return form.errors[key]


def test_id_number_fills_and_checks_sex_and_birth(qtbot: Any, app_ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, app_ctx)
    first, second = wizard.parties.forms
    first.set_value("id_number", "110105194912310039")  # wrong check character
    assert "校验位" in error(first, "id_number").text()
    assert not wizard.parties.validatePage()
    first.set_value("id_number", "110105194912310038")
    assert not error(first, "id_number").isVisible()
    assert (first.value("sex"), first.value("birth_date")) == ("男", "1949-12-31")
    second.set_value("sex", "男")
    second.set_value("id_number", "11010519491231002X")  # a woman's number
    assert "与性别不符" in error(second, "id_number").text()
    second.set_value("sex", "女")
    assert not error(second, "id_number").isVisible()
    assert wizard.parties.validatePage()


def test_referral_fields_only_for_referred_cases(qtbot: Any, app_ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, app_ctx)
    form = wizard.dispute.form
    assert not form.is_shown("referral.unit")
    assert "referral" not in wizard.data()
    form.set_value("source", "法院委派")
    assert form.is_shown("referral.unit")
    form.set_value("referral.unit", "城关区人民法院")
    assert wizard.data()["referral"] == {"unit": "城关区人民法院"}


def test_service_errors_go_to_their_page_and_field(qtbot: Any, app_ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, app_ctx)
    first, second = wizard.parties.forms
    first.set_value("name", "张三")
    second.set_value("phone", "13900139000")  # a second party without a name
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.confirm
    wizard.save()
    wait_idle(qtbot, app_ctx)
    assert wizard.currentPage() is wizard.parties
    assert wizard.parties.tabs.currentIndex() == 1
    assert "姓名/名称" in error(second, "name").text()
    second.set_value("name", "李四")
    wizard.save()
    wait_idle(qtbot, app_ctx)
    assert wizard.currentPage() is wizard.facts  # summary is required
    assert "必填" in error(wizard.facts.form, "summary").text()


def test_blank_party_tab_is_left_out_and_checklist_is_saved(qtbot: Any,
                                                           app_ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, app_ctx)
    wizard.parties.forms[0].set_value("name", "张三")
    wizard.parties.forms[0].set_value("id_number", "110105194912310038")
    wizard.facts.form.set_value("summary", "张三与邻居因排水沟发生纠纷。")
    checklist = wizard.checklist.form
    assert checklist.fields
    ticked = next(spec for spec in checklist.fields if spec.kind.name == "BOOL")
    checklist.set_value(ticked.key, True)
    created: list[int] = []
    wizard.created.connect(created.append)
    wizard.save()
    wait_idle(qtbot, app_ctx)
    assert created, [e.text() for e in wizard.findChildren(QLabel, "intake-error")]
    with app_ctx.store.transaction(write=False) as session:
        case = views.case_dict(session, app_ctx.actor, load(session, created[0]))
    assert [p["name"] for p in case["parties"]] == ["张三"]
    code = ticked.key.split(".", 1)[1]
    assert any(r["code"] == code for r in case["risk"]["reasons"])


def test_earlier_cases_of_a_party_are_hinted_with_links(qtbot: Any, app_ctx: AppContext) -> None:
    from mediation_app.services.cases import intake
    from tests.conftest import intake_data

    with app_ctx.store.transaction() as session:
        earlier = intake.register(session, app_ctx.actor, intake_data())
        number, case_id = earlier.number, earlier.id
    wizard = open_wizard(qtbot, app_ctx)
    opened: list[int] = []
    wizard.parties.open_case = opened.append
    first = wizard.parties.forms[0]
    first.set_value("id_number", "110105194912310038")
    qtbot.waitUntil(lambda: first.history.isVisible(), timeout=10_000)
    assert "1 件既往案件" in first.history.text() and number in first.history.text()
    first.history.linkActivated.emit(f"case:{case_id}")
    assert opened == [case_id]
    first.set_value("id_number", "")
    first.set_value("phone", "")
    qtbot.waitUntil(lambda: not first.history.isVisible(), timeout=10_000)
