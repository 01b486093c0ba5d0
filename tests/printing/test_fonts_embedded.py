"""Every document kind embeds every font it uses: ``pdffonts`` lists no unembedded font and
no reportlab default (Helvetica), so it prints the same on any PC."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.services.distribution.helpers import swap_batch
from tests.services.donations.fixtures import add_sun_ying
from tests.services.volunteers.test_certificates import END, START, _hours

pytestmark = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils missing")


def fonts(pdf) -> list[tuple[str, str]]:
    """(name, emb) of every font row of ``pdffonts``."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    rows = []
    for line in out:
        parts = line.split()
        # name type [encoding words…] emb sub uni object ID
        rows.append((parts[0], parts[-5]))
    return rows


def documents(services, tmp_path):
    _, donation_id = add_sun_ying(services)
    jz = services.certificates.issue(donation_id, "donation")
    sc = services.certificates.issue(donation_id, "collection")
    services.certificates.reissue(sc.id, "遗失")
    yield "certificates", services.certificates.render([jz.id, sc.id], tmp_path / "c.pdf")
    batch_id = swap_batch(services)
    docs = services.batch_documents
    yield "sheet", docs.print_sheet(batch_id, tmp_path / "sheet.pdf")
    services.batch_status.pack(batch_id)
    yield "labels a4", docs.print_labels(batch_id, tmp_path / "a4.pdf")
    yield "labels a6", docs.print_labels(batch_id, tmp_path / "a6.pdf", "a6")
    volunteer_ids = _hours(services)
    cert_id = services.volunteer_certificates.issue(volunteer_ids[0], START, END)
    yield "volunteer", services.volunteer_certificates.render([cert_id], tmp_path / "v.pdf")


def test_every_document_embeds_only_its_own_font(services, tmp_path):
    seen = []
    for kind, pdf in documents(services, tmp_path):
        rows = fonts(pdf)
        assert rows, f"{kind}: no fonts listed"
        assert all(emb == "yes" for _, emb in rows), f"{kind}: {rows}"
        assert not any("Helvetica" in name for name, _ in rows), f"{kind}: {rows}"
        seen.append(kind)
    assert len(seen) == 5
