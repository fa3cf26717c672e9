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
from carerpassport.domain.wording import gettext as _

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
                # Translators: After `template import FILE --preview`; --preview is the option's name: keep it.
                out.write(_("Preview only: nothing was imported. Run it again without --preview to import.") + "\n")
            return EXIT_OK
        imported = app.templates.import_checked(checked)
        number = imported.revision.number if imported.revision else "–"
        # Translators: {form} is the employer's form's name, {version} its version number.
        out.write(_("Imported {form}; your passport now follows it (version {version}).").format(
            form=preview.template.form_name(), version=number) + "\n")
    return EXIT_OK


def cmd_template_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        t = app.template
        out.write(_("Template: {title} ({id}), version {version}").format(title=t.title, id=t.id, version=t.version)
                  + "\n")
        # Translators: The built-in template has no employer.
        employer = t.employer_name or _("(none: the built-in template)")
        out.write(_("Employer: {employer}").format(employer=employer) + "\n")
        out.write(_("Review: at least every {months} months").format(months=t.review_interval_months) + "\n")
        for policy in t.policies:
            summary = f"{policy.name} — {policy.summary}" if policy.summary else policy.name
            # Translators: {policy} is the policy's name (and summary), {where} its link or document reference.
            out.write(_("Policy: {policy} ({where})").format(policy=summary, where=policy.where()) + "\n")
        for contact in t.contacts:
            who = " — ".join(filter(None, [contact.role, contact.name, contact.how()]))
            out.write(_("Contact: {who}").format(who=who) + "\n")
        for field_id, label, answer in app.templates.former_answers(app.editing.passport()):
            # Translators: An answer to a question the employer's new form dropped; {state} is "shared" or "private".
            shared = _("shared") if answer.shared else _("private")
            out.write(_("No longer on your employer's form ({state}): {question} [{id}]").format(
                state=shared, question=label, id=field_id) + "\n")
    return EXIT_OK


def register(sub: Subcommands) -> None:
    """Add ``template`` to the ``carerpassport`` parser."""
    # Translators: `carerpassport template`: the command's one-line help (lower case, no full stop, as argparse's own).
    p = sub.add_parser("template", help=_("your employer's passport template: import a new one or a new version"))
    commands = p.add_subparsers(dest="template_command", required=True)
    i = commands.add_parser("import", help=_("check an employer's template file and move your passport onto it"))
    # Translators: FILE is shown in the usage line (an argument's placeholder); translate it like a word.
    i.add_argument("file", metavar=_("FILE"))
    i.add_argument("--preview", action="store_true", help=_("show what would change; import nothing"))
    i.set_defaults(run=cmd_template_import)
    s = commands.add_parser("show", help=_("the template in use: employer, version, policies, contacts"))
    s.set_defaults(run=cmd_template_show)
