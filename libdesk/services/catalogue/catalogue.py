"""Importing the library's catalogue export and looking books up in it.

``import_file`` reads ISO 2709 (CNMARC or MARC21), MARCXML or a workbook, decided by the
file's first bytes, streaming. The whole file is parsed and checked first, without the write
lock, into a spool on disk (bounded memory); then one short transaction writes it in chunks of
``CHUNK`` records with bulk inserts and bulk updates keyed by ISBN, so other writers wait
seconds, not the whole parse, and a cancelled or refused import leaves the catalogue as it
was. Damaged records are skipped and counted; a file that is mostly damaged
(or not a catalogue at all) is refused."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, insert, select, update

from libdesk.models.audit import AuditAction
from libdesk.models.base import utcnow
from libdesk.models.distribution.tables import CatalogSource, CatalogTitle
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.models.isbn import InvalidIsbn, normalize_isbn
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase
from libdesk.services.catalogue.entries import CatalogueEntry, CatalogueReport
from libdesk.services.catalogue.marc import DamagedRecord, iter_iso2709, iter_marcxml
from libdesk.services.catalogue.spool import Spool
from libdesk.services.progress import Progress
from libdesk.spreadsheets.catalogue import iter_catalogue_rows
from libdesk.store.audit import record_event

CHUNK = 2000
MAX_FILE_BYTES = 2 * 1024 ** 3
FORMATS = {"iso2709": "ISO 2709", "marcxml": "MARCXML", "xlsx": "Excel"}


class CatalogueFileRefused(DomainError):
    """The file is not a catalogue LibDesk can read; the catalogue did not change."""


class CatalogueService(ServiceBase):
    def count(self) -> int:
        with self.store.read() as session:
            return session.execute(select(func.count()).select_from(CatalogTitle).where(
                CatalogTitle.source == CatalogSource.CATALOGUE.value)).scalar_one()

    def lookup(self, isbn: str) -> CatalogueEntry | None:
        try:
            key = normalize_isbn(isbn)
        except InvalidIsbn:
            return None
        with self.store.read() as session:
            row = session.get(CatalogTitle, key)
        if row is None:
            return None
        return CatalogueEntry(row.isbn, row.title, row.author, row.publisher, row.price,
                              row.call_number)

    def import_file(self, path: Path, progress: Progress | None = None) -> CatalogueReport:
        self.require(Perm.DISTRIBUTION_EDIT)
        progress = progress or Progress()
        path = Path(path)
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(512)
        except OSError as exc:
            raise CatalogueFileRefused(QT_TRANSLATE_NOOP(
                "Errors", "{path} cannot be read ({reason}); the catalogue did not change."),
                path=str(path), reason=exc.strerror or type(exc).__name__) from exc
        if size > MAX_FILE_BYTES:
            raise CatalogueFileRefused(QT_TRANSLATE_NOOP(
                "Errors", "{path} is larger than 2 GB; export the catalogue in parts."),
                path=str(path))
        kind = detect_format(head)
        if kind is None:
            raise CatalogueFileRefused(QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a catalogue export LibDesk reads: use ISO 2709 "
                "(.iso/.mrc, CNMARC or MARC21), MARCXML (.xml) or an Excel workbook (.xlsx)."),
                path=str(path))
        report = CatalogueReport(format=FORMATS[kind])
        with Spool() as spool:  # read and check the whole file first, without the write lock
            self._read(kind, path, size, progress, report, spool)
            waiting = lambda message: progress.step(0, 0, message)  # noqa: E731
            with self.store.reporting_waits(waiting), self.store.write() as session:
                for done, chunk in enumerate(spool, start=1):
                    _write(session, chunk, report)
                    progress.step(done, len(spool), "")  # cancelling here rolls back
                record_event(session, AuditAction.INSERT, CatalogTitle.__tablename__, "import",
                             new={"file": path.name, "format": report.format,
                                  "added": report.added, "updated": report.updated,
                                  "skipped": report.without_isbn + report.damaged})
        return report

    def _read(self, kind: str, path: Path, size: int, progress: Progress,
              report: CatalogueReport, spool: Spool) -> None:
        """Every record parsed and checked into ``spool`` in chunks of ``CHUNK`` ISBNs, or
        CatalogueFileRefused before anything is written."""
        read = [0]

        def on_bytes(count: int) -> None:
            read[0] += count
            progress.step(min(read[0], size), size, "")

        chunk: dict[str, dict] = {}
        for item in self._entries(kind, path, on_bytes, size, progress):
            if isinstance(item, DamagedRecord):
                report.damaged += 1
                if len(report.examples) < 5:
                    report.examples.append(str(item))
                if report.damaged > max(20, (report.records + report.damaged) // 20):
                    raise CatalogueFileRefused(QT_TRANSLATE_NOOP(
                        "Errors", "{path} looks damaged: {count} records could not be "
                        "read. Export the catalogue again; nothing was imported."),
                        path=str(path), count=report.damaged)
                continue
            report.records += 1
            try:
                isbn = normalize_isbn(item.isbn)
            except InvalidIsbn:
                report.without_isbn += 1
                continue
            chunk[isbn] = item.clipped()
            if len(chunk) >= CHUNK:
                spool.add(chunk)
                chunk = {}
        if chunk:
            spool.add(chunk)
        if report.records == 0:
            raise CatalogueFileRefused(QT_TRANSLATE_NOOP(
                "Errors", "{path} holds no catalogue records; nothing was imported."),
                path=str(path))

    @staticmethod
    def _entries(kind: str, path: Path, on_bytes, size: int, progress: Progress):
        if kind == "xlsx":
            rows = iter_catalogue_rows(path, lambda n: progress.step(n, max(n, 1), "")
                                       if n % 5000 == 0 else None)
            for row in rows:
                yield CatalogueEntry(**{k: row.get(k, "") for k in (
                    "isbn", "title", "author", "publisher", "price", "call_number")})
            return
        with path.open("rb") as handle:
            reader = iter_iso2709 if kind == "iso2709" else iter_marcxml
            yield from reader(handle, on_bytes)


def detect_format(head: bytes) -> str | None:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        return "marcxml" if b"<!ENTITY" not in head.upper() else None
    if len(text) >= 24 and text[:5].isdigit():
        return "iso2709"
    return None


def _write(session, chunk: dict[str, dict], report: CatalogueReport) -> None:
    """Insert the new ISBNs and update the known ones, each as one bulk statement."""
    keys = list(chunk)
    known = set(session.execute(select(CatalogTitle.isbn).where(
        CatalogTitle.isbn.in_(keys))).scalars())
    now = utcnow()
    rows = [{"isbn": isbn, **values, "source": CatalogSource.CATALOGUE.value, "updated_at": now}
            for isbn, values in chunk.items()]
    new = [r for r in rows if r["isbn"] not in known]
    old = [r for r in rows if r["isbn"] in known]
    if new:
        session.execute(insert(CatalogTitle), new)
    if old:
        session.execute(update(CatalogTitle), old)
    report.added += len(new)
    report.updated += len(old)
