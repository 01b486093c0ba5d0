"""Demo distribution batches (配送批次) to the 37 points, with items and boxes.

Batches are numbered PS-<year>-<nnnn> without gaps per year (the caller sets the counter to
the last number); older batches are completed, recent ones shipped, packed or still drafts.
New-book batches carry books with valid ISBNs from the shared shelf (some from donation
lines evaluated 转配分馆), swaps also bring books back, periodical gifts carry issues.
"""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

from libdesk.models.distribution.tables import (BatchKind, BatchStatus, Direction, ItemSource,
                                         NUMBER_SERIES)
from libdesk.demo.books import Books

CHUNK = 500  # batches per chunk
STAFF = ["李建国", "郭志强", "赵敏", "王丽华"]
RECEIVERS = ["张主任", "刘老师", "王馆长", "陈干事", "杨队长", "赵老师"]
PERIODICALS = ["《读者》", "《青年文摘》", "《中国国家地理》", "《故事会》", "《半月谈》",
               "《山西文学》", "《儿童文学》", "《科学画报》", "《求是》", "《人民文摘》"]
KINDS = [BatchKind.NEW_BOOKS, BatchKind.SWAP, BatchKind.PERIODICALS, BatchKind.RECALL]
KIND_WEIGHTS = [55, 25, 15, 5]


def _stamp(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour=hour), tzinfo=timezone.utc) - timedelta(hours=8)


