"""What rules 2026.46 read wrongly on the sixty-seventh and sixty-eighth writers' holdouts (an old
village mediator's notebook on the Hebei and northern Henan plains; a trade-union mediation
centre in the Yangtze delta's factory towns): a straw stack to be set alight, poison to be
tasted, gas opened "to go with the building", someone laid in a ditch for good, a man shut in
"两天两夜没让走", animals shared out "用不着了", a shift found out and three nights of waiting,
another's gas valve opened, a window ledge someone was pulled down from, and words taken back
as 犯糊涂. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他说谁敢去告，就一把火把谁家稻草垛点了。",
        "假种子坑了他一季，他说要让卖种子的也尝尝这农药。",
        "他说再停他家的电，就开了煤气跟这栋楼一起完。",
        "他说对方再截水，就叫他躺在沟里起不来。",
        "讨债的把欠款人锁在仓房里，两天没让他出来。",
        "他说往后用不着了，把家里的牛都分给了侄子。",
        "她丈夫打听到她的住处，连着两晚在楼下等她。",
        "两家抢摊位，一方把对方的液化气罐阀门拧开，说下次直接点了。",
        "讨薪的工人站上宿舍窗台，被工友拉了下来。",
    ],
)
def test_straw_stacks_poison_gas_confinement_farewells_waiting_and_ledges_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "秋收后他把自家稻草垛挪到了场院边上。",
        "农技员让大家尝尝这新品种的西瓜。",
        "他说晚上开了煤气做饭，跟邻居一起吃。",
        "他累得躺在沙发上起不来。",
        "他把自家的狗锁在院里，没让它出来咬人。",
        "搬进城里后，农具往后用不着了，都送给了亲戚。",
        "他打听到新厂的班次，准备去应聘夜班。",
        "燃气公司上门检修，把阀门拧开试了压。",
        "“那会儿说要喝药，是我犯糊涂。”他两年前说的，如今两口子开了个面馆。",
        "这把老骨头拼了命也得给孙子把房盖起来。",
        "他说这台旧电脑以后用不着了，挂到网上卖了。",
    ],
)
def test_own_stacks_tasting_cooking_tiredness_a_dog_tools_a_job_and_old_words_are_not_high(
        text: str) -> None:
    assert_not_high(text)
