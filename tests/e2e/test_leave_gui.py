"""Carer's leave planned in the desktop app, in a fresh interpreter (``gui_driver.py leave``), then read back
by fresh command-line processes: the log, the balance, the late and postponement flags, the notice PDF
(its text, with poppler's pdftotext) and the sharing record; and no canary anywhere under the HOME."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from carerpassport.domain.dates import readable_date
from carerpassport.domain.working_pattern import hours_text
from tests.e2e.leave_gui_steps import late_day, on_time_days, postponed_day
from tests.e2e.support import EMPLOYEE_NAME, MANAGER_NAME, gui_driver, person
from tests.pdf_support import pdf_text

pytestmark = pytest.mark.interop
ANSWER_CANARY = "CANARY-ANSWER-7f3a my mother's dialysis"
NOTE_CANARY = "CANARY-NOTE-19c2 ask Dr Patel"


def test_leave_planned_postponed_and_noticed_in_the_gui(tmp_path: Path) -> None:
    employee = person(tmp_path, "employee")
    secret = employee.home / "gui-passphrase"
    secret.write_text(employee.env["CARERPASSPORT_PASSPHRASE"], encoding="utf-8")
    (employee.home / "Documents").mkdir()
    out = employee.home / "Documents" / "carers-leave-notice.pdf"
    env = {**os.environ, **employee.env, "QT_QPA_PLATFORM": "offscreen", "CARERPASSPORT_HOME": str(employee.data_dir)}
    today = dt.date.today()
    done = subprocess.run([*gui_driver(), "leave", "--passphrase-file", str(secret), "--name",
                           EMPLOYEE_NAME, "--manager", MANAGER_NAME, "--answer", ANSWER_CANARY,
                           "--comment", NOTE_CANARY, "--out", str(out)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stdout.rstrip().endswith("done"), done.stdout
    said = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert said["late"].startswith("Notice is late: it needed 3 days"), said
    assert "go past" in said["postponed"] and "within one month" in said["postponed"], said
    assert "not a legal right in Northern Ireland" in said["northern_ireland"], said

    # The log, read by a fresh process: the late one postponed past a month, the first in time.
    first, second = on_time_days(today)
    listed = {e["days"][0]["on"]: e for e in json.loads(employee.ok("leave", "list", "--json").out)}
    assert set(listed) == {first.isoformat(), postponed_day(today).isoformat()}
    on_time, moved = listed[first.isoformat()], listed[postponed_day(today).isoformat()]
    assert [(d["on"], d["part"]) for d in on_time["days"]] == [(first.isoformat(), "whole"),
                                                              (second.isoformat(), "half")]
    assert (on_time["status"], on_time["dependant"], on_time["notice"]["late"]) == ("planned", "parent", False)
    assert on_time["notice"]["latest"] == (first - dt.timedelta(days=4)).isoformat()
    assert on_time["note"] == NOTE_CANARY  # the private note is kept, for the employee only
    assert (moved["status"], moved["notice"]["late"], moved["notice"]["required_days"]) == ("postponed", True, 3)
    assert [d["on"] for d in moved["original_days"]] == [late_day(today).isoformat()]
    text_list = employee.ok("leave", "list").out
    assert "Notice is late" in text_list and f"asked for: {describe_day_of(late_day(today))}" in text_list

    # The balance over the 12 months ending after the last day: 7 h a day, 4 days a week is 28 hours.
    on = postponed_day(today) + dt.timedelta(days=7)
    balance = employee.ok("leave", "balance", "--on", on.isoformat()).out
    assert f"Entitlement: one week = {hours_text(28)}" in balance
    assert f"Used (taken): {hours_text(0)}" in balance
    assert f"Booked (planned, not yet taken): {hours_text(7 * 1.5 + 7)}" in balance
    assert f"Remaining: {hours_text(28 - 17.5)}" in balance
    assert "England or Wales" in employee.ok("jurisdiction").out

    # The notice PDF: the days, and nothing private.
    text = " ".join(pdf_text(out).split())
    assert describe_day_of(first) in text and f"{describe_day_of(second)} (half day)" in text, text
    assert EMPLOYEE_NAME in text and MANAGER_NAME in text
    assert "CANARY" not in text and "A parent" not in text
    shares = json.loads(employee.ok("shares", "--json").out)
    assert [s["format"] for s in shares] == ["leave_notice_pdf"], shares

    # No canary in plaintext in any file the app left under the HOME (the vault, settings, the PDF, caches).
    for path in employee.home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"CANARY" not in data and "CANARY".encode("utf-16-le") not in data, path


def describe_day_of(day: dt.date) -> str:
    """How the notice and the list name a whole day (``Monday 9 March 2026``)."""
    return f"{day.strftime('%A')} {readable_date(day)}"
