"""Reading the app's bundled data (templates, guidance, icons, styles) from ``resources/``.

``resources/`` is installed as the package ``carerpassport.resources`` (see pyproject.toml); when the
code runs from a checkout without installing, the folder beside the package is used.

The GUI asks for the styles folder before its first window paints; the template parser (and its JSON)
is imported only when a template is loaded.
"""

from __future__ import annotations

import functools
import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carerpassport.domain.template import Template

DEFAULT_TEMPLATE = "default.json"
#: The fingerprint words' list (see ``resources/wordlists/README.md``).
FINGERPRINT_WORDLIST = ("wordlists", "bip39-english.txt")
#: The words of that list never read aloud (one or more a line; ``#`` starts a comment line).
NOT_READ_ALOUD = ("wordlists", "not-read-aloud.txt")


def resources_root() -> Traversable:
    try:
        return importlib.resources.files("carerpassport.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource_bytes(*parts: str) -> bytes:
    node = resources_root()
    for part in parts:
        node = node / part
    return node.read_bytes()


def load_default_template() -> Template:
    from carerpassport.domain.template import parse_template

    return parse_template(resource_bytes("templates", DEFAULT_TEMPLATE), f"templates/{DEFAULT_TEMPLATE}")


@functools.cache
def fingerprint_wordlist() -> tuple[str, ...]:
    """The 1,024 words that name a fingerprint (:mod:`carerpassport.domain.fingerprint_words`), read once."""
    from carerpassport.domain.fingerprint_words import reading_wordlist

    bip39 = resource_bytes(*FINGERPRINT_WORDLIST).decode("ascii").split()
    lines = resource_bytes(*NOT_READ_ALOUD).decode("ascii").splitlines()
    excluded = {word for line in lines if not line.startswith("#") for word in line.split()}
    return reading_wordlist(bip39, excluded)


def spoken_fingerprint(fingerprint: str) -> tuple[tuple[str, str], tuple[str, ...]]:
    """A fingerprint's two lines of groups and its eight words, for reading aloud and comparing."""
    from carerpassport.domain.fingerprint_words import fingerprint_groups, fingerprint_words

    return fingerprint_groups(fingerprint), fingerprint_words(fingerprint, fingerprint_wordlist())
