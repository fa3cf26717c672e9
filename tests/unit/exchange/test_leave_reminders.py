"""Leave notice deadlines in the .ics export: the right date, a neutral title, nothing that reveals caring."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from carerpassport.app import PassportApp
from carerpassport.domain.carers_leave import DayPart, Dependant, LeaveDay, LeaveEntry, LeaveStatus
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.model import Passport
from carerpassport.domain.working_pattern import WorkingPattern
from carerpassport.exchange.reminders import LEAVE_NOTICE_TITLE, leave_notice_reminders

D = dt.date


@pytest.mark.english
def test_only_planned_leave_without_notice_and_still_in_time() -> None:
    passport = Passport(jurisdiction=Jurisdiction.ENGLAND_WALES)
    entries = [LeaveEntry(days=(LeaveDay(D(2026, 3, 10)), LeaveDay(D(2026, 3, 11), DayPart.HALF))),  # by 6 March
               LeaveEntry(days=(LeaveDay(D(2026, 3, 20)),), notice_given_on=D(2026, 3, 1)),           # notice given
               LeaveEntry(days=(LeaveDay(D(2026, 3, 4)),)),                                           # already late
               LeaveEntry(days=(LeaveDay(D(2026, 2, 10)),), status=LeaveStatus.TAKEN)]
    (reminder,) = leave_notice_reminders(passport, entries, D(2026, 3, 2))
    assert (reminder.on, reminder.title) == (D(2026, 3, 6), LEAVE_NOTICE_TITLE)
    for where in (Jurisdiction.NORTHERN_IRELAND, Jurisdiction.UNSTATED):
        assert leave_notice_reminders(dataclasses.replace(passport, jurisdiction=where), entries, D(2026, 3, 2)) == []


@pytest.mark.english
def test_the_calendar_file_holds_the_deadline_and_no_caring_words(app: PassportApp, tmp_path: Path) -> None:
    app.clock = lambda: dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC)
    app.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 5))
    app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 10)),), dependant=Dependant.PARENT, note="CANARY"))
    out = tmp_path / "r.ics"
    assert app.reviews.write_reminders(out) == 1
    data = out.read_bytes()
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtstart") == D(2026, 3, 7) and str(event["summary"]) == LEAVE_NOTICE_TITLE
    # The app's own name is in PRODID and the calendar's name already (as for review reminders); nothing else.
    lowered = data.decode().lower().replace("\r\n ", "")
    for name in ("carer\\'s passport", "carer's passport", "carerpassport"):
        lowered = lowered.replace(name, "")
    for word in ("carer", "parent", "canary", "leave"):
        assert not re.search(rf"\b{word}", lowered), word  # (TRANSP:TRANSPARENT is not a parent)
