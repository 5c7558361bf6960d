"""Lifecycle actions on a case: each validated in full, then applied in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from mediation_app.domain import lifecycle
from mediation_app.domain import validation as v
from mediation_app.domain.clock import LOCAL_TZ
from mediation_app.domain.enums import (
    AgreementKind,
    CaseStatus,
    ConfirmationResult,
    DisputeType,
    ParticipantRole,
    PerformanceStatus,
    PreventionKind,
    StaffRole,
)
from mediation_app.domain.lifecycle import Action
from mediation_app.errors import PermissionDenied, StateError, ValidationError
from mediation_app.services import audit, holidays, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import access, completeness, texts
from mediation_app.services.cases.deadlines import (
    confirmation_last_day,
    initial_deadline,
    is_overdue,
)
from mediation_app.services.risk_flag import reassess
from mediation_app.storage.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseMediator,
    FollowUp,
    JudicialConfirmation,
    MediationSession,
    PerformanceCheck,
    PoliceReport,
    PreventionEffect,
    SessionParticipant,
)

Handler = Callable[[Session, Actor, Case, dict[str, Any], dt.date], dict[str, Any]]
PERSONAL_STATUS_TYPES = (DisputeType.MARRIAGE_FAMILY.value,)


def act(session: Session, actor: Actor, case_id: int, action: str, data: Any,
        *, today: dt.date | None = None) -> Case:
    """Apply one action; a refused action changes nothing and says why."""
    today = today or dt.date.today()
    try:
        chosen = Action(action)
    except ValueError as exc:
        names = "、".join(a.value for a in Action)
        raise ValidationError(f"未知操作：{action}（可用：{names}）", "unknown action") from exc
    case = access.load_for_edit(session, actor, case_id)
    status = CaseStatus(case.status)
    if not lifecycle.is_allowed(chosen, status):
        allowed = "、".join(f"{a.value}（{a.label}）" for a in lifecycle.allowed(status)) or "无"
        raise StateError(
            f"案件当前状态为“{status.label}”，不能{chosen.label}：{lifecycle.WHY_NOT[chosen]}。"
            f"当前可进行的操作：{allowed}",
            f"action {chosen.value} not allowed in state {status.value}",
        )
    payload = v.mapping(data, "data", "操作内容")
    changes = HANDLERS[chosen](session, actor, case, payload, today)
    new_status = lifecycle.target(chosen, status) if chosen is not Action.REOPEN else None
    if new_status is not None and new_status != status:
        changes["status"] = {"before": status.value, "after": new_status.value}
        case.status = new_status.value
    session.flush()
    texts.refresh(session, case)
    reassess(session, case, chosen.value, today=today, overdue=is_overdue(case, today),
             checklist=_checklist(payload))
    audit.record(session, actor, chosen.value, "case", case.id, case_id=case.id, changes=changes)
    return case


def _checklist(payload: dict[str, Any]) -> dict[str, Any]:
    return v.mapping(payload.get("checklist"), "checklist", "风险排查表")


def _not_before(day: dt.date | None, label: str) -> tuple[dt.date | None, str]:
    return (day, label)


def accept(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
           ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "受理日期", required=True, today=today,
                 not_before=_not_before(case.received_on, "收案日期"))
    notice = v.date(d.get("rights_notice_on"), "rights_notice_on", "权利义务告知日期", today=today,
                    not_before=_not_before(case.received_on, "收案日期"))
    names = v.sequence(d.get("mediators"), "mediators", "调解员", max_items=20)
    if not names:
        raise ValidationError("受理时须指定至少一名调解员", "at least one mediator", field="mediators")
    mediators = []
    for i, raw in enumerate(names):
        name = v.text(raw, f"mediators[{i}]", "调解员", required=True, max_len=100)
        staff = office.find_staff(session, name or "", StaffRole.MEDIATOR)
        if staff is None:
            raise ValidationError(f"调解员“{name}”不在人员名册中，请先添加（staff add）",
                                  "mediator not on the roster", field=f"mediators[{i}]")
        mediators.append(CaseMediator(staff_id=staff.id, name=staff.name, position=i,
                                      presiding=i == 0))
    assert day is not None
    cfg = office.settings(session)
    case.accepted_on = day
    case.rights_notice_on = notice
    case.mediators_chosen_by_parties = bool(
        v.boolean(d.get("chosen_by_parties"), "chosen_by_parties", "当事人选定", default=False))
    case.mediators = mediators
    case.deadline = initial_deadline(day, cfg["deadline_days"],
                                     case.referral.deadline if case.referral else None,
                                     holidays.calendar(session))
    return {"accepted_on": day, "mediators": [m.name for m in mediators],
            "deadline": case.deadline, "rights_notice_on": notice}


def reject(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
           ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "不予受理日期", required=True, today=today,
                 not_before=_not_before(case.received_on, "收案日期"))
    reason = v.text(d.get("reason"), "reason", "不予受理理由", required=True, max_len=2000)
    case.rejected_on, case.rejection_reason = day, reason
    case.refused_by_party = reason == "当事人一方明确拒绝调解的"
    return {"rejected_on": day, "reason": reason}


def _participant(session: Session, raw: Any, i: int) -> SessionParticipant:
    pre, lab = f"participants[{i}]", f"参加人{i + 1}"
    d = v.mapping(raw, pre, lab)
    name = v.text(d.get("name"), f"{pre}.name", f"{lab}姓名", required=True, max_len=100)
    role = v.choice(d.get("role"), f"{pre}.role", f"{lab}角色", ParticipantRole)
    consent = v.boolean(d.get("consent"), f"{pre}.consent", f"{lab}当事人同意")
    if role.needs_consent and consent is not True:
        raise ValidationError(f"{lab}（{role.value}）须经当事人同意方可参加调解，请记录同意",
                              "invited participant needs the parties' consent",
                              field=f"{pre}.consent")
    staff_role = {r.value: r for r in StaffRole}.get(
        "调解员" if role in (ParticipantRole.PRESIDING, ParticipantRole.MEDIATOR) else role.value)
    staff = office.find_staff(session, name or "", staff_role) if staff_role else None
    return SessionParticipant(
        position=i, name=name, role=role.value, staff_id=staff.id if staff else None,
        organisation=v.text(d.get("organisation"), f"{pre}.organisation", f"{lab}单位",
                            max_len=200),
        parties_consented=consent,
    )


def _session_time(value: Any, case: Case, today: dt.date) -> dt.datetime:
    if isinstance(value, str) and "T" in value:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError("调解时间：格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM",
                                  "date: bad format", field="date") from exc
        day = v.date(moment.date(), "date", "调解日期", today=today,
                     not_before=_not_before(case.accepted_on, "受理日期"))
        assert day is not None
        local = moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)
        return local.astimezone(dt.UTC)
    day = v.date(value, "date", "调解日期", required=True, today=today,
                 not_before=_not_before(case.accepted_on, "受理日期"))
    assert day is not None
    return dt.datetime.combine(day, dt.time(9, 0), LOCAL_TZ).astimezone(dt.UTC)


SESSION_RESULTS = ("达成协议", "继续调解", "调解不成")


def session_record(session: Session, actor: Actor, case: Case, d: dict[str, Any],
                   today: dt.date) -> dict[str, Any]:
    held = _session_time(d.get("date"), case, today)
    participants = [_participant(session, p, i) for i, p in
                    enumerate(v.sequence(d.get("participants"), "participants", "参加人"))]
    result = v.text(d.get("result"), "result", "调解结果", max_len=20)
    if result is not None and result not in SESSION_RESULTS:
        raise ValidationError(f"调解结果：应为{'、'.join(SESSION_RESULTS)}之一", "result: unknown",
                              field="result")
    row = MediationSession(
        seq=len(case.sessions) + 1, held_on=held,
        place=v.text(d.get("place"), "place", "调解地点", required=True, max_len=200),
        public=bool(v.boolean(d.get("public"), "public", "公开调解", default=False)),
        matter=v.text(d.get("matter"), "matter", "调解事项", max_len=5000),
        notices_given=v.text(d.get("notices_given"), "notices_given", "告知事项", max_len=5000),
        statements=v.text(d.get("statements"), "statements", "当事人陈述", max_len=50000),
        verified_facts=v.text(d.get("verified_facts"), "verified_facts", "查明事实",
                              max_len=50000),
        risk_warning=v.text(d.get("risk_warning"), "risk_warning", "风险提示", max_len=5000),
        record=v.text(d.get("record"), "record", "调解记录", required=True, max_len=100000),
        result=result, participants=participants,
    )
    case.sessions.append(row)
    return {"session": row.seq, "held_on": held, "place": row.place,
            "participants": [f"{p.name}（{p.role}）" for p in participants]}


def agree(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
          ) -> dict[str, Any]:
    kind = v.choice(d.get("kind"), "kind", "协议形式", AgreementKind)
    last = max(s.held_on for s in case.sessions).astimezone(LOCAL_TZ).date()
    day = v.date(d.get("date"), "date", "协议日期", required=True, today=today,
                 not_before=_not_before(last, "最近一次调解日期"))
    assert day is not None
    raw_terms = v.sequence(d.get("terms"), "terms", "协议条款", max_items=500)
    terms = [v.text(t, f"terms[{i}]", f"第{i + 1}条", required=True, max_len=10000)
             for i, t in enumerate(raw_terms)]
    if not terms:
        raise ValidationError("协议须至少有一条内容", "at least one term", field="terms")
    perf = v.mapping(d.get("performance"), "performance", "履行方式")
    personal = v.boolean(d.get("personal_status"), "personal_status", "涉及婚姻收养身份关系",
                         default=case.dispute_type in PERSONAL_STATUS_TYPES)
    case.agreement = Agreement(
        kind=kind.value, number=case.number, agreed_on=day, effective_on=day,
        facts=v.text(d.get("facts"), "facts", "纠纷事实", max_len=50000) or case.summary,
        amount=v.amount(d.get("amount"), "amount", "协议金额"),
        perform_method=v.text(perf.get("method"), "performance.method", "履行方式", max_len=5000),
        perform_place=v.text(perf.get("place"), "performance.place", "履行地点", max_len=200),
        perform_deadline=v.date(perf.get("deadline"), "performance.deadline", "履行期限",
                                allow_future=True, not_before=_not_before(day, "协议日期")),
        personal_status=bool(personal),
        terms=[AgreementTerm(seq=i + 1, text=t) for i, t in enumerate(terms)],
    )
    return {"kind": kind.value, "agreed_on": day, "terms": len(terms),
            "amount": case.agreement.amount}


def fail(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
         ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "调解终结日期", required=True, today=today,
                 not_before=_not_before(case.accepted_on, "受理日期"))
    told = v.boolean(d.get("told_other_routes"), "told_other_routes", "已告知其他救济途径")
    if told is not True:
        raise ValidationError("调解不成时须告知当事人可以诉讼、仲裁或申请行政处理，并记录已告知",
                              "parties must be told of other routes", field="told_other_routes")
    case.failed_on = day
    case.failure_reason = v.text(d.get("reason"), "reason", "调解不成原因", required=True,
                                 max_len=5000)
    case.told_other_routes = True
    return {"failed_on": day, "reason": case.failure_reason}


def terminate(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
              ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "终止日期", required=True, today=today,
                 not_before=_not_before(case.received_on, "收案日期"))
    case.terminated_on = day
    case.termination_reason = v.text(d.get("reason"), "reason", "终止理由", required=True,
                                     max_len=5000)
    case.refused_by_party = bool(v.boolean(d.get("refused_by_party"), "refused_by_party",
                                           "当事人拒绝调解", default=False))
    case.told_other_routes = v.boolean(d.get("told_other_routes"), "told_other_routes",
                                       "已告知其他救济途径")
    return {"terminated_on": day, "reason": case.termination_reason,
            "refused_by_party": case.refused_by_party}


def perform(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
            ) -> dict[str, Any]:
    assert case.agreement is not None
    day = v.date(d.get("date"), "date", "履行检查日期", required=True, today=today,
                 not_before=_not_before(case.agreement.agreed_on, "协议日期"))
    status = v.choice(d.get("status"), "status", "履行情况", PerformanceStatus)
    row = PerformanceCheck(checked_on=day, status=status.value,
                           note=v.text(d.get("note"), "note", "说明", max_len=5000))
    case.performance_checks.append(row)
    return {"checked_on": day, "status": status.value}


def _concluded_on(case: Case) -> dt.date | None:
    if case.agreement is not None:
        return case.agreement.agreed_on
    return case.failed_on or case.terminated_on or case.rejected_on


def follow_up(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
              ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "回访日期", required=True, today=today,
                 not_before=_not_before(_concluded_on(case), "调解结束日期"))
    row = FollowUp(
        visited_on=day,
        visitor=v.text(d.get("visitor"), "visitor", "回访人", required=True, max_len=100),
        party_visited=v.text(d.get("party_visited"), "party_visited", "被回访人", max_len=200),
        performance=v.text(d.get("performance"), "performance", "履行情况", max_len=5000),
        satisfaction=v.text(d.get("satisfaction"), "satisfaction", "满意度", max_len=20),
        new_conflict_signs=v.text(d.get("new_conflict_signs"), "new_conflict_signs",
                                  "新的矛盾迹象", max_len=5000),
        measures=v.text(d.get("measures"), "measures", "采取措施", max_len=5000),
        notes=v.text(d.get("notes"), "notes", "回访情况", required=True, max_len=20000),
        next_due_on=v.date(d.get("next_due_on"), "next_due_on", "下次回访日期", allow_future=True,
                           not_before=_not_before(day, "回访日期")),
    )
    case.follow_ups.append(row)
    return {"visited_on": day, "visitor": row.visitor, "satisfaction": row.satisfaction}


def confirm(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
            ) -> dict[str, Any]:
    agreement = case.agreement
    assert agreement is not None
    if agreement.personal_status:
        raise StateError("涉及婚姻、收养或身份关系的调解协议不能申请司法确认",
                         "no judicial confirmation for marriage, adoption or personal status")
    window = office.settings(session)["confirmation_window_days"]
    applied = v.date(d.get("applied_on") or d.get("date"), "applied_on", "申请日期",
                     required=True, today=today,
                     not_before=_not_before(agreement.effective_on, "协议生效日期"))
    assert applied is not None
    last_day = confirmation_last_day(agreement.effective_on, window, holidays.calendar(session))
    if applied > last_day:
        raise ValidationError(f"司法确认须在协议生效后 {window} 日内申请（截至 {last_day}）",
                              "the confirmation window has passed", field="applied_on")
    result = v.choice(d.get("result") or ConfirmationResult.PENDING.value, "result", "确认结果",
                      ConfirmationResult)
    row = JudicialConfirmation(
        applied_on=applied,
        court=v.text(d.get("court"), "court", "受理法院", required=True, max_len=200),
        court_case_number=v.text(d.get("court_case_number"), "court_case_number", "法院案号",
                                 max_len=100),
        accepted_on=v.date(d.get("accepted_on"), "accepted_on", "法院受理日期", today=today,
                           not_before=_not_before(applied, "申请日期")),
        decided_on=v.date(d.get("decided_on"), "decided_on", "法院裁定日期", today=today,
                          not_before=_not_before(applied, "申请日期")),
        result=result.value,
    )
    case.confirmations.append(row)
    return {"applied_on": applied, "court": row.court, "result": result.value}


def extend(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
           ) -> dict[str, Any]:
    consented = v.boolean(d.get("parties_consented"), "parties_consented", "双方当事人同意")
    if consented is not True:
        raise ValidationError("延长调解期限须经双方当事人同意，请记录同意", "both parties must consent",
                              field="parties_consented")
    current = case.extended_until or case.deadline
    until = v.date(d.get("until"), "until", "延长至", required=True, allow_future=True,
                   not_before=_not_before(current, "原期限"))
    case.extended_until = until
    case.extension_consent = v.text(d.get("note"), "note", "同意情况", max_len=2000) or "双方同意"
    return {"extended_until": {"before": current, "after": until}}


def report_police(session: Session, actor: Actor, case: Case, d: dict[str, Any],
                  today: dt.date) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "报告日期", required=True, today=today,
                 not_before=_not_before(case.received_on, "收案日期"))
    why_not = v.text(d.get("not_reported_reason"), "not_reported_reason", "未报告理由",
                     max_len=5000)
    station = v.text(d.get("station"), "station", "派出所", required=why_not is None, max_len=200)
    row = PoliceReport(reported_on=day, station=station,
                       officer=v.text(d.get("officer"), "officer", "接报民警", max_len=100),
                       note=v.text(d.get("note"), "note", "报告内容", max_len=5000),
                       not_reported_reason=why_not)
    case.police_reports.append(row)
    return {"reported_on": day, "station": station, "not_reported_reason": why_not}


def close(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
          ) -> dict[str, Any]:
    day = v.date(d.get("date"), "date", "结案日期", required=True, today=today,
                 not_before=_not_before(_concluded_on(case), "调解结束日期"))
    missing = completeness.missing_items(session, case)
    if missing:
        raise StateError("卷宗不完整，不能结案归档。缺少：" + "；".join(missing),
                         "the case file is incomplete")
    effects = _prevention(case, d, actor, day)
    case.prevention_effects = effects
    case.closed_from, case.closed_on = case.status, day
    case.retention = v.text(d.get("retention"), "retention", "保管期限", max_len=40) or \
        office.settings(session)["retention"]
    return {"closed_on": day, "prevention": {e.kind: e.persons for e in effects}}


def _prevention(case: Case, d: dict[str, Any], actor: Actor, day: dt.date | None
                ) -> list[PreventionEffect]:
    """Confirmed prevention effects; when none are given, the flag's suggestions are confirmed."""
    if "prevention" not in d:
        chosen = suggested_prevention(case)
    else:
        chosen = {}
        for i, raw in enumerate(v.sequence(d.get("prevention"), "prevention", "预防效果")):
            item = v.mapping(raw, f"prevention[{i}]", "预防效果")
            kind = v.choice(item.get("kind"), f"prevention[{i}].kind", "预防类型", PreventionKind)
            persons = v.count(item.get("persons"), f"prevention[{i}].persons", "涉及人数",
                              minimum=1)
            chosen[kind] = persons or case.persons_involved or len(case.parties)
    return [PreventionEffect(kind=k.value, persons=p, suggested="prevention" not in d,
                             confirmed_by=actor.username, confirmed_on=day)
            for k, p in chosen.items()]


