"""Dates as a person reads them in the app: "1 December 2026", month names in the user's language.

ISO dates (2026-12-01) stay in machine fields (files, the vault, the log's details); anything shown on
screen goes through here, so the app says a date one way everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

#: For QDateEdit.setDisplayFormat: the same shape as :func:`readable`.
READABLE_FORMAT = "d MMMM yyyy"


def readable(day: dt.date) -> str:
    """ "1 December 2026" (the month in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), READABLE_FORMAT)


def readable_moment(when: dt.datetime) -> str:
    """ "1 December 2026 at 14:05": an instant (a signature's time) in this computer's local time, which is
    how a person reads a time on their own screen (a naive time is taken as UTC, as files write them)."""
    local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    return f"{readable(local.date())} at {local:%H:%M}"
