"""The list of saved versions (revisions), newest first, with times and reasons in plain words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from carerpassport.ui.dates import readable
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel
from carerpassport.vault.repository import RevisionInfo

VERSION, WHEN, WHAT_HAPPENED, SUMMARY = range(4)
#: SUMMARY ("Version 8 — Today, 21:04 — Edited") is for the "Compare with" list; the table hides it.
COLUMN_TITLES = ("Version", "When", "What happened", "Version summary")

#: The revision number of a row.
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

REASONS_IN_WORDS = {
    "create": "Passport created",
    "edit": "Edited",
    "restore": "Restored an earlier version",
    "review": "Reviewed",
    "import": "Imported a countersigned copy",
    "countersigned": "Countersigned by your manager",
    "export": "Exported",
    "template": "Moved to your employer's form",
}


def reason_in_words(reason: str) -> str:
    """What a revision's reason means to a person ("edit" → "Edited")."""
    return REASONS_IN_WORDS.get(reason, reason.replace("_", " ").capitalize())


def what_happened(info: RevisionInfo) -> str:
    """A version's line in the history: its label ("Changed: …") when it has one, else its reason."""
    return info.label or reason_in_words(info.reason)


#: The widest a time is written by :func:`time_in_words` (columns are sized from it, not by measuring rows).
LONGEST_WHEN = "30 September 2026, 23:59"


def time_in_words(created: str, today: dt.date | None = None) -> str:
    """A stored UTC time as local time: "Today, 21:04", "Yesterday, 08:10" or "2 March 2026, 21:04"."""
    try:
        when = dt.datetime.fromisoformat(created).astimezone()
    except ValueError:
        return created
    today = today or dt.date.today()
    clock = when.strftime("%H:%M")
    if when.date() == today:
        return f"Today, {clock}"
    if when.date() == today - dt.timedelta(days=1):
        return f"Yesterday, {clock}"
    return f"{readable(when.date())}, {clock}"


class HistoryModel(ReadOnlyTableModel[RevisionInfo]):
    """Revisions, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMN_TITLES, parent)
        self._when: dict[int, str] = {}

    def set_revisions(self, revisions: list[RevisionInfo]) -> None:
        """Show these revisions, newest first."""
        self._when = {}  # filled as rows are shown: parsing 1,000 times up front is waste
        self._replace_rows(sorted(revisions, key=lambda r: r.number, reverse=True))

    def _when_of(self, info: RevisionInfo) -> str:
        text = self._when.get(info.number)
        if text is None:
            text = self._when[info.number] = time_in_words(info.created)
        return text

    def revision_at(self, row: int) -> RevisionInfo:
        """The revision shown in row ``row``."""
        return self._rows[row]

    def row_of(self, number: int) -> int:
        """The row of revision ``number``, or -1."""
        return self._row_where(lambda info: info.number == number)

    def latest_number(self) -> int | None:
        """The newest revision number, or None when empty."""
        return self._rows[0].number if self._rows else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self._row_of_index(index)
        if info is None:
            return None
        if role == NUMBER_ROLE:
            return info.number
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line: at large text the list shows only a column or two
            return f"Version {info.number} — {self._when_of(info)} — {what_happened(info)}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == VERSION:
                return str(info.number)
            if column == WHEN:
                return self._when_of(info)
            if column == WHAT_HAPPENED:
                return what_happened(info) + (" (current)" if index.row() == 0 else "")
            if column == SUMMARY:
                return f"Version {info.number} — {self._when_of(info)} — {what_happened(info)}"
        return None
