"""The generic form: nested payloads, field paths from service errors, hidden fields."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit

from mediation_app.domain.lifecycle import Action
from ui import action_forms, qt_compat
from ui.forms import Field, FormContext, FormWidget, Kind, resolve_field


def test_resolve_field_paths() -> None:
    keys = ["date", "participants", "performance.deadline", "referral.unit"]
    assert resolve_field("date", keys) == ("date", None)
    assert resolve_field("participants[2].consent", keys) == ("participants", 2)
    assert resolve_field("performance.deadline", keys) == ("performance.deadline", None)
    assert resolve_field("referral", keys) == (None, None)
    assert resolve_field("mediators[0]", keys) == (None, None)


def test_values_are_nested_and_blank_fields_left_out(qtbot: Any) -> None:
    form = FormWidget((
        Field("kind", "协议形式", Kind.CHOICE, choices=("书面", "口头")),
        Field("performance.method", "履行方式"),
        Field("performance.place", "履行地点"),
        Field("amount", "协议金额", Kind.AMOUNT),
        Field("public", "公开调解", Kind.BOOL),
        Field("personal_status", "涉及身份关系", Kind.BOOL, omit_false=True),
        Field("terms", "协议条款", Kind.LIST),
        Field("unit", "移送单位", shown_if=("kind", lambda k: k == "口头")),
    ), FormContext(defaults={"terms": ["第一条"]}))
    qtbot.addWidget(form)
    form.set_value("performance.method", " 现金 ")
    form.set_value("unit", "法院")
    assert form.values() == {"kind": "书面", "performance": {"method": "现金"},
                             "public": False, "terms": ["第一条"]}
    form.set_value("kind", "口头")
    assert form.values()["unit"] == "法院"
    assert form.show_error("performance.place", "履行地点：过长")
    assert form.errors["performance.place"].text() == "履行地点：过长"
    assert not form.show_error("nothing", "x")
    assert isinstance(form.editor("performance.method"), QLineEdit)


def test_every_action_has_a_form() -> None:
    assert set(action_forms.ACTION_FIELDS) == set(Action)


def test_table_rows_become_records(qtbot: Any) -> None:
    ctx = action_forms.form_context(
        {"mediators": [{"name": "王调解"}], "parties": [{"name": "张三"}], "deadline": None},
        [{"name": "王调解", "role": "调解员"}, {"name": "孙网格", "role": "网格员"}])
    form = FormWidget(action_forms.ACTION_FIELDS[Action.SESSION], ctx)
    qtbot.addWidget(form)
    table = form.editor("participants")
    table.add_row({"name": "孙网格", "role": "网格员", "consent": True})
    table.add_row({})  # blank rows are not entries
    assert form.values()["participants"] == [
        {"name": "王调解", "role": "主持调解员"},
        {"name": "孙网格", "role": "网格员", "consent": True}]


def test_singletons_cannot_be_drained_by_pyside() -> None:
    """See ui.qt_compat: void calls must not run None's reference count down to zero."""
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > qt_compat.MARGIN // 2
        assert sys.getrefcount(True) > qt_compat.MARGIN // 2
    assert not qt_compat.protect_singletons()  # applied once, when ui was imported


def test_amount_shows_in_words_as_typed(qtbot: Any) -> None:
    form = FormWidget([Field("amount", "协议金额", Kind.AMOUNT)])
    qtbot.addWidget(form)
    words = form.findChild(QLabel, "amount-words")
    form.set_value("amount", "50000")
    assert words.text() == "人民币伍万元整（¥50,000.00）"
    form.set_value("amount", "12.345")
    assert words.text() == ""
