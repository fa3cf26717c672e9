"""The whole journey through the desktop app, each person in their own fresh interpreter.

The employee's GUI makes a vault on first run, answers and shares a question, and exports the signed
PDF; the manager's GUI (another process, another HOME) countersigns it through Manager › Countersign;
the employee's command line then imports the countersigned file as agreed. Each GUI runs offscreen in
``tests/e2e/gui_driver.py``, which works the real widgets (typing, clicks, menus, file dialogs).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from carerpassport.domain.dates import readable_date
from carerpassport.domain.review import default_next_review
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
    gui_driver,
    manager,
    person,
)

pytestmark = pytest.mark.interop
GUI_ANSWER = "Caring for my dad (Łódź, weekends); I may need to leave at short notice — Siân."


def run_gui(someone: Person, role: str, *args: str) -> str:
    """Run the app's window for ``someone`` in a new interpreter; returns what the driver printed."""
    secret = someone.home / "gui-passphrase"
    secret.write_text(someone.env["CARERPASSPORT_PASSPHRASE"], encoding="utf-8")
    env = {**someone.env, "QT_QPA_PLATFORM": "offscreen", "CARERPASSPORT_HOME": str(someone.data_dir)}
    done = subprocess.run([*gui_driver(), role, "--passphrase-file", str(secret), *args],
                          capture_output=True, text=True, timeout=300, env={**os.environ, **env})
    assert done.returncode == 0, f"{role}'s GUI failed:\n{done.stderr[-4000:]}"
    assert done.stdout.rstrip().endswith("done"), done.stdout
    return done.stdout


def test_employee_gui_and_manager_gui_then_the_employee_imports(tmp_path: Path) -> None:
    employee, boss = person(tmp_path, "employee"), person(tmp_path, "manager")
    exported = tmp_path / "passport.pdf"
    said = run_gui(employee, "employee", "--name", EMPLOYEE_NAME, "--manager", MANAGER_NAME, "--answer", GUI_ANSWER,
                   "--out", str(exported))
    code = said.split("recovery_code=", 1)[1].split()[0]
    # The recovery code first run showed opens the vault too (a new process, no passphrase).
    by_code = employee.ok("show", "--json", env={"CARERPASSPORT_PASSPHRASE": code})
    assert json.loads(by_code.out)["employee"]["name"] == EMPLOYEE_NAME
    # What the GUI saved is in the vault, read back by a new command-line process.
    shown = json.loads(employee.ok("show", "--json").out)
    assert shown["employee"]["name"] == EMPLOYEE_NAME and shown["manager"]["name"] == MANAGER_NAME
    assert shown["answers"]["caring.effect_on_work"] == {"text": GUI_ANSWER, "shared": True}
    checked = employee.ok("verify", str(exported)).out
    assert "Shared:         1 answer" in checked

    signed = tmp_path / "passport-countersigned.pdf"
    run_gui(boss, "manager", "--name", MANAGER_NAME, "--comment", COMMENT, "--in", str(exported), "--out", str(signed))
    checks = assert_countersigned_file(signed)
    assert checks[1].signer == MANAGER_NAME
    kept = json.loads(boss.ok("received", "list", "--json").out)
    assert [r["employee_name"] for r in kept] == [EMPLOYEE_NAME]

    imported = employee.ok("import", str(signed), "--trust-manager")
    assert f"Manager's comment: {COMMENT}" in imported.out and "agreed by both" in imported.out
    assert json.loads(employee.ok("history", "--json").out)[-1]["reason"] == "countersigned"
    assert f"Countersigned by {MANAGER_NAME} on" in employee.ok("show").out


def _no_plain_copy_under(home: Path, *secrets: bytes) -> None:
    """Nothing under ``home`` (the manager's HOME: vault, settings, caches) holds ``secrets`` in the clear."""
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret in data for secret in secrets), f"{path} holds passport content in the clear"


