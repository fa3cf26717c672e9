"""A flexible-working request made in the desktop app, in a fresh interpreter (``gui_driver.py flexible``),
then read back by fresh command-line processes and checked by pyHanko and poppler's pdfsig."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from carerpassport.domain.dates import readable_date
from carerpassport.domain.flexible_working import period_end
from tests.conftest import require_tool
from tests.e2e.support import EMPLOYEE_NAME, MANAGER_NAME, gui_driver, person
from tests.pdf_support import employee_status, pdf_text

pytestmark = pytest.mark.interop
ANSWER = "I take my mother to dialysis on Tuesday mornings."
CHANGE = "Start at 11:00 on Tuesdays and make the time up on Thursdays."


def test_request_drafted_saved_and_sent_in_the_gui(tmp_path: Path) -> None:
    employee = person(tmp_path, "employee")
    secret = employee.home / "gui-passphrase"
    secret.write_text(employee.env["CARERPASSPORT_PASSPHRASE"], encoding="utf-8")
    out = tmp_path / "request.pdf"
    env = {**os.environ, **employee.env, "QT_QPA_PLATFORM": "offscreen", "CARERPASSPORT_HOME": str(employee.data_dir)}
    done = subprocess.run([*gui_driver(), "flexible", "--passphrase-file", str(secret), "--name",
                           EMPLOYEE_NAME, "--manager", MANAGER_NAME, "--answer", ANSWER, "--change", CHANGE,
                           "--out", str(out)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stdout.rstrip().endswith("done"), done.stdout

    assert employee_status(out.read_bytes())[1].bottom_line
    report = subprocess.run([require_tool("pdfsig"), "-no-ocsp", str(out)], capture_output=True, text=True, timeout=60)
    assert "Signature Validation: Signature is Valid." in report.stdout
    text = " ".join(pdf_text(out).split())
    assert ANSWER in text and CHANGE in text and "Part 8A of the Employment Rights Act 1996" in text

    listed = json.loads(employee.ok("flexible-request", "list", "--json").out)
    today = dt.date.today()
    assert [(r["status"], r["sent_on"], r["delivery"]) for r in listed] == [
        ("Waiting for a decision", today.isoformat(), "email")]
    shown = employee.ok("flexible-request", "show", listed[0]["id"][:8]).out
    assert f"due by {readable_date(period_end(today, 2))}" in shown
    assert json.loads(employee.ok("show", "--json").out)["jurisdiction"] == "scotland"
    assert [s["format"] for s in json.loads(employee.ok("shares", "--json").out)] == ["flexible-request-pdf"]
