"""Command-line commands for the employer's template: ``template import FILE [--preview]`` and ``template show``.

The file is read and checked (JSON, the format's JSON Schema, ids) before the vault is unlocked, so a broken
file never opens it; then the vault says whether the version may replace the one in use. ``--preview``
prints what would change and records nothing. The format is ``docs/templates.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.cli_commands.console import EXIT_OK, opened_app

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def cmd_template_import(args: argparse.Namespace, out: TextIO) -> int:
    from carerpassport.exchange.template_file import read_template_file

    checked = read_template_file(Path(args.file))  # refused here, before the vault is unlocked
    with opened_app(args) as app:
        preview = app.templates.preview_checked(checked)
        out.write("\n".join(preview.lines()) + "\n")
        if args.preview or preview.already_in_use:
            if args.preview and not preview.already_in_use:
                out.write("Preview only: nothing was imported. Run it again without --preview to import.\n")
            return EXIT_OK
        imported = app.templates.import_checked(checked)
        number = imported.revision.number if imported.revision else "–"
        out.write(f"Imported {preview.template.form_name()}; your passport now follows it (version {number}).\n")
    return EXIT_OK


def cmd_template_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        t = app.template
        out.write(f"Template: {t.title} ({t.id}), version {t.version}\n")
        out.write(f"Employer: {t.employer_name or '(none: the built-in template)'}\n")
        out.write(f"Review: at least every {t.review_interval_months} months\n")
        for policy in t.policies:
            out.write(f"Policy: {policy.name}{' — ' + policy.summary if policy.summary else ''} ({policy.where()})\n")
        for contact in t.contacts:
            who = " — ".join(filter(None, [contact.role, contact.name, contact.how()]))
            out.write(f"Contact: {who}\n")
        for field_id, label, answer in app.templates.former_answers(app.editing.passport()):
            shared = "shared" if answer.shared else "private"
            out.write(f"No longer on your employer's form ({shared}): {label} [{field_id}]\n")
    return EXIT_OK


def register(sub: Subcommands) -> None:
    """Add ``template`` to the ``carerpassport`` parser."""
    p = sub.add_parser("template", help="your employer's passport template: import a new one or a new version")
    commands = p.add_subparsers(dest="template_command", required=True)
    i = commands.add_parser("import", help="check an employer's template file and move your passport onto it")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--preview", action="store_true", help="show what would change; import nothing")
    i.set_defaults(run=cmd_template_import)
    s = commands.add_parser("show", help="the template in use: employer, version, policies, contacts")
    s.set_defaults(run=cmd_template_show)
