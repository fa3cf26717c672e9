"""The carer's leave log as a table: the days, planned or taken, who for, and the notice date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from carerpassport.domain import carers_leave as rules
from carerpassport.domain.carers_leave import DEPENDANT_LABELS, LEAVE_STATUS_LABELS, Dependant, LeaveEntry, LeaveStatus
from carerpassport.domain.errors import PassportError
from carerpassport.domain.working_pattern import days_text
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

DAYS, AMOUNT, STATUS, FOR, NOTICE = range(5)
COLUMN_TITLES = ("Days", "Amount", "Status", "For", "Notice")

#: Short words for the table (the dialog shows the full labels): the Days column needs the room.
DEPENDANT_SHORT = {Dependant.PARENT: "Parent", Dependant.PARTNER: "Partner", Dependant.CHILD: "Child",
                   Dependant.HOUSEHOLD: "Lives with me", Dependant.RELIES_ON_ME: "Relies on me"}

#: The entry's id (a str) for a row.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the row's notice is late.
LATE_ROLE = Qt.ItemDataRole.UserRole + 2


class LeaveModel(ReadOnlyTableModel[LeaveEntry]):
    """Every entry of the leave log, by first day."""

    def __init__(self, parent: Any = None, *, notice_of: Callable[[LeaveEntry], rules.NoticeCheck | None]
                 | None = None) -> None:
        super().__init__(COLUMN_TITLES, parent)
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
            return DEPENDANT_LABELS[entry.dependant]
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
            moved = (f" (asked for {', '.join(_short(d.on) for d in entry.original_days)})"
                     if entry.original_days else "")
            return ", ".join(_short(d.on) + (" ½" if d.part is rules.DayPart.HALF else "") for d in entry.days) + moved
        if column == AMOUNT:
            return days_text(entry.amount_days)
        if column == STATUS:
            return LEAVE_STATUS_LABELS[entry.status]
        if column == FOR:
            return DEPENDANT_SHORT[entry.dependant]
        check = self._check(entry)
        if check is None:
            return "Given " + entry.notice_given_on.isoformat() if entry.notice_given_on else "—"
        if check.given_on is not None:
            return ("LATE: given " if check.late else "Given ") + check.given_on.isoformat()
        return ("LATE: due by " if check.late else "Give by ") + check.latest.isoformat()


def _short(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"
