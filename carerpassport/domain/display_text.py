"""Names from other people's files, made safe to show.

A name in an identity card, a certificate's common name, the manager fields of a countersigned PDF or a
bundle manifest is written by whoever made the file. Printed raw, an ANSI escape can recolour or erase
the terminal line that says "DIFFERENT certificate", a bidi override (U+202E) can make "evil" read as
"live", a newline can forge a line such as "Fingerprint: ...", and zero-width characters make two
different names look the same. :func:`display_name` is the one function every path that shows such a
name (CLI and GUI) goes through: it removes escape sequences and every control and invisible format
character, turns line breaks and tabs into spaces, and bounds the length.

It does not make look-alike letters (a Cyrillic "а" for a Latin "a") distinguishable; that is what the
fingerprint shown beside a name is for.
"""

from __future__ import annotations

import re
import unicodedata

#: A shown name longer than this is cut (with "…"): a card may hold a 200-character name, but a
#: 10,000-character one would push the fingerprint off the screen.
MAX_SHOWN_LENGTH = 120

# Escape sequences as terminals read them, removed whole so their parameters ("[31m") do not remain:
# CSI (ESC [ or the C1 byte U+009B) … final byte; OSC / DCS / APC / PM / SOS strings up to BEL or ST;
# and two-character escapes (ESC followed by one byte in 0x40–0x5F or an intermediate + final).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Categories never shown: controls (C0, DEL, C1), format characters (bidi embeddings, overrides and
# isolates, zero-width space/joiners, word joiner, BOM, invisible tags), surrogates, unassigned.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn"})


def display_name(text: object, *, limit: int = MAX_SHOWN_LENGTH) -> str:
    """``text`` as one line that shows what it says: escape sequences, control and invisible format
    characters removed, line breaks and tabs made spaces, runs of spaces collapsed, ends trimmed, and at
    most ``limit`` characters (cut with "…"). Not for the employee's own answers, only for names."""
    value = _ESCAPES.sub("", str(text))
    kept = []
    for char in value:
        if char.isspace():
            kept.append(" ")  # a newline, tab, U+2028/2029 or NBSP: a plain space
        elif unicodedata.category(char) not in _HIDDEN_CATEGORIES:
            kept.append(char)
    shown = _SPACES.sub(" ", "".join(kept)).strip()
    if len(shown) > limit:
        shown = shown[: limit - 1].rstrip() + "…"
    return shown


def display_comment(text: object) -> str:
    """Free text from someone else's file (a manager's comment) as it may be shown: the same escape
    sequences and control or invisible characters removed as for a name, but line breaks (as "\\n") and
    spacing kept."""
    value = _ESCAPES.sub("", str(text)).replace("\r\n", "\n")
    lines = ("".join(c for c in line if c == "\t" or unicodedata.category(c) not in _HIDDEN_CATEGORIES)
             for line in _LINE_BREAKS.split(value))
    return "\n".join(lines).strip()


def same_shown_name(a: object, b: object) -> bool:
    """Whether two names look the same once shown (controls removed, compatibility forms and case folded):
    the test for "a second card in the same name"."""
    return _name_key(a) == _name_key(b) != ""


def _name_key(text: object) -> str:
    return unicodedata.normalize("NFKC", display_name(text, limit=10_000)).casefold()
