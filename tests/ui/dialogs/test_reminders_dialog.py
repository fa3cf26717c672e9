"""Review dates into the employee's own calendar from the Review menu: what the file will hold, shown
first; a real .ics file whose events have the right dates and neutral titles; clear failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from carerpassport.app import PassportApp
from carerpassport.ui.dates import readable
from carerpassport.ui.dialogs.reminders_dialog import NOTHING_SET, RemindersDialog
from carerpassport.ui.main_window import DIALOGS
from carerpassport.ui.tasks import TaskRunner
from tests.ui.shell_fixtures import shell_theme  # noqa: F401 - fixture
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_it_is_in_the_review_menu() -> None:
    assert any(d.cls == "RemindersDialog" and d.menu == "review" for d in DIALOGS)


def test_lists_the_dates_and_saves_a_calendar_with_only_neutral_titles(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                                        tmp_path: Path) -> None:
    today = filled_app.today()
    next_review = today + dt.timedelta(days=200)
    passport = filled_app.editing.passport()
    passport.review.next_review = next_review
    filled_app.editing.save(passport)
    action_review = today + dt.timedelta(days=40)
    filled_app.editing.add_action("Phone on during meetings", kind="other", status="agreed", review_on=action_review)

    dialog = shown(qtbot, RemindersDialog(filled_app, TaskRunner(synchronous=True)))
    listed = dialog.preview.toPlainText()
    assert readable(next_review) in listed and readable(action_review) in listed  # "6 December 2026"
    assert "Phone on during meetings" in listed  # for the employee's eyes, here only
    assert dialog.save_button.isEnabled() and unnamed_controls(dialog) == []
    screenshot(dialog, "reminders-dialog.png")

    out = tmp_path / "dates.ics"
    dialog.save_to(out)
    assert dialog.saved_to == out and "Saved 2 dates" in dialog.status.text()
    calendar = Calendar.from_ical(out.read_bytes())
    events = sorted((e.decoded("dtstart"), str(e.get("summary"))) for e in calendar.walk("VEVENT"))
    assert [when for when, _title in events] == [action_review, next_review]
    assert all(title.startswith("Carer's passport") for _when, title in events)
    text = out.read_text(encoding="utf-8")
    for private in ("Phone on during meetings", "father", "Bob Smith", filled_app.editing.passport().employee.name):
        if private:
            assert private not in text, f"{private!r} must not reach a calendar"
    assert any(e.kind == "reminders" for e in filled_app.events())


def test_with_no_dates_it_says_so_and_cannot_save(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    dialog = shown(qtbot, RemindersDialog(app, TaskRunner(synchronous=True)))
    assert dialog.preview.toPlainText() == NOTHING_SET and not dialog.save_button.isEnabled()


def test_a_folder_that_is_not_there_is_a_clear_failure(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    passport = filled_app.editing.passport()
    passport.review.next_review = filled_app.today() + dt.timedelta(days=30)
    filled_app.editing.save(passport)
    dialog = shown(qtbot, RemindersDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.save_to(tmp_path / "missing" / "dates.ics")
    assert dialog.status.text().startswith("Not saved:") and dialog.save_button.isEnabled()
    assert not (tmp_path / "missing").exists()
