"""Exporting a signed PDF through the app: pyHanko's own validation, the attachment, the log and the share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pyhanko.sign.fields import FieldMDPAction, MDPPerm
from pyhanko.sign.validation.status import SignatureCoverageLevel

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange.pdf_reading import attachment_at
from carerpassport.exchange.pdf_render import MANAGER_FIELDS
from carerpassport.exchange.pdf_sign import MARKER_KEY
from tests.conftest import PASSPHRASE
from tests.pdf_support import employee_status, field


def test_certification_signature_is_intact_and_embeds_exactly_the_shared_content(filled_app: PassportApp,
                                                                                  tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf")
    data = result.path.read_bytes()
    reader, status = employee_status(data)
    assert status.intact and status.valid
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    sig = next(s for s in reader.embedded_regular_signatures if s.field_name == "EmployeeSignature")
    assert sig.docmdp_level == MDPPerm.FILL_FORMS
    assert sig.fieldmdp is not None and sig.fieldmdp.action == FieldMDPAction.EXCLUDE
    assert set(sig.fieldmdp.fields or ()) == set(MANAGER_FIELDS)
    expected = canonical_bytes(filled_app.editing.passport().shared_dict())
    assert attachment_at(reader, sig.signed_revision) == expected == result.passport_json
    assert result.sha256 == sha256_hex(data)
    assert result.revision == filled_app.editing.latest_revision().number
    assert result.fields == ["caring.effect_on_work", "caring.responsibilities", "emergency.arrangements", "actions"]


def test_manager_fields_are_left_empty_for_the_manager(filled_app: PassportApp, tmp_path: Path) -> None:
    data = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf").path.read_bytes()
    reader, _ = employee_status(data)
    assert "/V" not in field(reader, "ManagerSignature")
    assert str(field(reader, "ManagerSignature")["/FT"]) == "/Sig"
    for name in ("ManagerComment", "ManagerName", "ManagerDate"):
        assert str(field(reader, name)["/FT"]) == "/Tx" and not field(reader, name).get("/V")


def test_signed_marker_names_passport_revision_hash_and_fingerprint(filled_app: PassportApp, tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf")
    reader, _ = employee_status(result.path.read_bytes())
    marker = reader.root[MARKER_KEY]
    assert marker["/PassportId"] == filled_app.editing.passport().id
    assert int(marker["/Revision"]) == result.revision
    assert marker["/ContentSHA256"] == sha256_hex(result.passport_json)
    assert marker["/EmployeeFingerprint"] == filled_app.identity().fingerprint


def test_export_logs_an_event_and_records_the_share_which_survive_reopening(filled_app: PassportApp,
                                                                              data_dir: Path, tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "for-bob.pdf", purpose="Our 1:1")
    filled_app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        events = reopened.repo.events("export")
        assert len(events) == 1
        assert events[0].revision == result.revision and events[0].file_sha256 == result.sha256
        shares = reopened.repo.shares()
        assert len(shares) == 1
        share = shares[0]
        assert (share.recipient, share.purpose, share.format, share.revision) == ("Bob Smith", "Our 1:1", "pdf",
                                                                                 result.revision)
        assert share.fields == sorted(result.fields) and share.file_sha256 == result.sha256
        assert share.file_name == "for-bob.pdf"
    finally:
        reopened.close()


def test_export_is_private_and_replaces_atomically(filled_app: PassportApp, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"an older export")
    filled_app.pdfs.export_signed_pdf(out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert oct(os.stat(out).st_mode & 0o777) == oct(0o600)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.pdf")] == []


def test_render_signed_pdf_writes_and_logs_nothing(filled_app: PassportApp) -> None:
    before = (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history())
    data = filled_app.pdfs.render_signed_pdf(recipient="Someone", purpose="preview")
    assert employee_status(data)[1].intact
    assert (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history()) == before


def test_chosen_fields_share_only_those(filled_app: PassportApp, tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "new-manager.pdf", recipient="Carol New",
                                          fields=["caring.responsibilities"], include_actions=False)
    reader, status = employee_status(result.path.read_bytes())
    assert status.intact
    shared = filled_app.editing.passport().shared_dict()
    shared["answers"] = {"caring.responsibilities": shared["answers"]["caring.responsibilities"]}
    shared["actions"] = []
    assert attachment_at(reader) == canonical_bytes(shared)
    assert result.fields == ["caring.responsibilities"]
    assert filled_app.repo.shares()[-1].recipient == "Carol New"


def test_bad_destination_fails_clearly_and_records_nothing(filled_app: PassportApp, tmp_path: Path) -> None:
    before = (filled_app.repo.events(), filled_app.repo.shares())
    with pytest.raises(OSError):
        filled_app.pdfs.export_signed_pdf(tmp_path / "no-such-folder" / "out.pdf")
    with pytest.raises(ValidationError):
        filled_app.pdfs.export_signed_pdf(tmp_path / "x.pdf", fields=["not.a_field"])
    assert (filled_app.repo.events(), filled_app.repo.shares()) == before
    assert not (tmp_path / "x.pdf").exists()


def test_a_passport_with_nothing_shared_still_exports_and_verifies(app: PassportApp, tmp_path: Path) -> None:
    result = app.pdfs.export_signed_pdf(tmp_path / "empty.pdf")
    assert result.fields == []
    report = app.pdfs.verify_file(result.path)
    assert report.ok and report.shared_field_ids == () and report.shared_action_count == 0
