"""A template as it prints, for a fictitious sample case, before the office saves it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediation_app.documents import KINDS, DocumentError
from mediation_app.documents.sample import sample_case
from mediation_app.domain import tomltext
from mediation_app.errors import ValidationError
from mediation_app.services import office, office_templates, printing


def preview(session: Session, name: str, text: str) -> bytes:
    """PDF of the document ``name`` prints with ``text`` (parts of the 卷宗: the whole file).

    Only the sample case is printed, so nothing is audited and any user may look.
    """
    problems = office_templates.check(text)
    if problems:
        raise ValidationError("模板" + tomltext.summary(problems), "invalid template",
                              field="text")
    row = office.the_office(session)
    case = sample_case(row.committee_name, row.name, row.number_prefix)
    texts = {**office_templates.overrides(session), name: text}
    engine = printing.engine().with_templates(texts)
    try:
        return engine.render(name if name in KINDS else "file", case)
    except DocumentError as exc:
        raise ValidationError(str(exc), "the preview cannot be produced") from exc
