"""Live between desks: what the other desks changed, handed to a Qt-free callback.

Every write transaction knows the tables (and record ids) it touched; this module collects
them with session events. Then:

* **PostgreSQL** — the transaction sends ``NOTIFY libdesk_changes, '<json>'`` just before it
  commits (a notification is delivered only if the commit succeeds), with the areas, the ids
  and the desk it came from. ``ChangeFeed`` LISTENs on its own connection (psycopg 3,
  ``conn.notifies()``) in a thread.
* **SQLite** — ``ChangeFeed`` polls ``PRAGMA data_version`` on a connection of its own every
  ``interval`` seconds (it changes when another connection commits); when it changed, the new
  audit-log rows since the last seen id say which tables and records. Rows this desk wrote
  itself are known by the audit-id range each of its write transactions covered. A change
  that left no audit row (a write around the store's sessions: another program on the file,
  a restore, a table the log leaves out) still moves ``data_version``: when it moved, no other
  desk's audit row is new and none of this desk's own write transactions committed since the
  last look, every area is reported (the tabs read again; nothing more precise is known).

    feed = ChangeFeed(store, callback, interval=1.0)   # callback(DeskChange), any thread
    feed.start(); …; feed.stop()

Areas are the names the UI's tabs show (``ui/common/operations.py``); a table this module
does not know counts as every area.
"""
from __future__ import annotations

import json
import logging
import threading
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import event, func, inspect, select, sql, text

from libdesk.models.audit import AUDIT_LOG_TABLE
from libdesk.store.audit import AuditedSession
from libdesk.store.engine import WRITE_OPTION

log = logging.getLogger(__name__)
CHANNEL = "libdesk_changes"
PAYLOAD_LIMIT = 7000  # bytes; PostgreSQL refuses a payload of 8000 or more
# table → (areas, whether its record ids are those of the first area's records)
TABLE_AREAS: dict[str, tuple[tuple[str, ...], bool]] = {
    "branch": (("branches",), True), "branch_contact": (("branches",), False),
    "branch_category": (("categories", "branches"), True),
    "donor": (("donors",), True), "donation": (("donations", "donors"), True),
    "donation_line": (("donations", "distribution"), False),
    "certificate": (("certificates", "donations"), True),
    "certificate_event": (("certificates",), False), "catalog_title": (("distribution",), False),
    "distribution_batch": (("distribution",), True), "batch_item": (("distribution",), False),
    "batch_box": (("distribution",), False), "volunteer": (("volunteers",), True),
    "volunteer_org": (("volunteer_lists", "volunteers"), False),
    "volunteer_team": (("volunteer_lists", "volunteers"), False),
    "activity_category": (("activities", "volunteer_lists"), False),
    "volunteer_activity": (("activities", "volunteer_lists"), True),
    "hour_entry": (("hours",), True), "volunteer_certificate": (("volunteer_certificates",), True),
    "mobile_service": (("mobile",), False), "staff_account": (("staff",), False),
    "signing_key": (("keys",), False), "app_setting": (("keys",), False),
    "number_counter": ((), False), "audit_log": (("audit",), False),
    "volunteer_platform_year": (("volunteer_platform", "volunteers"), False),
    "key_source": (("keys",), False), "foreign_void": (("keys",), False),
    "mobile_outing": (("mobile", "outreach"), False), "point_event": (("outreach",), False),
    "point_visit": (("outreach",), False), "point_facts": (("outreach", "branches"), False),
    "outgoing_gift": (("outreach",), False), "collection_transfer": (("outreach",), False),
    "transfer_line": (("outreach",), False), "transfer_packing": (("outreach",), False),
}
ALL_AREAS = frozenset(a for areas, _ in TABLE_AREAS.values() for a in areas)


@dataclass(frozen=True)
class DeskChange:
    """What another desk changed: areas, record ids per area where known, and its desk id."""

    areas: frozenset[str]
    ids: dict[str, frozenset] = field(default_factory=dict, compare=False, hash=False)
    desk: str = ""


def new_desk_id() -> str:
    return uuid.uuid4().hex[:16]


