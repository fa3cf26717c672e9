"""Checking a passport PDF: the report, "signed by this vault", countersignatures and refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from carerpassport.exchange.pdf_reading import read_pdf_file
from carerpassport.exchange.pdf_report import inspect_passport_pdf
from tests.conftest import PASSPHRASE
from tests.pdf_support import countersigned, with_extra_page_content


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> Path:
    return filled_app.pdfs.export_signed_pdf(tmp_path / "exported.pdf", purpose="Our 1:1").path


@pytest.mark.english
def test_report_on_a_fresh_export(filled_app: PassportApp, exported: Path) -> None:
    report = filled_app.pdfs.verify_file(exported)
    assert report.ok and report.problems == []
    assert report.intact and report.employee_signature_valid
    assert report.signer_name == "Siân Jones"
    assert report.signer_fingerprint == filled_app.identity().fingerprint
    assert report.signed_by_this_vault is True
    assert report.certification_level == "form filling and signing allowed"
    assert report.passport_json == canonical_bytes(filled_app.editing.passport().shared_dict())
    assert report.passport_id == filled_app.editing.passport().id
    assert report.revision == filled_app.editing.latest_revision().number
    assert report.content_hash == filled_app.repo.events("export")[0].details["content_sha256"]
    assert report.manager_signature_present and not report.manager_signed
    assert not report.manager_covers_whole_file
    assert report.shared_field_ids == ("caring.effect_on_work", "caring.responsibilities", "emergency.arrangements")
    assert report.shared_action_count == 1
    assert report.changes_after_signing == "none"
    assert any("Countersigned:  no" in line for line in report.summary_lines())


def test_verify_writes_nothing_to_the_vault(filled_app: PassportApp, exported: Path) -> None:
    before = (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history())
    filled_app.pdfs.verify_file(exported)
    assert (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history()) == before


@pytest.mark.english
def test_another_vault_sees_it_was_not_signed_by_itself(exported: Path, tmp_path: Path) -> None:
    other = PassportApp.create(tmp_path / "other", employee_name="Bob Smith", passphrase=PASSPHRASE).app
    try:
        report = other.pdfs.verify_file(exported)
    finally:
        other.close()
    assert report.ok and report.signed_by_this_vault is False
    assert "another vault" in "\n".join(report.summary_lines())


def test_countersigned_copy_reports_the_manager_covering_the_whole_file(exported: Path) -> None:
    manager = generate_identity("Bob Smith")
    report = inspect_passport_pdf(countersigned(exported.read_bytes(), manager))
    assert report.ok, report.problems
    assert report.manager_signed and report.manager_signature_valid and report.manager_covers_whole_file
    assert report.manager_signer_name == "Bob Smith" and report.manager_fingerprint == manager.fingerprint
    assert report.changes_after_signing == "form filling and signing"
    # What the employee signed is still read from their own revision.
    assert report.passport_json == inspect_passport_pdf(exported.read_bytes()).passport_json


@pytest.mark.english
def test_data_after_the_countersignature_is_a_problem(exported: Path) -> None:
    signed = countersigned(exported.read_bytes(), generate_identity("Bob Smith"))
    report = inspect_passport_pdf(with_extra_page_content(signed))
    assert not report.ok
    assert not report.manager_covers_whole_file
    assert any("after the line manager signed it" in p for p in report.problems)


@pytest.mark.english
def test_the_report_raises_the_typed_error_of_the_first_problem(exported: Path) -> None:
    with pytest.raises(TamperedDocumentError, match="appended"):
        inspect_passport_pdf(exported.read_bytes() + b"\n%% trailing\n").raise_for_problems()
    sound = inspect_passport_pdf(exported.read_bytes())
    sound.raise_for_problems()
    assert sound.ok


@pytest.mark.english
def test_files_that_are_not_passports_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(NotAPassportFileError, match="not a PDF"):
        inspect_passport_pdf(b"PK\x03\x04 a zip file")
    with pytest.raises(NotAPassportFileError):
        inspect_passport_pdf(b"%PDF-1.7\n garbage " * 10)
    plain = io.BytesIO()
    c = canvas.Canvas(plain)
    c.drawString(72, 720, "Just a letter")
    c.save()
    with pytest.raises(NotAPassportFileError, match="not a Carer's Passport"):
        inspect_passport_pdf(plain.getvalue())
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_PDF_BYTES + 1)
    with pytest.raises(NotAPassportFileError, match="far smaller"):
        read_pdf_file(huge)
    with pytest.raises(NotAPassportFileError, match="folder"):
        read_pdf_file(tmp_path)