def test_a_managers_first_run_open_a_pdf_read_countersign_then_delete_my_copy(tmp_path: Path) -> None:
    employee, boss = employee_with_answers(tmp_path), person(tmp_path, "manager")
    exported = tmp_path / "passport.pdf"
    employee.ok("export", "pdf", str(exported))
    signed = tmp_path / "passport-countersigned.pdf"
    said = run_gui(boss, "held", "--name", MANAGER_NAME, "--comment", COMMENT, "--in", str(exported),
                   "--out", str(signed), "--delete")
    assert ANSWER in said.split("reader_shows=", 1)[1].split("\n", 1)[0]  # the reader showed the answer
    assert "held=Countersigned" in said and "deleted=Deleted your copy of" in said
    checks = assert_countersigned_file(signed)
    assert checks[1].signer == MANAGER_NAME

    # A new process reads the manager's vault: the copy is gone, the log says it was deleted, nothing more.
    assert json.loads(boss.ok("received", "list", "--json").out) == []
    log = boss.ok("log").out
    assert f"Deleted your copy of {EMPLOYEE_NAME}'s passport" in log and ANSWER not in log
    _no_plain_copy_under(boss.home, ANSWER.encode("utf-8"), signed.read_bytes()[:4096][-512:])
    imported = employee.ok("import", str(signed), "--trust-manager")  # the employee's copy is unaffected
    assert "agreed by both" in imported.out


def test_a_bundle_in_read_countersigned_and_sent_back_then_the_employee_imports_it(tmp_path: Path) -> None:
    employee, boss = employee_with_answers(tmp_path), person(tmp_path, "manager")
    bundle = tmp_path / "for-manager.passport.age"
    sent = employee.ok("export", "bundle", str(bundle), "--passphrase", "--generate-passphrase").out
    secret = tmp_path / "bundle-passphrase"  # what the employee tells the manager by phone
    secret.write_text(sent.split("bits):", 1)[1].strip().splitlines()[0].strip(), encoding="utf-8")
    back = tmp_path / "countersigned.passport.age"
    said = run_gui(boss, "held", "--name", MANAGER_NAME, "--comment", COMMENT, "--bundle-in", str(bundle),
                   "--bundle-passphrase-file", str(secret), "--out", str(tmp_path / "signed.pdf"),
                   "--bundle-out", str(back))
    assert ANSWER in said and "held=Countersigned" in said
    [held] = json.loads(boss.ok("received", "list", "--json").out)
    assert (held["status"], held["source"], held["comment"]) == ("countersigned", "bundle", COMMENT)

    # Encrypted to the employee (the key that came inside their bundle): their own age key opens it.
    plaintext = age_decrypt(back, age_key_file(employee))  # by the age CLI, not by the app
    assert b"passport.pdf" in plaintext and b"manifest.json" in plaintext
    imported = employee.ok("import", str(back), "--trust-sender", "--trust-manager")
    assert "Recorded as agreed by both" in imported.out
    assert json.loads(employee.ok("history", "--json").out)[-1]["reason"] == "countersigned"
    shown = employee.ok("show").out
    assert f"Countersigned by {MANAGER_NAME} on" in shown

    # The outcome the employee worked for: agreed with the name in the manager's certificate, and when the
    # next review is (the rule the manager's list used), in `show` and on the Passport page of their app.
    agreed_on = dt.date.fromisoformat(held["countersigned_on"])
    review = held["next_review"] or default_next_review(agreed_on).isoformat()
    status = (f"Agreed with {MANAGER_NAME} on {readable_date(agreed_on)} — next review by "
              f"{readable_date(dt.date.fromisoformat(review))}")
    assert shown.splitlines()[3] == status + ".", shown[:400]
    said = run_gui(employee, "outcome", "--name", EMPLOYEE_NAME)
    assert f"agreement_line=✓ {status}." in said, said
    assert "first_steps=gone" in said  # written, shared, exported, imported back: nothing left to do
def test_the_manager_reads_cancels_with_a_comment_and_finds_it_again_in_a_new_session(tmp_path: Path) -> None:
    """The employee's command line exports; the manager's GUI opens the PDF, reads it, writes a comment and
    cancels (twice: the comment is back the second time); the manager quits; a new GUI process unlocks the
    vault, opens the same PDF, finds the comment there and countersigns with it."""
    employee, boss = employee_with_answers(tmp_path), manager(tmp_path)
    exported = tmp_path / "passport.pdf"
    employee.ok("export", "pdf", str(exported))
    run_gui(boss, "manager-draft", "--unlock", "--name", MANAGER_NAME, "--comment", COMMENT, "--in", str(exported),
            "--expect-answer", ANSWER)
    assert json.loads(boss.ok("received", "list", "--json").out) == []  # cancelled: nothing signed or kept

    signed = tmp_path / "passport-countersigned.pdf"
    run_gui(boss, "manager", "--unlock", "--comment-kept", "--name", MANAGER_NAME, "--comment", COMMENT,
            "--in", str(exported), "--out", str(signed), "--expect-answer", ANSWER)
    assert_countersigned_file(signed)
    imported = employee.ok("import", str(signed), "--trust-manager")
    assert f"Manager's comment: {COMMENT}" in imported.out and "agreed by both" in imported.out
