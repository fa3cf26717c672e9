"""Dates as a person reads them outside the GUI (PDFs, the checklist, CLI output): "1 December 2026".

The GUI says dates the same way through ``carerpassport.ui.dates`` (Qt's locale); below the GUI there is no
Qt, so this is the one place that spells a date for people. ISO dates (2026-12-01) stay in machine fields:
JSON, the vault, log details, the PDF's ManagerDate field, the .ics file, file names.

Each function speaks the process's language (``wording.use_language``) unless given ``language`` (a copy
for someone else, such as a PDF in the manager's language): the month names are in the catalogue
("1 Rhagfyr 2026" in Welsh), and the order day, month, year is the same in English and Welsh.
Numbers: nothing here groups thousands; the few sentences that do (``{:,}`` in some error messages) are
the errors' own.
"""

from __future__ import annotations

import datetime as dt

from carerpassport.domain.labels import say as _say
from carerpassport.domain.wording import N_

#: January..December in English, marked for the catalogue (translated in :func:`month_name`).
MONTH_NAMES: tuple[str, ...] = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
                                N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
                                N_("December"))


def month_name(month: int, language: str | None = None) -> str:
    """The name of ``month`` (1–12) in ``language`` (the process's by default)."""
    return _say(MONTH_NAMES[month - 1], language)


def readable_date(day: dt.date, language: str | None = None) -> str:
    """ "1 December 2026" ("1 Rhagfyr 2026"): no leading zero on the day, the month by name."""
    return f"{day.day} {month_name(day.month, language)} {day.year}"


def readable_datetime(when: dt.datetime, language: str | None = None) -> str:
    """ "1 December 2026 14:05 UTC": always said in UTC (a signature's time, the same for both people),
    so a reader in another time zone is not misled; a naive time is taken as UTC."""
    utc = when.astimezone(dt.UTC) if when.tzinfo else when
    # Translators: a date and a time in UTC, "1 December 2026 14:05 UTC" ({date} is already translated).
    return _say(N_("{date} {time} UTC"), language).format(date=readable_date(utc.date(), language),
                                                           time=f"{utc:%H:%M}")


def readable_local_moment(when: dt.datetime, language: str | None = None) -> str:
    """ "1 December 2026 at 14:05": when something happened on this computer (a copy was kept, a version
    saved) in its local time, as the GUI's ``ui.dates.readable_moment`` says it; a naive time is taken as
    UTC (as the vault writes them). Signature times stay in UTC (:func:`readable_datetime`)."""
    local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    # Translators: a date and a local time, "1 December 2026 at 14:05" ({date} is already translated).
    return _say(N_("{date} at {time}"), language).format(date=readable_date(local.date(), language),
                                                          time=f"{local:%H:%M}")


def readable_local_iso(text: str, language: str | None = None) -> str:
    """An ISO date or timestamp from the vault said for people, a timestamp in local time
    (:func:`readable_local_moment`); other text is shown as it is (see :func:`readable_iso`)."""
    if "T" not in text:
        return readable_iso(text, language)
    try:
        return readable_local_moment(dt.datetime.fromisoformat(text), language)
    except ValueError:
        return text


def readable_iso(text: str, language: str | None = None) -> str:
    """An ISO date or time from a machine field (``"2026-12-01"``, ``"2026-12-01T14:05:00+00:00"``) said
    for people; text that is neither is shown as it is, since a copy of a passport written by another
    version (or a date a manager typed) may hold something else."""
    try:
        return readable_date(dt.date.fromisoformat(text), language)
    except ValueError:
        pass
    try:
        return readable_datetime(dt.datetime.fromisoformat(text), language)
    except ValueError:
        return text
