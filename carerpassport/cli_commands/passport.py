"""Command-line commands for the passport itself: ``init``, ``show``, ``set``, ``action add|update|list``,
``history`` and ``log``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Any, TextIO

from carerpassport.app import ENV_PASSPHRASE, PassportApp, default_data_dir, default_keyring
from carerpassport.cli_commands.console import EXIT_OK, UsageError, opened_app, print_json, read_secret
from carerpassport.domain.agreement import AgreementStatus
from carerpassport.domain.dates import readable_date, readable_iso
from carerpassport.domain.display_text import display_name
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, Passport, parse_date
from carerpassport.domain.roles import Role
from carerpassport.domain.sharing_agreement import agreement_lines
from carerpassport.domain.template import Template
from carerpassport.domain.wording import current_language
from carerpassport.domain.wording import gettext as _
from carerpassport.usecases.core import PERSON_FIELDS, PRIVATE_NOTES_FIELD

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.vault.repository import Attachment


# --- printing -------------------------------------------------------------------------------------

def render_passport(passport: Passport, template: Template, status: str = "") -> str:
    """The passport as text; ``status`` (where it stands with the manager) is its first line under the title.
    The template's own texts (title, questions) are in the process's language where the template has it."""
    template = template.translated(current_language())
    lines = [template.title, "=" * len(template.title), ""]
    if status:
        lines += [status + ".", ""]
    shared, private = _("[shared]"), _("[private]")
    # Translators: the labels of the passport's first lines, printed in a column (the values line up after them).
    you, manager, review = _("You:"), _("Line manager:"), _("Next review:")
    width = max(len(you), len(manager), len(review)) + 1
    not_set = _("(not set)")
    lines.append(f"{you:<{width}}{passport.employee.name or not_set}"
                 + (f", {passport.employee.role}" if passport.employee.role else ""))
    lines.append(f"{manager:<{width}}{passport.manager.name or not_set}")
    next_review = passport.review.next_review
    when = readable_date(next_review) if next_review else _("not set")
    lines.append(f"{review:<{width}}{when}")
    for section in template.sections:
        fields = [f for f in section.fields if not f.for_manager]
        if not fields:
            continue
        lines += ["", section.title, "-" * len(section.title)]
        for field in fields:
            answer = passport.answer(field.id)
            marker = shared if answer.shared else private
            lines.append(f"{field.label} {marker}  ({field.id})")
            lines.append("  " + (answer.text.replace("\n", "\n  ") if answer.text else _("(no answer yet)")))
    former = [(fid, a) for fid, a in sorted(passport.answers.items())
              if template.is_former_question(fid) and a.text.strip()]
    if former:  # kept from an earlier version of the employer's form; exported only if shared again
        title = _("No longer on your employer's form")
        lines += ["", title, "-" * len(title)]
        for field_id, answer in former:
            lines.append(f"{template.label_of(field_id)} {shared if answer.shared else private}  ({field_id})")
            lines.append("  " + answer.text.replace("\n", "\n  "))
    title = _("Agreed actions")
    lines += ["", title, "-" * len(title)]
    if not passport.actions:
        lines.append(_("(none yet)"))
    for action in passport.actions:
        lines.append(f"- [{action.id[:8]}] {action.what}")
        lines.append(f"    {_(ACTION_KIND_LABELS[action.kind])}; {_(ACTION_STATUS_LABELS[action.status])}"
                     + (f" ({action.decline_reason})" if action.decline_reason else "")
                     + _action_details(action))
    agreement = passport.sharing_agreement
    title = f"{template.sharing_agreement_text.title} {shared if agreement.shared else private}"
    lines += ["", title, "-" * len(title), *agreement_lines(agreement)]
    if passport.private_notes:
        title = _("Private notes (never shared)")
        lines += ["", title, "-" * len(title), passport.private_notes]
    return "\n".join(lines)


def _action_details(action: Any) -> str:
    """"; owner Sam; agreed 1 May 2026; by …; review …; private": what is known of an agreed action."""
    # Translators: details of an agreed action, each after "; ": {name} a person, {date} a date.
    parts = [_("owner {name}").format(name=action.owner) if action.owner else "",
             _("agreed {date}").format(date=readable_date(action.agreed_on)) if action.agreed_on else "",
             _("by {date}").format(date=readable_date(action.implement_by)) if action.implement_by else "",
             _("review {date}").format(date=readable_date(action.review_on)) if action.review_on else "",
             "" if action.shared else _("private")]
    return "".join(f"; {part}" for part in parts if part)


def render_agreement(copies: Sequence[Attachment]) -> str:
    """The latest accepted countersignature, so the employee can see what the manager recorded (who signed,
    the date they wrote, their comment) without opening the PDF."""
    if not copies:
        return ""
    details = copies[-1].details
    # The certificate's name (who was trusted); the name typed on the form beside it only where they differ.
    typed = display_name(str(details.get("manager_name") or ""))
    certified = display_name(str(details.get("manager_certificate_name") or "")) or typed
    differs = typed and typed.casefold() != certified.casefold()
    # Translators: {name} is the name typed on the form, where it differs from the certificate's.
    who = certified + (_(" (typed on the form as “{name}”)").format(name=typed) if differs else "")
    title = _("Agreed by both")
    # Translators: {name} who countersigned, {date} when, {number} the passport's revision they agreed to.
    lines = ["", title, "-" * len(title),
             _("Countersigned by {name} on {date} (revision {number})").format(
                 name=who or _("(no name)"), date=readable_iso(str(details.get("agreed_on", "?"))),
                 number=details.get("agreed_revision", "?"))]
    if details.get("manager_date"):
        lines.append(_("Date written by the manager: {date}").format(date=readable_iso(str(details["manager_date"]))))
    lines.append(_("Manager's comment: {comment}").format(comment=details.get("comment") or _("(none)")))
    if details.get("state") == "signed_externally":
        lines.append(_("Signed in another PDF reader; you accepted it after checking."))
    return "\n".join(lines) + "\n"


# --- commands -------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    secret = read_secret(args)
    created = PassportApp.create(default_data_dir(args.data_dir), employee_name=args.name or "",
                                 manager_name=args.manager or "", passphrase=secret, keyring=default_keyring(),
                                 role=Role.parse(args.role))
    with closing(created.app) as app:
        # Translators: {folder} is the vault's folder.
        out.write(_("Created your passport vault in {folder}").format(folder=app.data_dir) + "\n\n")
        out.write(_("Your recovery code (shown once; write it down or print it and keep it safe):") + "\n\n")
        out.write(f"    {created.recovery_code}\n\n")
        out.write((_("Anyone with this code can open your passport. You need it if this computer's keyring is lost "
                     "or you forget your passphrase.") if secret else
                   _("Anyone with this code can open your passport. You need it if this computer's keyring is "
                     "lost.")) + "\n")
        if created.keyring_used:
            out.write(_("The vault key is also kept in this computer's keyring, so it opens without typing.") + "\n")
        elif not secret:
            # Translators: {variable} is an environment variable's name; --passphrase-file an option: keep both.
            out.write(_("No system keyring is available here: unlock with the recovery code (set {variable} or "
                        "use --passphrase-file).").format(variable=ENV_PASSPHRASE) + "\n")
        # Translators: {fingerprint} is the signing key's fingerprint (letters and digits).
        out.write(_("Signing fingerprint: {fingerprint}").format(fingerprint=app.identity().fingerprint) + "\n")
        if app.received.role().receives_passports:
            # Translators: the commands in quotes are typed as they are: keep them in English.
            out.write(_("As a manager: give your team your identity card ('carerpassport identity --export-card "
                        "FILE'); see the passports you hold with 'carerpassport received list'.") + "\n")
    return EXIT_OK


def status_dict(status: AgreementStatus) -> dict[str, Any]:
    """The agreement status for ``show --json``: the state, the facts behind it and the sentence."""
    return {"state": status.state.value, "manager_name": status.manager_name,
            "agreed_on": status.agreed_on.isoformat() if status.agreed_on else None,
            "next_review": status.next_review.isoformat() if status.next_review else None,
            "sentence": status.text + "."}


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        passport = app.editing.passport()
        if args.json:
            # The passport as stored, plus where it stands with the manager (the text output's first line).
            print_json({**passport.to_dict(), "status": status_dict(app.agreement.status())}, out)
        else:
            out.write(render_passport(passport, app.template, app.agreement.status().text) + "\n")
            out.write(render_agreement(app.countersigning.countersigned_copies()))
    return EXIT_OK


def cmd_set(args: argparse.Namespace, out: TextIO) -> int:
    value = sys.stdin.read() if args.value == "-" else args.value
    shared = True if args.share else False if args.no_share else None
    if value is None and shared is None:
        raise UsageError("give a VALUE, or --share/--no-share to change only whether the answer is shared")
    with opened_app(args) as app:
        if (args.field not in PERSON_FIELDS and args.field != PRIVATE_NOTES_FIELD
                and not app.template.is_former_question(args.field)):
            app.template.field(args.field)  # clear error for an unknown id
        revision = app.editing.set_answer(args.field, value, shared=shared)
        # Translators: {number} is the passport's new revision number.
        out.write((_("Saved as revision {number}.").format(number=revision.number) if revision
                   else _("No change.")) + "\n")
    return EXIT_OK


def _date_arg(value: str | None) -> dt.date | None:
    if value is None:
        return None
    return None if value in ("", "none", "-") else parse_date(value)


def _action_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("what", "kind", "owner", "status", "decline_reason"):
        if getattr(args, name, None) is not None:
            changes[name] = getattr(args, name)
    for name, attr in (("agreed", "agreed_on"), ("implement", "implement_by"), ("review", "review_on")):
        if getattr(args, name, None) is not None:
            changes[attr] = _date_arg(getattr(args, name))
    if args.private:
        changes["shared"] = False
    if getattr(args, "shared", False):
        changes["shared"] = True
    return changes


def cmd_action(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.action_command == "list":
            actions = app.editing.passport().actions
            if args.json:
                print_json([a.to_dict() for a in actions], out)
            for action in [] if args.json else actions:
                out.write(f"{action.id[:8]}  {_(ACTION_STATUS_LABELS[action.status]):<9} "
                          f"{_(ACTION_KIND_LABELS[action.kind]):<24} {action.what}\n")
            if not actions and not args.json:
                out.write(_("No agreed actions yet.") + "\n")
            return EXIT_OK
        changes = _action_changes(args)
        if args.action_command == "add":
            action = app.editing.add_action(**changes)
            # Translators: {id} is the action's short id (eight letters and digits).
            out.write(_("Added action {id}.").format(id=action.id[:8]) + "\n")
        else:
            if not changes:
                raise UsageError("say what to change (for example --status agreed)")
            action = app.editing.update_action(args.id, **changes)
            out.write(_("Updated action {id}.").format(id=action.id[:8]) + "\n")
    return EXIT_OK


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        revisions = app.editing.history()
        if args.json:
            print_json([{"number": r.number, "created": r.created, "reason": r.reason, "label": r.label,
                         "sha256": r.content_sha256} for r in revisions], out)
        else:
            questions = app.template.translated(current_language()).question_titles()
            for r in revisions:
                # What changed goes last, so the columns before it stay where scripts and people expect them.
                what = f"  {display_name(r.words(questions=questions), limit=1000)}" if r.label else ""
                out.write(f"{r.number:>5}  {readable_iso(r.created):<27}  {r.reason:<14} {r.content_sha256[:16]}"
                          f"{what}\n")
    return EXIT_OK


def cmd_log(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        for event in app.events():
            extra = f"  file {event.file_sha256[:16]}" if event.file_sha256 else ""
            # Entries written before names were cleaned on reading may hold a card's raw name.
            out.write(f"{readable_iso(event.at):<27}  {event.kind:<14} "
                      f"{display_name(event.words(), limit=1000)}{extra}\n")
    return EXIT_OK


def _action_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--what", required=adding, help=_("what was agreed"))
    # Translators: {values} lists the option's values, typed as they are.
    parser.add_argument("--kind", help=_("one of: {values}").format(
        values=", ".join(k.value for k in ACTION_KIND_LABELS)))
    parser.add_argument("--owner", help=_("who does it"))
    parser.add_argument("--status", help=_("one of: {values}").format(
        values=", ".join(s.value for s in ACTION_STATUS_LABELS)))
    parser.add_argument("--decline-reason", dest="decline_reason", help=_("why it was declined"))
    # Translators: YYYY-MM-DD shows how to type a date: keep it.
    parser.add_argument("--agreed", help=_("date agreed (YYYY-MM-DD)"))
    parser.add_argument("--implement", help=_("implementation date (YYYY-MM-DD)"))
    parser.add_argument("--review", help=_("next review date (YYYY-MM-DD)"))
    parser.add_argument("--private", action="store_true", help=_("keep this action out of exports"))
    if not adding:
        parser.add_argument("--shared", action="store_true", help=_("include this action in exports"))


# --- parser ---------------------------------------------------------------------------------------

def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("init", help=_("create the vault and print the recovery code once"))
    p.add_argument("--name", help=_("your name"))
    p.add_argument("--manager", help=_("your line manager's name"))
    # Translators: employee, manager and both are the option's values, typed as they are: keep them.
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.EMPLOYEE.value,
                   help=_("who uses this vault: employee (your own passport; the default), manager (passports "
                          "from your team) or both"))
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("show", help=_("the current passport"))
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.set_defaults(run=cmd_show)

    # Translators: FIELD_ID and VALUE are the arguments' placeholders: keep them.
    p = sub.add_parser("set", help=_("set one answer (FIELD_ID from the template; VALUE '-' reads stdin)"))
    p.add_argument("field", metavar="FIELD_ID")
    # Optional: "set ID --share" changes only the share choice (the one change an answer to a question no
    # longer on the employer's form accepts).
    p.add_argument("value", metavar="VALUE", nargs="?")
    share = p.add_mutually_exclusive_group()
    share.add_argument("--share", action="store_true", help=_("share this answer with your manager"))
    share.add_argument("--no-share", action="store_true", help=_("keep this answer private"))
    p.set_defaults(run=cmd_set)

    p = sub.add_parser("action", help=_("agreed actions"))
    actions = p.add_subparsers(dest="action_command", required=True)
    a = actions.add_parser("add", help=_("add an agreed action"))
    _action_options(a, adding=True)
    a = actions.add_parser("update", help=_("change an agreed action"))
    a.add_argument("id", help=_("the action's id (the first 8 characters are enough)"))
    _action_options(a, adding=False)
    a = actions.add_parser("list", help=_("list agreed actions"))
    a.add_argument("--json", action="store_true", help=_("print them as JSON"))
    p.set_defaults(run=cmd_action)

    p = sub.add_parser("history", help=_("revisions"))
    p.add_argument("--json", action="store_true", help=_("print them as JSON"))
    p.set_defaults(run=cmd_history)

    p = sub.add_parser("log", help=_("the log of exports, imports and key changes"))
    p.set_defaults(run=cmd_log)
