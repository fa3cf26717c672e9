"""Fingerprints read aloud (domain/fingerprint_words.py): pinned vectors, so the words never change between
versions; every bit of the first 80 named; both word files pinned by hash."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carerpassport.domain.fingerprint_words import (
    BITS_PER_WORD,
    WORD_COUNT,
    fingerprint_groups,
    fingerprint_words,
    reading_wordlist,
)
from carerpassport.resource_files import FINGERPRINT_WORDLIST, NOT_READ_ALOUD, fingerprint_wordlist, resource_bytes

WORDS = fingerprint_wordlist()

# Never change them once released: people compare these words across versions. (The first and last words
# of the reading list: "abandon" and "zoo" are not in it.)
VECTORS = [
    ("00" * 32, "ability ability ability ability ability ability ability ability"),
    ("FF" * 32, "multiply multiply multiply multiply multiply multiply multiply multiply"),
    (" ".join(["ABCD"] * 16), "give camp hint digital invite goddess later melt"),
    (hashlib.sha256(b"carer").hexdigest(), "brief lecture elite arm hockey math doll kingdom"),
]
BIP39 = tuple(resource_bytes(*FINGERPRINT_WORDLIST).decode("ascii").split())


def test_the_word_lists_are_unchanged() -> None:
    data = resource_bytes(*FINGERPRINT_WORDLIST)
    assert hashlib.sha256(data).hexdigest() == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    assert hashlib.sha256(resource_bytes(*NOT_READ_ALOUD)).hexdigest() == (
        "6d56317972aa91b504b5415911446e553283c496477e40d848e42d3283b63831")
    assert len(BIP39) == 2048
    assert len(WORDS) == 1024 == len(set(WORDS)) == len({w[:4] for w in WORDS})
    assert all(w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 8 for w in WORDS)


@pytest.mark.parametrize("word", ["disease", "disorder", "hospital", "insane", "mother", "divorce", "toilet",
                                  "useless", "despair", "abandon"])
def test_no_word_that_sounds_like_illness_family_or_distress_is_read_aloud(word: str) -> None:
    assert word in BIP39 and word not in WORDS


@pytest.mark.english
def test_the_reading_list_is_the_first_1024_kept_in_order() -> None:
    assert reading_wordlist(["b", "a", "c", *map(str, range(1024))], {"a"})[:3] == ("b", "c", "0")
    with pytest.raises(ValueError, match="not in the list: wound"):
        reading_wordlist(BIP39, {"wound"})  # a typo in the exclusions is refused, not silently ignored
    with pytest.raises(ValueError, match="1024 are needed"):
        reading_wordlist(BIP39[:1100], set(BIP39[:100]))


@pytest.mark.parametrize(("fingerprint", "words"), VECTORS)
def test_pinned_vectors(fingerprint: str, words: str) -> None:
    assert " ".join(fingerprint_words(fingerprint, WORDS)) == words


def test_groups_are_two_lines_of_eight() -> None:
    fingerprint = hashlib.sha256(b"carer").hexdigest()  # lower case, no spaces: the same fingerprint
    assert fingerprint_groups(fingerprint) == ("2E77 77C0 4EBE 3C06 E757 53B0 BA59 1768",
                                               "0E5C 1DBB 13AA 119E 0125 AAC5 1476 797C")
    assert fingerprint_groups(":".join(fingerprint[i:i + 2] for i in range(0, 64, 2))) == fingerprint_groups(
        fingerprint.upper())


@given(st.binary(min_size=32, max_size=32), st.integers(0, WORD_COUNT * BITS_PER_WORD - 1))
def test_every_one_of_the_first_80_bits_changes_the_words(digest: bytes, bit: int) -> None:
    flipped = (int.from_bytes(digest, "big") ^ (1 << (255 - bit))).to_bytes(32, "big")
    words, other = fingerprint_words(digest.hex(), WORDS), fingerprint_words(flipped.hex(), WORDS)
    assert words != other
    assert sum(a != b for a, b in zip(words, other, strict=True)) == 1  # exactly the word naming that bit


@given(st.binary(min_size=32, max_size=32))
def test_deterministic_and_eight_words_of_the_list(digest: bytes) -> None:
    words = fingerprint_words(digest.hex(), WORDS)
    assert words == fingerprint_words(digest.hex().upper(), list(WORDS))
    assert len(words) == WORD_COUNT and set(words) <= set(WORDS)


def test_different_certificates_give_different_words() -> None:
    seen = {fingerprint_words(hashlib.sha256(str(i).encode()).hexdigest(), WORDS) for i in range(2000)}
    assert len(seen) == 2000


@pytest.mark.parametrize(("fingerprint", "message"), [
    ("ABCD", "64 hex digits; this one has 4"),
    ("G" * 64, "0-9 and the letters A-F"),
])
@pytest.mark.english
def test_not_a_fingerprint(fingerprint: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fingerprint_words(fingerprint, WORDS)


@pytest.mark.english
def test_a_wrong_word_list_is_refused() -> None:
    with pytest.raises(ValueError, match="1024 different words"):
        fingerprint_words("00" * 32, WORDS[:-1] + (WORDS[0],))
