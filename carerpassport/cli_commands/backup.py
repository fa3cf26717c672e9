"""Command-line commands for a backup of the whole vault: ``backup OUT`` (opens with the recovery code, or
a passphrase you choose) and ``restore IN [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp, default_data_dir
from carerpassport.cli_commands.console import (
    ENV_BACKUP_PASSPHRASE,
    ENV_RECOVERY_CODE,
    EXIT_OK,
    existing_passphrase,
    new_passphrase,
    opened_app,
    passphrase_options,
    recovery_code,
)
from carerpassport.domain.dates import readable_iso
from carerpassport.domain.wording import gettext as _

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.passphrase or args.generate_passphrase:
            result = app.backups.backup(Path(args.out), passphrase=new_passphrase(
                args, "backup_passphrase_file", ENV_BACKUP_PASSPHRASE, out))
        else:
            result = app.backups.backup(Path(args.out), recovery_code=recovery_code(args, required=True))
    counts = result.counts
    out.write(_("Wrote {path}. Revisions: {revisions}; log entries: {events}; stored files: {attachments}.").format(
        path=result.path, revisions=counts["revisions"], events=counts["events"], attachments=counts["attachments"])
        + "\n")
    out.write(_("File SHA-256: {sha256}").format(sha256=result.sha256) + "\n")
    out.write((_("It opens with your recovery code.") if result.method == "recovery-code"
               else _("It opens with the passphrase you chose.")) + "\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    passphrase = existing_passphrase(args, "backup_passphrase_file", ENV_BACKUP_PASSPHRASE)
    code = recovery_code(args, required=passphrase is None)
    result = PassportApp.restore(default_data_dir(args.data_dir), Path(args.input), recovery_code=code,
                                 passphrase=passphrase, force=args.force)
    counts = result.manifest.counts
    out.write(_("Restored the vault into {folder}. Revisions: {revisions}; log entries: {events}; stored files: "
                "{attachments}; backup made {created}.").format(
        folder=result.data_dir, revisions=counts.get("revisions", 0), events=counts.get("events", 0),
        attachments=counts.get("attachments", 0), created=readable_iso(result.manifest.created)) + "\n")
    if result.moved_aside is not None:
        out.write(_("The vault that was there is kept, unchanged, in {folder}.").format(folder=result.moved_aside)
                  + "\n")
    out.write((_("Unlock it with your recovery code; the key is not in this computer's keyring until you choose to "
                 "keep it there.") if result.verified_open else
               _("Unlock it with your recovery code or passphrase; the key is not in this computer's keyring until "
                 "you choose to keep it there.")) + "\n")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("backup", help=_("an encrypted backup of the whole vault (opens with your recovery code)"))
    p.add_argument("out", metavar="OUT")
    p.add_argument("--recovery-code-file", metavar="FILE", help=_(
        "read the recovery code from FILE (default: ${variable}; on a terminal you are asked)").format(
        variable=ENV_RECOVERY_CODE))
    passphrase_options(p, "--backup-passphrase-file", ENV_BACKUP_PASSPHRASE)
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help=_("put a vault back from a backup (an existing vault needs --force)"))
    p.add_argument("input", metavar="IN")
    p.add_argument("--force", action="store_true",
                   help=_("replace an existing vault; it is kept, renamed, beside the restored one"))
    p.add_argument("--recovery-code-file", metavar="FILE",
                   help=_("default: ${variable}").format(variable=ENV_RECOVERY_CODE))
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help=_("for a backup locked with a passphrase (default: ${variable})").format(
                       variable=ENV_BACKUP_PASSPHRASE))
    p.set_defaults(run=cmd_restore)
