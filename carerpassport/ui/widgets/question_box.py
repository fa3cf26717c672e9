"""The question asked before a change to the record: a button that names the change, and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def question_box(parent: QWidget, *, title: str, text: str, details: str, confirm: str,
                 answered: Callable[[bool], None], closed: Callable[[], None],
                 confirm_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
                 confirm_is_default: bool = True) -> QMessageBox:
    """A question for the caller to ``open()`` (never ``exec()``: no nested event loop).

    ``answered(True)`` when the ``confirm`` button is pressed, ``answered(False)`` for Cancel; then
    ``closed()``, and the box deletes itself.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(details)
    confirm_button = box.addButton(confirm, confirm_role)
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel_button.setText(translate("QuestionBox", "Cancel"))  # Qt has no Welsh for its own buttons
    box.setDefaultButton(confirm_button if confirm_is_default else cancel_button)
    box.setAccessibleName(title)
    box.buttonClicked.connect(lambda clicked: answered(clicked is confirm_button))
    box.finished.connect(closed)
    box.finished.connect(box.deleteLater)
    return box
