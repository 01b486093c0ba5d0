"""Demo outreach records, written through the outreach services as staff would enter them:
2020's mobile-service outings adding up to the annual report's 18,670 visits and 27,800
loans, reading events and guidance visits at points, the three collection transfers and the
hospital and 恩施 gifts the report names, and the city reading rooms' facts."""
from __future__ import annotations

import random
from datetime import date, timedelta

from libdesk.models.outreach.rules import (EventInput, FactsInput, GiftInput, OutingInput,
                                           TransferInput, TransferLineInput, VisitInput)

VISITS_2020, LOANS_2020 = 18_670, 27_800
EVENTS = ("世界读书日亲子共读", "红色经典诵读会", "绘本故事会", "科普阅读讲座", "寒假读书分享会")
VISIT_TOPICS = (("guidance", "分馆业务培训"), ("guidance", "图书排架指导"),
                ("technical", "自助借还机调试"), ("technical", "图书馆系统安装"))
STAFF = ("王芳", "李强", "赵敏", "刘洋")


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def fill_outreach(services, seed: int = 2020) -> dict[str, int]:
    rng = random.Random(seed)
    points = services.branches.names()
    rooms = [(i, n) for i, n in points if "城市书房" in n] or points[:2]
    outings = 96
    readers, loans = _split(VISITS_2020, outings, rng), _split(LOANS_2020, outings, rng)
    records = []
    for n in range(outings):
        day = date(2020, 1, 6) + timedelta(days=int(n * 3.6))
        at_point = rng.random() < 0.7
        branch_id = rng.choice(points)[0] if at_point else None
        records.append(OutingInput(
            served_on=day, vehicle="流动服务车1号" if n % 2 else "流动服务车2号",
            branch_id=branch_id, place="" if at_point else rng.choice(("迎泽公园", "学府公园",
                                                                          "柳巷步行街")),
            staff="、".join(rng.sample(STAFF, 2)), readers=readers[n], loans=loans[n],
            returns=int(loans[n] * 0.8), new_cards=rng.randint(0, 6)))
    services.mobile_log.bulk_add(records)
    events = [EventInput(branch_id=rng.choice(points)[0], held_on=date(2020, rng.randint(1, 12),
                                                                        rng.randint(1, 28)),
                         title=rng.choice(EVENTS), participants=rng.randint(15, 80))
              for _ in range(24)]
    services.point_events.add_many(events)
    visits = []
    for _ in range(30):
        kind, topic = rng.choice(VISIT_TOPICS)
        visits.append(VisitInput(branch_id=rng.choice(points)[0], visited_on=date(
            2020, rng.randint(1, 12), rng.randint(1, 28)), kind=kind, staff=rng.choice(STAFF),
            topic=topic))
    services.point_visits.add_many(visits)
    room = rooms[0][0]
    transfers = [
        (TransferInput(transferred_on=date(2020, 3, 9), source_dept="少儿部", project="太图约书",
                       purpose="太图约书借阅服务"), [TransferLineInput(title="少儿图书",
                                                                       copies=1043)]),
        (TransferInput(transferred_on=date(2020, 5, 15), source_dept="少儿借阅区",
                       project="阳曲未来图书馆", purpose="阳曲未来图书馆配书"),
         [TransferLineInput(title="少儿图书", copies=5000)]),
        (TransferInput(transferred_on=date(2020, 11, 2), source_dept="少儿借阅区、亲子借阅馆",
                       branch_id=room, project="太原城市书房", purpose="城市书房配书"),
         [TransferLineInput(title="少儿图书", copies=500),
          TransferLineInput(title="亲子绘本", copies=150)]),
    ]
    for record, lines in transfers:
        services.transfers.add_with_lines(record, lines)
    hospitals = ("山西省医科大学附属肺科医院", "太原市中心医院", "太原市疾病预防控制中心",
                 "太原市急救中心")
    for name, volumes in zip(hospitals, (160, 150, 140, 155)):
        services.gifts.add(GiftInput(given_on=date(2020, 2, 27), recipient=name,
                                     recipient_kind="hospital", description="经典期刊、图书",
                                     titles=22, volumes=volumes))
    services.gifts.add(GiftInput(given_on=date(2020, 4, 8), recipient="恩施州图书馆",
                                 recipient_kind="library", description="少儿读物", volumes=500))
    for index, (branch_id, _name) in enumerate(rooms):
        services.point_facts.save(branch_id, FactsInput(
            opening_hours="全天" if index == 0 else "9:00–21:00", open_24h=index == 0,
            area_m2=120 + 30 * index, seats=40 + 10 * index, machines=1 + index % 2))
    return {"outings": outings, "events": len(events), "visits": len(visits),
            "transfers": len(transfers), "gifts": len(hospitals) + 1, "facts": len(rooms)}
