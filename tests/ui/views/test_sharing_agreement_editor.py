"""The sharing agreement's page in the editor, by keyboard only: every answer for a recipient, the purpose
that appears with "Yes, for a stated purpose", someone added and removed, how long the manager keeps
their copy and the share switch; each saved by itself and still there in a reopened vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, RecipientKind
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.editor_view import STATE_SAVED, EditorView
from carerpassport.ui.widgets.share_tag import PRIVATE_TEXT, SHARED_TEXT
from tests.conftest import PASSPHRASE
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def editor(app: PassportApp, qtbot) -> Iterator[EditorView]:  # noqa: ANN001 - pytest-qt's qtbot
    view = shown(qtbot, EditorView(app, TaskRunner(synchronous=True)), (1100, 760), active=True)
    yield view
    view.clear()


def _page_row(editor: EditorView, app: PassportApp) -> int:
    titles = [editor.sections.item(i).text() for i in range(editor.sections.count())]
    return titles.index(app.template.sharing_agreement_text.title)


def _saved(app: PassportApp, qtbot, editor: EditorView):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes() and editor.save_state == STATE_SAVED, timeout=5000)
    return app.editing.passport().sharing_agreement


def test_it_is_a_page_after_the_questions_and_private_by_default(editor: EditorView, app: PassportApp) -> None:
    row = _page_row(editor, app)
    assert row == editor.sections.count() - 2  # after the questions, before the private notes
    editor.show_section(row)
    form = editor.sharing_agreement
    assert [r.rule.kind for r in form.rows()] == [RecipientKind.FUTURE_MANAGER, RecipientKind.HR,
                                                  RecipientKind.OCCUPATIONAL_HEALTH, RecipientKind.CRISIS_COLLEAGUE]
    assert not form.share_box.isChecked() and form.tag.text() == PRIVATE_TEXT
    assert not any(r.purpose.isVisible() for r in form.rows())
    assert not form.guidance.isHidden()
    assert unnamed_controls(form, described=True) == []


def test_every_answer_set_by_keyboard_is_saved_and_survives_reopening(editor: EditorView, app: PassportApp,
                                                                      data_dir: Path, qtbot) -> None:  # noqa: ANN001
    editor.show_section(_page_row(editor, app))
    editor.sections.setFocus()
    qtbot.keyClick(editor.sections, Qt.Key.Key_Return)  # Enter in the list: to the first choice
    form = editor.sharing_agreement
    future, hr = form.rows()[0], form.rows()[1]
    assert future.permission.hasFocus()
    qtbot.keyClick(future.permission, Qt.Key.Key_Down)
    assert _saved(app, qtbot, editor).rule("future_manager").permission is Permission.ASK_EACH_TIME

    hr.permission.setFocus()
    qtbot.keyClick(hr.permission, Qt.Key.Key_Down)
    qtbot.keyClick(hr.permission, Qt.Key.Key_Down)  # Yes, for a stated purpose: the purpose box appears
    assert hr.purpose.isVisible() and hr.purpose.hasFocus()
    qtbot.waitUntil(lambda: form.error.isVisible())  # not saved without its purpose; the reason shown
    assert "Say what HR may have the passport for" in form.error.text()
    # Nothing half-saved: the vault keeps the last complete choice.
    assert app.editing.passport().sharing_agreement.rule("hr").permission is Permission.ASK_EACH_TIME
    qtbot.keyClicks(hr.purpose, "a flexible working request")
    agreement = _saved(app, qtbot, editor)
    assert (agreement.rule("hr").permission, agreement.rule("hr").purpose) == (Permission.FOR_PURPOSE,
                                                                               "a flexible working request")
    assert not form.error.isVisible()

    form.add_button.setFocus()
    qtbot.keyClick(form.add_button, Qt.Key.Key_Space)
    added = form.rows()[-1]
    assert added.name is not None and added.name.hasFocus()
    qtbot.keyClicks(added.name, "Payroll")
    qtbot.keyClick(added.name, Qt.Key.Key_Tab)  # to its choice (leaving the box saves)
    assert added.permission.hasFocus()
    qtbot.keyClick(added.permission, Qt.Key.Key_Down)
    agreement = _saved(app, qtbot, editor)
    payroll = agreement.rule_for(RecipientKind.OTHER, "Payroll")
    assert payroll is not None and payroll.permission is Permission.ASK_EACH_TIME

    form.add_button.setFocus()
    qtbot.keyClick(form.add_button, Qt.Key.Key_Space)
    qtbot.keyClicks(form.rows()[-1].name, "Union rep")
    _saved(app, qtbot, editor)
    remove = form.rows()[-1].remove
    assert remove is not None
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert _saved(app, qtbot, editor).rule_for(RecipientKind.OTHER, "Union rep") is None

    form.keep_until.setFocus()
    qtbot.keyClick(form.keep_until, Qt.Key.Key_Down)
    qtbot.keyClick(form.keep_until, Qt.Key.Key_Down)
    assert _saved(app, qtbot, editor).keep_until is KeepUntil.I_ASK
    form.share_box.setFocus()
    qtbot.keyClick(form.share_box, Qt.Key.Key_Space)
    assert form.tag.text() == SHARED_TEXT
    expected = _saved(app, qtbot, editor)
    assert expected.shared
    # One section, one editing session: the autosaves made one version, labelled by both kinds of change.
    assert app.editing.history()[-1].label == ("Changed: your sharing agreement; changed what is shared: your "
                                               "sharing agreement")

    editor.clear()
    app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert reopened.editing.passport().sharing_agreement == expected
        view = EditorView(reopened, TaskRunner(synchronous=True))
        qtbot.addWidget(view)
        again = view.sharing_agreement
        assert again.agreement() == expected
        assert again.rows()[1].purpose.text() == "a flexible working request"
        assert again.share_box.isChecked() and again.keep_until.currentData() == KeepUntil.I_ASK.value
        view.clear()
        assert again.agreement().is_default  # locking wipes the screen, not the vault
    finally:
        reopened.close()
        app.context.vault = PassportApp.open(data_dir, passphrase=PASSPHRASE).vault  # the fixture closes it again


def test_a_refresh_shows_an_agreement_set_elsewhere(editor: EditorView, app: PassportApp) -> None:
    form = editor.sharing_agreement
    agreement = app.editing.passport().sharing_agreement
    agreement.rule("crisis_colleague").permission = Permission.NEVER
    agreement.keep_until = KeepUntil.I_MOVE_ON
    agreement.shared = True
    app.editing.set_sharing_agreement(agreement)  # e.g. by the command line, or History's restore
    editor.refresh()
    assert form.agreement() == app.editing.passport().sharing_agreement
    assert form.tag.text() == SHARED_TEXT


def test_a_mouse_wheel_passing_over_a_choice_does_not_change_it(editor: EditorView, app: PassportApp,
                                                               qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    editor.show_section(_page_row(editor, app))
    combo = editor.sharing_agreement.rows()[2].permission
    editor.sections.setFocus()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(centre, combo.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == Permission.NEVER.value
    assert not editor.has_unsaved_changes()


def test_typing_not_yet_saved_is_saved_when_the_vault_locks(editor: EditorView, app: PassportApp,
                                                            qtbot) -> None:  # noqa: ANN001
    form = editor.sharing_agreement
    form.add_button.click()
    name = form.rows()[-1].name
    assert name is not None
    qtbot.keyClicks(name, "Payroll")
    assert editor.has_unsaved_changes()  # the pause has not come yet
    editor.clear()  # what locking does first
    assert app.editing.passport().sharing_agreement.rule_for(RecipientKind.OTHER, "Payroll") is not None
    assert form.agreement().is_default  # and the screen holds nothing any more
