"""Reading and writing an outreach log as a workbook, for any ``RecordService``: the export
streams the rows matching the list's query; the import checks every row (cells, the point's
name, the record's rules) without the write lock, then writes all rows in one short
transaction (checked again there) or none."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from libdesk.models.branches.tables import Branch
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.services.progress import Progress
from libdesk.spreadsheets import outreach as sheets


def point_ids(session: Session) -> dict[str, int]:
    """Point id by exact name and by number (as text)."""
    found: dict[str, int] = {}
    for branch_id, number, name in session.execute(select(Branch.id, Branch.number, Branch.name)):
        found[name] = branch_id
        found[str(number)] = branch_id
    return found


def resolve_point(values: dict, points: dict[str, int], row: int, sheet: str,
                  problems: list[Problem]) -> None:
    """Turn the 分馆/服务点 cell into ``branch_id`` (a bad name is a problem of its row)."""
    name = values.pop("branch_name", None) or ""
    values["branch_id"] = None
    if name:
        values["branch_id"] = points.get(name)
        if values["branch_id"] is None:
            problems.append(Problem("分馆/服务点", QT_TRANSLATE_NOOP(
                "Errors", "No point is named “{name}”; write the name as the branches list "
                "shows it (or its number)."), {"name": name}, row, sheet))


def to_input(cls, values: dict):
    """The input record from a row's cells; empty cells keep the record's defaults."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names and v is not None})


def located(problems: list[Problem], spec: sheets.SheetSpec) -> list[Problem]:
    """Problems of records (named by attribute) placed in the sheet's column."""
    headers = {f.attr: f.header for f in spec.fields}
    headers["branch_id"] = "分馆/服务点"
    return [Problem(headers.get(p.field, p.field), p.template, p.params, p.row,
                    p.sheet or spec.title) for p in problems]


def export_records(service, spec: sheets.SheetSpec, path: Path, query: ListQuery | None,
                   progress: Progress | None = None) -> Path:
    service.require(Perm.EXPORT)
    progress = progress or Progress()
    rows = service.all_rows(query or ListQuery())
    total = len(rows)
    return sheets.write_records(path, spec, rows, lambda done: progress.step(done, total))


def import_records(service, spec: sheets.SheetSpec, path: Path,
                   progress: Progress | None = None) -> int:
    """Import a workbook of ``spec`` into ``service``; returns the number of rows added."""
    service.require(service.perm)
    progress = progress or Progress()
    progress.step(0, 3, "read")
    parsed, problems = sheets.read_records(path, spec)
    with service.store.read() as session:  # checked without the write lock
        progress.step(1, 3, "check")
        points = point_ids(session)
        records, rows = [], []
        for number, values in parsed:
            if any(f.attr == "branch_name" for f in spec.fields):
                resolve_point(values, points, number, spec.title, problems)
            records.append(to_input(service.input_cls, values))
            rows.append(number)
        if not problems:
            problems = located(service.check(session, records, rows), spec)
    if problems:
        problems.sort(key=lambda p: p.row or 0)
        raise ValidationFailed(problems)
    extra = {"source": "import"} if "source" in service.model.model_fields else None
    with writing(service.store, progress) as session:
        # add_many checks again (one query: the points still exist) and inserts in bulk
        added = located_failure(spec, service.add_many, records, rows, extra,
                                session=session)
        progress.step(3, 3, "done")
    return added


@contextmanager
def writing(store, progress: Progress) -> Iterator[Session]:
    """The short write transaction of an import; a wait for another writer is shown."""
    with store.reporting_waits(lambda message: progress.step(0, 0, message)), \
            store.write() as session:
        yield session


def located_failure(spec: sheets.SheetSpec, work, *args, **kwargs):
    """``work(*args, **kwargs)``, its ValidationFailed placed in the sheet's columns."""
    try:
        return work(*args, **kwargs)
    except ValidationFailed as exc:
        raise ValidationFailed(sorted(located(exc.problems, spec),
                                      key=lambda p: p.row or 0)) from exc
