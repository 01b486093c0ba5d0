"""A bulk insert of many rows (an import) is audited row by row with the values stored, and
hands back the ids it asked for in the order of its rows — on SQLite through one executemany
read back above the highest id before, on PostgreSQL through INSERT … RETURNING."""
from __future__ import annotations

import json

from sqlalchemy import func, insert, select

from libdesk.models.audit import AuditLog
from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import Donor


def test_a_bulk_insert_is_audited_row_by_row_and_returns_its_ids_in_order(services):
    store = services.store
    store.session_info["actor"] = "wang"
    services.donors.save(DonorInput(name="已有的捐赠者"))
    with store.read() as session:
        mark = session.execute(select(func.max(AuditLog.id))).scalar()
    names = [f"捐赠者{n:03d}" for n in range(300, 0, -1)]  # not in id or name order
    with store.write() as session:
        ids = [r[0] for r in session.execute(insert(Donor).returning(
            Donor.id, sort_by_parameter_order=True), [
            {"name": n, "name_key": n, "phone": f"139{i:08d}"} for i, n in enumerate(names)])]
        session.execute(insert(Donor), [{"name": "甲", "name_key": "甲"},
                                        {"name": "乙", "name_key": "乙"}])
    with store.read() as session:
        stored = dict(session.execute(select(Donor.id, Donor.name)).all())
        logged = session.execute(select(AuditLog).where(
            AuditLog.id > mark, AuditLog.table_name == "donor").order_by(AuditLog.id)).scalars().all()
    assert [stored[i] for i in ids] == names  # each id is its own row's
    assert len(logged) == 302 and {e.action for e in logged} == {"insert"}
    assert {e.actor for e in logged} == {"wang"}
    by_id = {int(e.record_id): json.loads(e.new_values) for e in logged}
    assert [by_id[i]["name"] for i in ids] == names
    assert by_id[ids[0]]["phone"] == "13900000000" and by_id[ids[0]]["version"] == 1
