"""How strong a bundle or backup passphrase must be, and the generated ones."""

from __future__ import annotations

import pytest

from carerpassport.exchange.passphrase_strength import (
    MIN_BITS,
    WeakBundlePassphraseError,
    check_bundle_passphrase,
    estimate,
    generate_passphrase,
)


@pytest.mark.english
def test_generated_passphrases_are_strong_and_different() -> None:
    made = {generate_passphrase() for _ in range(50)}
    assert len(made) == 50
    for passphrase in made:
        assert estimate(passphrase).bits == 100 and estimate(passphrase).label == "very strong"
        check_bundle_passphrase(passphrase)


@pytest.mark.parametrize("passphrase", [
    "", "password", "correct horse battery staple", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Password1234567!",
    "abababababababababababab", "Correct-Horse-Battery-Staple",
])
@pytest.mark.english
def test_weak_ones_are_refused_with_the_rule(passphrase: str) -> None:
    assert not estimate(passphrase).acceptable
    with pytest.raises(WeakBundlePassphraseError, match=f"at least 16 characters and about {MIN_BITS} bits"):
        check_bundle_passphrase(passphrase)


@pytest.mark.parametrize("passphrase", [
    "lantern orchid gravel whisper tundra mosaic",  # six unrelated words
    "T7#qv!Lm2@xZ9$pR4&wK",  # long random characters
])
def test_strong_ones_pass(passphrase: str) -> None:
    assert estimate(passphrase).acceptable
    check_bundle_passphrase(passphrase)
