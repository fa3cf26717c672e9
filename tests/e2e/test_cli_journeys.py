"""The employee and the manager on two computers, through the command line.

Each person is their own ``python -m carerpassport`` process with their own HOME and data folder; only
files pass between them (see :mod:`tests.e2e.support`). Every journey ends with the employee's own vault
saying "agreed by both", and the files checked by pyHanko, poppler and the ``age`` CLI, not by the app.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.countersign_support import rsa_p12
from tests.e2e.support import (
    ANSWER,
    COMMENT,
    EMPLOYEE_NAME,
    MANAGER_NAME,
    Person,
    age_decrypt,
    age_key_file,
    assert_countersigned_file,
    employee_with_answers,
    fill_like_a_reader,
    manager,
    manager_fields,
    person,
    poppler_sign,
    pyhanko_signatures,
)

pytestmark = pytest.mark.interop


def assert_agreed(employee: Person, *, revision: int, comment: str = COMMENT, name: str = MANAGER_NAME,
                  date: str | None = None) -> None:
    """The employee's vault, reopened by a new process, records the countersignature of ``revision``."""
    day = dt.date.today()
    today = day.isoformat()  # machine fields (JSON) keep ISO; what a person reads says "1 December 2026"
    said = date or f"{day.day} {day:%B %Y}"
    history = employee.ok("history", "--json")
    revisions = json.loads(history.out)
    assert revisions[-1]["reason"] == "countersigned", revisions
    shown = employee.ok("show").out
    assert f"Countersigned by {name} on {said} (revision {revision})" in shown, shown
    assert f"Manager's comment: {comment}" in shown, shown
    assert f"Date written by the manager: {said}" in shown, shown
    data = json.loads(employee.ok("show", "--json").out)
    assert data["review"]["last_agreed"] == (date or today)
    assert data["answers"]["caring.effect_on_work"]["text"] == ANSWER
    assert f"Countersigned by {name}; agreed by both" in employee.ok("log").out


def exported(employee: Person, tmp_path: Path) -> tuple[Path, int]:
    """The employee's signed PDF (written by their own process) and the revision it carries."""
    out = tmp_path / "passport.pdf"
    result = employee.ok("export", "pdf", str(out))
    revision = int(result.out.split("revision ", 1)[1].split(",", 1)[0])
    return out, revision


def test_a_countersigned_in_manager_mode(tmp_path: Path) -> None:
    employee = employee_with_answers(tmp_path)
    boss = manager(tmp_path)
    pdf, revision = exported(employee, tmp_path)

    checked = boss.ok("verify", str(pdf)).out
    assert EMPLOYEE_NAME in checked
    signed = tmp_path / "countersigned.pdf"
    done = boss.ok("countersign", str(pdf), str(signed), "--comment", COMMENT)
    assert f"Countersigned as {MANAGER_NAME}" in done.out
    checks = assert_countersigned_file(signed)
    assert checks[0].modification == "FORM_FILLING" and checks[1].signer == MANAGER_NAME
    assert "received passport 1" in done.out and MANAGER_NAME in boss.ok("received", "show", "1").out

    refused = employee.run("import", str(signed))
    assert refused.code == 1 and "--trust-manager" in refused.err
    assert json.loads(employee.ok("history", "--json").out)[-1]["reason"] != "countersigned"
    imported = employee.ok("import", str(signed), "--trust-manager")
    assert "Recorded as agreed by both" in imported.out
    assert_agreed(employee, revision=revision)
    again = employee.run("import", str(signed), "--trust-manager")
    assert again.code == 1 and again.err.count("\n") == 1


def test_b_countersigned_with_poppler_pdfsig(tmp_path: Path) -> None:
    employee = employee_with_answers(tmp_path)
    pdf, revision = exported(employee, tmp_path)
    # The manager's computer: an ordinary reader fills the three fields, then poppler signs.
    reader_home = tmp_path / "poppler-manager"
    reader_home.mkdir()
    filled = fill_like_a_reader(pdf, reader_home / "filled.pdf", manager_fields())
    signed = poppler_sign(reader_home, filled, tmp_path / "countersigned-poppler.pdf",
                          rsa_p12(reader_home, MANAGER_NAME))
    assert_countersigned_file(signed)

    imported = employee.run("import", str(signed), "--trust-manager")
    assert imported.code == 0, imported.err
    assert_agreed(employee, revision=revision)


def test_c_countersigned_with_pyhanko_cli(tmp_path: Path) -> None:
    pyhanko = Path(sys.executable).with_name("pyhanko")
    if not pyhanko.exists():
        message = "pyhanko's command line (pyhanko-cli, in the test extras) is not installed"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    employee = employee_with_answers(tmp_path)
    pdf, revision = exported(employee, tmp_path)
    signer_home = tmp_path / "pyhanko-manager"
    signer_home.mkdir()
    filled = fill_like_a_reader(pdf, signer_home / "filled.pdf", manager_fields())
    p12 = rsa_p12(signer_home, MANAGER_NAME)
    passfile = signer_home / "p12-pass"
    passfile.write_text("p12-pass")
    signed = tmp_path / "countersigned-pyhanko.pdf"
    done = subprocess.run([str(pyhanko), "sign", "addsig", "--field", "ManagerSignature", "--existing-only",
                           "--reason", "Countersigned by the line manager", "pkcs12", "--passfile", str(passfile),
                           str(filled), str(signed), str(p12)], capture_output=True, text=True, timeout=120,
                          cwd=signer_home)
    assert done.returncode == 0, done.stderr
    assert_countersigned_file(signed)

    imported = employee.run("import", str(signed), "--trust-manager")
    assert imported.code == 0, imported.err
    assert_agreed(employee, revision=revision)