def change_of(touched: dict[str, set], desk: str = "") -> DeskChange:
    """The areas and ids behind ``{table: {record ids, or None for "some rows"}}``."""
    areas: set[str] = {"audit"}
    ids: dict[str, set] = {}
    for table, records in touched.items():
        known = TABLE_AREAS.get(table)
        if known is None:
            areas |= ALL_AREAS
            continue
        names, own_ids = known
        areas.update(names)
        if own_ids and names and None not in records:
            ids.setdefault(names[0], set()).update(_plain_id(r) for r in records)
    return DeskChange(frozenset(areas), {a: frozenset(v) for a, v in ids.items()}, desk)


def _plain_id(value):
    text_value = str(value)
    return int(text_value) if text_value.isdigit() else text_value


# -- collecting what a write transaction touched ------------------------------------------
def _touched(session) -> dict[str, set]:
    return session.info.setdefault("touched", {})


@event.listens_for(AuditedSession, "after_begin")
def _after_begin(session, _transaction, connection) -> None:
    if connection.dialect.name == "sqlite" and \
            connection.get_execution_options().get(WRITE_OPTION):
        # The write lock is held from here on: audit ids above this one are ours.
        session.info["audit_from"] = _max_audit_id(connection)


@event.listens_for(AuditedSession, "after_flush")
def _after_flush(session, _context) -> None:
    touched = _touched(session)
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", None)
        if table is None or table == AUDIT_LOG_TABLE:
            continue
        key = state.mapper.primary_key_from_instance(obj)  # new rows: their ids are set
        touched.setdefault(table, set()).add(key[0] if len(key) == 1 else None)


# first of the session's statement hooks: the audit's hook may run a bulk statement itself
# (store/audit_bulk.py) and return its result, and the hooks after it are then never called
@event.listens_for(AuditedSession, "do_orm_execute", insert=True)
def _on_statement(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement.table, "name", None)
        if table and table != AUDIT_LOG_TABLE:
            _touched(state.session).setdefault(table, set()).add(None)


@event.listens_for(AuditedSession, "before_commit")
def _before_commit(session) -> None:
    session.flush()  # what commit would flush: collected now, sent with the commit
    if "audit_from" in session.info and session.info.get("desk"):  # an SQLite write
        # Known as ours before the commit makes the rows visible to the feed's poll.
        desk = session.info["desk"]
        OWN_COMMITS[desk] = OWN_COMMITS.get(desk, 0) + 1
        own = (session.info["audit_from"], _max_audit_id(session.connection()))
        if own[1] > own[0]:
            session.info["audit_range"] = own
            OWN_AUDIT_RANGES.setdefault(desk, deque(maxlen=2000)).append(own)
    touched = session.info.get("touched")
    if not touched:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        change = change_of(touched, session.info.get("desk", ""))
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": CHANNEL, "payload": payload_of(change)})


@event.listens_for(AuditedSession, "after_commit")
def _after_commit(session) -> None:
    for key in ("touched", "audit_from", "audit_range"):
        session.info.pop(key, None)


@event.listens_for(AuditedSession, "after_rollback")
def _after_rollback(session) -> None:
    own = session.info.pop("audit_range", None)
    ranges = OWN_AUDIT_RANGES.get(session.info.get("desk", ""))
    if own is not None and ranges is not None and own in ranges:
        ranges.remove(own)  # never committed: those ids may be another desk's next
    for key in ("touched", "audit_from"):
        session.info.pop(key, None)


OWN_AUDIT_RANGES: dict[str, deque] = {}  # desk → (after id, up to id) of its own writes
OWN_COMMITS: dict[str, int] = {}  # desk → its SQLite write transactions about to commit


_AUDIT_ID = sql.table(AUDIT_LOG_TABLE, sql.column("id")).c.id  # by name: no table model on the way


def _max_audit_id(connection) -> int:
    return connection.execute(select(func.coalesce(func.max(_AUDIT_ID), 0))).scalar_one()


def payload_of(change: DeskChange) -> str:
    body = {"desk": change.desk, "areas": sorted(change.areas),
            "ids": {a: sorted(v, key=str) for a, v in change.ids.items()}}
    payload = json.dumps(body, ensure_ascii=False)
    if len(payload.encode()) > PAYLOAD_LIMIT:  # too many ids: the areas say enough
        payload = json.dumps({**body, "ids": {}}, ensure_ascii=False)
    return payload


