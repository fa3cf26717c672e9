"""Employee exports → manager countersigns in their own vault (manager mode) → employee imports.

Real files end to end: the exported PDF, the manager's vault in another folder, the countersigned PDF
validated by pyHanko and by poppler's pdfsig, then the employee's vault reopened from disk.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from carerpassport import cli
from carerpassport.app import PassportApp
from carerpassport.domain.review import add_months
from carerpassport.exchange.countersigned_import import ImportState
from tests.conftest import PASSPHRASE, require_tool
from tests.countersign_support import (
    MANAGER_PASSPHRASE,
    countersigned_by_app,
    employee_pdf,
    pdfsig_report,
    vault_snapshot,
)


def test_round_trip_records_agreement_by_both(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Agreed: 10:00 starts on Tuesdays.")
    manager_fingerprint = manager.identity().fingerprint
    manager.close()
    exported_revision = filled_app.editing.latest_revision().number

    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), str(signed))
    assert imp.state is ImportState.NEEDS_TRUST
    assert imp.revision == exported_revision
    assert imp.manager.fingerprint == manager_fingerprint
    revision = filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    data_dir = filled_app.data_dir
    filled_app.close()

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        latest = reopened.editing.latest_revision()
        assert (latest.number, latest.reason) == (revision.number, "countersigned")
        passport = reopened.editing.passport()
        agreed_on = imp.agreed_on
        assert passport.review.last_agreed == agreed_on
        assert passport.review.next_review == add_months(agreed_on, 12)
        [stored] = reopened.countersigning.countersigned_copies()
        assert stored.data == signed.read_bytes()
        assert stored.details["manager_name"] == "Bob Smith"
        assert stored.details["comment"] == "Agreed: 10:00 starts on Tuesdays."
        assert stored.details["agreed_revision"] == exported_revision
        assert passport.employee.name == "Siân Jones"
        assert imp.employee.signer_name == "Siân Jones"
        [pin] = reopened.repo.pins()
        assert (pin.name, pin.fingerprint, pin.role) == ("Bob Smith", manager_fingerprint, "manager")
        [event] = reopened.repo.events("countersigned")
        assert event.file_sha256 == imp.file_sha256 and event.revision == revision.number
        reopened.repo.verify_chain()
    finally:
        reopened.close()


def test_countersigned_file_validates_in_pyhanko_and_pdfsig(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Agreed — see you Tuesday (café).")
    manager.close()
    data = signed.read_bytes()
    assert data.startswith(export.read_bytes()), "countersigning must be an incremental update"
    reader = PdfFileReader(io.BytesIO(data))
    by_field = {s.field_name: s for s in reader.embedded_signatures}
    employee = validate_pdf_signature(by_field["EmployeeSignature"],
                                      ValidationContext(trust_roots=[by_field["EmployeeSignature"].signer_cert]))
    manager_status = validate_pdf_signature(by_field["ManagerSignature"],
                                            ValidationContext(trust_roots=[by_field["ManagerSignature"].signer_cert]))
    assert employee.intact and employee.valid and employee.docmdp_ok
    assert employee.modification_level == ModificationLevel.FORM_FILLING
    assert manager_status.intact and manager_status.valid and manager_status.docmdp_ok
    fields = {f.get_object()["/T"]: f.get_object().get("/V") for f in reader.root["/AcroForm"]["/Fields"]}
    assert fields["ManagerComment"] == "Agreed — see you Tuesday (café)."
    assert fields["ManagerName"] == "Bob Smith"
    require_tool("pdfsig")
    report = pdfsig_report(signed)
    assert report.count("Signature is Valid.") == 2, report
    assert "Total document signed" in report


def test_manager_keeps_the_received_copy(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Kept safe.")
    try:
        [record] = manager.countersigning.received_passports()
        assert record.employee_name == "Siân Jones"
        assert record.employee_fingerprint == filled_app.identity().fingerprint
        assert record.comment == "Kept safe."
        assert manager.countersigning.received_passport_pdf(record.attachment_id) == signed.read_bytes()
        assert [e.kind for e in manager.repo.events("countersign")] == ["countersign"]
    finally:
        manager.close()


def test_second_countersignature_by_the_pinned_manager_is_acceptable(filled_app: PassportApp, tmp_path: Path) -> None:
    first_export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    filled_app.countersigning.import_countersigned(signed, trust_new_manager=True)
    filled_app.editing.set_answer("caring.effect_on_work", "Now mornings too.", shared=True)
    second_export = tmp_path / "second.pdf"
    employee_pdf(filled_app, second_export)
    second_signed = tmp_path / "second-countersigned.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(second_export), second_signed,
                                       comment="Still agreed.")
    manager.close()
    imp = filled_app.countersigning.inspect_countersigned(second_signed.read_bytes(), "second-countersigned.pdf")
    assert imp.state is ImportState.ACCEPTABLE and not imp.needs_trust
    before = len(filled_app.repo.pins())
    filled_app.countersigning.accept_countersigned(imp)
    assert len(filled_app.repo.pins()) == before
    assert len(filled_app.countersigning.countersigned_copies()) == 2


@pytest.mark.english
def test_newer_edits_since_the_export_are_reported(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    filled_app.editing.set_answer("caring.effect_on_work", "Edited after the export.", shared=True)
    imp = filled_app.countersigning.inspect_countersigned(signed.read_bytes(), "x.pdf")
    assert imp.newer_revisions == 1
    assert any("newer revision" in line for line in imp.summary())


def _cli(data_dir: Path, passphrase: str, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    secret = data_dir.parent / f"{data_dir.name}.secret"
    secret.write_text(passphrase)
    code = cli.main(["--data-dir", str(data_dir), "--passphrase-file", str(secret), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.english
def test_cli_countersign_and_import(filled_app: PassportApp, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "exported.pdf"
    employee_pdf(filled_app, export)
    employee_dir = filled_app.data_dir
    filled_app.close()
    manager_dir = tmp_path / "manager"
    code, out, err = _cli(manager_dir, MANAGER_PASSPHRASE, "init", "--name", "Bob Smith", capsys=capsys)
    assert code == 0, err
    signed = tmp_path / "signed.pdf"
    code, out, err = _cli(manager_dir, MANAGER_PASSPHRASE, "countersign", str(export), str(signed),
                          "--comment", "Agreed by CLI", capsys=capsys)
    assert code == 0, err
    assert "Siân Jones" in out and signed.exists()
    code, out, err = _cli(manager_dir, MANAGER_PASSPHRASE, "received", "list", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)[0]["comment"] == "Agreed by CLI"

    app = PassportApp.open(employee_dir, passphrase=PASSPHRASE)
    before = vault_snapshot(app)
    app.close()
    code, out, err = _cli(employee_dir, PASSPHRASE, "import", str(signed), capsys=capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "--trust-manager" in err
    app = PassportApp.open(employee_dir, passphrase=PASSPHRASE)
    assert vault_snapshot(app) == before
    fingerprint = app.countersigning.inspect_countersigned(signed.read_bytes(), "signed.pdf").manager.fingerprint
    app.close()
    assert fingerprint in err

    code, out, err = _cli(employee_dir, PASSPHRASE, "import", str(signed), "--trust-manager", capsys=capsys)
    assert code == 0, err
    assert "agreed by both" in out
    code, out, err = _cli(employee_dir, PASSPHRASE, "history", capsys=capsys)
    assert out.strip().splitlines()[-1].split()[-2] == "countersigned"  # number, date said in words, reason, hash
    code, out, err = _cli(employee_dir, PASSPHRASE, "import", str(signed), "--trust-manager", capsys=capsys)
    assert code == 1 and "already imported" in err


def test_cli_import_of_an_age_bundle_is_delegated_or_refused(filled_app: PassportApp, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "x.passport.age"
    bundle.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\nnot really\n")
    data_dir = filled_app.data_dir
    filled_app.close()
    code, out, err = _cli(data_dir, PASSPHRASE, "import", str(bundle), capsys=capsys)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "not a PDF" not in err  # handed to the bundle importer, not parsed as a PDF


def test_received_show_writes_the_kept_pdf(filled_app: PassportApp, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app, comment="Shown.")
    manager_dir = manager.data_dir
    [record] = manager.countersigning.received_passports()
    manager.close()
    out_pdf = tmp_path / "again.pdf"
    code, out, err = _cli(manager_dir, MANAGER_PASSPHRASE, "received", "show", str(record.attachment_id),
                          "--out", str(out_pdf), capsys=capsys)
    assert code == 0, err
    assert "Shown." in out and out_pdf.read_bytes() == signed.read_bytes()
    reopened = PassportApp.open(manager_dir, passphrase=MANAGER_PASSPHRASE)
    try:  # a copy of someone's passport left the vault: the log says where to
        assert f"Copy of Siân Jones's countersigned passport written to {out_pdf}" in [
            e.summary for e in reopened.repo.events("export")]
    finally:
        reopened.close()
    shutil.rmtree(manager_dir)


@pytest.mark.english
def test_manager_is_told_whether_the_employee_certificate_is_known(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    try:
        received = manager.countersigning.inspect_received(export)
        assert "same certificate" in manager.countersigning.employee_familiarity(received)
        impostor = PassportApp.create(tmp_path / "impostor", employee_name="Siân Jones",
                                      passphrase="impostor long passphrase").app
        # Same passport id, different key: what a forged copy of Siân's passport would look like.
        impostor.editing.save(filled_app.editing.passport())
        forged = tmp_path / "forged.pdf"
        employee_pdf(impostor, forged)
        impostor.close()
        received = manager.countersigning.inspect_received(forged)
        assert manager.countersigning.employee_familiarity(received).startswith("WARNING")
        manager.repo.add_pin("Siân Jones", received.employee.fingerprint, role="contact")
        assert "trust this certificate" in manager.countersigning.employee_familiarity(received)
    finally:
        manager.close()
