"""Help › About, opened from the Help menu of a real main window on a vault: the version, the folders the app
really uses (selectable, to copy), the licence and that it never goes online; Escape closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit

import carerpassport
from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def opened(shell_window: MainWindow, app: PassportApp) -> MainWindow:  # noqa: F811
    shell_window.set_app(app)
    return shell_window


def open_about(window: MainWindow, qtbot, look: Callable[[QDialog], None]) -> QDialog:  # type: ignore[no-untyped-def]
    """Choose Help › About as a person would (the menu's action, which runs the dialog modally), call
    ``look`` on the dialog while it shows, then press Escape in it. Returns the dialog, closed."""
    action = next(a for a in window.menus["help"].actions() if a is window.about_action)
    assert action.isVisible() and action.isEnabled()
    seen: list[QDialog] = []

    def while_shown() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QDialog)
        seen.append(box)
        try:
            look(box)
        finally:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            if box.isVisible():  # Escape did not close it: close it anyway, so exec returns
                box.reject()

    QTimer.singleShot(0, while_shown)
    action.trigger()
    assert seen, "Help › About showed no dialog"
    return seen[0]


def labels(box: QDialog) -> str:
    return "\n".join(label.text() for label in box.findChildren(QLabel) if label.isVisible())


def test_about_shows_the_version_and_the_folders_in_use_and_escape_closes_it(opened: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                                               app: PassportApp) -> None:
    looked: dict[str, object] = {}

    def look(box: QDialog) -> None:
        looked["text"] = labels(box)
        fields = [field for field in box.findChildren(QLineEdit) if field.isVisible()]
        looked["paths"] = [field.text() for field in fields]
        looked["read only"] = all(field.isReadOnly() for field in fields)
        looked["labelled"] = all(any(label.buddy() is field for label in box.findChildren(QLabel)) for field in fields)
        close = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        looked["close"] = close.isVisible() and box.rect().contains(close.geometry())

    box = open_about(opened, qtbot, look)
    assert carerpassport.__version__ in str(looked["text"])
    assert looked["paths"] == [str(app.data_dir), opened.settings.store.fileName()]
    assert Path(str(app.data_dir)) == opened.data_dir
    assert looked["read only"] and looked["labelled"] and looked["close"]
    assert not box.isVisible() and box.result() == QDialog.DialogCode.Rejected


@pytest.mark.english
def test_about_names_the_licence_and_says_the_app_never_goes_online(opened: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    looked: dict[str, str] = {}
    open_about(opened, qtbot, lambda box: looked.update(text=labels(box), title=box.windowTitle()))
    text = looked["text"]
    assert looked["title"] == "About Carer's Passport"
    assert f"Version {carerpassport.__version__}" in text
    assert "GNU General Public License, version 3 or any later version (GPL-3.0-or-later)" in text
    assert "free software" in text and "no warranty" in text
    assert "never connects to the internet or to any other network" in text
    assert "no update checks" in text
