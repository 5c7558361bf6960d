"""Every form renders from plain data, with its fields in order, read back by independent readers."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from doc_pdf import (
    footer_number,
    form_problems,
    in_order,
    pdffonts,
    pdftotext,
    plumber_pages,
    poppler_pages,
    pypdf_pages,
    save_first_page_png,
    squeeze,
    table_cells,
)
from doc_samples import many_parties_case, parties, sample_case

from mediation_app.documents import (
    KINDS,
    DocParty,
    DocumentEngine,
    DocumentError,
    write_pdf_atomically,
)
from mediation_app.domain.enums import AgreementKind, PartyKind, PartyRole, Source

ORAL = AgreementKind.ORAL


def oral_case():
    case = sample_case()
    return replace(case, agreement=replace(case.agreement, kind=ORAL))


def render_any(engine: DocumentEngine, kind: str) -> bytes:
    case = oral_case() if kind == "oral-agreement" else sample_case()
    options = {"session_index": 1} if kind == "session-record" else {}
    return engine.render(kind, case, **options)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_embedded_and_is_saved_for_review(engine: DocumentEngine, kind: str) -> None:
    pdf = render_any(engine, kind)
    assert pdf.startswith(b"%PDF")
    assert all(row["emb"] == "yes" for row in pdffonts(pdf))
    assert save_first_page_png(pdf, kind).is_file()
    pages = poppler_pages(pdf)
    assert pages and all(page.strip() for page in pages)


TITLES = {
    "agreement": "人民调解协议书",
    "application": "人民调解申请书",
    "register": "人民调解受理登记表",
    "rights-notice": "当事人权利义务告知书",
    "session-record": "人民调解记录",
    "oral-agreement": "口头协议登记表",
    "follow-up": "人民调解回访记录",
    "closing-report": "人民调解结案报告表",
    "cover": "人民调解卷宗",
}


@pytest.mark.parametrize(("kind", "title"), TITLES.items())
def test_titles_and_page_numbers(engine: DocumentEngine, kind: str, title: str) -> None:
    pdf = render_any(engine, kind)
    assert title in squeeze(pdftotext(pdf))
    if kind != "cover":  # the cover and its 卷内目录 carry no page numbers
        numbers = [footer_number(page) for page in poppler_pages(pdf)]
        assert numbers == list(range(1, len(numbers) + 1))


def test_agreement_prints_every_field_in_the_standard_order(engine: DocumentEngine) -> None:
    case = sample_case()
    text = pdftotext(engine.render("agreement", case))
    applicant, respondent = case.parties
    expected = [
        "人民调解协议书",
        "编号：（2026）朝阳人调字第15号",
        "申请人：王堃", "性别：男", "民族：汉族", "年龄：46岁", "职业或职务：个体经营者",
        "联系方式：13800138000", "单位或住址：北京市朝阳区幸福路12号院3号楼501室",
        "被申请人：李喆", "性别：女", "民族：回族", "年龄：38岁", "职业或职务：教师",
        "联系方式：13900139000", respondent.address,
        "王堃的委托代理人：王小堃",
        "纠纷主要事实、争议事项：", case.agreement.facts,
        "经调解，自愿达成如下协议：",
        "一、李喆于2026年3月31日前修复其卫生间防水层，并经物业验收。",
        "二、李喆向王堃一次性支付房屋维修费人民币伍万元整（¥50,000.00）。",
        "三、李喆另行支付王堃误工费，计人民币壹仟贰佰叁拾肆元零伍分（¥1,234.05）。",
        "四、双方就本纠纷再无其他争议。",
        "履行方式、地点、时限：", "履行方式：银行转账", "履行地点：北京市朝阳区",
        "履行期限：2026年3月31日前",
        "本协议一式三份，当事人、人民调解委员会各持一份。",
        "当事人（签名盖章或按指印）：", "申请人：王堃", "被申请人：李喆",
        "人民调解员、记录人（签名）：", "人民调解员：周明华、孙丽", "记录人：吴敏",
        "朝阳街道人民调解委员会（印）",
        "2026年3月12日",
    ]
    assert in_order(text, expected) == []
    assert applicant.id_number not in squeeze(text)


def test_the_same_order_through_other_readers(engine: DocumentEngine) -> None:
    pdf = engine.render("agreement", sample_case())
    expected = ["人民调解协议书", "申请人：王堃", "被申请人：李喆", "经调解，自愿达成如下协议：",
                "人民币伍万元整（¥50,000.00）", "本协议一式三份", "人民调解委员会（印）"]
    assert in_order("".join(pypdf_pages(pdf)), expected) == []
    assert in_order("".join(plumber_pages(pdf)), expected) == []
    assert in_order(pdftotext(pdf, layout=True), expected) == []


def test_id_numbers_print_only_when_asked(engine: DocumentEngine) -> None:
    case = sample_case()
    shown = squeeze(pdftotext(engine.render("agreement", case, print_id_numbers=True)))
    assert "公民身份号码：11010519491231002X" in shown
    assert "公民身份号码：440524188001010014" in shown
    hidden = squeeze(pdftotext(engine.render("agreement", case)))
    assert "公民身份号码" not in hidden


@pytest.mark.parametrize(("count", "copies"), [(1, "两"), (2, "三"), (3, "四"), (9, "十"), (10, "十一"),
                                               (19, "二十")])
def test_copies_are_parties_plus_one_in_chinese(engine: DocumentEngine, count: int, copies: str) -> None:
    people = tuple(DocParty(f"当事人{i}", PartyRole.PARTY) for i in range(count))
    text = squeeze(pdftotext(engine.render("agreement", replace(sample_case(), parties=people))))
    assert f"本协议一式{copies}份，当事人、人民调解委员会各持一份。" in text


def test_legal_person_block(engine: DocumentEngine) -> None:
    company = DocParty("北京某某物业管理有限公司", PartyRole.RESPONDENT, PartyKind.LEGAL,
                       address="北京市朝阳区幸福路1号", representative="陈建国",
                       representative_title="总经理", phone="010-88886666", age=12)
    case = replace(sample_case(), parties=(parties()[0], company))
    text = pdftotext(engine.render("agreement", case))
    assert in_order(text, ["被申请人：北京某某物业管理有限公司", "住所：北京市朝阳区幸福路1号",
                           "法定代表人：陈建国", "职务：总经理", "联系方式：010-88886666"]) == []
    assert "年龄：12岁" not in squeeze(text)  # natural-person fields do not apply


def test_missing_optional_fields_are_left_out(engine: DocumentEngine) -> None:
    case = replace(sample_case(), parties=(DocParty("张三", PartyRole.APPLICANT), DocParty("李四")),
                   agents=())
    text = squeeze(pdftotext(engine.render("agreement", case)))
    assert "申请人：张三当事人：李四" in text
    assert "性别：" not in text and "岁" not in text


def test_ten_parties_and_fifty_terms(engine: DocumentEngine) -> None:
    case = many_parties_case(10, 50)
    pdf = engine.render("agreement", case)
    pages = [squeeze(page) for page in poppler_pages(pdf)]
    assert len(pages) > 5
    whole = "".join(pages)
    assert in_order(whole, [f"第{i}项" for i in range(1, 51)]) == []
    assert in_order(whole, [f"{p.role}：{p.name}" for p in case.parties]) == []
    assert "本协议一式十一份" in whole
    last_term = next(i for i, page in enumerate(pages) if "第50项" in page)
    signature_page = pages[last_term]
    assert in_order(signature_page, ["第50项", "当事人（签名盖章或按指印）：",
                                     *[p.name for p in case.parties], "记录人：吴敏",
                                     "朝阳街道人民调解委员会（印）", "2026年3月12日"]) == []
    assert last_term == len(pages) - 1
    assert [footer_number(page) for page in poppler_pages(pdf)] == list(range(1, len(pages) + 1))


@pytest.mark.parametrize("terms", [1, 5, 9, 12, 15, 20])
def test_signatures_never_stand_alone(engine: DocumentEngine, terms: int) -> None:
    pdf = engine.render("agreement", many_parties_case(2, terms))
    pages = [squeeze(page) for page in poppler_pages(pdf)]
    signature_page = next(page for page in pages if "当事人（签名盖章或按指印）" in page)
    assert f"第{terms}项" in signature_page
    assert "人民调解委员会（印）" in signature_page


def test_application(engine: DocumentEngine) -> None:
    text = pdftotext(engine.render("application", sample_case()))
    assert in_order(text, ["人民调解申请书", "申请人：王堃", "被申请人：李喆", "纠纷简要情况：",
                           "楼上住户李喆家卫生间漏水", "申请事项：", "1.被申请人修复漏水",
                           "2.被申请人赔偿房屋维修费人民币五万元", "申请人自愿申请朝阳街道人民调解委员会调解",
                           "此致", "朝阳街道人民调解委员会", "申请人（签名盖章或按指印）：", "王堃",
                           "2026年3月2日"]) == []


def test_register(engine: DocumentEngine) -> None:
    pdf = engine.render("register", sample_case())
    assert in_order(pdftotext(pdf), ["人民调解受理登记表", "编号：（2026）朝阳人调字第15号"]) == []
    assert form_problems(pdf, [
        ("登记日期", "2026年3月2日"), ("受理日期", "2026年3月3日"), ("纠纷类型", "邻里纠纷"),
        ("纠纷来源", "当事人申请"), ("纠纷简要情况", "楼上住户李喆家卫生间漏水"),
        ("申请事项", "1.被申请人修复漏水2.被申请人赔偿房屋维修费人民币五万元"),
        ("人民调解员", "周明华、孙丽"), ("登记人", "吴敏"), ("当事人签名", ""),
    ]) == []
    assert in_order("|".join(table_cells(pdf)), [
        "当事人|姓名|性别|年龄|民族|联系方式|单位或住址",
        "申请人|王堃|男|46|汉族|13800138000|北京市朝阳区幸福路12号院3号楼501室",
        "被申请人|李喆|女|38|回族|13900139000|北京市朝阳区幸福路12号院3号楼401室",
    ]) == []


def test_rights_notice(engine: DocumentEngine) -> None:
    text = pdftotext(engine.render("rights-notice", sample_case()))
    assert in_order(text, ["当事人权利义务告知书", "王堃、李喆：", "一、当事人享有下列权利：",
                           "（一）选择或者接受人民调解员", "（四）自主表达意愿、自愿达成调解协议",
                           "二、当事人应当履行下列义务：", "（三）尊重对方当事人行使权利", "司法确认",
                           "当事人（签名或按指印）：", "申请人：王堃", "被申请人：李喆",
                           "告知人（人民调解员签名）：", "周明华", "孙丽", "2026年3月3日"]) == []


def test_session_record_prints_the_chosen_session(engine: DocumentEngine) -> None:
    case = sample_case()
    pdf = engine.render("session-record", case, session_index=1)
    assert form_problems(pdf, [
        ("开始时间", "2026年3月5日9时30分"), ("结束时间", "2026年3月5日11时00分"),
        ("地点", "朝阳街道人民调解委员会调解室"), ("调解方式", "不公开调解"),
        ("调解事项", "楼上漏水致楼下房屋受损赔偿"), ("当事人", "王堃、李喆"),
    ]) == []
    assert in_order("|".join(table_cells(pdf)), [
        "参加人员|身份|单位|当事人同意", "周明华|主持调解员", "郑律师|法律顾问|北京某律师事务所|",
        "冯网格|网格员|幸福路社区|已同意",
    ]) == []
    assert in_order(pdftotext(pdf), [
        "人民调解记录", "（第一次调解）", "案号：（2026）朝阳人调字第15号", "告知事项：",
        "告知人民调解的性质、原则和效力", "当事人陈述：", "王堃：楼上卫生间漏水已三个月",
        "李喆：愿意修复防水层", "查明的事实：", "风险提示：双方情绪平稳", "调解结果：双方同意再次调解",
        "当事人（签名或按指印）：", "调解人员及其他参加人员（签名）：", "记录人：吴敏",
    ]) == []
    second = squeeze(pdftotext(engine.render("session-record", case, session_index=2)))
    assert "（第二次调解）" in second and "公开调解" in second and "确定赔偿金额与维修时间" in second
    assert "郑律师" not in second


def test_failed_session_records_the_reason_and_other_routes(engine: DocumentEngine) -> None:
    case = sample_case()
    failed = replace(case.sessions[0], result="", failure_reason="双方对赔偿金额分歧过大。",
                     told_other_routes=True)
    text = pdftotext(engine.render("session-record", replace(case, sessions=(failed,))))
    assert in_order(text, ["未能达成协议的原因：双方对赔偿金额分歧过大。",
                           "已告知当事人可以依法通过仲裁、行政、司法等途径解决纠纷。",
                           "当事人（签名或按指印）："]) == []
    assert "调解结果：" not in squeeze(text)


def test_oral_agreement(engine: DocumentEngine) -> None:
    pdf = engine.render("oral-agreement", oral_case())
    assert in_order(pdftotext(pdf), ["口头协议登记表", "编号：（2026）朝阳人调字第15号"]) == []
    assert form_problems(pdf, [
        ("纠纷简要情况", "被申请人李喆住所卫生间防水层老化"),
        ("口头协议内容", "1.李喆于2026年3月31日前修复其卫生间防水层，并经物业验收。"
                       "2.李喆向王堃一次性支付房屋维修费人民币伍万元整（¥50,000.00）。"),
        ("履行方式", "银行转账"), ("履行地点", "北京市朝阳区"), ("履行期限", "2026年3月31日"),
        ("协议涉及金额", "人民币伍万壹仟贰佰叁拾肆元零伍分（¥51,234.05）"),
        ("达成日期", "2026年3月12日"), ("人民调解员", "周明华、孙丽"), ("登记人", "吴敏"),
        ("当事人签名", ""),
    ]) == []


def test_follow_up(engine: DocumentEngine) -> None:
    pdf = engine.render("follow-up", sample_case())
    assert in_order(pdftotext(pdf), ["人民调解回访记录", "案号：（2026）朝阳人调字第15号"]) == []
    assert form_problems(pdf, [
        ("回访时间", "2026年4月8日"), ("回访方式", "电话回访"), ("被回访人", "王堃"),
        ("协议编号", "（2026）朝阳人调字第15号"), ("纠纷事项", "漏水赔偿协议履行"),
        ("协议履行情况", "已履行"), ("履行情况说明", "维修费已到账，防水已修复"),
        ("当事人满意度", "满意"), ("回访人", "周明华"), ("有无新的矛盾隐患", "无"),
        ("采取的措施", "无需采取措施"), ("被回访人签名", ""), ("回访人签名", ""),
    ]) == []


def test_closing_report(engine: DocumentEngine) -> None:
    pdf = engine.render("closing-report", sample_case())
    assert form_problems(pdf, [
        ("纠纷类型", "邻里纠纷"), ("纠纷来源", "当事人申请"), ("当事人", "王堃、李喆"),
        ("受理日期", "2026年3月3日"), ("结案日期", "2026年4月10日"), ("人民调解员", "周明华、孙丽"),
        ("记录人", "吴敏"), ("调解次数", "2次"), ("调解结果", "调解成功"), ("协议形式", "书面"),
        ("协议编号", "（2026）朝阳人调字第15号"), ("协议涉及金额", "¥51,234.05"),
        ("履行情况", "已履行，已全部履行"), ("回访次数", "1次"),
        ("司法确认", "北京市朝阳区人民法院，（2026）京0105民特123号，确认有效"),
        ("纠纷简要情况", "楼上住户李喆家卫生间漏水"), ("调解情况及结果", "经两次调解"),
    ]) == []


def test_cover_comes_with_its_table_of_contents(engine: DocumentEngine) -> None:
    pages = poppler_pages(engine.render("cover", sample_case()))
    assert len(pages) == 2
    assert in_order(pages[0], ["朝阳街道人民调解委员会", "人民调解卷宗", "卷名", "王堃与李喆邻里纠纷",
                               "卷号", "（2026）朝阳人调字第15号", "人民调解员", "周明华、孙丽", "调解日期",
                               "2026年3月5日至2026年3月12日", "立卷人", "吴敏", "立卷日期", "2026年4月10日",
                               "保管期限", "长期（30年）", "备注", "无"]) == []
    assert in_order(pages[1], ["卷内目录", "序号", "文件材料名称", "日期", "页号", "人民调解申请书",
                               "结案报告表"]) == []


@pytest.mark.parametrize(
    ("kind", "case", "options", "message"),
    [
        ("minutes", sample_case(), {}, "未知的文书种类“minutes”"),
        ("agreement", replace(sample_case(), agreement=None), {}, "本案没有调解协议"),
        ("agreement", oral_case(), {}, "口头协议登记表"),
        ("oral-agreement", sample_case(), {}, "请打印人民调解协议书"),
        ("session-record", sample_case(), {}, "本案有2份调解记录，请指定打印第几次"),
        ("session-record", sample_case(), {"session_index": 3}, "本案没有第3次的调解记录"),
        ("follow-up", replace(sample_case(), follow_ups=()), {}, "本案还没有回访记录"),
        ("application", replace(sample_case(), parties=(DocParty("甲"), DocParty("乙")),
                                source=Source.OWN_INITIATIVE), {}, "本案没有申请人"),
    ],
)
def test_missing_data_is_a_clear_chinese_error(engine: DocumentEngine, kind: str, case: object,
                                               options: dict, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        engine.render(kind, case, **options)


def test_a_single_session_needs_no_index(engine: DocumentEngine) -> None:
    case = sample_case()
    only = replace(case, sessions=case.sessions[1:])
    assert "（第二次调解）" in squeeze(pdftotext(engine.render("session-record", only)))


def test_long_text_flows_across_pages_in_a_form(engine: DocumentEngine) -> None:
    summary = "双方因房屋漏水发生纠纷，经多次协商未果。" * 80
    pdf = engine.render("register", replace(sample_case(), summary=summary))
    pages = poppler_pages(pdf)
    assert len(pages) >= 3
    body = re.sub(r"—\s*\d+\s*—", "", pdftotext(pdf))
    assert squeeze(summary) in squeeze(body)
    assert form_problems(pdf, [("申请事项", "1.被申请人修复漏水"), ("人民调解员", "周明华、孙丽")]) == []


def test_write_pdf_atomically(tmp_path: Path, engine: DocumentEngine, monkeypatch) -> None:
    out = tmp_path / "协议书.pdf"
    write_pdf_atomically(b"%PDF-old", out)
    pdf = engine.render("agreement", sample_case())
    write_pdf_atomically(pdf, out)
    assert out.read_bytes() == pdf
    assert [p.name for p in tmp_path.iterdir()] == ["协议书.pdf"]

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_pdf_atomically(b"%PDF-new", out)
    assert out.read_bytes() == pdf
    assert [p.name for p in tmp_path.iterdir()] == ["协议书.pdf"]
