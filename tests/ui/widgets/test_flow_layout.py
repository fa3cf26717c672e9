"""The flowing row of buttons: one line when there is room, more lines (and more height) when there is not,
and never asking for more width than its widest button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from carerpassport.ui.widgets.flow_layout import FlowLayout
from tests.ui.ui_support import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _row(qtbot) -> tuple[QWidget, list[QPushButton]]:  # noqa: ANN001 - pytest-qt's qtbot
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(f"Button number {n}", host) for n in range(5)]
    for button in buttons:
        layout.addWidget(button)
    return host, buttons


def test_it_asks_only_for_its_widest_button_and_wraps_when_narrow(qtbot) -> None:  # noqa: ANN001
    host, buttons = _row(qtbot)
    layout = host.layout()
    assert layout is not None
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert layout.minimumSize().width() <= widest + 1
    wide = sum(b.sizeHint().width() for b in buttons) + 6 * 5
    one_line = layout.heightForWidth(wide)
    assert layout.heightForWidth(widest + 10) > 2 * one_line  # a line each
    host.resize(wide, one_line)
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) == 1  # side by side
    host.resize(wide // 2, layout.heightForWidth(wide // 2))
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    assert all(b.geometry().right() <= host.width() for b in buttons)


def test_hidden_buttons_take_no_room(qtbot) -> None:  # noqa: ANN001
    host, buttons = _row(qtbot)
    layout = host.layout()
    assert layout is not None
    before = layout.sizeHint().width()
    buttons[0].hide()
    layout.invalidate()
    assert layout.sizeHint().width() < before
