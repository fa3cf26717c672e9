"""Command-line commands for encrypted bundles, identity cards, contacts, backup and restore.

``export bundle OUT --to RECIPIENT... | --passphrase``, ``identity [--export-card FILE]``,
``contacts add CARD [--replace] | list``, ``backup OUT``, ``restore IN [--force]``, and :func:`import_bundle_command`,
which ``import FILE`` calls for age files. Secrets come from files or environment variables (like borg
and restic), or are asked for on a terminal; they are never taken as plain arguments, which other users
of the machine could read in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from carerpassport.cli_commands.pdf import export_subcommands
from carerpassport.domain.dates import readable_iso
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import AmbiguousRecipientError
from carerpassport.exchange.identity_card import parse_card
from carerpassport.exchange.passphrase_strength import (
    MIN_BITS,
    MIN_LENGTH,
    check_bundle_passphrase,
    estimate,
    generate_passphrase,
)
from carerpassport.vault.atomic import atomic_write
from carerpassport.vault.keyslots import RecoveryCode

EXIT_OK = 0
ENV_BUNDLE_PASSPHRASE = "CARERPASSPORT_BUNDLE_PASSPHRASE"
ENV_BACKUP_PASSPHRASE = "CARERPASSPORT_BACKUP_PASSPHRASE"
ENV_RECOVERY_CODE = "CARERPASSPORT_RECOVERY_CODE"


class DecisionNeededError(PassportError):
    """The import needs a decision the user has not given on the command line."""


def _cli() -> Any:
    from carerpassport import cli  # the CLI module imports this one

    return cli


# --- secrets --------------------------------------------------------------------------------------

def _read_file_secret(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise _cli().UsageError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from None


def _new_passphrase(args: argparse.Namespace, file_option: str, env: str, out: TextIO) -> str:
    """A passphrase to lock a new file with: generated, from a file, from the environment, or typed twice."""
    if getattr(args, "generate_passphrase", False):
        passphrase = generate_passphrase()
        out.write(f"Generated passphrase (about {estimate(passphrase).bits} bits):\n\n    {passphrase}\n\n"
                  "Give it to the other person by a different route than the file (say it on the phone).\n")
        return passphrase
    path = getattr(args, file_option, None)
    if path:
        passphrase = _read_file_secret(path, "passphrase")
    elif os.environ.get(env):
        passphrase = os.environ[env]
    elif sys.stdin.isatty():
        out.write(f"Choose a passphrase of at least {MIN_LENGTH} characters and about {MIN_BITS} bits "
                  "(six unrelated words), or stop and use --generate-passphrase.\n")
        passphrase = getpass.getpass("Passphrase: ")
        if passphrase != getpass.getpass("Again: "):
            raise ValidationError("The two passphrases differ; nothing was written.")
    else:
        option = "--" + file_option.replace("_", "-")
        raise _cli().UsageError(f"give the passphrase with {option}, ${env}, or use --generate-passphrase")
    check_bundle_passphrase(passphrase)
    return passphrase


def _existing_passphrase(args: argparse.Namespace, file_option: str, env: str) -> str | None:
    path = getattr(args, file_option, None)
    if path:
        return _read_file_secret(path, "passphrase")
    return os.environ.get(env) or None


def _recovery_code(args: argparse.Namespace, *, required: bool) -> str | None:
    """The recovery code: --recovery-code-file, $CARERPASSPORT_RECOVERY_CODE, the unlock secret when it is
    a recovery code, or typed on a terminal."""
    if getattr(args, "recovery_code_file", None):
        return _read_file_secret(args.recovery_code_file, "recovery code")
    if os.environ.get(ENV_RECOVERY_CODE):
        return os.environ[ENV_RECOVERY_CODE]
    unlock = _cli().read_secret(args)
    if unlock and RecoveryCode.looks_like(unlock):
        return str(unlock)
    if required and sys.stdin.isatty():
        return getpass.getpass("Recovery code (shown when the vault was created): ")
    if required:
        raise _cli().UsageError(f"give the recovery code with --recovery-code-file or ${ENV_RECOVERY_CODE}, "
                                "or use --passphrase")
    return None


# --- export bundle --------------------------------------------------------------------------------

def _recipients(app: Any, targets: list[str]) -> list[str]:
    """Each ``--to``: an age key, an identity card file, or the name of exactly one contact."""
    recipients = []
    for target in targets:
        if target.strip().startswith("age1"):
            recipients.append(age_files.parse_recipient(target))
            continue
        contact = app.contacts.contact_named(target)
        if Path(target).is_file():
            if contact is not None:
                raise AmbiguousRecipientError(
                    f"{display_name(target)} is both a file here and the name of your contact {contact.name} "
                    f"({contact.fingerprint}). Nothing was written. Give the card file as ./{target} or the "
                    "contact's age key (age1…).")
            recipients.append(_card_file(Path(target)).age_recipient)
        elif contact is not None:
            recipients.append(str(contact.age_recipient))
        else:
            raise ValidationError(f"{display_name(target)!r} is not an age key (age1…), an identity card file, or "
                                  "the name of one of your contacts ('carerpassport contacts list').")
    return recipients


def _card_file(path: Path) -> Any:
    return parse_card(age_files.read_limited(path, 64 * 1024, "identity card"))


def _is_recipient(app: Any, target: str) -> bool:
    if target.strip().startswith("age1"):
        return True
    try:
        if app.contacts.contact_named(target) is not None:
            return True
        if Path(target).is_file():
            _card_file(Path(target))
            return True
    except PassportError:  # not a card (an earlier bundle about to be replaced, say), or an ambiguous name
        return not Path(target).is_file()
    return False


def _output_and_targets(app: Any, args: argparse.Namespace) -> tuple[Path, list[str]]:
    """OUT and the ``--to`` recipients, in either order: ``export bundle OUT --to A B`` (DESIGN's form) or
    ``export bundle --to A OUT``. ``--to`` takes every word after it, so in the second order argparse hands
    OUT to ``--to``: it is the last word, taken as OUT only when it is not itself a recipient."""
    targets = list(args.to or [])
    if args.out is not None:
        return Path(args.out), targets
    where = "where to write it is missing: give OUT first, as in 'export bundle OUT --to RECIPIENT...'"
    if len(targets) < 2:
        raise _cli().UsageError(where)
    if _is_recipient(app, targets[-1]):
        raise _cli().UsageError(f"{display_name(targets[-1])!r} is a recipient, so {where}")
    return Path(targets[-1]), targets[:-1]


def cmd_export_bundle(args: argparse.Namespace, out: TextIO) -> int:
    if bool(args.to) == bool(args.passphrase or args.generate_passphrase):
        raise _cli().UsageError("choose who can open it: --to RECIPIENT... or --passphrase (not both)")
    if args.out is None and not args.to:
        raise _cli().UsageError("where to write it is missing: 'export bundle OUT --passphrase'")
    app = _cli().open_app(args)
    try:
        path, targets = _output_and_targets(app, args)
        recipients = _recipients(app, targets) if targets else None
        passphrase = (_new_passphrase(args, "bundle_passphrase_file", ENV_BUNDLE_PASSPHRASE, out)
                      if recipients is None else None)
        if args.received is not None:
            result = app.bundles.export_received_bundle(args.received, path, recipients=recipients,
                                                passphrase=passphrase)
        else:
            result = app.bundles.export_bundle(path, recipients=recipients, passphrase=passphrase,
                                       purpose=args.purpose, fields=args.field or None,
                                       include_private=args.include_private)
    finally:
        app.close()
    out.write(f"Wrote {result.path}: revision {result.revision}, encrypted to {result.recipient_label}"
              + ("" if result.passphrase else " and to you") + ".\n")
    out.write(f"File SHA-256: {result.sha256}\n")
    return EXIT_OK


# --- import (called by ``import FILE`` for age files) -----------------------------------------------

def import_bundle_command(args: argparse.Namespace, out: TextIO) -> int:
    """Decrypt with this vault's age key (or ``--bundle-passphrase-file``), verify, then route: your own
    passport countersigned by your manager goes to the countersigned import; anyone else's is kept as a
    received passport. Nothing is written unless every check passed and every decision was given."""
    passphrase = _existing_passphrase(args, "bundle_passphrase_file", ENV_BUNDLE_PASSPHRASE)
    trust_sender = bool(getattr(args, "trust_sender", False))
    trust_manager = bool(getattr(args, "trust_manager", False))
    accept_external = bool(getattr(args, "accept_external", False))
    path = Path(args.file)
    app = _cli().open_app(args)
    try:
        opened = app.bundles.open_bundle(path, passphrase=passphrase)
        for line in opened.summary():
            out.write(line + "\n")
        if opened.own_passport:
            _check_countersigned_decisions(app, opened, trust_manager, accept_external, out)
        result = app.bundles.import_bundle(path, passphrase=passphrase, trust_sender=trust_sender,
                                   trust_new_manager=trust_manager, accept_external=accept_external)
        if result.route == "received":
            out.write(f"Kept {opened.sender.name}'s passport in your vault (received passport "
                      f"{result.attachment_id}); see 'carerpassport received list'.\n")
        else:
            out.write(f"Recorded as agreed by both (revision {result.outcome.number}).\n")
        if trust_sender and opened.sender_state == "unknown":
            out.write(f"Trusted {opened.sender.name}'s identity ({opened.sender.fingerprint}).\n")
    finally:
        app.close()
    return EXIT_OK


def _check_countersigned_decisions(app: Any, opened: Any, trust_manager: bool, accept_external: bool,
                                   out: TextIO) -> None:
    imp = app.countersigning.inspect_countersigned(opened.verified.pdf, str(opened.path))
    for line in imp.summary():
        out.write(line + "\n")
    missing = imp.missing_decision(trust_new_manager=trust_manager, accept_external=accept_external)
    if missing:
        flags = (["--trust-manager"] if imp.needs_trust and not trust_manager else []) + (
            ["--accept-external"] if imp.needs_external_acceptance and not accept_external else [])
        raise DecisionNeededError(f"{missing} Nothing was imported; after checking, run again with {' '.join(flags)}.")


# --- identity and contacts ------------------------------------------------------------------------

def cmd_identity(args: argparse.Namespace, out: TextIO) -> int:
    app = _cli().open_app(args)
    try:
        identity = app.identity()
        out.write(f"Name:                {identity.name or '(no name)'}\n")
        out.write(f"Signing fingerprint: {identity.fingerprint}\n")
        out.write(f"Age recipient:       {identity.age_recipient}\n")
        if args.export_card:
            atomic_write(Path(args.export_card), app.contacts.identity_card())
            out.write(f"Wrote your identity card to {args.export_card}. It holds only public parts; the other "
                      "person should compare the fingerprint with you in person or by phone.\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace, out: TextIO) -> int:
    app = _cli().open_app(args)
    try:
        if args.contacts_command == "add":
            pin = app.contacts.add_contact(age_files.read_limited(Path(args.card), 64 * 1024, "identity card"),
                                  replace=args.replace)
            out.write(f"Trusted {pin.name}.\nFingerprint: {pin.fingerprint}\nAge recipient: {pin.age_recipient}\n"
                      "Compare the fingerprint with them in person or by phone; if it differs, remove this card.\n")
            return EXIT_OK
        contacts = app.contacts.contacts()
        if not contacts:
            out.write("No contacts yet; add someone's identity card with 'carerpassport contacts add CARD'.\n")
        for pin in contacts:
            out.write(f"{pin.name:<28} {' '.join(pin.fingerprint.split()[:4])}  {pin.age_recipient}\n")
    finally:
        app.close()
    return EXIT_OK


# --- backup and restore ---------------------------------------------------------------------------

def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    app = _cli().open_app(args)
    try:
        if args.passphrase or args.generate_passphrase:
            result = app.backups.backup(Path(args.out), passphrase=_new_passphrase(
                args, "backup_passphrase_file", ENV_BACKUP_PASSPHRASE, out))
        else:
            result = app.backups.backup(Path(args.out), recovery_code=_recovery_code(args, required=True))
    finally:
        app.close()
    counts = result.counts
    out.write(f"Wrote {result.path}: {counts['revisions']} revisions, {counts['events']} log entries, "
              f"{counts['attachments']} stored files.\nFile SHA-256: {result.sha256}\n")
    out.write("It opens with your recovery code.\n" if result.method == "recovery-code"
              else "It opens with the passphrase you chose.\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.app import PassportApp, default_data_dir

    passphrase = _existing_passphrase(args, "backup_passphrase_file", ENV_BACKUP_PASSPHRASE)
    code = _recovery_code(args, required=passphrase is None)
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

def _passphrase_options(parser: argparse.ArgumentParser, file_option: str, env: str) -> None:
    parser.add_argument("--passphrase", action="store_true", help="lock it with a passphrase instead")
    parser.add_argument(file_option, metavar="FILE", help=f"read that passphrase from FILE (default: ${env}; "
                        "on a terminal you are asked)")
    parser.add_argument("--generate-passphrase", action="store_true",
                        help="generate a strong passphrase, print it once and use it")


def register(sub: Any) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = export_subcommands(sub).add_parser(
        "bundle", help="an encrypted bundle (.passport.age): the signed PDF and the shared data, for named people")
    p.add_argument("out", metavar="OUT", nargs="?", help="where to write it (e.g. passport.passport.age)")
    p.add_argument("--to", nargs="+", action="extend", metavar="RECIPIENT",
                   help="an age key (age1…), an identity card file, or a contact's name; you can always open it "
                        "too (OUT may come last: --to RECIPIENT OUT)")
    _passphrase_options(p, "--bundle-passphrase-file", ENV_BUNDLE_PASSPHRASE)
    p.add_argument("--purpose", default="", help="why you are sharing it (recorded in your sharing log)")
    p.add_argument("--field", action="append", metavar="FIELD_ID", help="share only these questions (repeatable)")
    p.add_argument("--include-private", action="store_true",
                   help="allow --field to name answers you marked private (recorded in your sharing log)")
    p.add_argument("--received", type=int, metavar="ID",
                   help="manager mode: send back the kept countersigned passport ID (see 'received list')")
    p.set_defaults(run=cmd_export_bundle)

    p = sub.add_parser("identity", help="your signing fingerprint and age key; --export-card writes your public card")
    p.add_argument("--export-card", metavar="FILE", help="write your public identity card to FILE")
    p.set_defaults(run=cmd_identity)

    p = sub.add_parser("contacts", help="people whose identity cards you trust")
    contacts = p.add_subparsers(dest="contacts_command", required=True, parser_class=type(p))
    c = contacts.add_parser("add", help="trust someone's identity card (compare the fingerprint with them)")
    c.add_argument("card", metavar="CARD")
    c.add_argument("--replace", action="store_true",
                   help="replace the card of someone already trusted under the same name (after comparing the new "
                        "fingerprint with them; logged)")
    contacts.add_parser("list", help="list your contacts")
    p.set_defaults(run=cmd_contacts)

    p = sub.add_parser("backup", help="an encrypted backup of the whole vault (opens with your recovery code)")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"read the recovery code from FILE "
                   f"(default: ${ENV_RECOVERY_CODE}; on a terminal you are asked)")
    _passphrase_options(p, "--backup-passphrase-file", ENV_BACKUP_PASSPHRASE)
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help="put a vault back from a backup (an existing vault needs --force)")
    p.add_argument("input", metavar="IN")
    p.add_argument("--force", action="store_true",
                   help="replace an existing vault; it is kept, renamed, beside the restored one")
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"default: ${ENV_RECOVERY_CODE}")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help=f"for a backup locked with a passphrase (default: ${ENV_BACKUP_PASSPHRASE})")
    p.set_defaults(run=cmd_restore)

    importer = sub.choices.get("import")
    if importer is not None:  # ``import FILE`` (countersign commands) hands age files to us
        importer.add_argument("--trust-sender", action="store_true",
                              help="for a bundle: trust its sender, after comparing their fingerprint")
        importer.add_argument("--bundle-passphrase-file", metavar="FILE",
                              help=f"for a bundle locked with a passphrase (default: ${ENV_BUNDLE_PASSPHRASE})")
