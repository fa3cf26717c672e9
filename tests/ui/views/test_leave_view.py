"""The Carer's leave page: setting where you work and the pattern, planning leave in the dialog with its
live notice date, a postponement past one month flagged, the notice saved as a share, remove and undo, and
Northern Ireland said plainly. Everything checked again in the vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.domain.carers_leave import DayPart, LeaveDay, LeaveStatus
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.working_pattern import PatternKind, WorkingPattern
from carerpassport.ui.dialogs.leave_dialogs import LeaveEntryDialog, NoticeDialog, PostponeDialog
from carerpassport.ui.models.leave_model import COLUMN_TITLES, LATE_ROLE, NOTICE, LeaveModel
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.leave_view import LeaveView
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
D = dt.date


@pytest.fixture
def leave_app(filled_app: PassportApp) -> PassportApp:
    filled_app.clock = lambda: NOW
    return filled_app


def _view(app: PassportApp, qtbot) -> LeaveView:  # noqa: ANN001 - pytest-qt's qtbot
    return shown(qtbot, LeaveView(app, TaskRunner(synchronous=True)), (1200, 760))


def test_setup_plan_notice_postpone_remove_undo(leave_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = _view(leave_app, qtbot)
    assert "Say where you work" in view.problem.text() and view.problem.isVisible()
    assert "not legal advice" in view.advice.text() and "Acas" in view.advice.text()
    setup = view.setup
    setup.where.setCurrentIndex(setup.where.findData(Jurisdiction.ENGLAND_WALES.value))
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.FIXED_SCHEDULE.value))
    for box, hours in zip(setup.schedule, (7.5, 7.5, 4, 0, 0, 0, 0), strict=True):
        box.setValue(hours)
    setup.save_button.click()
    assert leave_app.leave.pattern() == WorkingPattern.fixed_schedule([7.5, 7.5, 4, 0, 0, 0, 0])
    assert "3 days (19 hours)" in setup.summary.text() and not view.problem.isVisible()
    assert "Remaining: 19 hours" in view.balance_text.text()

    view.add_button.click()
    dialog = view.dialog
    assert isinstance(dialog, LeaveEntryDialog)
    dialog.days.date.setDate(QDate(2026, 3, 9))
    dialog.days.add_button.click()
    dialog.days.part.setCurrentIndex(1)  # half day, Tuesday 10th
    dialog.days.add_button.click()
    assert "Give notice by 2026-03-05 (4 days before" in dialog.verdict.text()
    dialog.note.setText("CANARY-NOTE")
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "leave-plan-dialog.png")
    dialog.save_button.click()
    (entry,) = leave_app.leave.entries()
    assert entry.days == (LeaveDay(D(2026, 3, 9)), LeaveDay(D(2026, 3, 10), DayPart.HALF))
    assert view.model.index(0, NOTICE).data() == "Give by 2026-03-05"
    assert not view.model.index(0, NOTICE).data(LATE_ROLE)
    assert "Planned after 2 March 2026: 11.25 hours" in view.balance_text.text()
    view.balance_date.setDate(QDate(2026, 3, 31))
    assert "Booked (planned, not yet taken): 11.25 hours" in view.balance_text.text()

    view.select_entry(entry.id)
    view.notice_button.click()
    notice = view.dialog
    assert isinstance(notice, NoticeDialog) and "Monday 9 March 2026" in notice.text.toPlainText()
    assert "CANARY" not in notice.text.toPlainText()
    notice.save(tmp_path / "notice.txt", "txt")
    assert "Sharing page" in notice.status.text()
    assert [s.format for s in leave_app.shares.shares()] == ["leave_notice_txt"]
    notice.reject()

    view.select_entry(entry.id)
    view.postpone_button.click()
    postpone = view.dialog
    assert isinstance(postpone, PostponeDialog)
    postpone.days.date.setDate(QDate(2026, 4, 10))
    postpone.days.add_button.click()
    postpone.days.part.setCurrentIndex(1)
    postpone.days.add_button.click()  # 11 April: a day past one month from 9 March
    assert "go past 2026-04-09" in postpone.verdict.text()
    assert "You do not normally work on Friday 10 April 2026, Saturday 11 April 2026" in postpone.verdict.text()
    postpone.save_button.click()
    assert "within one month" in view.status.text()
    assert leave_app.leave.entries()[0].status is LeaveStatus.POSTPONED
    view.select_entry(entry.id)
    view.edit_button.click()  # editing a postponed request keeps it postponed, on the employer's dates
    edit = view.dialog
    assert isinstance(edit, LeaveEntryDialog) and edit.status.currentData() == "postponed"
    edit.save_button.click()
    (kept,) = leave_app.leave.entries()
    assert kept.status is LeaveStatus.POSTPONED and kept.days[0].on == D(2026, 4, 10) and kept.original_days

    view.select_entry(entry.id)
    view.remove_button.click()
    box = view.confirm_box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Remove").click()
    assert leave_app.leave.entries() == [] and view.undo_button.isEnabled()
    view.undo_button.click()
    assert [e.id for e in leave_app.leave.entries()] == [entry.id]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the closed boxes are gone
    assert unnamed_controls(view) == []
    screenshot(view, "leave.png")


def test_late_notice_is_flagged_in_the_table(leave_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    from carerpassport.domain.carers_leave import LeaveEntry

    leave_app.leave.set_jurisdiction(Jurisdiction.SCOTLAND)
    leave_app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 5))
    leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 4)),)))  # needed notice by 1 March
    view = _view(leave_app, qtbot)
    assert view.model.index(0, NOTICE).data() == "LATE: due by 2026-03-01"
    assert view.model.index(0, NOTICE).data(LATE_ROLE) is True
    assert view.model.index(0, NOTICE).data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.index(0, NOTICE).data(Qt.ItemDataRole.ForegroundRole) == QApplication.palette().color(
        QPalette.ColorRole.BrightText)


def test_northern_ireland_says_the_right_does_not_apply(leave_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    leave_app.leave.set_jurisdiction(Jurisdiction.NORTHERN_IRELAND)
    view = _view(leave_app, qtbot)
    QApplication.processEvents()
    assert view.problem.isVisible() and "not a legal right in Northern Ireland" in view.problem.text()
    assert view.balance_text.text() == "—"
    view.table.setFocus(Qt.FocusReason.OtherFocusReason)


def test_northern_ireland_saves_the_pattern_too(leave_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    # The pattern is still how they work there, and is ready if they move or the right comes to Northern Ireland.
    view = _view(leave_app, qtbot)
    setup = view.setup
    setup.where.setCurrentIndex(setup.where.findData(Jurisdiction.NORTHERN_IRELAND.value))
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.FIXED_DAYS.value))
    setup.hours_per_day.setValue(6)
    setup.days_per_week.setValue(4)
    setup.save_button.click()
    assert view.status.text() == "Saved."
    assert leave_app.editing.passport().jurisdiction is Jurisdiction.NORTHERN_IRELAND
    assert leave_app.leave.pattern() == WorkingPattern.fixed_days(6, 4)
    assert view.problem.isVisible() and "not a legal right in Northern Ireland" in view.problem.text()
    # A pattern that cannot be read saves nothing, not where they work without it.
    setup.where.setCurrentIndex(setup.where.findData(Jurisdiction.SCOTLAND.value))
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.VARYING.value))
    setup.weeks.setText("20, x")
    setup.save_button.click()
    assert "as a number" in view.status.text()
    assert leave_app.editing.passport().jurisdiction is Jurisdiction.NORTHERN_IRELAND
    assert leave_app.leave.pattern() == WorkingPattern.fixed_days(6, 4)


def test_the_model_passes_qtmodeltester(qtmodeltester, leave_app: PassportApp) -> None:  # noqa: ANN001
    from carerpassport.domain.carers_leave import LeaveEntry

    leave_app.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    leave_app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 5))
    leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 20)),)))
    model = LeaveModel(notice_of=lambda e: leave_app.leave.notice_check(e.id))
    model.set_entries(leave_app.leave.entries())
    assert model.columnCount() == len(COLUMN_TITLES)
    qtmodeltester.check(model)



def test_varying_pattern_edit_with_notice_given_mark_taken_and_pdf_notice(leave_app: PassportApp, qtbot,  # noqa: ANN001
                                                                          tmp_path: Path) -> None:
    from pypdf import PdfReader

    from carerpassport.domain.carers_leave import LeaveEntry

    view = _view(leave_app, qtbot)
    setup = view.setup
    setup.where.setCurrentIndex(setup.where.findData(Jurisdiction.SCOTLAND.value))
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.VARYING.value))
    setup.weeks.setText("20, x")
    setup.save_button.click()
    assert "as a number" in view.status.text() and leave_app.leave.pattern() is None  # nothing saved
    setup.weeks.setText("20, 30, 0, 30")
    setup.usual_day.setValue(5)
    setup.save_button.click()
    assert leave_app.leave.pattern() == WorkingPattern.varying([20, 30, 0, 30], 5)
    assert "4 days (20 hours)" in setup.summary.text()

    entry = leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 20)),)))
    view.refresh()
    view.select_entry(entry.id)
    view.edit_button.click()
    dialog = view.dialog
    assert isinstance(dialog, LeaveEntryDialog)
    dialog.notice_given.setChecked(True)
    dialog.notice_date.setDate(QDate(2026, 3, 18))  # after 17 March: late
    assert "late" in dialog.verdict.text()
    dialog.save_button.click()
    assert leave_app.leave.entries()[0].notice_given_on == D(2026, 3, 18)
    assert view.model.index(0, NOTICE).data() == "LATE: given 2026-03-18"

    view.select_entry(entry.id)
    view.notice_button.click()
    notice = view.dialog
    assert isinstance(notice, NoticeDialog)
    notice.to.setText("HR Team")
    notice.save(tmp_path / "n.pdf", "pdf")
    assert "HR Team" in " ".join(p.extract_text() for p in PdfReader(tmp_path / "n.pdf").pages)
    assert [(s.recipient, s.format) for s in leave_app.shares.shares()] == [("HR Team", "leave_notice_pdf")]
    notice.language.setCurrentIndex(notice.language.findData("cy"))  # for an employer who reads Welsh
    assert "Hysbysiad o absenoldeb gofalwr" in notice.text.toPlainText() and "HR Team" in notice.text.toPlainText()
    notice.save(tmp_path / "cy.pdf", "pdf")
    assert PdfReader(tmp_path / "cy.pdf").trailer["/Root"]["/Lang"] == "cy"
    notice.reject()

    view.select_entry(entry.id)
    view.taken_button.click()
    assert leave_app.leave.entries()[0].status is LeaveStatus.TAKEN and not view.taken_button.isEnabled()
    assert view.model.index(0, NOTICE).data() == "Given 2026-03-18"


def test_pattern_pages_are_made_when_first_chosen_in_tab_order(leave_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    """The schedule and varying pages are built on their first choice, their boxes between Pattern and Save."""
    setup = _view(leave_app, qtbot).setup
    assert setup.schedule == [] and not hasattr(setup, "weeks")
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.FIXED_SCHEDULE.value))
    assert len(setup.schedule) == 7 and setup.pages.currentWidget().isAncestorOf(setup.schedule[0])
    assert setup.kind.nextInFocusChain() is setup.schedule[0] or setup.schedule[0].isAncestorOf(
        setup.kind.nextInFocusChain())
    setup.kind.setCurrentIndex(setup.kind.findData(PatternKind.VARYING.value))
    assert setup.pages.count() == 3 and setup.pages.currentWidget().isAncestorOf(setup.weeks)
    focus = setup.weeks
    while not (focus is setup.usual_day or setup.usual_day.isAncestorOf(focus)):
        focus = focus.nextInFocusChain()
        assert focus is not setup.weeks and focus is not setup.save_button