def parse_payload(payload: str) -> DeskChange | None:
    try:
        body = json.loads(payload)
        return DeskChange(frozenset(body.get("areas") or ALL_AREAS),
                          {a: frozenset(v) for a, v in (body.get("ids") or {}).items()},
                          str(body.get("desk", "")))
    except (ValueError, TypeError, AttributeError):
        return DeskChange(ALL_AREAS | {"audit"})


# -- watching the other desks -------------------------------------------------------------
class ChangeFeed:
    """Calls ``callback(DeskChange)`` (from its own thread) when another desk has committed
    a change: PostgreSQL LISTEN, or SQLite ``data_version`` polling every ``interval`` s.
    This desk's own writes (same ``store``) are not reported."""

    def __init__(self, store, callback: Callable[[DeskChange], None], *,
                 interval: float = 1.0) -> None:
        self.store, self.callback, self.interval = store, callback, interval
        self.desk = store.session_info.setdefault("desk", new_desk_id())
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        """Listening (or polling) now: a change committed from here on is reported."""
        return self._ready.is_set() and self.running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, *, wait: bool = True) -> "ChangeFeed":
        """Start watching; with ``wait``, returns once the feed listens, so no later change
        is missed (a window does not wait: its tabs read the data after it anyway)."""
        if self.running:
            return self
        self._stop.clear()
        self._ready.clear()
        watch = self._listen if self.store.dialect == "postgresql" else self._poll
        self._thread = threading.Thread(target=self._run, args=(watch,), daemon=True,
                                        name="libdesk-change-feed")
        self._thread.start()
        if wait:
            self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self, watch) -> None:
        while not self._stop.is_set():
            try:
                watch()
            except Exception:  # noqa: BLE001 - the database went away: try again shortly
                log.exception("watching the other desks' changes failed; retrying")
                self._ready.set()
                if self._stop.wait(max(self.interval * 5, 1.0)):
                    return
                self._deliver(DeskChange(ALL_AREAS | {"audit"}))  # something may be missed

    def _deliver(self, change: DeskChange) -> None:
        try:
            self.callback(change)
        except Exception:  # noqa: BLE001 - a failing receiver must not stop the feed
            log.exception("a change receiver failed")

    # SQLite ---------------------------------------------------------------------------
    def _poll(self) -> None:
        raw = self.store.engine.raw_connection()  # autocommit (engine.py): no snapshot held
        try:
            cursor = raw.cursor()
            own_commits = OWN_COMMITS.get(self.desk, 0)
            seen_version = cursor.execute("PRAGMA data_version").fetchone()[0]
            last_id = cursor.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
            self._ready.set()
            while not self._stop.wait(self.interval):
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
                if version == seen_version:
                    continue
                seen_version = version
                # counted before each own commit is visible: read after the version, it
                # covers every own commit that version includes
                own_before, own_commits = own_commits, OWN_COMMITS.get(self.desk, 0)
                rows = cursor.execute(
                    "SELECT id, table_name, record_id FROM audit_log WHERE id > ? ORDER BY id",
                    (last_id,)).fetchall()
                touched = self._foreign(rows) if rows else {}
                if rows:
                    last_id = rows[-1][0]
                if touched:
                    self._deliver(change_of(touched))
                elif not rows and own_commits == own_before:
                    self._deliver(DeskChange(ALL_AREAS | {"audit"}))  # no audit row says what
        finally:
            raw.close()

    def _foreign(self, rows) -> dict[str, set]:
        own = list(OWN_AUDIT_RANGES.get(self.desk, ()))
        touched: dict[str, set] = {}
        for audit_id, table, record_id in rows:
            if any(start < audit_id <= end for start, end in own):
                continue
            touched.setdefault(table, set()).add(record_id or None)
        return touched

    # PostgreSQL -----------------------------------------------------------------------
    def _listen(self) -> None:
        # A connection of the store's engine (same server, settings and password lookup),
        # taken out of its pool for good: a LISTENing connection is never handed to a write.
        raw = self.store.engine.raw_connection()
        connection = raw.driver_connection
        raw.detach()
        try:
            connection.rollback()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._ready.set()
            while not self._stop.is_set():
                for note in connection.notifies(timeout=min(self.interval, 0.25)):
                    change = parse_payload(note.payload)
                    if change is not None and change.desk != self.desk:
                        self._deliver(change)
                    if self._stop.is_set():
                        break
        finally:
            raw.close()
