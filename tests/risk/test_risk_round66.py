"""What rules 2026.83 read wrongly on the hundred-and-sixty-eighth to hundred-and-seventieth
writers' holdouts (a Mongolian and Han township near Tongliao, a township in the Jinzhong basin, a
township on the Leizhou peninsula): a shovel swung at a head, a head "开了瓢" with a wrench after a
scrape, a doctor held down and beaten, dozens standing round a fight, a worker's papers taken and
not let go, a man kept in a hotel or a clan hall, each side calling its men, a victim squatting
silent at his assailant's door, "撞回来", a cane knife stuck at the boss's door and "无给钱就要见
血", the insurance beneficiary changed, pesticide bought "以后还不了了". Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两个合伙人算账吵起来，一个抡铁锹把另一个头拍破了。",
        "砖厂门口打起来了，三四十人围着，窗户砸了。",
        "打工的被老板收了身份证，不让走，说干满一年才放人。",
        "两车刮蹭，俩司机下车就干起来了，一个拿扳子把另一个脑袋开了瓢。",
        "离婚没谈拢，他说这个家就剩他一个了，什么都不要了，又问保险受益人怎么改成儿子。",
        "两家为地界打捶，各叫了本家十几个后生，说好今晚在打谷场见。",
        "被打断腿的老李天天在打人的那家门口蹲着，不吭声。",
        "他买了两瓶甲拌磷，说以后还不了了，记我儿子账上。",
        "货车蹭了他家的三轮，他儿子开车追上去别了两回车，说要“撞回来”。",
        "欠了赌债的小伙被放债的关在宾馆两天了。",
        "讨薪的把砍刀插在老板门口，说今日无给钱就要见血。",
        "撞车后两边下车打架，各自打电话叫人，现场已有二十几人。",
        "家属把对方的老人关在祠堂偏房，至今未放。",
    ],
)
def test_shovels_wrenches_crowds_confinement_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他抡铁锹拍平了地上的土，头上全是汗。",
        "广场上二十多人围着看跳舞，有人推搡了两下。",
        "老板收了身份证复印件，给他办了入职手续。",
        "离婚时他说房子什么都不要了，只要孩子。",
        "两家为地界吵了几句，村里各叫了几个老人来评理，后来都散了。",
        "两家司机对骂，各自打电话叫人，民警来了以后人就散了，没人动手。",
        "老李天天在自家门口蹲着晒太阳，不吭声。",
        "他买了两瓶乐果打棉花，说钱先记账上。",
        "他开车追了一段，记下车牌就报了警。",
        "小伙被家里人关在屋里复习考试。",
        "收工后他把割蔗刀插在工棚门口的地上，第二天接着砍甘蔗。",
        "村里把旧农具锁在祠堂偏房。",
        "他说保险受益人要改成儿子，问要带什么手续。",
        "摊主们各自招呼客人，生意照做。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_beating_after_treatment_or_a_scrape_is_no_accident() -> None:
    assert_high("孩子打针后过敏抢救，孩子爹把护士按地上捶，护士满脸是血。", DisputeType.MEDICAL)
    assert_high("两车刮蹭，俩司机下车就干起来了，一个拿扳子把另一个脑袋开了瓢。", DisputeType.TRAFFIC)
    assert_not_high("孩子打针后过敏抢救，护士摔了一跤，磕得满脸是血。", DisputeType.MEDICAL)
