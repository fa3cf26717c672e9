"""What is said now and read later (domain/said.py): kept as a msgid and its arguments, shown in the reader's
language, and an entry that cannot be read is shown in the English stored beside it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carerpassport.domain.said import Listed, N_plural, Question, Said, When, shown, shown_label
from carerpassport.domain.wording import N_

RESTORED = Said(N_("Restored revision {number}"), number=3)
LABEL = Said(N_("{parts}"), parts=Listed((
    Said(N_("changed: {names}"), names=Listed((Question("caring.responsibilities", "What are your caring "
                                                                                   "responsibilities?"),))),
    Said(N_plural("added an action", "added {count} actions"), count=2)), "; ", capitalise=True))
WELSH_TITLES = {"caring.responsibilities": "Beth yw eich cyfrifoldebau gofalu?"}


def test_english_is_the_source_whatever_the_process_speaks() -> None:
    assert RESTORED.english() == "Restored revision 3"
    assert LABEL.english() == "Changed: What are your caring responsibilities?; added 2 actions"


def test_welsh_words_questions_by_the_readers_form_and_plurals() -> None:
    assert RESTORED.text("cy") == "Adferwyd fersiwn 3"
    assert LABEL.text("cy", WELSH_TITLES) == "Newidiwyd: Beth yw eich cyfrifoldebau gofalu?; ychwanegwyd 2 o gamau"
    one = Said(N_plural("added an action", "added {count} actions"), count=1)
    assert (one.english(), one.text("cy")) == ("added an action", "ychwanegwyd cam")


def test_a_question_the_readers_form_no_longer_has_is_named_as_it_was() -> None:
    assert "What are your caring responsibilities?" in LABEL.text("cy", {})


def test_a_date_is_said_in_the_readers_words() -> None:
    made = Said(N_("Vault restored from a backup made {made}"), made=When("2026-12-01"))
    assert made.english() == "Vault restored from a backup made 1 December 2026"
    assert made.text("cy") == "Claddgell wedi'i hadfer o gopi wrth gefn a wnaed 1 Rhagfyr 2026"


def test_the_stored_form_reads_back_the_same() -> None:
    for said in (RESTORED, LABEL, Said(N_("Vault created"))):
        again = Said.from_json(json.loads(json.dumps(said.to_json())))
        assert again == said and again.text("cy", WELSH_TITLES) == said.text("cy", WELSH_TITLES)
        assert shown_label(said.dumps(), "cy", WELSH_TITLES) == said.text("cy", WELSH_TITLES)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                max_size=3), max_leaves=12))
def test_anything_else_stored_is_shown_as_the_stored_english(stored: object) -> None:
    assert isinstance(shown(stored, "the stored words", "cy"), str)
    if not isinstance(stored, dict):
        assert shown(stored, "the stored words", "cy") == "the stored words"


@pytest.mark.parametrize("label", ["Changed: your private notes", "{not json", '{"m": 3}', '{"a": [], "m": "x"}'])
def test_a_label_an_older_version_stored_as_words_is_shown_as_stored(label: str) -> None:
    assert shown_label(label, "cy") == label


def test_a_plural_needs_its_count_and_arguments_are_checked() -> None:
    with pytest.raises(TypeError):
        Said(N_plural("added an action", "added {count} actions"))
    with pytest.raises(TypeError):
        Said(N_("Restored revision {number}"), number=3.5).to_json()  # type: ignore[arg-type]
