"""Reviews from the command line: start, mark, status, done; reminders; the checklist; and the review
state kept inside the vault (never in a file beside it)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.review_session import NoReviewError, ReviewInProgressError, Verdict
from tests.cli_runner import Result, run_cli, run_process
from tests.conftest import PASSPHRASE
from tests.security.canary import files_containing


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)


def _reopen(data_dir: Path) -> PassportApp:
    return PassportApp.open(data_dir, passphrase=PASSPHRASE)


@pytest.mark.english
def test_review_start_mark_done(filled_app: PassportApp, data_dir: Path, unique: str) -> None:
    before = filled_app.editing.latest_revision().number
    r = cli(data_dir, "review", "start", "--changed", f"my father moved in {unique}")
    assert r.code == 0, r.err
    assert "Is this still true?".lower() in r.out.lower()
    assert "effect on your work, not diagnoses" in r.out
    assert "(caring.responsibilities)" in r.out and "Start at 10:00 on Tuesdays" in r.out
    assert "PRIVATE-ACTION" in r.out  # private actions are the employee's own: reviewed too
    # the open review lives in the vault: no file in the data folder or temp holds its reason
    assert files_containing(unique, data_dir, data_dir.parent / "tmp") == []
    again = cli(data_dir, "review", "start")
    assert again.code == 1 and "still open" in again.err

    assert cli(data_dir, "review", "mark", "caring.effect_on_work", "changed", "--text",
               "I leave early on Tuesdays and Thursdays.").code == 0
    assert cli(data_dir, "review", "mark", "emergency.arrangements", "no-longer-applies").code == 0
    bad = cli(data_dir, "review", "mark", "caring.responsibilities", "changed")
    assert bad.code == 1 and "write what is true now" in bad.err
    status = cli(data_dir, "review", "status")
    assert "2 of 6 items marked" in status.out, status.out

    done = cli(data_dir, "review", "done", "--next", "2027-11-30")
    assert done.code == 0, done.err
    assert "1 changed, 1 no longer applies" in done.out and "Next review: 30 November 2027" in done.out
    assert "does not guarantee that earlier arrangements continue" in done.out

    app = _reopen(data_dir)
    try:
        latest = app.editing.latest_revision()
        assert latest.number == before + 1 and latest.reason == "review"
        passport = app.editing.passport()
        assert passport.answers["caring.effect_on_work"].text == "I leave early on Tuesdays and Thursdays."
        assert "emergency.arrangements" not in passport.answers
        assert passport.review.next_review == dt.date(2027, 11, 30)
        assert app.reviews.current_review() is None
        assert [e.kind for e in app.events()][-2:] == ["review_started", "review"]
    finally:
        app.close()
    assert cli(data_dir, "review", "done").code == 1


@pytest.mark.english
def test_done_without_a_review_and_cancel(app: PassportApp, data_dir: Path) -> None:
    r = cli(data_dir, "review", "done")
    assert r.code == 1 and "No review is open" in r.err
    assert cli(data_dir, "review", "start").code == 0
    before = [h.number for h in app.editing.history()]
    assert cli(data_dir, "review", "cancel").code == 0
    assert [h.number for h in app.editing.history()] == before
    assert cli(data_dir, "review", "status").out.rstrip().endswith("No review is open.")
    assert cli(data_dir, "review", "done", "--next", "tomorrow").code == 1


def test_a_review_with_no_changes_is_still_recorded(app: PassportApp) -> None:
    app.clock = lambda: dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.UTC)
    session = app.reviews.start_review()
    first = app.reviews.finish_review(session)
    assert first.reason == "review" and app.editing.passport().review.next_review == dt.date(2025, 2, 28)
    app.clock = lambda: dt.datetime(2025, 2, 28, 12, 0, tzinfo=dt.UTC)
    second = app.reviews.finish_review(app.reviews.start_review(), next_review=dt.date(2026, 2, 28))
    assert second.number == first.number + 1
    # same content twice would normally not save; a review is part of the record, so it does
    app.clock = lambda: dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    third = app.reviews.finish_review(app.reviews.start_review(), next_review=dt.date(2026, 2, 28))
    assert third.number == second.number + 1 and third.content == second.content


@pytest.mark.english
def test_app_errors(app: PassportApp) -> None:
    with pytest.raises(NoReviewError):
        app.reviews.mark_review_item("caring.responsibilities", "unchanged")
    with pytest.raises(NoReviewError):
        app.reviews.cancel_review()
    with pytest.raises(ValidationError, match="what changed"):
        app.reviews.circumstances_changed("  ")
    session = app.reviews.circumstances_changed("Moved house")
    with pytest.raises(ReviewInProgressError):
        app.reviews.start_review()
    app.reviews.save_review(session)
    assert app.reviews.current_review() == session


def test_circumstances_changed_marks_from_the_app(filled_app: PassportApp) -> None:
    session = filled_app.reviews.circumstances_changed("New shifts at work")
    outcome = filled_app.reviews.mark_review_item("caring.responsibilities", "changed", "I look after my father daily.")
    assert outcome.verdict is Verdict.CHANGED
    stored = filled_app.reviews.current_review()
    assert stored is not None and stored.outcomes == {"caring.responsibilities": outcome}
    revision = filled_app.reviews.finish_review(stored)
    assert filled_app.editing.passport().answers["caring.responsibilities"].text == "I look after my father daily."
    assert filled_app.events()[-1].details["trigger"] == "circumstances"
    assert revision.number == filled_app.editing.latest_revision().number and session.circumstances_changed


@pytest.mark.english
def test_overdue_is_shown(filled_app: PassportApp, data_dir: Path) -> None:
    passport = filled_app.editing.passport()
    passport.review.next_review = filled_app.today() - dt.timedelta(days=3)
    filled_app.editing.save(passport)
    status = cli(data_dir, "review", "status")
    assert status.code == 0
    due = passport.review.next_review
    assert f"OVERDUE    {f'{due.day} {due:%B %Y}':<17} (3 days ago)  Passport review" in status.out
    start = cli(data_dir, "review", "start")
    assert "OVERDUE" in start.out


@pytest.mark.english
def test_reminders_file(filled_app: PassportApp, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "reminders.ics"
    r = cli(data_dir, "reminders", "--ics", str(out))
    assert r.code == 1 and "no review dates" in r.err and not out.exists()
    filled_app.reviews.finish_review(filled_app.reviews.start_review(), next_review=dt.date(2028, 2, 29))
    r = cli(data_dir, "reminders", "--ics", str(out))
    assert r.code == 0, r.err
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2028, 2, 29)]
    assert b"father" not in out.read_bytes() and b"Bob" not in out.read_bytes()
    assert out.stat().st_mode & 0o077 == 0


def test_checklist_file(filled_app: PassportApp, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "checklist.pdf"
    r = cli(data_dir, "checklist", str(out))
    assert r.code == 0, r.err
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "What are your caring responsibilities?" in text and "I look after my father" in text
    assert "PRIVATE-NOTE" in text  # it is the employee's own private checklist
    assert "Carers UK" in text
    events = filled_app.events()
    assert events[-1].kind == "checklist" and events[-1].file_sha256
    assert filled_app.shares.shares() == []  # a private checklist is not a share
    json.dumps([e.details for e in events])


@pytest.mark.english
def test_a_replaced_review_cannot_be_finished(filled_app: PassportApp) -> None:
    old = filled_app.reviews.start_review()
    filled_app.reviews.cancel_review()
    filled_app.reviews.circumstances_changed("Something else changed")
    before = filled_app.editing.latest_revision().number
    with pytest.raises(NoReviewError, match="replaced by another one"):
        filled_app.reviews.finish_review(old)
    assert filled_app.editing.latest_revision().number == before and filled_app.reviews.current_review() is not None


@pytest.mark.english
def test_done_counts_only_marked_items_as_still_true(app: PassportApp) -> None:
    """One of five marked "still true" was reported as "5 still true": the other four were never looked at."""
    fields = ("caring.responsibilities", "caring.effect_on_work", "caring.how_managing", "emergency.arrangements",
              "support.what_would_help")
    for field_id in fields:
        app.editing.set_answer(field_id, f"What I wrote for {field_id}.", shared=True)
    data_dir = app.data_dir
    app.close()
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE}
    assert run_process(f"--data-dir={data_dir}", "review", "start", env=env).code == 0
    marked = run_process(f"--data-dir={data_dir}", "review", "mark", "caring.effect_on_work", "still-true", env=env)
    assert marked.code == 0, marked.err
    done = run_process(f"--data-dir={data_dir}", "review", "done", env=env)
    assert done.code == 0, done.err
    assert "1 still true, 0 changed, 0 no longer applies, 4 not marked (kept as they were)." in done.out
    reopened = _reopen(data_dir)
    try:
        [event] = [e for e in reopened.repo.events() if e.kind == "review"]
        assert (event.details["confirmed"], event.details["not_marked"]) == (1, 4)
    finally:
        reopened.close()
