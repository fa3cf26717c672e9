"""A review: "still true?" per answered question and live action, and what finishing it gives."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.domain.errors import TemplateError, ValidationError
from carerpassport.domain.model import ActionStatus, AgreedAction, Answer, Passport, Person, ReviewSchedule
from carerpassport.domain.review_session import (
    ACTIONS_SECTION_ID,
    EFFECT_NOT_DIAGNOSIS,
    NEW_MANAGER_NOTE,
    NO_GUARANTEE,
    ItemKind,
    ReviewSession,
    Verdict,
    apply_review,
    shareable_fields,
    start_review,
    with_new_manager,
)
from carerpassport.resource_files import load_default_template

TODAY = dt.date(2026, 11, 23)
TEMPLATE = load_default_template()


def _passport() -> Passport:
    return Passport(
        employee=Person(name="Siân Jones"), manager=Person(name="Bob Smith"),
        answers={
            "caring.responsibilities": Answer("I look after my father.", shared=True),
            "caring.effect_on_work": Answer("I may leave at short notice.", shared=False),
            "support.what_would_help": Answer("   ", shared=True),  # blank: nothing to review
            "emergency.arrangements": Answer("I text my manager.", shared=True),
        },
        actions=[
            AgreedAction(what="Start at 10:00 on Tuesdays", status=ActionStatus.AGREED,
                         review_on=dt.date(2026, 12, 1)),
            AgreedAction(what="Work from home on Fridays", status=ActionStatus.IN_PLACE,
                         review_on=dt.date(2027, 6, 1)),
            AgreedAction(what="Compressed hours", status=ActionStatus.DECLINED, decline_reason="rota"),
            AgreedAction(what="Old arrangement", status=ActionStatus.ENDED),
        ],
        review=ReviewSchedule(next_review=dt.date(2026, 11, 1)),
    )


def _start(passport: Passport | None = None, trigger: str = "scheduled") -> tuple[Passport, ReviewSession]:
    passport = passport or _passport()
    return passport, start_review(passport, TEMPLATE, today=TODAY, base_revision=7, trigger=trigger)


@pytest.mark.english
def test_items_are_answered_questions_in_template_order_then_live_actions() -> None:
    passport, session = _start()
    assert [i.key for i in session.items if i.kind is ItemKind.ANSWER] == [
        "caring.responsibilities", "caring.effect_on_work", "emergency.arrangements"]
    actions = [i for i in session.items if i.kind is ItemKind.ACTION]
    assert [i.label for i in actions] == ["Start at 10:00 on Tuesdays", "Work from home on Fridays"]
    assert all(i.section_id == ACTIONS_SECTION_ID for i in actions)
    assert [title for _id, title, _items in session.sections()] == [
        TEMPLATE.sections[0].title, TEMPLATE.sections[2].title, "Agreed actions"]
    assert session.base_revision == 7 and not session.circumstances_changed
    assert len(session.pending()) == 5


@pytest.mark.english
def test_circumstances_changed_is_a_review_with_a_reason() -> None:
    _passport_, session = _start(trigger="  My father moved in with me  ")
    assert session.circumstances_changed and session.trigger == "My father moved in with me"
    with pytest.raises(ValidationError, match="what changed"):
        _start(trigger="   ")


@pytest.mark.english
def test_record_rejects_a_change_without_text_and_unknown_items() -> None:
    _p, session = _start()
    with pytest.raises(ValidationError, match="write what is true now"):
        session.record("caring.responsibilities", Verdict.CHANGED, "  ")
    with pytest.raises(ValidationError, match="no item"):
        session.record("caring.how_managing", "unchanged")
    with pytest.raises(ValidationError, match="still true, changed or no longer applies"):
        session.record("caring.responsibilities", "maybe")
    # the same text again is not a change; an action can be named by the start of its id
    assert session.record("caring.responsibilities", "changed", "I look after my father. ").verdict is Verdict.UNCHANGED
    action = session.items[3]
    assert session.record(action.key[:8], "still-true").verdict is Verdict.UNCHANGED
    assert session.outcome(action.key) is not None


@pytest.mark.english
def test_apply_changes_answers_and_actions() -> None:
    passport, session = _start()
    live, later = passport.actions[0], passport.actions[1]
    session.record("caring.effect_on_work", Verdict.CHANGED, "I leave early on Tuesdays and Thursdays.")
    session.record("emergency.arrangements", Verdict.NO_LONGER_APPLIES)
    session.record(live.id, Verdict.CHANGED, "Start at 10:00 on Tuesdays and Thursdays")
    session.record(later.id, Verdict.NO_LONGER_APPLIES)
    result = apply_review(passport, session, today=TODAY)
    after = result.passport
    # changed text keeps the employee's share choice
    assert after.answers["caring.effect_on_work"] == Answer("I leave early on Tuesdays and Thursdays.", shared=False)
    assert "emergency.arrangements" not in after.answers
    assert after.answers["caring.responsibilities"] == passport.answers["caring.responsibilities"]
    assert after.action(live.id).what == "Start at 10:00 on Tuesdays and Thursdays"
    assert after.action(later.id).status is ActionStatus.ENDED
    # the original is untouched
    assert passport.answers["emergency.arrangements"].text == "I text my manager."
    summary = result.summary
    assert (summary.count(Verdict.UNCHANGED), summary.count(Verdict.CHANGED),
            summary.count(Verdict.NO_LONGER_APPLIES)) == (1, 2, 2)
    text = summary.text()
    assert "was: I may leave at short notice." in text and "now: I leave early on Tuesdays" in text
    assert NO_GUARANTEE in text
    assert summary.next_review == dt.date(2027, 11, 23)


def test_action_review_dates_move_only_when_they_have_come() -> None:
    passport, session = _start()
    result = apply_review(passport, session, today=TODAY, next_review=dt.date(2027, 5, 31))
    due_soon, later = result.passport.actions[0], result.passport.actions[1]
    assert due_soon.review_on == dt.date(2027, 5, 31)  # was 2026-12-01, within 30 days
    assert later.review_on == dt.date(2027, 6, 1)  # agreed for later: kept
    assert result.passport.review.next_review == dt.date(2027, 5, 31)


@pytest.mark.parametrize(("today", "expected"), [
    (dt.date(2024, 2, 29), dt.date(2025, 2, 28)),  # leap day: clamped to 28 Feb
    (dt.date(2027, 2, 28), dt.date(2028, 2, 28)),  # not pushed to the leap day
    (dt.date(2028, 2, 29), dt.date(2029, 2, 28)),
    (dt.date(2026, 1, 31), dt.date(2027, 1, 31)),
    (dt.date(2026, 8, 31), dt.date(2027, 8, 31)),
    (dt.date(2026, 12, 31), dt.date(2027, 12, 31)),
])
def test_next_review_is_twelve_months_on_across_leap_years_and_month_ends(today: dt.date,
                                                                          expected: dt.date) -> None:
    passport, session = _start()
    assert apply_review(passport, session, today=today).passport.review.next_review == expected


@pytest.mark.english
def test_next_review_must_be_in_the_future() -> None:
    passport, session = _start()
    with pytest.raises(ValidationError, match="must be after today"):
        apply_review(passport, session, today=TODAY, next_review=TODAY)


def test_summary_sees_edits_made_outside_the_review() -> None:
    passport, session = _start()
    edited = passport.copy()
    edited.answers["caring.responsibilities"] = Answer("I look after my father and my aunt.", shared=True)
    line = apply_review(edited, session, today=TODAY).summary.lines[0]
    assert (line.verdict, line.marked) == (Verdict.CHANGED, False)
    assert line.after == "I look after my father and my aunt."


def test_an_action_removed_while_the_review_was_open_is_skipped() -> None:
    passport, session = _start()
    session.record(passport.actions[0].id, Verdict.CHANGED, "Something new")
    edited = passport.copy()
    edited.actions = edited.actions[1:]
    result = apply_review(edited, session, today=TODAY)
    assert [a.what for a in result.passport.actions][0] == "Work from home on Fridays"
    assert result.summary.lines[3].verdict is Verdict.NO_LONGER_APPLIES


@pytest.mark.english
def test_session_round_trips_through_json_ready_dicts() -> None:
    passport, session = _start(trigger="New shifts")
    session.record("caring.effect_on_work", Verdict.CHANGED, "Different now")
    again = ReviewSession.from_dict(session.to_dict())
    assert again == session
    with pytest.raises(ValidationError, match="could not be read"):
        ReviewSession.from_dict({"items": "nope"})
    with pytest.raises(ValidationError, match="could not be read"):
        ReviewSession.from_dict({**session.to_dict(), "base_revision": "7"})


@pytest.mark.english
def test_new_manager_shares_only_what_was_chosen() -> None:
    passport = _passport()
    change = with_new_manager(passport, TEMPLATE, "  Carol New ", contact="carol@example.org",
                              share_fields=["caring.responsibilities", "caring.responsibilities"])
    assert change.passport.manager == Person(name="Carol New", contact="carol@example.org")
    assert change.previous.name == "Bob Smith"
    assert change.share_fields == ("caring.responsibilities",) and change.share_actions is False
    # the employee's own share flags are untouched
    assert {k: a.shared for k, a in change.passport.answers.items()} == {
        k: a.shared for k, a in passport.answers.items()}
    assert with_new_manager(passport, TEMPLATE, "Carol").share_fields == ()  # nothing until chosen
    assert "need to be agreed again" in change.note and change.note == NEW_MANAGER_NOTE


@pytest.mark.english
def test_new_manager_refusals() -> None:
    passport = _passport()
    with pytest.raises(ValidationError, match="new line manager's name"):
        with_new_manager(passport, TEMPLATE, "  ")
    with pytest.raises(ValidationError, match="already your line manager"):
        with_new_manager(passport, TEMPLATE, "bob smith")
    with pytest.raises(ValidationError, match="no answer yet"):
        with_new_manager(passport, TEMPLATE, "Carol", share_fields=["support.what_would_help"])
    with pytest.raises(ValidationError, match="for the manager to fill in"):
        with_new_manager(passport, TEMPLATE, "Carol", share_fields=["manager.comment"])
    with pytest.raises(TemplateError, match="no question"):
        with_new_manager(passport, TEMPLATE, "Carol", share_fields=["caring.nope"])


def test_shareable_fields_are_answered_employee_questions() -> None:
    assert [f for f, _label in shareable_fields(_passport(), TEMPLATE)] == [
        "caring.responsibilities", "caring.effect_on_work", "emergency.arrangements"]


def test_guidance_says_effect_not_diagnosis_and_no_guarantee() -> None:
    assert "effect on your work, not diagnoses" in EFFECT_NOT_DIAGNOSIS
    assert "does not guarantee that earlier arrangements continue" in NO_GUARANTEE
    assert "does not guarantee that earlier arrangements continue" in NEW_MANAGER_NOTE
