"""A certificate fingerprint in forms people can read aloud and compare: groups of four, and eight words.

Two people check each other's identity by comparing fingerprints in person or by phone. Sixty-four hex
digits are hard to read out, so each side shows two forms of the same SHA-256 fingerprint:

- **groups**: the 64 hex digits in sixteen groups of four, in two lines of eight (every bit);
- **words**: eight words from the BIP-0039 English list (``resources/wordlists/bip39-english.txt``), each
  naming 11 bits of the fingerprint, the first 88 bits in order.

Why these words: the BIP-0039 list is 2,048 plain, common English words of 3 to 8 letters, whose first
four letters are all different (a misheard ending still names one word), and it is frozen by its
standard, so a fingerprint gives the same words in every version of this app and nobody maintains a list
of our own. (The PGP word list was the other candidate: it is made for reading aloud, but gives 8 bits a
word, so the same check takes eleven words instead of eight.)

Why eight: an impostor who wants their certificate to show someone else's eight words must try about
2^87 certificates on average; even at ten billion a second that is hundreds of millions of years. The
groups carry all 256 bits, for anyone who wants to compare every digit.

Pure: the word list is passed in (:func:`carerpassport.resource_files.fingerprint_wordlist` reads it).
"""

from __future__ import annotations

from collections.abc import Sequence

#: How many words are shown, and how many bits of the fingerprint each one names.
WORD_COUNT = 8
BITS_PER_WORD = 11
WORDLIST_SIZE = 2 ** BITS_PER_WORD


def fingerprint_digest(fingerprint: str) -> bytes:
    """The 32 bytes of a SHA-256 fingerprint written as hex (any case, spaces or colons between groups)."""
    digits = "".join(ch for ch in fingerprint if ch not in " :")
    if len(digits) != 64:
        raise ValueError(f"A SHA-256 fingerprint has 64 hex digits; this one has {len(digits)}.")
    try:
        return bytes.fromhex(digits)
    except ValueError:
        raise ValueError("A fingerprint is written with the digits 0-9 and the letters A-F only.") from None


def fingerprint_groups(fingerprint: str) -> tuple[str, str]:
    """The fingerprint as two lines of eight groups of four upper-case hex digits."""
    digits = fingerprint_digest(fingerprint).hex().upper()
    groups = [digits[i:i + 4] for i in range(0, 64, 4)]
    return " ".join(groups[:8]), " ".join(groups[8:])


def fingerprint_words(fingerprint: str, wordlist: Sequence[str]) -> tuple[str, ...]:
    """The :data:`WORD_COUNT` words naming the fingerprint's first 88 bits, 11 bits a word, most significant
    first (the same bits always give the same words: BIP-0039's own mapping of bits to words)."""
    if len(wordlist) != WORDLIST_SIZE or len(set(wordlist)) != WORDLIST_SIZE:
        raise ValueError(f"The fingerprint word list must hold {WORDLIST_SIZE} different words.")
    bits = WORD_COUNT * BITS_PER_WORD
    value = int.from_bytes(fingerprint_digest(fingerprint), "big") >> (256 - bits)
    return tuple(wordlist[(value >> (bits - BITS_PER_WORD * (i + 1))) & (WORDLIST_SIZE - 1)]
                 for i in range(WORD_COUNT))
