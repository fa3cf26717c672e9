"""poppler's pdfsig (a validator we did not write) accepts the employee's signature on an export."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.conftest import require_tool
from tests.countersign_support import poppler_countersign

pytestmark = pytest.mark.interop


def pdfsig(path: Path) -> str:
    tool = require_tool("pdfsig")
    done = subprocess.run([tool, "-no-ocsp", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def employee_block(report: str) -> str:
    blocks = report.split("Signature #")
    return next(b for b in blocks if "Signature Field Name: EmployeeSignature" in b)


def test_pdfsig_reports_the_employee_signature_valid(filled_app: PassportApp, tmp_path: Path) -> None:
    path = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf").path
    report = pdfsig(path)
    block = employee_block(report)
    assert "Signature Validation: Signature is Valid." in block
    assert "Signer Certificate Common Name: Siân Jones" in block
    assert "Total document signed" in block
    assert "Signing Hash Algorithm: SHA-256" in block
    # The manager's field is there, empty, waiting for the countersignature.
    manager = next(b for b in report.split("Signature #") if "Signature Field Name: ManagerSignature" in b)
    assert "not signed" in manager


def test_pdfsig_rejects_a_flipped_byte(filled_app: PassportApp, tmp_path: Path) -> None:
    data = bytearray(filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf").path.read_bytes())
    text_at = data.index(b"ReportLab Generated PDF document")  # inside the signed range, in a comment
    data[text_at] ^= 0x20
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    block = employee_block(pdfsig(tampered))
    assert "Signature is Valid" not in block
    assert "Signature Validation:" in block


def test_a_poppler_countersignature_is_understood(filled_app: PassportApp, tmp_path: Path) -> None:
    # poppler adds /M to the signed widget and writes its appearance as a new generation of the old
    # object; the passport's difference policy allows exactly that, so verify reports plain form filling.
    for tool in ("certutil", "pk12util"):
        require_tool(tool)
    exported = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf").path
    signed = poppler_countersign(tmp_path, exported, tmp_path / "countersigned.pdf", common_name="Bob Smith")
    report = filled_app.pdfs.verify_file(signed)
    assert report.manager_signed and report.manager_signature_valid and report.manager_covers_whole_file
    assert report.manager_signer_name == "Bob Smith"
    assert report.ok and not report.signed_externally, report.problems
    assert report.changes_after_signing == "form filling and signing"
    assert report.passport_json == filled_app.pdfs.verify_file(exported).passport_json
