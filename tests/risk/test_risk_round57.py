"""What rules 2026.73 read wrongly on the hundred-and-forty-first to hundred-and-forty-third
writers' holdouts (a Hui and Han township near Guyuan, the Dongting lake plain near Changde, a
street committee in Dandong): carloads of men called to "说道说道" at the other's works, sticks in
hand searching the village for a man, young men arranging to smash a farm, a child taken until the
money comes, nights till midnight at the other's gate; an operation that "差点要了老人的命". Each
with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他叫了三车人，说明天一早去对方公司“讲讲道理”。",
        "老刘家兄弟几个拿着棍满村子找那个司机。",
        "厂子不赔钱，他说要把老板家的孩子带走，钱给了再送回来。",
        "两个村的后生在群里约好了去拆对方的坝，三十几个年轻人已经到齐。",
        "他一连五个晚上在她家楼下站到十二点，她现在不敢回屋。",
        "苏家叫了两车人直奔老吴家去了。",
        "他连着三晚在医生家门口坐到夜里十二点。",
        "两家的十几个人约好了今晚去把他家的棚子掀了。",
    ],
)
def test_men_gathered_searches_hostages_and_night_vigils_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "家属说那次手术差点要了他的命，现在恢复得很好。",
        "婚礼那天叫了两车人去接亲，热热闹闹。",
        "他家兄弟几个拿着手电满村子找走丢的孩子。",
        "奶奶说把孙子接过来住几天，等他爸妈钱挣到了再送回去。",
        "几个年轻人约好去拆旧房子的瓦，给村里修祠堂。",
        "他连着三个晚上在自家店门口坐到十二点，等最后一班货。",
        "气得他把帽子往地上摔，扭头就走。",
        "正月初二，老杨叫了两车人去丈母娘家拜年。",
        "他扛着铁锹满村子找水管漏点。",
        "托管班老板叫刘某把他家孩子领回去，说给钱了再送过来。",
        "二十多户村民约好去拆迁办问补偿标准。",
        "父亲连着三天晚上在学校门口等到10点接孩子下晚自习。",
        "春节后村里四十多个后生包车去浙江打工。",
        "邻居挖地基把老人的房子震裂了，老人不敢回屋睡。",
        "男方家找了媒人去女方家谈谈，看彩礼能不能少一点。",
    ],
)
def test_operations_weddings_searches_for_children_and_shop_nights_are_not_high(text: str) -> None:
    assert_not_high(text)
