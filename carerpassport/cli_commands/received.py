"""Command-line commands for a manager's held passports (the passports their team gave them).

    carerpassport received list [--json]           each held passport: employee, revision, agreed on, next
                                                   review, countersigned or waiting
    carerpassport received show ID [--out FILE.pdf] [--json]
                                                   what the reader shows, as text; --out writes its PDF
    carerpassport received delete ID --yes         delete your copy (the log keeps only that it was deleted)

Never interactive: ``delete`` without ``--yes`` names what it would delete and exits 1.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from carerpassport.cli_commands.console import EXIT_OK, opened_app, print_json
from carerpassport.domain.dates import readable_iso, readable_local_iso
from carerpassport.domain.template import Template
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import DecisionNeededError
from carerpassport.exchange.received import ReceivedRecord

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.exchange.passport_reading import PassportReading


def _row(record: ReceivedRecord) -> str:
    revision = str(record.revision) if record.revision is not None else "?"
    agreed = readable_iso(record.countersigned_on) if record.countersigned_on else "—"
    review = readable_iso(record.next_review) if record.next_review else _("not set")
    # Translators: one row of the held passports' list; {revision}, {agreed} and {review} are padded values, so
    # keep the words short to keep the columns lined up.
    return _("{id}  {name}  rev {revision} agreed {agreed}  review {review}  {status}").format(
        id=f"{record.held_id:>4}", name=f"{record.employee_name[:28]:<28}", revision=f"{revision:<4}",
        agreed=f"{agreed:<17}", review=f"{review:<17}", status=record.status_text)


def _as_json(record: ReceivedRecord) -> dict[str, Any]:
    return {**dataclasses.asdict(record), "held_id": record.held_id, "status": record.status}


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        records = app.received.held()
        today = app.today()
    if args.json:
        print_json([_as_json(r) for r in records], out)
    elif not records:
        out.write(_("You hold no passports yet. When an employee gives you theirs, use 'carerpassport countersign' "
                    "or 'carerpassport import' (for an encrypted copy).") + "\n")
    else:
        for record in records:
            out.write(_row(record) + "\n")
            reminder = record.keep_reminder(today)
            if reminder:
                out.write("      " + _("{reminder} Delete it: carerpassport received delete {id} --yes").format(
                    reminder=reminder, id=record.held_id) + "\n")
    return EXIT_OK


def render_held(record: ReceivedRecord, reading: PassportReading, template: Template) -> str:
    """A held passport as plain text: where it stands in your list, then what the reader shows (the same
    lines, :func:`~carerpassport.exchange.passport_reading.reading_lines`)."""
    from carerpassport.exchange.passport_reading import reading_lines

    revision = record.revision if record.revision is not None else "?"
    lines = [_("Passport of {name}  (held passport {id}, revision {revision})").format(
                 name=record.employee_name, id=record.held_id, revision=revision),
             _("Status: {status}; kept since {when}").format(status=record.status_text,
                                                             when=readable_local_iso(record.kept_at)), ""]
    lines += keeping_lines(record)
    return "\n".join(lines + reading_lines(reading, template)).rstrip()


def keeping_lines(record: ReceivedRecord) -> list[str]:
    """How long to keep this copy, by the sharing agreement it carries (the agreement itself is in the
    reading's lines, as the reader shows it, or says the copy leaves it out)."""
    return [] if record.sharing_agreement is None else [record.keep_text, ""]


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.exchange.passport_reading import read_passport

    with opened_app(args) as app:
        record = app.received.record(args.id)
        reading = read_passport(app.received.pdf(args.id), today=app.today())
        if args.json:
            print_json({**_as_json(record), "verdict": reading.verdict, "passport": reading.passport.to_dict()}, out)
        else:
            out.write(render_held(record, reading, app.template) + "\n")
        if args.out:
            app.received.write_pdf(args.id, Path(args.out))
            if not args.json:
                out.write(_("Wrote its PDF to {path}.").format(path=args.out) + "\n")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        record = app.received.record(args.id)
        if not args.yes:
            raise DecisionNeededError(f"This deletes your copy of {record.employee_name}'s passport (held passport "
                                      f"{record.held_id}) from your vault; nothing was deleted. Run again with --yes.")
        app.received.delete(args.id)
    out.write(_("Deleted your copy of {name}'s passport; your log records that it was deleted.").format(
        name=record.employee_name) + "\n")
    return EXIT_OK


def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("received", help=_("manager mode: the passports you hold (list, show, delete)"))
    received = p.add_subparsers(dest="received_command", required=True)
    r = received.add_parser("list", help=_("each held passport, countersigned or waiting"))
    r.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    r.set_defaults(run=cmd_list)
    r = received.add_parser("show", help=_("read one, as text; --out writes its PDF"))
    r.add_argument("id", type=int, help=_("the held passport's number, from the list"))
    r.add_argument("--out", help=_("write the held PDF here"))
    r.add_argument("--json", action="store_true", help=_("print it as JSON"))
    r.set_defaults(run=cmd_show)
    r = received.add_parser("delete", help=_("delete your copy (when the employee withdraws consent or moves on)"))
    r.add_argument("id", type=int, help=_("the held passport's number, from the list"))
    r.add_argument("--yes", action="store_true", help=_("really delete it"))
    r.set_defaults(run=cmd_delete)
