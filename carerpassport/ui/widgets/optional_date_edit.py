"""A date that may be "not set": a QDateEdit with a "Not set" checkbox beside it.

While "Not set" is ticked the box itself says "Not set" (not a stale date that looks chosen); unticking
brings back the date that was there, or the default the caller chose (a review date: a year ahead, never
today, which would at once say "due today"), and puts the keyboard in the date so the person sees it
and can change it before saving.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from carerpassport.ui.dates import READABLE_FORMAT
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: Translated where shown: ``translate("OptionalDateEdit", NOT_SET)``.
NOT_SET = QT_TRANSLATE_NOOP("OptionalDateEdit", "Not set")
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
        self.edit.setDisplayFormat(READABLE_FORMAT)
        self.edit.setMinimumDate(_EARLIEST)
        not_set = translate("OptionalDateEdit", NOT_SET)
        self.edit.setSpecialValueText(not_set)
        self.edit.setDate(self._remembered)
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(translate("OptionalDateEdit", "Type the day, month and year, or press "
                                                     "Alt+Down for a calendar."))
        self.not_set = QCheckBox(not_set, self)
        #: {name}: which date, as "Review on".
        self.not_set.setAccessibleName(translate("OptionalDateEdit", "{name}: not set").format(name=name))
        self.not_set.setAccessibleDescription(translate("OptionalDateEdit", "Tick when there is no date for “{name}” "
                                                        "yet.").format(name=name))
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
        if not not_set and self.not_set.hasFocus():  # the person unticked it: show them the date to confirm
            self.edit.setFocus()
            self.edit.setSelectedSection(QDateEdit.Section.DaySection)

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
