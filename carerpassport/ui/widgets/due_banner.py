"""A banner under the toolbar: what is due for review soon or overdue, and an open review to finish.

Shown when the vault is opened and refreshed after edits; hidden when nothing needs attention. The
wording carries the meaning (not the colour alone), and the button starts (or continues) a review.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.review import DueItem, DueState
from carerpassport.ui.dates import readable
from carerpassport.ui.theme import set_role

translate = QCoreApplication.translate

#: How long a due item's name may be in the banner's short line before it is cut ("…"; the tooltip has it all).
NAME_CHARS = 40


def when_in_words(due: dt.date, today: dt.date) -> str:
    """ "overdue since 1 November 2026", "due today", "due in 5 days (28 November 2026)"."""
    days = (due - today).days
    nice = readable(due)
    if days < 0:
        #: {date} is a date, e.g. "1 November 2026".
        return translate("DueBanner", "overdue since {date}").format(date=nice)
    if days == 0:
        return translate("DueBanner", "due today")
    if days == 1:
        return translate("DueBanner", "due in 1 day ({date})").format(date=nice)
    return translate("DueBanner", "due in {count} days ({date})").format(count=days, date=nice)


class DueBanner(QFrame):
    """What needs reviewing; ``start_review`` is emitted when the person asks to start (or continue)."""

    start_review = Signal()

    def __init__(self, app: PassportApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.items: list[DueItem] = []
        self.review_open = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # The label takes the banner role for its text colour; the frame around it already draws the box.
        self.message.setStyleSheet("QLabel { border: none; padding: 0; background: transparent; }")
        layout.addWidget(self.message, 1)
        self.button = QPushButton(translate("DueBanner", "Start a review"), self)
        self.button.setAccessibleName(translate("DueBanner", "Start a review"))
        self.button.setAccessibleDescription(translate(
            "DueBanner", "Go through your passport section by section and check it is still right."))
        self.button.clicked.connect(self.start_review.emit)
        layout.addWidget(self.button)
        self.setAccessibleName(translate("DueBanner", "Reviews due"))
        self.refresh()

    def _full_text(self, today: dt.date) -> str:
        """Every item due, with its date: the tooltip and the accessible description."""
        lines = []
        if self.review_open:
            lines.append(translate("DueBanner", "You started a review and have not finished it yet."))
        #: One item due: {what} is what is due (a question, an agreed action), {when} e.g. "due today".
        named = [translate("DueBanner", "{what}: {when}").format(what=item.what, when=when_in_words(item.due, today))
                 for item in self.items]
        if named:
            #: {items} lists what is due, separated by semicolons.
            head = translate("DueBanner", "Time to review your passport. {items}.") if self.overdue \
                else translate("DueBanner", "A review is coming up. {items}.")
            lines.append(head.format(items="; ".join(named)))
        return " ".join(lines)

    def _short_text(self, today: dt.date) -> str:
        """The gist in a line or two: the one item due, or how many are overdue and due soon."""
        parts = []
        if self.items:
            if len(self.items) == 1:
                item = self.items[0]
                what = item.what if len(item.what) <= NAME_CHARS else item.what[:NAME_CHARS - 1].rstrip() + "…"
                #: {what} is what is due (a question, an agreed action); {when} e.g. "due in 5 days (…)".
                head = translate("DueBanner", "Time to review: {what}, {when}.") if self.overdue \
                    else translate("DueBanner", "A review is coming up: {what}, {when}.")
                parts.append(head.format(what=what, when=when_in_words(item.due, today)))
            else:
                parts.append(self._counts_text())
        if self.review_open:
            parts.append(translate("DueBanner", "Your review is not finished.") if self.items
                         else translate("DueBanner", "You started a review and have not finished it yet."))
        return " ".join(parts)

    def _counts_text(self) -> str:
        """How many items are overdue (since when) and due soon, for two or more items."""
        overdue = [i.due for i in self.items if i.state is DueState.OVERDUE]
        soon = len(self.items) - len(overdue)
        since = readable(min(overdue)) if overdue else ""
        if overdue and soon:
            #: {overdue} and {soon} are numbers of items; {date} the earliest date overdue.
            text = translate("DueBanner", "Time to review: {overdue} overdue since {date} and {soon} due soon.")
        elif overdue:
            text = translate("DueBanner", "Time to review: {overdue} overdue since {date}.")
        else:
            text = translate("DueBanner", "A review is coming up: {soon} due soon.")
        return text.format(overdue=len(overdue), soon=soon, date=since)

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
        full = self._full_text(today)
        self.message.setText(self._short_text(today))
        # The banner sits above every page, so it says the gist in a line or two (at 200 % text on a
        # 1280×720 screen four lines left History and Sharing a sliver); every item is in the tooltip and
        # read out by screen readers, and the review itself lists them.
        self.message.setToolTip(full)
        self.message.setAccessibleName(translate("DueBanner", "Reviews due"))
        self.message.setAccessibleDescription(full)
        self.button.setText(translate("DueBanner", "Continue the review") if self.review_open
                            else translate("DueBanner", "Start a review"))
        self.button.setAccessibleName(self.button.text())
        self.setAccessibleDescription(full)
        set_role(self, "banner-overdue" if self.overdue else "banner-due")
        set_role(self.message, "banner-overdue" if self.overdue else "banner-due")
        self.show()
