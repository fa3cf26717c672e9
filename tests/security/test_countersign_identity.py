"""A countersigned copy is recognised by what the manager signed, not by its bytes; and a
"countersignature" made with the vault's own key is refused, on import and in manager mode.

The CLI runs as fresh ``python -m carerpassport`` processes: the point is its exit code and sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.exchange import countersign
from carerpassport.exchange.countersigned_import import AlreadyImportedError, ImportState, signed_content_identity
from carerpassport.exchange.errors import OwnKeyCountersignError
from carerpassport.usecases.countersigned_accept import COUNTERSIGNED_KIND
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE
from tests.countersign_support import countersigned_by_app, employee_pdf


def cli(data_dir: Path, *args: str) -> Result:
    return run_process(f"--data-dir={data_dir}", *args, env={"CARERPASSPORT_PASSPHRASE": PASSPHRASE})


def flip_padding(data: bytes) -> bytes:
    """Change one hex digit in the zero padding of the last signature's /Contents: outside its byte
    range, so the signature stays valid, but the file's hash changes."""
    match = list(re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", data))[-1]
    end = match.end(1)
    assert data[end - 8:end] == b"00000000"  # the padding pyHanko leaves after the CMS value
    return data[:end - 1] + b"1" + data[end:]


def test_a_copy_differing_only_in_signature_padding_is_already_imported(filled_app: PassportApp,
                                                                         tmp_path: Path) -> None:
    _, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    original = signed.read_bytes()
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(flip_padding(original))
    # Not vacuous: on its own the flipped copy passes every check.
    alone = filled_app.countersigning.inspect_countersigned(flipped.read_bytes(), str(flipped))
    assert alone.state is ImportState.NEEDS_TRUST
    assert alone.signed_content_sha256 == filled_app.countersigning.inspect_countersigned(original,
                                                                                          "o.pdf").signed_content_sha256
    data_dir = filled_app.data_dir
    filled_app.close()

    first = cli(data_dir, "import", str(signed), "--trust-manager")
    assert first.code == 0, first.err
    again = cli(data_dir, "import", str(flipped), "--trust-manager")
    assert again.code == 1 and "already imported" in again.err
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert [r.reason for r in reopened.repo.revisions()].count("countersigned") == 1
        assert len(reopened.repo.attachments(COUNTERSIGNED_KIND)) == 1
    finally:
        reopened.close()


def test_copies_imported_before_the_identity_was_recorded_are_recognised(filled_app: PassportApp,
                                                                         tmp_path: Path) -> None:
    _, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    filled_app.countersigning.import_countersigned(signed, trust_new_manager=True)
    [stored] = filled_app.repo.attachments(COUNTERSIGNED_KIND)
    details = {k: v for k, v in stored.details.items() if k != "signed_content_sha256"}
    with filled_app.repo.transaction():  # as an older version of the app stored it
        filled_app.repo.conn.execute("UPDATE attachments SET details = ? WHERE id = ?",
                                     (json.dumps(details), stored.id))
    with pytest.raises(AlreadyImportedError):
        filled_app.countersigning.inspect_countersigned(flip_padding(signed.read_bytes()), "flipped.pdf")


def test_signed_content_identity_covers_the_byte_range_and_the_signer() -> None:
    data = b"0123456789abcdef"
    assert signed_content_identity(data, [0, 4, 8, 8], "AA") == signed_content_identity(
        data[:4] + b"XXXX" + data[8:], [0, 4, 8, 8], "AA")
    assert signed_content_identity(data, [0, 4, 8, 8], "AA") != signed_content_identity(data, [0, 4, 8, 8], "BB")
    assert signed_content_identity(data, [0, 4, 8, 8], "AA") != signed_content_identity(
        data[:9] + b"!" + data[10:], [0, 4, 8, 8], "AA")


def test_countersigning_your_own_passport_is_refused(filled_app: PassportApp, tmp_path: Path) -> None:
    export = tmp_path / "mine.pdf"
    employee_pdf(filled_app, export)
    identity = filled_app.identity()
    # The hole: sign the manager's box with one's own key, outside the app's manager mode.
    self_signed = countersign.countersign_pdf(countersign.inspect_received(export.read_bytes()), identity,
                                              comment="Agreed.", name="Bob Smith", date=filled_app.today(),
                                              when=filled_app.clock())
    forged = tmp_path / "self-countersigned.pdf"
    forged.write_bytes(self_signed.pdf_bytes)
    with pytest.raises(OwnKeyCountersignError):
        filled_app.countersigning.inspect_countersigned(forged.read_bytes(), str(forged))
    data_dir = filled_app.data_dir
    filled_app.close()

    out = tmp_path / "out.pdf"
    refused = cli(data_dir, "countersign", str(export), str(out), "--comment", "Agreed.")
    assert refused.code == 1 and not out.exists()
    assert "This is your own passport, signed with your own key" in refused.err
    imported = cli(data_dir, "import", str(forged), "--trust-manager", "--accept-external")
    assert imported.code == 1 and "made with your own key" in imported.err
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert "countersigned" not in [r.reason for r in reopened.repo.revisions()]
        assert not reopened.repo.attachments(COUNTERSIGNED_KIND)
    finally:
        reopened.close()
