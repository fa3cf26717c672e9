"""The carer's leave log as a table: the days, planned or taken, who for, and the notice date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from carerpassport.domain import carers_leave as rules
from carerpassport.domain.carers_leave import DEPENDANT_LABELS, LEAVE_STATUS_LABELS, Dependant, LeaveEntry, LeaveStatus
from carerpassport.domain.errors import PassportError
from carerpassport.domain.wording import gettext as domain_words
from carerpassport.domain.working_pattern import days_text
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

translate = QCoreApplication.translate

DAYS, AMOUNT, STATUS, FOR, NOTICE = range(5)
#: The column titles (translated when the model is made).
COLUMN_TITLES = (QT_TRANSLATE_NOOP("LeaveModel", "Days"), QT_TRANSLATE_NOOP("LeaveModel", "Amount"),
                 QT_TRANSLATE_NOOP("LeaveModel", "Status"), QT_TRANSLATE_NOOP("LeaveModel", "For"),
                 QT_TRANSLATE_NOOP("LeaveModel", "Notice"))

#: Short words for the table (the dialog shows the full labels): the Days column needs the room.
DEPENDANT_SHORT = {Dependant.PARENT: QT_TRANSLATE_NOOP("LeaveModel", "Parent"),
                   Dependant.PARTNER: QT_TRANSLATE_NOOP("LeaveModel", "Partner"),
                   Dependant.CHILD: QT_TRANSLATE_NOOP("LeaveModel", "Child"),
                   Dependant.HOUSEHOLD: QT_TRANSLATE_NOOP("LeaveModel", "Lives with me"),
                   Dependant.RELIES_ON_ME: QT_TRANSLATE_NOOP("LeaveModel", "Relies on me")}

#: The entry's id (a str) for a row.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the row's notice is late.
LATE_ROLE = Qt.ItemDataRole.UserRole + 2


class LeaveModel(ReadOnlyTableModel[LeaveEntry]):
    """Every entry of the leave log, by first day."""

    def __init__(self, parent: Any = None, *, notice_of: Callable[[LeaveEntry], rules.NoticeCheck | None]
                 | None = None) -> None:
        super().__init__(tuple(translate("LeaveModel", str(title)) for title in COLUMN_TITLES), parent)
        self._notice_of = notice_of or (lambda _entry: None)

    def set_entries(self, entries: list[LeaveEntry]) -> None:
        self._replace_rows(entries)

    def entry_at(self, row: int) -> LeaveEntry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int:
        return self._row_where(lambda entry: entry.id == entry_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._row_of_index(index)
        if entry is None:
            return None
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == LATE_ROLE:
            check = self._check(entry)
            return bool(check and check.late)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.column() == NOTICE:
            check = self._check(entry)
            if not (check and check.late):
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            # The theme's error colour (each theme maps it to BrightText, with AA contrast on the base).
            return QGuiApplication.palette().color(QPalette.ColorRole.BrightText)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FOR:
            return domain_words(DEPENDANT_LABELS[entry.dependant])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        return None

    def _check(self, entry: LeaveEntry) -> rules.NoticeCheck | None:
        if entry.status is not LeaveStatus.PLANNED:
            return None
        try:
            return self._notice_of(entry)
        except PassportError:
            return None

    def _text(self, entry: LeaveEntry, column: int) -> str:
        if column == DAYS:
            days = ", ".join(_short(d.on) + (" ½" if d.part is rules.DayPart.HALF else "") for d in entry.days)
            if not entry.original_days:
                return days
            #: A postponed request: the employer's new {days}, then the days first asked for.
            return translate("LeaveModel", "{days} (asked for {asked})").format(
                days=days, asked=", ".join(_short(d.on) for d in entry.original_days))
        if column == AMOUNT:
            return days_text(entry.amount_days)
        if column == STATUS:
            return domain_words(LEAVE_STATUS_LABELS[entry.status])
        if column == FOR:
            return translate("LeaveModel", str(DEPENDANT_SHORT[entry.dependant]))
        check = self._check(entry)
        if check is None:
            if entry.notice_given_on is None:
                return "—"
            return translate("LeaveModel", "Given {date}").format(date=entry.notice_given_on.isoformat())
        if check.given_on is not None:
            given = (translate("LeaveModel", "LATE: given {date}") if check.late
                     else translate("LeaveModel", "Given {date}"))
            return given.format(date=check.given_on.isoformat())
        due = (
            translate("LeaveModel", "LATE: due by {date}") if check.late else translate("LeaveModel", "Give by {date}")
        )
        return due.format(date=check.latest.isoformat())


def _short(day: dt.date) -> str:
    """ "Mon 3 Jun 2024", with the day and month named in the language shown (Qt's locale data has Welsh)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
