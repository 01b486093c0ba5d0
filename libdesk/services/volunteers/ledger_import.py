"""The volunteer ledger import in two phases, so other writers never wait on its matching.

1. Read phase (no write lock): ``Facts.load`` reads, in a few indexed queries, what the
   import depends on — the volunteers the file names by 平台编号 or by name, and the schools
   and teams it names — and ``plan`` decides in memory which volunteers are updated, which
   are added, and which schools and teams are made.
2. Write phase (the short write transaction): the same facts are read again (the volunteers
   locked ``FOR UPDATE`` on PostgreSQL; SQLite's write lock covers all). If nothing changed
   meanwhile the plan stands, else it is made again from what is stored now. Then schools,
   teams, updates and new volunteers go in with bulk statements.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select, update

from libdesk.models.base import utcnow
from libdesk.models.collation import pinyin_key
from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.models.volunteers.tables import (Volunteer, VolunteerOrg, VolunteerStatus,
                                             VolunteerTeam)
from libdesk.services.base import chunks

STORED = ("name", "name_key", "gender", "org_id", "team_id", "student_no", "platform_no",
          "phone", "id_number", "id_type", "joined_on", "status", "left_on", "notes")


@dataclass
class Facts:
    """The stored facts one import depends on."""
    volunteers: dict[int, dict] = field(default_factory=dict)  # id → STORED columns
    versions: dict[int, int] = field(default_factory=dict)
    orgs: dict[str, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session, people: list[VolunteerInput], lock: bool = False) -> "Facts":
        facts = cls()
        platforms = sorted({p.platform_no.strip() for p in people if p.platform_no.strip()})
        names = sorted({p.name.strip() for p in people})
        columns = (Volunteer.id, Volunteer.version, *(getattr(Volunteer, c) for c in STORED))
        for key, values in ((Volunteer.platform_no, platforms), (Volunteer.name, names)):
            for chunk in chunks(values):
                stmt = select(*columns).where(key.in_(chunk))
                if lock:
                    stmt = stmt.with_for_update()
                for row in session.execute(stmt):
                    facts.volunteers[row[0]] = dict(zip(STORED, row[2:]))
                    facts.versions[row[0]] = row[1]
        for model, wanted, found in (
                (VolunteerOrg, {p.org.strip() for p in people} - {""}, facts.orgs),
                (VolunteerTeam, {p.team.strip() for p in people} - {""}, facts.teams)):
            for chunk in chunks(sorted(wanted)):
                found.update((r[1], r[0]) for r in session.execute(
                    select(model.id, model.name).where(model.name.in_(chunk))))
        return facts


@dataclass
class Plan:
    """What the import writes. ``org``/``team`` in a row are names, made ids on writing."""
    updates: dict[int, dict] = field(default_factory=dict)
    new: list[dict] = field(default_factory=list)
    new_orgs: list[str] = field(default_factory=list)
    new_teams: dict[str, date | None] = field(default_factory=dict)  # name → formed on
    updated: int = 0


def plan(people: list[VolunteerInput], facts: Facts) -> Plan:
    """Volunteers matched by platform number, else by name and school (as stored before
    this import); the others are added. A volunteer named twice: the last row wins."""
    out = Plan()
    stored = {i: dict(v) for i, v in facts.volunteers.items()}
    by_platform = {v["platform_no"]: i for i, v in sorted(stored.items()) if v["platform_no"]}
    by_name = {(v["name"], v["org_id"] or 0): i for i, v in sorted(stored.items())}
    today = date.today()
    for person in people:
        org, team = person.org.strip(), person.team.strip()
        if org and org not in facts.orgs and org not in out.new_orgs:
            out.new_orgs.append(org)
        if team and team not in facts.teams:
            out.new_teams.setdefault(team, person.joined_on)
        org_id = facts.orgs.get(org) if org else None
        existing = by_platform.get(person.platform_no) if person.platform_no else None
        if existing is None and (org_id is not None or not org):
            existing = by_name.get((person.name.strip(), org_id or 0))
        old = stored.get(existing, {"status": VolunteerStatus.ACTIVE.value, "left_on": None,
                                    "phone": "", "id_number": ""})
        values = _values(person, old, today)
        if existing is None:
            out.new.append(values)
            continue
        out.updated += 1
        stored[existing] = {**old, **{k: v for k, v in values.items() if k in old}}
        out.updates[existing] = values
    return out


def _values(person: VolunteerInput, old: dict, today: date) -> dict:
    """The columns as ``ledger._apply`` sets them; ``org``/``team`` are names here."""
    name = person.name.strip()
    left = person.status == VolunteerStatus.LEFT.value
    return {
        "name": name, "name_key": pinyin_key(name), "gender": person.gender.strip(),
        "org": person.org.strip(), "team": person.team.strip(),
        "student_no": person.student_no.strip(), "platform_no": person.platform_no.strip(),
        "phone": old["phone"] if "*" in person.phone else person.phone.strip(),
        "id_number": (old["id_number"] if "*" in person.id_number
                      else person.id_number.strip().upper()),
        "id_type": person.id_type or "居民身份证", "joined_on": person.joined_on,
        "status": person.status, "notes": person.notes,
        "left_on": ((old["left_on"] if old["status"] == VolunteerStatus.LEFT.value else today)
                    if left else None)}


def write(session, chosen: Plan, facts: Facts) -> dict[str, int]:
    """Store the plan with bulk statements; ``facts`` as read (and locked) in this
    transaction."""
    orgs, teams = dict(facts.orgs), dict(facts.teams)
    if chosen.new_orgs:
        rows = [{"name": n, "name_key": pinyin_key(n), "is_school": True, "sort_order": 100}
                for n in chosen.new_orgs]
        ids = session.execute(insert(VolunteerOrg).returning(
            VolunteerOrg.id, sort_by_parameter_order=True), rows).scalars().all()
        orgs.update(zip(chosen.new_orgs, ids))
    if chosen.new_teams:
        names = list(chosen.new_teams)
        rows = [{"name": n, "name_key": pinyin_key(n), "notes": "",
                 "created_on": chosen.new_teams[n] or date.today()} for n in names]
        ids = session.execute(insert(VolunteerTeam).returning(
            VolunteerTeam.id, sort_by_parameter_order=True), rows).scalars().all()
        teams.update(zip(names, ids))
    now = utcnow()

    def row(values: dict) -> dict:
        out = {k: v for k, v in values.items() if k not in ("org", "team")}
        out["org_id"] = orgs[values["org"]] if values["org"] else None
        out["team_id"] = teams[values["team"]] if values["team"] else None
        out["updated_at"] = now
        return out

    updates = [{"id": i, **row(v), "version": facts.versions[i]}
               for i, v in chosen.updates.items()
               if row(v) | {"updated_at": None} != {**facts.volunteers[i], "updated_at": None}]
    if updates:
        session.execute(update(Volunteer), updates)
    if chosen.new:
        session.execute(insert(Volunteer), [{**row(v), "created_at": now} for v in chosen.new])
    return {"added": len(chosen.new), "updated": chosen.updated}
