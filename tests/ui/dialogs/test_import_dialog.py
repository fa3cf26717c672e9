"""The "Import countersigned copy" dialog: checks off the GUI thread, explicit decisions, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pytestqt.qtbot import QtBot

from carerpassport.app import PassportApp
from carerpassport.domain.fingerprint_words import fingerprint_words
from carerpassport.exchange.countersign import signer_for
from carerpassport.exchange.countersigned_import import ImportState
from carerpassport.exchange.identity import generate_identity
from carerpassport.resource_files import fingerprint_wordlist
from carerpassport.ui.dialogs.import_dialog import ImportDialog
from carerpassport.ui.tasks import TaskRunner
from tests.countersign_support import countersigned_by_app, vault_snapshot
from tests.ui.shell_fixtures import shell_theme
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["shell_theme"]  # a fixture, used by name


@pytest.fixture
def signed_copy(filled_app: PassportApp, tmp_path: Path) -> tuple[Path, Path]:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Agreed, as we discussed.")
    manager.close()
    return export, signed


def _dialog(app: PassportApp, qtbot: QtBot, runner: TaskRunner | None = None) -> ImportDialog:
    return shown(qtbot, ImportDialog(app, runner or TaskRunner(synchronous=True)))


def test_new_manager_needs_an_explicit_trust(filled_app: PassportApp, signed_copy: tuple[Path, Path],
                                             qtbot: QtBot, shell_theme: object) -> None:
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(signed_copy[1])
    assert dialog.checked is not None and dialog.checked.state is ImportState.NEEDS_TRUST
    assert "Trust Bob Smith" in dialog.record.text() and dialog.record.isEnabled()
    assert dialog.checked.manager.fingerprint in dialog.details.toPlainText()
    assert "Agreed, as we discussed." in dialog.details.toPlainText()
    # The manager's certificate in words and groups, and where the manager finds theirs to compare.
    words = fingerprint_words(dialog.checked.manager.fingerprint, fingerprint_wordlist())
    assert dialog.fingerprint.isVisible()
    assert [w for w in dialog.fingerprint.words.text().split() if w != "·"] == list(words)
    assert dialog.fingerprint.groups.text().replace("\n", " ") == dialog.checked.manager.fingerprint
    assert dialog.fingerprint.heading.text().startswith("Bob Smith: fingerprint of the certificate")
    assert "Ask Bob Smith to open Help › My identity in their app" in dialog.fingerprint.where.text()
    assert "Manager's fingerprint words: " + " ".join(words) in dialog.details.toPlainText()
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "import-countersigned-needs-trust.png")
    with qtbot.waitSignal(dialog.imported) as recorded:
        dialog.record.click()
    assert recorded.args[0].reason == "countersigned"
    assert filled_app.editing.latest_revision().reason == "countersigned"
    assert "Recorded as agreed" in dialog.state.text() and dialog.close_button.text() == "Close"
    # the agreement line (read by the recording worker) is the vault's, as the Passport page shows it
    assert dialog.state.text() == f"Recorded as agreed by both. {filled_app.agreement.status().text}."
    assert filled_app.agreement.status().text.startswith("Agreed with Bob Smith")
    assert [p.name for p in filled_app.repo.pins()] == ["Bob Smith"]


def test_refusal_shows_the_reason_and_changes_nothing(filled_app: PassportApp, signed_copy: tuple[Path, Path],
                                                      qtbot: QtBot) -> None:
    before = vault_snapshot(filled_app)
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(signed_copy[0])  # the export itself: only the employee's signature
    assert "only your signature" in dialog.state.text() and "unchanged" in dialog.state.text()
    assert not dialog.record.isEnabled() and dialog.checked is None
    assert vault_snapshot(filled_app) == before


def test_a_changed_certificate_is_loud(filled_app: PassportApp, signed_copy: tuple[Path, Path], qtbot: QtBot,
                                       shell_theme: object) -> None:
    filled_app.repo.add_pin("Bob Smith", "AAAA BBBB CCCC DDDD", role="manager")
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(signed_copy[1])
    assert dialog.checked is not None and dialog.checked.state is ImportState.CERTIFICATE_CHANGED
    assert "WARNING" in dialog.state.text() and dialog.state.property("role") == "error"
    assert "NEW certificate" in dialog.record.text() and not dialog.record.isDefault()
    assert "AAAA BBBB CCCC DDDD" in dialog.details.toPlainText()
    screenshot(dialog, "import-countersigned-certificate-changed.png")


def test_checks_run_in_the_thread_pool(filled_app: PassportApp, signed_copy: tuple[Path, Path],
                                       qtbot: QtBot) -> None:
    runner = TaskRunner()
    dialog = _dialog(filled_app, qtbot, runner)
    dialog.check_path(signed_copy[1])
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=20_000)
    assert not dialog.progress.isVisible() and dialog.record.isEnabled()
    runner.wait()


def test_signed_externally_needs_the_explicit_accept(filled_app: PassportApp, signed_copy: tuple[Path, Path],
                                                     tmp_path: Path, qtbot: QtBot, shell_theme: object) -> None:
    """A reader that signs in a field of its own: "signed externally — check before accepting"."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_copy[0].read_bytes()))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Signature2"),
                      signer=signer_for(generate_identity("Robert Smith")),
                      new_field_spec=SigFieldSpec("Signature2")).sign_pdf(writer, output=out)
    external = tmp_path / "signed-in-a-reader.pdf"
    external.write_bytes(out.getvalue())
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(external)
    assert dialog.checked is not None and dialog.checked.state is ImportState.SIGNED_EXTERNALLY
    assert "Signed externally — check before accepting" in dialog.state.text()
    assert "accept and record" in dialog.record.text() and not dialog.record.isDefault()
    assert "new field" in dialog.details.toPlainText()
    screenshot(dialog, "import-countersigned-signed-externally.png")
    dialog.record.click()
    [stored] = filled_app.countersigning.countersigned_copies()
    assert stored.details["state"] == "signed_externally"


