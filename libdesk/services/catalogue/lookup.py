"""What LibDesk knows about an ISBN: the catalogue record (imported or learnt), else the
latest donation or batch line that gave it a title."""
from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from libdesk.models.distribution.tables import BatchItem, CatalogSource, CatalogTitle
from libdesk.models.donations.tables import DonationLine
from libdesk.models.base import utcnow


def known_book(session: Session, isbn: str) -> dict[str, str]:
    """title, author, publisher and call_number for ``isbn`` ({} when nothing is known)."""
    if not isbn:
        return {}
    row = session.get(CatalogTitle, isbn)
    if row is not None and row.title:
        return {"title": row.title, "author": row.author, "publisher": row.publisher,
                "call_number": row.call_number}
    item = session.execute(select(BatchItem.title, BatchItem.author, BatchItem.publisher).where(
        BatchItem.isbn == isbn, BatchItem.title != "").order_by(BatchItem.id.desc())
        .limit(1)).first()
    if item is not None:
        return {"title": item[0], "author": item[1], "publisher": item[2], "call_number": ""}
    title = session.execute(select(DonationLine.title).where(
        DonationLine.isbn == isbn, DonationLine.title != "")
        .order_by(DonationLine.id.desc()).limit(1)).scalar()
    return {"title": title, "author": "", "publisher": "", "call_number": ""} if title else {}


def learn(session: Session, isbn: str, title: str, author: str = "", publisher: str = "",
          call_number: str = "") -> None:
    """Remember what a line typed in LibDesk says about ``isbn``; an imported catalogue
    record keeps its own text and only gains what it lacked."""
    if not isbn or not title:
        return
    row = session.get(CatalogTitle, isbn)
    if row is None:
        row = CatalogTitle(isbn=isbn, source=CatalogSource.LEARNT.value)
    if row.source == CatalogSource.CATALOGUE.value:
        row.title = row.title or title
        row.author = row.author or author
        row.publisher = row.publisher or publisher
        row.call_number = row.call_number or call_number
    else:
        row.title = title
        row.author = author or row.author
        row.publisher = publisher or row.publisher
        row.call_number = call_number or row.call_number
    row.updated_at = utcnow()
    session.add(row)
