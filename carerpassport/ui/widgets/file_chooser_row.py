"""A file's path beside the button that chooses it; the dialog decides what choosing does."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from carerpassport.ui.widgets.accessible import set_accessible


class FileChooserRow(QWidget):
    """``path`` (read-only unless ``editable``, so a path can be typed or pasted) and ``button``, side by side.

    The names and descriptions are what a screen reader says for the path field and for the button.
    """

    def __init__(self, parent: QWidget, *, button_text: str, button_name: str, button_description: str,
                 path_name: str, path_description: str = "", placeholder: str = "", editable: bool = False) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line high, like the field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(self)
        self.path.setReadOnly(not editable)
        self.path.setPlaceholderText(placeholder)
        set_accessible(self.path, path_name, path_description)
        self.button = QPushButton(button_text, self)
        set_accessible(self.button, button_name, button_description)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.button)
