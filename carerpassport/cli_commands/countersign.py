"""Command-line commands for countersigning and importing the countersigned passport.

    carerpassport countersign IN.pdf OUT.pdf [--comment TEXT] [--name NAME] [--no-keep]
                                          manager mode: check, fill the manager's fields, sign with this vault
    carerpassport import FILE [--trust-manager] [--accept-external] [--trust-sender]
                              [--bundle-passphrase-file FILE]
                                          a countersigned PDF (or an encrypted bundle): check, then record
(``carerpassport received list|show|delete``, the passports a manager holds, is in :mod:`.received`.)

Never interactive: when the employee must decide (a new manager certificate, a file signed in another
PDF reader), ``import`` exits 1 with one line naming the flag to add after checking the fingerprint.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import (
    ENV_BUNDLE_PASSPHRASE,
    EXIT_OK,
    existing_passphrase,
    opened_app,
)
from carerpassport.domain.dates import readable_date
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import DecisionNeededError, NotAPassportFileError
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from carerpassport.input_files import read_input_file

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.exchange.bundle import OpenedBundle
    from carerpassport.exchange.countersigned_import import CountersignedImport

#: The start of an age file, binary or armoured: such a FILE is an encrypted bundle, not a PDF.
AGE_MAGIC = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE-----")


def cmd_countersign(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        received = app.countersigning.inspect_received(Path(args.input))
        out.write(_("Checked: signed by {name} ({fingerprint}); unaltered.").format(
            name=received.employee_name, fingerprint=received.employee.fingerprint) + "\n")
        out.write(app.countersigning.employee_familiarity(received) + "\n")
        # Sign what was checked and described above, not the file read a second time.
        result = app.countersigning.countersign(received, Path(args.output), comment=args.comment or "", name=args.name,
                                 keep_copy=not args.no_keep)
        out.write(_("Countersigned as {name} ({fingerprint}) on {day}.").format(
            name=result.countersigned.manager_name, fingerprint=result.countersigned.manager_fingerprint,
            day=readable_date(result.countersigned.date)) + "\n")
        out.write(_("Wrote {path}; give it back to {name}.").format(path=result.out_path,
                                                                    name=received.employee_name) + "\n")
        if result.kept_attachment_id is not None:
            out.write(_("A copy is kept in your vault (received passport {id}).").format(
                id=result.kept_attachment_id) + "\n")
    return EXIT_OK


# --- import ---------------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.exchange.bundle import MAX_BUNDLE_BYTES
    from carerpassport.exchange.countersigned_import import ImportState
    from carerpassport.exchange.pdf_limits import PDF_WHAT
    from carerpassport.exchange.pdf_reading import read_pdf_file

    path = Path(args.file)
    # One read through the safe reader (regular files only, size first: a FIFO or /dev/zero is refused
    # as it is by ``verify``); the bytes decide whether FILE is a bundle or a PDF.
    data = read_input_file(path, max_bytes=max(MAX_BUNDLE_BYTES, MAX_PDF_BYTES), what=PDF_WHAT,
                           error=NotAPassportFileError)
    if data[:64].lstrip().startswith(AGE_MAGIC):
        return _import_bundle(args, out)
    if len(data) > MAX_PDF_BYTES:
        read_pdf_file(path)  # refuses it, in the words ``verify`` uses for a file too large to be a PDF
    with opened_app(args) as app:
        imp = app.countersigning.inspect_countersigned(data, str(path))
        for line in imp.summary():
            out.write(line + "\n")
        _require_decisions(imp, trust_manager=args.trust_manager, accept_external=args.accept_external)
        revision = app.countersigning.accept_countersigned(imp, trust_new_manager=args.trust_manager,
                                            accept_external=args.accept_external)
        passport = app.editing.passport()
        out.write(_("Recorded as agreed by both (revision {number}). Next review: {day}.").format(
            number=revision.number, day=readable_date(passport.review.next_review) if passport.review.next_review
            else _("not set")) + "\n")
        if imp.state is ImportState.CERTIFICATE_CHANGED or imp.needs_trust:
            out.write(_("Trusted {name}'s certificate {fingerprint}.").format(
                name=imp.certificate_name, fingerprint=imp.manager.fingerprint) + "\n")
        out.write(app.agreement.status().text + ".\n")
    return EXIT_OK


def _import_bundle(args: argparse.Namespace, out: TextIO) -> int:
    """Decrypt with this vault's age key (or ``--bundle-passphrase-file``), verify, then route: your own
    passport countersigned by your manager goes to the countersigned import; anyone else's is kept as a
    received passport. Nothing is written unless every check passed and every decision was given."""
    passphrase = existing_passphrase(args, "bundle_passphrase_file", ENV_BUNDLE_PASSPHRASE)
    path = Path(args.file)
    with opened_app(args) as app:
        opened = app.bundles.open_bundle(path, passphrase=passphrase)
        for line in opened.summary():
            out.write(line + "\n")
        if opened.own_passport:
            _check_countersigned_bundle(app, opened, args, out)
        result = app.bundles.import_bundle(path, passphrase=passphrase, trust_sender=args.trust_sender,
                                   trust_new_manager=args.trust_manager, accept_external=args.accept_external)
        if result.route == "received":
            out.write(_("Kept {name}'s passport in your vault (received passport {id}); see 'carerpassport "
                        "received list'.").format(name=opened.sender.name, id=result.attachment_id) + "\n")
        else:
            out.write(_("Recorded as agreed by both (revision {number}).").format(number=result.outcome.number)
                      + "\n")
        if args.trust_sender and opened.sender_state == "unknown":
            out.write(_("Trusted {name}'s identity ({fingerprint}).").format(
                name=opened.sender.name, fingerprint=opened.sender.fingerprint) + "\n")
    return EXIT_OK


def _check_countersigned_bundle(app: PassportApp, opened: OpenedBundle, args: argparse.Namespace,
                                out: TextIO) -> None:
    imp = app.countersigning.inspect_countersigned(opened.verified.pdf, str(opened.path))
    for line in imp.summary():
        out.write(line + "\n")
    _require_decisions(imp, trust_manager=args.trust_manager, accept_external=args.accept_external)


def _require_decisions(imp: CountersignedImport, *, trust_manager: bool, accept_external: bool) -> None:
    """Refuse, naming the flags to add after checking, when the employee has not decided what this copy needs."""
    missing = imp.missing_decision(trust_new_manager=trust_manager, accept_external=accept_external)
    if missing:
        flags = (["--trust-manager"] if imp.needs_trust and not trust_manager else []) + (
            ["--accept-external"] if imp.needs_external_acceptance and not accept_external else [])
        raise DecisionNeededError(f"{missing} Nothing was imported; after checking, run again with {' '.join(flags)}.")


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("countersign", help=_("manager mode: check a passport PDF and countersign it with this vault"))
    p.add_argument("input", metavar="IN.pdf", help=_("the employee's signed passport PDF"))
    p.add_argument("output", metavar="OUT.pdf", help=_("where to write the countersigned copy"))
    p.add_argument("--comment", help=_("your comment as line manager"))
    p.add_argument("--name", help=_("your name as it should appear (default: this vault's identity name)"))
    p.add_argument("--no-keep", action="store_true", help=_("do not keep a copy in this vault"))
    p.set_defaults(run=cmd_countersign)

    p = sub.add_parser("import", help=_("import the countersigned PDF (or an encrypted bundle): check, then record"))
    p.add_argument("file", metavar="FILE", help=_("the countersigned PDF or the encrypted bundle"))
    p.add_argument("--trust-manager", action="store_true",
                   help=_("trust (pin) the manager's certificate, after comparing its fingerprint with them"))
    p.add_argument("--accept-external", action="store_true",
                   help=_("accept a copy signed in another PDF reader after checking it"))
    p.add_argument("--trust-sender", action="store_true",
                   help=_("for a bundle: trust its sender, after comparing their fingerprint"))
    # Translators: {variable} is the name of an environment variable.
    p.add_argument("--bundle-passphrase-file", metavar="FILE",
                   help=_("for a bundle locked with a passphrase (default: ${variable})").format(
                       variable=ENV_BUNDLE_PASSPHRASE))
    p.set_defaults(run=cmd_import)
