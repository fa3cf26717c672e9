"""A manager's held passports through the command line, each command a fresh process with the manager's own
HOME and data folder: ``init --role``, ``received list|show|delete``, and their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.support import ANSWER, COMMENT, EMPLOYEE_NAME, MANAGER_NAME, employee_with_answers, person

pytestmark = pytest.mark.interop


def test_init_role_then_held_passports_listed_shown_and_deleted(tmp_path: Path) -> None:
    employee = employee_with_answers(tmp_path)
    pdf = tmp_path / "passport.pdf"
    employee.ok("export", "pdf", str(pdf))

    boss = person(tmp_path, "manager")
    assert boss.run("init", "--name", MANAGER_NAME, "--role", "boss").code == 2  # usage: not a role
    created = boss.ok("init", "--name", MANAGER_NAME, "--role", "manager")
    assert "received list" in created.out
    assert "You hold no passports yet" in boss.ok("received", "list").out
    boss.ok("countersign", str(pdf), str(tmp_path / "signed.pdf"), "--comment", COMMENT)

    [held] = json.loads(boss.ok("received", "list", "--json").out)
    assert (held["employee_name"], held["status"], held["comment"]) == (EMPLOYEE_NAME, "countersigned", COMMENT)
    assert isinstance(held["revision"], int)
    listed = boss.ok("received", "list").out
    assert EMPLOYEE_NAME in listed and "Countersigned" in listed and f"rev {held['revision']}" in listed
    shown = boss.ok("received", "show", str(held["held_id"])).out
    # what the reader shows, as text: the verdict, the answers, the actions with status, both signatures
    assert ANSWER in shown and "- Start at 10:00 on Tuesdays (Flexible working; Proposed)" in shown, shown
    assert f"Line manager's signature: {MANAGER_NAME}" in shown and f"Comment: {COMMENT}" in shown
    assert shown.splitlines()[3].startswith("Verdict: Agreed by both") and "Status: Countersigned" in shown
    kept = shown.splitlines()[1]  # kept since: this computer's local time, as the GUI says it
    assert "; kept since " in kept and " at " in kept and "UTC" not in kept, kept
    assert json.loads(boss.ok("received", "show", str(held["held_id"]), "--json").out)["passport"]["answers"][
        "caring.effect_on_work"]["text"] == ANSWER

    missing = boss.run("received", "show", "999")
    assert missing.code == 1 and missing.err.strip().splitlines() == [
        "carerpassport: There is no held passport 999; see 'carerpassport received list'."]
    unsure = boss.run("received", "delete", str(held["held_id"]))
    assert unsure.code == 1 and "--yes" in unsure.err and len(unsure.err.strip().splitlines()) == 1
    assert len(json.loads(boss.ok("received", "list", "--json").out)) == 1  # nothing deleted without --yes

    deleted = boss.ok("received", "delete", str(held["held_id"]), "--yes")
    assert f"Deleted your copy of {EMPLOYEE_NAME}'s passport" in deleted.out
    assert json.loads(boss.ok("received", "list", "--json").out) == []
    log = boss.ok("log").out
    assert f"Deleted your copy of {EMPLOYEE_NAME}'s passport" in log and ANSWER not in log
    assert boss.run("received", "delete", str(held["held_id"]), "--yes").code == 1


def test_init_without_a_role_keeps_the_employee_start(tmp_path: Path) -> None:
    someone = person(tmp_path, "employee")
    created = someone.ok("init", "--name", EMPLOYEE_NAME)
    assert "received list" not in created.out and "Your recovery code" in created.out
