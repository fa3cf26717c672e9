"""``carerpassport jurisdiction`` and ``carerpassport leave ...``: a whole journey in fresh processes (each
command its own ``python -m carerpassport``), and the exit codes of refusals and usage errors in-process.

A fresh process reads the wall clock, so the journey's dates are counted from today."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_runner import Result, run_cli, run_process
from tests.conftest import PASSPHRASE


def fresh(data_dir: Path, *args: str) -> Result:
    return run_process(f"--data-dir={data_dir}", *args, env={"CARERPASSPORT_PASSPHRASE": PASSPHRASE})


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)


@pytest.mark.english
def test_journey_in_fresh_processes(tmp_path: Path) -> None:
    data_dir = tmp_path / "employee"
    assert fresh(data_dir, "init", "--name", "Siân Jones", "--manager", "Bob Smith").code == 0
    refused = fresh(data_dir, "leave", "balance")
    assert refused.code == 1 and "Say where you work" in refused.err
    assert fresh(data_dir, "jurisdiction", "england_wales").code == 0
    pattern = fresh(data_dir, "leave", "pattern", "--hours-per-day", "7.5", "--days-per-week", "3")
    assert pattern.code == 0 and "One week of carer's leave: 3 days (22.5 hours)" in pattern.out
    first = dt.date.today() + dt.timedelta(days=30)
    planned = fresh(data_dir, "leave", "plan", first.isoformat(), f"{first + dt.timedelta(days=1)}:half",
                    "--for", "parent", "--note", "CANARY-NOTE")
    assert planned.code == 0, planned.err
    assert f"Give notice by {(first - dt.timedelta(days=4)).isoformat()} (4 days before" in planned.out
    assert "not legal advice" in planned.out and "Acas" in planned.out and "Carers UK" in planned.out
    entry_id = re.search(r"Planned ([0-9a-f]{8})", planned.out).group(1)  # type: ignore[union-attr]
    balance = fresh(data_dir, "leave", "balance", "--on", (first + dt.timedelta(days=2)).isoformat())
    assert "Booked (planned, not yet taken): 11.25 hours (about 1.5 days)" in balance.out
    assert "Remaining: 11.25 hours (about 1.5 days)" in balance.out
    out = tmp_path / "notice.pdf"
    notice = fresh(data_dir, "leave", "notice", entry_id, "--out", str(out))
    assert notice.code == 0, notice.err
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "entitled to carer's leave" in text and "(half day)" in text and "CANARY" not in text
    shares = json.loads(fresh(data_dir, "shares", "--json").out)
    assert [s["format"] for s in shares] == ["leave_notice_pdf"]
    ics = tmp_path / "r.ics"
    assert fresh(data_dir, "reminders", "--ics", str(ics)).code == 0
    assert "Give notice for planned time off" in ics.read_text()
    over = fresh(data_dir, "leave", "postpone", entry_id, (first + dt.timedelta(days=40)).isoformat(),
                 f"{first + dt.timedelta(days=41)}:half")
    assert over.code == 0 and "within one month" in over.out
    listed = json.loads(fresh(data_dir, "leave", "list", "--json").out)
    assert listed[0]["status"] == "postponed" and listed[0]["dependant"] == "parent"
    assert fresh(data_dir, "jurisdiction", "northern_ireland").code == 0
    ni = fresh(data_dir, "leave", "balance")
    assert ni.code == 1 and "not a legal right in Northern Ireland" in ni.err


@pytest.fixture
def vault(data_dir: Path) -> Path:
    assert cli(data_dir, "init", "--name", "Siân Jones", "--manager", "Bob Smith").code == 0
    assert cli(data_dir, "jurisdiction", "scotland").code == 0
    return data_dir


@pytest.mark.parametrize(("args", "code", "message"), [
    (("leave", "plan", "2026-02-30"), 2, "is not a date"),
    (("leave", "plan", "2026-03-10:quarter"), 2, "YYYY-MM-DD:half"),
    (("leave", "pattern", "--hours-per-day", "7"), 2, "give both"),
    (("leave", "pattern", "--schedule", "7,7,x"), 2, "numbers"),
    (("leave", "pattern", "--hours-per-day", "7.3", "--days-per-week", "5"), 1, "quarter hours"),
    (("leave", "plan", "2026-03-10"), 1, "Set your working pattern first"),
    (("leave", "notice", "nosuch"), 1, "no leave entry"),
    (("jurisdiction", "wales"), 2, "invalid choice"),
])
@pytest.mark.english
def test_refusals_and_usage_errors(vault: Path, args: tuple[str, ...], code: int, message: str) -> None:
    result = cli(vault, *args)
    assert (result.code, message in result.err) == (code, True), result.err


@pytest.mark.english
def test_over_a_week_exits_1_and_stores_nothing(vault: Path) -> None:
    assert cli(vault, "leave", "pattern", "--schedule", "7.5,7.5,4,0,0,0,0").code == 0
    assert cli(vault, "leave", "add", "2026-03-09", "2026-03-10", "2026-03-11").code == 0  # the whole week: 19 h
    over = cli(vault, "leave", "plan", "2026-06-01:half")
    assert over.code == 1 and "over one week" in over.err
    assert len(json.loads(cli(vault, "leave", "list", "--json").out)) == 1
    text = cli(vault, "leave", "notice", json.loads(cli(vault, "leave", "list", "--json").out)[0]["id"][:8])
    assert "Monday 9 March 2026" in text.out and "Wednesday 11 March 2026" in text.out
