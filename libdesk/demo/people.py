"""Realistic Chinese people and places for demo data: names, phones, ID numbers, addresses.

Everything is drawn from a ``random.Random`` the caller seeds, so a demo database can be made
again identically. Surnames follow their real frequency roughly (王, 李, 张, 刘, 陈 first);
ID numbers are 18 digits with a correct ISO 7064 MOD 11-2 check character and a Taiyuan
region code; mobile numbers use real carrier prefixes. None of it is a real person.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from functools import lru_cache

from libdesk.models.collation import pinyin_key

# The 60 most common surnames, in order, with weights falling off like the real census.
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
                "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
                "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "上官"]
SURNAME_WEIGHTS = [max(1.0, 100.0 / (i + 1) ** 0.8) for i in range(len(SURNAMES))]

MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩凯健俊帆建国峰亮成志文博宇轩晨阳睿泽昊"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英丹萍红燕梅琳雪慧颖洁佳倩婷璐瑶欣怡悦涵萱彤琪雯晶蕾"
SHARED_CHARS = "子思雨一嘉晓春海云天新永立德安心诗佳乐小婉若可语梓欣家俊宏晋"

TAIYUAN_DISTRICTS = {  # district → (region code, streets)
    "小店区": ("140105", ["长风街", "平阳路", "亲贤北街", "体育路", "坞城路", "学府街",
                          "龙城大街", "许坦东街", "南内环街", "真武路"]),
    "迎泽区": ("140106", ["迎泽大街", "五一路", "解放南路", "桥东街", "双塔寺街", "新建南路",
                          "柳巷", "青年路"]),
    "杏花岭区": ("140107", ["府西街", "胜利街", "解放路", "坝陵南街", "三墙路", "五龙口街",
                            "敦化坊", "新建北路"]),
    "尖草坪区": ("140108", ["迎新街", "胜利北街", "柴村路", "和平北路", "兴华北街"]),
    "万柏林区": ("140109", ["千峰南路", "和平南路", "漪汾街", "兴华街", "迎泽西大街",
                            "长风西街", "下元路"]),
    "晋源区": ("140110", ["晋祠路", "新晋祠路", "义井街", "南堰街", "金胜路"]),
    "清徐县": ("140121", ["清泉街", "徐沟大街", "葡峰路"]),
    "阳曲县": ("140122", ["文明街", "东青线"]),
    "娄烦县": ("140123", ["新华街", "汾河路"]),
    "古交市": ("140181", ["大川西路", "兴华街", "古交大街"]),
}
DISTRICT_WEIGHTS = [14, 12, 10, 7, 11, 5, 3, 2, 1, 2]
ESTATES = ["阳光小区", "和平苑", "龙城花园", "恒大绿洲", "长风小区", "汾河湾", "晋阳小区",
           "文源小区", "书香苑", "滨河东路小区", "财大家属院", "山大南院", "理工大学家属院",
           "省委宿舍", "铁路新村", "并州小区", "康乐苑", "锦绣苑", "怡园小区", "金色家园"]

# Universities and colleges in Taiyuan: the first three are the volunteer alliance's seed.
SCHOOLS = ["山西财经大学", "山西大学", "太原理工大学", "中北大学", "山西医科大学",
           "太原科技大学", "太原师范学院", "山西师范大学", "山西农业大学", "山西传媒学院",
           "太原学院", "山西中医药大学", "太原工业学院", "山西工程技术学院", "山西警察学院",
           "山西省财政税务专科学校", "太原城市职业技术学院", "山西职业技术学院"]
OTHER_ORGS = ["太原市第五中学", "山西大学附属中学", "太原市成成中学", "小店区坞城街道社区",
              "迎泽区桥东街道社区", "太原市退休教师协会", "太原市文明办志愿服务总队",
              "山西省图书馆学会", "太原市残疾人联合会", "中国移动太原分公司"]
ORG_DONORS = ["太原市{d}教育局", "山西{w}文化传媒有限公司", "太原市{d}第{n}小学",
              "山西{w}出版传媒集团", "太原市{d}文化馆", "山西省{w}研究会", "太原{w}书店",
              "山西{w}科技有限公司", "太原市{d}人民法院", "中共太原市{d}委宣传部",
              "太原市第{n}中学校", "山西{w}投资集团有限公司", "太原市{d}老干部局"]
ORG_WORDS = ["晋阳", "三晋", "龙城", "汾河", "并州", "华夏", "新华", "黄河", "太行", "晋商",
             "锦绣", "博雅", "文华", "天龙", "北方"]
TITLES = ["退休教师", "{s}教师", "{s}学生", "退休职工", "作家", "书法家", "{s}教授",
          "公务员", "医生", "个体经营者", "社区居民", "企业职员", "离休干部", "", "", "", ""]
MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                   "151", "152", "155", "156", "157", "158", "159", "166", "177", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


class People:
    """Draws people, organisations and addresses from one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._districts = list(TAIYUAN_DISTRICTS)

    def gender(self) -> str:
        return "男" if self.rng.random() < 0.48 else "女"

    def name(self, gender: str) -> str:
        rng = self.rng
        surname = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
        pool = MALE_CHARS if gender == "男" else FEMALE_CHARS
        if rng.random() < 0.35:
            return surname + rng.choice(pool)
        first = rng.choice(SHARED_CHARS if rng.random() < 0.4 else pool)
        return surname + first + rng.choice(pool)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        return f"0351-{self.rng.choice('2345678')}{self.rng.randrange(10**6):06d}"

    def district(self) -> str:
        return self.rng.choices(self._districts, DISTRICT_WEIGHTS)[0]

    def address(self, district: str | None = None) -> str:
        rng = self.rng
        district = district or self.district()
        street = rng.choice(TAIYUAN_DISTRICTS[district][1])
        if rng.random() < 0.6:
            return (f"山西省太原市{district}{street}{rng.randint(1, 399)}号{rng.choice(ESTATES)}"
                    f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}"
                    f"{rng.randint(1, 4):02d}室")
        return f"山西省太原市{district}{street}{rng.randint(1, 399)}号"

    def id_number(self, gender: str, born: date, district: str | None = None) -> str:
        region = TAIYUAN_DISTRICTS[district or self.district()][0]
        sequence = self.rng.randrange(0, 500) * 2 + (1 if gender == "男" else 0)
        body = f"{region}{born:%Y%m%d}{sequence:03d}"
        return body + id_check_character(body)

    def birthday(self, youngest: int, oldest: int, today: date) -> date:
        days = self.rng.randint(youngest * 365, oldest * 365)
        return today - timedelta(days=days)

    def title(self) -> str:
        return self.rng.choice(TITLES).format(s=self.rng.choice(SCHOOLS))

    def organisation(self) -> str:
        rng = self.rng
        return rng.choice(ORG_DONORS).format(d=self.district(), w=rng.choice(ORG_WORDS),
                                             n=rng.randint(1, 60))


def id_check_character(body17: str) -> str:
    """The 18th character of a resident ID number (GB 11643, ISO 7064 MOD 11-2)."""
    total = sum(int(d) * w for d, w in zip(body17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def name_key(name: str) -> str:
    """The stored pinyin sort key of a person's name, built character by character from a
    cache: pypinyin costs ~0.5 ms a call, too slow for 100,000 names; for the generated
    names it gives the same key as ``pinyin_key`` (checked by the tests)."""
    return " ".join(key for key in map(_char_key, name) if key)[:250]


@lru_cache(maxsize=50_000)
def phrase_key(name: str) -> str:
    """The pinyin key of an organisation or activity name (phrases: 万柏林 is wan4 bo2 lin2)."""
    return pinyin_key(name)


@lru_cache(maxsize=20_000)
def _char_key(char: str) -> str:
    return pinyin_key(char)
