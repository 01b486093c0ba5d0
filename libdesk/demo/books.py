"""Realistic Chinese books for demo data: ISBNs with valid check digits, titles, authors,
publishers and 中图法 call numbers.

ISBNs use the Chinese group 978-7 with real publisher prefixes (人民文学出版社 = 02,
山西人民出版社 = 203 …), so a scanner-style lookup and ``normalize_isbn`` accept them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from libdesk.models.isbn import isbn13_check_digit

PUBLISHERS = [  # (name, ISBN publisher prefix after 978-7-)
    ("人民文学出版社", "02"), ("商务印书馆", "100"), ("中华书局", "101"),
    ("生活·读书·新知三联书店", "108"), ("人民出版社", "01"), ("作家出版社", "5063"),
    ("北京大学出版社", "301"), ("清华大学出版社", "302"), ("高等教育出版社", "04"),
    ("中信出版社", "5086"), ("译林出版社", "5447"), ("上海译文出版社", "5327"),
    ("山西人民出版社", "203"), ("北岳文艺出版社", "5378"), ("三晋出版社", "5457"),
    ("山西教育出版社", "5440"), ("希望出版社", "5379"), ("山西经济出版社", "5577"),
    ("二十一世纪出版社", "5391"), ("接力出版社", "5448"), ("中国少年儿童出版社", "5148"),
    ("科学出版社", "03"), ("人民邮电出版社", "115"), ("机械工业出版社", "111"),
]
# 中图法 classes with title words that fit them
SUBJECTS = [
    ("I247.5", "长篇小说", ["平凡的", "人生", "故乡", "黄河", "山河", "岁月", "远方", "春天",
                           "白鹿原", "晋商", "大院", "汾河", "往事", "少年", "村庄", "灯火"]),
    ("I266", "散文", ["散文集", "随笔", "书信", "乡愁", "旧时光", "四季", "行走", "草木"]),
    ("K29", "地方史", ["太原", "山西", "三晋", "晋阳", "并州", "龙城", "晋祠", "古城"]),
    ("K82", "传记", ["傅山", "阎锡山", "于成龙", "王家大院", "乔家", "名人", "先贤"]),
    ("G624", "少儿读物", ["小学生", "童话", "绘本", "成语故事", "十万个为什么", "唐诗"]),
    ("TP3", "计算机", ["Python", "数据分析", "人工智能", "网络安全", "程序设计", "算法"]),
    ("F12", "经济", ["中国经济", "乡村振兴", "资源型经济转型", "数字经济", "营商环境"]),
    ("R2", "中医养生", ["中医", "养生", "本草", "家庭保健", "黄帝内经"]),
    ("D6", "党政读物", ["党史", "新时代", "学习纲要", "基层治理", "法治"]),
    ("J2", "书画艺术", ["书法", "国画", "篆刻", "剪纸", "晋剧", "民间艺术"]),
]
PATTERNS = ["{a}", "{a}{b}", "{a}与{b}", "话说{a}", "{a}的故事", "{a}史话", "我的{a}",
            "{a}{g}", "{a}{g}选", "走进{a}", "{a}三十讲", "{a}：{b}"]
SUFFIXES = ["", "", "", "", "", "（修订版）", "（第2版）", "（插图本）", "（全两册）", "研究",
            "读本", "简史", "导读", "百问"]
AUTHOR_SURNAMES = "王李张刘陈杨赵孙马郭梁韩贾乔阎傅闫武郝田"
AUTHOR_GIVEN = "文华明军学东志平德国建永振海宏晋峰春秋红丽英芳凤兰"


@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    publisher: str
    call_number: str


def make_isbn(rng: random.Random, publisher_prefix: str) -> str:
    """A 13-digit ISBN in group 7 for the publisher, with a correct check digit."""
    title_digits = 12 - 4 - len(publisher_prefix)  # 978 + 7 + prefix + title number
    body = "9787" + publisher_prefix + f"{rng.randrange(10 ** title_digits):0{title_digits}d}"
    return body + isbn13_check_digit(body)


def isbn13_is_valid(isbn: str) -> bool:
    return len(isbn) == 13 and isbn.isdigit() and isbn13_check_digit(isbn[:12]) == isbn[12]


class Books:
    """A pool of distinct books; donations and batches draw from the same shelf."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self.rng = rng
        seen: set[str] = set()
        self.pool: list[Book] = []
        while len(self.pool) < count:
            book = self._new_book()
            if book.isbn not in seen:
                seen.add(book.isbn)
                self.pool.append(book)
        self._by_isbn = {book.isbn: book for book in self.pool}

    def _new_book(self) -> Book:
        rng = self.rng
        publisher, prefix = rng.choice(PUBLISHERS)
        cls, genre, words = rng.choice(SUBJECTS)
        first, second = rng.sample(words, 2)
        title = rng.choice(PATTERNS).format(a=first, b=second, g=genre) + rng.choice(SUFFIXES)
        author = (rng.choice(AUTHOR_SURNAMES) + rng.choice(AUTHOR_GIVEN)
                  + (rng.choice(AUTHOR_GIVEN) if rng.random() < 0.7 else ""))
        if rng.random() < 0.15:
            author += "　主编"
        call_number = f"{cls}/{rng.randint(1, 999)}"
        return Book(make_isbn(rng, prefix), title, author, publisher, call_number)

    def by_isbn(self, isbn: str) -> Book | None:
        return self._by_isbn.get(isbn)

    def pick(self) -> Book:
        """Popular books come up more often (the head of the pool)."""
        index = int(len(self.pool) * self.rng.random() ** 2)
        return self.pool[min(index, len(self.pool) - 1)]
