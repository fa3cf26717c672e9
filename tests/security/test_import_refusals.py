"""Every reason to refuse a countersigned copy, each with a real file; the vault is unchanged after each."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from carerpassport.app import PassportApp
from carerpassport.exchange.countersign import signer_for
from carerpassport.exchange.countersigned_import import AlreadyImportedError, NotCountersignedError
from carerpassport.exchange.errors import (
    ChangedAfterCountersignError,
    ExchangeError,
    NotAPassportFileError,
    NotOurSignatureError,
    RollbackError,
    TamperedDocumentError,
    UntrustedSignerError,
)
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from tests.countersign_support import countersigned_by_app, employee_pdf, manager_vault, vault_snapshot


@pytest.fixture
def countersigned(filled_app: PassportApp, tmp_path: Path) -> tuple[PassportApp, Path, Path]:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    return filled_app, export, signed


def assert_refused(app: PassportApp, data: bytes, error: type[ExchangeError], *words: str) -> str:
    """Both the check and the one-call import refuse with ``error`` and leave the vault as it was."""
    before = vault_snapshot(app)
    with pytest.raises(error) as caught:
        app.countersigning.inspect_countersigned(data, "refused.pdf")
    path = app.data_dir.parent / "refused.pdf"
    path.write_bytes(data)
    with pytest.raises(error):
        app.countersigning.import_countersigned(path, trust_new_manager=True, accept_external=True)
    assert vault_snapshot(app) == before
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    for word in words:
        assert word in message
    return message


def test_pdf_from_another_vault(countersigned: tuple[PassportApp, Path, Path], tmp_path: Path) -> None:
    app, _export, _signed = countersigned
    other = PassportApp.create(tmp_path / "other", employee_name="Someone Else", passphrase="another long phrase").app
    other_export = tmp_path / "other-export.pdf"
    employee_pdf(other, other_export)
    other.close()
    manager = manager_vault(tmp_path / "mgr2")
    other_signed = tmp_path / "other-signed.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(other_export), other_signed, comment="")
    manager.close()
    assert_refused(app, other_signed.read_bytes(), NotOurSignatureError, "Someone Else")


def test_rollback_to_an_older_revision_than_the_latest_agreed(filled_app: PassportApp, tmp_path: Path) -> None:
    old_export = tmp_path / "old.pdf"
    employee_pdf(filled_app, old_export)
    filled_app.editing.set_answer("caring.effect_on_work", "Things changed.", shared=True)
    new_export = tmp_path / "new.pdf"
    employee_pdf(filled_app, new_export)
    manager = manager_vault(tmp_path / "mgr")
    old_signed, new_signed = tmp_path / "old-signed.pdf", tmp_path / "new-signed.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(old_export), old_signed, comment="old")
    manager.countersigning.countersign(manager.countersigning.inspect_received(new_export), new_signed, comment="new")
    manager.close()
    filled_app.countersigning.import_countersigned(new_signed, trust_new_manager=True)
    assert_refused(filled_app, old_signed.read_bytes(), RollbackError, "older")


def test_only_the_employee_signature(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, export, _signed = countersigned
    assert_refused(app, export.read_bytes(), NotCountersignedError, "not countersigned")


def test_truncated_back_to_the_employee_revision(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, export, signed = countersigned
    cut = signed.read_bytes()[:len(export.read_bytes())]
    assert_refused(app, cut, NotCountersignedError)


def test_manager_signature_not_covering_the_whole_file(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, _export, signed = countersigned
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field["/T"] == "ManagerComment":
            field["/V"] = generic.TextStringObject("Changed after the manager signed")
            writer.update_container(field)
    out = io.BytesIO()
    writer.write(out)
    assert_refused(app, out.getvalue(), ChangedAfterCountersignError, "after the line manager signed")


def test_flipped_byte_inside_the_employee_signature(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, export, signed = countersigned
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", 200) + 20  # inside the first page's content, covered by both signatures
    data[at] ^= 0x01
    assert_refused(app, bytes(data), TamperedDocumentError)


def test_passport_data_swapped_before_the_manager_signed(countersigned: tuple[PassportApp, Path, Path]) -> None:
    """A forger replaces the embedded passport.json, then signs the manager field with their own key."""
    app, export, _signed = countersigned
    writer = IncrementalPdfFileWriter(io.BytesIO(export.read_bytes()))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    forged = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")},
                                  stream_data=b'{"forged":true}')
    spec["/EF"] = generic.DictionaryObject({generic.pdf_name("/F"): writer.add_object(forged)})
    writer.update_container(spec)
    out = io.BytesIO()
    forger = generate_identity("Bob Smith")
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="ManagerSignature"),
                      signer=signer_for(forger)).sign_pdf(writer, output=out)
    assert_refused(app, out.getvalue(), TamperedDocumentError, "attachment was replaced")


def test_not_a_pdf(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, _export, _signed = countersigned
    assert_refused(app, "Dear Siân, here are my comments...\n".encode() * 20, NotAPassportFileError, "not a PDF")


def test_truncated_file(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, _export, signed = countersigned
    data = signed.read_bytes()
    assert_refused(app, data[: len(data) * 2 // 3], NotAPassportFileError, "truncated")


def test_huge_file(countersigned: tuple[PassportApp, Path, Path], tmp_path: Path) -> None:
    app, _export, signed = countersigned
    data = signed.read_bytes()
    huge = data + b"%" + b"x" * (MAX_PDF_BYTES) + b"\n" + data[-64:]
    assert_refused(app, huge, NotAPassportFileError, "MB")
    sparse = tmp_path / "huge.pdf"
    with open(sparse, "wb") as handle:
        handle.write(data[:1024])
        handle.truncate(MAX_PDF_BYTES + 1)
    before = vault_snapshot(app)
    with pytest.raises(NotAPassportFileError, match="MB"):
        app.countersigning.import_countersigned(sparse)
    assert vault_snapshot(app) == before
    assert os.path.getsize(sparse) > MAX_PDF_BYTES


def test_the_same_copy_twice(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, _export, signed = countersigned
    app.countersigning.import_countersigned(signed, trust_new_manager=True)
    assert_refused(app, signed.read_bytes(), AlreadyImportedError, "already imported")


def test_trust_not_given_changes_nothing(countersigned: tuple[PassportApp, Path, Path]) -> None:
    app, _export, signed = countersigned
    imp = app.countersigning.inspect_countersigned(signed.read_bytes(), "signed.pdf")
    before = vault_snapshot(app)
    with pytest.raises(UntrustedSignerError, match="fingerprint"):
        app.countersigning.accept_countersigned(imp)
    assert vault_snapshot(app) == before


def test_signer_name_altered_inside_the_certificate(countersigned: tuple[PassportApp, Path, Path]) -> None:
    """The signature bytes are outside the signed range, so a forger can edit the certificate they carry
    (here the manager's name); its broken self-signature must give it away."""
    app, _export, signed = countersigned
    data = signed.read_bytes()
    name_hex = b"Bob Smith".hex().encode()
    at = data.lower().rindex(name_hex)  # inside the manager's certificate, in the hex /Contents
    forged = data[:at] + b"Bob Smitx".hex().upper().encode() + data[at + len(name_hex):]
    assert_refused(app, forged, TamperedDocumentError, "manager's signature")
