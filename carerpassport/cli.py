"""The command line, over :mod:`carerpassport.app`. Never imports Qt.

This module only builds the parser and runs it: each module of :mod:`carerpassport.cli_commands` adds
its own commands, with all of their options, in ``register``; what the commands share (unlocking,
secrets, printing, exit codes) is in :mod:`carerpassport.cli_commands.console`.

Exit codes (stable; scripts rely on them): 0 success, 1 a verification or validation failure (one line
on stderr saying why), 2 a usage error, 3 an internal error: a bug of ours, not a problem with the file
or input (one line on stderr saying so, with the exception's type and our line of code, never a
traceback or any passport content).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from carerpassport import __version__
from carerpassport.app import ENV_PASSPHRASE
from carerpassport.cli_commands import agreement as sharing_agreement
from carerpassport.cli_commands import (
    backup,
    contacts,
    countersign,
    export,
    keys,
    leave,
    passport,
    received,
    review,
    template,
    verify,
)
from carerpassport.cli_commands import flexible as flexible_requests
from carerpassport.cli_commands.argparse_words import speak_our_language
from carerpassport.cli_commands.console import CommandParser, run
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.wording import use_language
from carerpassport.languages import ENGLISH, ENV_LANGUAGE, choose, environment_candidates, normalise
from carerpassport.library_logs import keep_library_logs_quiet

#: The command modules, in the order ``carerpassport --help`` lists their commands. Each owns its commands
#: outright: no module adds to another's parser, so the order changes the help text and nothing else.
COMMAND_MODULES = (passport, keys, export, verify, countersign, contacts, backup, review, received,
                   leave, flexible_requests, template, sharing_agreement)


def build_parser() -> argparse.ArgumentParser:
    speak_our_language()  # argparse's own words ("usage:", "options") too, before it says any
    # Translators: The first line of ``carerpassport --help``.
    parser = CommandParser(prog="carerpassport", description=_("Your carer's passport, kept on this computer."))
    parser.add_argument("--version", action="version", version=f"carerpassport {__version__}",
                        help=_("show program's version number and exit"))
    # Translators: Help for --data-dir; $CARERPASSPORT_HOME is an environment variable's name: keep it as it is.
    parser.add_argument("--data-dir", help=_("the vault's folder (default: $CARERPASSPORT_HOME or your user "
                                             "data folder)"))
    # Translators: Help for --passphrase-file; {variable} is an environment variable's name.
    parser.add_argument("--passphrase-file", help=_("read the passphrase or recovery code from this file "
                                                    "(default: ${variable})").format(variable=ENV_PASSPHRASE))
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def cli_language(environ: dict[str, str] | None = None) -> str:
    """The command line speaks what the environment asks: ``CARERPASSPORT_LANGUAGE``, else gettext's
    ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``. (The GUI's Settings choice is the GUI's own: a script's
    output should not change with a window's setting.)"""
    env = dict(os.environ) if environ is None else environ
    override = normalise(env.get(ENV_LANGUAGE, ""))
    return override if override is not None else choose(environment_candidates(env)) or ENGLISH


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    keep_library_logs_quiet()
    use_language(cli_language())
    return run(build_parser(), argv, out or sys.stdout, err or sys.stderr)
