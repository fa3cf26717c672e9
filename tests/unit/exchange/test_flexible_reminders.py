"""Decision dates of flexible-working requests in the calendar: only requests still waiting, under a title
that says nothing about caring."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from carerpassport.domain import flexible_working as fw
from carerpassport.domain.model import Passport, ReviewSchedule
from carerpassport.exchange.reminders import FLEXIBLE_DECISION_TITLE, build_calendar, flexible_request_reminders

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def _request(sent: dt.date, *, email: bool = True, received: dt.date | None = None) -> fw.FlexibleRequest:
    request = fw.FlexibleRequest(dated=sent, changes=(fw.ChangeKind.HOURS,), change="Four days a week",
                                 effective_from=sent + dt.timedelta(days=90))
    fw.record_sent(request, sent, email=email, received_on=received, today=NOW.date())
    return request


@pytest.mark.english
def test_only_undecided_requests_with_a_known_date_are_reminded() -> None:
    passport = Passport()
    waiting = _request(dt.date(2026, 3, 2))
    by_post_unknown = _request(dt.date(2026, 3, 3), email=False)
    decided = _request(dt.date(2026, 3, 4))
    fw.record_outcome(decided, fw.OutcomeKind.ACCEPTED, decided_on=dt.date(2026, 3, 9))
    extended = _request(dt.date(2026, 3, 5))
    fw.record_extension(extended, dt.date(2026, 6, 30), agreed_on=dt.date(2026, 3, 9))
    long_ago = _request(dt.date(2025, 1, 2))  # due long past: not put in a calendar
    reminders = flexible_request_reminders(passport, [waiting, by_post_unknown, decided, extended, long_ago],
                                           NOW.date())
    assert [(r.title, r.on) for r in reminders] == [(FLEXIBLE_DECISION_TITLE, dt.date(2026, 5, 1)),
                                                    (FLEXIBLE_DECISION_TITLE, dt.date(2026, 6, 30))]
    assert len({r.uid for r in reminders}) == 2 and all(waiting.id not in r.uid for r in reminders)


@pytest.mark.english
def test_a_decision_date_alone_makes_a_calendar_with_a_neutral_title() -> None:
    passport = Passport(review=ReviewSchedule())
    data = build_calendar(passport, now=NOW,
                          extra=flexible_request_reminders(passport, [_request(dt.date(2026, 3, 2))], NOW.date()))
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Reply due on your working-pattern request"]
    assert b"Four days" not in data and b"flexible" not in data.lower() and b"caring" not in data.lower()