# reason codes of the shipped rules file (resources/risk/rules.toml)
SELF_HARM_CODES = ("self_harm", "despair")
GROUP_PETITION_CODES = ("group_action",)
GROUP_FIGHT_CODES = ("injury", "many_people")


def suggested_prevention(case: Case) -> dict[PreventionKind, int]:
    """From the risk history: ever high → 民转刑; self-harm signals → 自杀; crowds → group."""
    persons = case.persons_involved or len(case.parties)
    out: dict[PreventionKind, int] = {}
    reasons = [r for a in case.risk_assessments for r in a.reasons
               if not r.get("ruled_out") and r.get("weight", 0)]
    codes = {str(r.get("code", "")) for r in reasons}
    if any(a.level == "high" for a in case.risk_assessments):
        out[PreventionKind.CRIMINAL] = persons
    if any(c in codes for c in SELF_HARM_CODES):
        out[PreventionKind.SUICIDE] = 1
    if persons >= 10 and any(c in codes for c in GROUP_PETITION_CODES):
        out[PreventionKind.GROUP_PETITION] = persons
    if persons >= 10 and any(c in codes for c in GROUP_FIGHT_CODES) and \
            PreventionKind.CRIMINAL in out:
        out[PreventionKind.GROUP_FIGHT] = persons
    return out


