"""One catalogue record as LibDesk keeps it, and what the import reports."""
from __future__ import annotations

from dataclasses import dataclass, field

# The catalog_title column lengths: longer values are cut, never refused.
LIMITS = {"title": 250, "author": 120, "publisher": 120, "call_number": 60, "price": 30}


@dataclass
class CatalogueEntry:
    isbn: str  # as found; normalised to 13 digits on import
    title: str = ""
    author: str = ""
    publisher: str = ""
    price: str = ""
    call_number: str = ""

    def clipped(self) -> dict[str, str]:
        """The text fields cut to their column lengths, control characters dropped."""
        out = {}
        for name, limit in LIMITS.items():
            text = " ".join(str(getattr(self, name) or "").split())
            out[name] = "".join(ch for ch in text if ch >= " ")[:limit]
        return out


@dataclass
class CatalogueReport:
    format: str = ""
    records: int = 0       # records read
    added: int = 0
    updated: int = 0
    without_isbn: int = 0  # records with no valid ISBN (skipped)
    damaged: int = 0       # records that could not be read (skipped)
    examples: list[str] = field(default_factory=list)  # a few skipped records, for the user
