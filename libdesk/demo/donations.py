"""Demo donors, donations and donation lines, as rows for bulk inserts.

People (85 %) and organisations give books, periodicals, local documents and objects on days
spread over the years; older lines are evaluated (入藏, 转配分馆, 退回, 不予入藏), recent ones
are still pending. The top-10 donors of 2020 (annual report table 15) are added with their
volumes, so the top-donor report of the demo database reproduces the seed's table.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

from libdesk.config import resource_path
from libdesk.models.donations.tables import Channel, DonorKind, Evaluation, Material, Unit
from libdesk.demo.books import Books
from libdesk.demo.people import People, name_key, phrase_key

CHUNK = 5000
STAFF = ["王丽华", "李建国", "张晓燕", "赵敏", "郭志强", "孙婷"]
HONORIFICS = {"男": "先生", "女": "女士"}
OTHER_LINES = [  # (material, title, unit, quantity range)
    (Material.PERIODICAL, "《读者》{y}年合订本", Unit.VOLUME, (1, 12)),
    (Material.PERIODICAL, "《山西文学》{y}年", Unit.VOLUME, (1, 12)),
    (Material.PERIODICAL, "《太原日报》{y}年合订本", Unit.VOLUME, (1, 4)),
    (Material.LOCAL_DOCUMENT, "{d}地方志资料", Unit.ITEM, (1, 20)),
    (Material.LOCAL_DOCUMENT, "{d}家谱", Unit.ITEM, (1, 3)),
    (Material.LOCAL_DOCUMENT, "太原老照片", Unit.ITEM, (5, 60)),
    (Material.OBJECT, "抗疫志愿者红马甲", Unit.ITEM, (1, 5)),
    (Material.OBJECT, "抗疫期间社区出入证", Unit.ITEM, (1, 10)),
    (Material.AUDIOVISUAL, "晋剧经典唱段光盘", Unit.ITEM, (1, 20)),
    (Material.ELECTRONIC, "{d}非遗项目电子文档", Unit.ITEM, (1, 30)),
]
EVALUATIONS = [Evaluation.COLLECTED, Evaluation.DISTRIBUTE, Evaluation.RETURNED,
               Evaluation.REJECTED]
EVALUATION_WEIGHTS = [55, 30, 5, 10]


def _stamp(day: date, rng: random.Random) -> datetime:
    moment = time(hour=rng.randint(8, 17), minute=rng.randint(0, 59))
    return datetime.combine(day, moment, tzinfo=timezone.utc) - timedelta(hours=8)


class DonationGenerator:
    def __init__(self, rng: random.Random, people: People, books: Books, today: date,
                 first_day: date) -> None:
        self.rng, self.people, self.books = rng, people, books
        self.today, self.first_day = today, first_day
        self.span = max((today - first_day).days, 1)

    # -- donors -----------------------------------------------------------------------------
    def donors(self, first_id: int, count: int) -> Iterator[list[dict]]:
        top = top10_donors()
        chunk: list[dict] = []
        for n in range(count):
            donor_id = first_id + n
            if n < len(top):
                row = self._donor_row(donor_id, top[n][0],
                                      kind=DonorKind.ORGANISATION if len(top[n][0]) > 3
                                      else DonorKind.PERSON)
            else:
                row = self._donor_row(donor_id)
            chunk.append(row)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def _donor_row(self, donor_id: int, name: str = "", kind: DonorKind | None = None) -> dict:
        rng, people = self.rng, self.people
        if kind is None:
            kind = DonorKind.PERSON if rng.random() < 0.85 else DonorKind.ORGANISATION
        created = _stamp(self.first_day + timedelta(days=rng.randrange(self.span)), rng)
        district = people.district()
        if kind == DonorKind.PERSON:
            gender = people.gender()
            name = name or people.name(gender)
            born = people.birthday(18, 85, self.today)
            contact, honorific, title = "", HONORIFICS[gender], people.title()
            id_number = people.id_number(gender, born, district) if rng.random() < 0.4 else ""
        else:
            name = name or people.organisation()
            contact, honorific, title, id_number = people.name(people.gender()), "", "", ""
        key = name_key(name) if kind == DonorKind.PERSON else phrase_key(name)
        return {"id": donor_id, "kind": kind.value, "name": name, "name_key": key,
                "honorific": honorific, "title": title, "contact_person": contact,
                "phone": people.mobile() if rng.random() < 0.9 else people.landline(),
                "phone2": people.landline() if rng.random() < 0.1 else "",
                "email": f"{rng.randrange(10**5, 10**10)}@qq.com" if rng.random() < 0.2 else "",
                "address": people.address(district) if rng.random() < 0.8 else "",
                "id_number": id_number, "notes": "", "created_at": created,
                "updated_at": created}

    # -- donations and lines ------------------------------------------------------------------
    def donations(self, first_id: int, first_line_id: int, count: int, donor_ids: range
                  ) -> Iterator[tuple[list[dict], list[dict]]]:
        """Chunks of (donation rows, line rows); the top-10 donors get their 2020 gifts."""
        top = top10_donors()
        donations: list[dict] = []
        lines: list[dict] = []
        line_id = first_line_id
        for n in range(count):
            donation_id = first_id + n
            if n < len(top) and len(donor_ids) > n:
                donor_id, day = donor_ids[n], date(2020, 4 + n % 8, 10 + n)
                gift = self._big_gift(top[n][1])
            else:
                # the top-10 donors give only their 2020 gifts, so table 15 comes out exact
                others = len(top) if len(donor_ids) > len(top) else 0
                donor_id = donor_ids[self.rng.randrange(others, len(donor_ids))]
                day = self.first_day + timedelta(days=self.rng.randrange(self.span))
                gift = self._gift(day)
            donations.append(self._donation_row(donation_id, donor_id, day))
            for position, line in enumerate(gift, start=1):
                lines.append(self._line_row(line_id, donation_id, position, day, line))
                line_id += 1
            if len(donations) == CHUNK:
                yield donations, lines
                donations, lines = [], []
        if donations:
            yield donations, lines

    def _donation_row(self, donation_id: int, donor_id: int, day: date) -> dict:
        rng = self.rng
        stamp = _stamp(day, rng)
        channel = rng.choices([Channel.HANDED_IN, Channel.POST, Channel.COLLECTED,
                               Channel.ELECTRONIC], [70, 15, 12, 3])[0]
        return {"id": donation_id, "donor_id": donor_id, "received_on": day,
                "received_by": rng.choice(STAFF), "channel": channel.value, "notes": "",
                "created_at": stamp, "updated_at": stamp}

    def _gift(self, day: date) -> list[tuple]:
        """(material, title, isbn, titles, quantity, unit) of each line of one donation."""
        rng = self.rng
        lines = []
        for _ in range(rng.choices([1, 2, 3, 4, 6], [40, 30, 15, 10, 5])[0]):
            if rng.random() < 0.8:
                book = self.books.pick()
                lines.append((Material.BOOK, book.title, book.isbn, 1,
                              rng.choices([1, 2, 3, 5], [70, 20, 7, 3])[0], Unit.VOLUME))
            else:
                material, title, unit, (low, high) = rng.choice(OTHER_LINES)
                title = title.format(y=rng.randint(1995, day.year), d=self.people.district())
                lines.append((material, title, "", 1, rng.randint(low, high), unit))
        return lines

    def _big_gift(self, volumes: int) -> list[tuple]:
        lines, left = [], volumes
        while left > 0:
            book = self.books.pick()
            quantity = min(left, self.rng.randint(20, 400))
            lines.append((Material.BOOK, book.title, book.isbn, 1, quantity, Unit.VOLUME))
            left -= quantity
        return lines

    def _line_row(self, line_id: int, donation_id: int, position: int, day: date,
                  line: tuple) -> dict:
        rng = self.rng
        material, title, isbn, titles, quantity, unit = line
        age = (self.today - day).days
        if age < 30 or (age < 120 and rng.random() < 0.5):
            evaluation, evaluated = Evaluation.PENDING, None
        else:
            evaluation = rng.choices(EVALUATIONS, EVALUATION_WEIGHTS)[0]
            if material != Material.BOOK and evaluation == Evaluation.DISTRIBUTE:
                evaluation = Evaluation.COLLECTED
            evaluated = _stamp(day + timedelta(days=rng.randint(7, 30)), rng)
        note = "复本过多" if evaluation == Evaluation.REJECTED else ""
        return {"id": line_id, "donation_id": donation_id, "position": position,
                "material": material.value, "title": title, "isbn": isbn, "titles": titles,
                "quantity": quantity, "unit": unit.value, "evaluation": evaluation.value,
                "evaluation_note": note, "evaluated_at": evaluated}


def top10_donors() -> list[tuple[str, int]]:
    """(name, volumes) of table 15 of the 2020 annual report."""
    with open(resource_path("seed", "donors_top10_2020.csv"), encoding="utf-8") as handle:
        return [(row["donor"], int(row["volumes"])) for row in csv.DictReader(handle)]
