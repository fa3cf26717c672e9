"""A manager who does not use this app countersigns with poppler's ``pdfsig`` (an RSA-3072 key in an NSS
database): the import understands what poppler writes (see exchange/countersign_policy.py) and treats the
copy like one from manager mode; anything more the reader changed holds the copy for a decision."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from carerpassport import cli
from carerpassport.app import PassportApp
from carerpassport.exchange.countersign import fill_text_fields
from carerpassport.exchange.countersigned_import import ExternalSignatureNotAcceptedError, ImportState
from carerpassport.exchange.errors import ChangedAfterCountersignError, TamperedDocumentError, UntrustedSignerError
from carerpassport.exchange.pdf_reading import open_pdf
from tests.cli_runner import run_process
from tests.conftest import PASSPHRASE, require_tool
from tests.countersign_support import (
    add_text_note,
    add_validation_data,
    countersigned_by_app,
    employee_pdf,
    pdfsig_report,
    poppler_countersign,
    reader_extra_keys,
    reader_fills_fields,
    vault_snapshot,
)
from tests.pdf_support import with_swapped_attachment

pytestmark = pytest.mark.interop


@pytest.fixture
def poppler_signed(filled_app: PassportApp, tmp_path: Path) -> Path:
    """Countersigned with pdfsig, with nothing else changed."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    signed = poppler_countersign(tmp_path, export, tmp_path / "poppler-signed.pdf", common_name="Robert Smith")
    report = pdfsig_report(signed)
    assert report.count("Signature is Valid.") == 2, report
    return signed


