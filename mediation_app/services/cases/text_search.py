"""The search box: which cases a typed text finds, as a condition on ``Case.id``.

Every shape here is chosen so that an index answers it on a million cases (see
docs in migrations 0003 and 0004): ID number, phone and party name by their indexes, case
numbers by the unique index (a pattern index on PostgreSQL), 3+ characters by the FTS5
trigram table (pg_trgm on PostgreSQL). Two characters cannot be a trigram query; on SQLite
they are expanded through the trigram vocabulary (every indexed trigram starting with them)
plus the index on the text's last two characters. Otherwise a short text is a scan in id
order, which the first page of newest cases stops early.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, exists, func, literal_column, select, text, union

from mediation_app.storage.driver import DriverReads
from mediation_app.storage.models import Case, CaseText, Party

NUMBER_HINT = re.compile(r"人调|调字|第\d+号|^[（(]\d{4}[)）]")
SEQ = re.compile(r"第(\d+)号")
ID_NUMBER = re.compile(r"^\d{17}[\dXx]$|^\d{15}$")
PHONE = re.compile(r"^(\+86)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$")
# above this many trigrams a two-character query is cheaper as a scan of the newest cases
MAX_TERMS = 2000
TOP = chr(0x10FFFF)


@dataclass(frozen=True)
class Condition:
    """A condition as its shape, its values and how to build it with named parameters.

    Building and compiling SQLAlchemy constructs costs more than SQLite answering a search
    by number; the list compiles each shape once (``storage.driver``) and only the values
    change from one search to the next.
    """

    key: Hashable
    values: dict[str, Any]
    build: Callable[[], Any]


def text_condition(reads: DriverReads, query_text: str) -> Condition:
    """Case ids matching a search text: number, ID number, phone, name or full text."""
    q = query_text.strip()
    if ID_NUMBER.match(q):
        return Condition("id_number", {"id_number": q.upper()}, lambda: Case.id.in_(
            select(Party.case_id).where(Party.id_number == bindparam("id_number"))))
    if PHONE.match(q.replace(" ", "")):
        phone = q.replace(" ", "").removeprefix("+86")
        return Condition("phone", {"phone": phone}, lambda: Case.id.in_(
            select(Party.case_id).where(Party.phone == bindparam("phone"))))
    if NUMBER_HINT.search(q):
        return _number_condition(reads.sqlite, q)
    return _text_condition(reads, q)


def _text_condition(reads: DriverReads, q: str) -> Condition:
    """A party's name, or the text of the case by the fastest means the store has."""
    values = {"name": q, "like": f"%{_escape(q)}%"}
    if len(q) >= 3 and reads.sqlite:
        return Condition("trigram", {"name": q, "expression": _phrase(q)},
                         lambda: _matches(_trigram_match()))
    if len(q) >= 3:  # pg_trgm's GIN index serves LIKE of three characters or more
        return Condition("like", values, lambda: _matches(
            select(CaseText.case_id).where(_like())))
    terms = _terms_starting(reads, q.lower()) if reads.sqlite and len(q) == 2 else None
    if terms is None:  # correlated, so the newest cases are checked first and a page stops early
        return Condition("scan", values, lambda: (
            exists().where(Party.case_id == Case.id, Party.name == bindparam("name"))
            | exists().where(CaseText.case_id == Case.id, _like())))
    two = {"name": q, "tail": q.lower()}
    if not terms:
        return Condition("tail", two, lambda: _matches(_tail_match()))
    two["expression"] = " OR ".join(_phrase(t) for t in terms)
    return Condition("tail+trigram", two, lambda: _matches(_tail_match(), _trigram_match()))


def _matches(*found: Select[Any]) -> Any:
    by_name = select(Party.case_id).where(Party.name == bindparam("name"))
    return Case.id.in_(union(by_name, *found))


def _number_condition(sqlite: bool, q: str) -> Condition:
    """A whole or leading part of a number by the unique index; a fragment by its sequence."""
    q = q.replace("(", "（").replace(")", "）")
    if q.startswith("（"):
        if sqlite:  # BINARY collation: a plain range
            return Condition("number range", {"low": q, "high": q + TOP}, lambda: (
                Case.number.between(bindparam("low"), bindparam("high"))))
        return Condition("number prefix", {"prefix": _escape(q) + "%"}, lambda: (
            Case.number.like(bindparam("prefix"), escape="\\")))
    values: dict[str, Any] = {"fragment": f"%{_escape(q)}%"}
    seq = SEQ.search(q)
    if seq is None:
        return Condition("number fragment", values, _fragment)
    values["seq"] = int(seq[1])
    return Condition("number seq", values, lambda: (Case.seq == bindparam("seq")) & _fragment())


def _fragment() -> Any:
    return Case.number.like(bindparam("fragment"), escape="\\")


def _escape(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like() -> Any:
    return CaseText.body.like(bindparam("like"), escape="\\")


def _phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def _trigram_match() -> Select[Any]:
    return select(literal_column("rowid")).select_from(text("case_fts")).where(
        text("case_fts MATCH :expression"))


def _terms_starting(reads: DriverReads, prefix: str) -> list[str] | None:
    """Indexed trigrams that start with ``prefix``; None if there are too many to OR."""
    reads.run("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_fts_terms "
              "USING fts5vocab(main, case_fts, row)")
    terms = reads.run("SELECT term FROM temp.case_fts_terms WHERE term >= ? AND term < ? "
                      "LIMIT ?", (prefix, prefix + TOP, MAX_TERMS + 1))
    return None if len(terms) > MAX_TERMS else [t for (t,) in terms]


def _tail_match() -> Select[Any]:
    """Texts ending in the text (index ix_case_text_tail): the one place no trigram starts."""
    # written out as in the index: a bound -2 would not match the indexed expression
    return select(CaseText.case_id).where(
        func.lower(func.substr(CaseText.body, literal_column("-2"))) == bindparam("tail"))
