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
    out.write(f"Wrote {result.path}: {counts['revisions']} revisions, {counts['events']} log entries, "
              f"{counts['attachments']} stored files.\nFile SHA-256: {result.sha256}\n")
    out.write("It opens with your recovery code.\n" if result.method == "recovery-code"
              else "It opens with the passphrase you chose.\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    passphrase = existing_passphrase(args, "backup_passphrase_file", ENV_BACKUP_PASSPHRASE)
    code = recovery_code(args, required=passphrase is None)
    result = PassportApp.restore(default_data_dir(args.data_dir), Path(args.input), recovery_code=code,
                                 passphrase=passphrase, force=args.force)
    counts = result.manifest.counts
    out.write(f"Restored the vault into {result.data_dir}: {counts.get('revisions', 0)} revisions, "
              f"{counts.get('events', 0)} log entries, {counts.get('attachments', 0)} stored files "
              f"(backup made {readable_iso(result.manifest.created)}).\n")
    if result.moved_aside is not None:
        out.write(f"The vault that was there is kept, unchanged, in {result.moved_aside}.\n")
    out.write("Unlock it with your recovery code" + (" or passphrase" if not result.verified_open else "")
              + "; the key is not in this computer's keyring until you choose to keep it there.\n")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("backup", help="an encrypted backup of the whole vault (opens with your recovery code)")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"read the recovery code from FILE "
                   f"(default: ${ENV_RECOVERY_CODE}; on a terminal you are asked)")
    passphrase_options(p, "--backup-passphrase-file", ENV_BACKUP_PASSPHRASE)
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help="put a vault back from a backup (an existing vault needs --force)")
    p.add_argument("input", metavar="IN")
    p.add_argument("--force", action="store_true",
                   help="replace an existing vault; it is kept, renamed, beside the restored one")
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"default: ${ENV_RECOVERY_CODE}")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help=f"for a backup locked with a passphrase (default: ${ENV_BACKUP_PASSPHRASE})")
    p.set_defaults(run=cmd_restore)
