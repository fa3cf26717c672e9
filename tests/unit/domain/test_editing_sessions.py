"""The rules that group an editing session's autosaves into one version, and the label of a version."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from carerpassport.domain.editing_sessions import (
    SESSION_PAUSE,
    EditingSession,
    Tip,
    label_of_changes,
    may_amend,
)
from carerpassport.domain.model import AgreedAction, Answer, Passport, Person
from carerpassport.resource_files import load_default_template

T0 = dt.datetime(2026, 12, 1, 21, 0, tzinfo=dt.UTC)
SESSION = EditingSession(revision=5, before=Passport(), last_edit=T0, newest_event=9)
TIP = Tip(number=5, is_edit=True, referenced=False, newest_event=9)
TEMPLATE = load_default_template()
EFFECT = "caring.effect_on_work"
CRISIS = "emergency.arrangements"


@pytest.mark.parametrize(("session", "tip", "now", "amend"), [
    (SESSION, TIP, T0 + dt.timedelta(seconds=2), True),  # typing on: the same version
    (SESSION, TIP, T0 + SESSION_PAUSE, True),  # exactly the pause: still the same session
    (SESSION, TIP, T0 + SESSION_PAUSE + dt.timedelta(seconds=1), False),  # a longer pause: a new version
    (SESSION, TIP, T0 - dt.timedelta(seconds=1), False),  # the clock went back: do not guess
    (None, TIP, T0, False),  # no open session (just opened, left the section, locked)
    (SESSION, dataclasses.replace(TIP, number=6), T0, False),  # something else saved a version since
    (SESSION, dataclasses.replace(TIP, is_edit=False), T0, False),  # the tip is a restore, review, import...
    (SESSION, dataclasses.replace(TIP, referenced=True), T0, False),  # exported, shared or recorded
    (SESSION, dataclasses.replace(TIP, newest_event=10), T0, False),  # an export, review, key change... since
])
def test_when_an_autosave_may_replace_the_newest_version(session: EditingSession | None, tip: Tip,
                                                         now: dt.datetime, amend: bool) -> None:
    assert may_amend(session, tip, now) is amend


def _with(**answers: str) -> Passport:
    passport = Passport(employee=Person(name="Siân Jones"), manager=Person(name="Bob Smith"))
    for field_id, text in answers.items():
        passport.answers[field_id.replace("__", ".")] = Answer(text=text)
    return passport


def _title(field_id: str) -> str:
    return TEMPLATE.field(field_id).label


BASE = _with(caring__effect_on_work="Leave at short notice")
ACTION = AgreedAction(what="Start at 10:00 on Tuesdays")


def _changed(change: str) -> Passport:
    after = BASE.copy()
    if change == "answer":
        after.answers[EFFECT] = Answer(text="Leave early on Tuesdays")
    elif change == "two answers, template order":
        after.answers[CRISIS] = Answer(text="Sam covers")
        after.answers[EFFECT] = Answer(text="Leave early")
    elif change == "answer and action":
        after.answers[EFFECT] = Answer(text="Leave early")
        after.actions.append(ACTION)
    elif change == "shared":
        after.answers[EFFECT] = Answer(text=BASE.answer(EFFECT).text, shared=True)
    elif change == "shared and rewritten":
        after.answers[EFFECT] = Answer(text="Leave early", shared=True)
    elif change == "people and notes":
        after.employee.role = "Adviser"
        after.manager.contact = "bob@example.org"
        after.private_notes = "Ask HR"
    elif change == "two actions":
        after.actions.extend([AgreedAction(what="One"), AgreedAction(what="Two")])
    elif change == "many answers":
        for field in TEMPLATE.employee_fields()[:5]:
            after.answers[field.id] = Answer(text="new words")
    return after


@pytest.mark.parametrize(("change", "label"), [
    ("answer", f"Changed: {_title(EFFECT)}"),
    ("two answers, template order", f"Changed: {_title(EFFECT)}, {_title(CRISIS)}"),
    ("answer and action", f"Changed: {_title(EFFECT)}; added an action"),
    ("shared", f"Changed what is shared: {_title(EFFECT)}"),
    ("shared and rewritten", f"Changed: {_title(EFFECT)}"),  # named once
    ("people and notes", "Changed: your details, your line manager's details, your private notes"),
    ("two actions", "Added 2 actions"),
    ("nothing", "Edits undone: the same as the version before"),
])
def test_a_version_is_labelled_by_what_changed(change: str, label: str) -> None:
    assert label_of_changes(BASE, _changed(change), TEMPLATE).english() == label


def test_a_label_names_a_few_things_and_counts_the_rest() -> None:
    label = label_of_changes(BASE, _changed("many answers"), TEMPLATE).english()
    titles = [f.label for f in TEMPLATE.employee_fields()[:5]]
    assert label == f"Changed: {titles[0]}, {titles[1]}, {titles[2]} and 2 more"


def test_changed_and_removed_actions_are_counted() -> None:
    before = BASE.copy()
    kept, gone = AgreedAction(what="Kept"), AgreedAction(what="Gone")
    before.actions = [kept, gone]
    after = before.copy()
    after.actions = [dataclasses.replace(kept, what="Kept, changed")]
    assert label_of_changes(before, after, TEMPLATE).english() == "Changed an action; removed an action"


def test_without_a_template_questions_are_named_by_their_ids() -> None:
    assert label_of_changes(BASE, _changed("answer"), None).english() == f"Changed: {EFFECT}"
