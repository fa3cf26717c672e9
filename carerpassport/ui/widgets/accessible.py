"""Small widgets that every dialog and view builds, each named for screen readers as it is made.

A screen reader reads a control by its accessible name and description, so the builders here take them
as arguments: a widget cannot be made without deciding what it is called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar, QWidget

from carerpassport.ui.theme import set_role

translate = QCoreApplication.translate


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    """Give ``widget`` the name and description a screen reader announces."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def title_window(window: QWidget, title: str, description: str) -> None:
    """The window title, which is also its accessible name, and what the window is for."""
    window.setWindowTitle(title)
    set_accessible(window, title, description)


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A view's title, in the heading style."""
    label = QLabel(text, parent)
    set_role(label, "heading")
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    """Secondary text that wraps: an introduction, or a hint beside a control."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


def status_label(parent: QWidget, name: str = "", description: str = "") -> QLabel:
    """An empty line that wraps, for progress, outcomes and problems (named "Status" unless ``name`` says)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_accessible(label, name or translate("Accessible", "Status"), description)
    return label


def busy_bar(name: str, description: str, parent: QWidget) -> QProgressBar:
    """A hidden progress bar with no end, shown while work runs off the GUI thread."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setVisible(False)
    set_accessible(bar, name, description)
    return bar


def read_only_text(name: str, description: str, parent: QWidget, *, tab_leaves: bool = False) -> QPlainTextEdit:
    """Text to read and select but not change; with ``tab_leaves`` Tab moves on to the next control."""
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    if tab_leaves:
        box.setTabChangesFocus(True)
    set_accessible(box, name, description)
    return box


def close_button_box(dialog: QDialog, description: str = "") -> QDialogButtonBox:
    """A button box holding "Close" (which rejects ``dialog``); the dialog adds its own buttons to it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    #: The standard Close button (Qt has no Welsh of its own); no underlined letter, as Qt's has none here.
    close.setText(translate("Accessible", "Close"))
    set_accessible(close, translate("Accessible", "Close"), description)
    buttons.rejected.connect(dialog.reject)
    return buttons
