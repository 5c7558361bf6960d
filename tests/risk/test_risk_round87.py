"""What rules 2026.104 read wrongly on the two-hundred-and-forty-third to
two-hundred-and-forty-eighth writers' holdouts (Hengshui, Huaihua, Shaoguan, Fuxin, Shangluo,
Zhumadian): a gun nobody handed in read as negated, a man beaten and not yet awake, a driver
knocked out at an accident, the most poisonous pesticide with no crop left, a bottle kept ready, a
widower going to "find her", "横着下去", "下回烧他屋", men phoned for while a fight goes on or to a
set meeting, a doctor shut in an office; and a cleaver at the chopping block, sickles carried up the
hill together and old chess partners drinking together, read as danger. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他把当年没上交的猎枪从床底下拿出来，擦了擦，往村主任家走。",
        "两人在牌桌上打起来，一个被踢了几脚，到现在还没醒。",
        "追尾后两个司机下车理论，一方被人打晕，倒在路边。",
        "他跑去农药店问哪种最毒，说稻子都死光了还打什么虫。",
        "她对妹妹说，那瓶子我早准备好了，他再不离婚我就当着他面喝了。",
        "老伴去年走了，老人这几天不吃不喝，对女儿说：我找她去了。",
        "他守着鱼塘，说谁来抽水就叫谁横着下去。",
        "他家柴垛上个月着了火，他昨天说：下回烧他屋。",
        "两家在村口打起来了，双方都在打电话叫人过来。",
        "两边都往外村打电话喊人，说晚上十点在砖厂后面见。",
        "家属把值班的护士围在护士站里，不让出来。",
        "吵着吵着两边扭打起来，各自打电话喊兄弟过来。",
        "他放话说，再闹就把他家连猪带人全部收拾掉。",
        "他指着对方说：你敢进这个门，就别想站着出去。",
    ],
)
def test_knocked_out_poison_farewells_threats_and_men_called_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "肉铺老板手里拿着砍骨刀，是在剁骨头，跟顾客拌了两句嘴。",
        "两家拿着柴刀一起进山，把地界上的灌木清了。",
        "两个老伙计下棋吵了一上午，晚上照样一块儿喝了酒。",
        "他去农药店问哪种药对稻飞虱最毒，店主推荐了一种。",
        "老伴走了以后，他常说要去公墓看看她。",
        "他说这个项目要是做不完，年终奖就横着走了。",
        "他说下次烧烤去他家院子里烧。",
        "两家都打电话叫人来帮忙抢收麦子，说明天早上六点在地头见。",
        "民警把醉酒闹事的人带到派出所，没收的刀具已登记。",
        "我没有真的要弄死他的意思，是一时说的气话。",
        "他并不是真的想喝农药，只是说说。",
        "他打了一夜麻将，到现在还没醒酒。",
        "瓶子早准备好了，是装酱油的，他喝了口水就走了。",
        "演员在戏里说竖着进来横着出去。",
        "两人拿着镰刀一块上山砍柴，路上说说笑笑。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
