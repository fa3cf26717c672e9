"""Command-line commands for signed PDFs: ``export pdf OUT.pdf`` and ``verify FILE``.

``verify`` prints a summary and exits 0 when the file is sound, 1 with the first reason on stderr when
it is not (DESIGN.md's exit codes). It works without a vault too (a manager checking a file they were sent): then
it cannot say whether this vault signed the file, and says so.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from carerpassport.domain.errors import PassportError

if TYPE_CHECKING:
    from carerpassport.exchange.pdf_report import VerificationReport


EXIT_OK = 0


def export_subcommands(sub: Any) -> Any:
    """The ``export`` command's own subcommands (``export pdf``, ``export bundle``), created once.

    Both this module and the bundle commands add a format under ``export``; whichever registers first
    creates it, the other reuses it.
    """
    existing = sub.choices.get("export")
    if existing is not None:
        return existing.export_formats
    parser = sub.add_parser("export", help="make a file to share: a signed PDF or an encrypted bundle")
    parser.export_formats = parser.add_subparsers(dest="export_format", required=True, metavar="FORMAT",
                                                  parser_class=type(parser))
    return parser.export_formats


def register(sub: Any) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = export_subcommands(sub).add_parser("pdf", help="a PDF of what you share, signed by you")
    p.add_argument("out", metavar="OUT.pdf", help="where to write the signed PDF")
    p.add_argument("--recipient", help="who it is for (default: your line manager's name)")
    p.add_argument("--purpose", default="", help="why you are sharing it (printed on the first page)")
    p.set_defaults(run=cmd_export_pdf)

    p = sub.add_parser("verify", help="check a passport PDF: who signed it, unaltered, countersigned")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(run=cmd_verify)


def cmd_export_pdf(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.cli import open_app  # the CLI module imports this one

    app = open_app(args)
    try:
        result = app.pdfs.export_signed_pdf(Path(args.out), recipient=args.recipient, purpose=args.purpose)
        identity = app.identity()
    finally:
        app.close()
    answers = [f for f in result.fields if f != "actions"]
    out.write(f"Wrote {result.path}: revision {result.revision}, {len(answers)} shared "
              f"answer{'' if len(answers) == 1 else 's'}"
              + (", agreed actions" if "actions" in result.fields else "") + ".\n")
    out.write(f"File SHA-256:        {result.sha256}\n")
    out.write(f"Signing fingerprint: {identity.fingerprint}\n")
    out.write("Your manager can check the fingerprint with you in person or by phone.\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    report = _check(Path(args.file), args, out)
    if args.json:
        _print_json(report, out)
    else:
        out.write("\n".join(report.summary_lines()) + "\n")
        for note in report.notes:
            out.write(f"Note: {note}\n")
        for problem in report.problems:
            out.write(f"Problem: {problem}\n")
    report.raise_for_problems()  # the CLI prints the first reason on stderr and exits 1
    return EXIT_OK


def _check(path: Path, args: argparse.Namespace, out: TextIO) -> VerificationReport:
    """With the vault open, also say whether this vault signed the file; without one, check the file alone."""
    from carerpassport.app import PassportApp, default_data_dir
    from carerpassport.cli import open_app
    from carerpassport.exchange.pdf_reading import read_pdf_file
    from carerpassport.exchange.pdf_report import inspect_passport_pdf

    if not PassportApp.exists(default_data_dir(args.data_dir)):
        return inspect_passport_pdf(read_pdf_file(path))
    try:
        app = open_app(args)
    except PassportError as exc:
        out.write(f"Note: your vault could not be opened ({exc}); checking the file alone, so whether you "
                  "signed it is not shown.\n")
        return inspect_passport_pdf(read_pdf_file(path))
    try:
        return app.pdfs.verify_file(path)
    finally:
        app.close()


def _print_json(report: VerificationReport, out: TextIO) -> None:
    data = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)
            if f.name not in ("failures", "passport_json", "signer_cert_pem")}
    data["signed_at"] = report.signed_at.isoformat() if report.signed_at else None
    data["shared_field_ids"] = list(report.shared_field_ids)
    data["notes"] = list(report.notes)
    data["problems"] = report.problems
    data["ok"] = report.ok
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")
