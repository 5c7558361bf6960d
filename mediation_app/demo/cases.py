"""One demo case as rows for every table it touches, consistent with its lifecycle."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
from functools import cache
from types import SimpleNamespace
from typing import Any, cast

from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from mediation_app.demo import narratives as nv
from mediation_app.demo.draft import (
    NO_CONCLUSION,
    Conclusion,
    Draft,
    Made,
    Record,
    Referral,
    at,
)
from mediation_app.demo.draw import Weighted, between, pick
from mediation_app.demo.names import People
from mediation_app.demo.places import (
    COMMUNITIES,
    REFERRAL_UNITS,
    TOWNS,
    VILLAGES,
    Area,
    court_code,
)
from mediation_app.demo.proceedings import Proceedings
from mediation_app.demo.risk_cache import RiskCache, Verdict
from mediation_app.demo.roster import Member, Roster
from mediation_app.demo.timeline import FAILED, Timeline, plan
from mediation_app.demo.writer import Batch, Row, Values
from mediation_app.domain.enums import (
    REJECTION_REASONS,
    CaseStatus,
    DisputeType,
    PartyRole,
    RiskLevel,
    Sex,
    Source,
    StaffRole,
)
from mediation_app.services.cases import texts
from mediation_app.services.cases.numbering import format_number
from mediation_app.storage.models import Case

T = DisputeType
S = CaseStatus
TYPE_WEIGHTS = {
    T.MARRIAGE_FAMILY: 15, T.NEIGHBOUR: 24, T.HOUSING_HOMESTEAD: 7, T.CONTRACT: 9,
    T.BUSINESS: 3, T.DAMAGES: 9, T.FOREST_LAND: 4, T.LAND_REQUISITION: 2, T.POLLUTION: 1.5,
    T.LABOUR: 6, T.CONSUMER: 3, T.MEDICAL: 2, T.TRAFFIC: 6, T.PROPERTY_MGMT: 4, T.OTHER: 4.5,
}
SOURCES = Weighted(
    (Source.APPLICATION, 55), (Source.OWN_INITIATIVE, 25), (Source.COURT_ASSIGNED, 6),
    (Source.COURT_ENTRUSTED, 2), (Source.POLICE, 7), (Source.PETITION, 3),
    (Source.PROCURATORATE, 1), (Source.GOVERNMENT, 1),
)
REFUSAL = REJECTION_REASONS[3]  # 当事人一方明确拒绝调解的
REJECTIONS = Weighted(*zip(REJECTION_REASONS, (10, 5, 50, 35), strict=True))
PARTY_COUNT = Weighted((2, 72), (3, 20), (4, 5), (5, 2), (6, 1))
MISSING_ID_SHARE = 0.08  # parties of open cases who have not shown an ID yet
FEEDBACK_KEYS = {S.AGREED: "达成协议", S.FAILED: "调解不成", S.TERMINATED: "终止",
                 S.REJECTED: "不予受理"}
NO_CHECKLIST: dict[str, Any] = {}  # the demo's assessments read no checklist (never changed)
APPLICANT, RESPONDENT, PARTY = (PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value,
                                PartyRole.PARTY.value)


def _round(amount: float) -> int:
    step = 100 if amount < 10_000 else 1_000 if amount < 100_000 else 10_000
    return max(step, int(amount / step + 0.5) * step)


@cache
def _licence() -> tuple[bytes, str]:
    """A one-page PDF standing in for a firm's business licence, and its SHA-256."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A5, invariant=True)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(40, 500, "Synthetic demo document: copy of a business licence.")
    canvas.drawString(40, 480, "Not a real document.")
    canvas.save()
    content = out.getvalue()
    return content, hashlib.sha256(content).hexdigest()


