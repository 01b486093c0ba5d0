"""The roster workbook import in two phases, so other writers never wait on its matching.

``plan`` matches the file's points (by name) and their contacts (by name within the point)
against one snapshot of every point and contact (``details``: three queries), without the
write lock. The write transaction reads the snapshot again; if another desk changed a point
meanwhile the plan is made again from what is stored then. Only the points that change are
written (unchanged ones cost nothing).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select

from libdesk.models.branches.records import BranchDetail
from libdesk.models.branches.tables import Branch, BranchCategory, BranchContact


@dataclass
class Plan:
    """The points to save: (point, its contacts, stored id or None for a new point)."""
    saves: list[tuple] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0})


def details(session, to_input, contact_input) -> dict[str, BranchDetail]:
    """Every stored point with its contacts, by name (contacts primary first)."""
    categories = dict(session.execute(select(BranchCategory.id, BranchCategory.name)).all())
    contacts: dict[int, list] = {}
    for c in session.execute(select(BranchContact).order_by(
            BranchContact.branch_id, BranchContact.is_primary.desc(),
            BranchContact.id)).scalars():
        contacts.setdefault(c.branch_id, []).append(contact_input(c))
    found = {}
    for b in session.execute(select(Branch).order_by(Branch.number)).scalars():
        point = replace(to_input(b, None), category=categories.get(b.category_id, ""))
        found[b.name] = BranchDetail(b.id, point, contacts.get(b.id, []))
    return found


def plan(points: list, stored: dict[str, BranchDetail], merge) -> Plan:
    """As the roster dialog would save them one by one: a point named in the file is
    updated (its contacts merged by ``merge``) unless it is already so, else added; a point
    named twice is saved once, as the rows leave it one after the other."""
    out = Plan()
    seen = dict(stored)  # as this import leaves each point
    saves: dict[str, tuple] = {}
    for point, contacts in points:
        name = point.name.strip()
        current = seen.get(name)
        if current is None:
            saves[name] = (point, contacts, None)
            out.counts["added"] += 1
        else:
            merged = merge(current.contacts, contacts)
            same = replace(point, number=point.number or current.point.number)
            if current.point == same and merged == current.contacts:
                out.counts["unchanged"] += 1
                continue
            saves[name] = (point, merged, current.id)
            out.counts["updated"] += 1
        seen[name] = BranchDetail(seen[name].id if name in seen else None,
                                  replace(point, number=point.number or (
                                      seen[name].point.number if name in seen else 0)),
                                  saves[name][1])
    out.saves = list(saves.values())
    return out
