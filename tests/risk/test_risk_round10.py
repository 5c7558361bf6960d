"""Failure kinds rules 2026.11 showed on the sixteenth writer's holdout and on the hard pairs:
a check that found the tool at kitchen or farm work, aimed at nobody, or a reporter who says
he himself was mistaken; a tool that slipped and hurt the worker. On the high side: arson
threatened in plain words, boiling water or acid poured on someone, veiled threats naming
the other's children or a lonely place where a fall would go unseen, self-blame with a child
entrusted and a disappearance, a heavy blow after a collision. Each fix has a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high

TRAFFIC = DisputeType.parse("道路交通事故")


@pytest.mark.parametrize(
    "text",
    [
        "王某报警说对门刘某“提着镰刀堵在巷口”。民警到场查看，刘某是在巷口割猪草，身边放着竹筐。",
        "有人反映老钱“拎着砍刀在院里转”，网格员到场核实：老钱当时正在院里劈柴，准备过冬。",
        "有人反映赵某拿着斧头在院里吓人。村干部到场核实，斧头并未对准任何人。",
        "孙某报称邻居拿刀追他，调看监控后孙某说是自己看错了，邻居拿的是一把长柄雨伞。",
    ],
)
def test_a_check_that_found_work_or_nobody_threatened_refutes_the_weapon(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "王某报警说对门刘某提着镰刀堵在巷口。民警到场查看，刘某当时在巷口割猪草，看到王某就举起镰刀追了过去。",
        "有人反映赵某拿着斧头在院里吓人。村干部到场核实，赵某确实举着斧头对准了邻居。",
        "孙某报称邻居拿刀追他，调看监控后确认属实，邻居已被带走。",
    ],
)
def test_a_check_that_confirmed_the_weapon_refutes_nothing(text: str) -> None:
    assert_high(text)


def test_a_tool_that_slipped_and_hurt_the_worker_is_an_accident() -> None:
    assert_not_high("搬家师傅抬冰箱时撬棍滑落，砸伤了自己的脚背，雇主垫付了药费。")


def test_a_tool_swung_at_the_worker_is_violence() -> None:
    assert_high("搬家师傅与雇主为搬运费争吵，雇主抄起撬棍砸伤了师傅的脚背。")


@pytest.mark.parametrize(
    "text",
    [
        "承包户在村委会门口放话：再不退地，今晚就烧了他家麦垛。",
        "讨薪的工人嚷着，老板再躲就去点了他那辆车。",
    ],
)
def test_arson_in_plain_words_is_a_threat(text: str) -> None:
    assert_high(text)


def test_a_fire_already_spreading_is_no_threat() -> None:
    assert_not_high("仓库线路老化起火，火势眼看就要烧了旁边的柴垛，村民合力扑灭。")


@pytest.mark.parametrize(
    "text",
    [
        "两家为晾衣杆争吵，女方从厨房端出一壶开水泼向对方，对方手臂烫起大泡。",
        "早点摊主嫌对面抢生意，隔着过道泼了半锅热油，对面老板娘手背起泡。",
    ],
)
def test_boiling_water_or_oil_poured_on_someone_is_a_weapon(text: str) -> None:
    assert_high(text)


def test_hot_water_poured_to_melt_ice_is_no_weapon() -> None:
    assert_not_high("天冷台阶结冰，物业保洁员往台阶上泼热水化冰，业主嫌水渍难看，要求改用融雪剂。")


@pytest.mark.parametrize(
    "text",
    [
        "讨债人临走时说：“你那宝贝闺女放学路上可得小心着点。”",
        "护林员和承包户吵完后，承包户说：“后山崖陡，你夜里一个人去看林子，滚下去可没人看见。”",
    ],
)
def test_a_veiled_threat_naming_children_or_a_lonely_place(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "交警在校门口提醒家长：你家孩子放学路上要注意安全，路口车多。",
        "独居老人在家中摔倒，邻居感叹摔了都没人知道，调解员建议子女给老人装个呼叫器。",
    ],
)
def test_advice_and_worry_are_no_threat(text: str) -> None:
    assert_not_high(text)


def test_self_blame_a_child_entrusted_and_a_disappearance() -> None:
    assert_high(
        "女儿落水获救后，母亲反复说“都是我的错，我不配当娘”，第二天把女儿交给婆婆后人就不见了，电话打不通。"
    )


def test_a_child_left_with_grandmother_for_a_trip_is_no_farewell() -> None:
    assert_not_high("母亲把女儿交给婆婆照看，自己去县城进货，晚上就回来。")


def test_a_heavy_blow_after_a_collision_is_violence() -> None:
    assert_high(
        "两车追尾后，前车司机从后备箱取出U型锁，朝后车司机额头猛击一下，对方当场流血，缝了4针。",
        TRAFFIC,
    )


def test_a_head_hitting_the_wheel_in_a_collision_is_an_accident() -> None:
    assert_not_high("两车追尾，前车司机额头撞在方向盘上，当场流血，缝了4针。", TRAFFIC)
