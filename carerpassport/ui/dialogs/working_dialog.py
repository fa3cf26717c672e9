"""The base of the dialogs whose work runs off the GUI thread (backup, restore, sending and opening copies)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout

from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import busy_bar, close_button_box, status_label

translate = QCoreApplication.translate


class WorkingDialog(QDialog):
    """Under the dialog's own controls: a busy bar, a status line, and a button box holding "Close".

    ``_busy`` and ``_idle`` show the work starting and ending, then call ``_update``, where a subclass
    enables the buttons that can be used now (none that start work while ``progress`` is shown).
    """

    def _add_status_area(self, layout: QVBoxLayout, close_description: str) -> None:
        """Add the busy bar, the status line and ``buttons``, where the dialog adds its own buttons."""
        self.progress = busy_bar(translate("WorkingDialog", "Working"), "", self)
        layout.addWidget(self.progress)
        self.status = status_label(self)
        layout.addWidget(self.status)
        self.buttons = close_button_box(self, close_description)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        """Enable what can be used now; the dialog says what that is."""

    def _busy(self, text: str) -> None:
        self.progress.setVisible(True)
        set_role(self.status, "hint")
        self.status.setText(text)
        self._update()

    def _idle(self, text: str, role: str = "hint") -> None:
        self.progress.setVisible(False)
        set_role(self.status, role)
        self.status.setText(text)
        self._update()
