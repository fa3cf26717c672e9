"""argparse's own words ("usage:", "options:", "show this help message and exit", its error sentences),
spoken in the command line's language.

argparse translates them through the standard library's gettext domain "argparse", for which Python ships no
Welsh; :func:`speak_our_language` points argparse's module-level ``_`` and ``ngettext`` (it imports them
from :mod:`gettext` when it is first imported) at our catalogue instead. The English below is argparse's
own, word for word (Python 3.11 to 3.13), marked here so the extractor puts them in our ``.po`` files.
"""

from __future__ import annotations

import argparse

from carerpassport.domain.wording import N_, gettext, ngettext

WORDS = (
    # Translators: argparse's words. "usage: " starts the line that shows how to type the command (keep the
    # space at the end).
    N_("usage: "),
    # Translators: argparse's heading above the arguments given by position (a command's name, a file).
    N_("positional arguments"),
    # Translators: argparse's heading above the options (--data-dir and the like).
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("subcommands"),
    # Translators: argparse's error sentences. Keep %s, %r and %(name)s exactly as they are.
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
# Not marked: argparse's two sentences that take a number through ngettext ("expected %s arguments" for a
# fixed nargs, which no command uses, and "conflicting option strings", a programming error); they pass
# through our ngettext in English.


def _gettext(message: str | None) -> str | None:
    # argparse also passes None (an add_subparsers without a description)
    return message if message is None else gettext(message)


def speak_our_language() -> None:
    """From now on argparse says its words through our catalogue, in the process's language (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