def test_a_bug_of_ours_is_not_reported_as_a_refused_file(filled_app: PassportApp, signed_copy: tuple[Path, Path],
                                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from carerpassport.domain.errors import INTERNAL_ERROR_SENTENCE
    from carerpassport.exchange import pdf_signatures

    def fault(*args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(pdf_signatures, "fingerprint_of", fault)
    before = vault_snapshot(filled_app)
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(signed_copy[1])
    text = dialog.state.text()
    assert INTERNAL_ERROR_SENTENCE in text and "damaged" not in text and "tampered" not in text.lower()
    assert not dialog.record.isEnabled() and dialog.checked is None
    assert vault_snapshot(filled_app) == before


def test_the_certificate_name_is_shown_and_the_typed_one_beside_it_only_when_different(
        filled_app: PassportApp, tmp_path: Path, qtbot: QtBot) -> None:
    from tests.countersign_support import employee_pdf, manager_vault

    export, signed = tmp_path / "exported.pdf", tmp_path / "countersigned.pdf"
    employee_pdf(filled_app, export)
    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    try:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="",
                                           name="Lukasz N.")
    finally:
        manager.close()
    dialog = _dialog(filled_app, qtbot)
    dialog.check_path(signed)
    assert dialog.record.text() == "Trust Łukasz Nowak and record"
    assert dialog.fingerprint.heading.text().startswith("Łukasz Nowak (typed on the form as “Lukasz N.”)")
    assert "Manager signature: Łukasz Nowak (typed on the form as “Lukasz N.”)" in dialog.details.toPlainText()
    dialog.record.click()
    assert [p.name for p in filled_app.repo.pins()] == ["Łukasz Nowak"]  # trusted under the certificate's name
    assert "Agreed with Łukasz Nowak on" in dialog.state.text()
