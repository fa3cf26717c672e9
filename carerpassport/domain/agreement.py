"""Where the passport stands with the line manager, in one line the employee reads after an import.

"Agreed with Łukasz Nowak on 1 December 2026 — next review by 1 December 2027" while what was agreed is
what the passport says now; "Changed since you last agreed it — export again when you are ready" once it
differs; "Not agreed with a manager yet — …" before any countersigned copy came back.

Pure rules: the use case (:mod:`carerpassport.usecases.agreement`) reads the vault and passes plain values.

What counts as a change is what the manager was shown and agreed: the shared answers and actions and the
names (:func:`agreed_terms`). Private notes never leave the vault, so editing
them changes nothing that was agreed; the review dates are left out too, because recording the
countersigned copy itself sets them (last agreed, next review), and the line names the next review anyway.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

from carerpassport.domain.dates import readable_date
from carerpassport.domain.model import ActionStatus, Passport
from carerpassport.domain.wording import gettext as _

#: Actions whose review date still matters (a declined or ended action is not reviewed).
LIVE_STATUSES = (ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PLACE)


class AgreementState(enum.StrEnum):
    NOT_AGREED = "not_agreed"
    AGREED = "agreed"
    CHANGED = "changed"


@dataclasses.dataclass(frozen=True)
class ReviewDue:
    """The next review date and what sets it: the passport's own, or one agreed action's."""

    due: dt.date
    #: The action's description when an action's review date is the earliest; "" for the passport's own.
    action: str = ""


@dataclasses.dataclass(frozen=True)
class Agreement:
    """The latest countersignature recorded in the vault: who agreed, on which day, to which revision."""

    manager_name: str
    agreed_on: dt.date
    revision: int


@dataclasses.dataclass(frozen=True)
class AgreementStatus:
    """The status line and the facts behind it (front ends show ``text``; tests and JSON read the rest)."""

    state: AgreementState
    text: str
    manager_name: str = ""
    agreed_on: dt.date | None = None
    next_review: dt.date | None = None


def earliest_review(passport_review: dt.date | None,
                    action_reviews: Iterable[tuple[ActionStatus | str, dt.date | None, str]]) -> ReviewDue | None:
    """The earliest of the passport's next review and each live action's review date (``action_reviews``:
    status, review date, description); None when no date is set.

    An action's review date counts because it is a date both people agreed to look at the passport again
    (reviewing an arrangement is a review of the passport); a declined or ended action's does not.
    The passport's own date wins a tie.
    """
    best = ReviewDue(passport_review) if passport_review is not None else None
    for status, due, what in action_reviews:
        if due is None or status not in LIVE_STATUSES:
            continue
        if best is None or due < best.due:
            best = ReviewDue(due, what.strip() or _("an agreed action"))
    return best


def shared_review_due(passport: Passport) -> ReviewDue | None:
    """:func:`earliest_review` over what the manager sees: the passport's date and its shared actions'."""
    return earliest_review(passport.review.next_review,
                           ((a.status, a.review_on, a.what) for a in passport.actions if a.shared))


def agreed_terms(passport: Passport) -> dict[str, Any]:
    """What a countersignature agrees to, for comparing two revisions: everything shared (with each
    answer and action chosen to share) except the review dates (see the module's docstring)."""
    terms = passport.shared_dict()
    terms.pop("review", None)
    return terms


def review_words(review: ReviewDue, today: dt.date) -> str:
    """ "next review by 1 December 2027", "review due today", "review overdue since 1 March 2026"."""
    if review.due < today:
        return _("review overdue since {date}").format(date=readable_date(review.due))
    if review.due == today:
        return _("review due today")
    return _("next review by {date}").format(date=readable_date(review.due))


def agreement_status(*, agreement: Agreement | None, agreed: Passport | None, current: Passport,
                     today: dt.date, exported_on: dt.date | None = None) -> AgreementStatus:
    """The status line.

    ``agreement`` is the latest countersignature recorded (None: never), ``agreed`` the passport at the
    revision it covers, ``current`` the passport now; ``exported_on`` the local day of the latest export
    (None: never exported), for the line shown before any agreement.
    """
    if agreement is None or agreed is None:
        if exported_on is None:
            text = _("Not agreed with a manager yet — when you are ready, export it for your line manager, "
                           "then import the copy they countersign")
        else:
            text = _("Not agreed with a manager yet — you exported a copy on {date}; import the copy your "
                           "manager countersigns when it comes back").format(date=readable_date(exported_on))
        return AgreementStatus(AgreementState.NOT_AGREED, text)
    review = shared_review_due(current)
    # Translators: who agreed, when the manager's certificate names nobody ("Agreed with your manager on …").
    who = agreement.manager_name or _("your manager")
    if agreed_terms(agreed) != agreed_terms(current):
        return AgreementStatus(AgreementState.CHANGED,
                               _("Changed since you last agreed it — export again when you are ready (last "
                                       "agreed with {who} on {date})").format(
                                   who=who, date=readable_date(agreement.agreed_on)),
                               agreement.manager_name, agreement.agreed_on, review.due if review else None)
    text = _("Agreed with {who} on {date}").format(who=who, date=readable_date(agreement.agreed_on))
    if review is not None:
        text += " — " + review_words(review, today)
        if review.action:
            # Translators: added when an agreed action's review date is the earliest; {action} is its description.
            text += _(" (the review date of “{action}”)").format(action=_short(review.action))
    return AgreementStatus(AgreementState.AGREED, text, agreement.manager_name, agreement.agreed_on,
                           review.due if review else None)


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
