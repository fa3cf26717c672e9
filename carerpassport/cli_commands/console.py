"""What every command shares with the person at the console: exit codes, usage errors and how each error
becomes an exit code, unlocking the vault from the options, secrets read from files, the environment or
a terminal prompt, and JSON output.

Exit codes (stable; scripts rely on them): 0 success, 1 a verification or validation failure (one line
on stderr saying why), 2 a usage error, 3 an internal error: a bug of ours, not a problem with the file
or input (one line on stderr saying so, with the exception's type and our line of code, never a
traceback or any passport content).

Secrets come from files or environment variables (like borg and restic), or are asked for on a terminal;
they are never taken as plain arguments, which other users of the machine could read in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from carerpassport.app import ENV_PASSPHRASE, PassportApp, default_data_dir, default_keyring
from carerpassport.domain.errors import InternalError, PassportError, ValidationError
from carerpassport.domain.sharing_agreement import Recipient, parse_recipient
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.passphrase_strength import (
    MIN_BITS,
    MIN_LENGTH,
    check_bundle_passphrase,
    estimate,
    generate_passphrase,
)
from carerpassport.vault.keyslots import RecoveryCode

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

ENV_RECOVERY_CODE = "CARERPASSPORT_RECOVERY_CODE"
ENV_BUNDLE_PASSPHRASE = "CARERPASSPORT_BUNDLE_PASSPHRASE"
ENV_BACKUP_PASSPHRASE = "CARERPASSPORT_BACKUP_PASSPHRASE"

#: A command: the parsed options and where to print; returns the exit code.
Command = Callable[[argparse.Namespace, TextIO], int]

if TYPE_CHECKING:
    from typing import TypeAlias

    #: What each command module's ``register`` adds its commands to.
    Subcommands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


class CommandParser(argparse.ArgumentParser):
    """The parser of ``carerpassport`` and of every subcommand (``add_subparsers`` passes the class on)."""

    def error(self, message: str) -> NoReturn:  # exit 2 with one line, as argparse does, but testable
        raise UsageError(message)


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Parse ``argv``, run the command it names, and turn what went wrong into one line and an exit code."""
    try:
        args = parser.parse_args(argv)
        command: Command = args.run
        return command(args, out)
    except UsageError as exc:
        # Translators: {message} is what was wrong with the command typed (argparse's words or ours).
        err.write(_("carerpassport: usage error: {message}").format(message=exc) + "\n")
        return EXIT_USAGE
    except InternalError as exc:
        err.write(f"carerpassport: {exc}\n")
        return EXIT_INTERNAL
    except PassportError as exc:
        err.write(f"carerpassport: {exc}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        err.write(_("carerpassport: interrupted; nothing was half-written.") + "\n")
        return EXIT_FAILED
    except OSError as exc:
        err.write(f"carerpassport: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}\n")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - anything else is a bug of ours and must say so, not blame the file
        err.write(f"carerpassport: {InternalError.from_bug(exc)}\n")
        return EXIT_INTERNAL


# --- unlocking ------------------------------------------------------------------------------------

def read_secret(args: argparse.Namespace) -> str | None:
    """The passphrase (or recovery code) from ``--passphrase-file`` or ``$CARERPASSPORT_PASSPHRASE``."""
    if args.passphrase_file:
        return read_file_secret(args.passphrase_file, "passphrase")
    return os.environ.get(ENV_PASSPHRASE) or None


def open_app(args: argparse.Namespace) -> PassportApp:
    """The vault of ``--data-dir``, unlocked with :func:`read_secret` or this computer's keyring."""
    app = PassportApp.open(default_data_dir(args.data_dir), passphrase=read_secret(args), keyring=default_keyring())
    if app.notice is not None:  # an interrupted change of keys was finished or rolled back
        sys.stderr.write(_(app.notice) + "\n")
    return app


@contextmanager
def opened_app(args: argparse.Namespace) -> Iterator[PassportApp]:
    """:func:`open_app` for one command's ``with`` block: the vault is closed when the block ends, also when
    it raises (the error still reaches :func:`run`, which turns it into the exit code)."""
    app = open_app(args)
    try:
        yield app
    finally:
        app.close()


# --- secrets --------------------------------------------------------------------------------------

def read_file_secret(path: str, what: str) -> str:
    """The first line's worth of a secret file (a trailing newline is not part of the secret)."""
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UsageError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from None


def new_passphrase(args: argparse.Namespace, file_option: str, env: str, out: TextIO) -> str:
    """A passphrase to lock a new file with: generated, from a file, from the environment, or typed twice."""
    if getattr(args, "generate_passphrase", False):
        passphrase = generate_passphrase()
        # Translators: {bits} is a number; the passphrase itself is printed after this line.
        out.write(_("Generated passphrase (about {bits} bits):").format(bits=estimate(passphrase).bits)
                  + f"\n\n    {passphrase}\n\n"
                  + _("Give it to the other person by a different route than the file (say it on the phone).")
                  + "\n")
        return passphrase
    path = getattr(args, file_option, None)
    if path:
        passphrase = read_file_secret(path, "passphrase")
    elif os.environ.get(env):
        passphrase = os.environ[env]
    elif sys.stdin.isatty():
        out.write(_("Choose a passphrase of at least {length} characters and about {bits} bits (six unrelated "
                    "words), or stop and use --generate-passphrase.").format(length=MIN_LENGTH, bits=MIN_BITS) + "\n")
        # Translators: prompts typed after, on the same line: keep the colon and the space.
        passphrase = getpass.getpass(_("Passphrase: "))
        if passphrase != getpass.getpass(_("Again: ")):
            raise ValidationError("The two passphrases differ; nothing was written.")
    else:
        option = "--" + file_option.replace("_", "-")
        raise UsageError(f"give the passphrase with {option}, ${env}, or use --generate-passphrase")
    check_bundle_passphrase(passphrase)
    return passphrase


def existing_passphrase(args: argparse.Namespace, file_option: str, env: str) -> str | None:
    """The passphrase a file was locked with, from ``--<file_option>`` or ``$<env>``; None if neither is given."""
    path = getattr(args, file_option, None)
    if path:
        return read_file_secret(path, "passphrase")
    return os.environ.get(env) or None


def recovery_code(args: argparse.Namespace, *, required: bool) -> str | None:
    """The recovery code: --recovery-code-file, $CARERPASSPORT_RECOVERY_CODE, the unlock secret when it is
    a recovery code, or typed on a terminal."""
    if getattr(args, "recovery_code_file", None):
        return read_file_secret(args.recovery_code_file, "recovery code")
    if os.environ.get(ENV_RECOVERY_CODE):
        return os.environ[ENV_RECOVERY_CODE]
    unlock = read_secret(args)
    if unlock and RecoveryCode.looks_like(unlock):
        return unlock
    if required and sys.stdin.isatty():
        return getpass.getpass(_("Recovery code (shown when the vault was created): "))
    if required:
        raise UsageError(f"give the recovery code with --recovery-code-file or ${ENV_RECOVERY_CODE}, "
                         "or use --passphrase")
    return None


def _recipient(word: str) -> Recipient:
    """``--for``'s value; a word that names no kind of recipient is a usage error (exit 2)."""
    try:
        return parse_recipient(word)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def agreement_options(parser: argparse.ArgumentParser, *, for_whom: bool = True) -> None:
    """The options of a command that shares the passport with someone: who it is for (``--for``, read with
    :func:`~carerpassport.domain.sharing_agreement.parse_recipient`) and the confirmation that a share the
    sharing agreement does not allow is meant."""
    if for_whom:
        parser.add_argument("--for", dest="for_whom", default="manager", metavar="KIND", type=_recipient,
                            # Translators: the words after the colon are the option's values: keep them.
                            help=_("who it is for, as your sharing agreement names them: manager (default), "
                                   "future-manager, hr, occupational-health, crisis-colleague, or other:NAME"))
    parser.add_argument("--confirm-outside-agreement", action="store_true",
                        help=_("share it even though your sharing agreement does not allow it as it stands "
                               "(recorded in your log)"))


def passphrase_options(parser: argparse.ArgumentParser, file_option: str, env: str) -> None:
    """The options of a command that locks a new file with a passphrase (read by :func:`new_passphrase`)."""
    parser.add_argument("--passphrase", action="store_true", help=_("lock it with a passphrase instead"))
    # Translators: FILE is the option's placeholder, {variable} an environment variable's name: keep both.
    parser.add_argument(file_option, metavar="FILE", help=_("read that passphrase from FILE (default: ${variable}; "
                                                            "on a terminal you are asked)").format(variable=env))
    parser.add_argument("--generate-passphrase", action="store_true",
                        help=_("generate a strong passphrase, print it once and use it"))


# --- printing -------------------------------------------------------------------------------------

def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")
