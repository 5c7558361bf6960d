"""What rules 2026.105 read wrongly on the two-hundred-and-forty-ninth to two-hundred-and-fifty-first
writers' holdouts (Yongzhou, Linfen, Nantong): "讲明天" read as the negation cue 讲明, petrol bought
by someone with nothing to burn it in, straw stacked at a wall and a can filled, an old man who
will "not trouble anyone" next month, a debtor telling his carer not to come, "你们一家也别想站着";
and a butcher's knife for the New Year pig and poison put down against rats, read as danger;
debts paid with keys, cards and savings are not farewells. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "工头在群里讲明天都带上家伙去开发商家里，已经有二十多人报名。",
        "他去加油站灌了一壶油，家里也没有摩托车。",
        "他在对门仓库的墙根底下码了几捆干草，又去灌了两壶油。",
        "老太太跟邻居说过了年就不麻烦你们了，还把存折交给了孙女。",
        "被高利贷追债的老周把屋里收拾干净，对照顾他的侄女说以后不用来了。",
        "他给对方发消息：我儿子躺在医院，你们全家也别想站着。",
        "“不给钱，你们一屋人也莫想站着走出去！”",
        "他以灭鼠为名下了药，放在对门家的饭锅里。",
        "网贷催收天天打电话，他把女儿托付给了姐姐照顾，人联系不上了。",
    ],
)
def test_a_misread_cue_fuel_farewells_and_a_family_threat_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "村干部讲明了政策，大家散了。",
        "他去加油站打了一桶柴油，给家里的拖拉机用。",
        "他在自家墙根码了一堆柴火，说冬天烧炕用。",
        "老人说过了年就不麻烦你们了，儿子要回来照顾他。",
        "他对送饭的邻居说以后不用送了，女儿接他去城里住。",
        "屠户拿着杀猪刀上门宰年猪，主家请他吃了顿饭。",
        "小区灭鼠投了药，物业贴了告示提醒看好孩子和宠物。",
        "因为还不上贷款，他把钥匙交给了银行，房子拍卖了。",
        "王某欠下二十万债，把存款都交给了老婆管，自己去外地打工还钱。",
        "老李打了一大壶柴油，家里没车，是给抽水机用的。",
        "教练说：“练不好，你们别想站着休息。”",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
