"""The passport model: round trips, validation with clear messages, what is shared."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carerpassport.domain.canonical import canonical_bytes, content_hash, load_canonical
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import (
    ActionKind,
    ActionStatus,
    AgreedAction,
    Answer,
    Passport,
    Person,
)

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)


def sample() -> Passport:
    return Passport(
        template_id="carerpassport.default",
        employee=Person(name="Gwenllïan Łukasiewicz", role="Nurse"),
        manager=Person(name="عائشة"),
        answers={"caring.responsibilities": Answer("I care for my mum.", True),
                 "caring.how_managing": Answer("secret", False)},
        private_notes="never shared",
        actions=[AgreedAction(what="Start at 10", kind=ActionKind.FLEXIBLE_WORKING, status=ActionStatus.AGREED,
                              agreed_on=dt.date(2026, 1, 31)),
                 AgreedAction(what="private action", shared=False)],
    )


def test_round_trip_through_canonical_json() -> None:
    passport = sample()
    again = Passport.from_dict(load_canonical(canonical_bytes(passport.to_dict())))
    assert again == passport
    assert content_hash(again.to_dict()) == content_hash(passport.to_dict())


@given(name=text, answer=text, notes=text, shared=st.booleans())
def test_any_text_round_trips(name: str, answer: str, notes: str, shared: bool) -> None:
    passport = Passport(employee=Person(name=name[:200]), answers={"a.b": Answer(answer, shared)}, private_notes=notes)
    assert Passport.from_dict(load_canonical(canonical_bytes(passport.to_dict()))) == passport


def test_shared_dict_holds_only_what_is_shared() -> None:
    shared = sample().shared_dict()
    assert set(shared["answers"]) == {"caring.responsibilities"}
    assert "private_notes" not in shared
    assert [a["what"] for a in shared["actions"]] == ["Start at 10"]
    assert "never shared" not in canonical_bytes(shared).decode()
    assert "secret" not in canonical_bytes(shared).decode()


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(format=99), "format 99"),
    (lambda d: d.update(id="not-a-uuid"), "not a valid id"),
    (lambda d: d["answers"].update({"x.y": {"text": 5, "shared": False}}), "must be text"),
    (lambda d: d["answers"].update({"x.y": {"text": "a", "shared": "yes"}}), "true or false"),
    (lambda d: d.update(surprise=1), "unexpected entries: surprise"),
    (lambda d: d["actions"][0].update(kind="holiday"), "must be one of"),
    (lambda d: d["actions"][0].update(agreed_on="31/01/2026"), "YYYY-MM-DD"),
    (lambda d: d.update(private_notes="x" * 20_001), "too long"),
    (lambda d: d.update(actions="none"), "must be a list"),
])
@pytest.mark.english
def test_bad_input_gives_a_specific_error(mutate: object, message: str) -> None:
    data = sample().to_dict()
    mutate(data)  # type: ignore[operator]
    with pytest.raises(ValidationError, match=message):
        Passport.from_dict(data)


@pytest.mark.english
def test_action_rules() -> None:
    with pytest.raises(ValidationError, match="description"):
        AgreedAction(what=" ").validate()
    with pytest.raises(ValidationError, match="reason"):
        AgreedAction(what="x", status=ActionStatus.DECLINED).validate()
    with pytest.raises(ValidationError, match="before"):
        AgreedAction(what="x", agreed_on=dt.date(2026, 5, 1), implement_by=dt.date(2026, 4, 1)).validate()
    AgreedAction(what="x", status=ActionStatus.DECLINED, decline_reason="cover not possible").validate()


@pytest.mark.english
def test_canonical_form_is_required_when_reading_back() -> None:
    raw = canonical_bytes(sample().to_dict())
    with pytest.raises(ValidationError, match="canonical"):
        load_canonical(raw.replace(b"{", b"{ ", 1))
    with pytest.raises(ValidationError, match="not valid UTF-8"):
        load_canonical(b"\xff\xfe")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_canonical(b"{")


@pytest.mark.english
def test_jurisdiction_round_trips_and_stays_out_of_old_bytes_and_the_shared_copy():
    from carerpassport.domain.canonical import canonical_bytes
    from carerpassport.domain.jurisdiction import Jurisdiction

    plain = Passport()
    assert "jurisdiction" not in plain.to_dict()  # passports saved before the field keep their bytes
    stated = dataclasses.replace(plain, jurisdiction=Jurisdiction.SCOTLAND)
    assert Passport.from_dict(stated.to_dict()).jurisdiction is Jurisdiction.SCOTLAND
    assert "jurisdiction" not in stated.shared_dict()  # private: never exported
    assert canonical_bytes(Passport.from_dict(plain.to_dict()).to_dict()) == canonical_bytes(plain.to_dict())
    with pytest.raises(ValidationError, match="passport.jurisdiction must be one of"):
        Passport.from_dict({**plain.to_dict(), "jurisdiction": "wales"})


def test_working_pattern_round_trips_and_stays_out_of_old_bytes_and_the_shared_copy():
    from carerpassport.domain.working_pattern import WorkingPattern

    plain = Passport(template_id="t")
    assert "working_pattern" not in plain.to_dict()  # passports saved before the field keep their bytes
    with_pattern = dataclasses.replace(plain, working_pattern=WorkingPattern.fixed_days(7.5, 3))
    assert Passport.from_dict(with_pattern.to_dict()).working_pattern == WorkingPattern.fixed_days(7.5, 3)
    assert "working_pattern" not in with_pattern.shared_dict()  # private: never exported
    with pytest.raises(ValidationError, match="passport.working_pattern"):
        Passport.from_dict({**plain.to_dict(), "working_pattern": {"kind": "fixed_days", "hours_per_day": 99,
                                                                   "days_per_week": 5}})
