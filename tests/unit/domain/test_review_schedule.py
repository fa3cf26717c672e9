"""Review dates over several cycles, every scheduled date (not just the due ones), and overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.domain.model import ActionStatus, AgreedAction, Passport, ReviewSchedule
from carerpassport.domain.review import DueState, add_months, scheduled_reviews
from carerpassport.domain.review_session import apply_review, start_review
from carerpassport.resource_files import load_default_template


@pytest.mark.parametrize(("start", "dates"), [
    # a review on 29 Feb lands on 28 Feb, and stays on the 28th from then on (clamping does not bounce back)
    (dt.date(2024, 2, 29), [dt.date(2025, 2, 28), dt.date(2026, 2, 28), dt.date(2027, 2, 28), dt.date(2028, 2, 28)]),
    (dt.date(2026, 8, 31), [dt.date(2027, 8, 31), dt.date(2028, 8, 31)]),
    (dt.date(2026, 1, 31), [dt.date(2027, 1, 31), dt.date(2028, 1, 31)]),
])
def test_review_cycles(start: dt.date, dates: list[dt.date]) -> None:
    template = load_default_template()
    passport, today = Passport(), start
    for expected in dates:
        session = start_review(passport, template, today=today, base_revision=1)
        passport = apply_review(passport, session, today=today).passport
        assert passport.review.next_review == expected
        today = expected


@pytest.mark.parametrize(("start", "months", "expected"), [
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    (dt.date(2026, 10, 31), 1, dt.date(2026, 11, 30)),
    (dt.date(2024, 2, 29), -12, dt.date(2023, 2, 28)),
    (dt.date(2099, 12, 31), 12, dt.date(2100, 12, 31)),
    (dt.date(2099, 2, 28), 12, dt.date(2100, 2, 28)),  # 2100 is not a leap year
])
def test_month_ends(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.english
def test_scheduled_reviews_lists_every_date_with_its_state() -> None:
    today = dt.date(2026, 11, 23)
    passport = Passport(review=ReviewSchedule(next_review=dt.date(2026, 10, 31)), actions=[
        AgreedAction(what="later", status=ActionStatus.IN_PLACE, review_on=dt.date(2027, 9, 1)),
        AgreedAction(what="soon", status=ActionStatus.AGREED, review_on=dt.date(2026, 12, 23)),
        AgreedAction(what="no date", status=ActionStatus.AGREED),
        AgreedAction(what="ended", status=ActionStatus.ENDED, review_on=dt.date(2026, 1, 1)),
        AgreedAction(what="declined", status=ActionStatus.DECLINED, decline_reason="x",
                     review_on=dt.date(2026, 1, 1)),
    ])
    items = scheduled_reviews(passport, today)
    assert [(i.what, i.due, i.state) for i in items] == [
        ("Passport review", dt.date(2026, 10, 31), DueState.OVERDUE),
        ("Action: soon", dt.date(2026, 12, 23), DueState.DUE_SOON),
        ("Action: later", dt.date(2027, 9, 1), DueState.OK),
    ]
    assert items[0].action_id is None and items[1].action_id == passport.actions[1].id
    assert scheduled_reviews(Passport(), today) == []
