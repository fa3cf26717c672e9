"""Review dates: 12 months on, clamped at month ends and leap days."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.domain.model import ActionStatus, AgreedAction, Passport, ReviewSchedule
from carerpassport.domain.review import DueState, add_months, default_next_review, due_items, due_state


@pytest.mark.parametrize(("start", "months", "expected"), [
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2024, 2, 29), 48, dt.date(2028, 2, 29)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2027, 1, 31), 13, dt.date(2028, 2, 29)),
    (dt.date(2026, 8, 31), 1, dt.date(2026, 9, 30)),
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
])
def test_add_months(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def test_default_review_is_twelve_months() -> None:
    assert default_next_review(dt.date(2026, 11, 23)) == dt.date(2027, 11, 23)


@pytest.mark.english
def test_due_and_overdue() -> None:
    today = dt.date(2026, 11, 23)
    assert due_state(None, today) is DueState.NOT_SET
    assert due_state(dt.date(2026, 11, 22), today) is DueState.OVERDUE
    assert due_state(dt.date(2026, 12, 1), today) is DueState.DUE_SOON
    assert due_state(dt.date(2027, 6, 1), today) is DueState.OK
    passport = Passport(review=ReviewSchedule(next_review=dt.date(2026, 11, 1)), actions=[
        AgreedAction(what="a", status=ActionStatus.AGREED, review_on=dt.date(2026, 12, 10)),
        AgreedAction(what="ended", status=ActionStatus.ENDED, review_on=dt.date(2026, 1, 1)),
    ])
    items = due_items(passport, today)
    assert [(i.what, i.state) for i in items] == [("Passport review", DueState.OVERDUE),
                                                  ("Action: a", DueState.DUE_SOON)]
