"""The manager's held copy shows the sharing agreement the employee shared, and once its keep-until date
(the next review) has come, a reminder on the page with "Delete my copy" right there; "until I move on"
shows as text and never reminds."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from carerpassport.app import PassportApp
from carerpassport.domain.dates import readable_date
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, SharingAgreement
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.received_view import ReceivedView
from tests.ui.shell_fixtures import OFFSCREEN_NOISE
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import screenshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _export(employee: PassportApp, tmp_path: Path, keep_until: KeepUntil, *, shared: bool = True) -> Path:
    agreement = SharingAgreement(keep_until=keep_until, shared=shared)
    agreement.rules[2].permission, agreement.rules[2].purpose = Permission.FOR_PURPOSE, "a referral I ask for"
    passport = employee.editing.passport()
    review = dataclasses.replace(passport.review, next_review=dt.date(2027, 3, 1))
    employee.editing.save(dataclasses.replace(passport, sharing_agreement=agreement, review=review))
    out = tmp_path / f"sian-{keep_until.value}.pdf"
    employee.pdfs.export_signed_pdf(out)
    return out


def _on(app: PassportApp, day: dt.date) -> None:
    app.context.clock = lambda: dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


def _view(qtbot, manager: PassportApp) -> ReceivedView:  # noqa: ANN001
    view = ReceivedView(manager, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    return view


def test_the_reminder_appears_on_the_date_and_deletes_the_copy_after_asking(
        qtbot, filled_app: PassportApp, manager: PassportApp, tmp_path: Path) -> None:  # noqa: ANN001
    held = manager.received.add_incoming(_export(filled_app, tmp_path, KeepUntil.NEXT_REVIEW).read_bytes())
    due = held.next_review_date
    assert due is not None and held.sharing_agreement is not None
    _on(manager, due - dt.timedelta(days=1))
    view = _view(qtbot, manager)
    assert view.reminder_buttons == {} and not view.reminders.isVisible()
    view.select(held.held_id)
    text = view.agreement.text()
    assert "Occupational health: Yes, for a stated purpose: a referral I ask for" in text
    assert "HR: Never" in text and f"Keep this copy until the review on {readable_date(due)}." in text

    _on(manager, due + dt.timedelta(days=3))
    view.refresh()
    assert view.reminders.isVisible() and list(view.reminder_buttons) == [held.held_id]
    reminder = view.reminders.findChildren(type(view.agreement))[0].text()
    assert (f"The agreement says to keep this copy until the review on {readable_date(due)}; that date has passed."
            in reminder)
    assert accessibility_problems(view) == []
    screenshot(view, "received-keep-until-reminder.png")

    view.reminder_buttons[held.held_id].click()
    assert view.delete_box is not None and "Delete your copy of Siân Jones's passport" in view.delete_box.text()
    assert view.delete_box.defaultButton() is view.delete_box.button(QMessageBox.StandardButton.No)
    view.delete_box.button(QMessageBox.StandardButton.Yes).click()
    assert manager.received.held() == [] and view.reminder_buttons == {} and not view.reminders.isVisible()
    assert [e.summary for e in manager.repo.events("deleted")] == ["Deleted your copy of Siân Jones's passport"]


def test_until_they_move_on_is_text_without_a_date_and_no_agreement_says_so(
        qtbot, filled_app: PassportApp, manager: PassportApp, tmp_path: Path) -> None:  # noqa: ANN001
    moved = manager.received.add_incoming(_export(filled_app, tmp_path, KeepUntil.I_MOVE_ON).read_bytes())
    unshared = manager.received.add_incoming(_export(filled_app, tmp_path, KeepUntil.I_ASK,
                                                     shared=False).read_bytes())
    _on(manager, dt.date(2030, 1, 1))  # long after the review: these copies have no date to remind on
    view = _view(qtbot, manager)
    assert view.reminder_buttons == {}
    view.select(moved.held_id)
    assert "Keep this copy until they move to another manager or leave." in view.agreement.text()
    assert "2027" not in view.agreement.text()
    view.select(unshared.held_id)
    assert "did not share a sharing agreement" in view.agreement.text()
    assert unshared.sharing_agreement is None
