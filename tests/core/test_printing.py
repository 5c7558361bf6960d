"""Stored cases printed through the document engine; attachments checked and appended."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mediation_app.errors import ValidationError
from mediation_app.services import attachments, office, printing
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent
from tests.conftest import days_ago, intake_data

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def agreed(store: Store, admin: Actor) -> int:
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        case = intake.register(session, admin, intake_data())
        actions.act(session, admin, case.id, "accept", {"date": days_ago(19), "mediators": ["王调解"],
                                                        "rights_notice_on": days_ago(19)})
        actions.act(session, admin, case.id, "session", {
            "date": days_ago(15), "place": "村调解室", "record": "双方陈述意见。",
            "participants": [{"name": "王调解", "role": "主持调解员"},
                             {"name": "小周", "role": "记录人"}]})
        actions.act(session, admin, case.id, "agree", {
            "kind": "书面", "date": days_ago(14), "amount": "50000",
            "terms": ["李四于十日内疏通排水沟。", "李四赔偿张三人民币伍万元整。"],
            "performance": {"method": "银行转账", "place": "城关镇", "deadline": days_ago(4)}})
        return case.id


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_agreement_prints_the_case(store: Store, admin: Actor, agreed: int) -> None:
    with store.transaction() as session:
        pdf = printing.render(session, admin, agreed, "agreement")
        printed = session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    text = text_of(pdf).replace(" ", "").replace("\n", "")
    for expected in ("人民调解协议书", "城关人调字第1号", "张三", "李四", "疏通排水沟", "一式三份",
                     "城关镇人民调解委员会"):
        assert expected in text, expected
    assert "110105194912310038" not in text
    assert len(printed) == 1 and printed[0].changes["kind"] == "agreement"


def test_case_file_appends_attachments(store: Store, admin: Actor, agreed: int) -> None:
    with store.transaction() as session:
        attachments.add(session, admin, agreed, filename="../../etc/回执.png", content=PNG,
                        category="履行凭证")
        assert attachments.listing(session, agreed)[0]["filename"] == "回执.png"
        pdf = printing.render(session, admin, agreed, "file")
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4


def test_attachment_type_and_size_checked(store: Store, admin: Actor, agreed: int) -> None:
    with pytest.raises(ValidationError, match="PDF"), store.transaction() as session:
        attachments.add(session, admin, agreed, filename="x.pdf", content=b"MZ\x90\x00",
                        category="证据")
    with pytest.raises(ValidationError, match="过大"), store.transaction() as session:
        attachments.add(session, admin, agreed, filename="big.pdf",
                        content=b"%PDF-" + b"0" * (21 * 1024 * 1024), category="证据")


def test_opening_an_attachment_is_checked_and_audited(store: Store, admin: Actor, agreed: int
                                                      ) -> None:
    from mediation_app.domain.enums import UserRole
    from mediation_app.errors import PermissionDenied
    from mediation_app.services import auth

    with store.transaction() as session:
        added = attachments.add(session, admin, agreed, filename="r.png", content=PNG,
                                category="履行凭证")
        stats = auth.create_user(session, admin, username="tongji", password="Tongji-2026",
                                 role=UserRole.STATISTICIAN)
    with store.transaction() as session:
        assert attachments.content(session, admin, added["id"]) == PNG
        opened = session.scalars(select(AuditEvent).where(AuditEvent.action == "open")).all()
        assert len(opened) == 1
    with pytest.raises(PermissionDenied), store.transaction() as session:
        attachments.content(session, stats, added["id"])
