"""Bounded JSON: each hostile shape becomes one sentence naming the file, never a traceback."""

from __future__ import annotations

import pytest

from carerpassport.domain.bounded_json import JsonLimitError, loads_bounded


@pytest.mark.parametrize(("raw", "words"), [
    (b"[" * 100 + b"]" * 100, "nested more than"),
    (b"1" * 20_000, "20,000 digits"),
    (b"NaN", "NaN"),
    (b"[1e999999]", "too large"),
    (b'"\\ud800"', "lone UTF-16 surrogate"),
    (b"\xff", "not valid UTF-8"),
    (b"{", "not valid JSON"),
])
@pytest.mark.english
def test_hostile_json_gets_a_sentence(raw: bytes, words: str) -> None:
    with pytest.raises(JsonLimitError, match=words) as caught:
        loads_bounded(raw, what="manifest.json")
    assert "manifest.json" in str(caught.value)


def test_ordinary_json_and_brackets_inside_strings() -> None:
    assert loads_bounded(b'{"a": "[[[[" , "b": [1, 2.5]}', what="x") == {"a": "[[[[", "b": [1, 2.5]}
    assert loads_bounded(b"[" * 32 + b"]" * 32, what="x") is not None
