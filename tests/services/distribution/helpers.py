"""Building batches for the distribution tests."""
from __future__ import annotations

from datetime import date

from libdesk.models.distribution.rules import BatchInput, ItemInput

ELDERLY_HOME = "太原市老年公寓"
BOOKS = [  # (isbn, title, author, publisher, call number)
    ("9787020002207", "红楼梦", "曹雪芹", "人民文学出版社", "I242.4/1"),
    ("9787536692930", "三体", "刘慈欣", "重庆出版社", "I247.5/3"),
    ("9787544253994", "百年孤独", "加西亚·马尔克斯", "南海出版公司", "I775.45/1"),
    ("9787108009821", "万历十五年", "黄仁宇", "生活·读书·新知三联书店", "K248/2"),
    ("9787506365437", "活着", "余华", "作家出版社", "I247.57/8"),
]


def point_id(services, name: str = ELDERLY_HOME) -> int:
    return dict((n, i) for i, n in services.branches.names())[name]


def catalogue(box_no: int = 1, copies: int = 1, direction: str = "out") -> list[ItemInput]:
    return [ItemInput(isbn=i, title=t, author=a, publisher=p, call_number=c, copies=copies,
                      box_no=box_no, direction=direction) for i, t, a, p, c in BOOKS]


def swap_batch(services, boxes: int = 3) -> int:
    """A 流通替换 to the elderly home: box n holds books n-1 and n (2 copies each)."""
    batch_id = services.distribution.create(BatchInput(
        point_id(services), "swap", date(2020, 5, 10), "王丽", "五月流通替换"))
    items = []
    for box in range(1, boxes + 1):
        for isbn, title, author, publisher, call in BOOKS[box - 1:box + 1]:
            items.append(ItemInput(isbn=isbn, title=title, author=author, publisher=publisher,
                                   call_number=call, copies=2, box_no=box))
    services.distribution.add_items(batch_id, items)
    return batch_id