@pytest.fixture
def poppler_signed_with_a_note(filled_app: PassportApp, tmp_path: Path) -> Path:
    """The manager's reader also added a comment (a text box) on page 2, then pdfsig countersigned."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    noted = add_text_note(export, tmp_path / "noted.pdf", page=1)
    signed = poppler_countersign(tmp_path, noted, tmp_path / "poppler-noted.pdf", common_name="Robert Smith")
    report = pdfsig_report(signed)
    assert report.count("Signature is Valid.") == 2, report
    return signed


def test_a_plain_poppler_countersignature_is_understood(filled_app: PassportApp, poppler_signed: Path) -> None:
    """poppler's own extras (/M on the widget, a new generation of its appearance, an unused copy) are
    allowed by the passport policy: only the new certificate needs trusting, as in manager mode."""
    assert open_pdf(poppler_signed.read_bytes()).lenient, "pdfsig's update needs pyHanko's lenient reader"
    extras = reader_extra_keys(poppler_signed.read_bytes(), 1)
    assert extras == {"ManagerSignature": {"/M"}, "ManagerComment": set(), "ManagerName": set(),
                      "ManagerDate": set()}  # what pdfsig 22.12 adds (see READER_WIDGET_KEYS)
    imp = filled_app.countersigning.inspect_countersigned(poppler_signed.read_bytes(), str(poppler_signed))
    assert imp.state is ImportState.NEEDS_TRUST
    assert not imp.needs_external_acceptance and imp.external_reason == ""
    assert not any("check before accepting" in line for line in imp.summary())
    revision = filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    assert revision.reason == "countersigned"
    [stored] = filled_app.countersigning.countersigned_copies()
    assert stored.details["state"] == "needs_trust" and stored.details["external_reason"] == ""


def test_a_reader_that_also_added_a_note_is_held_with_a_plain_reason(filled_app: PassportApp,
                                                                     poppler_signed_with_a_note: Path) -> None:
    imp = filled_app.countersigning.inspect_countersigned(poppler_signed_with_a_note.read_bytes(), "noted.pdf")
    assert imp.state is ImportState.SIGNED_EXTERNALLY
    assert imp.needs_trust and imp.needs_external_acceptance
    assert imp.manager.signer_name == "Robert Smith" and imp.manager_name == "Robert Smith"
    assert imp.external_reason == "a new annotation was added on page 2: a text box"
    assert "Why it needs checking: a new annotation was added on page 2: a text box" in imp.summary()
    assert any("Signed externally — check before accepting" in line for line in imp.summary())
    before = vault_snapshot(filled_app)
    with pytest.raises(UntrustedSignerError):
        filled_app.countersigning.accept_countersigned(imp)
    with pytest.raises(ExternalSignatureNotAcceptedError, match="Signed externally"):
        filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    assert vault_snapshot(filled_app) == before

    revision = filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True, accept_external=True)
    assert revision.reason == "countersigned"
    [stored] = filled_app.countersigning.countersigned_copies()
    assert stored.details["state"] == "signed_externally" and stored.details["external_reason"]
    assert [p.fingerprint for p in filled_app.repo.pins()] == [imp.manager.fingerprint]
    assert filled_app.editing.passport().review.last_agreed == imp.agreed_on


def test_poppler_cli_import_names_the_flags(filled_app: PassportApp, poppler_signed_with_a_note: Path,
                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    poppler_signed = poppler_signed_with_a_note
    data_dir = filled_app.data_dir
    filled_app.close()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--passphrase-file", str(secret), "import", str(poppler_signed)]
    assert cli.main(base + ["--trust-manager"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Signed externally" in err and "--accept-external" in err
    assert "a new annotation was added on page 2" in err and "{" not in err
    assert cli.main(base + ["--trust-manager", "--accept-external"]) == 0
    assert "agreed by both" in capsys.readouterr().out


def test_different_certificate_for_a_pinned_manager_is_flagged(filled_app: PassportApp, tmp_path: Path) -> None:
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app, manager_name="Bob Smith")
    manager.close()
    filled_app.countersigning.import_countersigned(signed, trust_new_manager=True)
    filled_app.editing.set_answer("caring.effect_on_work", "A change to agree.", shared=True)
    export = tmp_path / "second.pdf"
    employee_pdf(filled_app, export)
    popped = poppler_countersign(tmp_path, export, tmp_path / "second-poppler.pdf", common_name="Bob Smith")
    imp = filled_app.countersigning.inspect_countersigned(popped.read_bytes(), "second-poppler.pdf")
    assert imp.state is ImportState.CERTIFICATE_CHANGED
    assert imp.pinned_fingerprints and imp.manager.fingerprint not in imp.pinned_fingerprints
    assert "DIFFERENT certificate" in imp.missing_decision(trust_new_manager=False, accept_external=False)
    assert any("WARNING" in line for line in imp.summary())


def _forged_page(export: Path, out_pdf: Path) -> Path:
    """The export with page 1's text rewritten in an incremental update (nobody countersigned yet)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(export.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Forged) Tj ET"))
    page["/Contents"] = forged
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    out_pdf.write_bytes(out.getvalue())
    return out_pdf


def test_poppler_countersignature_over_a_changed_page_is_held_for_a_decision(filled_app: PassportApp,
                                                                            tmp_path: Path) -> None:
    """The manager's reader also changed page content, then pdfsig countersigned the whole file: held as
    "signed externally — check before accepting" with the change in plain words, never accepted unless
    the employee accepts it explicitly; verify says the same."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    popped = poppler_countersign(tmp_path, _forged_page(export, tmp_path / "forged.pdf"),
                                 tmp_path / "forged-signed.pdf")
    imp = filled_app.countersigning.inspect_countersigned(popped.read_bytes(), "forged-signed.pdf")
    assert imp.state is ImportState.SIGNED_EXTERNALLY and imp.needs_external_acceptance
    assert imp.external_reason == "text on page 1 changed"
    assert "Why it needs checking: text on page 1 changed" in imp.summary()
    report = filled_app.pdfs.verify_file(popped)
    assert report.signed_externally and not report.ok
    assert report.problems[0].startswith("Signed externally — check before accepting")
    assert "(text on page 1 changed)" in report.problems[0] and "{" not in report.problems[0]

    before = vault_snapshot(filled_app)
    with pytest.raises(ExternalSignatureNotAcceptedError, match=r"Signed externally .*\(text on page 1 changed\)"):
        filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    assert vault_snapshot(filled_app) == before
    revision = filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True, accept_external=True)
    assert revision.reason == "countersigned"
    [stored] = filled_app.countersigning.countersigned_copies()
    assert stored.details["state"] == "signed_externally"
    assert stored.details["external_reason"] == "text on page 1 changed"


def test_a_changed_page_without_a_countersignature_is_refused(filled_app: PassportApp, tmp_path: Path) -> None:
    """The same page change with nobody's signature over it stays a refusal, in verify and the import."""
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    forged = _forged_page(export, tmp_path / "forged.pdf")
    before = vault_snapshot(filled_app)
    with pytest.raises(TamperedDocumentError, match=r"changed after the employee signed \(text on page 1 changed\)"):
        filled_app.countersigning.inspect_countersigned(forged.read_bytes(), "forged.pdf")
    assert vault_snapshot(filled_app) == before
    report = filled_app.pdfs.verify_file(forged)
    assert not report.ok and not report.signed_externally
    assert "(text on page 1 changed)" in report.problems[0]


