"""How strong a passphrase for an encrypted bundle or backup must be, and a generator for strong ones.

A bundle may travel by e-mail or on a memory stick, where anyone who gets the file can try guesses
offline for as long as they like; age's scrypt slows each guess to about a second on a laptop but a
determined attacker has many machines. So we ask for roughly 72 bits: six unrelated words, or the
generated form below. The estimate is deliberately cautious (it treats words as coming from a small
vocabulary and repeated characters as adding little) and it never sees or stores the passphrase beyond
the call.
"""

from __future__ import annotations

import dataclasses
import math
import re
import secrets
import string

from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import ExchangeError

MIN_LENGTH = 16
MIN_BITS = 72
#: Letters and digits that cannot be mistaken for each other when read aloud or written down.
GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
GENERATED_GROUPS = 5
GENERATED_GROUP_LENGTH = 4
#: A word from a vocabulary a person might draw on is worth about this many bits (~4,000 words).
BITS_PER_WORD = 12.0
_COMMON = {"password", "passphrase", "carerspassport", "qwertyuiop", "letmein", "iloveyou", "correcthorsebatterystaple"}
#: Pieces guessers try first; each counts as one character wherever it appears.
_COMMON_PIECES = ("password", "passphrase", "passport", "qwerty", "asdf", "letmein", "welcome", "admin", "iloveyou",
                  "monkey", "dragon", "football", "carer", "secret")


class WeakBundlePassphraseError(ExchangeError):
    """The passphrase is too easy to guess for a file that may travel."""


@dataclasses.dataclass(frozen=True)
class Strength:
    """An estimate of guessing strength, for showing beside the field."""

    bits: int
    label: str
    acceptable: bool


def generate_passphrase() -> str:
    """A random passphrase of 100 bits, like ``k7mq-2xpa-9tnd-hc4w-e5rv`` (easy to read out or copy)."""
    groups = ("".join(secrets.choice(GENERATED_ALPHABET) for _ in range(GENERATED_GROUP_LENGTH))
              for _ in range(GENERATED_GROUPS))
    return "-".join(groups)


def estimate(passphrase: str) -> Strength:
    """A cautious estimate of ``passphrase``'s strength in bits, with a label."""
    bits = int(_estimate_bits(passphrase))
    if bits < 40:
        label = _("weak")
    elif bits < MIN_BITS or len(passphrase) < MIN_LENGTH:
        label = _("not strong enough")
    elif bits < 90:
        label = _("strong")
    else:
        label = _("very strong")
    return Strength(bits, label, bits >= MIN_BITS and len(passphrase) >= MIN_LENGTH)


def check_bundle_passphrase(passphrase: str) -> None:
    """Raise :class:`WeakBundlePassphraseError`, saying how strong it must be, unless it is strong enough."""
    strength = estimate(passphrase)
    if not strength.acceptable:
        raise WeakBundlePassphraseError(
            _("That passphrase is {label} (about {bits} bits). A passphrase for a file that may "
              "travel must be at least {min_length} characters and about {min_bits} bits: six unrelated words, "
              "or let the app generate one (--generate-passphrase).").format(
              label=strength.label, bits=strength.bits, min_length=MIN_LENGTH, min_bits=MIN_BITS))


def _estimate_bits(passphrase: str) -> float:
    if _is_generated_form(passphrase):
        return GENERATED_GROUPS * GENERATED_GROUP_LENGTH * math.log2(len(GENERATED_ALPHABET))
    squeezed = "".join(ch for ch in passphrase.lower() if ch.isalnum())
    if squeezed in _COMMON or len(set(passphrase)) <= 2:
        return 0.0
    reduced = _reduce(passphrase)
    pool = 0
    pool += 26 if any(ch in string.ascii_lowercase for ch in passphrase) else 0
    pool += 26 if any(ch in string.ascii_uppercase for ch in passphrase) else 0
    pool += 10 if any(ch in string.digits for ch in passphrase) else 0
    pool += 33 if any(ch in string.punctuation or ch == " " for ch in passphrase) else 0
    pool += 100 if any(ord(ch) > 127 for ch in passphrase) else 0
    # Repeats add little: count each distinct character fully, the rest at a quarter.
    distinct = len(set(reduced))
    effective = distinct + (len(reduced) - distinct) / 4
    char_bits = effective * math.log2(max(pool, 2))
    words = [w for w in passphrase.replace("-", " ").replace("_", " ").split() if w]
    if len(words) >= 2 and all(w.isalpha() for w in words):
        # Ordinary words: a guesser tries words, not letters.
        return min(char_bits, len(set(w.lower() for w in words)) * BITS_PER_WORD)
    return char_bits


def _reduce(passphrase: str) -> str:
    """``passphrase`` with common pieces and runs like ``1234`` or ``cba`` each cut to one character."""
    text = re.sub("|".join(_COMMON_PIECES), "\x00", passphrase, flags=re.IGNORECASE)
    out: list[str] = []
    for ch in text:
        if len(out) >= 2:
            step = ord(out[-1]) - ord(out[-2])
            if abs(step) == 1 and ord(ch) - ord(out[-1]) == step:
                continue  # the third and later characters of a run add nothing
        out.append(ch)
    return "".join(out)


def _is_generated_form(passphrase: str) -> bool:
    groups = passphrase.split("-")
    return (len(groups) == GENERATED_GROUPS
            and all(len(g) == GENERATED_GROUP_LENGTH and all(ch in GENERATED_ALPHABET for ch in g) for g in groups))
