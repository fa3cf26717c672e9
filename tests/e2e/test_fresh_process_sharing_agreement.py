"""The sharing agreement honoured between two people, each a fresh process with their own HOME and vault.

The employee's agreement says HR should never be given the passport: ``export pdf --for hr`` is refused
(exit 1, one line, no file) and the refusal is in the log; with ``--confirm-outside-agreement`` the file is
written and the confirmation logged. The manager countersigns the copy meant for them (which carries the
agreement: keep it until the next review); ``received list`` says nothing the day before the review,
and on the day and after reminds them to delete it; ``received show`` prints the agreement.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli_runner import Result
from tests.e2e.support import Person, employee_with_answers, manager

REPO = Path(__file__).resolve().parents[2]
REVIEW = "2027-03-01"

#: Sets the employee's agreement in their vault from a separate process (the agreement's own editor and
#: command are another area's; the model is what this journey needs).
SET_AGREEMENT = """
import dataclasses, os, sys
from pathlib import Path
from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, SharingAgreement
app = PassportApp.open(Path(sys.argv[1]), passphrase=os.environ["CARERPASSPORT_PASSPHRASE"])
agreement = SharingAgreement(keep_until=KeepUntil.NEXT_REVIEW, shared=True)
for rule in agreement.rules:
    if rule.kind.value == "occupational_health":
        rule.permission, rule.purpose = Permission.FOR_PURPOSE, "a referral I ask for"
app.editing.save(dataclasses.replace(app.editing.passport(), sharing_agreement=agreement))
app.close()
"""


def in_process_of(someone: Person, script: str) -> None:
    done = subprocess.run([sys.executable, "-c", script, str(someone.data_dir)], capture_output=True, text=True,
                          env={**os.environ, **someone.env}, timeout=60)
    assert done.returncode == 0, done.stderr


def on_day(someone: Person, day: str, *args: str) -> Result:
    """``carerpassport ARGS`` as a fresh process whose today is ``day`` (see tests/e2e/on_day.py)."""
    env = {**os.environ, **someone.env, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "tests.e2e.on_day", day, f"--data-dir={someone.data_dir}", *args],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def test_export_outside_the_agreement_is_refused_then_confirmed_and_the_held_copy_reminds(tmp_path: Path) -> None:
    emp = employee_with_answers(tmp_path)
    emp.ok("review", "start")
    emp.ok("review", "done", "--next", REVIEW)
    in_process_of(emp, SET_AGREEMENT)

    for_hr = tmp_path / "for-hr.pdf"
    refused = emp.run("export", "pdf", str(for_hr), "--for", "hr")
    assert refused.code == 1 and refused.out == ""
    (line,) = refused.err.splitlines()
    assert "HR should never be given your passport" in line and "Nothing was written" in line
    assert not for_hr.exists() and not list(tmp_path.glob("*.tmp*"))
    assert "sharing_refused" in emp.ok("log").out
    assert "Refused: not confirmed (a signed PDF for HR, outside the sharing agreement)" in emp.ok("log").out

    emp.ok("export", "pdf", str(for_hr), "--for", "hr", "--confirm-outside-agreement")
    assert for_hr.read_bytes()[:5] == b"%PDF-"
    log = emp.ok("log").out
    assert "Shared outside the sharing agreement, confirmed (a signed PDF for HR)" in log
    assert any("HR" in line and "pdf" in line for line in emp.ok("shares").out.splitlines())

    # Allowed for a stated purpose: no question asked, nothing extra logged.
    emp.ok("export", "pdf", str(tmp_path / "for-oh.pdf"), "--for", "occupational-health")
    assert emp.ok("log").out.count("outside the sharing agreement") == 2

    for_manager = tmp_path / "for-manager.pdf"
    emp.ok("export", "pdf", str(for_manager))
    mgr = manager(tmp_path)
    mgr.ok("countersign", str(for_manager), str(tmp_path / "countersigned.pdf"), "--comment", "Happy to support.")

    before = on_day(mgr, "2027-02-28", "received", "list")
    assert before.code == 0, before.err
    assert "Siân Jones" in before.out and "Delete" not in before.out
    on_the_day = on_day(mgr, REVIEW, "received", "list")
    assert ("The agreement says to keep this copy until the review on 1 March 2027; that date is today."
            in on_the_day.out)
    after = on_day(mgr, "2027-03-02", "received", "list")
    assert "until the review on 1 March 2027; that date has passed." in after.out
    assert "carerpassport received delete 1 --yes" in after.out

    shown = mgr.ok("received", "show", "1").out
    assert "Occupational health: Yes, for a stated purpose: a referral I ask for" in shown
    assert "HR: Never" in shown and "Keep this copy until the review on 1 March 2027." in shown
