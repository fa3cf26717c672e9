"""What the dialog and view tests share, imported by name (``from tests.ui.ui_support import ...``).

The offscreen platform's size-hint warning to ignore, showing a widget and waiting until it is on
screen, reference screenshots for the README, and the check that a screen reader can name every
control a person can reach.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from tests.ui.screenshot_dir import SCREENSHOTS

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

Shown = TypeVar("Shown", bound=QWidget)


def unnamed_controls(root: QWidget, *, described: bool = False) -> list[str]:
    """Every focusable control under ``root`` (shown or not) with no accessible name; with ``described``,
    also those with no accessible description.

    The inner parts of spin and combo boxes are left out: the outer control carries the name.
    """
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if _inside(widget, (QAbstractSpinBox, QComboBox)):
            continue
        if not widget.accessibleName().strip() or (described and not widget.accessibleDescription().strip()):
            text = getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def screenshot(widget: QWidget, name: str) -> Path:
    """Save a picture of ``widget`` in :data:`SCREENSHOTS`, once its layouts have settled."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    _finish_editors(widget)
    QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path


def _finish_editors(widget: QWidget) -> None:
    """The editor makes its question cards a few per event-loop turn; make them all before a picture, so the
    scroll bars show the whole page and not the first card's share of it."""
    from carerpassport.ui.views.editor_view import EditorView

    editors = [widget] if isinstance(widget, EditorView) else widget.findChildren(EditorView)
    for editor in editors:
        list(editor.cards.values())
    QApplication.processEvents()


def shown(qtbot, widget: Shown, size: tuple[int, int] | None = None, *, active: bool = False) -> Shown:  # noqa: ANN001
    """``widget`` on screen (``qtbot`` closes it after the test); with ``active``, also the window with the
    keyboard focus, so key presses reach it."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    if active:
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
    return widget


def key_from_desktop(widget: QWidget, key: Qt.Key,
                     modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release ``key`` the way the desktop delivers it: to the window holding ``widget`` (which
    gives it to its focus widget), so window-level filters such as the idle timer and Ctrl+L see it.
    (``qtbot.keyClick`` hands the key straight to the widget, past the window.)"""
    from PySide6.QtTest import QTest

    handle = widget.window().windowHandle()
    assert handle is not None, "the widget's window must be shown"
    QTest.keyClick(handle, key, modifier)
