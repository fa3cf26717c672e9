"""The manager signs exactly the passport they were shown: replacing the file on disk after the check
changes nothing about what is signed (the facade, the CLI and the GUI dialog each sign the checked bytes)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from carerpassport.app import PassportApp
from carerpassport.usecases.countersigning import Countersigning
from tests.cli_runner import run_cli
from tests.countersign_support import MANAGER_PASSPHRASE, employee_pdf, manager_vault
from tests.pdf_support import employee_status


@pytest.fixture
def manager(tmp_path: Path) -> PassportApp:
    app = manager_vault(tmp_path / "manager-vault")
    yield app  # type: ignore[misc]
    app.close()


@pytest.fixture
def shown_and_swapped(filled_app: PassportApp, tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """(the path, what was on it when checked, what replaces it): another vault's export, a sound file."""
    path = tmp_path / "from-sian.pdf"
    original = employee_pdf(filled_app, path)
    other = PassportApp.create(tmp_path / "other", employee_name="Mallory Other", passphrase="another phrase").app
    try:
        swapped = employee_pdf(other, tmp_path / "other.pdf")
    finally:
        other.close()
    assert swapped != original
    return path, original, swapped


def assert_signed_what_was_shown(signed: bytes, original: bytes) -> None:
    """The countersigned copy is the shown bytes plus one incremental update, and the manager's signature
    covers the whole of it (so the employee's revision inside is exactly the original)."""
    assert signed[:len(original)] == original
    reader = PdfFileReader(io.BytesIO(signed))
    manager_sig = next(s for s in reader.embedded_signatures if s.field_name == "ManagerSignature")
    assert manager_sig.signed_revision == reader.xrefs.total_revisions - 1
    _, employee = employee_status(signed)
    assert employee.intact and employee.valid


def test_the_facade_signs_the_checked_bytes(manager: PassportApp, shown_and_swapped: tuple[Path, bytes, bytes],
                                            tmp_path: Path) -> None:
    path, original, swapped = shown_and_swapped
    received = manager.countersigning.inspect_received(path)
    path.write_bytes(swapped)  # replaced after the manager read it
    out = tmp_path / "countersigned.pdf"
    result = manager.countersigning.countersign(received, out, comment="Agreed.")
    assert_signed_what_was_shown(out.read_bytes(), original)
    assert result.countersigned.received.pdf_bytes == original
    assert manager.countersigning.received_passports()[0].employee_name == "Siân Jones"


def test_the_cli_signs_the_checked_bytes(manager: PassportApp, shown_and_swapped: tuple[Path, bytes, bytes],
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, original, swapped = shown_and_swapped
    data_dir = manager.data_dir
    manager.close()
    familiarity = Countersigning.employee_familiarity

    def swap_then_answer(self: Countersigning, received: object) -> str:
        path.write_bytes(swapped)  # after the check was printed, before signing
        return familiarity(self, received)  # type: ignore[arg-type]

    monkeypatch.setattr(Countersigning, "employee_familiarity", swap_then_answer)
    out = tmp_path / "countersigned.pdf"
    result = run_cli("countersign", str(path), str(out), "--comment", "Agreed.", data_dir=data_dir,
                     passphrase=MANAGER_PASSPHRASE)
    assert result.code == 0, result.err
    assert path.read_bytes() == swapped and "Siân Jones" in result.out
    assert_signed_what_was_shown(out.read_bytes(), original)