def test_d_bundle_to_the_managers_card_and_back(tmp_path: Path) -> None:
    employee = employee_with_answers(tmp_path)
    boss = manager(tmp_path)
    # Cards are swapped (by e-mail, say) and each fingerprint is compared by phone.
    boss_card, employee_card = tmp_path / "manager.card", tmp_path / "employee.card"
    boss.ok("identity", "--export-card", str(boss_card))
    employee.ok("identity", "--export-card", str(employee_card))
    assert MANAGER_NAME in employee.ok("contacts", "add", str(boss_card)).out
    assert EMPLOYEE_NAME in boss.ok("contacts", "add", str(employee_card)).out

    bundle = tmp_path / "passport.passport.age"
    sent = employee.ok("export", "bundle", str(bundle), "--to", str(boss_card), "--purpose", "Our meeting")
    assert f"encrypted to {MANAGER_NAME}" in sent.out
    members = _age_members(bundle, age_key_file(boss))
    assert set(members) == {"manifest.json", "passport.json", "passport.pdf"}
    assert json.loads(members["passport.json"])["answers"]["caring.effect_on_work"]["text"] == ANSWER

    opened = boss.ok("import", str(bundle))
    assert "received passport" in opened.out
    records = json.loads(boss.ok("received", "list", "--json").out)
    [kept] = records
    received_pdf = tmp_path / "from-bundle.pdf"
    boss.ok("received", "show", str(kept["attachment_id"]), "--out", str(received_pdf))
    signed = tmp_path / "countersigned.pdf"
    boss.ok("countersign", str(received_pdf), str(signed), "--comment", COMMENT)
    countersigned_id = max(r["attachment_id"] for r in json.loads(boss.ok("received", "list", "--json").out))
    back = tmp_path / "countersigned.passport.age"
    boss.ok("export", "bundle", str(back), "--received", str(countersigned_id), "--to", EMPLOYEE_NAME)

    returned = _age_members(back, age_key_file(employee))
    returned_pdf = tmp_path / "returned.pdf"
    returned_pdf.write_bytes(returned["passport.pdf"])
    assert_countersigned_file(returned_pdf)

    # The employee trusted the manager's card already, so neither the sender nor the certificate is new.
    imported = employee.ok("import", str(back))
    assert "(a trusted contact)" in imported.out and "agreed by both" in imported.out
    assert_agreed(employee, revision=json.loads(members["manifest.json"])["revision"])


def _age_members(bundle: Path, key: Path) -> dict[str, bytes]:
    """The members of a bundle, decrypted by the ``age`` CLI."""
    plain = age_decrypt(bundle, key)
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        return {m.name: archive.extractfile(m).read() for m in archive.getmembers()}  # type: ignore[union-attr]


def test_e_backup_restored_on_a_new_computer_still_countersigns(tmp_path: Path) -> None:
    employee = employee_with_answers(tmp_path)
    code = (employee.home / "recovery-code.txt").read_text(encoding="utf-8")
    backup = tmp_path / "vault-backup.passport.age"
    employee.ok("backup", str(backup), env={"CARERPASSPORT_RECOVERY_CODE": code})
    members = _age_members(backup, _recovery_key_file(code, tmp_path / "recovery-age-key.txt"))
    assert {"manifest.json", "vault.db", "keyslots.json"} <= set(members), sorted(members)

    # A new computer: a new HOME, no keyring, nothing but the backup file and the recovery code.
    laptop = person(tmp_path, "employee-new-laptop")
    laptop.env["CARERPASSPORT_PASSPHRASE"] = employee.env["CARERPASSPORT_PASSPHRASE"]
    restored = laptop.ok("restore", str(backup), env={"CARERPASSPORT_RECOVERY_CODE": code})
    assert "Restored the vault" in restored.out
    shown = json.loads(laptop.ok("show", "--json").out)
    assert shown["answers"]["caring.effect_on_work"]["text"] == ANSWER
    assert shown["employee"]["name"] == EMPLOYEE_NAME
    assert laptop.ok("identity").out == employee.ok("identity").out  # the same signing identity came back

    boss = manager(tmp_path)
    pdf, revision = exported(laptop, tmp_path)
    signed = tmp_path / "countersigned.pdf"
    boss.ok("countersign", str(pdf), str(signed), "--comment", COMMENT)
    assert_countersigned_file(signed)
    laptop.ok("import", str(signed), "--trust-manager")
    assert_agreed(laptop, revision=revision)
    assert pyhanko_signatures(signed)[0].signer == EMPLOYEE_NAME


def _recovery_key_file(code: str, path: Path) -> Path:
    """The age key a backup made to ``code`` is encrypted to (derived from the code's 128 bits), for ``age -i``."""
    from carerpassport.exchange.backup import recovery_identity
    from carerpassport.vault.keyslots import RecoveryCode

    path.write_text(recovery_identity(RecoveryCode.parse(code).secret) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path
