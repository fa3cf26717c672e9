"""Agreed actions: add, edit, decline and remove work by keyboard alone; sorting and filtering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.model import ActionStatus, AgreedAction
from carerpassport.domain.review import default_next_review
from carerpassport.ui.dialogs.action_dialog import ActionDialog
from carerpassport.ui.models.actions_model import ID_ROLE, REVIEW_ON, STATUS, WHAT
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.actions_view import ActionsView
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def actions(filled_app: PassportApp, qtbot) -> Iterator[ActionsView]:  # noqa: ANN001 - pytest-qt's qtbot
    view = shown(qtbot, ActionsView(filled_app, TaskRunner(synchronous=True)), (1000, 600), active=True)
    view.table.setFocus()
    yield view
    view.clear()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _dialog(view: ActionsView, qtbot) -> ActionDialog:  # noqa: ANN001
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isActiveWindow())
    assert view.dialog is not None
    return view.dialog


def _select_row(view: ActionsView, qtbot, row: int) -> str:  # noqa: ANN001
    """Move the selection to ``row`` with the arrow keys; return that action's id."""
    view.activateWindow()  # a closed dialog hands activation back (the offscreen platform needs asking)
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()  # focus selects the first action
    qtbot.keyClick(view.table, Qt.Key.Key_PageUp)
    for _ in range(row):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    action_id = view.selected_action_id()
    assert action_id is not None
    return action_id


def test_add_by_keyboard(actions: ActionsView, filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    count = len(filled_app.editing.passport().actions)
    qtbot.keyClick(actions.table, Qt.Key.Key_N, CTRL)
    dialog = _dialog(actions, qtbot)
    assert _focused() is dialog.what
    qtbot.keyClicks(dialog.what, "Work from home on Fridays")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
    assert _focused() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)  # Flexible working is first
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Bob Smith")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter in a line saves the dialog
    qtbot.waitUntil(lambda: actions.dialog is None)
    passport = filled_app.editing.passport()
    assert len(passport.actions) == count + 1
    added = passport.actions[-1]
    assert (added.what, added.kind.value, added.owner, added.status) == (
        "Work from home on Fridays", "flexible_working", "Bob Smith", ActionStatus.PROPOSED)
    assert actions.selected_action_id() == added.id
    assert "Added" in actions.notice.text()


def test_insert_also_adds_and_an_empty_action_is_refused(actions: ActionsView, filled_app: PassportApp,
                                                         qtbot) -> None:  # noqa: ANN001
    count = len(filled_app.editing.passport().actions)
    qtbot.keyClick(actions.table, Qt.Key.Key_Insert)
    dialog = _dialog(actions, qtbot)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and "needs a description" in dialog.error.text()
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: actions.dialog is None)
    assert len(filled_app.editing.passport().actions) == count


def test_edit_by_enter(actions: ActionsView, filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    action_id = _select_row(actions, qtbot, 0)
    qtbot.keyClick(actions.table, Qt.Key.Key_Return)
    dialog = _dialog(actions, qtbot)
    assert dialog.what.toPlainText() == "Start at 10:00 on Tuesdays"
    dialog.owner.setFocus()
    qtbot.keyClick(dialog.owner, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.owner, "Priya Shah")
    dialog.review_on.not_set.setFocus()
    qtbot.keyClick(dialog.review_on.not_set, Qt.Key.Key_Space)  # give it a review date: a year ahead
    assert dialog.review_on.edit.hasFocus()  # shown to the person to confirm or change
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.dialog is None)
    action = filled_app.editing.passport().action(action_id)
    assert action.owner == "Priya Shah"
    assert action.review_on == default_next_review(filled_app.today())  # not today: no "due today" banner
    assert action.what == "Start at 10:00 on Tuesdays"  # untouched fields stay


def test_decline_needs_a_reason(actions: ActionsView, filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    action_id = _select_row(actions, qtbot, 1)
    qtbot.keyClick(actions.table, Qt.Key.Key_D, CTRL)
    dialog = _dialog(actions, qtbot)
    assert dialog.status.currentData() == "declined" and _focused() is dialog.reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and "reason" in dialog.error.text()
    assert filled_app.editing.passport().action(action_id).status is ActionStatus.PROPOSED
    qtbot.keyClicks(dialog.reason, "Not possible during the audit")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.dialog is None)
    action = filled_app.editing.passport().action(action_id)
    assert (action.status, action.decline_reason) == (ActionStatus.DECLINED, "Not possible during the audit")
    row = actions.model.row_of(action_id)
    assert "Not possible during the audit" in actions.model.index(row, STATUS).data()


