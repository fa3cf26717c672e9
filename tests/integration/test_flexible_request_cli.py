"""``carerpassport flexible-request``: each step a fresh ``python -m carerpassport`` process on one vault,
with the exit codes DESIGN.md promises (0 done, 1 refused with a one-line reason, 2 usage)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from carerpassport.app import PassportApp
from carerpassport.domain.dates import readable_date
from carerpassport.domain.flexible_working import period_end
from carerpassport.exchange.reminders import FLEXIBLE_DECISION_TITLE
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE
from tests.pdf_support import employee_status, pdf_text


@pytest.mark.english
def test_draft_export_send_and_decide_in_fresh_processes(filled_app: PassportApp, data_dir: Path,
                                                         tmp_path: Path, unique: str) -> None:
    filled_app.editing.set_answer("support.what_would_help", f"UNCHOSEN {unique}", shared=True)
    filled_app.editing.add_action("Work from home on Fridays", kind="flexible_working")
    action = next(a for a in filled_app.editing.passport().actions if a.what == "Work from home on Fridays")
    filled_app.close()
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "CARERPASSPORT_NO_KEYRING": "1"}

    def run(*args: str) -> Result:
        return run_process(f"--data-dir={data_dir}", "flexible-request", *args, env=env)

    today = dt.date.today()
    start = (today + dt.timedelta(days=60)).isoformat()
    bad = run("draft", "--kind", "days-off", "--change", "x")
    assert bad.code == 2 and "usage error" in bad.err
    unsaid = run("draft", "--kind", "times", "--change", "Start at 10:00", "--from", start)
    assert unsaid.code == 1 and "Say where you work first" in unsaid.err
    past = (today - dt.timedelta(days=100)).isoformat()
    assert run("earlier", "--on", past).code == 0  # made before the app: named in the letter
    drafted = run("draft", "--where", "scotland", "--kind", "times", "--kind", "place", "--change",
                  "Start at 10:00 on Tuesdays and work from home on Fridays.", "--from", start,
                  "--include", "answer:caring.effect_on_work", f"action:{action.id[:8]}")
    assert drafted.code == 0, drafted.err
    assert "It has everything a statutory request must contain" in drafted.out
    assert "not legal advice" in drafted.out and "Acas" in drafted.out and "Carers UK" in drafted.out
    listed = json.loads(run("list", "--json").out)
    assert [r["status"] for r in listed] == ["Made before", "Draft"]
    listed = listed[1:]
    rid = listed[0]["id"][:8]
    assert [s["source"] for s in listed[0]["sections"]] == ["answer:caring.effect_on_work", f"action:{action.id}"]

    edited = run("edit", rid, "--section", "answer:caring.effect_on_work", "--text", "I am late on Tuesdays.")
    assert edited.code == 0, edited.err
    letter = run("show", rid, "--letter").out
    assert "I am late on Tuesdays." in letter and "Part 8A of the Employment Rights Act 1996" in letter
    before = readable_date(today - dt.timedelta(days=100))
    assert f"I made an earlier statutory request for flexible working on {before}." in letter
    assert unique not in letter and "PRIVATE-NOTE" not in letter

    out_pdf = tmp_path / "request.pdf"
    exported = run("export", rid, "--out", str(out_pdf))
    assert exported.code == 0, exported.err
    _reader, status = employee_status(out_pdf.read_bytes())
    assert status.bottom_line
    assert "I am late on Tuesdays." in pdf_text(out_pdf) and unique not in pdf_text(out_pdf)
    assert run("export", rid, "--out", str(tmp_path / "request.docx")).code == 1

    future = run("sent", rid, "--on", (today + dt.timedelta(days=1)).isoformat(), "--email")
    assert future.code == 1 and "in the future" in future.err
    sent = run("sent", rid, "--on", today.isoformat(), "--email")
    assert sent.code == 0, sent.err
    due = period_end(today, 2)
    assert f"due by {readable_date(due)}" in sent.out
    again = run("draft", "--kind", "hours", "--change", "Fewer hours", "--from", start)
    assert again.code == 1 and "has not been decided yet" in again.err and readable_date(today) in again.err
    assert run("earlier", "--on", past).code == 0  # no draft open now

    reminders = tmp_path / "reminders.ics"
    r = run_process(f"--data-dir={data_dir}", "reminders", "--ics", str(reminders), env=env)
    assert r.code == 0, r.err
    events = [e for e in Calendar.from_ical(reminders.read_bytes()).walk("VEVENT")]
    ours = [e for e in events if str(e["summary"]) == FLEXIBLE_DECISION_TITLE]
    assert len(ours) == 1 and ours[0]["dtstart"].dt == due
    assert "caring" not in reminders.read_text(encoding="utf-8").lower()

    extended = run("extend", rid, "--to", (due + dt.timedelta(days=30)).isoformat())
    assert extended.code == 0 and "Extended by agreement" in extended.out
    refused = run("outcome", rid, "refused")
    assert refused.code == 1 and "at least one of the eight" in refused.err
    accepted = run("outcome", rid, "accepted", "--update-actions")
    assert accepted.code == 0, accepted.err
    assert "agreed actions were updated" in accepted.out

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert reopened.editing.passport().action(action.id).status.value == "agreed"
        assert [s.format for s in reopened.shares.shares()] == ["flexible-request-pdf"]
    finally:
        reopened.close()


@pytest.mark.english
@pytest.mark.parametrize("args", [["show", "nope"], ["sent", "nope", "--on", "2026-01-01"]])
def test_unknown_request_is_a_failure_with_a_reason(filled_app: PassportApp, data_dir: Path,
                                                    args: list[str]) -> None:
    filled_app.close()
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "CARERPASSPORT_NO_KEYRING": "1"}
    r = run_process(f"--data-dir={data_dir}", "flexible-request", *args, env=env)
    assert r.code == 1 and "There is no flexible-working request 'nope'" in r.err
