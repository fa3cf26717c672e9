"""Command-line commands for countersigning and importing the countersigned passport.

    carerpassport countersign IN.pdf OUT.pdf [--comment TEXT] [--name NAME] [--no-keep]
                                          manager mode: check, fill the manager's fields, sign with this vault
    carerpassport import FILE [--trust-manager] [--accept-external]
                                          a countersigned PDF (or an encrypted bundle): check, then record
    carerpassport received list [--json]  manager mode: the passports this vault countersigned and kept
    carerpassport received show ID [--out FILE.pdf]

Never interactive: when the employee must decide (a new manager certificate, a file signed in another
PDF reader), ``import`` exits 1 with one line naming the flag to add after checking the fingerprint.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any, TextIO

from carerpassport.domain.dates import readable_date, readable_iso
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, UntrustedSignerError
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from carerpassport.input_files import read_input_file
from carerpassport.vault.atomic import atomic_write

EXIT_OK = 0
#: The start of an age file, binary or armoured: such a FILE is an encrypted bundle, not a PDF.
AGE_MAGIC = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE-----")


class DecisionNeededError(UntrustedSignerError):
    """``import`` needs the employee's explicit choice, given as a flag."""


def _cli() -> Any:
    from carerpassport import cli  # late: carerpassport.cli imports this module

    return cli


def cmd_countersign(args: argparse.Namespace, out: TextIO) -> int:
    app = _cli().open_app(args)
    try:
        received = app.countersigning.inspect_received(Path(args.input))
        out.write(f"Checked: signed by {received.employee_name} ({received.employee.fingerprint}); unaltered.\n")
        out.write(app.countersigning.employee_familiarity(received) + "\n")
        # Sign what was checked and described above, not the file read a second time.
        result = app.countersigning.countersign(received, Path(args.output), comment=args.comment or "", name=args.name,
                                 keep_copy=not args.no_keep)
        out.write(f"Countersigned as {result.countersigned.manager_name} "
                  f"({result.countersigned.manager_fingerprint}) on {readable_date(result.countersigned.date)}.\n")
        out.write(f"Wrote {result.out_path}; give it back to {received.employee_name}.\n")
        if result.kept_attachment_id is not None:
            out.write(f"A copy is kept in your vault (received passport {result.kept_attachment_id}).\n")
    finally:
        app.close()
    return EXIT_OK


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
    app = _cli().open_app(args)
    try:
        imp = app.countersigning.inspect_countersigned(data, str(path))
        for line in imp.summary():
            out.write(line + "\n")
        missing = imp.missing_decision(trust_new_manager=args.trust_manager, accept_external=args.accept_external)
        if missing:
            flags = []
            if imp.needs_trust and not args.trust_manager:
                flags.append("--trust-manager")
            if imp.needs_external_acceptance and not args.accept_external:
                flags.append("--accept-external")
            raise DecisionNeededError(f"{missing} Nothing was imported; after checking, run again with "
                                      f"{' '.join(flags)}.")
        revision = app.countersigning.accept_countersigned(imp, trust_new_manager=args.trust_manager,
                                            accept_external=args.accept_external)
        passport = app.editing.passport()
        out.write(f"Recorded as agreed by both (revision {revision.number}). Next review: "
                  f"{readable_date(passport.review.next_review) if passport.review.next_review else 'not set'}.\n")
        if imp.state is ImportState.CERTIFICATE_CHANGED or imp.needs_trust:
            out.write(f"Trusted {imp.manager_name}'s certificate {imp.manager.fingerprint}.\n")
    finally:
        app.close()
    return EXIT_OK


def _import_bundle(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.cli_commands import bundle  # late: it imports the CLI, which imports this module

    return bundle.import_bundle_command(args, out)


def cmd_received(args: argparse.Namespace, out: TextIO) -> int:
    app = _cli().open_app(args)
    try:
        records = app.countersigning.received_passports()
        if args.received_command == "list":
            if args.json:
                json.dump([dataclasses.asdict(record) for record in records], out, indent=2, ensure_ascii=False)
                out.write("\n")
            elif not records:
                out.write("No received passports kept in this vault yet.\n")
            for record in [] if args.json else records:
                out.write(f"{record.attachment_id:>4}  {readable_iso(record.countersigned_on):<17}  "
                          f"{record.employee_name:<28} "
                          f"{' '.join(record.employee_fingerprint.split()[:4])}\n")
            return EXIT_OK
        record = next((r for r in records if r.attachment_id == args.id), None)
        if record is None:
            raise ExchangeError(f"There is no received passport {args.id}; see 'carerpassport received list'.")
        out.write(f"Employee:     {record.employee_name}\nFingerprint:  {record.employee_fingerprint}\n"
                  f"Passport id:  {record.passport_id}\nCountersigned on {readable_iso(record.countersigned_on)} as "
                  f"{record.manager_name}\nYour comment: {record.comment or '(none)'}\n"
                  f"Kept since:   {readable_iso(record.kept_at)}\n")
        if args.out:
            atomic_write(Path(args.out), app.countersigning.received_passport_pdf(record.attachment_id))
            out.write(f"Wrote the countersigned copy to {args.out}.\n")
    finally:
        app.close()
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("countersign", help="manager mode: check a passport PDF and countersign it with this vault")
    p.add_argument("input", metavar="IN.pdf", help="the employee's signed passport PDF")
    p.add_argument("output", metavar="OUT.pdf", help="where to write the countersigned copy")
    p.add_argument("--comment", help="your comment as line manager")
    p.add_argument("--name", help="your name as it should appear (default: this vault's identity name)")
    p.add_argument("--no-keep", action="store_true", help="do not keep a copy in this vault")
    p.set_defaults(run=cmd_countersign)

    p = sub.add_parser("import", help="import the countersigned PDF (or an encrypted bundle): check, then record")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--trust-manager", action="store_true",
                   help="trust (pin) the manager's certificate, after comparing its fingerprint with them")
    p.add_argument("--accept-external", action="store_true",
                   help="accept a copy signed in another PDF reader after checking it")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("received", help="manager mode: passports you countersigned and kept")
    received = p.add_subparsers(dest="received_command", required=True, parser_class=type(p))
    r = received.add_parser("list", help="list them")
    r.add_argument("--json", action="store_true")
    r = received.add_parser("show", help="show one; --out writes its countersigned PDF")
    r.add_argument("id", type=int)
    r.add_argument("--out", help="write the kept PDF here")
    p.set_defaults(run=cmd_received)
