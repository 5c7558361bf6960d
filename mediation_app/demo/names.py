"""Demo people: names, ID numbers, phones, addresses and jobs that look like real ones.

Han names are drawn once into pools so each party costs a few random draws, not a name
built character by character; the pools still hold the rare characters (堃 喆 淼 犇) that
trip up real systems.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from mediation_app.demo.draw import Uniform, Weighted, between, pick
from mediation_app.demo.places import (
    AREAS,
    COMMUNITIES,
    REPRESENTATIVE_TITLES,
    STREETS,
    TOWNS,
    VILLAGES,
    Area,
    company_name,
    pick_minority,
)
from mediation_app.domain import idcard
from mediation_app.domain.enums import PartyKind, Sex

NATURAL, LEGAL = PartyKind.NATURAL.value, PartyKind.LEGAL.value

# the hundred commonest surnames with their share in ‰, then a few compound ones
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 72.5), ("李", 71.9), ("张", 68.3), ("刘", 53.8), ("陈", 45.3), ("杨", 30.8),
    ("黄", 22.3), ("赵", 22.2), ("吴", 20.5), ("周", 19.1), ("徐", 16.7), ("孙", 15.4),
    ("马", 14.6), ("朱", 13.0), ("胡", 13.0), ("郭", 11.5), ("何", 11.0), ("林", 10.4),
    ("高", 10.3), ("罗", 10.0), ("郑", 8.9), ("梁", 8.7), ("谢", 7.1), ("宋", 6.7),
    ("唐", 6.5), ("许", 6.0), ("韩", 5.9), ("冯", 5.8), ("邓", 5.6), ("曹", 5.2),
    ("彭", 5.2), ("曾", 5.0), ("肖", 4.9), ("田", 4.8), ("董", 4.6), ("潘", 4.3),
    ("袁", 4.3), ("蔡", 4.0), ("蒋", 3.9), ("余", 3.8), ("于", 3.8), ("杜", 3.7),
    ("叶", 3.5), ("程", 3.4), ("魏", 3.3), ("苏", 3.3), ("吕", 3.2), ("丁", 3.1),
    ("任", 3.1), ("卢", 3.0), ("姚", 3.0), ("沈", 2.9), ("钟", 2.8), ("姜", 2.8),
    ("崔", 2.7), ("谭", 2.6), ("陆", 2.5), ("范", 2.4), ("汪", 2.4), ("廖", 2.3),
    ("石", 2.3), ("金", 2.2), ("韦", 2.2), ("贾", 2.2), ("夏", 2.1), ("付", 2.1),
    ("方", 2.1), ("邹", 2.0), ("熊", 2.0), ("白", 1.9), ("孟", 1.9), ("秦", 1.9),
    ("邱", 1.9), ("侯", 1.8), ("江", 1.8), ("尹", 1.8), ("薛", 1.7), ("闫", 1.7),
    ("段", 1.6), ("雷", 1.6), ("龙", 1.5), ("黎", 1.5), ("史", 1.5), ("陶", 1.5),
    ("贺", 1.4), ("毛", 1.3), ("郝", 1.3), ("顾", 1.3), ("龚", 1.3), ("邵", 1.2),
    ("万", 1.2), ("覃", 1.1), ("武", 1.1), ("钱", 1.1), ("戴", 1.1), ("严", 1.0),
    ("莫", 1.0), ("孔", 1.0), ("向", 0.9), ("常", 0.9), ("欧阳", 0.5), ("上官", 0.1),
    ("司马", 0.1), ("诸葛", 0.1), ("麦", 0.3), ("尉迟", 0.05),
)
MALE_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林建国峰志文海洋东亮成晨阳"
    "振博轩睿铭泽然德福贵兴荣春生金山永庆全新胜利宏伟家豪子豪梓天佑嘉诚"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀英玲燕萍红梅琳雪慧颖婷倩晶欣怡佳琪悦涵妍桂兰凤珍琴玉月莉洁"
    "淑芬素华翠萱思雨梓诗雅若馨瑶彤蕾露菲丹"
)
RARE_CHARS = "堃喆淼犇垚焱昊玥珺婧瑄姮赟旻祎翀"

UYGHUR_MALE = ("艾尔肯", "买买提", "阿不都", "吐尔逊", "艾力", "肉孜", "热合曼", "努尔")
UYGHUR_FEMALE = ("阿依古丽", "古丽娜尔", "热依拉", "帕提古丽", "米热古丽", "努尔尼沙")
UYGHUR_FATHER = ("买买提", "吐尔逊", "阿不力孜", "艾合买提", "依明", "卡德尔", "司马义")
TIBETAN_MALE = ("扎西", "次仁", "多吉", "顿珠", "平措", "格桑", "尼玛", "旺堆")
TIBETAN_FEMALE = ("卓玛", "央金", "拉姆", "德吉", "曲珍", "格桑", "次仁", "白玛")
MONGOL_MALE = ("巴特尔", "苏和", "朝鲁", "额尔敦", "宝音", "那日苏", "毕力格")
MONGOL_FEMALE = ("其其格", "乌云", "斯琴", "萨仁", "高娃", "娜仁", "图雅")
YI_SURNAMES = ("吉克", "阿苏", "沙马", "马海", "阿西", "曲比", "海来")
YI_GIVEN = ("阿呷", "木呷", "拉且", "阿依", "尔古", "日哈", "石布")

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
    "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "191", "193", "195", "198", "199",
)
WORKING_JOBS = (
    ("农民", 24), ("个体工商户", 10), ("务工人员", 12), ("工人", 8), ("公司职员", 8),
    ("无业", 6), ("司机", 4), ("教师", 2), ("建筑工人", 5), ("厨师", 2), ("保安", 2),
    ("快递员", 2), ("外卖骑手", 2), ("护士", 1), ("医生", 1), ("自由职业", 3), ("村干部", 1),
    ("公务员", 1), ("装修工人", 2), ("个体经营者", 3),
)
OLD_JOBS = (("退休职工", 40), ("农民", 50), ("无业", 10))
COMPOUND_SURNAMES = frozenset(name for name, _ in SURNAMES if len(name) > 1)
SINGLE_SURNAMES = frozenset(name for name, _ in SURNAMES if len(name) == 1)
POOL_SIZE = 4096
LOCAL_SHARE = 0.8


class IdNumbers:
    """Resident ID numbers from area, birth date and sequence, with the check character.

    The same rule as `idcard.make`, but with the weighted digit sums of areas, birth dates
    and sequence numbers kept, since a million parties share a few thousand of each:
    a number then costs about a microsecond instead of twenty.
    """

    def __init__(self) -> None:
        self._areas: dict[str, tuple[str, int]] = {}
        self._births: dict[dt.date, tuple[str, int]] = {}
        self._seqs = [_weighted(f"{seq:03d}", 14) for seq in range(1000)]

    def make(self, area: str, birth: dt.date, seq: int) -> str:
        a = self._areas.get(area)
        if a is None:
            a = self._areas[area] = _weighted(area, 0)
        b = self._births.get(birth)
        if b is None:
            b = self._births[birth] = _weighted(f"{birth:%Y%m%d}", 6)
        c = self._seqs[seq]
        return a[0] + b[0] + c[0] + idcard.CHECK_CHARS[(a[1] + b[1] + c[1]) % 11]


def _weighted(digits: str, offset: int) -> tuple[str, int]:
    """The digits of an ID number at `offset`, and their weighted sum."""
    weights = idcard.WEIGHTS[offset:offset + len(digits)]
    return digits, sum(int(d) * w for d, w in zip(digits, weights, strict=True))


class People:
    """Makes natural and legal persons living around one office."""

    def __init__(self, rng: random.Random, home: Area) -> None:
        self.r = r = rng.random
        self.home = home
        surnames = Weighted(*SURNAMES)
        self._pools = {
            Sex.MALE: [_han_name(r, surnames, MALE_CHARS) for _ in range(POOL_SIZE)],
            Sex.FEMALE: [_han_name(r, surnames, FEMALE_CHARS) for _ in range(POOL_SIZE)],
        }
        self._jobs = Weighted(*WORKING_JOBS)
        self._old_jobs = Weighted(*OLD_JOBS)
        self._prefix = home.name
        self._ids = IdNumbers()

    def name(self, sex: Sex, ethnicity: str = "汉") -> str:
        r = self.r
        male = sex is Sex.MALE
        if ethnicity == "维吾尔":
            return f"{pick(r, UYGHUR_MALE if male else UYGHUR_FEMALE)}·{pick(r, UYGHUR_FATHER)}"
        if ethnicity == "藏":
            names = TIBETAN_MALE if male else TIBETAN_FEMALE
            return pick(r, names) + pick(r, names) if r() < 0.7 else pick(r, names)
        if ethnicity == "蒙古" and r() < 0.5:
            return pick(r, MONGOL_MALE if male else MONGOL_FEMALE)
        if ethnicity == "彝" and r() < 0.4:
            return pick(r, YI_SURNAMES) + pick(r, YI_GIVEN)
        return pick(r, self._pools[sex])

    def relative(self, of: str, sex: Sex, ethnicity: str) -> str:
        """A name in the same family as `of`: its surname, a given name of one's own."""
        own = self.name(sex, ethnicity)
        family, given = _surname(of), _surname(own)
        return family + own[len(given):] if family and given else own

    def phone(self) -> str:
        return f"{pick(self.r, MOBILE_PREFIXES)}{int(self.r() * 100_000_000):08d}"

    def address(self) -> str:
        r, prefix = self.r, self._prefix
        roll = r()
        if roll < 0.5:
            return (f"{prefix}{pick(r, TOWNS)}{pick(r, VILLAGES)}"
                    f"{between(r, 1, 12)}组{between(r, 1, 120)}号")
        if roll < 0.75:
            return f"{prefix}{pick(r, TOWNS)}{pick(r, STREETS)}{between(r, 1, 399)}号"
        return (f"{prefix}{pick(r, COMMUNITIES)}{between(r, 1, 30)}栋"
                f"{between(r, 1, 4)}单元{between(r, 1, 28)}0{between(r, 1, 4)}室")

    def person(self, on: dt.date, *, sex: Sex | None = None, min_age: int = 18,
               max_age: int = 85) -> dict[str, Any]:
        """A natural person's party columns, with an ID number matching sex and birth date."""
        r = self.r
        sex = sex or (Sex.MALE if r() < 0.54 else Sex.FEMALE)
        area = self.home if r() < LOCAL_SHARE else pick(r, AREAS)
        ethnicity = pick_minority(area, r)
        # a triangular distribution peaking at 45: most parties are of working age
        age = int(triangular(r, min_age, max_age, min(max(45, min_age), max_age)))
        birth = dt.date.fromordinal(on.toordinal() - age * 365 - age // 4 - int(r() * 365))
        age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
        return {
            "kind": NATURAL,
            "name": self.name(sex, ethnicity),
            "sex": sex.value,
            "ethnicity": ethnicity,
            "birth_date": birth,
            "age": age,
            "id_number": self._ids.make(area.code, birth, int(r() * 500) * 2 + (sex is Sex.MALE)),
            "occupation": (self._old_jobs if age >= 62 else self._jobs).pick(r),
            "phone": self.phone(),
            "address": self.address(),
            "representative": None,
            "representative_title": None,
        }

    def company(self, industry: str) -> dict[str, Any]:
        """A legal person: its name and address, and the person who speaks for it."""
        r = self.r
        return {
            "kind": LEGAL,
            "name": company_name(r, self.home, industry),
            "sex": None,
            "ethnicity": None,
            "birth_date": None,
            "age": None,
            "id_number": None,
            "occupation": None,
            "phone": self.phone(),
            "address": f"{self._prefix}{pick(r, STREETS)}{between(r, 1, 999)}号",
            "representative": self.name(Sex.MALE if r() < 0.75 else Sex.FEMALE),
            "representative_title": pick(r, REPRESENTATIVE_TITLES),
        }


def _surname(name: str) -> str | None:
    """The family name of a Han-style name; None for names without one (扎西次仁)."""
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1] if name[:1] in SINGLE_SURNAMES and len(name) > 1 else None


def _han_name(r: Uniform, surnames: Weighted[str], chars: str) -> str:
    given = pick(r, chars) if r() < 0.3 else pick(r, chars) + pick(r, chars)
    if r() < 0.015:
        given = given[:-1] + pick(r, RARE_CHARS)
    return surnames.pick(r) + given


def triangular(r: Uniform, low: float, high: float, mode: float) -> float:
    """Random.triangular on a bare uniform draw."""
    u = r()
    c = (mode - low) / (high - low)
    if u > c:
        u, c, low, high = 1.0 - u, 1.0 - c, high, low
    return low + (high - low) * (u * c) ** 0.5
