"""What happens at and after the table: sessions, agreement, performance, follow-ups."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, cast

from mediation_app.demo import narratives as nv
from mediation_app.demo.draft import Draft, Record, at
from mediation_app.demo.draw import Uniform, Weighted, between, pick
from mediation_app.demo.names import People
from mediation_app.demo.roster import Member, Roster
from mediation_app.demo.writer import Batch, Values
from mediation_app.domain.enums import (
    AgreementKind,
    DisputeType,
    ParticipantRole,
    PreventionKind,
    RiskLevel,
    Sex,
    Source,
    StaffRole,
)

SATISFACTION = Weighted(("满意", 80), ("基本满意", 18), ("不满意", 2))
WRITTEN, ORAL = AgreementKind.WRITTEN.value, AgreementKind.ORAL.value
PRESIDING, MEDIATOR = ParticipantRole.PRESIDING.value, ParticipantRole.MEDIATOR.value
TABLE_ROLES = ((ParticipantRole.RECORDER.value, StaffRole.RECORDER),
               (ParticipantRole.LEGAL_ADVISER.value, StaffRole.LEGAL_ADVISER),
               (ParticipantRole.LEGAL_LITERATE.value, StaffRole.LEGAL_LITERATE))

Participant = tuple[str, str, str | None, int | None, bool | None]


class Proceedings:
    """Builds the rows of a case's proceedings from its draft, with the office's people."""

    def __init__(self, r: Uniform, people: People, roster: Roster, *, room: str, court: str,
                 court_code: str, station: str, values: Values) -> None:
        self.r, self.people, self.roster, self.v = r, people, roster, values
        self.room, self.court, self.court_code, self.station = room, court, court_code, station

    def participants(self, mediators: list[Member], source: Source, danger: int
                     ) -> list[Participant]:
        """Who sits at the table: name, role, organisation, staff id, parties' consent."""
        r, roster = self.r, self.roster.by_role
        people: list[Participant] = [
            (m.name, PRESIDING if i == 0 else MEDIATOR, m.organisation, m.id, None)
            for i, m in enumerate(mediators)]
        for role, staff_role in TABLE_ROLES:
            member = pick(r, roster[staff_role])
            people.append((member.name, role, member.organisation, member.id, None))
        if r() < 0.3:
            member = pick(r, roster[StaffRole.GRID_WORKER])
            people.append((member.name, ParticipantRole.GRID_WORKER.value, member.organisation,
                           member.id, True))
        if (source is Source.POLICE or danger == 2) and r() < 0.6:
            people.append((self.people.name(Sex.MALE), ParticipantRole.POLICE.value,
                           self.station, None, True))
        if r() < 0.15:
            role = ParticipantRole.RELATIVE if r() < 0.6 else ParticipantRole.NEIGHBOUR
            people.append((self.people.name(Sex.MALE if r() < 0.5 else Sex.FEMALE), role.value,
                           None, None, True))
        return people

    def sessions(self, batch: Batch, d: Draft, slots: dict[str, Any], mediators: list[Member]
                 ) -> list[Record]:
        """The session records held so far; the first carries the statements and warnings."""
        if not d.line.sessions:
            return []
        r, story = self.r, d.story
        people = self.participants(mediators, d.source, d.danger)
        matter = f"{slots['a']}与{slots['b']}{story.sub_type or story.type.value}"
        place = self.room if r() < 0.7 else f"{slots['place']}调解室"
        public = story.type is DisputeType.NEIGHBOUR and r() < 0.2
        records, moment = [], self.v.moment
        for seq, (day, result) in enumerate(d.line.sessions, start=1):
            first = seq == 1
            held = at(day, 9 if r() < 0.6 else 14, 30)
            record = Record(
                seq=seq, held_on=held, matter=matter,
                statements=story.statements.format_map(slots) if first else None,
                verified_facts=story.facts.format_map(slots) if first else None,
                risk_warning=nv.RISK_WARNINGS[d.danger] if first else None,
                record=nv.RECORDS[result][d.story_index % 2], result=result,
            )
            session_id = batch.add(
                "mediation_session", d.case_id, seq, moment(held), place, public, matter,
                nv.NOTICES if first else None, record.statements, record.verified_facts,
                record.risk_warning, record.record, result,
                moment(held + dt.timedelta(hours=2)))
            for position, (name, role, organisation, staff_id, consent) in enumerate(people):
                batch.add("session_participant", session_id, position, name, role, organisation,
                          staff_id, consent)
            records.append(record)
        return records

    def agreement(self, batch: Batch, d: Draft, slots: dict[str, Any]) -> SimpleNamespace:
        """The agreement with its terms, performance checks and any judicial confirmation."""
        r, story, line, oral, agreed = self.r, d.story, d.line, d.oral, d.agreed
        day, case_id = cast(dt.date, line.concluded), d.case_id
        facts = story.facts.format_map(slots)
        terms = [t.format_map(slots) for t in story.terms]
        # the last closing term is about signatures and seals: written agreements only
        closing = list(nv.CLOSING_TERMS[:-1] if oral else nv.CLOSING_TERMS)
        for _ in range(between(r, 0, min(2, 6 - len(terms)))):
            terms.append(closing.pop(int(r() * len(closing))))
        v = self.v
        signed = v.day(day)
        agreement_id = batch.add(
            "agreement", case_id, ORAL if oral else WRITTEN, d.number, signed, signed, facts,
            v.money(agreed), story.method if agreed else "按协议约定履行",
            self.room if r() < 0.6 else d.voice("申请人住所"), v.day(line.perform_deadline),
            story.type is DisputeType.MARRIAGE_FAMILY, v.moment(at(day, 16)))
        for seq, term in enumerate(terms, start=1):
            batch.add("agreement_term", agreement_id, seq, term)
        for checked, status in line.checks:
            batch.add("performance_check", case_id, v.day(checked), status.value,
                      nv.PERFORMANCE_NOTES[status.value])
        if line.confirmation:
            applied, accepted, decided, result = line.confirmation
            number = f"（{applied.year}）{self.court_code}民特{between(r, 1, 999)}号" \
                if accepted else None
            batch.add("judicial_confirmation", case_id, v.day(applied), self.court, number,
                      v.day(accepted), v.day(decided), result.value)
        return SimpleNamespace(facts=facts, terms=[Record(text=term) for term in terms])

    def follow_ups(self, batch: Batch, d: Draft, visitor: str | None, applicant: str
                   ) -> list[Record]:
        """Visits after the outcome; red-flagged cases get two and a planned next one."""
        line, watched, day_of = d.line, d.danger == 2, self.v.day
        records = []
        for day in line.follow_ups:
            done = [status.value for checked, status in line.checks if checked <= day]
            status = done[-1] if done else None
            notes = nv.FOLLOW_UP_NOTES[status]
            batch.add("follow_up", d.case_id, day_of(day), visitor, applicant, status,
                      SATISFACTION.pick(self.r), None,  # no new signs of conflict
                      "继续落实专人跟踪，与辖区派出所保持联系。" if watched else None, notes,
                      day_of(day + dt.timedelta(days=30)) if watched and not line.closed else None)
            records.append(Record(visited_on=day, notes=notes, new_conflict_signs=None))
        return records

    def police_report(self, batch: Batch, case_id: int, assessed: dt.datetime) -> None:
        batch.add("police_report", case_id, self.v.day(assessed.date()), self.station,
                  self.people.name(Sex.MALE), "已将纠纷情况和风险研判结果通报派出所，请求协助稳控。",
                  None, self.v.moment(assessed + dt.timedelta(hours=1)))

    def prevention(self, batch: Batch, d: Draft, level: RiskLevel, persons: int,
                   presiding: str | None) -> None:
        """What an archived case prevented: a red flag once raised, and what it was about."""
        signal = d.signal
        kinds: dict[PreventionKind, int] = {}
        if level is RiskLevel.HIGH:
            kinds[PreventionKind.CRIMINAL] = persons
        if signal and signal.prevents and level is not RiskLevel.LOW:
            kinds[signal.prevents] = 1 if signal.prevents is PreventionKind.SUICIDE else persons
        for kind, count in kinds.items():
            batch.add("prevention_effect", d.case_id, kind.value, count, True, presiding,
                      self.v.day(d.line.closed))