def test_a_replaced_passport_json_under_a_poppler_countersignature_is_refused(filled_app: PassportApp,
                                                                             tmp_path: Path) -> None:
    """Replacing the embedded passport.json is never "check before accepting", even countersigned."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    swapped = tmp_path / "swapped.pdf"
    swapped.write_bytes(with_swapped_attachment(export.read_bytes(), b"{\"format\": 1}"))
    popped = poppler_countersign(tmp_path, swapped, tmp_path / "swapped-signed.pdf")
    before = vault_snapshot(filled_app)
    with pytest.raises(TamperedDocumentError, match="attachment was replaced"):
        filled_app.countersigning.inspect_countersigned(popped.read_bytes(), "swapped-signed.pdf")
    assert vault_snapshot(filled_app) == before


def test_poppler_with_the_fields_filled_imports_with_trust_manager_only(tmp_path: Path) -> None:
    """The employee and the manager's reader as separate processes, only files passing between them: the
    manager fills comment, name and date (as a reader does) and signs with pdfsig; the employee imports
    with --trust-manager alone, and the vault records the manager's name, comment and date."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    home = tmp_path / "employee"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "CARERPASSPORT_PASSPHRASE": "employee passphrase for tests",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    emp = [f"--data-dir={home / 'vault'}"]
    assert run_process(*emp, "init", "--name", "Siân Jones", "--manager", "Robert Smith", env=env).code == 0
    assert run_process(*emp, "set", "caring.effect_on_work", "I may need to leave at short notice.", "--share",
                       env=env).code == 0
    exported = tmp_path / "passport.pdf"
    assert run_process(*emp, "export", "pdf", str(exported), env=env).code == 0

    filled = reader_fills_fields(exported, tmp_path / "filled.pdf", comment="Agreed — see you on Tuesday.",
                                 name="Robert Smith", date="2026-12-01")
    signed = poppler_countersign(tmp_path, filled, tmp_path / "countersigned.pdf", common_name="Robert Smith")
    assert pdfsig_report(signed).count("Signature is Valid.") == 2

    done = run_process(*emp, "import", str(signed), "--trust-manager", env=env)
    assert done.code == 0, done.err
    assert "agreed by both" in done.out
    history = run_process(*emp, "history", env=env)
    assert history.code == 0 and "countersigned" in history.out
    log = run_process(*emp, "log", env=env)
    assert log.code == 0, log.err
    shown = run_process(*emp, "show", "--json", env=env)
    assert shown.code == 0, shown.err
    assert json.loads(shown.out)["review"]["last_agreed"] is not None

    app = PassportApp.open(home / "vault", passphrase="employee passphrase for tests")
    try:
        [stored] = app.countersigning.countersigned_copies()
        assert stored.details["manager_name"] == "Robert Smith"
        assert stored.details["comment"] == "Agreed — see you on Tuesday."
        assert stored.details["manager_date"] == "2026-12-01"
        assert stored.details["state"] == "needs_trust" and stored.details["external_reason"] == ""
        assert [p.name for p in app.repo.pins()] == ["Robert Smith"]
    finally:
        app.close()


