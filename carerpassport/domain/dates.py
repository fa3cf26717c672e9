"""Dates as a person reads them outside the GUI (PDFs, the checklist, CLI output): "1 December 2026".

The GUI says dates the same way through ``carerpassport.ui.dates`` (Qt's locale); below the GUI there is no
Qt, so this is the one place that spells a date for people. ISO dates (2026-12-01) stay in machine fields:
JSON, the vault, log details, the PDF's ManagerDate field, the .ics file, file names.

Month names are English for now. Translation comes later: a catalogue then replaces ``MONTH_NAMES`` (or
``readable_date`` looks the names up in it); callers do not change.
"""

from __future__ import annotations

import datetime as dt

#: January..December, as a person reads them. The one table a translation catalogue replaces.
MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December")


def readable_date(day: dt.date) -> str:
    """ "1 December 2026": no leading zero on the day, the month by name."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def readable_datetime(when: dt.datetime) -> str:
    """ "1 December 2026 14:05 UTC": always said in UTC (a signature's time, the same for both people),
    so a reader in another time zone is not misled; a naive time is taken as UTC."""
    utc = when.astimezone(dt.UTC) if when.tzinfo else when
    return f"{readable_date(utc.date())} {utc:%H:%M} UTC"


def readable_local_moment(when: dt.datetime) -> str:
    """ "1 December 2026 at 14:05": when something happened on this computer (a copy was kept, a version
    saved) in its local time, as the GUI's ``ui.dates.readable_moment`` says it; a naive time is taken as
    UTC (as the vault writes them). Signature times stay in UTC (:func:`readable_datetime`)."""
    local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    return f"{readable_date(local.date())} at {local:%H:%M}"


def readable_local_iso(text: str) -> str:
    """An ISO date or timestamp from the vault said for people, a timestamp in local time
    (:func:`readable_local_moment`); other text is shown as it is (see :func:`readable_iso`)."""
    if "T" not in text:
        return readable_iso(text)
    try:
        return readable_local_moment(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def readable_iso(text: str) -> str:
    """An ISO date or time from a machine field (``"2026-12-01"``, ``"2026-12-01T14:05:00+00:00"``) said
    for people; text that is neither is shown as it is, since a copy of a passport written by another
    version (or a date a manager typed) may hold something else."""
    try:
        return readable_date(dt.date.fromisoformat(text))
    except ValueError:
        pass
    try:
        return readable_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return text
