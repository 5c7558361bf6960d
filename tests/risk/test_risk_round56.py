"""What rules 2026.72 read wrongly on the hundred-and-thirty-eighth to hundred-and-fortieth
writers' holdouts (the Bashang plateau, a street committee in Xining, a Hakka township near
Ganzhou): bruises and "回去又是一顿", "炸了村委会" with detonators in the yard, men called and asked
"家伙都带上没有", dawns at the door and following whoever comes out, "把自己挂到……树上", oil and
matches at a shop's shutter, savings moved to a daughter's name and a resting place chosen; a
threat settled by a public apology, a sickle cut at harvest. Each with a twin on the other side.
Since 2026.73 a recent date between a past date and a hit makes the hit current again ("去年两家
和好了，最近又放话"). Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "她胳膊上青一块紫一块，半夜跑到娘家不敢回去，说回去又是一顿打。",
        "他在村群里扬言要炸掉镇政府，家里床底下一捆雷管。",
        "两家后生各自叫人，约好赶集那天见，还有人问家伙都拿上没有。",
        "他一连三天一大早就蹲在老马家门口，老马出门他就跟着。",
        "再不给我解决，我就把自己吊到你们大门上。",
        "退完货第二天，店门口卷帘门下泼了一摊油，边上扔着一盒火柴。",
        "老人把存折都改成了儿子的名字，说后山那块向阳，我以后就去那里躺着。",
        "去年两家和好了，最近李某又放话说要弄死老张。",
        "马某放话说，征地款再不给，他就去炸了乡政府。",
        "割麦子时两家吵起来，李某一脚把王某踹进沟里，王某腿骨折了。",
        "她在妇联坐到半夜也不敢回家，说回到家他还会往死里打她。",
    ],
)
def test_beatings_at_home_explosives_gatherings_vigils_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "三年前他醉后说过要同归于尽，后来当面认了错，两口子再也没吵过。",
        "割稻子时镰刀划破了帮工的腿，缝了三针，东家付了医药费。",
        "她回娘家住几天，说回去又是一顿骂。",
        "施工队要炸掉那座旧厂房重建，雷管由爆破公司保管。",
        "几个老伙计约好赶集那天见，问钓鱼的家伙都带上没有。",
        "他一连三天一大早就蹲在菜市场门口，等批发车来了就跟着去卸货。",
        "他说这件外套挂到门框上晾着就行。",
        "加油站旁边的店门口洒了一片油，老板拿木屑盖上了。",
        "老两口把存折改成了女儿的名字，说公园那边风景好，以后就去那里遛弯。",
        "孩子考试没考好，不敢回家，说回去又是一顿唠叨。",
        "施工队下周要炸平学校后面那座小山包修路。",
        "早年开矿留下的，他院里的一箱雷管去年已上交派出所。",
        "王某叫人来疏通下水道，进门先问师傅家伙都带好了吗。",
        "老母亲有老年痴呆，儿子连着几天天不亮就守在门口，老人一出门就跟着，怕她走丢。",
        "老汉腰椎间盘突出，每天早上就把自己吊在门框上拉一拉。",
        "冬天柴油车打不着，司机在门口往油箱底下倒了柴油，拿打火机烤。",
        "孩子冬天在外面玩雪，手冻得青一块紫一块。",
        "家属曾于今年三月组织十余人到医院讨说法，后经调解，赔偿款已于四月全额支付，家属表示满意。",
    ],
)
def test_settled_threats_harvest_cuts_demolitions_and_errands_are_not_high(text: str) -> None:
    assert_not_high(text)