def _poppler_countersigned_with_dss(app: PassportApp, tmp_path: Path) -> tuple[Path, Path]:
    """``app``'s export, filled and countersigned in poppler as Robert Smith, then the same file with a reader's
    DSS/VRI update after the countersignature: (countersigned, countersigned with validation data)."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "exported.pdf"
    employee_pdf(app, export)
    filled = reader_fills_fields(export, tmp_path / "filled.pdf", comment="Agreed.", name="Robert Smith",
                                 date="2026-12-01")
    signed = poppler_countersign(tmp_path, filled, tmp_path / "signed.pdf", common_name="Robert Smith")
    return signed, add_validation_data(signed, tmp_path / "with-dss.pdf")


def test_validation_data_a_reader_adds_after_signing_is_allowed(filled_app: PassportApp, tmp_path: Path) -> None:
    """A DSS/VRI update after the countersignature (a reader's "add verification information") leaves the
    copy countersigned; trailing bytes or a field changed in that update do not."""
    signed, with_dss = _poppler_countersigned_with_dss(filled_app, tmp_path)
    assert b"/DSS" in with_dss.read_bytes()[len(signed.read_bytes()):]

    imp = filled_app.countersigning.inspect_countersigned(with_dss.read_bytes(), "with-dss.pdf")
    assert imp.state is ImportState.NEEDS_TRUST and imp.external_reason == ""
    assert imp.comment == "Agreed." and imp.manager_name == "Robert Smith"
    report = filled_app.pdfs.verify_file(with_dss)
    assert report.ok, report.problems

    trailing = tmp_path / "trailing.pdf"
    trailing.write_bytes(with_dss.read_bytes() + b"\n1 0 obj (unsigned) endobj\n")
    with pytest.raises(ChangedAfterCountersignError):
        filled_app.countersigning.inspect_countersigned(trailing.read_bytes(), "trailing.pdf")

    writer = IncrementalPdfFileWriter(io.BytesIO(with_dss.read_bytes()), strict=False)
    fill_text_fields(writer, {"ManagerComment": "Changed after signing."})
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ChangedAfterCountersignError):
        filled_app.countersigning.inspect_countersigned(out.getvalue(), "changed-after-dss.pdf")


def test_verify_says_validation_data_is_all_the_countersignature_leaves_out(
        filled_app: PassportApp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a reader added DSS/VRI certificates, verify and import say the countersignature covers the whole
    file except that validation data: not "does NOT cover the whole file" (the copy is sound), and not a
    plain "covers the whole file" either (the bytes after it are not signed)."""
    signed, with_dss = _poppler_countersigned_with_dss(filled_app, tmp_path)
    except_dss = "covers the whole file except validation data their reader added"

    plain = filled_app.pdfs.verify_file(signed)
    assert plain.ok and not plain.manager_validation_data_after
    assert "Countersigned:  yes, by Robert Smith (covers the whole file)" in plain.summary_lines()
    report = filled_app.pdfs.verify_file(with_dss)
    assert report.ok and report.manager_covers_whole_file and report.manager_validation_data_after
    assert f"Countersigned:  yes, by Robert Smith ({except_dss})" in report.summary_lines()
    imp = filled_app.countersigning.inspect_countersigned(with_dss.read_bytes(), "with-dss.pdf")
    assert any(line.endswith(except_dss) for line in imp.summary()), imp.summary()

    data_dir = filled_app.data_dir
    filled_app.close()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    assert cli.main(["--data-dir", str(data_dir), "--passphrase-file", str(secret), "verify", str(with_dss)]) == 0
    out = capsys.readouterr().out
    assert f"({except_dss})" in out and "does NOT cover" not in out
