"""Dates as a person reads them in the app: "1 December 2026", month names in the user's language.

ISO dates (2026-12-01) stay in machine fields (files, the vault, the log's details); anything shown on
screen goes through here, so the app says a date one way everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

#: For QDateEdit.setDisplayFormat: the same shape as :func:`readable`.
READABLE_FORMAT = "d MMMM yyyy"


def readable(day: dt.date) -> str:
    """ "1 December 2026" (the month in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), READABLE_FORMAT)


def readable_moment(when: dt.datetime) -> str:
    """ "1 December 2026 at 14:05": an instant (a signature's time) in this computer's local time, which is
    how a person reads a time on their own screen (a naive time is taken as UTC, as files write them)."""
    local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    #: A moment: {date} is a date ("1 December 2026"), {time} the time on a 24-hour clock ("14:05").
    return QCoreApplication.translate("Dates", "{date} at {time}").format(date=readable(local.date()),
                                                                          time=f"{local:%H:%M}")


def readable_iso_text(text: str) -> str:
    """An ISO date ("2026-12-01") or timestamp ("2026-12-01T13:05:00.000+00:00") as a person reads it:
    "1 December 2026", or "1 December 2026 at 14:05" in this computer's time zone (:func:`readable_moment`).
    Anything else comes back as it was (an old record may hold text the app did not write)."""
    try:
        if "T" not in text:
            return readable(dt.date.fromisoformat(text))
        return readable_moment(dt.datetime.fromisoformat(text))
    except ValueError:
        return text
