"""Command-line commands for who you are and whom you trust: ``identity [--export-card FILE]`` and
``contacts add CARD [--replace] | list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.cli_commands.console import EXIT_OK, opened_app
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange import age_files
from carerpassport.exchange.identity_card import MAX_CARD_BYTES
from carerpassport.resource_files import spoken_fingerprint

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def cmd_identity(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        identity = app.identity()
        # Translators: labels printed in a column (the values line up after them). "Age" is the encryption tool's
        # name (age-encryption.org): keep it.
        labels = (_("Name:"), _("Signing fingerprint:"), _("Fingerprint words:"), _("Age recipient:"))
        width = max(len(label) for label in labels) + 1
        values = (identity.name or _("(no name)"), identity.fingerprint,
                  " ".join(spoken_fingerprint(identity.fingerprint)[1]), identity.age_recipient)
        for label, value in zip(labels, values, strict=True):
            out.write(f"{label:<{width}}{value}\n")
        if args.export_card:
            app.contacts.write_identity_card(Path(args.export_card))
            # Translators: {file} is the file's name.
            out.write(_("Wrote your identity card to {file}. It holds only public parts; the other person should "
                        "compare the fingerprint with you in person or by phone.").format(file=args.export_card)
                      + "\n")
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.contacts_command == "add":
            pin = app.contacts.add_contact(age_files.read_limited(Path(args.card), MAX_CARD_BYTES, "identity card"),
                                  replace=args.replace)
            # Translators: {name} is whose card it is.
            out.write(_("Trusted {name}.").format(name=pin.name) + "\n"
                      + _("Fingerprint: {fingerprint}").format(fingerprint=pin.fingerprint) + "\n"
                      + _("Age recipient: {recipient}").format(recipient=pin.age_recipient) + "\n"
                      + _("Compare the fingerprint with them in person or by phone; if it differs, remove this "
                          "card.") + "\n")
            return EXIT_OK
        contacts = app.contacts.contacts()
        if not contacts:
            # Translators: the command in quotes is typed as it is: keep it.
            out.write(_("No contacts yet; add someone's identity card with 'carerpassport contacts add CARD'.")
                      + "\n")
        for pin in contacts:
            out.write(f"{pin.name:<28} {' '.join(pin.fingerprint.split()[:4])}  {pin.age_recipient}\n")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    # Translators: "age" is the encryption tool's name; --export-card the option's: keep both.
    p = sub.add_parser("identity", help=_("your signing fingerprint and age key; --export-card writes your public "
                                          "card"))
    p.add_argument("--export-card", metavar="FILE", help=_("write your public identity card to FILE"))
    p.set_defaults(run=cmd_identity)

    p = sub.add_parser("contacts", help=_("people whose identity cards you trust"))
    contacts = p.add_subparsers(dest="contacts_command", required=True)
    c = contacts.add_parser("add", help=_("trust someone's identity card (compare the fingerprint with them)"))
    c.add_argument("card", metavar="CARD", help=_("their identity card file"))
    c.add_argument("--replace", action="store_true",
                   help=_("replace the card of someone already trusted under the same name (after comparing the new "
                          "fingerprint with them; logged)"))
    contacts.add_parser("list", help=_("list your contacts"))
    p.set_defaults(run=cmd_contacts)
