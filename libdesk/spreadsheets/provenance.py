"""Where an export came from and whether its numbers are masked, carried in the workbook's
custom document properties, so that moving data between desks can be done safely: ids from
another database are not taken for this one's, and a masked file is refused for import
(importing it would silently lose every masked phone and ID number)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.spreadsheets.errors import SpreadsheetError

ORIGIN = "LibDesk database"
MASKED = "LibDesk masked"


def provenance(origin: str, masked: bool) -> dict[str, str]:
    """Document properties saying which database wrote an export and whether it is masked."""
    return {ORIGIN: origin, MASKED: "yes" if masked else "no"}


def origin(properties: dict[str, str]) -> str:
    """The database that wrote the file ("" for a file made by hand or by other software)."""
    return properties.get(ORIGIN, "")


def is_masked(properties: dict[str, str], values: Iterable[str]) -> bool:
    """Masked by its properties, or (a file without them) by a masked number in ``values``."""
    if MASKED in properties:
        return properties[MASKED] == "yes"
    return any("*" in value for value in values)


def masked_refusal(path: Path) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} was exported with masked phone and ID numbers (such as "
        "139****5678), so importing it here would lose them. On the desk that made it, export "
        "again with full numbers (“Write full phone and ID numbers”, or --unmask) and import "
        "that file. Nothing was imported."), path=Path(path).name)
