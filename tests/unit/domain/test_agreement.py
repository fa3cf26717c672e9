"""The status line's rule (domain/agreement.py), table by table: agreed, changed since, not agreed yet, and
the earliest review date."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.domain.agreement import (
    Agreement,
    AgreementState,
    ReviewDue,
    agreement_status,
    earliest_review,
)
from carerpassport.domain.model import ActionStatus, AgreedAction, Answer, Passport, Person, ReviewSchedule

TODAY = dt.date(2026, 12, 1)
D = dt.date


def _make_agreed() -> Passport:
    return Passport(employee=Person(name="Siân Jones"), manager=Person(name="Łukasz Nowak"),
                    answers={"caring.effect_on_work": Answer("I may need to leave at short notice.", shared=True),
                             "caring.private": Answer("Not for work.", shared=False)},
                    actions=[AgreedAction(what="Work from home on Fridays", status=ActionStatus.AGREED)],
                    review=ReviewSchedule(last_agreed=TODAY, next_review=D(2027, 12, 1)))


AGREED = _make_agreed()
AGREEMENT = Agreement("Łukasz Nowak", TODAY, 3)


def agreed_passport() -> Passport:
    """The agreed passport (the same ids every call), as a copy to change."""
    return AGREED.copy()


def _edit(change: str) -> Passport:
    p = agreed_passport().copy()
    if change == "shared answer":
        p.answers["caring.effect_on_work"].text += " Sometimes."
    elif change == "share choice":
        p.answers["caring.private"].shared = True
    elif change == "action":
        p.actions[0].status = ActionStatus.IN_PLACE
    elif change == "new action":
        p.actions.append(AgreedAction(what="Time off for appointments"))
    elif change == "manager name":
        p.manager.name = "Anna Smith"
    elif change == "private answer":
        p.answers["caring.private"].text = "Still not for work."
    elif change == "private notes":
        p.private_notes = "Ask HR."
    elif change == "private action":
        p.actions.append(AgreedAction(what="Mine only", shared=False))
    elif change == "review dates":
        p.review.next_review = D(2027, 6, 1)
    return p


@pytest.mark.parametrize(("change", "state"), [
    ("nothing", AgreementState.AGREED),
    ("private answer", AgreementState.AGREED),  # never shown to the manager
    ("private notes", AgreementState.AGREED),
    ("private action", AgreementState.AGREED),
    ("review dates", AgreementState.AGREED),  # the import itself sets them
    ("shared answer", AgreementState.CHANGED),
    ("share choice", AgreementState.CHANGED),
    ("action", AgreementState.CHANGED),
    ("new action", AgreementState.CHANGED),
    ("manager name", AgreementState.CHANGED),
])
def test_what_counts_as_changed_since_agreed(change: str, state: AgreementState) -> None:
    status = agreement_status(agreement=AGREEMENT, agreed=agreed_passport(), current=_edit(change), today=TODAY)
    assert status.state is state
    assert status.manager_name == "Łukasz Nowak"
    assert status.agreed_on == TODAY


@pytest.mark.parametrize(("next_review", "today", "text"), [
    (D(2027, 12, 1), TODAY, "Agreed with Łukasz Nowak on 1 December 2026 — next review by 1 December 2027"),
    (D(2026, 12, 1), TODAY, "Agreed with Łukasz Nowak on 1 December 2026 — review due today"),
    (D(2027, 12, 1), D(2028, 1, 5), "Agreed with Łukasz Nowak on 1 December 2026 — review overdue since "
                                     "1 December 2027"),
    (None, TODAY, "Agreed with Łukasz Nowak on 1 December 2026"),
])
@pytest.mark.english
def test_the_agreed_line(next_review: dt.date | None, today: dt.date, text: str) -> None:
    current = agreed_passport()
    current.review.next_review = next_review
    status = agreement_status(agreement=AGREEMENT, agreed=agreed_passport(), current=current, today=today)
    assert (status.state, status.text, status.next_review) == (AgreementState.AGREED, text, next_review)


@pytest.mark.english
def test_an_earlier_action_review_sets_the_date_and_is_named() -> None:
    current = agreed_passport()
    current.actions[0].review_on = D(2027, 3, 1)
    agreed = current.copy()
    status = agreement_status(agreement=AGREEMENT, agreed=agreed, current=current, today=TODAY)
    assert status.text == ("Agreed with Łukasz Nowak on 1 December 2026 — next review by 1 March 2027 "
                           "(the review date of “Work from home on Fridays”)")
    assert status.next_review == D(2027, 3, 1)


@pytest.mark.english
def test_the_changed_line_names_the_last_agreement() -> None:
    status = agreement_status(agreement=AGREEMENT, agreed=agreed_passport(), current=_edit("shared answer"),
                              today=TODAY)
    assert status.text == ("Changed since you last agreed it — export again when you are ready (last agreed with "
                           "Łukasz Nowak on 1 December 2026)")


@pytest.mark.parametrize(("agreement", "exported_on", "text"), [
    (None, None, "Not agreed with a manager yet — when you are ready, export it for your line manager, then "
                 "import the copy they countersign"),
    (None, D(2026, 11, 30), "Not agreed with a manager yet — you exported a copy on 30 November 2026; import the "
                            "copy your manager countersigns when it comes back"),
])
@pytest.mark.english
def test_not_agreed_yet(agreement: Agreement | None, exported_on: dt.date | None, text: str) -> None:
    status = agreement_status(agreement=agreement, agreed=None, current=agreed_passport(), today=TODAY,
                              exported_on=exported_on)
    assert (status.state, status.text, status.manager_name) == (AgreementState.NOT_AGREED, text, "")


@pytest.mark.english
def test_a_manager_without_a_name_is_your_manager() -> None:
    status = agreement_status(agreement=Agreement("", TODAY, 3), agreed=agreed_passport(), current=agreed_passport(),
                              today=TODAY)
    assert status.text.startswith("Agreed with your manager on 1 December 2026")


@pytest.mark.parametrize(("passport", "actions", "expected"), [
    (None, [], None),
    (D(2027, 12, 1), [], ReviewDue(D(2027, 12, 1))),
    (D(2027, 12, 1), [(ActionStatus.AGREED, D(2027, 3, 1), "Fridays")], ReviewDue(D(2027, 3, 1), "Fridays")),
    (D(2027, 12, 1), [(ActionStatus.IN_PLACE, D(2027, 3, 1), "  ")], ReviewDue(D(2027, 3, 1), "an agreed action")),
    (D(2027, 12, 1), [(ActionStatus.PROPOSED, D(2027, 3, 1), "Ask")], ReviewDue(D(2027, 3, 1), "Ask")),
    (D(2027, 12, 1), [(ActionStatus.DECLINED, D(2027, 3, 1), "No")], ReviewDue(D(2027, 12, 1))),
    (D(2027, 12, 1), [(ActionStatus.ENDED, D(2027, 3, 1), "Over")], ReviewDue(D(2027, 12, 1))),
    (D(2027, 12, 1), [(ActionStatus.AGREED, D(2028, 3, 1), "Later")], ReviewDue(D(2027, 12, 1))),
    (D(2027, 12, 1), [(ActionStatus.AGREED, D(2027, 12, 1), "Tie")], ReviewDue(D(2027, 12, 1))),
    (None, [(ActionStatus.AGREED, None, "No date"), ("agreed", D(2027, 5, 1), "From a file")],
     ReviewDue(D(2027, 5, 1), "From a file")),
    (D(2027, 12, 1), [(ActionStatus.AGREED, D(2027, 6, 1), "A"), (ActionStatus.AGREED, D(2027, 4, 1), "B")],
     ReviewDue(D(2027, 4, 1), "B")),
])
@pytest.mark.english
def test_earliest_review(passport: dt.date | None, actions: list[tuple[ActionStatus | str, dt.date | None, str]],
                         expected: ReviewDue | None) -> None:
    assert earliest_review(passport, actions) == expected
