"""Command-line commands for the vault's keys and its integrity: ``key passphrase|recovery-code|rekey``
and ``check``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import EXIT_OK, UsageError, opened_app, read_secret
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import gettext as _
from carerpassport.vault.key_change import KeyChange

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def cmd_key(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.key_command == "passphrase":
            if args.remove:
                app.keys.change_passphrase(None)
                out.write(_("Passphrase removed; unlock with the keyring or the recovery code.") + "\n")
            else:
                new = _read_new_passphrase(args)
                app.keys.change_passphrase(new)
                out.write(_("Passphrase changed.") + "\n")
        elif args.key_command == "recovery-code":
            _show_then_commit(app, app.keys.start_recovery_code_change(), _("Your new recovery code:"), out)
            out.write(_("Keep it safe: your previous recovery code no longer works.") + "\n")
        elif args.key_command == "rekey":
            change = app.keys.start_rekey(read_secret(args) if app.keys.has_passphrase() else None)
            _show_then_commit(app, change, _("Vault re-encrypted. Your new recovery code:"), out)
            out.write(_("Keep it safe: your previous recovery code no longer works.") + "\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        report = app.integrity.require_intact("")
    # Translators: {pages}, {revisions} and {files} are numbers.
    out.write(_("The vault is whole: all {pages} pages match what was saved, the history of {revisions} revisions "
                "links up, {files} stored files match their hashes, and the signing key matches its "
                "certificate.").format(pages=report.pages, revisions=report.revisions, files=report.attachments)
              + "\n")
    return EXIT_OK


def _show_then_commit(app: PassportApp, change: KeyChange, heading: str, out: TextIO) -> None:
    """Print the new code and flush it before committing: a crash after the commit must never leave a
    code in force that the user was not shown. If it cannot be printed, the change is undone."""
    try:
        out.write(f"{heading}\n\n    {change.code}\n\n")
        out.flush()
    except BaseException:
        app.keys.cancel_key_change(change)
        raise
    app.keys.commit_key_change(change)


def _read_new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return Path(args.new_passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("give the new passphrase with --new-passphrase-file")
    # Translators: prompts typed after, on the same line: keep the colon and the space.
    first = getpass.getpass(_("New passphrase: "))
    if first != getpass.getpass(_("Again: ")):
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("key", help=_("passphrase, recovery code, re-key"))
    keys = p.add_subparsers(dest="key_command", required=True)
    k = keys.add_parser("passphrase", help=_("set or change the passphrase"))
    k.add_argument("--new-passphrase-file", help=_("read the new passphrase from this file"))
    k.add_argument("--remove", action="store_true", help=_("remove the passphrase"))
    keys.add_parser("recovery-code", help=_("make a new recovery code (the old one stops working)"))
    keys.add_parser("rekey", help=_("re-encrypt the vault under a new key"))
    p.set_defaults(run=cmd_key)

    p = sub.add_parser("check", help=_("check that the whole vault is undamaged (every page, the history, stored "
                                       "files)"))
    p.set_defaults(run=cmd_check)
