"""The search box: which cases a typed text finds, as a condition on ``Case.id``.

Every shape here is chosen so that an index answers it on a million cases (see
docs in migration 0003): ID number, phone and party name by their indexes, case numbers
by the unique index, 3+ characters by the FTS5 trigram table. Two characters cannot be a
trigram query; they are expanded through the trigram vocabulary (every indexed trigram
starting with them) plus the index on the text's last two characters. One character is a
scan in id order, which the first page of newest cases stops early.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, exists, func, literal_column, select, text, union
from sqlalchemy.orm import Session

from mediation_app.storage.models import Case, CaseText, Party

NUMBER_HINT = re.compile(r"人调|调字|第\d+号|^[（(]\d{4}[)）]")
SEQ = re.compile(r"第(\d+)号")
ID_NUMBER = re.compile(r"^\d{17}[\dXx]$|^\d{15}$")
PHONE = re.compile(r"^(\+86)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$")
# above this many trigrams a two-character query is cheaper as a scan of the newest cases
MAX_TERMS = 2000
TOP = chr(0x10FFFF)


def text_condition(session: Session, query_text: str) -> Any:
    """Case ids matching a search text: number, ID number, phone, name or full text."""
    q = query_text.strip()
    if ID_NUMBER.match(q):
        return Case.id.in_(select(Party.case_id).where(Party.id_number == q.upper()))
    if PHONE.match(q.replace(" ", "")):
        phone = q.replace(" ", "").removeprefix("+86")
        return Case.id.in_(select(Party.case_id).where(Party.phone == phone))
    if NUMBER_HINT.search(q):
        return _number_condition(session, q)
    by_name = select(Party.case_id).where(Party.name == q)
    found = _text_matches(session, q)
    if found is None:  # correlated, so the newest cases are checked first and a page stops early
        return (exists().where(Party.case_id == Case.id, Party.name == q)
                | exists().where(CaseText.case_id == Case.id, _like(q)))
    return Case.id.in_(union(by_name, *found))


def _text_matches(session: Session, q: str) -> list[Select[Any]] | None:
    """Queries of the case ids whose text contains ``q``; None where only a scan can tell."""
    if session.get_bind().dialect.name != "sqlite":  # pg_trgm's GIN index serves LIKE
        return [select(CaseText.case_id).where(_like(q))]
    if len(q) >= 3:
        return [_trigram_match(_phrase(q))]
    if len(q) == 2:
        terms = _terms_starting(session, q.lower())
        if terms is not None:
            found = [_tail_match(q)]
            if terms:
                found.append(_trigram_match(" OR ".join(_phrase(t) for t in terms)))
            return found
    return None


def _number_condition(session: Session, q: str) -> Any:
    """A whole or leading part of a number by the unique index; a fragment by its sequence."""
    q = q.replace("(", "（").replace(")", "）")
    if q.startswith("（"):
        if session.get_bind().dialect.name == "sqlite":  # BINARY collation: a plain range
            return Case.number.between(q, q + TOP)
        return Case.number.startswith(q, autoescape=True)
    fragment = Case.number.like(f"%{_escape(q)}%", escape="\\")
    seq = SEQ.search(q)
    return (Case.seq == int(seq[1])) & fragment if seq else fragment


def _escape(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(q: str) -> Any:
    return CaseText.body.like(f"%{_escape(q)}%", escape="\\")


def _phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def _trigram_match(expression: str) -> Select[Any]:
    return select(literal_column("rowid")).select_from(text("case_fts")).where(
        text("case_fts MATCH :expression").bindparams(expression=expression))


def _terms_starting(session: Session, prefix: str) -> list[str] | None:
    """Indexed trigrams that start with ``prefix``; None if there are too many to OR."""
    session.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_fts_terms "
                         "USING fts5vocab(main, case_fts, row)"))
    terms = session.scalars(
        text("SELECT term FROM temp.case_fts_terms WHERE term >= :low AND term < :high "
             "LIMIT :cap").bindparams(low=prefix, high=prefix + TOP, cap=MAX_TERMS + 1)).all()
    return None if len(terms) > MAX_TERMS else list(terms)


def _tail_match(q: str) -> Select[Any]:
    """Texts ending in ``q``: the one place no trigram starts with it (index ix_case_text_tail)."""
    # written out as in the index: a bound -2 would not match the indexed expression
    return select(CaseText.case_id).where(
        func.lower(func.substr(CaseText.body, literal_column("-2"))) == q.lower())
