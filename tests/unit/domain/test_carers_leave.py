"""The carer's leave rules, table by table (docs/carers-rights.md says why each decision is what it is)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carerpassport.domain.carers_leave import (
    DayPart,
    Dependant,
    JurisdictionUnstatedError,
    LeaveDay,
    LeaveEntry,
    LeaveNotice,
    LeaveOverEntitlementError,
    LeaveStatus,
    NotInNorthernIrelandError,
    NoWorkingPatternError,
    add_months,
    balance_on,
    check_within_entitlement,
    latest_notice_date,
    notice_check,
    notice_days_required,
    postponement_check,
    window_start,
)
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.working_pattern import WorkingPattern

D = dt.date
EW = Jurisdiction.ENGLAND_WALES
FULL_TIME = WorkingPattern.fixed_days(7.5, 5)


def whole(*days: D) -> tuple[LeaveDay, ...]:
    return tuple(LeaveDay(d) for d in days)


def half(day: D) -> LeaveDay:
    return LeaveDay(day, DayPart.HALF)


@pytest.mark.parametrize(("days", "required", "latest"), [
    (whole(D(2026, 3, 10)), 3, D(2026, 3, 7)),                              # 1 day → 3 days
    ((half(D(2026, 3, 10)),), 3, D(2026, 3, 7)),                            # a half day is a day
    ((*whole(D(2026, 3, 10)), half(D(2026, 3, 11))), 4, D(2026, 3, 6)),     # 1.5 days → 4 days (Acas)
    (whole(D(2026, 3, 10), D(2026, 3, 11)), 4, D(2026, 3, 6)),              # 2 days → 4
    (whole(*(D(2026, 3, 9) + dt.timedelta(days=i) for i in range(5))), 10, D(2026, 2, 27)),  # 5 → 10, over Feb
    (whole(D(2026, 1, 2)), 3, D(2025, 12, 30)),                             # across a year end
])
def test_notice_days_and_latest_date(days: tuple[LeaveDay, ...], required: int, latest: D) -> None:
    assert notice_days_required(days) == required
    assert latest_notice_date(days) == latest


@pytest.mark.parametrize(("given_on", "today", "late"), [
    (D(2026, 3, 7), D(2026, 3, 9), False),   # on the latest date: in time
    (D(2026, 3, 8), D(2026, 3, 9), True),    # a day after: late
    (None, D(2026, 3, 7), False),            # not given yet, still in time today
    (None, D(2026, 3, 8), True),             # not given and the date passed
])
def test_notice_late_at_the_boundary(given_on: D | None, today: D, late: bool) -> None:
    entry = LeaveEntry(days=whole(D(2026, 3, 10)), notice_given_on=given_on)
    assert notice_check(entry, today, EW).late is late


@pytest.mark.parametrize(("end", "start"), [
    (D(2026, 6, 15), D(2025, 6, 16)),
    (D(2026, 1, 1), D(2025, 1, 2)),      # across a year end
    (D(2024, 2, 29), D(2023, 3, 1)),     # leap day: a year before is 28 February
    (D(2025, 2, 28), D(2024, 2, 29)),    # the window includes the leap day
    (D(2025, 3, 1), D(2024, 3, 2)),
])
def test_rolling_window(end: D, start: D) -> None:
    assert window_start(end) == start


@pytest.mark.parametrize(("pattern", "week_hours", "week_days", "day", "day_hours"), [
    (FULL_TIME, 37.5, 5, D(2026, 3, 9), 7.5),
    (WorkingPattern.fixed_days(6, 3), 18, 3, D(2026, 3, 9), 6),                         # part-time
    (WorkingPattern.fixed_days(7, 2.5), 17.5, 2.5, D(2026, 3, 9), 7),                   # two and a half days
    (WorkingPattern.fixed_schedule([7.5, 7.5, 4, 0, 0, 0, 0]), 19, 3, D(2026, 3, 12), 0),  # Thursday not worked
    (WorkingPattern.fixed_schedule([7.5, 7.5, 4, 0, 0, 0, 0]), 19, 3, D(2026, 3, 11), 4),  # Wednesday 4 h
    (WorkingPattern.varying([20] * 26 + [30] * 26, 8), 25, 3.1, D(2026, 3, 9), 8),      # 52 weeks averaged
    (WorkingPattern.varying([10, 0, 20], 5), 10, 2, D(2026, 3, 9), 5),          # 3 weeks employed; a 0 week counts
])
def test_patterns_say_a_week(pattern: WorkingPattern, week_hours: float, week_days: float, day: D,
                             day_hours: float) -> None:
    assert pattern.week_hours == week_hours
    assert pattern.week_days == week_days
    assert pattern.day_hours(day) == day_hours
    assert WorkingPattern.from_dict(pattern.to_dict()) == pattern


@pytest.mark.parametrize(("call", "message"), [
    (lambda: WorkingPattern.fixed_days(7.3, 5), "quarter hours"),
    (lambda: WorkingPattern.fixed_days(7.5, 8), "between 0.5 and 7"),
    (lambda: WorkingPattern.fixed_schedule([0] * 7), "at least one day"),
    (lambda: WorkingPattern.fixed_schedule([7] * 6), "seven days"),
    (lambda: WorkingPattern.varying([10] * 53, 7), "between 1 and 52"),
    (lambda: WorkingPattern.varying([0, 0], 7), "no hours"),
    (lambda: WorkingPattern.from_dict({"kind": "fixed_days", "hours_per_day": "7"}), "exactly"),
])
@pytest.mark.english
def test_bad_patterns_are_refused_with_a_reason(call: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        call()  # type: ignore[operator]


def test_balance_half_days_used_booked_remaining_and_the_window() -> None:
    entries = [LeaveEntry(days=(half(D(2025, 1, 6)),), status=LeaveStatus.TAKEN),           # outside on 2026-03-01
               LeaveEntry(days=whole(D(2025, 6, 2), D(2025, 6, 3)), status=LeaveStatus.TAKEN),
               LeaveEntry(days=(half(D(2026, 2, 2)),)),                                     # planned
               LeaveEntry(days=whole(D(2026, 4, 1)), original_days=whole(D(2026, 3, 20)),
                          status=LeaveStatus.POSTPONED)]                                    # after the date
    balance = balance_on(entries, FULL_TIME, D(2026, 3, 1), EW)
    assert (balance.used_hours, balance.booked_hours, balance.remaining_hours) == (15, 3.75, 18.75)
    assert balance.as_days(balance.remaining_hours) == 2.5
    later = balance_on(entries, FULL_TIME, D(2026, 6, 2), EW)  # 2 June 2025 has left the window, 3 June not
    assert (later.used_hours, later.booked_hours) == (7.5, 11.25)


def test_a_schedule_counts_each_weekdays_hours() -> None:
    pattern = WorkingPattern.fixed_schedule([7.5, 7.5, 4, 0, 0, 0, 0])
    entries = [LeaveEntry(days=(LeaveDay(D(2026, 3, 9)), half(D(2026, 3, 11))), status=LeaveStatus.TAKEN)]
    balance = balance_on(entries, pattern, D(2026, 3, 31), EW)
    assert (balance.used_hours, balance.remaining_hours) == (9.5, 9.5)


@pytest.mark.english
def test_going_over_a_week_in_any_window_is_refused() -> None:
    taken = [LeaveEntry(days=whole(*(D(2025, 12, 1) + dt.timedelta(days=i) for i in range(5))),
                        status=LeaveStatus.TAKEN)]
    with pytest.raises(LeaveOverEntitlementError, match="12 months ending on 2026-11-30"):
        check_within_entitlement(taken, FULL_TIME, LeaveEntry(days=whole(D(2026, 11, 30))), EW)
    check_within_entitlement(taken, FULL_TIME, LeaveEntry(days=whole(D(2026, 12, 1))), EW)  # a year on: fine


@pytest.mark.parametrize(("original", "new", "within"), [
    (D(2026, 3, 15), D(2026, 4, 15), True),    # exactly one month
    (D(2026, 3, 15), D(2026, 4, 16), False),   # a day over
    (D(2026, 1, 31), D(2026, 2, 28), True),    # month end clamps
    (D(2026, 1, 31), D(2026, 3, 1), False),
    (D(2024, 1, 31), D(2024, 2, 29), True),    # leap year
    (D(2026, 12, 20), D(2027, 1, 20), True),   # across a year end
])
def test_postponement_within_one_month(original: D, new: D, within: bool) -> None:
    check = postponement_check(whole(original), whole(new), EW)
    assert check.within_a_month is within
    assert bool(check.problems()) is not within


def test_postponement_flags_a_different_amount() -> None:
    check = postponement_check(whole(D(2026, 3, 2), D(2026, 3, 3)), whole(D(2026, 3, 9)), EW)
    assert not check.same_amount and check.within_a_month


def test_add_months_clamps() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 2, 29), -12) == D(2023, 2, 28)
    assert add_months(D(2026, 12, 5), 1) == D(2027, 1, 5)


@pytest.mark.parametrize(("jurisdiction", "error"), [(Jurisdiction.NORTHERN_IRELAND, NotInNorthernIrelandError),
                                                     (Jurisdiction.UNSTATED, JurisdictionUnstatedError)])
@pytest.mark.english
def test_northern_ireland_and_unstated_say_so(jurisdiction: Jurisdiction, error: type[Exception]) -> None:
    entry = LeaveEntry(days=whole(D(2026, 3, 10)))
    for call in (lambda: balance_on([entry], FULL_TIME, D(2026, 3, 10), jurisdiction),
                 lambda: notice_check(entry, D(2026, 3, 1), jurisdiction),
                 lambda: postponement_check(entry.days, entry.days, jurisdiction)):
        with pytest.raises(error):
            call()
    assert "Northern Ireland" in str(NotInNorthernIrelandError())
    for ok in (Jurisdiction.ENGLAND_WALES, Jurisdiction.SCOTLAND):
        balance_on([entry], FULL_TIME, D(2026, 3, 10), ok)


@pytest.mark.english
def test_no_pattern_is_a_typed_error() -> None:
    with pytest.raises(NoWorkingPatternError, match="working pattern"):
        balance_on([], None, D(2026, 3, 10), EW)


@pytest.mark.english
def test_entries_refuse_repeats_empty_and_too_many_and_round_trip() -> None:
    with pytest.raises(ValidationError, match="twice"):
        LeaveEntry(days=(LeaveDay(D(2026, 3, 10)), half(D(2026, 3, 10))))
    with pytest.raises(ValidationError, match="at least one"):
        LeaveEntry(days=())
    with pytest.raises(ValidationError, match="at most 7"):
        LeaveEntry(days=whole(*(D(2026, 3, 1) + dt.timedelta(days=i) for i in range(8))))
    entry = LeaveEntry(days=whole(D(2026, 4, 1)), original_days=whole(D(2026, 3, 20)), status=LeaveStatus.POSTPONED,
                       dependant=Dependant.PARENT, notice_given_on=D(2026, 3, 1), postponed_on=D(2026, 3, 5))
    assert LeaveEntry.from_dict(entry.to_dict()) == entry
    with pytest.raises(ValidationError, match="not a leave record"):
        LeaveEntry.from_dict({**entry.to_dict(), "status": "cancelled"})


@pytest.mark.english
def test_the_notice_says_which_days_and_asks_for_no_evidence() -> None:
    notice = LeaveNotice("Sam Carer", "Alex Manager", D(2026, 3, 1), (LeaveDay(D(2026, 3, 9)), half(D(2026, 3, 10))))
    text = notice.text()
    assert "entitled to carer's leave" in text
    assert "Monday 9 March 2026" in text and "Tuesday 10 March 2026 (half day)" in text
    assert "1.5 days" in text and "not required" not in text and "evidence" in text


DAYS = st.dates(min_value=D(2024, 1, 1), max_value=D(2030, 12, 31))
PARTS = st.sampled_from(list(DayPart))
ENTRY = st.builds(lambda days, status: LeaveEntry(days=tuple({d.on: d for d in days}.values()), status=status),
                  st.lists(st.builds(LeaveDay, DAYS, PARTS), min_size=1, max_size=7),
                  st.sampled_from([LeaveStatus.PLANNED, LeaveStatus.TAKEN]))
PATTERNS = st.one_of(
    st.builds(WorkingPattern.fixed_days, st.integers(1, 48).map(lambda q: q / 4),
              st.integers(1, 14).map(lambda h: h / 2)),
    st.builds(WorkingPattern.fixed_schedule, st.lists(st.integers(0, 40).map(lambda q: q / 4), min_size=7,
                                                      max_size=7).filter(any)),
    st.builds(WorkingPattern.varying, st.lists(st.integers(0, 200).map(lambda q: q / 4), min_size=1,
                                               max_size=52).filter(any), st.integers(1, 48).map(lambda q: q / 4)))


@settings(max_examples=150, deadline=None)
@given(st.lists(ENTRY, max_size=12), PATTERNS, DAYS)
def test_remaining_is_never_negative_nor_above_a_week(entries: list[LeaveEntry], pattern: WorkingPattern,
                                                      on: D) -> None:
    balance = balance_on(entries, pattern, on, EW)
    assert 0 <= balance.remaining_hours <= balance.week_hours


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(LeaveDay, DAYS, PARTS), min_size=1, max_size=7, unique_by=lambda d: d.on))
def test_the_notice_deadline_is_never_after_the_first_day(days: list[LeaveDay]) -> None:
    assert latest_notice_date(days) < min(d.on for d in days)


@pytest.mark.english
def test_days_not_worked_are_named() -> None:
    from carerpassport.domain.carers_leave import days_not_worked

    pattern = WorkingPattern.fixed_schedule([7.5, 7.5, 4, 0, 0, 0, 0])
    assert "Friday 13 March 2026" in days_not_worked(pattern, whole(D(2026, 3, 9), D(2026, 3, 13)))
    assert days_not_worked(pattern, whole(D(2026, 3, 9))) == "" and days_not_worked(None, whole(D(2026, 3, 13))) == ""


@settings(max_examples=80, deadline=None)
@given(st.lists(ENTRY, max_size=6), ENTRY, PATTERNS)
def test_the_entitlement_check_agrees_with_every_window(entries: list[LeaveEntry], candidate: LeaveEntry,
                                                        pattern: WorkingPattern) -> None:
    """The fast check (only windows ending on leave dates, only leave within a year) against brute force:
    every window ending on any day from the candidate's first day to a year after its last."""
    everything = [*entries, candidate]
    day, last = candidate.first_day, add_months(candidate.days[-1].on, 12)
    over = False
    while day <= last and not over:
        over = balance_on(everything, pattern, day, EW).over_hours > 1e-9
        day += dt.timedelta(days=1)
    try:
        check_within_entitlement(entries, pattern, candidate, EW)
        refused = False
    except LeaveOverEntitlementError:
        refused = True
    assert refused is over


@pytest.mark.english
def test_a_leap_day_request_and_leave_a_year_later_share_a_window() -> None:
    """Leave on 29 February 2024 and on 28 February 2025: the 12 months ending 28 February 2025 start on
    29 February 2024, so both are in it."""
    pattern = WorkingPattern.fixed_days(7.5, 1)  # one day a week: two days are over
    later = [LeaveEntry(days=whole(D(2025, 2, 28)), status=LeaveStatus.PLANNED)]
    with pytest.raises(LeaveOverEntitlementError, match="ending on 2025-02-28"):
        check_within_entitlement(later, pattern, LeaveEntry(days=whole(D(2024, 2, 29))), EW)
