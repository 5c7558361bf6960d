"""What rules 2026.54 read wrongly on the eighty-fourth to eighty-sixth writers' holdouts (a
residents' committee in Chengguan, Lhasa; the forest farms of Yichun and the Greater Khingan;
a poverty-relief relocation site in Guizhou): a fight set in a group chat, a roof of one's own
and "不活了", something bulging under a coat that no one may see, a slap in a hospital, poison
slipped into a pocket, windows sealed with gas smelling, a farewell to a wife with savings
drawn out and the ice asked about, the household counted out; and as too high: a sickle at the
harvest, a stage knife explained as a prop. Each with a twin on the other side. Every sentence
here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两伙年轻人约好今晚在桥头“见一面”，都在群里叫人。",
        "拆迁户老人爬上自家房顶，说房子拆了人也不活了。",
        "他这几天天天去工地找他哥，怀里鼓鼓的，不让人看。",
        "病人家属打了护士一耳光，又把她踹倒，护士尾骨骨折。",
        "他说找不着卖种子的就不过了，把那瓶耗子药揣兜里了。",
        "老太太把门窗缝全拿胶带封死了，楼道里闻着煤气味。",
        "他把攒的钱取出来给了女儿，跟老伴说“往后你一个人过”，又问冰窟窿在哪儿凿的。",
    ],
)
def test_chat_fights_roofs_bulges_slaps_poison_sealed_windows_and_farewells_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "秋收时帮工拿镰刀多割了两垄青稞，已照数退还。",
        "看藏戏时演员持刀表演，孩子吓哭了，已解释是道具。",
        "冬天到了，他把门窗缝糊严了。",
        "钓鱼的问冰窟窿在哪凿的，想去冬捕。",
        "婆媳吵架，媳妇把婆婆的腌菜缸推倒了。",
        "他把农药那瓶揣兜里了，说去地里打药。",
    ],
)
def test_harvests_stage_knives_winter_windows_ice_fishing_and_field_work_are_not_high(
        text: str) -> None:
    assert_not_high(text)
