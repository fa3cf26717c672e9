"""Keyboard focus a person can follow: Tab brings each question into view with its box, the toolbar's
actions have a keyboard route, focus comes back after a dialog, and the menus are plainly unavailable
while first run or unlock waits (a modal dialog blocks them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.editor_view import EditorView
from carerpassport.ui.widgets.question_card import QuestionCard
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.fixture
def short_editor(app: PassportApp, qtbot) -> Iterator[EditorView]:  # noqa: ANN001 - pytest-qt's qtbot
    """An editor on a short window: only a card or two fits at a time."""
    view = shown(qtbot, EditorView(app, TaskRunner(synchronous=True)), (900, 520), active=True)
    yield view
    view.clear()


def test_tab_brings_each_question_into_view_with_its_box(short_editor: EditorView, qtbot) -> None:  # noqa: ANN001
    view = short_editor
    view.show_section(1)
    first = view.cards["caring.responsibilities"]
    for field_id in ("caring.effect_on_work", "caring.work_effect_on_caring", "caring.how_managing",
                     "caring.future_changes"):
        view.cards[field_id]  # noqa: B018 - looking a card up makes it
    qtbot.waitUntil(lambda: not view._built[1].waiting(), timeout=5000)
    first.answer.setFocus(Qt.FocusReason.TabFocusReason)
    scroll = view.pages.currentWidget()
    assert isinstance(scroll, QScrollArea)
    seen: list[str] = []
    for _ in range(30):  # bounded: five cards, a few controls each
        focused = QApplication.focusWidget()
        assert focused is not None
        card = focused.parentWidget()
        while card is not None and not isinstance(card, QuestionCard):
            card = card.parentWidget()
        if card is not None and focused is card.answer and card.field.id not in seen:
            seen.append(card.field.id)
            viewport = _global(scroll.viewport())
            assert viewport.contains(_global(card.label)), f"{card.field.id}: its question is out of sight"
            assert viewport.contains(_global(focused)), f"{card.field.id}: its box is out of sight"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if len(seen) == 5:
            break
    assert len(seen) == 5, seen
    assert scroll.verticalScrollBar().value() > 0  # it did have to scroll: the test is not vacuous


def test_every_toolbar_action_has_a_keyboard_route(shell_window: MainWindow, filled_app: PassportApp) -> None:  # noqa: F811
    shell_window.set_app(filled_app)
    menu_actions = {a for menu in shell_window.menus.values() for a in menu.actions()}
    for action in shell_window.toolbar.actions():
        button = shell_window.toolbar.widgetForAction(action)
        keys = action.shortcut().toString()
        tabbable = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
        # a shortcut, said in the tooltip and beside the menu entry, or Tab reaches the button itself
        assert tabbable or (keys and keys in action.toolTip() and action in menu_actions), action.text()


def test_focus_returns_where_it_was_after_a_dialog(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                                   qtbot) -> None:  # noqa: ANN001
    shell_window.set_app(filled_app)
    shell_window.activateWindow()
    qtbot.waitUntil(shell_window.isActiveWindow)
    editor = shell_window.view("passport")
    assert isinstance(editor, EditorView)
    box = editor.cards["caring.responsibilities"].answer
    assert isinstance(box, QPlainTextEdit)
    editor.show_section(1)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    dialog = shell_window.open_settings()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not box)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=3000)


def test_menus_are_plainly_unavailable_while_first_run_waits(shell_window: MainWindow, qtbot) -> None:  # noqa: ANN001, F811
    assert shell_window.menuBar().isEnabled()
    shell_window.start()  # no vault yet: first run
    qtbot.waitUntil(lambda: shell_window.unlock_dialog is not None and shell_window.unlock_dialog.isVisible())
    assert not shell_window.menuBar().isEnabled()
    shell_window.unlock_dialog.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(shell_window.menuBar().isEnabled)
