"""The whole flow by keyboard only: first run → write an answer → add an agreed action → lock → unlock,
with key presses sent to whichever widget has the focus (Tab, Enter, Ctrl+ shortcuts; no clicks), then
the vault is opened again from disk to prove the answer and the action were really kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.action_dialog import ActionDialog
from carerpassport.ui.dialogs.first_run import CODE, PROTECT, FirstRunDialog
from carerpassport.ui.dialogs.unlock import UnlockDialog
from carerpassport.ui.main_window import MainWindow
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import ANSWER_FIELD, reopen
from tests.ui.ui_support import key_from_desktop

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
PASS = "kettle lamp garden bicycle"
ANSWER = "I care for my mum after her stroke; mornings are hardest."
ACTION = "Start at 10:00 on Tuesdays and Thursdays"


class Keyboard:
    """Presses keys on the widget that has the focus in ``window``, as a real keyboard does."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001 - pytest-qt's qtbot
        self.qtbot = qtbot

    def activate(self, window: QWidget) -> None:
        """What a window manager does when a window opens (the offscreen platform waits to be asked)."""
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    def focus(self, window: QWidget) -> QWidget:
        widget = window.focusWidget()
        assert widget is not None, f"nothing has the focus in {window.windowTitle()!r}"
        return widget

    def press(self, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        key_from_desktop(self.focus(window), key, modifier)  # through the window, as a real key press comes

    def type(self, window: QWidget, text: str) -> None:
        self.qtbot.keyClicks(self.focus(window), text)

    def tab_to(self, window: QWidget, target: QWidget, limit: int = 60) -> None:
        """Press Tab until ``target`` has the focus (fails if Tab never reaches it: a keyboard trap)."""
        for _ in range(limit):
            if window.focusWidget() is target:
                return
            self.press(window, Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target.accessibleName()!r}; stuck at {self.focus(window)!r}")


def _first_run(keys: Keyboard, window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = window.unlock_dialog
    assert isinstance(dialog, FirstRunDialog)
    keys.activate(dialog)
    assert keys.focus(dialog) is dialog.name_field
    keys.type(dialog, "Sian Jones")
    keys.press(dialog, Qt.Key.Key_Tab)
    keys.type(dialog, "Bob Smith")
    keys.press(dialog, Qt.Key.Key_Return)  # Next
    assert dialog.page() == PROTECT and keys.focus(dialog) is dialog.passphrase.first
    keys.type(dialog, PASS)
    keys.press(dialog, Qt.Key.Key_Tab)
    keys.type(dialog, PASS)
    keys.press(dialog, Qt.Key.Key_Return)  # Create my passport
    assert dialog.page() == CODE and dialog.code_widget is not None
    code = dialog.code_widget.code_field.text()  # what the person reads on the screen
    keys.tab_to(dialog, dialog.code_widget.check_field)
    keys.type(dialog, code.split("-")[dialog.code_widget.check_group - 1])
    with qtbot.waitSignal(window.unlocked):
        keys.press(dialog, Qt.Key.Key_Return)  # checks the group, then Start


def _answer(keys: Keyboard, window: MainWindow) -> None:
    editor = window.view("passport")
    keys.tab_to(window, editor.sections)  # type: ignore[attr-defined]
    keys.press(window, Qt.Key.Key_Return)  # into the section's first question
    box = editor.cards[ANSWER_FIELD].answer  # type: ignore[attr-defined]
    assert keys.focus(window) is box
    keys.type(window, ANSWER)
    keys.press(window, Qt.Key.Key_Tab)  # leaving the box saves it


def _add_action(keys: Keyboard, window: MainWindow, qtbot) -> None:  # noqa: ANN001
    keys.press(window, Qt.Key.Key_2, CTRL)
    actions = window.view("actions")
    assert window.pages.currentWidget() is actions
    keys.tab_to(window, actions.table)  # type: ignore[attr-defined]
    keys.press(window, Qt.Key.Key_N, CTRL)
    dialog = actions.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ActionDialog) and keys.focus(dialog) is dialog.what
    keys.activate(dialog)
    keys.type(dialog, ACTION)
    keys.press(dialog, Qt.Key.Key_Return, CTRL)  # save
    qtbot.waitUntil(lambda: not (shiboken6.isValid(dialog) and dialog.isVisible()))  # closed, maybe deleted
    keys.activate(window)


def _lock_and_unlock(keys: Keyboard, window: MainWindow, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.locked):
        keys.press(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.unlock_dialog, UnlockDialog) and window.unlock_dialog.isVisible())
    dialog = window.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and keys.focus(dialog) is dialog.secret_field
    keys.activate(dialog)
    keys.type(dialog, PASS)
    with qtbot.waitSignal(window.unlocked):
        keys.press(dialog, Qt.Key.Key_Return)


def test_first_run_answer_action_lock_unlock_by_keyboard(shell_window: MainWindow, data_dir: Path,  # noqa: F811
                                                         qtbot) -> None:  # noqa: ANN001
    keys = Keyboard(qtbot)
    shell_window.start()
    _first_run(keys, shell_window, qtbot)
    keys.activate(shell_window)
    _answer(keys, shell_window)
    _add_action(keys, shell_window, qtbot)
    _lock_and_unlock(keys, shell_window, qtbot)

    keys.activate(shell_window)
    editor = shell_window.view("passport")
    assert editor.cards[ANSWER_FIELD].text() == ANSWER  # type: ignore[attr-defined]
    keys.press(shell_window, Qt.Key.Key_Q, CTRL)  # quit
    assert shell_window.app is None and not shell_window.isVisible()

    app: PassportApp = reopen(data_dir, passphrase=PASS)
    try:
        passport = app.editing.passport()
        assert passport.employee.name == "Sian Jones" and passport.manager.name == "Bob Smith"
        assert passport.answer(ANSWER_FIELD).text == ANSWER
        assert [a.what for a in passport.actions] == [ACTION]
    finally:
        app.close()