class DistributionGenerator:
    def __init__(self, rng: random.Random, books: Books, today: date, first_day: date,
                 donated_lines: list[tuple[int, str, str]]) -> None:
        """``donated_lines``: (donation line id, isbn, title) evaluated 转配分馆."""
        self.rng, self.books, self.today, self.first_day = rng, books, today, first_day
        self.donated = donated_lines
        self.counters: dict[int, int] = defaultdict(int)  # year → last batch number

    def batches(self, first_id: int, count: int, branch_ids: list[int]
                ) -> Iterator[tuple[list[dict], list[dict], list[dict]]]:
        """Chunks of (batch rows, item rows, box rows), batches in date order."""
        rng = self.rng
        span = max((self.today - self.first_day).days, 1)
        days = sorted(self.first_day + timedelta(days=rng.randrange(span)) for _ in range(count))
        batches: list[dict] = []
        items: list[dict] = []
        boxes: list[dict] = []
        for n, day in enumerate(days):
            batch_id = first_id + n
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
            status = self._status(day)
            batch = self._batch_row(batch_id, day, kind, status, rng.choice(branch_ids))
            batch_items = self._items(batch_id, kind)
            batches.append(batch)
            items += batch_items
            if status not in (BatchStatus.DRAFT, BatchStatus.CANCELLED):
                boxes += self._boxes(batch, batch_items)
            if len(batches) == CHUNK:
                yield batches, items, boxes
                batches, items, boxes = [], [], []
        if batches:
            yield batches, items, boxes

    def _status(self, day: date) -> BatchStatus:
        age = (self.today - day).days
        if self.rng.random() < 0.02:
            return BatchStatus.CANCELLED
        if age > 60:
            return BatchStatus.COMPLETED
        if age > 21:
            return self.rng.choice([BatchStatus.RECEIVED, BatchStatus.COMPLETED])
        if age > 7:
            return self.rng.choice([BatchStatus.SHIPPED, BatchStatus.RECEIVED])
        return self.rng.choice([BatchStatus.DRAFT, BatchStatus.PACKED, BatchStatus.SHIPPED])

    def _batch_row(self, batch_id: int, day: date, kind: BatchKind, status: BatchStatus,
                   branch_id: int) -> dict:
        rng = self.rng
        self.counters[day.year] += 1
        number = f"{NUMBER_SERIES}-{day.year}-{self.counters[day.year]:04d}"
        steps = [BatchStatus.PACKED, BatchStatus.SHIPPED, BatchStatus.RECEIVED,
                 BatchStatus.COMPLETED]
        reached = steps.index(status) + 1 if status in steps else 0
        created = _stamp(day - timedelta(days=3), 9)
        stamps = {name: (_stamp(day + timedelta(days=offset), hour) if reached > i else None)
                  for i, (name, offset, hour) in enumerate([
                      ("packed_at", -1, 16), ("shipped_at", 0, 9), ("received_at", 1, 11),
                      ("completed_at", 8, 15)])}
        cancelled = status == BatchStatus.CANCELLED
        return {"id": batch_id, "number": number, "year": day.year, "branch_id": branch_id,
                "kind": kind.value, "status": status.value, "planned_on": day,
                "staff": rng.choice(STAFF), "notes": "", "created_at": created,
                "updated_at": created, **stamps,
                "received_by": rng.choice(RECEIVERS) if stamps["received_at"] else "",
                "cancelled_at": _stamp(day, 10) if cancelled else None,
                "cancel_reason": "服务点场地装修，暂停配送" if cancelled else ""}

    def _items(self, batch_id: int, kind: BatchKind) -> list[dict]:
        rng = self.rng
        rows: list[dict] = []
        titles = rng.randint(12, 40)
        per_box = rng.randint(8, 15)

        def add(direction: Direction, **values) -> None:
            rows.append({"batch_id": batch_id, "direction": direction.value, "isbn": "",
                         "title": "", "author": "", "publisher": "", "call_number": "",
                         "issue": "", "copies": 1, "source": ItemSource.COLLECTION.value,
                         "donation_line_id": None, "position": len(rows) + 1,
                         "box_no": len([r for r in rows if r["direction"] == direction.value])
                         // per_box + 1, **values})

        if kind == BatchKind.PERIODICALS:
            year, month = rng.randint(2019, self.today.year), rng.randint(1, 12)
            for title in rng.sample(PERIODICALS, rng.randint(4, len(PERIODICALS))):
                add(Direction.OUT, title=title, issue=f"{year}年第{month}期",
                    copies=rng.randint(2, 10))
            return rows
        direction = Direction.BACK if kind == BatchKind.RECALL else Direction.OUT
        seen: set[str] = set()
        for _ in range(titles):
            if self.donated and kind == BatchKind.NEW_BOOKS and rng.random() < 0.15:
                line_id, isbn, title = self.donated.pop()
                if isbn in seen:
                    continue
                book = self.books.by_isbn(isbn)
                add(direction, isbn=isbn, title=title, author=book.author if book else "",
                    publisher=book.publisher if book else "",
                    call_number=book.call_number if book else "", copies=1,
                    source=ItemSource.DONATION.value, donation_line_id=line_id)
                seen.add(isbn)
                continue
            book = self.books.pick()
            if book.isbn in seen:
                continue
            seen.add(book.isbn)
            add(direction, isbn=book.isbn, title=book.title, author=book.author,
                publisher=book.publisher, call_number=book.call_number,
                copies=rng.choices([1, 2, 3, 5], [50, 30, 15, 5])[0])
        if kind == BatchKind.SWAP:
            for _ in range(titles // 2):
                book = self.books.pick()
                if book.isbn not in seen:
                    seen.add(book.isbn)
                    add(Direction.BACK, isbn=book.isbn, title=book.title, author=book.author,
                        publisher=book.publisher, call_number=book.call_number)
        return rows

    def _boxes(self, batch: dict, items: list[dict]) -> list[dict]:
        shipping = (Direction.BACK if batch["kind"] == BatchKind.RECALL.value
                    else Direction.OUT).value
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for item in items:
            if item["direction"] == shipping:
                totals[item["box_no"]][0] += item["copies"]
                totals[item["box_no"]][1] += 1
        return [{"batch_id": batch["id"], "box_no": box_no, "item_count": copies,
                 "title_count": titles, "received_at": batch["received_at"],
                 "received_by": batch["received_by"]}
                for box_no, (copies, titles) in sorted(totals.items())]
