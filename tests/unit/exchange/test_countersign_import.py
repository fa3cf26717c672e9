"""The checks on a countersigned copy (carerpassport.exchange.countersigned_import) that need no poppler."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec

from carerpassport.app import PassportApp
from carerpassport.domain.model import Passport, ReviewSchedule
from carerpassport.exchange.countersign import signer_for
from carerpassport.exchange.countersigned_import import ImportState
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import generate_identity
from carerpassport.usecases.countersigned_accept import agreed_passport
from tests.countersign_support import countersigned_by_app, employee_pdf, manager_vault, vault_snapshot


def test_agreed_passport_sets_twelve_months_unless_a_later_review_is_set() -> None:
    agreed_on = dt.date(2026, 2, 28)
    fresh = agreed_passport(Passport(), agreed_on)
    assert fresh.review == ReviewSchedule(last_agreed=agreed_on, next_review=dt.date(2027, 2, 28))
    later = Passport(review=ReviewSchedule(next_review=dt.date(2027, 9, 1)))
    assert agreed_passport(later, agreed_on).review.next_review == dt.date(2027, 9, 1)
    sooner = Passport(review=ReviewSchedule(next_review=dt.date(2026, 8, 1)))
    assert agreed_passport(sooner, agreed_on).review.next_review == dt.date(2026, 8, 1)
    stale = Passport(review=ReviewSchedule(next_review=dt.date(2025, 1, 1)))
    assert agreed_passport(stale, agreed_on).review.next_review == dt.date(2027, 2, 28)
    assert later.review.last_agreed is None  # the input is not modified


def test_a_narrowed_export_matches_its_revision(filled_app: PassportApp, tmp_path: Path) -> None:
    export = tmp_path / "narrow.pdf"
    employee_pdf(filled_app, export, fields=["caring.responsibilities"], include_actions=False)
    manager = manager_vault(tmp_path / "mgr")
    signed = tmp_path / "narrow-signed.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="")
    manager.close()
    revision = filled_app.editing.latest_revision().number
    filled_app.editing.set_answer("caring.effect_on_work", "later edit", shared=True)
    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "narrow-signed.pdf")
    assert imp.revision == revision and imp.newer_revisions == 1


def test_an_export_missing_from_the_sharing_record_still_matches(filled_app: PassportApp, tmp_path: Path) -> None:
    """``render_signed_pdf`` writes no log and no share: the revision is found from the signed content."""
    export = tmp_path / "unlogged.pdf"
    export.write_bytes(filled_app.pdfs.render_signed_pdf())
    revision = filled_app.editing.latest_revision().number
    filled_app.editing.add_action("Later action", kind="other")
    manager = manager_vault(tmp_path / "mgr")
    signed = tmp_path / "unlogged-signed.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="ok")
    manager.close()
    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "unlogged-signed.pdf")
    assert imp.revision == revision


@pytest.mark.english
def test_certificate_changed_for_a_pinned_manager_name(filled_app: PassportApp, tmp_path: Path) -> None:
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    filled_app.repo.add_pin("Bob Smith", "00 11 22 33", role="manager")
    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "signed.pdf")
    assert imp.state is ImportState.CERTIFICATE_CHANGED and imp.needs_trust
    assert imp.pinned_fingerprints == ("00 11 22 33",)
    message = imp.missing_decision(trust_new_manager=False, accept_external=False)
    assert "DIFFERENT certificate" in message and imp.manager.fingerprint in message
    assert imp.missing_decision(trust_new_manager=True, accept_external=False) == ""
    before = vault_snapshot(filled_app)
    filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    assert len(vault_snapshot(filled_app)[3]) == len(before[3]) + 1


def test_retired_pin_does_not_count_as_trusted(filled_app: PassportApp, tmp_path: Path) -> None:
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    fingerprint = manager.identity().fingerprint
    manager.close()
    pin_id = filled_app.repo.add_pin("Bob Smith", fingerprint, role="manager")
    assert filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "s.pdf").state is ImportState.ACCEPTABLE
    filled_app.repo.retire_pin(pin_id)
    assert filled_app.countersigning.inspect_countersigned(signed.read_bytes(),
                                                           "s.pdf").state is ImportState.NEEDS_TRUST


@pytest.mark.english
def test_summary_names_both_signers_and_the_comment(filled_app: PassportApp, tmp_path: Path) -> None:
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Fine by me.")
    manager.close()
    lines = "\n".join(filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "s.pdf").summary())
    for text in ("Siân Jones", "Bob Smith", "Fine by me.", "covers the whole file", "New manager certificate"):
        assert text in lines


@pytest.mark.parametrize("bad", [b"", b"%PDF-1.7\n%%EOF\n", b"%PDF-1.7\n" + b"1 0 obj\n<<" * 5000 + b"\n%%EOF\n"])
def test_degenerate_files_are_refused_cleanly(filled_app: PassportApp, bad: bytes) -> None:
    before = vault_snapshot(filled_app)
    with pytest.raises(NotAPassportFileError):
        filled_app.countersigning.inspect_countersigned(bad, "bad.pdf")
    assert vault_snapshot(filled_app) == before


def test_a_manager_trusted_as_a_contact_is_already_trusted(filled_app: PassportApp, tmp_path: Path) -> None:
    """Their identity card was compared and trusted earlier (role "contact"): no second question."""
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    fingerprint = manager.identity().fingerprint
    manager.close()
    filled_app.repo.add_pin("Robert Smith", fingerprint, role="contact")
    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "s.pdf")
    assert imp.state is ImportState.ACCEPTABLE and not imp.needs_trust
    filled_app.countersigning.accept_countersigned(imp)
    assert len(filled_app.repo.pins()) == 1


def _sign_in_field(pdf: bytes, field: str, name: str = "Bob Smith") -> bytes:
    """Countersign as some readers do: in a new signature field of their own."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field), signer=signer_for(generate_identity(name)),
                      new_field_spec=SigFieldSpec(field)).sign_pdf(writer, output=out)
    return out.getvalue()


def test_a_signature_in_a_new_field_must_be_checked(filled_app: PassportApp, tmp_path: Path) -> None:
    export = employee_pdf(filled_app, tmp_path / "export.pdf")
    imp = filled_app.countersigning.inspect_countersigned(_sign_in_field(export, "Signature2"), "reader.pdf")
    assert imp.state is ImportState.SIGNED_EXTERNALLY and imp.needs_external_acceptance and imp.needs_trust
    assert "new field 'Signature2'" in imp.external_reason


@pytest.mark.english
def test_two_countersignatures_are_refused(filled_app: PassportApp, tmp_path: Path) -> None:
    export = employee_pdf(filled_app, tmp_path / "export.pdf")
    twice = _sign_in_field(_sign_in_field(export, "Signature2"), "Signature3", "Mallory")
    before = vault_snapshot(filled_app)
    with pytest.raises(TamperedDocumentError, match="2 countersignatures"):
        filled_app.countersigning.inspect_countersigned(twice, "twice.pdf")
    assert vault_snapshot(filled_app) == before
