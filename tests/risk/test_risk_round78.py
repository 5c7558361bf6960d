"""What rules 2026.95 read wrongly on the two-hundred-and-seventh to two-hundred-and-ninth
writers' holdouts (Tongren, Yingkou, Kangding): "把他家小崽子整死", "把赢钱那个人‘做了’", "这回就没打算
回来", villages arming for a talk at the smelter, an old couple locked in their house, a man dragged
into a car, something at the waist; and the other way, a card-table line everyone called a joke.
Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "工钱再拖，他就把老板家闺女弄死。",
        "他讲今晚就去把那个放高利贷的“做了”，已经叫上了表弟。",
        "讨了三年的债，他说这趟去找老板拼命，就不打算回来了。",
        "几个组的人约好后天扛着锄头铁锹去工地讨说法，已经一家家通知了。",
        "讨债的把欠钱的老两口锁屋里，不让出来。",
        "几个穿黑衣服的把举报人拽上车带走了，家里人到现在都联系不上。",
        "他腰里别着个东西，在对方单位门口来回走，说要等她下班。",
    ],
)
def test_children_slang_ambush_arming_locking_dragging_and_concealed_things_are_high(
    text: str,
) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他讲今晚就去把那批活“做了”，明早交货。",
        "他在外地找到了好工作，这趟出去就不打算回来了。",
        "几个组的人约好后天扛着锄头铁锹去修水渠，已经一家家通知了。",
        "奶奶把孙子锁在家里写作业，自己去赶集。",
        "他喝多了，朋友们把他架上车送回了家。",
        "他腰里别着钱包，在单位门口等她下班一起吃饭。",
        "那句‘谁输谁跳河’是玩笑，打牌的人都证实了，没人当真。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
