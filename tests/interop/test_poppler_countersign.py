"""A manager who does not use this app countersigns with poppler's ``pdfsig`` (an RSA-3072 key in an NSS
database); the import recognises the file and never accepts it silently."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from carerpassport import cli
from carerpassport.app import PassportApp
from carerpassport.exchange.countersigned_import import ExternalSignatureNotAcceptedError, ImportState
from carerpassport.exchange.errors import TamperedDocumentError, UntrustedSignerError
from tests.conftest import PASSPHRASE, require_tool
from tests.countersign_support import (
    countersigned_by_app,
    employee_pdf,
    pdfsig_report,
    poppler_countersign,
    vault_snapshot,
)

pytestmark = pytest.mark.interop


@pytest.fixture
def poppler_signed(filled_app: PassportApp, tmp_path: Path) -> Path:
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    signed = poppler_countersign(tmp_path, export, tmp_path / "poppler-signed.pdf", common_name="Robert Smith")
    report = pdfsig_report(signed)
    assert report.count("Signature is Valid.") == 2, report
    return signed


def test_poppler_countersignature_is_signed_externally_and_needs_both_choices(filled_app: PassportApp,
                                                                              poppler_signed: Path) -> None:
    imp = filled_app.inspect_countersigned(poppler_signed.read_bytes(), str(poppler_signed))
    assert imp.state is ImportState.SIGNED_EXTERNALLY
    assert imp.needs_trust and imp.needs_external_acceptance
    assert imp.manager.signer_name == "Robert Smith" and imp.manager_name == "Robert Smith"
    assert imp.external_reason
    assert any("Signed externally — check before accepting" in line for line in imp.summary())
    before = vault_snapshot(filled_app)
    with pytest.raises(UntrustedSignerError):
        filled_app.accept_countersigned(imp)
    with pytest.raises(ExternalSignatureNotAcceptedError, match="Signed externally"):
        filled_app.accept_countersigned(imp, trust_new_manager=True)
    assert vault_snapshot(filled_app) == before

    revision = filled_app.accept_countersigned(imp, trust_new_manager=True, accept_external=True)
    assert revision.reason == "countersigned"
    [stored] = filled_app.countersigned_copies()
    assert stored.details["state"] == "signed_externally" and stored.details["external_reason"]
    assert [p.fingerprint for p in filled_app.repo.pins()] == [imp.manager.fingerprint]
    assert filled_app.passport().review.last_agreed == imp.agreed_on


def test_poppler_cli_import_names_the_flags(filled_app: PassportApp, poppler_signed: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = filled_app.data_dir
    filled_app.close()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--passphrase-file", str(secret), "import", str(poppler_signed)]
    assert cli.main(base + ["--trust-manager"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Signed externally" in err and "--accept-external" in err
    assert cli.main(base + ["--trust-manager", "--accept-external"]) == 0
    assert "agreed by both" in capsys.readouterr().out


def test_different_certificate_for_a_pinned_manager_is_flagged(filled_app: PassportApp, tmp_path: Path) -> None:
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app, manager_name="Bob Smith")
    manager.close()
    filled_app.import_countersigned(signed, trust_new_manager=True)
    filled_app.set_answer("caring.effect_on_work", "A change to agree.", shared=True)
    export = tmp_path / "second.pdf"
    employee_pdf(filled_app, export)
    popped = poppler_countersign(tmp_path, export, tmp_path / "second-poppler.pdf", common_name="Bob Smith")
    imp = filled_app.inspect_countersigned(popped.read_bytes(), "second-poppler.pdf")
    assert imp.state is ImportState.CERTIFICATE_CHANGED
    assert imp.pinned_fingerprints and imp.manager.fingerprint not in imp.pinned_fingerprints
    assert "DIFFERENT certificate" in imp.missing_decision(trust_new_manager=False, accept_external=False)
    assert any("WARNING" in line for line in imp.summary())


def test_poppler_countersignature_over_a_forged_page_is_refused(filled_app: PassportApp, tmp_path: Path) -> None:
    """Someone rewrites a page in an update and then countersigns with pdfsig: refused, not "external"."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    writer = IncrementalPdfFileWriter(io.BytesIO(export.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Forged) Tj ET"))
    page["/Contents"] = forged
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    forged_pdf = tmp_path / "forged.pdf"
    forged_pdf.write_bytes(out.getvalue())
    popped = poppler_countersign(tmp_path, forged_pdf, tmp_path / "forged-signed.pdf")
    before = vault_snapshot(filled_app)
    with pytest.raises(TamperedDocumentError, match="pages"):
        filled_app.inspect_countersigned(popped.read_bytes(), "forged-signed.pdf")
    assert vault_snapshot(filled_app) == before
