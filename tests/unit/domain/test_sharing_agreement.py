"""The sharing agreement as data, and the two rules the app honours with it."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import Passport
from carerpassport.domain.sharing_agreement import (
    STANDARD_KINDS,
    KeepUntil,
    Permission,
    RecipientKind,
    RecipientRule,
    SharingAgreement,
    Verdict,
    decide,
    keep_until_date,
)


def chosen() -> SharingAgreement:
    return SharingAgreement(rules=[
        RecipientRule(RecipientKind.HR, Permission.FOR_PURPOSE, purpose="arranging carer's leave"),
        RecipientRule(RecipientKind.FUTURE_MANAGER, Permission.ASK_EACH_TIME),
        RecipientRule(RecipientKind.OTHER, Permission.ASK_EACH_TIME, label="Payroll"),
    ], keep_until=KeepUntil.I_MOVE_ON, shared=True)


def test_a_new_agreement_lists_the_standard_recipients_all_never_and_is_not_shared():
    agreement = SharingAgreement()
    assert [rule.kind for rule in agreement.rules] == list(STANDARD_KINDS)
    assert {rule.permission for rule in agreement.rules} == {Permission.NEVER}
    assert agreement.shared is False and agreement.is_default


def test_the_standard_recipients_come_first_in_order_whatever_order_they_are_given_in():
    agreement = chosen()
    assert [rule.kind for rule in agreement.rules] == [*STANDARD_KINDS, RecipientKind.OTHER]
    assert agreement.rule("hr").purpose == "arranging carer's leave"


def test_an_unchosen_agreement_leaves_the_passports_bytes_as_they_were():
    passport = Passport()
    assert "sharing_agreement" not in passport.to_dict()
    assert "sharing_agreement" not in passport.shared_dict()


def test_a_chosen_agreement_round_trips_through_the_passport_and_its_canonical_bytes():
    passport = Passport(sharing_agreement=chosen())
    again = Passport.from_dict(passport.to_dict())
    assert again.sharing_agreement == passport.sharing_agreement
    assert canonical_bytes(again.to_dict()) == canonical_bytes(passport.to_dict())


def test_the_export_carries_the_agreement_only_when_the_employee_shares_it():
    agreement = chosen()
    agreement.shared = False
    passport = Passport(sharing_agreement=agreement)
    assert "sharing_agreement" not in passport.shared_dict()
    assert "sharing_agreement" in passport.to_dict()
    passport.sharing_agreement.shared = True
    exported = passport.shared_dict()["sharing_agreement"]
    assert "shared" not in exported
    # What a manager's copy reads back is the same agreement.
    assert SharingAgreement.from_dict(exported) == passport.sharing_agreement


@pytest.mark.parametrize(("data", "sentence"), [
    ({"rules": "hr"}, "sharing_agreement.rules must be a list"),
    ({"rules": [{"kind": "boss"}]}, "sharing_agreement.rules[0].kind must be one of"),
    ({"rules": [{"kind": "hr", "permission": "always"}]}, "sharing_agreement.rules[0].permission must be one of"),
    ({"rules": [{"kind": "hr", "id": "other"}]}, "sharing_agreement.rules[0].id must be 'hr'"),
    ({"rules": [{"kind": "other", "id": "x", "label": "Payroll"}]}, "sharing_agreement.rules[0].id is not a valid id"),
    ({"rules": [{"kind": "hr"}, {"kind": "hr"}]}, "lists the same recipient twice"),
    ({"keep_until": "forever"}, "sharing_agreement.keep_until must be one of"),
    ({"shared": "yes"}, "sharing_agreement.shared must be true or false"),
    ({"rules": [], "colour": "red"}, "unexpected entries: colour"),
    ({"rules": [{"kind": "hr", "purpose": "x" * 301}]}, "is too long"),
    ({"rules": [{"kind": "other", "id": str(uuid.uuid4()), "label": f"{n}"} for n in range(25)]},
     "names more than 20 other recipients"),
])
@pytest.mark.english
def test_a_broken_agreement_is_refused_with_the_place_and_the_reason(data, sentence):
    with pytest.raises(ValidationError, match=re.escape(sentence)):
        SharingAgreement.from_dict(data)


@pytest.mark.english
def test_someone_else_needs_a_name_and_a_purpose_needs_words():
    with pytest.raises(ValidationError, match="needs a name or a description"):
        SharingAgreement(rules=[RecipientRule(RecipientKind.OTHER)]).validate()
    with pytest.raises(ValidationError, match="Say what HR may have the passport for"):
        SharingAgreement(rules=[RecipientRule(RecipientKind.HR, Permission.FOR_PURPOSE)]).validate()
    chosen().validate()


def test_the_line_manager_is_always_allowed_and_a_purpose_allows_without_asking():
    assert decide(SharingAgreement(), None).verdict is Verdict.ALLOWED
    hr = decide(chosen(), RecipientKind.HR)
    assert hr.verdict is Verdict.ALLOWED and not hr.needs_confirmation
    assert "arranging carer's leave" in hr.sentence


@pytest.mark.english
def test_only_when_i_say_so_asks_each_time_and_never_refuses_without_confirmation():
    future = decide(chosen(), RecipientKind.FUTURE_MANAGER)
    assert future.verdict is Verdict.CONFIRM and future.needs_confirmation
    health = decide(chosen(), RecipientKind.OCCUPATIONAL_HEALTH)
    assert health.verdict is Verdict.NOT_ALLOWED and "should never be given" in health.sentence
    assert decide(None, RecipientKind.HR).verdict is Verdict.NOT_ALLOWED


@pytest.mark.english
def test_someone_else_is_matched_by_name_and_anyone_unmentioned_is_not_allowed():
    assert decide(chosen(), RecipientKind.OTHER, "payroll ").verdict is Verdict.CONFIRM
    stranger = decide(chosen(), RecipientKind.OTHER, "The press office")
    assert stranger.verdict is Verdict.NOT_ALLOWED and "does not mention The press office" in stranger.sentence


def test_only_until_the_next_review_gives_the_manager_a_date_to_delete_their_copy():
    review = dt.date(2027, 12, 2)
    assert keep_until_date(SharingAgreement(), review) == review
    assert keep_until_date(chosen(), review) is None
    assert keep_until_date(None, review) is None


LABELS = st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=20)


@given(st.lists(st.tuples(st.sampled_from(list(Permission)), LABELS), max_size=5),
       st.sampled_from(list(KeepUntil)), st.booleans())
def test_any_agreement_survives_its_dict_form(others, keep_until, shared):
    agreement = SharingAgreement(rules=[RecipientRule(RecipientKind.OTHER, permission, label=label)
                                        for permission, label in others], keep_until=keep_until, shared=shared)
    assert SharingAgreement.from_dict(agreement.to_dict()) == agreement
