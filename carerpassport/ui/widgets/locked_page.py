"""The page the main window shows while the passport is locked: nothing from the passport, one button.

The button unlocks, or (when no passport was set up) starts setting one up again. The text says why the
passport locked (idle, screen lock, a restore) so someone coming back to the screen knows what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


def locked_text() -> str:
    return translate("LockedPage", "Nothing from your passport is on the screen or in memory while it is locked.")


def not_set_up_text() -> str:
    return translate("LockedPage", "No passport was created. Close the app, or set one up now.")


class LockedPage(QWidget):
    """Title, a sentence, and one button; ``unlock_requested`` / ``setup_requested`` say which was pressed."""

    unlock_requested = Signal()
    setup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_mode = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # This page is the first frame: its properties are set by name, not with Qt's enums (the first
        # of those makes PySide6 build its whole Qt namespace; see ui/qt_namespace.py). Not styled yet,
        # so the role needs no re-polish (theme.set_role).
        self.title = QLabel(translate("LockedPage", "Your passport is locked"), self)
        self.title.setProperty("role", "heading")
        self.title.setProperty("alignment", "AlignCenter")
        self.text = QLabel(locked_text(), self)
        self.text.setWordWrap(True)
        self.text.setProperty("alignment", "AlignCenter")
        self.text.setProperty("textInteractionFlags", "NoTextInteraction")
        # Text set apart: QPushButton(text, parent) makes PySide6 weigh its QIcon overload, which builds
        # the Python class of QIcon and its enums (2 ms before the first paint).
        self.button = QPushButton(self)
        self.button.setText(translate("LockedPage", "&Unlock…"))
        self.button.setAccessibleName(translate("LockedPage", "Unlock"))
        self.button.setAccessibleDescription(translate(
            "LockedPage", "Open your passport with your passphrase or recovery code."))
        self.button.clicked.connect(self._pressed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_locked(self, reason: str = "") -> None:
        """The passport is locked; ``reason`` (a sentence) says why, if it did not lock on request."""
        self.setup_mode = False
        self.title.setText(translate("LockedPage", "Your passport is locked"))
        self.text.setText((reason + "\n\n" if reason else "") + locked_text())
        self.button.setText(translate("LockedPage", "&Unlock…"))
        self.button.setAccessibleName(translate("LockedPage", "Unlock"))
        self.button.setAccessibleDescription(translate(
            "LockedPage", "Open your passport with your passphrase or recovery code."))

    def show_not_set_up(self) -> None:
        """Setting up was cancelled: offer to start it again."""
        self.setup_mode = True
        self.title.setText(translate("LockedPage", "No passport yet"))
        self.text.setText(not_set_up_text())
        self.button.setText(translate("LockedPage", "&Set up…"))
        self.button.setAccessibleName(translate("LockedPage", "Set up"))
        self.button.setAccessibleDescription(translate(
            "LockedPage", "Create your passport, or restore it from a backup."))

    def _pressed(self) -> None:
        (self.setup_requested if self.setup_mode else self.unlock_requested).emit()
