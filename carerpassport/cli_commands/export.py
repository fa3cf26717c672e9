"""Command-line commands that make a file to share: ``export pdf OUT.pdf`` (a signed PDF) and
``export bundle OUT --to RECIPIENT... | --passphrase`` (an age-encrypted bundle)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import (
    ENV_BUNDLE_PASSPHRASE,
    EXIT_OK,
    UsageError,
    agreement_options,
    new_passphrase,
    opened_app,
    passphrase_options,
)
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import AmbiguousRecipientError
from carerpassport.exchange.identity_card import MAX_CARD_BYTES, IdentityCard, parse_card

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


# --- export pdf -----------------------------------------------------------------------------------

#: The languages a copy can be made in (``--language``); without it, the language the command speaks.
PDF_LANGUAGES = ("cy", "en")


def cmd_export_pdf(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        result = app.pdfs.export_signed_pdf(Path(args.out), recipient=args.recipient, purpose=args.purpose,
                                            include_agreement=args.with_agreement,
                                            for_whom=args.for_whom,
                                            confirm_outside_agreement=args.confirm_outside_agreement,
                                            language=args.language)
        identity = app.identity()
    answers = [f for f in result.fields if f != "actions"]
    with_agreement = "sharing_agreement" in json.loads(result.passport_json)
    contents = [_("1 shared answer") if len(answers) == 1
                else _("{count} shared answers").format(count=len(answers))]
    if "actions" in result.fields:
        contents.append(_("agreed actions"))
    if with_agreement:
        contents.append(_("your sharing agreement"))
    # Translators: {contents} lists what the file holds, e.g. "3 shared answers, agreed actions".
    out.write(_("Wrote {path}: revision {revision}, {contents}.").format(
        path=result.path, revision=result.revision, contents=", ".join(contents)) + "\n")
    # Translators: the two labels are padded so the values line up; keep them the same width if you can.
    out.write(_("File SHA-256:        {digest}").format(digest=result.sha256) + "\n")
    out.write(_("Signing fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint) + "\n")
    out.write(_("Your manager can check the fingerprint with you in person or by phone.") + "\n")
    return EXIT_OK


# --- export bundle --------------------------------------------------------------------------------

def _recipients(app: PassportApp, targets: list[str]) -> list[str]:
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


def _card_file(path: Path) -> IdentityCard:
    return parse_card(age_files.read_limited(path, MAX_CARD_BYTES, "identity card"))


def _is_recipient(app: PassportApp, target: str) -> bool:
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


def _output_and_targets(app: PassportApp, args: argparse.Namespace) -> tuple[Path, list[str]]:
    """OUT and the ``--to`` recipients, in either order: ``export bundle OUT --to A B`` (DESIGN's form) or
    ``export bundle --to A OUT``. ``--to`` takes every word after it, so in the second order argparse hands
    OUT to ``--to``: it is the last word, taken as OUT only when it is not itself a recipient."""
    targets = list(args.to or [])
    if args.out is not None:
        return Path(args.out), targets
    where = "where to write it is missing: give OUT first, as in 'export bundle OUT --to RECIPIENT...'"
    if len(targets) < 2:
        raise UsageError(where)
    if _is_recipient(app, targets[-1]):
        raise UsageError(f"{display_name(targets[-1])!r} is a recipient, so {where}")
    return Path(targets[-1]), targets[:-1]


def cmd_export_bundle(args: argparse.Namespace, out: TextIO) -> int:
    if bool(args.to) == bool(args.passphrase or args.generate_passphrase):
        raise UsageError("choose who can open it: --to RECIPIENT... or --passphrase (not both)")
    if args.out is None and not args.to:
        raise UsageError("where to write it is missing: 'export bundle OUT --passphrase'")
    with opened_app(args) as app:
        path, targets = _output_and_targets(app, args)
        recipients = _recipients(app, targets) if targets else None
        passphrase = (new_passphrase(args, "bundle_passphrase_file", ENV_BUNDLE_PASSPHRASE, out)
                      if recipients is None else None)
        if args.received is not None:
            result = app.bundles.export_received_bundle(args.received, path, recipients=recipients,
                                                passphrase=passphrase)
        else:
            result = app.bundles.export_bundle(path, recipients=recipients, passphrase=passphrase,
                                       purpose=args.purpose, fields=args.field or None,
                                       include_private=args.include_private,
                                       for_whom=args.for_whom,
                                       confirm_outside_agreement=args.confirm_outside_agreement)
    # Translators: {who} is who can open it (names, or "anyone with the passphrase").
    wrote = (_("Wrote {path}: revision {revision}, encrypted to {who}.") if result.passphrase
             else _("Wrote {path}: revision {revision}, encrypted to {who} and to you."))
    # The label is names, or one of two marked phrases (usecases/bundles.py), which _() translates.
    out.write(wrote.format(path=result.path, revision=result.revision, who=_(result.recipient_label)) + "\n")
    out.write(_("File SHA-256: {sha256}").format(sha256=result.sha256) + "\n")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add ``export`` and its formats to the ``carerpassport`` parser."""
    parser = sub.add_parser("export", help=_("make a file to share: a signed PDF or an encrypted bundle"))
    formats = parser.add_subparsers(dest="export_format", required=True, metavar="FORMAT")
    p = formats.add_parser("pdf", help=_("a PDF of what you share, signed by you"))
    p.add_argument("out", metavar="OUT.pdf", help=_("where to write the signed PDF"))
    p.add_argument("--recipient", help=_("who it is for (default: your line manager's name)"))
    p.add_argument("--purpose", default="", help=_("why you are sharing it (printed on the first page)"))
    # Translators: "cy" and "en" are the values to type; leave them as they are.
    p.add_argument("--language", choices=PDF_LANGUAGES, default=None,
                   help=_("the language of this copy: cy (Cymraeg) or en (English); default: the language "
                          "this command speaks"))
    agreement = p.add_mutually_exclusive_group()
    agreement.add_argument("--with-agreement", dest="with_agreement", action="store_const", const=True,
                           help=_("include your sharing agreement in this copy (default: as set by agreement "
                                  "share)"))
    agreement.add_argument("--without-agreement", dest="with_agreement", action="store_const", const=False,
                           help=_("leave your sharing agreement out of this copy"))
    agreement_options(p)
    p.set_defaults(run=cmd_export_pdf, with_agreement=None)

    p = formats.add_parser("bundle", help=_("an encrypted bundle (.passport.age): the signed PDF and the shared "
                                            "data, for named people"))
    p.add_argument("out", metavar="OUT", nargs="?", help=_("where to write it (e.g. passport.passport.age)"))
    p.add_argument("--to", nargs="+", action="extend", metavar="RECIPIENT",
                   help=_("an age key (age1…), an identity card file, or a contact's name; you can always open it "
                          "too (OUT may come last: --to RECIPIENT OUT)"))
    passphrase_options(p, "--bundle-passphrase-file", ENV_BUNDLE_PASSPHRASE)
    p.add_argument("--purpose", default="", help=_("why you are sharing it (recorded in your sharing log)"))
    p.add_argument("--field", action="append", metavar="FIELD_ID",
                   help=_("share only these questions (repeatable)"))
    p.add_argument("--include-private", action="store_true",
                   help=_("allow --field to name answers you marked private (recorded in your sharing log)"))
    p.add_argument("--received", type=int, metavar="ID",
                   help=_("manager mode: send back the kept countersigned passport ID (see 'received list')"))
    agreement_options(p)
    p.set_defaults(run=cmd_export_bundle)
