"""A date that may be "not set": a QDateEdit with a "Not set" checkbox beside it.

While "Not set" is ticked the box itself says "Not set" (not a stale date that looks chosen); unticking
brings back the date that was there, or today's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

NOT_SET = "Not set"
_EARLIEST = QDate(1900, 1, 1)  # shown as NOT_SET (QDateEdit's special value)


class OptionalDateEdit(QWidget):
    """Pick a date, or tick "Not set". ``date()`` is ``None`` when not set."""

    def __init__(self, name: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remembered = QDate(default.year, default.month, default.day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setMinimumDate(_EARLIEST)
        self.edit.setSpecialValueText(NOT_SET)
        self.edit.setDate(self._remembered)
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription("Type the day, month and year, or press Alt+Down for a calendar.")
        self.not_set = QCheckBox(NOT_SET, self)
        self.not_set.setAccessibleName(f"{name}: not set")
        self.not_set.setAccessibleDescription(f"Tick when there is no {name.lower()} yet.")
        self.not_set.toggled.connect(self._not_set_toggled)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.not_set)
        self.setFocusProxy(self.edit)

    def _not_set_toggled(self, not_set: bool) -> None:
        if not_set:
            if self.edit.date() != _EARLIEST:
                self._remembered = self.edit.date()
            self.edit.setDate(_EARLIEST)
        else:
            self.edit.setDate(self._remembered)
        self.edit.setEnabled(not not_set)

    def date(self) -> dt.date | None:
        """The chosen date, or None when "Not set" is ticked."""
        d = self.edit.date()
        if self.not_set.isChecked() or d == _EARLIEST:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``, or tick "Not set" for None."""
        if value is not None:
            self._remembered = QDate(value.year, value.month, value.day)
            self.edit.setDate(self._remembered)
        if self.not_set.isChecked() == (value is None):
            self._not_set_toggled(value is None)  # toggled would not fire: apply the look anyway
        self.not_set.setChecked(value is None)
