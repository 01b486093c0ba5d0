"""``libdesk check``: what a database is checked for — references between records, the
certificate number counters, the schema version, and on PostgreSQL the server's own checks."""
from __future__ import annotations

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.store import migrate, postgres_backup
from libdesk.store.backup import Finding
from libdesk.store.database import Store


def check(store: Store) -> list[Finding]:
    """Read-only checks of the live database, in plain words."""
    if store.dialect == "postgresql":
        return _check_server(store)
    findings = []
    with store.engine.connect() as connection:
        integrity = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        current = migrate.current_revisions(connection)
    if integrity == ["ok"]:
        findings.append(Finding(True, QT_TRANSLATE_NOOP(
            "Errors", "The database file is intact (SQLite integrity check passed).")))
    else:
        findings.append(Finding(False, QT_TRANSLATE_NOOP(
            "Errors", "The database file is damaged: {count} problem(s), first: {first}. "
            "Stop working in it and restore the newest backup (File → Restore from…)."),
            {"count": len(integrity), "first": integrity[0]}))
    findings.append(_references_finding([(row[0], 1) for row in broken]))
    findings.append(_counters_finding(store))
    findings.append(_structure_finding(current))
    return findings


def _references_finding(broken: list[tuple[str, int]]) -> Finding:
    if not broken:
        return Finding(True, QT_TRANSLATE_NOOP(
            "Errors", "Every reference between records points at a record that exists."))
    return Finding(False, QT_TRANSLATE_NOOP(
        "Errors", "{count} record(s) refer to records that no longer exist (in {tables}). "
        "Restore a backup, or ask for help before editing these records."),
        {"count": sum(n for _, n in broken), "tables": ", ".join(sorted({t for t, _ in broken}))})


def _counters_finding(store: Store) -> Finding:
    """Every certificate number counter is at or past the highest number issued."""
    from sqlalchemy import func, select

    from libdesk.models.donations.certificates import KIND_CODES, Certificate, CertificateKind
    from libdesk.models.system import NumberCounter

    behind = []
    with store.engine.connect() as connection:
        counters = {(r.series, r.year): r.last_value
                    for r in connection.execute(select(NumberCounter))}
        issued = connection.execute(select(Certificate.kind, Certificate.year,
                                           func.max(Certificate.serial))
                                    .group_by(Certificate.kind, Certificate.year)).all()
    for kind, year, highest in issued:
        series = f"cert-{KIND_CODES.get(CertificateKind(kind), kind)}"
        if counters.get((series, year), 0) < (highest or 0):
            behind.append(f"{series} {year}")
    if not behind:
        return Finding(True, QT_TRANSLATE_NOOP(
            "Errors", "Every number counter is past the numbers already issued."))
    return Finding(False, QT_TRANSLATE_NOOP(
        "Errors", "The number counter of {series} is behind numbers already issued: the next "
        "certificate would repeat a number. Restore a backup or ask for help before issuing."),
        {"series": ", ".join(behind)})


def _structure_finding(current: set[str]) -> Finding:
    if migrate.is_current(current):
        return Finding(True, QT_TRANSLATE_NOOP("Errors", "The database structure is up to date."))
    return Finding(False, QT_TRANSLATE_NOOP(
        "Errors", "The database structure is not the one this LibDesk expects "
        "(has {current}). Close LibDesk and open the database again to upgrade it."),
        {"current": ", ".join(sorted(current)) or "-"})


def _check_server(store: Store) -> list[Finding]:
    import libdesk.models.registry  # noqa: F401 - every table on metadata
    from libdesk.models.base import metadata

    findings = []
    problems = postgres_backup.index_problems(store.engine)
    if problems is None:
        findings.append(Finding(True, QT_TRANSLATE_NOOP(
            "Errors", "The server answers. Index check skipped: the amcheck extension is not "
            "installed (IT can run CREATE EXTENSION amcheck in this database).")))
    elif not problems:
        findings.append(Finding(True, QT_TRANSLATE_NOOP(
            "Errors", "Every index of the database is intact (amcheck passed).")))
    else:
        findings.append(Finding(False, QT_TRANSLATE_NOOP(
            "Errors", "{count} damaged index(es), first: {first}. Ask IT to REINDEX the "
            "database; the data itself may be sound."),
            {"count": len(problems), "first": problems[0]}))
    findings.append(_references_finding(postgres_backup.broken_references(store.engine,
                                                                          metadata)))
    findings.append(_counters_finding(store))
    findings.append(_structure_finding(postgres_backup.current_revisions(store.engine)))
    return findings