def reopen(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
           ) -> dict[str, Any]:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以重新打开已归档的案件", "only administrators reopen")
    reason = v.text(d.get("reason"), "reason", "重新打开的理由", required=True, max_len=5000)
    before = case.status
    case.status = case.closed_from or CaseStatus.AGREED.value
    case.closed_on = None
    return {"status": {"before": before, "after": case.status}, "reason": reason}


def feedback(session: Session, actor: Actor, case: Case, d: dict[str, Any], today: dt.date
             ) -> dict[str, Any]:
    """The result reported back to the court, police or office that referred the case."""
    if case.referral is None:
        raise ValidationError("本案不是委托移送的案件，无需反馈", "not a referred case")
    day = v.date(d.get("date"), "date", "反馈日期", required=True, today=today,
                 not_before=_not_before(_concluded_on(case), "调解结束日期"))
    case.referral.feedback_on = day
    case.referral.feedback_note = v.text(d.get("note"), "note", "反馈内容", max_len=5000)
    return {"feedback_on": day, "unit": case.referral.unit}


HANDLERS: dict[Action, Handler] = {
    Action.ACCEPT: accept,
    Action.REJECT: reject,
    Action.SESSION: session_record,
    Action.AGREE: agree,
    Action.FAIL: fail,
    Action.TERMINATE: terminate,
    Action.PERFORM: perform,
    Action.FOLLOW_UP: follow_up,
    Action.CONFIRM: confirm,
    Action.EXTEND: extend,
    Action.REPORT_POLICE: report_police,
    Action.CLOSE: close,
    Action.REOPEN: reopen,
    Action.FEEDBACK: feedback,
}
