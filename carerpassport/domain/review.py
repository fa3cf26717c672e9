"""The review schedule: at least every 12 months, sooner when things change."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum

from carerpassport.domain.model import ActionStatus, Passport
from carerpassport.domain.wording import gettext as _

REVIEW_MONTHS = 12
DUE_SOON_DAYS = 30


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb;
    29 Feb + 12 months = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_next_review(agreed: dt.date, months: int = REVIEW_MONTHS) -> dt.date:
    """The review after one agreed on ``agreed``: ``months`` later (the template's interval; 12 by default)."""
    return add_months(agreed, months)


class DueState(enum.StrEnum):
    NOT_SET = "not_set"
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclasses.dataclass(frozen=True)
class DueItem:
    """Something with a review date: the passport itself, or one agreed action."""

    what: str
    due: dt.date
    state: DueState
    action_id: str | None = None


def due_state(due: dt.date | None, today: dt.date) -> DueState:
    if due is None:
        return DueState.NOT_SET
    if due < today:
        return DueState.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return DueState.DUE_SOON
    return DueState.OK


def _passport_review() -> str:
    # Translators: something due: the passport's own review (a banner line, a calendar reminder's title).
    return _("Passport review")


def _action_item(what: str) -> str:
    # Translators: something due: an agreed action's review; {what} is the action's description, cut short.
    return _("Action: {what}").format(what=what[:60])


def due_items(passport: Passport, today: dt.date) -> list[DueItem]:
    """Everything due soon or overdue, the passport first, then actions by date."""
    items = []
    state = due_state(passport.review.next_review, today)
    if passport.review.next_review and state in (DueState.DUE_SOON, DueState.OVERDUE):
        items.append(DueItem(_passport_review(), passport.review.next_review, state))
    live = (ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PLACE)
    for action in sorted(passport.actions, key=lambda a: a.review_on or dt.date.max):
        state = due_state(action.review_on, today)
        if action.review_on and action.status in live and state in (DueState.DUE_SOON, DueState.OVERDUE):
            items.append(DueItem(_action_item(action.what), action.review_on, state, action.id))
    return items


def scheduled_reviews(passport: Passport, today: dt.date) -> list[DueItem]:
    """Every review date that is set, whatever its state: the passport's next review first, then each
    live agreed action's review date in date order (for calendar reminders and the review status)."""
    items = []
    if passport.review.next_review:
        items.append(DueItem(_passport_review(), passport.review.next_review,
                             due_state(passport.review.next_review, today)))
    live = (ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PLACE)
    for action in sorted(passport.actions, key=lambda a: a.review_on or dt.date.max):
        if action.review_on and action.status in live:
            items.append(DueItem(_action_item(action.what), action.review_on,
                                 due_state(action.review_on, today), action.id))
    return items
