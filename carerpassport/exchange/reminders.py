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

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.flexible_working import FlexibleRequest, decision_due
from carerpassport.domain.model import Passport
from carerpassport.domain.review import scheduled_reviews

PRODID = "-//Carer's Passport//carerpassport//EN"
CALENDAR_NAME = "Carer's passport reminders"
PASSPORT_TITLE = "Carer's passport review"
ACTION_TITLE = "Carer's passport: review an agreed arrangement"
DESCRIPTION = "Open Carer's Passport on your computer to see what is due."
#: The alarm fires at 09:00 seven days before the (all-day) event: midnight minus 6 days 15 hours.
ALARM_BEFORE = dt.timedelta(days=6, hours=15)
UID_DOMAIN = "carerpassport.invalid"


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
        out.append(Reminder(uid, ACTION_TITLE if item.action_id else PASSPORT_TITLE, item.due))
    return out


#: A flexible-working request's decision date, said so that a shared calendar does not reveal caring.
FLEXIBLE_DECISION_TITLE = "Reply due on your working-pattern request"


def flexible_request_reminders(passport: Passport, requests: Sequence[FlexibleRequest],
                               today: dt.date) -> list[Reminder]:
    """The decision due date of each request still waiting for a decision (today or later)."""
    out = []
    for request in requests:
        due = decision_due(request)
        if request.sent and not request.decided and due is not None and due >= today:
            uid = hashlib.sha256(f"{passport.id}|flexible:{request.id}".encode()).hexdigest()[:32] + "@" + UID_DOMAIN
            out.append(Reminder(uid, FLEXIBLE_DECISION_TITLE, due))
    return out


def build_calendar(passport: Passport, *, now: dt.datetime, extra: Sequence[Reminder] = ()) -> bytes:
    """The ``.ics`` bytes for ``passport``'s review dates, and the ``extra`` reminders (flexible-working
    decision dates, ...).

    Raises :class:`ValidationError` when no review date is set (an empty calendar would help nobody).
    """
    reminders = reminders_for(passport, now.date())
    reminders += extra
    if not reminders:
        raise ValidationError("There are no review dates to put in a calendar yet: set the passport's next review "
                              "date (or finish a review) first.")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for reminder in reminders:
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", stamp)
        event.add("summary", reminder.title)
        event.add("description", DESCRIPTION)
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