def _count(n: int) -> str:
    """People counted the way records put it: 8, but 十余 or 二十余 from ten on."""
    return str(n) if n < 10 else ("十", "二十", "三十", "四十")[min(n // 10, 4) - 1] + "余"


def _names(text: str, side: str | None) -> bool:
    """Whether a sentence speaks of that side (申请人 or 被申请人) as a person."""
    if side is None:
        return False
    return side in (text if side == RESPONDENT else text.replace(RESPONDENT, ""))


def _signals_of(story_index: int, dispute_type: DisputeType, firm: str | None
                ) -> list[list[int]]:
    """The few signals a story is told with, per danger: its type's own, then general ones.

    Each story uses one reassurance and two sentences of each danger, so the risk engine
    has about a thousand narratives to judge rather than every story with every sentence.
    Where one side is a firm, no sentence has it drink, threaten or apologise.
    """
    chosen = []
    for danger, size in ((0, 1), (1, 2), (2, 2)):
        fits = [i for i, s in enumerate(nv.SIGNALS)
                if s.danger == danger and not _names(s.text, firm)]
        own = [i for i in fits if dispute_type in nv.SIGNALS[i].types]
        general = [i for i in fits if not nv.SIGNALS[i].types]
        rotated = [general[(story_index * 2 + k) % len(general)] for k in range(size)]
        chosen.append((own + rotated)[:size])
    return chosen


class CaseMaker:
    """Makes cases one by one for an office: its people, roster, settings and risk cache."""

    def __init__(self, rng: random.Random, people: People, roster: Roster, *, office_id: int,
                 prefix: str, committee: str, area: Area, settings: dict[str, Any],
                 today: dt.date, risk: RiskCache, values: Values) -> None:
        self.r = rng.random
        self.people, self.roster, self.risk, self.v = people, roster, risk, values
        self.office_id, self.prefix, self.area = office_id, prefix, area
        self.today = today
        self.deadline_days = int(settings["deadline_days"])
        self.referral_days = dt.timedelta(days=int(settings["referral_deadline_days"]))
        self.retention = str(settings["retention"])
        per_type = {t: sum(s.type is t for s in nv.STORIES) for t in T}
        self.stories = Weighted(
            *((i, TYPE_WEIGHTS[s.type] / per_type[s.type]) for i, s in enumerate(nv.STORIES)))
        self.signals = {(i, firm): _signals_of(i, story.type, firm)
                        for i, story in enumerate(nv.STORIES)
                        for firm in (None, APPLICANT, RESPONDENT)}
        # cases the committee took up itself tell the same stories of 甲方 and 乙方
        self.voices = {
            False: (nv.STORIES, nv.SIGNALS),
            True: (tuple(map(nv.story_as_parties, nv.STORIES)),
                   tuple(map(nv.signal_as_parties, nv.SIGNALS))),
        }
        self.court_code = court_code(area)
        self.town = pick(self.r, TOWNS).removesuffix("街道").removesuffix("镇")
        self.proceedings = Proceedings(self.r, people, roster, room=f"{committee}调解室",
                                       court=f"{area.district}人民法院",
                                       court_code=self.court_code, station=f"{self.town}派出所",
                                   values=values)

    def _signal(self, story_index: int, firm: str | None) -> int | None:
        roll = self.r()
        for choices, share in zip(self.signals[story_index, firm], nv.DANGER_SHARES,
                                  strict=True):
            if roll < share:
                return pick(self.r, choices) if choices else None
            roll -= share
        return None

    def make(self, batch: Batch, received: dt.date, year: int, seq: int) -> Made:
        """Draw one case and add its rows to the batch (the case row last, its id reserved)."""
        d = self._draft(batch.reserve("case"), year, seq, received)
        parties, respondent = self._parties(batch, d)
        slots = self._slots(d, parties[0]["name"], parties[respondent]["name"])
        summary = d.story.summary.format_map(slots) + (d.signal.text if d.signal else "")
        requests = d.story.requests.format_map(slots)
        mediators = self._mediators(batch, d)
        presiding = mediators[0].name if mediators else None
        sessions = self.proceedings.sessions(batch, d, slots, mediators)
        verdict = self._assess(batch, d, summary, requests, sessions)
        line = d.line
        agreement = self.proceedings.agreement(batch, d, slots) \
            if line.outcome is S.AGREED else None
        follow_ups = self.proceedings.follow_ups(batch, d, presiding, slots["a"])
        if d.referral:
            self._referral_row(batch, d.case_id, d.referral, line)
        persons = between(self.r, *d.signal.persons) if d.signal and d.signal.persons else \
            max(len(parties), d.n if d.story.group else 0)
        if line.closed:
            self.proceedings.prevention(batch, d, verdict.level, persons, presiding)
        batch.add_row("case", self._case_row(d, summary, requests, persons, verdict, presiding,
                                             bool(mediators)))
        body = texts.body_of(cast(Case, SimpleNamespace(
            number=d.number, summary=summary, requests=requests, sessions=sessions,
            agreement=agreement, follow_ups=follow_ups)))
        batch.add_row("case_text", (d.case_id, body))
        return Made(line.status, d.story.type, d.source, verdict.level, line.outcome)

    def _draft(self, case_id: int, year: int, seq: int, received: dt.date) -> Draft:
        """The story, source, risk sentence, amounts and course of one case."""
        r = self.r
        story_index = self.stories.pick(r)
        source = SOURCES.pick(r)
        stories, signals = self.voices[source is Source.OWN_INITIATIVE]
        story = stories[story_index]
        firm = story.org is not None and r() < story.org_share
        signal_index = self._signal(
            story_index, (APPLICANT if story.org_applies else RESPONDENT) if firm else None)
        signal = signals[signal_index] if signal_index is not None else None
        low, high = story.amount or (0, 0)
        amount = _round(low * (high / low) ** r()) if story.amount else None
        oral = (amount is None or amount < 5000) and r() < 0.6
        referral = self._referral(source, received) if source.is_referral else None
        line = plan(r, received, self.today, deadline_days=self.deadline_days,
                    referral_deadline=referral.deadline if referral else None,
                    can_confirm=not oral and amount is not None
                    and story.type is not T.MARRIAGE_FAMILY,
                    watched=signal is not None and signal.danger == 2)
        return Draft(case_id, year, seq, format_number(year, self.prefix, seq), received,
                     story_index, story, source, firm, signal_index,
                     signal, between(r, *story.n), amount,
                     _round(amount * (0.6 + 0.4 * r())) if amount else None, oral, referral,
                     line)

    def _slots(self, d: Draft, applicant: str, respondent: str) -> dict[str, Any]:
        """The values the story's templates are filled with."""
        r = self.r
        paid = _round(d.amount * (0.2 + 0.3 * r())) if d.amount else 0
        due = d.line.perform_deadline or d.received + dt.timedelta(days=30)
        return {
            "a": applicant, "b": respondent,
            "place": pick(r, VILLAGES if d.story.village else COMMUNITIES),
            "m": max(1, d.received.month - between(r, 0, 2)),
            "y": d.received.year - between(r, 1, 5),
            "n": _count(d.n) if d.story.group else d.n,
            "amt": f"{d.amount or 0:,}", "agreed": f"{d.agreed or 0:,}", "pay": f"{paid:,}",
            "rest": f"{(d.amount or 0) - paid:,}", "due": f"{due.year}年{due.month}月{due.day}日",
        }

    def _assess(self, batch: Batch, d: Draft, summary: str, requests: str, sessions: list[Record]
                ) -> Verdict:
        """The risk flag as of the first session (or intake), and a police report if red."""
        first_result = sessions[0]["result"] if sessions else None
        view = SimpleNamespace(summary=summary, requests=requests, received_on=d.received,
                               sessions=sessions[:1], follow_ups=[])
        # a crowd of ten or more is itself a signal, so the crowd's size is part of the story
        crowd = min(d.n // 10, 4) if d.story.group else None
        key = (d.story_index, d.signal_index, first_result, crowd)
        verdict, reasons = self.risk.assess(key, view, d.story.type, int(first_result == FAILED))
        assessed = sessions[0]["held_on"] if sessions else at(d.received, 10)
        v = self.v
        batch.add("risk_assessment", d.case_id, v.moment(assessed), "demo_data",
                  verdict.level.value, verdict.score, verdict.rules_version, v.json(reasons),
                  v.json(NO_CHECKLIST))
        if verdict.level is RiskLevel.HIGH:
            self.proceedings.police_report(batch, d.case_id, assessed)
        return verdict

    def _case_row(self, d: Draft, summary: str, requests: str, persons: int, verdict: Verdict,
                  presiding: str | None, has_mediators: bool) -> Row:
        """The case's columns in the table's order."""
        r, line, v = self.r, d.line, self.v
        day = v.day
        last_day = max(d.received, line.concluded or d.received, line.closed or d.received,
                       *(c[0] for c in line.checks), *line.follow_ups)
        sensitive = d.story.type is T.MARRIAGE_FAMILY and r() < 0.1
        chosen = has_mediators and r() < 0.1
        created = at(d.received, 9, int(r() * 60))
        end = self._conclusion(d)
        high = verdict.level is RiskLevel.HIGH
        return (
            d.case_id, self.office_id, d.year, d.seq, d.number, line.status.value,
            d.story.type.value, d.story.sub_type, d.source.value, day(d.received), summary,
            requests, v.money(d.amount), persons, sensitive, None,  # sweep_id
            day(line.accepted), day(line.accepted),  # accepted, rights notice given
            chosen, day(line.rejected), end.rejection_reason, day(line.deadline),
            day(line.extended_until),
            "经双方当事人同意延长调解期限" if line.extended_until else None,
            day(end.failed_on), end.failure_reason, end.told_other_routes,
            day(end.terminated_on), end.termination_reason, end.refused_by_party,
            day(line.closed), line.outcome.value if line.closed and line.outcome else None,
            self.retention if line.closed else None,
            verdict.level.value, verdict.score, None,  # no risk override
            presiding if high else None, None,  # risk owner, created by
            v.moment(created), v.moment(at(last_day, 17)), 1,
        )

    def _conclusion(self, d: Draft) -> Conclusion:
        r, line = self.r, d.line
        if line.outcome is S.REJECTED:
            reason = REJECTIONS.pick(r)
            return Conclusion(rejection_reason=reason, refused_by_party=reason == REFUSAL)
        if line.outcome is S.FAILED:
            return Conclusion(failed_on=line.concluded, told_other_routes=True,
                              failure_reason=d.voice(pick(r, nv.FAILURE_REASONS)))
        if line.outcome is S.TERMINATED:
            reason, refused = pick(r, nv.TERMINATIONS)
            return Conclusion(terminated_on=line.concluded, told_other_routes=True,
                              termination_reason=d.voice(reason), refused_by_party=refused)
        return NO_CONCLUSION

    def _referral(self, source: Source, received: dt.date) -> Referral:
        """Who referred the case, under which document, and by when they want an answer."""
        unit, doc = REFERRAL_UNITS[source]
        referred = received - dt.timedelta(days=between(self.r, 0, 7))
        fill = {"d": self.area.district, "t": self.town, "c": self.court_code,
                "y": referred.year, "n": between(self.r, 1, 2999)}
        return Referral(unit.format_map(fill), doc.format_map(fill), referred,
                        referred + self.referral_days)

    def _referral_row(self, batch: Batch, case_id: int, referral: Referral, line: Timeline
                      ) -> None:
        """Referred cases report their result back to the referrer once concluded."""
        feedback = note = None
        if line.outcome is not None and line.concluded is not None:
            day = line.concluded + dt.timedelta(days=between(self.r, 0, 5))
            if day <= self.today:
                feedback, note = day, nv.FEEDBACK[FEEDBACK_KEYS[line.outcome]]
        day_of = self.v.day
        batch.add("referral", case_id, referral.unit, referral.doc_number,
                  day_of(referral.referred_on), day_of(referral.deadline), day_of(feedback), note)

    def _parties(self, batch: Batch, d: Draft) -> tuple[list[dict[str, Any]], int]:
        """Applicants first, then respondents (and where the first respondent stands).

        A firm takes the lead role on the side the story gives it.
        """
        r, people, story, received = self.r, self.people, d.story, d.received
        closed = d.line.status is S.CLOSED
        applicants = min(d.n, between(r, 3, 9)) if story.group else 1
        total = applicants + 1 if story.group else PARTY_COUNT.pick(r)
        firm, own, day = d.firm, d.own, self.v.day
        rows: list[dict[str, Any]] = []
        for position in range(total):
            is_applicant = position < applicants
            lead = position in (0, applicants)  # the first applicant or first respondent
            if firm and lead and is_applicant == story.org_applies:
                row = people.company(cast(str, story.org))
                proof = self._licence(batch, d.case_id, row["name"], received) \
                    if closed or r() < 0.6 else None
            else:
                sex = story.sexes[0 if is_applicant else 1] if lead else None
                low, high = story.applicant_age if position == 0 else \
                    story.respondent_age if position == applicants else (20, 80)
                row = people.person(received, sex=sex, min_age=low, max_age=high)
                family = rows[0]["name"] if story.kin and position == applicants \
                    and rows[0]["sex"] == Sex.MALE.value else None
                if family:  # a son or brother of the applicant
                    row["ethnicity"] = rows[0]["ethnicity"]
                    row["name"] = people.relative(family, Sex(row["sex"]), row["ethnicity"])
                while any(row["name"] == other["name"] for other in rows):
                    row["name"] = people.relative(family, Sex(row["sex"]), row["ethnicity"]) \
                        if family else people.name(Sex(row["sex"]), row["ethnicity"])
                if not closed and r() < MISSING_ID_SHARE:
                    row["id_number"] = row["birth_date"] = None
                proof = None
            batch.add("party", d.case_id, position,
                      PARTY if own else APPLICANT if is_applicant else RESPONDENT, row["kind"],
                      row["name"], row["sex"], row["ethnicity"], day(row["birth_date"]),
                      row["age"], row["id_number"], row["occupation"], row["phone"],
                      row["address"], row["representative"], row["representative_title"], proof)
            rows.append(row)
        return rows, applicants

    def _licence(self, batch: Batch, case_id: int, firm: str, received: dt.date) -> int:
        """A firm's ID proof: a scanned business licence attached to the case."""
        content, sha256 = _licence()
        attachment_id = batch.add(
            "attachment", case_id, "身份证明", f"{firm}营业执照复印件", "营业执照.pdf",
            "application/pdf", len(content), sha256, None, self.v.moment(at(received, 10)), None)
        batch.add_row("attachment_blob", (attachment_id, content))
        return attachment_id

    def _mediators(self, batch: Batch, d: Draft) -> list[Member]:
        """One or two mediators from the roster once the case is accepted; the first presides."""
        if d.line.accepted is None:
            return []
        pool = self.roster.by_role[StaffRole.MEDIATOR]
        first = int(self.r() * len(pool))
        chosen = [pool[first]]
        if len(pool) > 1 and self.r() < 0.4:
            second = int(self.r() * (len(pool) - 1))
            chosen.append(pool[second + (second >= first)])
        for position, member in enumerate(chosen):
            batch.add("case_mediator", d.case_id, member.id, position, position == 0,
                      member.name)
        return chosen
