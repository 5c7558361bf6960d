"""evaluate_file on labelled JSONL, and the regression floor on the project's narratives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_app.risk import evaluate_file

DATA = Path(__file__).resolve().parents[1] / "data"


def test_evaluate_file_structure(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "type": "邻里", "narrative": "他说要弄死对方。", "label": "high"},
        {"id": "b", "type": "消费", "narrative": "商场打出跳楼价，顾客满意。", "label": "low"},
        {"id": "c", "type": "债务借贷", "narrative": "他说走着瞧。", "label": "low"},
        {"id": "d", "type": "邻里", "narrative": "双方推搡了几下。"},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8"
    )
    result = evaluate_file(path)
    assert result["n"] == 3
    assert result["confusion"]["high"]["high"] == 1
    assert result["confusion"]["low"]["medium"] == 1
    assert [p["id"] for p in result["predictions"]] == ["a", "b", "c", "d"]
    assert result["predictions"][3]["level"] == "medium"
    assert result["per_level"]["high"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert result["per_level"]["medium"]["precision"] == 0.0
    assert result["macro_f1"] == pytest.approx((1 + 2 / 3 + 0) / 3)


def test_bad_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "narrative": "好", "label": "red"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="第1行"):
        evaluate_file(path)


@pytest.mark.parametrize(
    ("name", "macro_f1", "high_recall", "high_precision", "low_high", "high_low"),
    [
        ("risk_dev_set.jsonl", 0.97, 0.96, 0.92, 0, 0),
        ("risk_extra_set.jsonl", 0.94, 0.91, 0.85, 0, 0),
        # written blind, then used to find general fixes: since then a development set too
        ("risk_blind_set.jsonl", 0.93, 0.95, 0.9, 0, 0),
        # written blind by another writer, measured once, then used to tune rules 2026.3
        ("risk_holdout_set.jsonl", 0.88, 0.95, 0.95, 0, 0),
        # written blind by a third writer, measured once, then used to tune rules 2026.4
        ("risk_holdout2_set.jsonl", 0.92, 0.95, 0.95, 0, 0),
        # written blind by a fourth writer, measured once, then used to tune rules 2026.5
        ("risk_holdout3_set.jsonl", 0.87, 0.95, 0.95, 0, 0),
        # written blind by a fifth writer, measured once (2026.5, 2026.6), then used to
        # tune rules 2026.8 and to train the model
        ("risk_holdout4_set.jsonl", 0.92, 0.92, 0.94, 0, 0),
        # written blind by three more writers; the model was trained on them, and rules
        # 2026.9 were tuned on their low cases rated high: development sets now
        ("risk_notes_set.jsonl", 0.78, 0.88, 0.95, 0, 5),
        ("risk_records_set.jsonl", 0.9, 0.94, 0.94, 0, 0),
        ("risk_voices_set.jsonl", 0.93, 0.98, 0.98, 0, 0),
        # written blind by a ninth writer; measured once with 2026.8 (macro-F1 0.82, high
        # R 0.92 P 0.85, 6 low rated high), then used to tune rules 2026.9
        ("risk_holdout5_set.jsonl", 0.86, 0.96, 0.94, 0, 1),
        # written blind by two more writers; the model was trained on them, and rules
        # 2026.10 were tuned on them: development sets now
        ("risk_papers_set.jsonl", 0.92, 0.96, 0.94, 0, 0),
        ("risk_talk_set.jsonl", 0.86, 0.96, 0.98, 0, 0),
        # written blind by a twelfth writer; measured once with 2026.9 (macro-F1 0.89, high
        # R 0.88 P 0.94, 3 low rated high), then used to tune rules 2026.10
        ("risk_holdout6_set.jsonl", 0.93, 0.98, 0.98, 0, 0),
        # written blind by a thirteenth writer; the model was trained on it, and rules
        # 2026.11 were tuned on it (5 low rated high before): a development set now
        ("risk_county_set.jsonl", 0.91, 0.98, 0.92, 0, 0),
        # written blind by a fourteenth writer; measured once with 2026.10 and the model
        # (macro-F1 0.90, high R 0.94 P 0.96, 2 low rated high), then used to tune rules
        # 2026.11: a development set now
        ("risk_holdout7_set.jsonl", 0.92, 0.98, 0.98, 0, 0),
        # written blind by a fifteenth writer; the model was trained on it, and rules
        # 2026.12 were tuned on it (2 low rated high before): a development set now
        ("risk_pairs_set.jsonl", 0.88, 0.94, 0.98, 0, 1),
        # written blind by a sixteenth writer; measured once with 2026.11 and the model
        # (macro-F1 0.88, high R 0.88 P 0.98, 1 low rated high), then used to tune rules
        # 2026.12: a development set now
        ("risk_holdout8_set.jsonl", 0.91, 0.98, 0.98, 0, 0),
        # written blind by a seventeenth writer (short notes), never tuned on by the rules
        # (the model was trained on it; since 2026.15 its doubt keeps the one low case the
        # rules rated high at medium; the model retrained on 23 sets raises one high case
        # fewer: high R 0.96 -> 0.94)
        ("risk_short_set.jsonl", 0.85, 0.94, 0.98, 0, 1),
        # written blind by an eighteenth writer; measured once with 2026.13 and the model
        # trained on the nineteen sets above (macro-F1 0.85, high R 0.90 P 0.92, 3 low rated
        # high), then used to tune rules 2026.14: a development set now
        ("risk_holdout9_set.jsonl", 0.88, 0.98, 0.96, 0, 0),
        # written blind by a nineteenth writer (85 of 150 under 50 characters); measured once
        # with 2026.14 and the model trained on the twenty sets above, never tuned or trained
        # on. The floor records that measurement (macro-F1 0.83, high R 0.84 P 0.91, 3 low
        # rated high); no goal. 2026.15 (the model's doubt, chosen on holdouts 5-10 as each
        # was first measured): P 0.95, 1 low rated high.
        ("risk_holdout10_set.jsonl", 0.81, 0.82, 0.93, 1, 6),
        # written blind by a twentieth writer (38 of 150 under 50 characters); measured once
        # with 2026.15 and the model trained on the twenty sets above, never tuned or trained
        # on: macro-F1 0.93, high R 0.92 P 1.00, no low or medium case rated high (the
        # rules alone rated no low case high; the model raised 22 high cases).
        ("risk_holdout11_set.jsonl", 0.9, 0.9, 0.98, 0, 3),
        # written blind by a twenty-first writer (59 of 150 under 50 characters); measured
        # once with 2026.15 and the same model, never tuned or trained on: macro-F1 0.82,
        # high R 0.98 P 0.85, 6 low and 3 medium cases rated high (the doubt kept 3 more
        # low cases the rules rated high at medium). Then used to tune rules 2026.16 (4 low
        # rated high since): a development set now.
        ("risk_holdout12_set.jsonl", 0.8, 0.96, 0.85, 4, 0),
        # written blind by a twenty-second writer (70 of 150 under 50 characters); measured
        # once with 2026.16 and the model trained on the twenty-three sets above, never tuned
        # or trained on: macro-F1 0.80, high R 0.86 P 0.98, no low case rated high (the
        # rules alone rated 6 high; the model's doubt kept each at medium), 2 high rated low.
        # 2026.18 (tuned on its misses): high R 0.90, 1 high rated low.
        ("risk_holdout13_set.jsonl", 0.79, 0.88, 0.95, 0, 1),
        # written blind by a twenty-third writer (69 of 150 under 50 characters); measured
        # once with the same 2026.16 and model: macro-F1 0.82, high R 0.96 P 0.92, 3 low and 1
        # medium case rated high (the doubt kept 3 more of the rules' at medium).
        # 2026.18: high R 0.98, 1 high rated low.
        ("risk_holdout14_set.jsonl", 0.8, 0.96, 0.9, 3, 1),
        # written blind by a twenty-fourth writer (Cantonese-tinged quotes, 85 of 150 under 50
        # characters); measured once with 2026.17 and the same model: macro-F1 0.83, high R
        # 0.78 P 1.00, no low or medium case rated high, 6 high rated low (rules alone R 0.44).
        # 2026.18, tuned on it: high R 0.86, 3 high rated low: a development set now.
        ("risk_holdout15_set.jsonl", 0.83, 0.84, 0.98, 0, 3),
        # written blind by a twenty-fifth writer (central-China colloquial, 80 of 150 under 50
        # characters); measured once with 2026.19 and the model trained on the twenty-six sets
        # above, never tuned or trained on: macro-F1 0.90, high R 0.94 P 1.00, no low or
        # medium case rated high (the doubt kept the rules' two at medium), 3 high rated low.
        ("risk_holdout16_set.jsonl", 0.88, 0.92, 0.98, 0, 3),
        # written blind by a twenty-sixth writer (south-west, 95 of 150 under 50 characters);
        # measured once with the same 2026.19 and model: macro-F1 0.88, high R 0.96 P 0.96,
        # 2 low cases rated high (a 46-character refuted knife report, below doubt_text; a
        # herbicide complaint the model raised), 1 high rated low.
        # 2026.20 (tuned on it: doubt_text 40): 1 low rated high. A development set now.
        ("risk_holdout17_set.jsonl", 0.86, 0.94, 0.96, 1, 1),
        # written blind by a twenty-seventh writer (Beijing and Hebei, 63 of 150 under 50
        # characters); measured once with the same 2026.19 and model: macro-F1 0.90, high R 0.92
        # P 0.98, 1 low case rated high, 4 high rated low.
        # 2026.20 (tuned on it): high R 0.96, no low rated high. A development set now.
        ("risk_holdout18_set.jsonl", 0.9, 0.94, 0.98, 0, 1),
        # written blind by a twenty-eighth writer (Shandong, Jiangsu, Zhejiang; 73 of 150 under
        # 50 characters); measured once with 2026.21 and the model trained on the twenty-nine
        # sets above, never tuned or trained on: macro-F1 0.85, high R 0.92 P 0.96, 1 low and 1
        # medium case rated high, 2 high rated low.
        # 2026.22 (经了解 as a check) and the model trained on it: a development set now.
        ("risk_holdout19_set.jsonl", 0.84, 0.94, 0.96, 0, 1),
        # written blind by a twenty-ninth writer (north-west and Inner Mongolia, 85 of 150 under
        # 50 characters); measured once with 2026.22 and the model trained on the thirty sets
        # above, never tuned or trained on: macro-F1 0.84, high R 0.98 P 0.98, 1 low case rated
        # high (a knife sharpened for the Eid sacrifice), 1 high rated low.
        # 2026.23 (doubt_at 0.55, chosen out of fold on all sets): no low rated high.
        ("risk_holdout20_set.jsonl", 0.82, 0.96, 0.98, 0, 1),
        # written blind by a thirtieth writer (hill counties of Fujian, Jiangxi and Hunan; 64 of
        # 150 under 50 characters); measured once with the same 2026.22 and model, never tuned
        # or trained on: macro-F1 0.89, high R 0.96 P 0.96, 2 low cases rated high (a rumour
        # of a suicide threat a visit found false; a cleaver brought back to the shop), 1 high
        # rated low. 2026.23 (rumours told "有人在村里传，说…"): 1 low rated high. The model
        # was then trained on it and holdout 20: development sets now.
        ("risk_holdout21_set.jsonl", 0.87, 0.94, 0.96, 1, 1),
        # written blind by a thirty-first writer (Guangxi and Hainan coasts; 70 of 150 under 50
        # characters); measured once with 2026.23 and the model trained on the thirty-two sets
        # above, never tuned or trained on: macro-F1 0.89, high R 0.92 P 0.96, 1 low and 1
        # medium case rated high, 2 high rated low. 2026.24 (tuned on it): P 1.00, none.
        # 2026.25 (抓起 a blade; 不用活了): high R 0.94, no high rated low.
        ("risk_holdout22_set.jsonl", 0.89, 0.92, 0.98, 0, 0),
        # written blind by a thirty-second writer (Shanghai and the Yangtze delta; 83 of 150
        # under 50 characters); measured once with 2026.25 and the thirty-two-set model, never
        # tuned or trained on: macro-F1 0.88, high R 0.90 P 0.98, no low case rated high, 1
        # medium rated high, 3 high rated low. 2026.26 (tuned on it): R 0.94, 1 high rated low.
        ("risk_holdout23_set.jsonl", 0.88, 0.92, 0.98, 0, 1),
        # written blind by a thirty-third writer (the Henan and Anhui plains, 68 of 150 under
        # 50 characters); measured once with the same 2026.25 and model: macro-F1 0.86, high R
        # 0.92 P 0.96, 1 low and 1 medium case rated high, 3 high rated low. 2026.26: R 0.96,
        # no low rated high, 1 high rated low.
        ("risk_holdout24_set.jsonl", 0.85, 0.94, 0.96, 0, 1),
        # written blind by a thirty-fourth writer (the coal and loess country of Shanxi and
        # northern Shaanxi; 77 of 150 under 50 characters); measured once with 2026.26 and the
        # model trained on the thirty-five sets above, never tuned or trained on: macro-F1
        # 0.81, high R 0.92 P 0.90, 4 low cases rated high (all raised by the model: harmless
        # idioms such as 拼到底, 要我的命, a ditch 掐死, a mourner's ritual wail), 3 high rated low.
        # 2026.27 (tuned on its misses): high R 0.98, no high rated low. 2026.28 (bare_high_at,
        # chosen out of fold on all sets): 3 low rated high.
        ("risk_holdout25_set.jsonl", 0.8, 0.96, 0.9, 3, 0),
        # written blind by a thirty-fifth writer (the pastoral counties of Qinghai, Gansu and
        # western Sichuan; 56 of 150 under 50 characters); measured once with the same 2026.26
        # and model: macro-F1 0.91, high R 1.00 P 1.00, no low or medium case rated high.
        ("risk_holdout26_set.jsonl", 0.89, 0.98, 0.98, 0, 0),
        # written blind by a thirty-sixth and a thirty-seventh writer side by side (Chengdu and
        # Chongqing, 50 of 150 under 50 characters; the 12348 hotline and online mediation, 47);
        # each measured once with 2026.28 and the model trained on the thirty-seven sets above,
        # never tuned or trained on: macro-F1 0.92 and 0.89, high R 0.94 and 0.94, P 1.00 and
        # 1.00, no low or medium case rated high; 3 and 2 high rated low (short threats and a
        # farewell message in words no rule knows).
        ("risk_holdout27_set.jsonl", 0.9, 0.92, 0.98, 0, 3),
        ("risk_holdout28_set.jsonl", 0.87, 0.92, 0.98, 0, 2),
        # written blind by a thirty-eighth and a thirty-ninth writer side by side (Yunnan and
        # Guizhou mountain villages, 53 of 150 under 50 characters; the small-factory towns of
        # southern Jiangsu and Zhejiang, 47); each measured once with 2026.29 and the
        # thirty-seven-set model: macro-F1 0.90 and 0.90, high R 0.98 and 0.96, P 0.96 and
        # 0.98; 1 low case rated high in the first (a butcher's knife a visit explained), none
        # in the second; 2 high rated low in the second. 2026.30 (tuned on their misses): high
        # R 1.00 P 0.98 and 1.00 / 1.00, no low rated high, no high rated low.
        ("risk_holdout29_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        ("risk_holdout30_set.jsonl", 0.9, 0.98, 0.98, 0, 0),
        # written blind by a fortieth and a forty-first writer side by side (Heilongjiang and
        # Jilin, 75 of 150 under 50 characters; Chaoshan and the Hakka hills of eastern
        # Guangdong, 38); each measured once with 2026.30 and the thirty-seven-set model:
        # macro-F1 0.90 and 0.89, high R 0.92 and 0.92, P 0.94 and 0.96; 2 low cases rated high
        # in the first (a haggler's "心都在滴血"; an apology for words said drunk), none in the
        # second; 3 and 3 high rated low. 2026.31 (tuned on their misses): high R 1.00 and 0.98,
        # no low rated high, 0 and 1 high rated low.
        ("risk_holdout31_set.jsonl", 0.91, 0.98, 0.96, 0, 0),
        ("risk_holdout32_set.jsonl", 0.89, 0.96, 0.94, 0, 1),
        # written blind by a forty-second and a forty-third writer side by side (the Dongting
        # Lake and the middle Yangtze, 59 of 150 under 50 characters; the high-rise districts
        # of big cities, 45); each measured once with 2026.31 and the thirty-seven-set model:
        # macro-F1 0.87 and 0.86, high R 0.96 and 0.88, P 0.98 and 0.98, no low case rated high
        # in either; 1 and 4 high rated low. 2026.32 (tuned on their misses): high R 1.00 and
        # 0.96, 0 and 1 high rated low.
        ("risk_holdout33_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        ("risk_holdout34_set.jsonl", 0.87, 0.94, 0.96, 0, 1),
        # written blind by a forty-fourth and a forty-fifth writer side by side (the Hebei and
        # Shandong plains, 45 of 150 under 50 characters; a terse duty register jotted with
        # spaces for punctuation, 92); each measured once with 2026.32 and the thirty-seven-set
        # model: macro-F1 0.81 and 0.80, high R 0.90 and 0.80, P 0.94 and 1.00; 1 low case rated
        # high in the first (rat poison bought against rats), none in the second; 5 and 6 high
        # rated low. 2026.33 (spaces read as clause breaks; tuned on the misses): high R 1.00
        # and 0.90, no low rated high, 0 and 3 high rated low.
        ("risk_holdout35_set.jsonl", 0.83, 0.98, 0.94, 0, 0),
        ("risk_holdout36_set.jsonl", 0.81, 0.88, 0.98, 0, 3),
        # written blind by a forty-sixth and a forty-seventh writer side by side (stiff official
        # prose of young township clerks, 46 of 150 under 50 characters; telephone and voice
        # message transcripts, 45); each measured once with 2026.33 and the model trained on the
        # forty-seven sets above: macro-F1 0.85 and 0.88, high R 0.94 and 1.00, P 0.94 and 0.89;
        # no low case rated high in the first (all four targets met; not tuned on since), 3 in
        # the second. 2026.34 (tuned on the second): 1 low rated high (raised by the model).
        ("risk_holdout37_set.jsonl", 0.85, 0.94, 0.94, 0, 2),
        ("risk_holdout38_set.jsonl", 0.87, 1.0, 0.92, 1, 0),
        # written blind by a forty-eighth and a forty-ninth writer side by side (minority villages
        # of the Guangxi-Guizhou-Hunan border and the Fujian-Zhejiang coast, 52 of 150 under 50
        # characters; an industry mediation committee in a provincial capital, 38); each
        # measured once with 2026.35 and the forty-seven-set model, never tuned or trained on:
        # macro-F1 0.85 and 0.91, high R 0.96 and 1.00, P 0.91 and 0.96; 3 low cases rated high
        # in the first (a tapping knife and a pig-killing knife at work, an impersonated
        # account's threat), none in the second: all four targets met there.
        ("risk_holdout39_set.jsonl", 0.85, 0.96, 0.9, 3, 2),
        ("risk_holdout40_set.jsonl", 0.91, 1.0, 0.96, 0, 0),
        # written blind by a fiftieth writer (12345 hotline work orders and grid chat groups of
        # northern Anhui and Jiangsu, 48 of 150 under 50 characters), measured once with 2026.35
        # and the forty-seven-set model: macro-F1 0.85, high R 0.96, P 0.96; 1 low case rated
        # high (a butcher's knife cutting meat, raised by the model), 1 high rated low ("俺先送恁
        # 走"). 2026.36 (tuned on the misses): high R 1.00, P 0.98; the model's raise stays.
        ("risk_holdout41_set.jsonl", 0.86, 1.0, 0.98, 1, 0),
        # written blind by a fifty-first writer (legal advisers' consultation logs and a court's
        # pre-litigation mediation records in the old industrial cities of Liaoning, 47 of 150
        # under 50 characters), measured once with 2026.36 and the forty-seven-set model:
        # macro-F1 0.86, high R 0.96, P 0.94; 2 low cases rated high by the
        # model (魂儿都飞了 after a fall; 放把火 explained on a visit as burning straw), 2 high
        # rated low (a crowd of mourners pushing guards over after a death in surgery; a former
        # partner who knows her building and when she takes the rubbish out). 2026.37 (tuned on
        # the misses): high R 1.00, P 0.96; the fall's 魂儿都飞了 is still raised by the model.
        ("risk_holdout42_set.jsonl", 0.87, 1.0, 0.96, 1, 0),
        # written blind by a fifty-second writer (the mediation room of a police station in the
        # urban villages of Guangzhou and Dongguan, 66 of 150 under 50 characters), measured once
        # with 2026.37 and the forty-seven-set model: macro-F1 0.83, high R 0.96, P 0.98; 1 low
        # case rated high (a plasterer's trowel read as a blade, in an old threat settled by
        # paying in full), 1 high rated low (a man setting his clothes alight). 2026.38 (tuned
        # on the misses): high R 1.00, P 1.00, no low rated high.
        ("risk_holdout43_set.jsonl", 0.85, 1.0, 1.0, 0, 0),
        # written blind by a fifty-third writer (a village first secretary's work diary in the
        # Tujia and Miao mountains of western Hubei and Chongqing, 46 of 150 under 50
        # characters), measured once with 2026.38 and the forty-seven-set model: macro-F1 0.80,
        # high R 0.96, P 0.89; 4 low cases rated high (a bricklayer's trowel, a wooden sword in a
        # masked ritual, a settled feud and a blasting briefing raised by the model), 1 high
        # rated low (a beating that tore a spleen). 2026.39 (tuned on the misses): high R 1.00,
        # P 0.93; the two the model raises stay.
        ("risk_holdout44_set.jsonl", 0.83, 1.0, 0.92, 2, 0),
        # written blind by a fifty-fourth writer (a retired teacher's case notes from a named
        # mediator's studio in the Hakka hills of southern Jiangxi, 74 of 150 under 50
        # characters), measured once with 2026.39 and the forty-seven-set model: macro-F1 0.79,
        # high R 0.94, P 0.85; 5 low cases rated high (a fruit knife peeling an orange, surgery
        # as 开一刀, "死也要死在里面" of an old man who loves his house, an old clan quarrel
        # long settled, "气死我了"), 3 high rated low (a powder gun on a night watch, sitting at
        # the edge of a hospital roof, burial clothes put on). 2026.40 (tuned on the misses):
        # high R 1.00, P 0.88; four of the lows stay (three of them raised by the model).
        ("risk_holdout45_set.jsonl", 0.81, 1.0, 0.87, 4, 0),
        # written blind by a fifty-fifth writer (the case register of a township justice office
        # on the Ningxia plain and the loess hills of southern Ningxia, 44 of 150 under 50
        # characters), measured once with 2026.40 and the forty-seven-set model, never tuned or
        # trained on: macro-F1 0.80, high R 0.94, P 0.92; 2 low cases rated high (a defective
        # cattle knife taken back to the shop; an old man's "死了也不用你们埋", raised by the
        # model), 3 high rated low (charcoal and tape in a car boot after deleting his photos; a
        # hunting gun levelled at a brother; "找着就撞死他" while searching the town).
        ("risk_holdout46_set.jsonl", 0.79, 0.94, 0.92, 2, 3),
        # written blind at the same time by a fifty-sixth writer (a women's federation
        # counsellor's intake forms and call-backs in the farming-corps towns of northern
        # Xinjiang, 51 of 150 under 50 characters) and a fifty-seventh (parties typing into an
        # online mediation mini-program: slang, pinyin initials, emoji, voice-to-text without
        # punctuation, 56 under 50), each measured once with 2026.40 and the fifty-seven-set
        # model, never tuned or trained on: macro-F1 0.85 and 0.748, high R 0.94 and 0.84, P 0.98
        # and 0.93, no low case rated high. The misses of the second are suicide and revenge in
        # online speech (药都攒够了, 这个世界我不玩了, a farewell from the river bank, [炸弹]).
        # 2026.41 (tuned on the misses): high R 1.00 and 0.94, P 0.98 and 0.94.
        ("risk_holdout47_set.jsonl", 0.87, 1.0, 0.98, 0, 0),
        ("risk_holdout48_set.jsonl", 0.77, 0.94, 0.94, 0, 1),
        # written blind at the same time by a fifty-eighth writer (a county justice office in the
        # Tibetan, Yi and Han areas of western Sichuan, through interpreters, 52 of 150 under 50
        # characters) and a fifty-ninth (law students at a university legal clinic's mediation
        # desk, 51 under 50), each measured once with 2026.41 and the fifty-seven-set model,
        # never tuned or trained on: macro-F1 0.79 and 0.86, high R 0.94 and 0.92, P 0.98 and
        # 0.96, no low case rated high: all four targets. 2026.42 (tuned on the misses of these
        # and the next): high R 1.00 and 0.98, P 0.98 and 0.96.
        ("risk_holdout49_set.jsonl", 0.8, 1.0, 0.98, 0, 0),
        ("risk_holdout50_set.jsonl", 0.87, 0.98, 0.96, 0, 1),
        # written blind by a sixtieth writer (a coal town's labour-dispute committee and joint
        # centre in the Ordos and northern Shanxi coalfields, 53 of 150 under 50 characters),
        # measured once with 2026.41 and the fifty-seven-set model: macro-F1 0.84, high R 0.92,
        # P 0.98; 1 low case rated high ("我就跟他拼了", said three years ago, long settled).
        # 2026.42 (tuned on the misses): high R 0.96, P 1.00, no low rated high.
        ("risk_holdout51_set.jsonl", 0.85, 0.96, 1.0, 0, 1),
        # written blind at the same time by a sixty-first writer (a social worker's case records
        # at a megacity street's mediation office, 51 of 150 under 50 characters) and a
        # sixty-second (a border-village mediator's monthly reports in southern Yunnan, Chinese as
        # a second language, 51 under 50), each measured once with 2026.42 and the
        # fifty-seven-set model, never tuned or trained on: macro-F1 0.85 and 0.80, high R 0.90
        # and 0.94, P 1.00 and 1.00, no low case rated high: all four targets.
        ("risk_holdout52_set.jsonl", 0.84, 0.9, 1.0, 0, 3),
        ("risk_holdout53_set.jsonl", 0.8, 0.94, 1.0, 0, 1),
        # written blind at the same time by a sixty-third writer (the overseas-Chinese federation's
        # mediator in the emigrant townships of southern Zhejiang, 50 of 150 under 50 characters)
        # and a sixty-fourth (a community police officer's duty log in Heilongjiang, 51 under 50),
        # each measured once with 2026.43 and the fifty-seven-set model, never tuned or trained
        # on: macro-F1 0.85 and 0.83, high R 0.92 and 0.94, P 0.98 and 0.98; no low case rated high
        # in the first, 1 in the second ("我削他" with three smileys, the stairwell cleaned next day).
        # 2026.44 (tuned on the misses): high R 1.00 and 0.98, P 0.98 and 1.00, none rated high.
        ("risk_holdout54_set.jsonl", 0.87, 1.0, 0.98, 0, 0),
        ("risk_holdout55_set.jsonl", 0.84, 0.98, 1.0, 0, 0),
        # written blind at the same time by a sixty-fifth writer (a township justice assistant's
        # files in the fishing ports of the Shandong peninsula, 54 of 150 under 50 characters) and
        # a sixty-sixth (a county women's federation protection officer in Guizhou and western
        # Hunan, 49 under 50), each measured once with 2026.44 and the fifty-seven-set model,
        # never tuned or trained on: macro-F1 0.88 and 0.82, high R 0.96 and 0.90, P 1.00 and
        # 0.98, no low case rated high: all four targets.
        ("risk_holdout56_set.jsonl", 0.87, 0.96, 1.0, 0, 1),
        ("risk_holdout57_set.jsonl", 0.82, 0.9, 0.97, 0, 5),
        # written blind at the same time by a sixty-seventh writer (an old village mediator's
        # notebook on the Hebei and northern Henan plains, 51 of 150 under 50 characters) and a
        # sixty-eighth (a trade-union mediation centre in the Yangtze delta, 53 under 50), each
        # measured once with 2026.46: macro-F1 0.78 and 0.88, high R 0.86 and 0.94, P 0.96 and
        # 1.00; 2 and 0 low cases rated high. 2026.47 (tuned on the misses): high R 0.98 and
        # 1.00, P 0.98 and 1.00; the model's raise of "拼了命也得给孙子把房盖起来" stays.
        ("risk_holdout58_set.jsonl", 0.81, 0.98, 0.98, 1, 0),
        ("risk_holdout59_set.jsonl", 0.89, 1.0, 1.0, 0, 0),
        # written blind at the same time by a sixty-ninth writer (a community-corrections officer's
        # talk and visit notes in northern Anhui), a seventieth (the complaints desk of a chain of
        # elderly-care homes in Suzhou and Wuxi) and a seventy-first (a gig workers' mediation
        # station in Chengdu), 49, 51 and 51 of 150 under 50 characters, each measured once with
        # 2026.49 and the seventy-set model: macro-F1 0.78, 0.82 and 0.80, high R 0.86, 0.92 and
        # 0.94, P 0.81, 0.90 and 0.84; 4, 0 and 1 low cases rated high. 2026.50 (tuned on the
        # misses): high R 0.98 in each, P 0.86, 0.91 and 0.86; two lows stay high in the first (an
        # old conviction for a stabbing retold, and a feud "早过去了" raised by the model).
        ("risk_holdout60_set.jsonl", 0.82, 0.98, 0.85, 2, 0),
        ("risk_holdout61_set.jsonl", 0.83, 0.98, 0.90, 0, 0),
        ("risk_holdout62_set.jsonl", 0.81, 0.98, 0.85, 0, 0),
        # written blind at the same time by a seventy-second writer (a bilingual township mediator
        # near Kashgar and Hotan), a seventy-third (a university counsellor's mediation notes in
        # Wuhan) and a seventy-fourth (a border township on the Guangxi–Vietnam border), 57, 49
        # and 52 of 150 under 50 characters, each measured once with 2026.50 and the seventy-set
        # model: macro-F1 0.87, 0.79 and 0.83, high R 0.94, 0.90 and 0.92, P 0.98, 0.88 and 0.84;
        # 0, 1 and 1 low cases rated high (a cut from one's own sickle while chopping wood; a
        # boning knife taken by mistake): the first met all four targets. 2026.51 (tuned on the
        # misses): high R 0.96, 0.98 and 0.96, P 0.98, 0.91 and 0.87, none rated high.
        ("risk_holdout63_set.jsonl", 0.87, 0.96, 0.97, 0, 0),
        ("risk_holdout64_set.jsonl", 0.82, 0.98, 0.90, 0, 0),
        ("risk_holdout65_set.jsonl", 0.85, 0.96, 0.87, 0, 0),
        # written blind at the same time by a seventy-fifth writer (a sumu mediator in the
        # grasslands of eastern Inner Mongolia), a seventy-sixth (a community mediation room in
        # Sanya and Danzhou) and a seventy-seventh (a tourism-dispute station in Dali and Lijiang),
        # 59, 49 and 53 of 150 under 50 characters, each measured once with 2026.51: macro-F1
        # 0.83, 0.89 and 0.83, high R 0.88, 0.96 and 0.94, P 0.90, 0.96 and 0.89; 0, 1 and 0 low
        # cases rated high (a sea urchin's sting): the third met all four targets. 2026.52 (tuned
        # on the misses, and a review of 2026.49–2026.51): high R 0.96, 1.00 and 0.96, none rated
        # high.
        ("risk_holdout66_set.jsonl", 0.85, 0.96, 0.90, 0, 1),
        ("risk_holdout67_set.jsonl", 0.91, 1.0, 0.98, 0, 0),
        ("risk_holdout68_set.jsonl", 0.83, 0.96, 0.88, 0, 1),
        # written blind at the same time by a seventy-eighth writer (a township justice assistant
        # in central Gansu and the Hexi oases), a seventy-ninth (a one-lineage village's mediation
        # committee in Putian) and an eightieth (a community legal adviser in Changsha), 52, 52 and
        # 53 of 150 under 50 characters, each measured once with 2026.52: macro-F1 0.82, 0.81 and
        # 0.86, high R 0.92, 0.94 and 0.96, P 0.84, 0.81 and 0.96; 0, 0 and 1 low cases rated high
        # (sleeping pills a doctor prescribed): the first two met all four targets. 2026.53 (tuned
        # on the misses): high R 1.00, 1.00 and 0.98, none rated high.
        ("risk_holdout69_set.jsonl", 0.84, 1.0, 0.84, 0, 0),
        ("risk_holdout70_set.jsonl", 0.82, 1.0, 0.81, 0, 0),
        ("risk_holdout71_set.jsonl", 0.87, 0.98, 0.98, 0, 0),
        # written blind at the same time by an eighty-first writer (a ceramics district's mediation
        # committee in Jingdezhen), an eighty-second (a resettlement community in Xiong'an) and an
        # eighty-third (a noodle-shop association's station in Shenzhen), 57, 52 and 52 of 150
        # under 50 characters, each measured once with 2026.53: macro-F1 0.77, 0.85 and 0.87, high
        # R 0.82, 0.88 and 0.98, P 0.89, 0.94 and 0.98; 2, 0 and 0 low cases rated high (a film
        # crew's shouted line; a trimming cut on an apprentice's finger): the third met all four
        # targets. 2026.54 (tuned on the misses and on a second review): high R 0.96, 0.96 and
        # 0.98, none rated high.
        ("risk_holdout72_set.jsonl", 0.82, 0.96, 0.94, 0, 2),
        ("risk_holdout73_set.jsonl", 0.87, 0.96, 0.94, 0, 1),
        ("risk_holdout74_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind at the same time by an eighty-fourth writer (a residents' committee in
        # Chengguan, Lhasa), an eighty-fifth (the forest farms of Yichun and the Greater Khingan)
        # and an eighty-sixth (a poverty-relief relocation site in Guizhou), 54, 48 and 55 of 150
        # under 50 characters, each measured once with 2026.54: macro-F1 0.81, 0.83 and 0.86,
        # high R 0.86, 0.94 and 1.00, P 0.84, 0.98 and 0.94; 2, 0 and 0 low cases rated high (a
        # sickle at the harvest; a stage knife): the second and third met all four targets.
        # 2026.55 (tuned on the misses): high R 0.94, 1.00 and 1.00, none rated high.
        ("risk_holdout75_set.jsonl", 0.84, 0.94, 0.88, 0, 0),
        ("risk_holdout76_set.jsonl", 0.84, 1.0, 0.98, 0, 0),
        ("risk_holdout77_set.jsonl", 0.84, 1.0, 0.94, 0, 0),
        # written blind at the same time by an eighty-seventh writer (a general contractor's
        # labour-relations officer in Xi'an), an eighty-eighth (a home-school mediation office in
        # Hefei) and an eighty-ninth (a funeral-services mediation point in Chongqing), 54, 57 and
        # 57 of 150 under 50 characters, each measured once with 2026.56: macro-F1 0.76, 0.82 and
        # 0.77, high R 0.90, 0.96 and 0.94, P 0.82, 0.94 and 0.92; 1, 1 and 0 low cases rated high
        # (a worker's own fall from an e-bike, raised by the model; a children's game): the third
        # met all four targets. 2026.57 (tuned on the misses): high R 0.98 in each; the model's
        # raise of the fall stays.
        ("risk_holdout78_set.jsonl", 0.77, 0.98, 0.83, 1, 0),
        ("risk_holdout79_set.jsonl", 0.82, 0.98, 0.96, 0, 0),
        ("risk_holdout80_set.jsonl", 0.78, 0.98, 0.92, 0, 0),
        # written blind at the same time by a ninetieth writer (the 12348 legal hotline in
        # Zhengzhou), a ninety-first (the market mediation committee of a Yiwu commodity market)
        # and a ninety-second (a district medical-dispute committee in Shanghai), 57, 58 and 54
        # of 150 under 50 characters, each measured once with 2026.57 and the model retrained on
        # 91 sets: macro-F1 0.87, 0.87 and 0.93, high R 0.98, 0.92 and 0.98, P 0.94, 0.98 and
        # 0.94; one low case rated high in each (an axe for a tree; "要出人命了" said of a wall;
        # a kitchen knife sent back): none met all four targets. 2026.58 (tuned on the misses and
        # on a second review): high R 1.00 in each, none rated high.
        ("risk_holdout81_set.jsonl", 0.86, 0.98, 0.94, 0, 0),
        ("risk_holdout82_set.jsonl", 0.87, 0.98, 0.98, 0, 0),
        ("risk_holdout83_set.jsonl", 0.93, 0.98, 0.98, 0, 0),
        # written blind at the same time by a ninety-third writer (a factory town's justice office
        # in Dongguan), a ninety-fourth (a live-streaming village near Hangzhou) and a
        # ninety-fifth (a township justice assistant in Liangshan), 51, 52 and 52 of 150 under 50
        # characters, each measured once with 2026.58: macro-F1 0.905, 0.886 and 0.832, high R
        # 0.98, 0.96 and 0.94, P 0.96, 0.92 and 1.00; one, one and no low case rated high (a
        # game named in quotes; a sickle cutting brush): the third met all four targets. 2026.59
        # (tuned on the misses and on a second review): high R 0.98, 1.00 and 1.00, none rated
        # high.
        ("risk_holdout84_set.jsonl", 0.90, 0.96, 0.96, 0, 0),
        ("risk_holdout85_set.jsonl", 0.89, 0.98, 0.92, 0, 0),
        ("risk_holdout86_set.jsonl", 0.84, 0.98, 0.98, 0, 0),
        # written blind at the same time by a ninety-sixth writer (a street office in an old
        # industrial district of Harbin), a ninety-seventh (a coastal town of Jinjiang and
        # Quanzhou) and a ninety-eighth (a rural social worker in southern Jiangxi), 55, 48 and 51
        # of 150 under 50 characters, each measured once with 2026.59: macro-F1 0.858, 0.840 and
        # 0.869, high R 0.96, 0.92 and 0.96, P 0.96, 1.00 and 0.91, no low case rated high: all
        # three met all four targets. 2026.60 (tuned on their misses after holdouts 90-92 were
        # measured with the same rules): high R 0.98, 1.00 and 1.00.
        ("risk_holdout87_set.jsonl", 0.85, 0.96, 0.94, 0, 1),
        ("risk_holdout88_set.jsonl", 0.84, 0.98, 0.98, 0, 0),
        ("risk_holdout89_set.jsonl", 0.87, 0.98, 0.91, 0, 0),
        # written blind at the same time by a ninety-ninth writer (a residents' committee in an
        # old Tianjin neighbourhood), a hundredth (a regiment of the Xinjiang Production and
        # Construction Corps) and a hundred-and-first (pre-litigation mediation at a Chengdu
        # district court), 56, 53 and 57 of 150 under 50 characters, each measured once with
        # 2026.59 like holdouts 87-89: macro-F1 0.806, 0.925 and 0.881, high R 0.90, 1.00 and 0.94,
        # P 0.94, 0.96 and 1.00; one, no and no low case rated high (a simile, "跟拿刀剜我心一样"):
        # the second and third met all four targets. 2026.60 (tuned on the misses of 87-92):
        # high R 1.00 in each, none rated high.
        ("risk_holdout90_set.jsonl", 0.83, 0.98, 0.96, 0, 0),
        ("risk_holdout91_set.jsonl", 0.90, 0.98, 0.94, 0, 0),
        ("risk_holdout92_set.jsonl", 0.88, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-second writer (a township near Datong
        # with subsided coal land), a hundred-and-third (an ecological-migration village in
        # Ningxia) and a hundred-and-fourth (the logistics city of Linyi), 56, 58 and 54 of 150
        # under 50 characters, each measured once with 2026.60: macro-F1 0.871, 0.831 and 0.866,
        # high R 0.92, 0.94 and 0.96, P 0.92, 0.96 and 0.96; no, no and one low case rated high (a
        # sickle that cut the wrong rows of beans): the first two met all four targets.
        ("risk_holdout93_set.jsonl", 0.86, 0.90, 0.90, 0, 3),
        ("risk_holdout94_set.jsonl", 0.82, 0.92, 0.94, 0, 1),
        ("risk_holdout95_set.jsonl", 0.85, 0.94, 0.94, 1, 1),
        # written blind at the same time by a hundred-and-fifth writer (an urban village in
        # Guangzhou, Cantonese quoted), a hundred-and-sixth (private lending near Wenzhou) and a
        # hundred-and-seventh (a county mediation room taking petition-office referrals near
        # Xuzhou), 51, 51 and 53 of 150 under 50 characters, each measured once with 2026.61:
        # macro-F1 0.811, 0.892 and 0.864, high R 0.88, 1.00 and 0.96, P 0.96, 0.96 and 0.89; one,
        # no and two low cases rated high ("今次真係死火" said of stock; a threat withdrawn as words
        # said in anger; "拼了命干活"): the second met all four targets. 2026.62 (tuned on the
        # Cantonese misses): high R 1.00 in each; the three lows the model or "非轻生" raise stay.
        ("risk_holdout96_set.jsonl", 0.83, 0.98, 0.94, 1, 0),
        ("risk_holdout97_set.jsonl", 0.88, 0.98, 0.94, 0, 0),
        ("risk_holdout98_set.jsonl", 0.86, 0.98, 0.87, 2, 0),
        # written blind at the same time by a hundred-and-eighth writer (a county town near
        # Kunming), a hundred-and-ninth (a relocation community on the edge of Beijing) and a
        # hundred-and-tenth (a river town on the Dongting plain), 54, 50 and 49 of 150 under 50
        # characters, each measured once with 2026.62: macro-F1 0.857, 0.859 and 0.835, high R
        # 0.98, 0.92 and 0.96, P 0.92, 0.94 and 0.96; no, one and no low case rated high (a sickle
        # carried to the field, checked): the first and third met all four targets. 2026.63
        # (tuned on their misses): high R 1.00 in each, no low case rated high.
        ("risk_holdout99_set.jsonl", 0.85, 0.98, 0.92, 0, 0),
        ("risk_holdout100_set.jsonl", 0.87, 0.98, 0.94, 0, 0),
        ("risk_holdout101_set.jsonl", 0.83, 0.98, 0.94, 0, 0),
        # written blind at the same time by a hundred-and-eleventh writer (a township in the
        # Yanbian Korean prefecture), a hundred-and-twelfth (a poverty-relocation estate near
        # Bijie) and a hundred-and-thirteenth (a harbour district in Qingdao), 59, 51 and 48 of 150
        # under 50 characters, each measured once with 2026.63: macro-F1 0.795, 0.806 and 0.810,
        # high R 0.94, 0.90 and 0.94, P 0.94, 0.92 and 0.94; no, one and no low case rated high (a
        # slaughterhouse worker's cut hand): the first and third met all four targets. 2026.64
        # (tuned on their misses): high R 0.98, 1.00 and 1.00, no low case rated high.
        ("risk_holdout102_set.jsonl", 0.80, 0.96, 0.96, 0, 1),
        ("risk_holdout103_set.jsonl", 0.82, 0.98, 0.92, 0, 0),
        ("risk_holdout104_set.jsonl", 0.81, 0.98, 0.92, 0, 0),
        # written blind at the same time by a hundred-and-fourteenth writer (a county town in the
        # Garzê Tibetan prefecture), a hundred-and-fifteenth (a street office by Lanzhou station)
        # and a hundred-and-sixteenth (a Hakka township in Meizhou), 48, 52 and 52 of 150 under 50
        # characters, each measured once with 2026.64: macro-F1 0.845, 0.899 and 0.852, high R
        # 0.92, 0.98 and 0.92, P 0.94, 0.98 and 0.98; no, no and one low case rated high
        # (children's game talk, "涯杀了你三次"): the first two met all four targets. 2026.65
        # (tuned on their misses): high R 0.96, 1.00 and 1.00, no low case rated high.
        ("risk_holdout105_set.jsonl", 0.84, 0.94, 0.92, 0, 0),
        ("risk_holdout106_set.jsonl", 0.88, 0.98, 0.96, 0, 0),
        ("risk_holdout107_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-seventeenth writer (a township near
        # Jinghong, Xishuangbanna), a hundred-and-eighteenth (a street office in Liuzhou) and a
        # hundred-and-nineteenth (the old south city of Nanjing), 52, 49 and 55 of 150 under 50
        # characters, each measured once with 2026.65: macro-F1 0.856, 0.826 and 0.844, high R
        # 0.98, 0.90 and 0.94, P 0.92, 0.96 and 0.96; no low case rated high in any: all three
        # met all four targets. 2026.66 (tuned on their misses): high R 0.98, 1.00 and 1.00.
        ("risk_holdout108_set.jsonl", 0.84, 0.96, 0.92, 0, 0),
        ("risk_holdout109_set.jsonl", 0.83, 0.98, 0.94, 0, 0),
        ("risk_holdout110_set.jsonl", 0.84, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-twentieth writer (a county court's
        # pre-litigation centre in Zhoukou), a hundred-and-twenty-first (an emigrant township in
        # Changle, Fuzhou) and a hundred-and-twenty-second (a street office in old Nanchang), 49,
        # 52 and 51 of 150 under 50 characters, each measured once with 2026.66: macro-F1 0.879,
        # 0.840 and 0.837, high R 1.00, 0.92 and 0.90, P 1.00, 0.92 and 0.92; no, one and no low
        # case rated high (children's game talk): the first and third met all four targets.
        # 2026.67 (tuned on their misses): high R 1.00, 1.00 and 0.98, no low case rated high.
        ("risk_holdout111_set.jsonl", 0.85, 0.98, 0.98, 0, 0),
        ("risk_holdout112_set.jsonl", 0.85, 0.98, 0.92, 0, 0),
        ("risk_holdout113_set.jsonl", 0.84, 0.96, 0.90, 0, 0),
        # written blind at the same time by a hundred-and-twenty-third writer (a township near
        # Yulin, northern Shaanxi), a hundred-and-twenty-fourth (a Three Gorges relocation town in
        # Wanzhou) and a hundred-and-twenty-fifth (a workshop township in Taizhou, Zhejiang), 53,
        # 54 and 51 of 150 under 50 characters, each measured once with 2026.67: macro-F1 0.899,
        # 0.835 and 0.920, high R 1.00, 0.98 and 0.96, P 1.00, 0.94 and 1.00; no, one and no low
        # case rated high (a partnership dividing its kitchen knives): the first and third met all
        # four targets. 2026.68 (tuned on their misses): high R 1.00 in each; the kitchen knives
        # of holdout 115, raised by the model, stay high.
        ("risk_holdout114_set.jsonl", 0.87, 0.98, 0.98, 0, 0),
        ("risk_holdout115_set.jsonl", 0.82, 0.98, 0.92, 1, 0),
        ("risk_holdout116_set.jsonl", 0.91, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-twenty-sixth writer (the old town of
        # Hohhot), a hundred-and-twenty-seventh (a township near Zhanjiang) and a
        # hundred-and-twenty-eighth (a community in Tangshan), 52, 57 and 48 of 150 under 50
        # characters, each measured once with 2026.68: macro-F1 0.843, 0.866 and 0.849, high R
        # 0.98, 0.96 and 0.88, P 0.96, 0.92 and 1.00; no, two and no low cases rated high (a cane
        # knife that slipped; machetes brought to clear a boundary): the first met all four targets.
        # 2026.69 (tuned on their misses): high R 1.00 in each, no low case rated high.
        ("risk_holdout117_set.jsonl", 0.83, 0.98, 0.94, 0, 0),
        ("risk_holdout118_set.jsonl", 0.87, 0.98, 0.94, 0, 0),
        ("risk_holdout119_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-twenty-ninth writer (an urban village
        # on the edge of Xi'an), a hundred-and-thirtieth (a tea township in old Huizhou) and a
        # hundred-and-thirty-first (a committee near Lianyungang), 49, 51 and 51 of 150 under 50
        # characters, each measured once with 2026.69: macro-F1 0.852, 0.920 and 0.867, high R
        # 0.94, 0.98 and 0.92, P 0.98, 0.98 and 0.98; no, one and no low case rated high: the
        # first and third met all four targets. 2026.70 (tuned on their misses): high R 0.98,
        # 1.00 and 0.98, no low case rated high.
        ("risk_holdout120_set.jsonl", 0.84, 0.96, 0.96, 0, 0),
        ("risk_holdout121_set.jsonl", 0.91, 0.98, 0.98, 0, 0),
        ("risk_holdout122_set.jsonl", 0.86, 0.96, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-thirty-second writer (a township in the
        # Enshi Tujia and Miao prefecture), a hundred-and-thirty-third (an old industrial district
        # of Shenyang) and a hundred-and-thirty-fourth (an orchard township near Tianshui), 50, 48
        # and 56 of 150 under 50 characters, each measured once with 2026.70: macro-F1 0.807, 0.900
        # and 0.767, high R 0.96, 0.94 and 0.88, P 0.92, 0.98 and 0.98; one, no and no low case
        # rated high: the second met all four targets. 2026.71 (tuned on their misses): high R
        # 0.98, 0.98 and 0.96; the firewood machetes of holdout 123 stay high.
        ("risk_holdout123_set.jsonl", 0.79, 0.96, 0.90, 1, 0),
        ("risk_holdout124_set.jsonl", 0.89, 0.96, 0.96, 0, 0),
        ("risk_holdout125_set.jsonl", 0.77, 0.94, 0.96, 0, 1),
        # written blind at the same time by a hundred-and-thirty-fifth writer (a Miao and Dong
        # township in Qiandongnan), a hundred-and-thirty-sixth (Suzhou's industrial park) and a
        # hundred-and-thirty-seventh (the Hetao irrigation area, Bayannur), 51, 53 and 49 of 150
        # under 50 characters, each measured once with 2026.71: macro-F1 0.809, 0.832 and 0.866,
        # high R 0.96, 0.90 and 0.96, P 0.91, 0.94 and 1.00; no, two and no low cases rated high (a
        # teddy's bite paid for; disinfectant called "投毒" in a chat): the first and third met all
        # four targets. 2026.72 (tuned on their misses): high R 1.00 each, no low case rated high.
        ("risk_holdout126_set.jsonl", 0.80, 0.98, 0.88, 0, 0),
        ("risk_holdout127_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        ("risk_holdout128_set.jsonl", 0.85, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-thirty-eighth writer (a township on the
        # Bashang plateau north of Zhangjiakou), a hundred-and-thirty-ninth (a street committee in
        # Xining) and a hundred-and-fortieth (a Hakka township near Ganzhou), 51, 52 and 51 of 150
        # under 50 characters, each measured once with 2026.72: macro-F1 0.852, 0.832 and 0.879,
        # high R 0.94, 0.94 and 0.98, P 0.96, 0.96 and 0.94; no, two and no low cases rated high (a
        # threat settled two years ago; a sickle cut at harvest, paid for): the first and third met
        # all four targets. 2026.73 (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout129_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        ("risk_holdout130_set.jsonl", 0.84, 0.98, 0.98, 0, 0),
        ("risk_holdout131_set.jsonl", 0.86, 0.98, 0.92, 0, 0),
        # written blind at the same time by a hundred-and-forty-first writer (a Hui and Han township
        # in the Guyuan hills), a hundred-and-forty-second (a township on the Dongting lake plain
        # near Changde) and a hundred-and-forty-third (a street committee in Dandong), 54, 51 and
        # 50 of 150 under 50 characters, each measured once with 2026.73: macro-F1 0.833, 0.834 and
        # 0.871, high R 0.92, 0.98 and 1.00, P 0.94, 0.92 and 0.98; one, no and no low case rated
        # high (an operation that "差点要了老人的命", an infected wound): the second and third met
        # all four targets. 2026.74 (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout132_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        ("risk_holdout133_set.jsonl", 0.82, 0.98, 0.90, 0, 0),
        ("risk_holdout134_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-forty-fourth writer (a Zhuang and Han
        # township in the karst hills near Baise), a hundred-and-forty-fifth (an old neighbourhood
        # of Luoyang) and a hundred-and-forty-sixth (a township on the grasslands near Daqing), 56,
        # 51 and 51 of 150 under 50 characters, each measured once with 2026.74: macro-F1 0.871,
        # 0.827 and 0.783, high R 0.98, 0.96 and 0.96, P 0.94, 0.94 and 0.91; no low case rated
        # high in any: all three met all four targets. 2026.75 (tuned on their misses): high R
        # 1.00 each, no low rated high.
        ("risk_holdout135_set.jsonl", 0.85, 0.98, 0.92, 0, 0),
        ("risk_holdout136_set.jsonl", 0.82, 0.98, 0.94, 0, 0),
        ("risk_holdout137_set.jsonl", 0.77, 0.98, 0.88, 0, 0),
        # written blind at the same time by a hundred-and-forty-seventh writer (a township in the
        # hills near Nanchong), a hundred-and-forty-eighth (a township in the Dabie mountains near
        # Lu'an) and a hundred-and-forty-ninth (a Manchu and Han township near Chengde), 50, 54 and
        # 52 of 150 under 50 characters, each measured once with 2026.75: macro-F1 0.817, 0.765
        # and 0.849, high R 0.94, 0.98 and 0.96, P 0.94, 0.92 and 0.89; no, one and two low cases
        # rated high (a mahjong table's "弄死你" said in jest; an axe on one's own oaks; a roof-edge
        # threat settled last year): the first met all four targets. 2026.76 (tuned on their
        # misses): high R 1.00 each; the roof-edge follow-up of holdout 140 stays high.
        ("risk_holdout138_set.jsonl", 0.81, 0.98, 0.92, 0, 0),
        ("risk_holdout139_set.jsonl", 0.76, 0.98, 0.92, 0, 0),
        ("risk_holdout140_set.jsonl", 0.84, 0.98, 0.88, 1, 0),
        # written blind at the same time by a hundred-and-fiftieth writer (a greenhouse township
        # near Shouguang), a hundred-and-fifty-first (a distillery township near Zunyi) and a
        # hundred-and-fifty-second (an old water town near Shaoxing), 55, 53 and 49 of 150 under 50
        # characters, each measured once with 2026.76: macro-F1 0.839, 0.794 and 0.853, high R
        # 0.92, 0.92 and 0.90, P 0.94, 0.89 and 0.96; one, two and no low cases rated high (a
        # child's forehead grazed playing at war after a film; "要他的命" over a sorghum price; a
        # butcher come to settle accounts with his boning knife): the third met all four targets.
        # 2026.77 (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout141_set.jsonl", 0.84, 0.98, 0.94, 0, 0),
        ("risk_holdout142_set.jsonl", 0.81, 0.98, 0.90, 0, 0),
        ("risk_holdout143_set.jsonl", 0.86, 0.98, 0.94, 0, 0),
        # written blind at the same time by a hundred-and-fifty-third writer (a street committee in
        # Panzhihua), a hundred-and-fifty-fourth (a township in the Changbai mountains near Tonghua)
        # and a hundred-and-fifty-fifth (a township on the plains near Handan), 60, 55 and 50 of 150
        # under 50 characters, each measured once with 2026.77: macro-F1 0.892, 0.822 and 0.825,
        # high R 1.00, 0.96 and 0.88, P 0.98, 0.87 and 0.92; no, three and no low cases rated high
        # (a sickle that slipped at harvest; a blunt pig-killing knife exchanged; "我整死你" on an
        # opera stage): the first met all four targets. 2026.78 (tuned on their misses): high R
        # 1.00 each, no low rated high.
        ("risk_holdout144_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        ("risk_holdout145_set.jsonl", 0.83, 0.98, 0.90, 0, 0),
        ("risk_holdout146_set.jsonl", 0.84, 0.98, 0.90, 0, 0),
        # written blind at the same time by a hundred-and-fifty-sixth writer (a Minnan township near
        # Quanzhou, the parties' words in Minnan characters), a hundred-and-fifty-seventh (the loess
        # hills near Yan'an) and a hundred-and-fifty-eighth (an old district of Wuhan), 49, 54 and
        # 55 of 150 under 50 characters, each measured once with 2026.79: macro-F1 0.735, 0.877 and
        # 0.800, high R 0.70, 1.00 and 0.82, P 0.97, 0.94 and 0.91; no, one and one low case rated
        # high ("打破头也不让" between brothers, settled by the will; a butcher chopping ribs for a
        # customer): none met all four targets. 2026.80 (tuned on their misses, Minnan words read as
        # Mandarin): high R 0.90, 1.00 and 0.94, no low rated high.
        ("risk_holdout147_set.jsonl", 0.79, 0.88, 0.96, 0, 2),
        ("risk_holdout148_set.jsonl", 0.86, 0.98, 0.94, 0, 0),
        ("risk_holdout149_set.jsonl", 0.82, 0.92, 0.92, 0, 0),
        # written blind at the same time by a hundred-and-fifty-ninth writer (a Chaoshan township near
        # Shantou, Teochew words quoted), a hundred-and-sixtieth (a Hakka township in Heyuan) and a
        # hundred-and-sixty-first (an old district of Kunming), 51, 56 and 50 of 150 under 50
        # characters, each measured once with 2026.80: macro-F1 0.877, 0.842 and 0.881, high R
        # 0.96, 0.92 and 0.92, P 0.92, 0.90 and 0.98; no low case rated high in any: all three met
        # all four targets. 2026.81 (tuned on their misses, the Hakka 𠊎 and 畀 read as Mandarin):
        # high R 1.00 each, no low rated high.
        ("risk_holdout150_set.jsonl", 0.87, 0.98, 0.92, 0, 0),
        ("risk_holdout151_set.jsonl", 0.84, 0.98, 0.89, 0, 0),
        ("risk_holdout152_set.jsonl", 0.88, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-sixty-second writer (a township near
        # Wenzhou, Wenzhou words quoted), a hundred-and-sixty-third (an old district of Tianjin) and
        # a hundred-and-sixty-fourth (an old district of Urumqi), 50, 52 and 47 of 150 under 50
        # characters, each measured once with 2026.81: macro-F1 0.906, 0.815 and 0.913, high R
        # 0.98, 0.86 and 0.94, P 0.96, 0.93 and 0.98; one, one and no low case rated high (a
        # neighbour's scrub trees cut with a billhook while gathering firewood, paid for; a fish
        # seller arguing with the fish knife in her hand and going back to scaling): the third met
        # all four targets. 2026.82 (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout153_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        ("risk_holdout154_set.jsonl", 0.85, 0.98, 0.98, 0, 0),
        ("risk_holdout155_set.jsonl", 0.91, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-sixty-fifth writer (a township on the
        # Jiaodong peninsula near Yantai), a hundred-and-sixty-sixth (a township near Yancheng in
        # northern Jiangsu) and a hundred-and-sixty-seventh (a Gan-speaking fireworks township near
        # Pingxiang), 53, 52 and 48 of 150 under 50 characters, each measured once with 2026.82:
        # macro-F1 0.821, 0.878 and 0.877, high R 0.96, 1.00 and 0.94, P 0.91, 0.93 and 0.92; one,
        # no and no low case rated high (a ladder that slipped in an orchard and hurt a picker's
        # foot, paid for): the second and third met all four targets. 2026.83 (tuned on their
        # misses): high R 1.00 each, no low rated high.
        ("risk_holdout156_set.jsonl", 0.82, 0.98, 0.91, 0, 0),
        ("risk_holdout157_set.jsonl", 0.85, 0.98, 0.91, 0, 0),
        ("risk_holdout158_set.jsonl", 0.87, 0.98, 0.91, 0, 0),
        # written blind at the same time by a hundred-and-sixty-eighth writer (a Mongolian and Han
        # township near Tongliao), a hundred-and-sixty-ninth (a township in the Jinzhong basin,
        # Shanxi) and a hundred-and-seventieth (a township on the Leizhou peninsula), 54, 57 and 49
        # of 150 under 50 characters, each measured once with 2026.83: macro-F1 0.845, 0.874 and
        # 0.827, high R 0.90, 0.88 and 0.94, P 0.98, 0.98 and 0.96; no low case rated high in any:
        # the first and third met all four targets. 2026.84 (tuned on their misses): high R 1.00
        # each, no low rated high.
        ("risk_holdout159_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        ("risk_holdout160_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        ("risk_holdout161_set.jsonl", 0.82, 0.98, 0.94, 0, 0),
        # written blind at the same time by a hundred-and-seventy-first writer (a Hui, Dongxiang and
        # Han township near Linxia), a hundred-and-seventy-second (a street office in Guilin) and a
        # hundred-and-seventy-third (a mountain township near Lishui), 53, 48 and 48 of 150 under
        # 50 characters, each measured once with 2026.84: macro-F1 0.865, 0.815 and 0.884, high R
        # 0.96, 0.98 and 0.96, P 0.96, 1.00 and 0.96; no, no and one low case rated high (a wife's
        # threat to drink pesticide a year ago, called words said in anger, the husband sober
        # since): the first and second met all four targets. 2026.85 (tuned on their misses): high
        # R 1.00 each, no low rated high.
        ("risk_holdout162_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        ("risk_holdout163_set.jsonl", 0.80, 0.98, 0.98, 0, 0),
        ("risk_holdout164_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-seventy-fourth writer (a Qiang, Tibetan
        # and Han township near Maoxian), a hundred-and-seventy-fifth (an old district of Harbin)
        # and a hundred-and-seventy-sixth (a street office in Shunde, Cantonese words quoted), 50,
        # 54 and 54 of 150 under 50 characters, each measured once with 2026.85: macro-F1 0.820,
        # 0.853 and 0.762, high R 0.90, 0.94 and 0.84, P 0.98, 0.94 and 1.00; no, one and no low
        # case rated high (children shouting "整死你" in a snowball fight): the first met all four
        # targets. 2026.86 (tuned on their misses, five more Cantonese characters read as
        # Mandarin): high R 0.98, 1.00 and 1.00, no low rated high.
        ("risk_holdout165_set.jsonl", 0.82, 0.96, 0.96, 0, 0),
        ("risk_holdout166_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        ("risk_holdout167_set.jsonl", 0.79, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-seventy-seventh writer (a Bouyei, Miao and
        # Han township near Anshun), a hundred-and-seventy-eighth (an old district of Nanjing) and a
        # hundred-and-seventy-ninth (an island township in Zhoushan, Wu words quoted), 60, 55 and
        # 50 of 150 under 50 characters, each measured once with 2026.86: macro-F1 0.837, 0.888
        # and 0.834, high R 0.96, 0.96 and 0.90, P 0.92, 1.00 and 0.98; no low case rated high in
        # any: all three met all four targets. 2026.87 (tuned on their misses): high R 1.00 each,
        # no low rated high.
        ("risk_holdout168_set.jsonl", 0.82, 0.98, 0.91, 0, 0),
        ("risk_holdout169_set.jsonl", 0.88, 0.98, 0.98, 0, 0),
        ("risk_holdout170_set.jsonl", 0.84, 0.98, 0.96, 0, 0),
        # written blind at the same time by six new writers, the hundred-and-eightieth to
        # hundred-and-eighty-fifth (a district of Zigong, a township in Caoxian, an old quarter of
        # Chaozhou with Teochew words quoted, a Baotou district, a Miao and Dong township near
        # Kaili, a Yichang district), 51 to 57 of 150 under 50 characters each, each measured once
        # with 2026.87: macro-F1 0.843, 0.865, 0.850, 0.890, 0.899 and 0.891, high R 0.96, 1.00,
        # 0.92, 1.00, 0.96 and 1.00, P 0.98, 0.98, 0.96, 0.96, 0.98 and 0.96; no low case rated
        # high in any: all six met all four targets. 2026.88 (tuned on their misses): high R 1.00
        # each, no low rated high.
        ("risk_holdout171_set.jsonl", 0.83, 0.98, 0.96, 0, 0),
        ("risk_holdout172_set.jsonl", 0.84, 0.98, 0.96, 0, 1),
        ("risk_holdout173_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        ("risk_holdout174_set.jsonl", 0.86, 0.98, 0.94, 0, 1),
        ("risk_holdout175_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        ("risk_holdout176_set.jsonl", 0.86, 0.98, 0.94, 0, 1),
        # written blind at the same time by a hundred-and-eighty-sixth writer (a sub-district of
        # Xiamen, Minnan words quoted), a hundred-and-eighty-seventh (a district of Nanning,
        # Nanning Cantonese quoted) and a hundred-and-eighty-eighth (a town in Kunshan, Wu and
        # migrant workers' words), 51, 50 and 48 of 150 under 50 characters, each measured once
        # with 2026.88: macro-F1 0.813, 0.817 and 0.866, high R 0.90, 0.86 and 0.94, P 0.98, 0.93
        # and 0.98; no low case rated high in 177 and 178, one in 179 (a man cutting grass with a
        # sickle in hand while two neighbours argue, "双方都讲没动手"): 177 met all four targets.
        # 2026.89 (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout177_set.jsonl", 0.81, 0.98, 0.96, 0, 0),
        ("risk_holdout178_set.jsonl", 0.83, 0.98, 0.92, 0, 0),
        ("risk_holdout179_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind at the same time by a hundred-and-eighty-ninth writer (a justice office
        # in Shiyan), a hundred-and-ninetieth (a township in Xuzhou) and a hundred-and-ninety-first
        # (a community in Sanya, Hainanese and north-east words quoted), 53, 46 and 50 of 150 under
        # 50 characters, each measured once with 2026.89: macro-F1 0.795, 0.858 and 0.841, high R
        # 0.92, 0.96 and 0.90, P 0.94, 0.87 and 0.98; no low case rated high in 180 and 182, two in
        # 181 (a boning knife exchanged because its edge turned, a "偿命" shouted at the traffic
        # police and settled with a written pardon): 180 and 182 met all four targets. 2026.90
        # (tuned on their misses): high R 1.00 each, no low rated high.
        ("risk_holdout180_set.jsonl", 0.79, 0.98, 0.92, 0, 0),
        ("risk_holdout181_set.jsonl", 0.85, 0.98, 0.89, 0, 0),
        ("risk_holdout182_set.jsonl", 0.84, 0.98, 0.96, 0, 0),
        # written blind at the same time by a hundred-and-ninety-second writer (a township near
        # Jingdezhen, Gan words quoted), a hundred-and-ninety-third (a justice office in
        # Zhangjiakou) and a hundred-and-ninety-fourth (a committee in Wenshan, Yunnan speech),
        # 53, 53 and 50 of 150 under 50 characters, each measured once with 2026.90: macro-F1
        # 0.867, 0.912 and 0.886, high R 0.94, 1.00 and 0.98, P 0.98, 0.94 and 0.96; no low case
        # rated high in 183, one each in 184 (two old men at cards telling each other "弄死你",
        # the onlookers laughing) and 185 (a machete exchanged after its edge chipped, rated high
        # by the similarity model alone): 183 met all four targets. 2026.91 (tuned on their
        # misses): high R 0.98, 1.00 and 1.00; the machete stays high (the model, not the rules).
        ("risk_holdout183_set.jsonl", 0.85, 0.96, 0.96, 0, 1),
        ("risk_holdout184_set.jsonl", 0.89, 0.98, 0.94, 0, 0),
        ("risk_holdout185_set.jsonl", 0.86, 0.98, 0.94, 1, 0),
        # written blind at the same time by a hundred-and-ninety-fifth writer (a justice office in
        # Luzhou), a hundred-and-ninety-sixth (a township near Qiqihar, north-east speech) and a
        # hundred-and-ninety-seventh (a committee in Quzhou, Wu words quoted), 51, 52 and 50 of
        # 150 under 50 characters, each measured once with 2026.91: macro-F1 0.860, 0.885 and
        # 0.884, high R 0.94, 0.98 and 0.98, P 0.98, 0.94 and 0.91; no low case rated high in 186
        # and 188, one in 187 (rat bait laid by the property company, eaten by a cat that
        # recovered: "投药" read as poisoning): 186 and 188 met all four targets. 2026.92 (tuned
        # on their misses): high R 1.00 in all three, the rat bait no longer high.
        ("risk_holdout186_set.jsonl", 0.86, 0.98, 0.96, 0, 0),
        ("risk_holdout187_set.jsonl", 0.88, 0.98, 0.94, 0, 0),
        ("risk_holdout188_set.jsonl", 0.87, 0.98, 0.89, 0, 0),
        # written blind at the same time by a hundred-and-ninety-eighth writer (a town near
        # Zhanjiang, Leizhou and Cantonese words quoted), a hundred-and-ninety-ninth (a county near
        # Xinyang, Henan speech) and a two-hundredth (a banner near Ordos), 59, 54 and 52 of 150
        # under 50 characters, each measured once with 2026.92: macro-F1 0.845, 0.878 and 0.858,
        # high R 0.98 in all three, P 1.00, 0.98 and 0.94; no low case rated high in 189 and 190,
        # one in 191 (a mahjong player saying he lost enough "to jump off a building", everyone
        # laughing): 189 and 190 met all four targets. 2026.93 (tuned on their misses): high R
        # 1.00 in all three, the mahjong joke no longer high.
        ("risk_holdout189_set.jsonl", 0.83, 0.98, 0.98, 0, 0),
        ("risk_holdout190_set.jsonl", 0.86, 0.98, 0.96, 0, 0),
        ("risk_holdout191_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        # written blind at the same time by a two-hundred-and-first writer (a township near Weinan,
        # Guanzhong speech), a two-hundred-and-second (Taizhou, Zhejiang, Wu words quoted) and a
        # two-hundred-and-third (a county near Hengyang, Xiang words quoted), 51, 59 and 50 of 150
        # under 50 characters, each measured once with 2026.93: macro-F1 0.852, 0.871 and 0.863,
        # high R 0.98, 0.92 and 0.98, P 0.96, 0.94 and 0.93; one low case rated high in 192 (a
        # temple-fair Guan Yu whose stage halberd grazed a spectator), none in 193 and 194: 193
        # and 194 met all four targets. 2026.94 (tuned on their misses, Wu 渠, 弗, 侬 and 呒 now
        # read as Mandarin): high R 1.00 in all three, the stage halberd no longer high.
        ("risk_holdout192_set.jsonl", 0.84, 0.98, 0.96, 0, 0),
        ("risk_holdout193_set.jsonl", 0.88, 0.98, 0.92, 0, 0),
        ("risk_holdout194_set.jsonl", 0.85, 0.98, 0.90, 0, 0),
        # written blind at the same time by a two-hundred-and-fourth writer (a township near Bozhou,
        # northern Anhui speech), a two-hundred-and-fifth (a county near Hanzhong) and a
        # two-hundred-and-sixth (a town near Wenchang, Hainanese words quoted), 49, 51 and 60 of
        # 150 under 50 characters, each measured once with 2026.94: macro-F1 0.851, 0.867 and
        # 0.860, high R 0.98, 0.96 and 0.94, P 0.96, 0.98 and 0.98; no low case rated high in
        # any: all three met all four targets. 2026.95 (tuned on their misses): high R 1.00 in
        # all three.
        ("risk_holdout195_set.jsonl", 0.84, 0.98, 0.94, 0, 0),
        ("risk_holdout196_set.jsonl", 0.86, 0.98, 0.96, 0, 0),
        ("risk_holdout197_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind at the same time by a two-hundred-and-seventh writer (a county near
        # Tongren, Guizhou), a two-hundred-and-eighth (a town near Yingkou, north-east speech) and
        # a two-hundred-and-ninth (a township near Kangding, Ganzi), 49, 55 and 54 of 150 under 50
        # characters, each measured once with 2026.95: macro-F1 0.837, 0.861 and 0.854, high R
        # 0.96, 0.92 and 0.94, P 0.98, 1.00 and 0.98; no low case rated high in 198 and 199, one
        # in 200 ("输了就跳河" said at cards, everyone there confirming it was a joke): 198 and 199
        # met all four targets. 2026.96 (tuned on their misses): high R 1.00, 0.98 and 1.00, the
        # card-table joke no longer high.
        ("risk_holdout198_set.jsonl", 0.83, 0.98, 0.96, 0, 0),
        ("risk_holdout199_set.jsonl", 0.86, 0.96, 0.98, 0, 0),
        ("risk_holdout200_set.jsonl", 0.86, 0.98, 0.98, 0, 0),
        # written blind by six more writers, the two-hundred-and-tenth to two-hundred-and-fifteenth
        # (a town near Jiujiang on Poyang Lake, a township near Liupanshui, a town near Jining, a
        # farm town near Jiamusi, a township near Zhangye, a town near Beihai, Cantonese words
        # quoted), 52, 48, 56, 48, 50 and 50 of 150 under 50 characters, each measured once with
        # 2026.96: macro-F1 0.850, 0.872, 0.866, 0.885, 0.826 and 0.866, high R 0.96, 0.96, 0.92,
        # 1.00, 0.96 and 0.90, P 1.00, 0.94, 0.96, 0.98, 0.96 and 0.98; no low case rated high in
        # any: all six met all four targets. 2026.97 (tuned on their misses): high R 0.98, 0.98,
        # 0.94, 1.00, 1.00 and 1.00.
        ("risk_holdout201_set.jsonl", 0.83, 0.96, 0.98, 0, 0),
        ("risk_holdout202_set.jsonl", 0.85, 0.96, 0.92, 0, 1),
        ("risk_holdout203_set.jsonl", 0.85, 0.92, 0.94, 0, 1),
        ("risk_holdout204_set.jsonl", 0.86, 0.98, 0.96, 0, 0),
        ("risk_holdout205_set.jsonl", 0.81, 0.98, 0.94, 0, 0),
        ("risk_holdout206_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        # written blind at the same time by a two-hundred-and-sixteenth writer (a county near
        # Shaoyang, Hunan), a two-hundred-and-seventeenth (a sub-district near Foshan / Shunde,
        # Cantonese words quoted) and a two-hundred-and-eighteenth (a town near Datong, Jin
        # speech), 50, 51 and 56 of 150 under 50 characters, each measured once with 2026.97:
        # macro-F1 0.871, 0.798 and 0.857, high R 0.98, 0.84 and 0.98, P 0.94, 0.98 and 0.92; no
        # low case rated high in any: 207 and 209 met all four targets, 208 missed on recall
        # (Cantonese the rules did not read). 2026.98 (tuned on 208's Cantonese misses, with a
        # second reader): 208 high R 0.94.
        ("risk_holdout207_set.jsonl", 0.85, 0.96, 0.92, 0, 1),
        ("risk_holdout208_set.jsonl", 0.81, 0.92, 0.96, 0, 1),
        ("risk_holdout209_set.jsonl", 0.83, 0.96, 0.90, 0, 1),
        # written blind at the same time by a two-hundred-and-nineteenth writer (a town near
        # Nantong), a two-hundred-and-twentieth (a county near Ganzhou, Hakka words quoted) and a
        # two-hundred-and-twenty-first (a town near Baoding), 60, 51 and 53 of 150 under 50
        # characters, each measured once with 2026.98: macro-F1 0.857, 0.920 and 0.912, high R
        # 1.00, 0.94 and 1.00, P 0.96, 0.98 and 0.98; one low case rated high in 210 (a search
        # for a missing old man, rated high by the similarity model alone), none in 211 and 212:
        # 211 and 212 met all four targets. 2026.99 (tuned on their three missed highs):
        # high R 1.00, 1.00 and 1.00.
        ("risk_holdout210_set.jsonl", 0.83, 0.98, 0.94, 1, 0),
        ("risk_holdout211_set.jsonl", 0.91, 0.98, 0.96, 0, 0),
        ("risk_holdout212_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        # written blind at the same time by six writers, the two-hundred-and-twenty-second to
        # two-hundred-and-twenty-seventh (near Huzhou, Wu words quoted; near Xiangtan; Dezhou;
        # near Chifeng; near Yangjiang, Cantonese quoted; Panjin), 54, 50, 51, 58, 50 and 59 of 150
        # under 50 characters, each measured once with 2026.99: macro-F1 0.880, 0.827, 0.900,
        # 0.887, 0.785 and 0.817, high R 0.96, 0.98, 0.96, 0.96, 0.86 and 0.88, P 1.00, 0.92, 0.98,
        # 0.96, 0.93 and 0.90; two low cases rated high in 216 and one in 218 (a game and a chess
        # match told in fighting words, chemotherapy called poison): 213, 214 and 215 met all four
        # targets, 216 missed on lows rated high, 217 on recall, 218 on both. 2026.100 (tuned on
        # their misses, with a second reading): high R 1.00, 1.00, 1.00, 1.00, 0.98 and 1.00, no
        # low case rated high.
        ("risk_holdout213_set.jsonl", 0.87, 0.98, 0.98, 0, 0),
        ("risk_holdout214_set.jsonl", 0.81, 0.98, 0.90, 0, 0),
        ("risk_holdout215_set.jsonl", 0.89, 0.98, 0.96, 0, 0),
        ("risk_holdout216_set.jsonl", 0.89, 0.98, 0.98, 0, 0),
        ("risk_holdout217_set.jsonl", 0.80, 0.96, 0.92, 0, 0),
        ("risk_holdout218_set.jsonl", 0.84, 0.98, 0.90, 0, 0),
        # written blind at the same time by a two-hundred-and-twenty-eighth writer (near Qinzhou,
        # Cantonese-Pinghua quoted), a two-hundred-and-twenty-ninth (near Shuozhou) and a
        # two-hundred-and-thirtieth (Meishan), 52, 54 and 51 of 150 under 50 characters, each
        # measured once with 2026.100: macro-F1 0.810, 0.898 and 0.884, high R 0.90, 1.00 and
        # 0.96, P 0.94, 0.94 and 0.96; one low case rated high in 219 (a game's "砍死你" the
        # parents were told was game talk) and one in 220 (sickles in hand at harvest): 221 met
        # all four targets. 2026.101 (tuned on their misses, with a second reading): high R 1.00,
        # 1.00 and 1.00, no low case rated high.
        ("risk_holdout219_set.jsonl", 0.82, 0.98, 0.94, 0, 0),
        ("risk_holdout220_set.jsonl", 0.88, 0.98, 0.94, 0, 0),
        ("risk_holdout221_set.jsonl", 0.87, 0.98, 0.94, 0, 0),
        # written blind at the same time by six writers, the two-hundred-and-thirty-first to
        # two-hundred-and-thirty-sixth (near Fuyang, near Suqian, Xiaogan, Bengbu, near Wuwei, near
        # Xuancheng), 52, 50, 53, 55, 47 and 50 of 150 under 50 characters, each measured once
        # with 2026.101: macro-F1 0.847, 0.849, 0.831, 0.847, 0.851 and 0.871, high R 0.96, 0.98,
        # 0.92, 0.96, 0.96 and 0.96, P 1.00, 0.94, 0.92, 0.87, 0.96 and 0.94; one low case rated
        # high in each of 224, 225 and 226 (a sickle at harvest twice, a child's game shout):
        # 222, 223 and 227 met all four targets. 2026.102 (tuned on their misses, with a second
        # reading): high R 1.00, 1.00, 0.96, 0.98, 1.00 and 0.98, no low case rated high.
        ("risk_holdout222_set.jsonl", 0.83, 0.98, 0.98, 0, 0),
        ("risk_holdout223_set.jsonl", 0.83, 0.98, 0.92, 0, 0),
        ("risk_holdout224_set.jsonl", 0.82, 0.94, 0.92, 0, 1),
        ("risk_holdout225_set.jsonl", 0.83, 0.96, 0.87, 0, 1),
        ("risk_holdout226_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        ("risk_holdout227_set.jsonl", 0.85, 0.96, 0.92, 0, 0),
        # written blind at the same time by a two-hundred-and-thirty-seventh writer (near Chuzhou),
        # a two-hundred-and-thirty-eighth (near Zhuzhou) and a two-hundred-and-thirty-ninth
        # (Panzhihua), 50, 47 and 50 of 150 under 50 characters, each measured once with
        # 2026.102: macro-F1 0.858, 0.855 and 0.886, high R 0.98, 0.96 and 0.98, P 0.96, 0.94 and
        # 0.96; one low case rated high in 230 (a boning knife with a loose handle, exchanged):
        # 228 and 229 met all four targets. 2026.103 (tuned on their three misses, no second
        # reader): high R 1.00, 0.96 and 1.00, no low case rated high.
        ("risk_holdout228_set.jsonl", 0.84, 0.98, 0.94, 0, 0),
        ("risk_holdout229_set.jsonl", 0.83, 0.94, 0.92, 0, 0),
        ("risk_holdout230_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        # written blind at the same time by a two-hundred-and-fortieth writer (near Leshan), a
        # two-hundred-and-forty-first (Jinzhou) and a two-hundred-and-forty-second (near
        # Liaocheng), 51, 51 and 51 of 150 under 50 characters, each measured once with
        # 2026.103: macro-F1 0.856, 0.868 and 0.855, high R 0.98, 0.96 and 0.98, P 0.96, 0.92 and
        # 0.91; one low case rated high in 233 (a butcher cutting meat open with a knife to show
        # it was not watered): 231 and 232 met all four targets. 2026.104 (tuned on their five
        # misses, with a second reading of 2026.103): high R 1.00, 1.00 and 1.00, no low case
        # rated high.
        ("risk_holdout231_set.jsonl", 0.84, 0.98, 0.94, 0, 0),
        ("risk_holdout232_set.jsonl", 0.86, 0.98, 0.90, 0, 0),
        ("risk_holdout233_set.jsonl", 0.84, 0.98, 0.90, 0, 0),
        # written blind by six more writers, two rounds of three: near Hengshui, Huaihua and near
        # Shaoguan; near Fuxin, near Shangluo and Zhumadian; 52, 54, 49, 57, 50 and 48 of 150 under
        # 50 characters, each measured once with 2026.104: macro-F1 0.830, 0.857, 0.827, 0.833,
        # 0.851 and 0.886, high R 0.98, 0.96, 0.96, 0.94, 0.94 and 0.98, P 0.89, 0.96, 0.92, 0.96,
        # 0.96 and 0.98; one low case rated high in 234 (a butcher chopping ribs), 237 (a chess
        # player's "将死你") and 238 (sickles carried up the hill to find a boundary stone): 235,
        # 236 and 239 met all four targets. 2026.105 (tuned on their fifteen high-related
        # misses, with a second reading): high R 1.00 on all six, no low case rated high.
        ("risk_holdout234_set.jsonl", 0.82, 0.98, 0.88, 0, 0),
        ("risk_holdout235_set.jsonl", 0.85, 0.98, 0.94, 0, 0),
        ("risk_holdout236_set.jsonl", 0.81, 0.98, 0.90, 0, 0),
        ("risk_holdout237_set.jsonl", 0.83, 0.98, 0.96, 0, 0),
        ("risk_holdout238_set.jsonl", 0.85, 0.98, 0.96, 0, 0),
        ("risk_holdout239_set.jsonl", 0.87, 0.98, 0.96, 0, 0),
        # written blind at the same time by a two-hundred-and-forty-ninth writer (near Yongzhou), a
        # two-hundred-and-fiftieth (Linfen) and a two-hundred-and-fifty-first (near Nantong), 53,
        # 49 and 53 of 150 under 50 characters, each measured once with 2026.105: macro-F1 0.813,
        # 0.784 and 0.881, high R 0.98, 0.96 and 0.94, P 0.86, 0.94 and 1.00; one low case rated
        # high in 240 (a butcher carrying his knife to kill a New Year pig) and 241 (rat poison put
        # down by the estate): 242 met all four targets. 2026.106 (tuned on their eight
        # high-related misses, with a second reading): high R 1.00 on all three, no low case
        # rated high.
        ("risk_holdout240_set.jsonl", 0.80, 0.98, 0.85, 0, 0),
        ("risk_holdout241_set.jsonl", 0.78, 0.98, 0.94, 0, 0),
        ("risk_holdout242_set.jsonl", 0.88, 0.98, 0.98, 0, 0),
        # written blind at the same time by a two-hundred-and-fifty-second writer (near
        # Zhangjiajie), a two-hundred-and-fifty-third (Xuchang) and a two-hundred-and-fifty-fourth
        # (near Maoming), 54, 48 and 52 of 150 under 50 characters, each measured once with
        # 2026.106: macro-F1 0.843, 0.892 and 0.824, high R 1.00, 0.98 and 0.92, P 0.93, 0.96 and
        # 0.96; no low case rated high: all three met all four targets. 2026.107 (tuned on their
        # five missed highs, with a second reading): high R 1.00 on all three.
        ("risk_holdout243_set.jsonl", 0.82, 0.98, 0.90, 0, 0),
        ("risk_holdout244_set.jsonl", 0.87, 0.98, 0.94, 0, 0),
        ("risk_holdout245_set.jsonl", 0.82, 0.98, 0.94, 0, 0),
        # written blind at the same time by a two-hundred-and-fifty-fifth writer (near Anqing), a
        # two-hundred-and-fifty-sixth (near Baicheng) and a two-hundred-and-fifty-seventh
        # (Rizhao), 50, 60 and 48 of 150 under 50 characters, each measured once with 2026.107:
        # macro-F1 0.856, 0.860 and 0.887, high R 0.98, 0.92 and 0.94, P 0.96, 0.94 and 1.00; one
        # low case rated high in 247 (a sickle that cut two rows of the neighbour's maize by
        # mistake, paid for): 246 and 248 met all four targets. 2026.108 (tuned on their nine
        # high-related misses, no second reader): high R 1.00 on all three, no low rated high.
        ("risk_holdout246_set.jsonl", 0.84, 0.98, 0.94, 0, 0),
        ("risk_holdout247_set.jsonl", 0.87, 0.98, 0.94, 0, 0),
        ("risk_holdout248_set.jsonl", 0.88, 0.98, 0.98, 0, 0),
        # written blind at the same time by a two-hundred-and-fifty-eighth writer (Jiaxing), a
        # two-hundred-and-fifty-ninth (near Loudi) and a two-hundred-and-sixtieth (near Suining),
        # 59, 56 and 61 of 150 under 50 characters, each measured once with 2026.108:
        # macro-F1 0.893, 0.905 and 0.840, high R 0.98, 1.00 and 0.94, P 0.98, 0.96 and
        # 0.98; no low case rated high: all three met all four targets. Not tuned on.
        ("risk_holdout249_set.jsonl", 0.87, 0.96, 0.96, 0, 1),
        ("risk_holdout250_set.jsonl", 0.88, 0.98, 0.94, 0, 0),
        ("risk_holdout251_set.jsonl", 0.81, 0.92, 0.95, 0, 1),
    ],
)
def test_regression_floor(
    name: str,
    macro_f1: float,
    high_recall: float,
    high_precision: float,
    low_high: int,
    high_low: int,
) -> None:
    result = evaluate_file(DATA / name)
    confusion = result["confusion"]
    assert confusion["low"]["high"] <= low_high, "more true-low cases rated high"
    assert confusion["high"]["low"] <= high_low, "more true-high cases rated low"
    assert result["macro_f1"] >= macro_f1
    assert result["per_level"]["high"]["recall"] >= high_recall
    assert result["per_level"]["high"]["precision"] >= high_precision
