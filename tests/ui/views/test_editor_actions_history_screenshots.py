"""Reference screenshots of the editor, agreed actions and history views (light theme) for the README.

Each test also checks what it grabbed is a real picture of the view (right size, not blank).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.actions_view import ActionsView
from carerpassport.ui.views.editor_view import EditorView
from carerpassport.ui.views.history_view import HistoryView
from tests.ui.shell_fixtures import shell_theme
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown

SIZE = (1180, 760)

# The offscreen platform cannot resize to size hints and says so; that is not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["shell_theme"]  # a fixture (the light theme, put back afterwards), used by name


def _save(view: QWidget, qtbot, name: str) -> Path:  # noqa: ANN001 - pytest-qt's qtbot
    path = screenshot(shown(qtbot, view, SIZE), name)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (SIZE[0] * image.devicePixelRatio(), SIZE[1] * image.devicePixelRatio())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 5, "the screenshot is blank"
    return path


def test_editor_screenshot(filled_app: PassportApp, qtbot, shell_theme: object) -> None:
    filled_app.editing.set_answer("employee.role", "Customer adviser")
    filled_app.editing.set_answer("employee.team", "Payments, Leeds office")
    view = EditorView(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.show_section(1)
    _save(view, qtbot, "editor.png")


def test_actions_screenshot(filled_app: PassportApp, qtbot, shell_theme: object) -> None:
    action = filled_app.editing.add_action("Use carer's leave for hospital appointments", kind="leave", owner="Me",
                                   status="proposed")
    filled_app.editing.update_action(action.id, status="declined", decline_reason="Team cover is too short in December")
    filled_app.editing.add_action("Keep my phone on my desk during meetings", kind="emergency_cover", owner="Bob Smith",
                          status="in_place")
    view = ActionsView(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.select_action(filled_app.editing.passport().actions[0].id)
    _save(view, qtbot, "actions.png")


def test_history_screenshot(filled_app: PassportApp, qtbot, shell_theme: object) -> None:
    filled_app.editing.set_answer("caring.effect_on_work", "I may need to leave at short notice, and I cannot "
                          "stay late on Tuesdays or Thursdays.")
    view = HistoryView(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    _save(view, qtbot, "history.png")
