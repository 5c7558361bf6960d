"""Office copies of the document templates: copy, edit, validate, preview, print, revert."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import NotFoundError, PermissionDenied, ValidationError
from mediation_app.services import office, office_templates, printing, template_preview
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent
from tests.core.test_printing import agreed  # noqa: F401  (fixture)

LETTERHEAD = "城关镇人民调解委员会专用"


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join(page.extract_text() for page in pages).replace(" ", "").replace("\n", "")


def with_letterhead(text: str) -> str:
    fields = office_templates.fields(text)
    heading = next(f for f in fields if f["type"] == "heading")
    return office_templates.set_fields(text, {heading["line"]: LETTERHEAD})


def test_list_copy_edit_revert(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        listed = {t["name"]: t for t in office_templates.list_templates(session)}
        assert listed["agreement"] == {"name": "agreement", "title": "人民调解协议书",
                                       "source": "shipped"}
        copied = office_templates.copy_shipped(session, admin, "agreement")
        assert copied["source"] == "office"
        with pytest.raises(ValidationError):
            office_templates.copy_shipped(session, admin, "agreement")
        saved = office_templates.save(session, admin, "agreement",
                                      with_letterhead(copied["text"]))
        assert LETTERHEAD in saved["text"]
        assert office_templates.list_templates(session)[0]["source"] == "office"
        assert office.settings(session) == office.DEFAULT_SETTINGS
        reverted = office_templates.revert(session, admin, "agreement")
        assert reverted["source"] == "shipped" and LETTERHEAD not in reverted["text"]
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "template").order_by(AuditEvent.id)).all()
    assert [(e.action, e.changes["template"]) for e in events] == [
        ("update", "agreement"), ("update", "agreement"), ("revert", "agreement")]
    assert events[0].changes["before"] == "出厂模板"


def test_office_copy_is_what_prints(store: Store, admin: Actor, agreed: int) -> None:  # noqa: F811
    with store.transaction() as session:
        text = with_letterhead(office_templates.shipped_text("agreement"))
        office_templates.save(session, admin, "agreement", text)
        assert LETTERHEAD in text_of(printing.render(session, admin, agreed, "agreement"))
        office_templates.revert(session, admin, "agreement")
        assert LETTERHEAD not in text_of(printing.render(session, admin, agreed, "agreement"))


def test_invalid_template_never_saved(store: Store, admin: Actor) -> None:
    broken = office_templates.shipped_text("agreement").replace(
        "{agreement.facts}", "{agreement.fact}")
    problems = office_templates.check(broken)
    line = next(i for i, t in enumerate(broken.splitlines(), 1) if "{agreement.fact}" in t)
    [problem] = problems
    assert "agreement.fact" in problem.message
    assert problem.line is not None and problem.line < line  # its [[sections]] header
    assert broken.splitlines()[problem.line - 1].strip() == "[[sections]]"
    assert office_templates.check('title = "x"\nsections = [\n')[0].line == 2
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        office_templates.save(session, admin, "agreement", broken)
    assert f"第{problem.line}行" in caught.value.message
    with store.transaction(write=False) as session:
        assert office_templates.get(session, "agreement")["source"] == "shipped"


def test_preview_renders_the_sample_case(store: Store, admin: Actor) -> None:
    with store.transaction(write=False) as session:
        text = with_letterhead(office_templates.shipped_text("agreement"))
        shown = text_of(template_preview.preview(session, "agreement", text))
        assert LETTERHEAD in shown and "城关人调字第1号" in shown and "张某某" in shown
        cover = text_of(template_preview.preview(
            session, "toc", office_templates.shipped_text("toc")))
        assert "卷内目录" in cover
        with pytest.raises(ValidationError):
            template_preview.preview(session, "agreement", "title = 3")


def test_rights_and_names(store: Store, admin: Actor) -> None:
    clerk = Actor(user_id=None, username="clerk", role=UserRole.MEDIATOR)
    with pytest.raises(PermissionDenied), store.transaction() as session:
        office_templates.copy_shipped(session, clerk, "agreement")
    with pytest.raises(NotFoundError), store.transaction() as session:
        office_templates.copy_shipped(session, admin, "../rules")


def test_set_fields_keeps_everything_else() -> None:
    text = office_templates.shipped_text("rights-notice")
    fields = office_templates.fields(text)
    assert fields[0]["type"] == "title"
    assert {"heading", "paragraph", "item"} <= {f["type"] for f in fields}
    changed = office_templates.set_fields(text, {f["line"]: f["value"] + "“改”\\"
                                                 for f in fields})
    assert office_templates.check(changed) == []
    after = office_templates.fields(changed)
    assert [f["value"] for f in after] == [f["value"] + "“改”\\" for f in fields]
    assert [a for a, b in zip(changed.splitlines(), text.splitlines(), strict=True)
            if a != b] == [changed.splitlines()[f["line"] - 1] for f in fields]
    with pytest.raises(ValidationError):
        office_templates.set_fields(text, {1: "x"} if not text.startswith("title") else {2: "x"})
