"""One line saying where the passport stands with the line manager, on the Passport and Agreed actions pages.

The words are the use case's (``app.agreement.status()``, the same line ``carerpassport show`` prints); this
widget only shows them, with a look per state (the wording carries the meaning, not the colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.agreement import AgreementState, AgreementStatus
from carerpassport.domain.model import Passport
from carerpassport.ui.theme import set_role

# Changed-since is ordinary text: a bigger, bolder line took two lines of a 768-pixel screen at 200 % text.
ROLES = {AgreementState.AGREED: "saved", AgreementState.CHANGED: "", AgreementState.NOT_AGREED: "hint"}


class AgreementLine(QLabel):
    """The status line; :meth:`refresh` reads it again (after a save, an import, a review)."""

    def __init__(self, app: PassportApp, parent: QWidget | None = None, *, read_now: bool = True) -> None:
        super().__init__(parent)
        self.app = app
        self.status: AgreementStatus | None = None
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(QCoreApplication.translate("AgreementLine", "Agreement with your manager"))
        if read_now:  # a page that refreshes itself once built says False: the line is read once, not twice
            self.refresh()

    def refresh(self, passport: Passport | None = None) -> None:
        """Read the line again; ``passport`` is the current one when the caller has just read it."""
        status = self.app.agreement.status(passport)
        if status == self.status:
            return
        self.status = status
        text = ("✓ " if status.state is AgreementState.AGREED else "") + status.text + "."
        self.setText(text)
        self.setAccessibleDescription(text)
        set_role(self, ROLES[status.state])

    def clear(self) -> None:
        """Forget the line (the vault is locking): it names the manager and dates."""
        self.status = None
        self.setText("")
        self.setAccessibleDescription("")
