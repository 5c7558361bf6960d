"""What rules 2026.86 read wrongly on the hundred-and-seventy-seventh to hundred-and-seventy-ninth
writers' holdouts (a township near Anshun, an old district of Nanjing, an island township in
Zhoushan): a meeting "上山会一会" while both sides call men, stalls each calling men "碰一碰", a
visit "to sit in his shop tonight" after grinding all afternoon, "这辈子就到这了" posted, the Wu 侬
and 渠 in "弄死侬屋里人" and "弄死渠全家", "跳海", "老婆孩子交给侬了，阿拉先走一步", "以后弗用来看我
了" with the nets given away, "那样东西我磨好了". Each with a twin on the other side. Every
sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两个组为林子扯皮，约好后天“上山会一会”，两边都在喊人。",
        "两家大排档为摆位吵翻了，今晚各自摇人，说好十二点在桥头碰一碰。",
        "他讲“晚上我去他店里坐坐”，下午在院子里磨了半天东西。",
        "他发朋友圈讲“这辈子就到这了，谢谢大家”，之后手机关机。",
        "他讲侬敢离婚，我先弄死侬屋里人。",
        "买家讲要弄死渠全家，已经打听到卖家住址。",
        "他说再逼他，他就跳海。",
        "门口贴了张纸：老婆孩子交给侬了，阿拉先走一步。",
        "老人把渔网都送了人，跟邻居讲以后弗用来看我了。",
        "他喝了酒讲，屋里那样东西我磨好了，今夜就去。",
    ],
)
def test_meetings_grinding_farewells_and_wu_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两个组约好后天上山会一会，一起把界桩重新定下来。",
        "两家大排档老板说好十二点收摊，碰一碰账目。",
        "他说晚上去朋友店里坐坐，下午在院子里磨了半天豆子。",
        "他讲这辈子就到这个厂上班了，谢谢大家照顾。",
        "群聊被人举报，里面有“弄死侬”三个字，原来是发小在群里开玩笑。",
        "孩子暑假学游泳，天天喊“俺要跳海啦”，家长在旁边看着。",
        "他讲孩子交给侬了，阿拉先走一步去买菜。",
        "老人讲以后不用来看我了，儿子在外地工作忙。",
        "他说那样东西我磨好了，明天拿去做豆腐。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
