"""A certificate fingerprint in forms people can read aloud and compare: groups of four, and eight words.

Two people check each other's identity by comparing fingerprints in person or by phone. Sixty-four hex
digits are hard to read out, so each side shows two forms of the same SHA-256 fingerprint:

- **groups**: the 64 hex digits in sixteen groups of four, in two lines of eight (every bit);
- **words**: eight words, each naming 10 bits of the fingerprint, the first 80 bits in order.

Which words: the BIP-0039 English list (``resources/wordlists/bip39-english.txt``) is 2,048 plain, common
English words of 3 to 8 letters whose first four letters are all different (a misheard ending still names
one word), frozen by its standard. But it was made for wallets, not for two people in an app about
caring: it holds "disease", "disorder", "hospital", "insane", "mother", "divorce". Read aloud between an
employee and their manager, such a word sounds like something about the person cared for. So
:func:`reading_wordlist` drops every word in ``resources/wordlists/not-read-aloud.txt`` and keeps the
first 1,024 of the rest, in the list's order: a fixed rule over two committed files, so a fingerprint
gives the same words in every version (the tests pin both files and example words). (The PGP word list
was the other candidate: made for reading aloud, but 8 bits a word, so the same check takes ten words.)

Why eight: an impostor who wants their certificate to show someone else's eight words must try about
2^79 certificates on average; even at ten billion a second that is nearly two million years. The groups
carry all 256 bits, for anyone who wants to compare every digit.

Pure: the word list is passed in (:func:`carerpassport.resource_files.fingerprint_wordlist` reads it).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from carerpassport.domain.wording import gettext as _

#: How many words are shown, and how many bits of the fingerprint each one names.
WORD_COUNT = 8
BITS_PER_WORD = 10
WORDLIST_SIZE = 2 ** BITS_PER_WORD


def reading_wordlist(bip39: Sequence[str], not_read_aloud: Collection[str]) -> tuple[str, ...]:
    """The :data:`WORDLIST_SIZE` words that name fingerprints: ``bip39``'s words in order, without those in
    ``not_read_aloud``, the first :data:`WORDLIST_SIZE` of what is left."""
    unknown = sorted(set(not_read_aloud) - set(bip39))
    if unknown:  # a typo in the exclusions would leave the word it meant in use
        raise ValueError(_("Words to leave out that are not in the list: {unknown}.").format(
                             unknown=', '.join(unknown)))
    kept = [word for word in bip39 if word not in not_read_aloud]
    if len(kept) < WORDLIST_SIZE:
        raise ValueError(_("Only {count} words are left to read fingerprints with; {wordlist_size} are needed.").format(
                             count=len(kept), wordlist_size=WORDLIST_SIZE))
    return tuple(kept[:WORDLIST_SIZE])


def fingerprint_digest(fingerprint: str) -> bytes:
    """The 32 bytes of a SHA-256 fingerprint written as hex (any case, spaces or colons between groups)."""
    digits = "".join(ch for ch in fingerprint if ch not in " :")
    if len(digits) != 64:
        raise ValueError(_("A SHA-256 fingerprint has 64 hex digits; this one has {count}.").format(
                             count=len(digits)))
    try:
        return bytes.fromhex(digits)
    except ValueError:
        raise ValueError(_("A fingerprint is written with the digits 0-9 and the letters A-F only.")) from None


def fingerprint_groups(fingerprint: str) -> tuple[str, str]:
    """The fingerprint as two lines of eight groups of four upper-case hex digits."""
    digits = fingerprint_digest(fingerprint).hex().upper()
    groups = [digits[i:i + 4] for i in range(0, 64, 4)]
    return " ".join(groups[:8]), " ".join(groups[8:])


def fingerprint_words(fingerprint: str, wordlist: Sequence[str]) -> tuple[str, ...]:
    """The :data:`WORD_COUNT` words naming the fingerprint's first 80 bits, 10 bits a word, most significant
    first (the same bits always give the same words)."""
    if len(wordlist) != WORDLIST_SIZE or len(set(wordlist)) != WORDLIST_SIZE:
        raise ValueError(_("The fingerprint word list must hold {wordlist_size} different words.").format(
                             wordlist_size=WORDLIST_SIZE))
    bits = WORD_COUNT * BITS_PER_WORD
    value = int.from_bytes(fingerprint_digest(fingerprint), "big") >> (256 - bits)
    return tuple(wordlist[(value >> (bits - BITS_PER_WORD * (i + 1))) & (WORDLIST_SIZE - 1)]
                 for i in range(WORD_COUNT))
