"""The list of saved versions (revisions), newest first, with times and reasons in plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from carerpassport.ui.dates import readable
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel
from carerpassport.vault.repository import RevisionInfo

translate = QCoreApplication.translate

VERSION, WHEN, WHAT_HAPPENED, SUMMARY = range(4)
#: SUMMARY ("Version 8 — Today, 21:04 — Edited") is for the "Compare with" list; the table hides it.
#: Translated when the model is made.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("HistoryModel", "Version"),
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "What happened"),
    QT_TRANSLATE_NOOP("HistoryModel", "Version summary"),
)

#: The revision number of a row.
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

#: Why a version was saved, in words (translated when shown, by :func:`reason_in_words`).
REASONS_IN_WORDS = {
    "create": QT_TRANSLATE_NOOP("HistoryModel", "Passport created"),
    "edit": QT_TRANSLATE_NOOP("HistoryModel", "Edited"),
    "restore": QT_TRANSLATE_NOOP("HistoryModel", "Restored an earlier version"),
    "review": QT_TRANSLATE_NOOP("HistoryModel", "Reviewed"),
    "import": QT_TRANSLATE_NOOP("HistoryModel", "Imported a countersigned copy"),
    "countersigned": QT_TRANSLATE_NOOP("HistoryModel", "Countersigned by your manager"),
    "export": QT_TRANSLATE_NOOP("HistoryModel", "Exported"),
    "template": QT_TRANSLATE_NOOP("HistoryModel", "Moved to your employer's form"),
}


def reason_in_words(reason: str) -> str:
    """What a revision's reason means to a person ("edit" → "Edited")."""
    words = REASONS_IN_WORDS.get(reason)
    return translate("HistoryModel", words) if words else reason.replace("_", " ").capitalize()


def what_happened(info: RevisionInfo, questions: Mapping[str, str] | None = None) -> str:
    """A version's line in the history: its label ("Changed: …") when it has one, else its reason; questions
    are named by ``questions`` (id → title in the form shown)."""
    return info.words(questions=questions) if info.label else reason_in_words(info.reason)


def longest_when(metrics: QFontMetrics) -> str:
    """The widest a time is written by :func:`time_in_words` in this font and language (a long day of each
    month, and "Yesterday"): columns are sized from it, not by measuring rows."""
    today = dt.date(2026, 1, 1)
    times = [time_in_words(dt.datetime(2026, month, 28, 23, 59).astimezone().isoformat(), today)
             for month in range(2, 13)]
    return max([*times, _at(translate("HistoryModel", "Yesterday, {time}"), "23:59")], key=metrics.horizontalAdvance)


def _at(words: str, clock: str) -> str:
    return words.format(time=clock)


def time_in_words(created: str, today: dt.date | None = None) -> str:
    """A stored UTC time as local time: "Today, 21:04", "Yesterday, 08:10" or "2 March 2026, 21:04"."""
    try:
        when = dt.datetime.fromisoformat(created).astimezone()
    except ValueError:
        return created
    today = today or dt.date.today()
    clock = when.strftime("%H:%M")
    if when.date() == today:
        #: {time}: the time of day, as 21:04.
        return _at(translate("HistoryModel", "Today, {time}"), clock)
    if when.date() == today - dt.timedelta(days=1):
        return _at(translate("HistoryModel", "Yesterday, {time}"), clock)
    #: {date}: a day, as 2 March 2026; {time}: the time of day, as 21:04.
    return translate("HistoryModel", "{date}, {time}").format(date=readable(when.date()), time=clock)


class HistoryModel(ReadOnlyTableModel[RevisionInfo]):
    """Revisions, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([translate("HistoryModel", title) for title in COLUMN_TITLES], parent)
        self._when: dict[int, str] = {}
        self.questions: Mapping[str, str] = {}

    def set_revisions(self, revisions: list[RevisionInfo], questions: Mapping[str, str] | None = None) -> None:
        """Show these revisions, newest first; labels name questions by ``questions`` (id → title shown)."""
        self.questions = questions or {}
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
            return self._summary(info)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == VERSION:
                return str(info.number)
            if column == WHEN:
                return self._when_of(info)
            if column == WHAT_HAPPENED:
                if index.row() == 0:
                    #: {what}: what happened in the newest version, as "Edited".
                    what = what_happened(info, self.questions)
                    return translate("HistoryModel", "{what} (current)").format(what=what)
                return what_happened(info, self.questions)
            if column == SUMMARY:
                return self._summary(info)
        return None

    def _summary(self, info: RevisionInfo) -> str:
        #: One version in a list: {number}, then {when} ("Today, 21:04"), then {what} ("Edited").
        return translate("HistoryModel", "Version {number} — {when} — {what}").format(
            number=info.number, when=self._when_of(info), what=what_happened(info, self.questions))
