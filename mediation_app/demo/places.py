"""Where demo people live and who refers their cases: real area codes with their names.

Area codes are real 6-digit administrative codes, so ID numbers built on them look like
ones offices see; ethnic mixes follow the autonomous regions those codes belong to.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.demo.draw import Uniform, pick
from mediation_app.domain.enums import Source


@dataclass(frozen=True)
class Area:
    code: str
    province: str
    city: str  # empty for the districts of a municipality
    district: str
    # ethnic groups other than 汉 and their share of the population, in ‰
    minorities: tuple[tuple[str, int], ...] = ()

    @property
    def name(self) -> str:
        return f"{self.province}{self.city}{self.district}"


_COMMON = (("回", 6), ("满", 6), ("壮", 4), ("蒙古", 2), ("苗", 2), ("土家", 2))

AREAS: tuple[Area, ...] = (
    Area("110105", "北京市", "", "朝阳区", _COMMON),
    Area("120104", "天津市", "", "南开区", _COMMON),
    Area("310115", "上海市", "", "浦东新区", _COMMON),
    Area("500112", "重庆市", "", "渝北区", (("土家", 20), ("苗", 10))),
    Area("130104", "河北省", "石家庄市", "桥西区", _COMMON),
    Area("130828", "河北省", "承德市", "围场满族蒙古族自治县", (("满", 300), ("蒙古", 60))),
    Area("140105", "山西省", "太原市", "小店区", _COMMON),
    Area("150102", "内蒙古自治区", "呼和浩特市", "新城区", (("蒙古", 180), ("回", 20), ("满", 20))),
    Area("210102", "辽宁省", "沈阳市", "和平区", (("满", 60), ("回", 10), ("朝鲜", 8))),
    Area("220102", "吉林省", "长春市", "南关区", (("满", 30), ("朝鲜", 20))),
    Area("230103", "黑龙江省", "哈尔滨市", "南岗区", (("满", 30), ("朝鲜", 10))),
    Area("320106", "江苏省", "南京市", "鼓楼区", _COMMON),
    Area("320583", "江苏省", "苏州市", "昆山市", _COMMON),
    Area("330106", "浙江省", "杭州市", "西湖区", _COMMON),
    Area("330382", "浙江省", "温州市", "乐清市", _COMMON),
    Area("340104", "安徽省", "合肥市", "蜀山区", _COMMON),
    Area("341221", "安徽省", "阜阳市", "临泉县", _COMMON),
    Area("350102", "福建省", "福州市", "鼓楼区", (("畲", 10), *_COMMON)),
    Area("360102", "江西省", "南昌市", "东湖区", _COMMON),
    Area("370102", "山东省", "济南市", "历下区", (("回", 15),)),
    Area("371326", "山东省", "临沂市", "平邑县", _COMMON),
    Area("410105", "河南省", "郑州市", "金水区", (("回", 15),)),
    Area("411324", "河南省", "南阳市", "镇平县", (("回", 10),)),
    Area("420106", "湖北省", "武汉市", "武昌区", _COMMON),
    Area("422801", "湖北省", "恩施土家族苗族自治州", "恩施市", (("土家", 350), ("苗", 60), ("侗", 20))),
    Area("430104", "湖南省", "长沙市", "岳麓区", _COMMON),
    Area("433101", "湖南省", "湘西土家族苗族自治州", "吉首市", (("土家", 300), ("苗", 300))),
    Area("440106", "广东省", "广州市", "天河区", _COMMON),
    Area("440305", "广东省", "深圳市", "南山区", _COMMON),
    Area("450103", "广西壮族自治区", "南宁市", "青秀区", (("壮", 350), ("瑶", 20))),
    Area("451202", "广西壮族自治区", "河池市", "金城江区", (("壮", 550), ("瑶", 60), ("毛南", 20))),
    Area("460106", "海南省", "海口市", "龙华区", (("黎", 30),)),
    Area("510107", "四川省", "成都市", "武侯区", (("藏", 10), ("彝", 10), ("回", 5))),
    Area("513401", "四川省", "凉山彝族自治州", "西昌市", (("彝", 350), ("藏", 20))),
    Area("520102", "贵州省", "贵阳市", "南明区", (("布依", 50), ("苗", 50))),
    Area("522601", "贵州省", "黔东南苗族侗族自治州", "凯里市", (("苗", 450), ("侗", 150))),
    Area("530102", "云南省", "昆明市", "五华区", (("彝", 60), ("白", 30), ("回", 20))),
    Area("540102", "西藏自治区", "拉萨市", "城关区", (("藏", 850),)),
    Area("610113", "陕西省", "西安市", "雁塔区", (("回", 15),)),
    Area("620102", "甘肃省", "兰州市", "城关区", (("回", 60), ("东乡", 10))),
    Area("630102", "青海省", "西宁市", "城东区", (("回", 250), ("藏", 60), ("土", 20))),
    Area("640104", "宁夏回族自治区", "银川市", "兴庆区", (("回", 300),)),
    Area("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", (("维吾尔", 450), ("回", 80), ("哈萨克", 30))),
)

STREETS = (
    "人民路", "解放路", "建设路", "中山路", "和平路", "新华街", "文化路", "胜利路", "朝阳路",
    "光明街", "长江路", "黄河路", "滨河路", "工农路", "团结路", "育才路", "兴业大道", "迎宾路",
)
TOWNS = ("城关镇", "东城街道", "西关街道", "新华街道", "河口镇", "龙泉镇", "桥头镇", "柳林乡", "白沙镇")
VILLAGES = (
    "东风村", "红旗村", "新建村", "王家庄村", "李家湾村", "张家寨村", "河西村", "柳树屯村",
    "杨柳村", "双河村", "石桥村", "大营村", "前进村", "白庙村", "三合村", "马家沟村",
)
COMMUNITIES = (
    "幸福里社区", "阳光花园小区", "锦绣家园小区", "翠湖苑小区", "和平社区", "金桥社区",
    "康乐小区", "丽景花园", "滨江苑小区", "兴华社区", "书香名苑", "怡和新村",
)
COMPANY_WORDS = (
    "华泰", "鑫源", "恒达", "宏远", "盛世", "金诚", "永安", "顺发", "中元", "博远", "天成",
    "祥和", "瑞丰", "德隆", "新锐", "众信", "长盛", "安居",
)
INDUSTRIES: dict[str, tuple[str, ...]] = {
    "建筑": ("建筑工程有限公司", "建筑劳务有限公司", "建设集团有限公司"),
    "物业": ("物业服务有限公司", "物业管理有限公司"),
    "装修": ("装饰工程有限公司", "家居装饰有限公司"),
    "商贸": ("商贸有限公司", "百货超市有限公司", "电器销售有限公司"),
    "运输": ("物流有限公司", "运输有限公司", "汽车客运有限公司"),
    "餐饮": ("餐饮管理有限公司", "酒店管理有限公司"),
    "制造": ("机械制造有限公司", "食品有限公司", "服装有限公司", "石材有限公司"),
    "医疗": ("人民医院", "中医医院", "妇幼保健院", "社区卫生服务中心"),
    "农业": ("农业开发有限公司", "种植专业合作社", "生态养殖有限公司"),
    "服务": ("健身服务有限公司", "教育咨询有限公司", "美容美发有限公司", "房地产经纪有限公司"),
}
REPRESENTATIVE_TITLES = ("法定代表人", "总经理", "执行董事", "负责人")

# the one-character province abbreviations courts put in their case numbers (京0105民特12号)
PROVINCE_ABBR = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔",
    "53": "滇", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新",
}

REFERRAL_UNITS: dict[Source, tuple[str, str]] = {
    # unit, document number; {d} district, {t} town, {c} court code (京0105), {y} year, {n} number
    Source.COURT_ASSIGNED: ("{d}人民法院", "（{y}）{c}民诉前调{n}号"),
    Source.COURT_ENTRUSTED: ("{d}人民法院", "（{y}）{c}民初{n}号"),
    Source.POLICE: ("{d}公安分局{t}派出所", "{t}派转字〔{y}〕{n}号"),
    Source.PETITION: ("{d}信访局", "信交字〔{y}〕{n}号"),
    Source.PROCURATORATE: ("{d}人民检察院", "检调转〔{y}〕{n}号"),
    Source.GOVERNMENT: ("{d}人民政府{t}办事处", "办交〔{y}〕{n}号"),
}


def court_code(area: Area) -> str:
    return PROVINCE_ABBR[area.code[:2]] + area.code[2:]


def pick_minority(area: Area, r: Uniform) -> str:
    """汉 for most people; the area's own minorities at their share."""
    roll = r() * 1000
    for name, per_mille in area.minorities:
        if roll < per_mille:
            return name
        roll -= per_mille
    return "汉"


def company_name(r: Uniform, area: Area, industry: str) -> str:
    """A trade name for a firm; hospitals are named after their district."""
    if industry == "医疗":
        return f"{area.district}{pick(r, INDUSTRIES[industry])}"
    city = area.city or area.province
    prefix = city.removesuffix("市") if r() < 0.5 else ""
    return f"{prefix}{pick(r, COMPANY_WORDS)}{pick(r, INDUSTRIES[industry])}"
