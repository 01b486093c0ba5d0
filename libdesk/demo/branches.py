"""Demo details for the points the annual report names: district, address, opening date,
books on site and a small contact roster (the report gives only the names)."""
from __future__ import annotations

import random
from datetime import date

from sqlalchemy import insert, select, update

from libdesk.models.branches.tables import Branch, BranchContact
from libdesk.demo.people import TAIYUAN_DISTRICTS, People

ROLES = ["馆长", "图书管理员", "政治处干事", "教导主任", "院办主任", "管教科干警", "文书"]


def fill_branches(session, people: People, rng: random.Random, today: date) -> int:
    """Give every point without contacts its details and one or two contacts; returns how
    many contacts were written."""
    with_contacts = set(session.execute(select(BranchContact.branch_id)).scalars())
    contacts = []
    for branch_id, name in session.execute(select(Branch.id, Branch.name).order_by(Branch.number)):
        if branch_id in with_contacts:
            continue
        district = next((d for d in TAIYUAN_DISTRICTS if d[:2] in name), people.district())
        opened = date(rng.randint(2008, min(today.year, 2020)), rng.randint(1, 12), 1)
        session.connection().execute(update(Branch).where(Branch.id == branch_id).values(
            district=district, address=people.address(district), opened_on=opened,
            books_on_site=rng.randrange(500, 6000, 50)))
        for index in range(rng.choice((1, 1, 2))):
            gender = people.gender()
            contacts.append({
                "branch_id": branch_id, "name": people.name(gender), "role": rng.choice(ROLES),
                "phone": people.mobile() if index == 0 else people.landline(), "email": "",
                "notes": "", "is_primary": index == 0})
    if contacts:
        session.connection().execute(insert(BranchContact.__table__), contacts)
    return len(contacts)
