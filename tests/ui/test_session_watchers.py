"""The idle timer and Ctrl+L watch the app's windows (not every event of every widget): they must still see
input in windows opened after they started, and nothing once they stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from carerpassport.ui.session import InactivityTimer, LockKeys
from tests.ui.shell_fixtures import OFFSCREEN_NOISE
from tests.ui.ui_support import key_from_desktop, shown

CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _window_with_box(qtbot, parent: QWidget | None = None) -> tuple[QWidget, QLineEdit]:  # noqa: ANN001
    window = QDialog(parent) if parent is not None else QWidget()
    box = QLineEdit(window)
    QVBoxLayout(window).addWidget(box)
    shown(qtbot, window, active=True)
    box.setFocus()
    return window, box


def test_ctrl_l_in_a_window_opened_later_and_not_after_deactivate(qtbot) -> None:  # noqa: ANN001
    main, _ = _window_with_box(qtbot)
    keys = LockKeys(parent=main)
    pressed: list[int] = []
    keys.pressed.connect(lambda: pressed.append(1))
    keys.activate()
    dialog, box = _window_with_box(qtbot, main)  # a dialog opened after the watch started
    dialog.setModal(True)
    key_from_desktop(box, Qt.Key.Key_L, CTRL)
    assert pressed == [1]
    assert box.text() == "", "Ctrl+L is taken by the lock, not typed"
    key_from_desktop(box, Qt.Key.Key_X)
    assert box.text() == "x" and pressed == [1], "other keys pass through"

    keys.deactivate()
    key_from_desktop(box, Qt.Key.Key_L, CTRL)
    assert pressed == [1], "stopped watching"
    keys.activate()  # and can start again, with a window closed and deleted in between
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(10)
    key_from_desktop(main, Qt.Key.Key_L, CTRL)
    assert pressed == [1, 1]
    keys.deactivate()


def test_typing_in_a_later_window_keeps_the_idle_timer_from_firing(qtbot) -> None:  # noqa: ANN001
    main, _ = _window_with_box(qtbot)
    timer = InactivityTimer(parent=main)
    timer.activate()
    timer.set_interval_ms(400)
    _dialog, box = _window_with_box(qtbot, main)  # opened after the watch started
    with qtbot.assertNotEmitted(timer.inactive, wait=50):
        for _ in range(6):  # 6 x 150 ms of typing: longer than the idle time, but never idle for it
            key_from_desktop(box, Qt.Key.Key_A)
            qtbot.wait(150)
    with qtbot.waitSignal(timer.inactive, timeout=3000):
        pass  # and idle once the typing stops
    timer.deactivate()
    with qtbot.assertNotEmitted(timer.inactive, wait=600):
        key_from_desktop(box, Qt.Key.Key_A)  # no longer watching, nor counting
