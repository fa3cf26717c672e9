"""A radio button or check box whose words wrap: the button without text, and a word-wrapped label beside it
that acts for it (a click on the words, or the underlined letter, clicks the button).

Qt's buttons never wrap their text, so one long answer sets the width of its whole window: a translation
40 % longer than the English, at 200 % text, made the first-run window and Settings wider than a
1280-pixel screen (tests/ui/test_translation.py walks them in the pseudo-language).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QWidget


class ChoiceLabel(QLabel):
    """The words of a :func:`wrapping_choice` button: clicking them, or their mnemonic, clicks the button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.button.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.button.click()  # as the button's own mnemonic would
            return True
        return super().event(event)


def wrapping_choice(button: QAbstractButton, text: str, parent: QWidget | None = None) -> QWidget:
    """``button`` (its text moved to a wrapping label; give it an accessible name) in a row with the words."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    button.setText("")
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    label = ChoiceLabel(text, button, row)
    layout.addWidget(label, 1)
    button.setProperty("choice_label", label)
    return row
