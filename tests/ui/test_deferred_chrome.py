"""The app's start builds the main window's hidden parts after the first paint (``defer_chrome=True``):
once the events have run, that window has exactly the actions, shortcuts, menus, toolbar and navigation of
one built all at once, and its shortcuts work. Before the first paint it shows the locked page under the
menu bar's titles and says "Locked"; ``start()`` never runs without the chrome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QToolBar

from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.unlock_flow import UnlockFlow
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme  # noqa: F401
from tests.ui.ui_support import key_from_desktop

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, settings: AppSettings, theme: ThemeManager, runner: TaskRunner, data_dir: Path,  # noqa: ANN001
            *, defer: bool) -> MainWindow:
    window = MainWindow(settings=settings, theme=theme, runner=runner, data_dir=data_dir, keyring=None,
                        defer_chrome=defer)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def deferred(qtbot, shell_settings: AppSettings, shell_theme: ThemeManager,  # noqa: ANN001, F811
             shell_runner: TaskRunner, data_dir: Path) -> Iterator[MainWindow]:  # noqa: F811
    """A window as the app's start makes it, shown, after its first paint and the events that follow."""
    window = _window(qtbot, shell_settings, shell_theme, shell_runner, data_dir, defer=True)
    assert not window.chrome_built
    window.show()
    qtbot.waitUntil(lambda: window.chrome_built, timeout=5000)
    yield window
    window.close()


def _keys(action: object) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)  # type: ignore[attr-defined]


def chrome(window: MainWindow) -> dict[str, object]:
    """Everything the deferred build makes, as plain data: menus (entries, separators, shortcuts, tips,
    enabled), the toolbar, the navigation, the pages and the status bar."""
    menus = {
        key: [(a.text(), a.isSeparator(), _keys(a), a.toolTip(), a.statusTip(), a.isEnabled()) for a in m.actions()]
        for key, m in window.menus.items()}
    bar = [(a.text(), a.isSeparator()) for a in window.menuBar().actions()]
    toolbars = window.findChildren(QToolBar)
    navigation = window.findChildren(QListWidget, "navigation")
    return {
        "menu bar": bar, "menus": menus,
        "toolbars": [(t.objectName(), t.accessibleName(), [(a.text(), _keys(a)) for a in t.actions()])
                     for t in toolbars],
        "toolbar shown": window.toolbar.isVisibleTo(window),
        "navigation": [[(n.item(r).text(), n.item(r).data(Qt.ItemDataRole.UserRole), n.item(r).toolTip())
                        for r in range(n.count())] for n in navigation],
        "views": {k: (a.text(), _keys(a), a.isEnabled()) for k, a in window.view_actions.items()},
        "dialogs": [(d.cls, a.text(), _keys(a), a.isEnabled()) for d, a in window.dialog_actions],
        "vault actions": [a.text() for a in window.vault_actions],
        "window actions": sorted((a.text(), _keys(a)) for a in window.actions()),
        "pages": window.modes.count(), "showing": window.modes.currentIndex(),
        "status": (window.lock_state.text(), window.save_state.text()),
    }


def test_the_deferred_window_ends_up_with_the_same_chrome(qtbot, deferred: MainWindow,  # noqa: ANN001
                                                         shell_settings: AppSettings, shell_theme: ThemeManager,  # noqa: F811
                                                         shell_runner: TaskRunner, data_dir: Path) -> None:  # noqa: F811
    at_once = _window(qtbot, shell_settings, shell_theme, shell_runner, data_dir, defer=False)
    assert at_once.chrome_built
    at_once.show()
    qtbot.waitExposed(at_once)
    expected = chrome(at_once)
    assert len(expected["menus"]["file"]) > 5 and expected["toolbars"] and expected["navigation"][0]  # type: ignore[index]
    assert chrome(deferred) == expected
    at_once.close()


def test_before_its_first_paint_the_window_shows_the_locked_page_and_the_menu_titles(
        qtbot, shell_settings: AppSettings, shell_theme: ThemeManager, shell_runner: TaskRunner,  # noqa: ANN001, F811
        data_dir: Path) -> None:
    window = _window(qtbot, shell_settings, shell_theme, shell_runner, data_dir, defer=True)
    assert not window.chrome_built
    assert window.modes.currentWidget() is window.locked_page and window.modes.count() == 1
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Review", "&Manager", "&Help"]
    assert all(not menu.actions() for menu in window.menus.values()), "filled only after the first paint"
    assert window.lock_state.text() == "Locked"
    assert window.findChildren(QToolBar) == []


def test_start_builds_the_chrome_if_it_comes_first(qtbot, shell_settings: AppSettings,  # noqa: ANN001, F811
                                                   shell_theme: ThemeManager, shell_runner: TaskRunner,  # noqa: F811
                                                   data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, shell_settings, shell_theme, shell_runner, data_dir, defer=True)
    started: list[bool] = []
    # the unlock flow is made with the chrome too, so it is patched on its class
    monkeypatch.setattr(UnlockFlow, "start", lambda flow: started.append(window.chrome_built))
    window.start()
    assert started == [True] and window.toolbar is not None and window.navigation.count() > 0


def test_the_deferred_windows_shortcuts_work(qtbot, deferred: MainWindow, filled_app: PassportApp) -> None:  # noqa: ANN001
    deferred.set_app(filled_app)
    deferred.activateWindow()
    qtbot.waitUntil(lambda: deferred.current_view_key() is not None, timeout=5000)
    key_from_desktop(deferred, Qt.Key.Key_2, CTRL)  # the "Agreed actions" action's shortcut
    assert deferred.current_view_key() == "actions"
    assert deferred.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "actions"
    with qtbot.waitSignal(deferred.locked, timeout=5000):
        key_from_desktop(deferred.view("actions"), Qt.Key.Key_L, CTRL)  # Ctrl+L from the page (LockKeys)
    assert deferred.app is None and deferred.modes.currentWidget() is deferred.locked_page
