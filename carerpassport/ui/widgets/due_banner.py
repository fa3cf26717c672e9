"""A banner under the toolbar: what is due for review soon or overdue, and an open review to finish.

Shown when the vault is opened and refreshed after edits; hidden when nothing needs attention. The
wording carries the meaning (not the colour alone), and the button starts (or continues) a review.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.review import DueItem, DueState
from carerpassport.ui.dates import readable
from carerpassport.ui.theme import set_role

#: How many due items the banner names before saying "and N more".
SHOWN_ITEMS = 3


def when_in_words(due: dt.date, today: dt.date) -> str:
    """ "overdue since 1 November 2026", "due today", "due in 5 days (28 November 2026)"."""
    days = (due - today).days
    nice = readable(due)
    if days < 0:
        return f"overdue since {nice}"
    if days == 0:
        return "due today"
    return f"due in {days} day{'s' if days != 1 else ''} ({nice})"


class DueBanner(QFrame):
    """What needs reviewing; ``start_review`` is emitted when the person asks to start (or continue)."""

    start_review = Signal()

    def __init__(self, app: PassportApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.items: list[DueItem] = []
        self.review_open = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # The label takes the banner role for its text colour; the frame around it already draws the box.
        self.message.setStyleSheet("QLabel { border: none; padding: 0; background: transparent; }")
        layout.addWidget(self.message, 1)
        self.button = QPushButton("Start a review", self)
        self.button.setAccessibleName("Start a review")
        self.button.setAccessibleDescription("Go through your passport section by section and check it is still "
                                             "right.")
        self.button.clicked.connect(self.start_review.emit)
        layout.addWidget(self.button)
        self.setAccessibleName("Reviews due")
        self.refresh()

    @property
    def overdue(self) -> bool:
        return any(i.state is DueState.OVERDUE for i in self.items)

    def refresh(self) -> None:
        """Look again at what is due (after an edit, a review or a restore)."""
        try:
            self.items = self.app.editing.due()
            self.review_open = self.app.reviews.current_review() is not None
        except PassportError:
            self.items, self.review_open = [], False
        if not self.items and not self.review_open:
            self.hide()
            return
        today = self.app.today()
        lines = []
        if self.review_open:
            lines.append("You started a review and have not finished it yet.")
        named = [f"{item.what}: {when_in_words(item.due, today)}" for item in self.items[:SHOWN_ITEMS]]
        if len(self.items) > SHOWN_ITEMS:
            named.append(f"and {len(self.items) - SHOWN_ITEMS} more")
        if named:
            head = "Time to review your passport." if self.overdue else "A review is coming up."
            lines.append(head + " " + "; ".join(named) + ".")
        text = " ".join(lines)
        self.message.setText(text)
        self.button.setText("Continue the review" if self.review_open else "Start a review")
        self.button.setAccessibleName(self.button.text())
        self.setAccessibleDescription(text)
        set_role(self, "banner-overdue" if self.overdue else "banner-due")
        set_role(self.message, "banner-overdue" if self.overdue else "banner-due")
        self.show()
