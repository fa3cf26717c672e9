"""The line inside a dialog or wizard page that says why something cannot be saved yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from carerpassport.domain.errors import PassportError
from carerpassport.ui.theme import set_role


class ProblemLabel(QLabel):
    """A wrapping error line named "Problem", hidden until there is a problem to show."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(QCoreApplication.translate("ProblemLabel", "Problem"))
        set_role(self, "error")

    def show_problem(self, message: str) -> None:
        """Show ``message``, the sentence a person can act on."""
        self.setText(message)
        self.setVisible(True)

    def attempt(self, work: Callable[[], object]) -> bool:
        """Run ``work``: True when it went through (any earlier problem is hidden), False when it raised a
        :class:`PassportError`, whose sentence is then shown here."""
        try:
            work()
        except PassportError as exc:
            self.show_problem(str(exc))
            return False
        self.hide()
        return True
