"""The command-line command that checks a signed passport PDF: ``verify FILE``.

``verify`` prints a summary and exits 0 when the file is sound, 1 with the first reason on stderr when
it is not (DESIGN.md's exit codes). It works without a vault too (a manager checking a file they were sent): then
it cannot say whether this vault signed the file, and says so.
"""

from __future__ import annotations

import argparse
import dataclasses
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp, default_data_dir
from carerpassport.cli_commands.console import EXIT_OK, open_app, print_json
from carerpassport.domain.errors import PassportError
from carerpassport.domain.wording import gettext as _

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.exchange.pdf_report import VerificationReport


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    report = _check(Path(args.file), args, out)
    if args.json:
        _print_json(report, out)
    else:
        out.write("\n".join(report.summary_lines()) + "\n")
        for note in report.notes:
            out.write(_("Note: {note}").format(note=note) + "\n")
        for problem in report.problems:
            out.write(_("Problem: {problem}").format(problem=problem) + "\n")
    report.raise_for_problems()  # the CLI prints the first reason on stderr and exits 1
    return EXIT_OK


def _check(path: Path, args: argparse.Namespace, out: TextIO) -> VerificationReport:
    """With the vault open, also say whether this vault signed the file; without one, check the file alone."""
    from carerpassport.exchange.pdf_reading import read_pdf_file
    from carerpassport.exchange.pdf_report import inspect_passport_pdf

    if not PassportApp.exists(default_data_dir(args.data_dir)):
        return inspect_passport_pdf(read_pdf_file(path))
    try:
        app = open_app(args)
    except PassportError as exc:
        out.write(_("Note: your vault could not be opened ({reason}); checking the file alone, so whether you "
                    "signed it is not shown.").format(reason=exc) + "\n")
        return inspect_passport_pdf(read_pdf_file(path))
    with closing(app):
        return app.pdfs.verify_file(path)


def _print_json(report: VerificationReport, out: TextIO) -> None:
    data = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)
            if f.name not in ("failures", "passport_json", "signer_cert_pem")}
    data["signed_at"] = report.signed_at.isoformat() if report.signed_at else None
    data["shared_field_ids"] = list(report.shared_field_ids)
    data["notes"] = list(report.notes)
    data["problems"] = report.problems
    data["ok"] = report.ok
    print_json(data, out)


def register(sub: Subcommands) -> None:
    """Add ``verify`` to the ``carerpassport`` parser."""
    p = sub.add_parser("verify", help=_("check a passport PDF: who signed it, unaltered, countersigned"))
    p.add_argument("file", metavar="FILE", help=_("the passport PDF to check"))
    p.add_argument("--json", action="store_true", help=_("print the findings as JSON"))
    p.set_defaults(run=cmd_verify)
