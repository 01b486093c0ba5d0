"""The donors list on PostgreSQL beside SQLite (``run.py --only postgresql``).

Starts its own PostgreSQL (``libdesk.store.postgres_server.ThrowawayServer``, the server the
tests and ``dev.py`` use) with its data folder kept in ``results/postgresql/``, so the demo
database is loaded once (``libdesk --database postgresql+psycopg://… demo``, the same sizes
and seed as ``results/scaling-N.sqlite``: the same donors) and reused by later runs; the
server is stopped at the end. Both databases then go through ``probes/scaling.py`` (the
services' first page and count, then the window), each figure beside its floor: the same
SQL through plain sqlite3 / plain psycopg in the same run. Finally each filter's SQL is
shown with ``EXPLAIN``: which index PostgreSQL answers it from. run.py also runs its
certificates and export probes on a PostgreSQL demo database of the run's sizes
(``demo_name``), their floors reading through plain psycopg.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from common import RESULTS, SCALING_ROWS, fmt, run_probe

SCALING_SIZES = {"volunteers": 10, "hours": 10, "batches": 1, "certificates": 0}
EXPLAINED = [("", "no filter"), ("王", "1 character"), ("王丽", "2 characters"),
             ("王欣璐", "3 characters, a name"), ("小店区", "3 characters, many matches")]


def server():
    from libdesk.store.postgres_server import ThrowawayServer

    return ThrowawayServer(root=RESULTS / "postgresql")


def loaded(pg, name: str, make_demo, sizes: dict) -> str:
    """The URL of database ``name`` on ``pg``, loaded with the demo data (once: loaded under
    a temporary name and renamed when complete, so a broken load is never reused)."""
    if not pg.has_database(name):
        loading = f"{name}_loading"
        pg.execute(f"DROP DATABASE IF EXISTS {loading}", f"CREATE DATABASE {loading}")
        print(f"… loading {name} on PostgreSQL", file=sys.stderr, flush=True)
        seconds = make_demo(pg.url(loading), sizes)
        pg.execute(f"ALTER DATABASE {loading} RENAME TO {name}")
        (RESULTS / "postgresql" / f"{name}.seconds").write_text(f"{seconds:.1f}\n")
    return pg.url(name)


def probe(database: str) -> tuple[dict[str, list[float]], dict[str, int]]:
    service = run_probe("scaling", "service", database)
    figures = service["figures"]
    figures.update(run_probe("scaling", "window", database)["figures"])
    return figures, service["matches"]


def explain(url: str) -> list[str]:
    """Each filter's count and first-page SQL (as the service runs it) under EXPLAIN: the
    scans and indexes of the plan, and its execution time."""
    import psycopg
    from sqlalchemy import event
    from sqlalchemy.engine import make_url

    from libdesk.services import open_services
    from libdesk.services.base import ListQuery

    services = open_services(url)
    seen: list[tuple[str, dict]] = []
    event.listen(services.store.engine, "before_cursor_execute",
                 lambda _c, _k, statement, parameters, _x, _m: seen.append(
                     (statement, parameters)))
    u = make_url(url)
    lines = []
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database,
                         autocommit=True) as raw:
        for text, what in EXPLAINED:
            for step, call in (("count", lambda q: services.donors.count(q)),
                               ("first page", lambda q: services.donors.page(q, 0, 200))):
                seen.clear()
                call(ListQuery(text=text, sort="name"))
                plans = []
                for statement, parameters in seen:
                    if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                        continue
                    plan = [r[0] for r in raw.execute("EXPLAIN (ANALYZE, COSTS OFF) "
                                                      + statement, parameters)]
                    plans.append(_summary(plan))
                lines.append(f"- {text or '(empty)'} ({what}), {step}: " + "; ".join(plans))
    services.close()
    return lines


def _summary(plan: list[str]) -> str:
    nodes = []
    for line in plan:
        node = line.strip().lstrip("->").strip()
        if any(word in node for word in ("Scan", "Sort")) and not node.startswith(
                ("Sort Key", "Sort Method")):
            name = node.split("  (actual")[0]
            if name not in nodes:
                nodes.append(name)
    total = next((l.split(":")[1].strip() for l in plan if l.startswith("Execution Time")), "?")
    return ", ".join(nodes) + f" ({total})"


def pg_table(sqlite: dict[str, list[float]], postgres: dict[str, list[float]], n: int) -> str:
    lines = [f"| operation, {n:,} donors | SQLite | floor (plain sqlite3) | ratio | PostgreSQL "
             "| floor (plain psycopg) | ratio | PostgreSQL ÷ SQLite |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for key, what in SCALING_ROWS:
        if key not in sqlite or key not in postgres:
            continue
        (s, sf), (p, pf) = sqlite[key], postgres[key]
        cells = [fmt(s * 1000, "ms"), fmt(sf * 1000, "ms"), _ratio(s, sf),
                 fmt(p * 1000, "ms"), fmt(pf * 1000, "ms"), _ratio(p, pf), _ratio(p, s)]
        lines.append(f"| {what} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}×" if floor else "—"


@contextmanager
def running():
    """The kept PostgreSQL server, started, and stopped when done."""
    pg = server()
    pg.start()
    try:
        yield pg
    finally:
        pg.stop()


def demo_name(sizes: dict) -> str:
    return "demo_" + "_".join(str(sizes[k]) for k in ("donors", "volunteers", "hours",
                                                        "batches", "certificates"))


def donors_beside_sqlite(pg, n: int, make_demo) -> str:
    """The PostgreSQL section of the results: the table, the rows matching, the EXPLAINs."""
    sqlite_db = RESULTS / f"scaling-{n}.sqlite"
    if not sqlite_db.exists():
        print(f"… making {sqlite_db.name}", file=sys.stderr, flush=True)
        make_demo(sqlite_db, {"donors": n, **SCALING_SIZES})
    url = loaded(pg, f"scaling_{n}", make_demo, {"donors": n, **SCALING_SIZES})
    print(f"… PostgreSQL, {n:,} donors", file=sys.stderr, flush=True)
    postgres, pg_matches = probe(url)
    print(f"… SQLite, {n:,} donors", file=sys.stderr, flush=True)
    sqlite, sqlite_matches = probe(str(sqlite_db.resolve()))
    plans = explain(url)
    timing = RESULTS / "postgresql" / f"scaling_{n}.seconds"
    load = (f" `libdesk demo` loaded the PostgreSQL database in "
            f"{float(timing.read_text()):.0f} s (once; kept)." if timing.exists() else "")
    matches = ", ".join(f"{key} {count:,}" for key, count in pg_matches.items())
    same = "the same on both" if pg_matches == sqlite_matches else \
        f"SQLite: {sqlite_matches}"
    return (f"PostgreSQL {_server_version(pg)} beside SQLite (each cell the fastest of the "
            f"probe's runs; floor: the same SQL through the plain driver, same run).{load}\n\n"
            + pg_table(sqlite, postgres, n)
            + f"\n\nRows matching: {matches} ({same}).\n\nPostgreSQL plans (EXPLAIN ANALYZE "
            "of the service's SQL):\n\n" + "\n".join(plans))


def _server_version(pg) -> str:
    import psycopg

    with psycopg.connect(pg.libpq_dsn(), autocommit=True) as connection:
        return connection.execute("SHOW server_version").fetchone()[0].split()[0]


if __name__ == "__main__":  # the EXPLAINs alone, on the kept server: pg.py N
    with running() as kept:
        print("\n".join(explain(kept.url(f"scaling_{int(sys.argv[1])}"))))
