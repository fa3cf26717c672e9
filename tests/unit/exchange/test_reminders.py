"""Calendar reminders: a valid .ics with the right dates and alarms, and nothing from the passport."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from icalendar import Calendar

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import ActionStatus, AgreedAction, Answer, Passport, Person, ReviewSchedule
from carerpassport.exchange.reminders import ACTION_TITLE, ALARM_BEFORE, PASSPORT_TITLE, build_calendar

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def _passport(canary: str) -> Passport:
    return Passport(
        employee=Person(name=f"Employee {canary}"), manager=Person(name=f"Manager {canary}"),
        answers={"caring.responsibilities": Answer(f"answer {canary}", shared=True)},
        private_notes=f"note {canary}",
        actions=[
            AgreedAction(what=f"action {canary}", status=ActionStatus.AGREED, review_on=dt.date(2028, 2, 29)),
            AgreedAction(what="ended", status=ActionStatus.ENDED, review_on=dt.date(2027, 3, 1)),
            AgreedAction(what="overdue", status=ActionStatus.IN_PLACE, review_on=dt.date(2026, 10, 31)),
        ],
        review=ReviewSchedule(next_review=dt.date(2027, 11, 30)))


def _events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


@pytest.mark.english
def test_parses_with_the_right_dates_and_an_alarm(unique: str) -> None:
    passport = _passport(unique)
    events = _events(build_calendar(passport, now=NOW))
    got = sorted((e.decoded("dtstart"), str(e["summary"])) for e in events)
    assert got == [(dt.date(2026, 10, 31), ACTION_TITLE), (dt.date(2027, 11, 30), PASSPORT_TITLE),
                   (dt.date(2028, 2, 29), ACTION_TITLE)]
    for event in events:
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day, not a time in some time zone
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0].decoded("trigger") == -ALARM_BEFORE


def test_holds_nothing_from_the_passport(unique: str) -> None:
    passport = _passport(unique)
    data = build_calendar(passport, now=NOW)
    assert unique.encode() not in data
    assert passport.id.encode() not in data
    assert all(a.id.encode() not in data for a in passport.actions)


def test_uids_are_stable_and_distinct(unique: str) -> None:
    passport = _passport(unique)
    first = [str(e["uid"]) for e in _events(build_calendar(passport, now=NOW))]
    later = [str(e["uid"]) for e in _events(build_calendar(passport, now=NOW + dt.timedelta(days=3)))]
    assert first == later and len(set(first)) == 3
    other = Passport(review=ReviewSchedule(next_review=dt.date(2027, 11, 30)))
    assert str(_events(build_calendar(other, now=NOW))[0]["uid"]) not in first


@pytest.mark.english
def test_no_dates_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="no review dates"):
        build_calendar(Passport(), now=NOW)


def test_the_calendar_speaks_the_process_language(unique: str) -> None:
    from carerpassport.domain import wording

    wording.use_language("cy")
    try:
        calendar = Calendar.from_ical(build_calendar(_passport(unique), now=NOW))
    finally:
        wording.use_language("en")
    assert str(calendar["x-wr-calname"]) == "Nodiadau atgoffa pasbort gofalwyr"
    titles = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert titles == {"Adolygiad pasbort gofalwyr", "Pasbort gofalwyr: adolygu trefniant y cytunwyd arno"}
    assert PASSPORT_TITLE == "Carer's passport review"  # the old name, read in English again
