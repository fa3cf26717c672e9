"""Command-line commands for who you are and whom you trust: ``identity [--export-card FILE]`` and
``contacts add CARD [--replace] | list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.cli_commands.console import EXIT_OK, opened_app
from carerpassport.exchange import age_files
from carerpassport.exchange.identity_card import MAX_CARD_BYTES
from carerpassport.resource_files import spoken_fingerprint

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def cmd_identity(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        identity = app.identity()
        out.write(f"Name:                {identity.name or '(no name)'}\n")
        out.write(f"Signing fingerprint: {identity.fingerprint}\n")
        out.write(f"Fingerprint words:   {' '.join(spoken_fingerprint(identity.fingerprint)[1])}\n")
        out.write(f"Age recipient:       {identity.age_recipient}\n")
        if args.export_card:
            app.contacts.write_identity_card(Path(args.export_card))
            out.write(f"Wrote your identity card to {args.export_card}. It holds only public parts; the other "
                      "person should compare the fingerprint with you in person or by phone.\n")
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.contacts_command == "add":
            pin = app.contacts.add_contact(age_files.read_limited(Path(args.card), MAX_CARD_BYTES, "identity card"),
                                  replace=args.replace)
            out.write(f"Trusted {pin.name}.\nFingerprint: {pin.fingerprint}\nAge recipient: {pin.age_recipient}\n"
                      "Compare the fingerprint with them in person or by phone; if it differs, remove this card.\n")
            return EXIT_OK
        contacts = app.contacts.contacts()
        if not contacts:
            out.write("No contacts yet; add someone's identity card with 'carerpassport contacts add CARD'.\n")
        for pin in contacts:
            out.write(f"{pin.name:<28} {' '.join(pin.fingerprint.split()[:4])}  {pin.age_recipient}\n")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("identity", help="your signing fingerprint and age key; --export-card writes your public card")
    p.add_argument("--export-card", metavar="FILE", help="write your public identity card to FILE")
    p.set_defaults(run=cmd_identity)

    p = sub.add_parser("contacts", help="people whose identity cards you trust")
    contacts = p.add_subparsers(dest="contacts_command", required=True)
    c = contacts.add_parser("add", help="trust someone's identity card (compare the fingerprint with them)")
    c.add_argument("card", metavar="CARD")
    c.add_argument("--replace", action="store_true",
                   help="replace the card of someone already trusted under the same name (after comparing the new "
                        "fingerprint with them; logged)")
    contacts.add_parser("list", help="list your contacts")
    p.set_defaults(run=cmd_contacts)
