"""What rules 2026.89 read wrongly on the hundred-and-eighty-ninth to hundred-and-ninety-first
writers' holdouts (Shiyan, Xuzhou, Sanya): sleeping pills hoarded, "我们俩一块儿走了，谁也不拖累",
"后事都安排好了，你莫跟他们讲", "这辈子欠你的" and the phone off, "这个年他是过不去了", savings
transferred with "以后用不着了", a truck driven into a gate "连人带车", someone held until paid or
locked in with the phone taken, men brought to wait night after night, the doctor's home asked after
a death; and the other way, a knife whose edge turned and a "偿命" shouted at first and settled with
a written pardon. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "丈夫走后，她把医生开的安眠药都攒着没吃，跟儿子说“妈对不起你”。",
        "老太太拉着网格员说：“我们俩一起走了，谁也不拖累。”",
        "老人打电话说后事都安排好了，你别跟孩子们讲。",
        "他发朋友圈写“老婆，这辈子欠你的”，之后电话一直关机。",
        "工钱要不回来，他说这个年是过不去了，已经把儿子托给他舅了。",
        "老吴把积蓄全转给女儿，讲以后用无着了。",
        "他说明天把车开进厂子大门，连人带车一块儿。",
        "儿子在外地做传销，说手机被收了，门锁着出不去。",
        "他欠了赌债，家属说对方不给钱不放人。",
        "他带了五六个兄弟，连着几晚守在对方常去的夜市等人。",
        "老人手术后没救过来，家属到处打听主刀医生住哪个小区。",
    ],
)
def test_hoarded_pills_held_men_and_doctors_asked_after_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老人把降压药攒着舍不得吃，说省钱给孙子交学费。",
        "老两口说以后一起走了，谁也不拖累，已经签了遗体捐献。",
        "他说这辈子欠你的情，等你回来请你吃饭。",
        "饭店老板说这个年是过不去了，生意太差，准备关门。",
        "修车厂说不给钱不放车，车主来所里调解。",
        "他约了几个朋友，连着几晚在夜市烧烤摊喝酒。",
        "老人手术后康复出院，家属打听主刀医生住哪个小区，想送锦旗表示感谢。",
        "他在集上买了一把剔骨刀，杀了两只羊就卷了刃，卖刀的给换了一把。",
        "老两口商量好住养老院，说我们俩一起走，谁也不拖累儿女。",
        "奶奶的后事已经安排好了，不用告诉家里其他人，他们明天才到。",
        "医院说不交钱不放人，家属来申请调解医药费。",
        "他叫上几个人，连着三晚守在店里等他表哥来接货。",
        "病人走了以后，护士长问大夫什么时候下班，好安排交接班。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_an_early_outburst_settled_with_a_pardon_is_not_high() -> None:
    assert_not_high(
        "司机撞死了一名老人。家属赶来后开始情绪激动，要司机“偿命”，后经交警做工作，"
        "情绪稳定下来。保险赔付到位，家属出具了谅解书。",
        DisputeType.TRAFFIC,
    )
