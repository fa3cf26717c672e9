"""Files written by an earlier version (``tests/data/golden/``) are still read, each in a fresh process.

The employee's vault comes back from the golden backup into a new data folder; the countersigned
copies are imported into it; the bundle is opened by the manager's vault (restored from its golden
backup) and by the ``age`` CLI with the manager's key; the identity card is added by a new manager.
The values (passphrases, recovery codes, revision) are in ``tests/data/golden/README.md``.
"""

from __future__ import annotations

import glob
import io
import json
import re
import shutil
import tarfile
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.e2e.support import (
    COMMENT,
    EMPLOYEE_NAME,
    MANAGER_NAME,
    Person,
    age_decrypt,
    assert_countersigned_file,
    person,
    pyhanko_signatures,
)

pytestmark = pytest.mark.interop
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"


def readme_value(label: str) -> str:
    """The value in the README's table row that starts with ``label``."""
    text = (GOLDEN / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^\| {re.escape(label)}[^|]*\| `?([^`|]+?)`? \|$", text, re.MULTILINE)
    assert match, f"README.md has no row {label!r}"
    return match.group(1)


REVISION = int(readme_value("revision exported"))
PASSPORT_ID = readme_value("passport id")


def golden(tmp_path: Path, name: str) -> Path:
    """A copy of a golden file (tests never touch the committed ones)."""
    copy = tmp_path / name
    shutil.copyfile(GOLDEN / name, copy)
    return copy


def restored(tmp_path: Path, who: str, backup: str, passphrase_row: str, code_row: str) -> Person:
    """A new computer (fresh HOME, empty data folder) with the vault restored from a golden backup."""
    someone = person(tmp_path, who)
    someone.env["CARERPASSPORT_PASSPHRASE"] = readme_value(passphrase_row)
    done = someone.ok("restore", str(golden(tmp_path, backup)), env={"CARERPASSPORT_RECOVERY_CODE":
                                                                     readme_value(code_row)})
    assert "Restored the vault" in done.out
    return someone


def restored_employee(tmp_path: Path) -> Person:
    return restored(tmp_path, "employee", "employee-backup.passport.age", "employee's vault passphrase",
                    "employee's recovery code")


def test_the_backup_restores_the_employees_vault(tmp_path: Path) -> None:
    employee = restored_employee(tmp_path)
    shown = json.loads(employee.ok("show", "--json").out)
    assert shown["id"] == PASSPORT_ID and shown["employee"]["name"] == EMPLOYEE_NAME
    assert shown["answers"]["caring.how_managing"]["shared"] is False
    assert shown["actions"][0]["status"] == "agreed"
    assert len(json.loads(employee.ok("history", "--json").out)) == REVISION
    assert readme_value("employee's signing fingerprint") in employee.ok("identity").out


def test_the_export_verifies_and_can_still_be_countersigned(tmp_path: Path) -> None:
    exported = golden(tmp_path, "passport.pdf")
    stranger = person(tmp_path, "anyone")  # no vault: checks the file alone
    checked = stranger.ok("verify", str(exported)).out
    assert EMPLOYEE_NAME in checked and f"revision {REVISION}" in checked
    assert "Tired, but managing" not in checked  # the private answer was never exported
    [employee_signature] = pyhanko_signatures(exported)
    assert employee_signature.intact and employee_signature.valid

    employee = restored_employee(tmp_path)
    boss = person(tmp_path, "new-manager")
    boss.ok("init", "--name", MANAGER_NAME)
    signed = tmp_path / "countersigned-now.pdf"
    boss.ok("countersign", str(exported), str(signed), "--comment", COMMENT)
    assert_countersigned_file(signed)
    employee.ok("import", str(signed), "--trust-manager")
    assert f"Countersigned by {MANAGER_NAME} on" in employee.ok("show").out


def test_the_app_countersigned_copy_imports_as_agreed(tmp_path: Path) -> None:
    signed = golden(tmp_path, "countersigned-app.pdf")
    assert_countersigned_file(signed)
    employee = restored_employee(tmp_path)
    done = employee.ok("import", str(signed), "--trust-manager")
    assert f"Manager's comment: {COMMENT}" in done.out
    assert readme_value("manager's signing fingerprint") in done.out
    shown = employee.ok("show").out
    assert f"Countersigned by {MANAGER_NAME} on" in shown and f"(revision {REVISION})" in shown
    assert json.loads(employee.ok("history", "--json").out)[-1]["reason"] == "countersigned"


def test_the_poppler_countersigned_copy_imports_after_checking(tmp_path: Path) -> None:
    """Today's rule: a poppler countersignature is "signed externally", accepted only when asked."""
    signed = golden(tmp_path, "countersigned-poppler.pdf")
    assert_countersigned_file(signed)
    employee = restored_employee(tmp_path)
    done = employee.ok("import", str(signed), "--trust-manager", "--accept-external")
    assert f"Manager's comment: {COMMENT}" in done.out
    assert f"Manager's comment: {COMMENT}" in employee.ok("show").out


def test_the_poppler_countersigned_copy_imports_with_only_trust(tmp_path: Path) -> None:
    signed = golden(tmp_path, "countersigned-poppler.pdf")
    employee = restored_employee(tmp_path)
    done = employee.run("import", str(signed), "--trust-manager")
    assert done.code == 0, done.err
    assert f"Countersigned by {MANAGER_NAME} on" in employee.ok("show").out


def test_the_bundle_opens_with_the_age_cli_and_in_the_managers_vault(tmp_path: Path) -> None:
    bundle = golden(tmp_path, "passport-to-manager.passport.age")
    key = golden(tmp_path, "manager-age-key.txt")
    key.chmod(0o600)
    with tarfile.open(fileobj=io.BytesIO(age_decrypt(bundle, key))) as archive:
        members = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}  # type: ignore[union-attr]
    assert set(members) == {"manifest.json", "passport.json", "passport.pdf"}
    shared = json.loads(members["passport.json"])
    assert shared["id"] == PASSPORT_ID and "caring.how_managing" not in shared["answers"]

    boss = restored(tmp_path, "manager", "manager-backup.passport.age", "manager's vault passphrase",
                    "manager's recovery code")
    opened = boss.ok("import", str(bundle))
    assert "a trusted contact" in opened.out and "received passport" in opened.out
    [kept] = json.loads(boss.ok("received", "list", "--json").out)
    assert kept["employee_name"] == EMPLOYEE_NAME and kept["passport_id"] == PASSPORT_ID


def test_the_identity_card_is_added_by_a_new_manager(tmp_path: Path) -> None:
    boss = person(tmp_path, "manager")
    boss.ok("init", "--name", MANAGER_NAME)
    added = boss.ok("contacts", "add", str(golden(tmp_path, "employee.card")))
    assert f"Trusted {EMPLOYEE_NAME}" in added.out
    assert readme_value("employee's signing fingerprint") in added.out
    employee = person(tmp_path, "employee")
    employee.ok("init", "--name", EMPLOYEE_NAME)
    assert f"Trusted {MANAGER_NAME}" in employee.ok("contacts", "add", str(golden(tmp_path, "manager.card"))).out


def years_later(years: int) -> dict[str, str]:
    """Environment that runs a process with its clock ``years`` ahead (libfaketime, Debian ``faketime``)."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        message = "libfaketime is not installed (make test installs it: bash .ci/system-packages test)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return {"LD_PRELOAD": found[0], "FAKETIME": f"+{years}y", "FAKETIME_DONT_FAKE_MONOTONIC": "1"}


def test_fifteen_years_on_the_files_still_read(tmp_path: Path) -> None:
    """Past the identity certificates' ten years: what was signed then still verifies and imports, so a
    passport agreed years ago is not lost when certificates age."""
    later = years_later(15)
    anyone = person(tmp_path, "anyone")
    assert "Intact:         yes" in anyone.ok("verify", str(golden(tmp_path, "passport.pdf")), env=later).out
    employee = person(tmp_path, "employee")
    employee.env["CARERPASSPORT_PASSPHRASE"] = readme_value("employee's vault passphrase")
    employee.ok("restore", str(golden(tmp_path, "employee-backup.passport.age")),
                env={**later, "CARERPASSPORT_RECOVERY_CODE": readme_value("employee's recovery code")})
    done = employee.ok("import", str(golden(tmp_path, "countersigned-app.pdf")), "--trust-manager", env=later)
    assert "agreed by both" in done.out
    logged = employee.ok("log", env=later).out.splitlines()[-1]
    # "27 November 2041 12:00 UTC  countersigned ...": it really ran in the future
    assert "Countersigned by" in logged and int(logged.split()[2]) >= 2040, logged