def test_remove_with_confirmation_then_undo(actions: ActionsView, filled_app: PassportApp,
                                            qtbot) -> None:  # noqa: ANN001
    before = [a.id for a in filled_app.editing.passport().actions]
    action_id = _select_row(actions, qtbot, 0)
    qtbot.keyClick(actions.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: actions.confirm_box is not None and actions.confirm_box.isActiveWindow())
    assert actions.confirm_box is not None
    assert "undo" in actions.confirm_box.informativeText().lower()
    qtbot.keyClick(actions.confirm_box, Qt.Key.Key_Escape)  # cancel keeps it
    qtbot.waitUntil(lambda: actions.confirm_box is None)
    assert [a.id for a in filled_app.editing.passport().actions] == before

    _select_row(actions, qtbot, 0)
    qtbot.keyClick(actions.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: actions.confirm_box is not None and actions.confirm_box.isActiveWindow())
    assert actions.confirm_box is not None
    qtbot.keyClick(actions.confirm_box, Qt.Key.Key_Return)  # Remove is the default button
    qtbot.waitUntil(lambda: actions.confirm_box is None)
    assert action_id not in [a.id for a in filled_app.editing.passport().actions]
    assert actions.undo_button.isEnabled()

    actions.activateWindow()
    qtbot.waitUntil(actions.isActiveWindow)
    revisions = len(filled_app.editing.history())
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, CTRL)
    assert [a.id for a in filled_app.editing.passport().actions] == before  # same id, same place
    assert len(filled_app.editing.history()) == revisions + 1  # one saved revision
    assert actions.selected_action_id() == action_id and not actions.undo_button.isEnabled()


def test_sort_and_filter(actions: ActionsView, filled_app: PassportApp) -> None:
    soon = filled_app.editing.add_action("Review rota", kind="workload", review_on=dt.date(2030, 1, 5))
    later = filled_app.editing.add_action("Phone at desk", kind="equipment", review_on=dt.date(2031, 6, 1))
    actions.refresh()
    proxy = actions.proxy

    def ids() -> list[str]:
        return [proxy.index(r, WHAT).data(ID_ROLE) for r in range(proxy.rowCount())]

    actions.table.sortByColumn(REVIEW_ON, Qt.SortOrder.AscendingOrder)
    assert ids()[:2] == [soon.id, later.id]  # actions with no review date come after dated ones
    actions.table.sortByColumn(REVIEW_ON, Qt.SortOrder.DescendingOrder)
    assert ids()[-2:] == [later.id, soon.id]

    actions.status_filter.setCurrentIndex(actions.status_filter.findData("agreed"))
    assert [proxy.index(r, WHAT).data() for r in range(proxy.rowCount())] == ["Start at 10:00 on Tuesdays"]
    actions.status_filter.setCurrentIndex(0)
    actions.kind_filter.setCurrentIndex(actions.kind_filter.findData("equipment"))
    assert ids() == [later.id]
    actions.kind_filter.setCurrentIndex(0)
    actions.search.setText("ROTA")
    assert ids() == [soon.id]
    actions.search.setText("bob tuesdays")  # every word, in any column
    assert len(ids()) == 1
    actions.search.clear()
    assert proxy.rowCount() == len(filled_app.editing.passport().actions)


def test_dialog_validates_dates(qtbot) -> None:  # noqa: ANN001
    action = AgreedAction(what="Compressed hours", agreed_on=dt.date(2026, 3, 1))
    dialog = ActionDialog(action, today=dt.date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.implement_by.set_date(dt.date(2026, 2, 1))
    dialog.accept()
    assert "implementation date" in dialog.error.text() and dialog.result() == 0
    assert unnamed_controls(dialog, described=True) == []


def test_clear_forgets_every_action(actions: ActionsView) -> None:
    actions.clear()
    assert actions.model.rowCount() == 0


def test_every_control_has_an_accessible_name_and_description(actions: ActionsView) -> None:
    assert unnamed_controls(actions, described=True) == []


def test_the_cursor_goes_to_what_is_missing_whatever_the_language_of_the_sentence(qtbot) -> None:  # noqa: ANN001
    """The box is chosen from the action, not from the error's English words: a translated sentence (here a
    Welsh one the save step raises) still puts the cursor where the action needs something."""
    from carerpassport.domain.errors import ValidationError

    def save(_dialog: ActionDialog) -> None:
        raise ValidationError("Mae angen rheswm.")

    dialog = ActionDialog(AgreedAction(what="Compressed hours"), today=dt.date(2026, 3, 1), decline=True, save=save)
    shown(qtbot, dialog, (600, 500), active=True)
    dialog.what.setFocus()
    dialog.accept()
    assert dialog.reason.hasFocus() and dialog.result() == 0
    dialog.reason.setText("No cover on Tuesdays")
    dialog.what.setPlainText("")
    dialog.reason.setFocus()
    dialog.accept()
    assert dialog.what.hasFocus()
    dialog.what.setPlainText("Compressed hours")
    dialog.owner.setFocus()
    dialog.accept()  # complete: the save step's sentence is shown, and the cursor stays where it was
    assert dialog.error.text() == "Mae angen rheswm." and dialog.owner.hasFocus()
