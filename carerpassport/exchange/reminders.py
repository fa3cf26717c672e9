"""Review reminders as an iCalendar file (RFC 5545, via the ``icalendar`` library).

The file is for the employee's own calendar, and calendars sync to other people's servers, so it holds
no passport content at all: each event has a neutral title ("Carer's passport review"), the date, and an
alarm. Not the caring situation, not the manager's name, not what an action is. Event UIDs are
derived one-way from the passport and action ids, so importing a newer file updates the same events
instead of adding copies, without putting the ids themselves in the calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence

from icalendar import Alarm, Calendar, Event

from carerpassport.domain.carers_leave import LeaveEntry, LeaveStatus, latest_notice_date
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.flexible_working import FlexibleRequest, decision_due
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.model import Passport
from carerpassport.domain.review import scheduled_reviews
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

PRODID = "-//Carer's Passport//carerpassport//EN"
# The calendar's words, marked here and translated when the calendar is made (the process's language).
# Translators: the calendar's words are seen by anyone the calendar syncs to: keep them neutral (no caring).
_CALENDAR_NAME = N_("Carer's passport reminders")
_PASSPORT_TITLE = N_("Carer's passport review")
_ACTION_TITLE = N_("Carer's passport: review an agreed arrangement")
_DESCRIPTION = N_("Open Carer's Passport on your computer to see what is due.")
#: The alarm fires at 09:00 seven days before the (all-day) event: midnight minus 6 days 15 hours.
ALARM_BEFORE = dt.timedelta(days=6, hours=15)
UID_DOMAIN = "carerpassport.invalid"
#: A shared calendar must not reveal caring: no "carer's leave", no dependant, just time off.
_LEAVE_NOTICE_TITLE = N_("Give notice for planned time off")
#: A flexible-working request's decision date, said so that a shared calendar does not reveal caring.
_FLEXIBLE_DECISION_TITLE = N_("Reply due on your working-pattern request")

_WORDS = {"CALENDAR_NAME": _CALENDAR_NAME, "PASSPORT_TITLE": _PASSPORT_TITLE, "ACTION_TITLE": _ACTION_TITLE,
          "DESCRIPTION": _DESCRIPTION, "LEAVE_NOTICE_TITLE": _LEAVE_NOTICE_TITLE,
          "FLEXIBLE_DECISION_TITLE": _FLEXIBLE_DECISION_TITLE}


def __getattr__(name: str) -> str:
    """The old constants' names (``PASSPORT_TITLE`` …), read in the process's language."""
    if name in _WORDS:
        return _(_WORDS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclasses.dataclass(frozen=True)
class Reminder:
    """One calendar entry: a neutral title and a date (nothing else leaves the vault)."""

    uid: str
    title: str
    on: dt.date


def reminders_for(passport: Passport, today: dt.date) -> list[Reminder]:
    """The passport's next review and each live agreed action's review date, as reminders."""
    out = []
    for item in scheduled_reviews(passport, today):
        subject = f"action:{item.action_id}" if item.action_id else "passport"
        uid = hashlib.sha256(f"{passport.id}|{subject}".encode()).hexdigest()[:32] + "@" + UID_DOMAIN
        out.append(Reminder(uid, _(_ACTION_TITLE if item.action_id else _PASSPORT_TITLE), item.due))
    return out


def leave_notice_reminders(passport: Passport, entries: Sequence[LeaveEntry], today: dt.date) -> list[Reminder]:
    """The latest notice date of each planned leave whose notice is not yet given and still in time
    (none where the right does not apply, or until the employee says where they work)."""
    if passport.jurisdiction in (Jurisdiction.UNSTATED, Jurisdiction.NORTHERN_IRELAND):
        return []
    out = []
    for entry in entries:
        if entry.status is LeaveStatus.PLANNED and entry.notice_given_on is None:
            latest = latest_notice_date(entry.requested_days)
            if latest >= today:
                uid = hashlib.sha256(f"{passport.id}|leave-notice:{entry.id}".encode()).hexdigest()[:32]
                out.append(Reminder(uid + "@" + UID_DOMAIN, _(_LEAVE_NOTICE_TITLE), latest))
    return out


def flexible_request_reminders(passport: Passport, requests: Sequence[FlexibleRequest],
                               today: dt.date) -> list[Reminder]:
    """The decision due date of each request still waiting for a decision (today or later)."""
    out = []
    for request in requests:
        due = decision_due(request)
        if request.sent and not request.decided and due is not None and due >= today:
            uid = hashlib.sha256(f"{passport.id}|flexible:{request.id}".encode()).hexdigest()[:32] + "@" + UID_DOMAIN
            out.append(Reminder(uid, _(_FLEXIBLE_DECISION_TITLE), due))
    return out


def build_calendar(passport: Passport, *, now: dt.datetime,
                   extra: Sequence[Reminder] = ()) -> bytes:
    """The ``.ics`` bytes for ``passport``'s review dates and any ``extra`` reminders (leave notice dates,
    flexible-working decision dates).

    Raises :class:`ValidationError` when there is no date at all (an empty calendar would help nobody).
    """
    reminders = reminders_for(passport, now.date()) + list(extra)
    if not reminders:
        raise ValidationError(_("There are no review dates to put in a calendar yet: set the passport's next review "
                                "date (or finish a review) first."))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _(_CALENDAR_NAME))
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for reminder in reminders:
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", stamp)
        event.add("summary", reminder.title)
        event.add("description", _(_DESCRIPTION))
        event.add("dtstart", reminder.on)
        event.add("dtend", reminder.on + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: does not block the day
        event.add("class", "PRIVATE")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder.title)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
