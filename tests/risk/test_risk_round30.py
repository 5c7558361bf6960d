"""What rules 2026.43 read wrongly on the sixty-third and sixty-fourth writers' holdouts (an
overseas-Chinese hometown in southern Zhejiang; a community police officer's log in
Heilongjiang): someone to be buried, a grave plot chosen for the other family, a throat gripped,
a man dragged into a garage and shut in overnight, a home-made musket, "就崩谁", a rope tied to a
beam, and a threat in a chat followed by laughing faces. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from mediation_app.risk import load_rules
from mediation_app.risk.rules import parse_rules

from .conftest import assert_high, assert_not_high, assess_text, live_codes


@pytest.mark.parametrize(
    "text",
    [
        "他把界桩拔了，说谁再来量地就把谁埋进去。",
        "他在群里发了公墓的照片，说给他们一家的地方都挑好了。",
        "家属把医生按在椅子上卡住了脖子。",
        "讨债的把老板拖进仓库关了两天。",
        "他端着自制的枪守在鱼塘边，说谁下网就崩谁。",
        "她在柴房横梁上把绳子打好了结，被邻居看见。",
        "他在群里说“谁再占我车位我就弄死他”，后面跟了个笑脸。",
        # 2026.46: the laughing faces are someone else's; the words are dated only in the quote
        "“谁再占我车位我就弄死他”，我吓得跟了三个捂脸。",
        "“以前的事不提了。谁再拦我，我就砍死他。”这是他三年前的话，这几天他又天天在门口转。",
    ],
)
def test_burials_graves_throats_a_night_shut_in_guns_ropes_and_a_single_smile_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他把树苗拔了，说等开春再埋进去。",
        "老人在公墓给自己挑好了地方，子女都同意。",
        "鱼刺卡住了他的喉咙，送到卫生院取出来了。",
        "他把电动车推进车库锁了一夜，第二天发现电瓶没了。",
        "他说手机屏幕崩了，要商家换新。",
        "搬家时把绳子拴在车上捆好了家具。",
        "他在群里说“谁再占我车位我就弄死他”，后面跟了一串笑哭，第二天自己挪了车。",
        # 2026.45 narrows 2026.44: a death's formalities, a burial, a widow's plot, a blowtorch
        "患者去世后，医院叫家属来收尸，家属不满。",
        "父亲去世后，大哥擅自把他埋了，没跟弟妹商量。",
        "公墓里给她的位置留好了，在她丈夫旁边。",
        "奶奶把孙子倒提起来拍背让卡住喉咙的果冻吐出来。",
        "他拿着火枪烤猪毛。",
        "她儿子在几年级她都不知道。",
        # 2026.46: a negation still rules out a threat that opens with 就; the punctuation of
        # the words quoted may sit inside the quotation marks
        "他从没说过谁下网就崩谁。",
        "邻居证实他并没有说过我就从这里下去。",
        "他在群里说“谁再占我车位我就弄死他！”后面跟了三个笑脸。",
        "“再往我地里倒矸石。我就跟他拼了。”这是老周三年前的话，矸石场早搬走了。",
    ],
)
def test_saplings_ones_own_plot_a_fishbone_a_bike_a_screen_and_laughing_faces_are_not_high(
        text: str) -> None:
    assert_not_high(text)



@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("dated_quote", "“我就跟他拼了。”这是老周三年前的话。"),  # 2026.42
        ("jest_after", "“我削他”，后面跟仨笑脸。"),  # 2026.44
        ("hypothesis", "要是再不管"),  # 2026.46
    ],
)
def test_an_office_copy_without_the_newer_cue_lists_still_loads(key: str, text: str) -> None:
    """Older office copies lack dated_quote, jest_after and hypothesis: they load, and there
    the lists match nothing."""
    data = tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))
    del data["cues"][key]
    assert getattr(parse_rules(data).cues, key).search(text) is None
    assert getattr(load_rules().cues, key).search(text) is not None


def test_a_settlement_only_supposed_does_not_count() -> None:
    """以为 rules out what follows it, 就 or not: "本以为早就没事了" settles nothing (2026.46)."""
    result = assess_text("他去年把我打伤了，本以为早就没事了，谁知道又来闹。")
    assert "reconciled" not in live_codes(result) and "injury" in live_codes(result)

