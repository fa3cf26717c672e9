"""The command line, over :mod:`carerpassport.app`. Never imports Qt.

Exit codes (stable; scripts rely on them): 0 success, 1 a verification or validation failure (one line
on stderr saying why), 2 a usage error, 3 an internal error: a bug of ours, not a problem with the file
or input (one line on stderr saying so, with the exception's type and our line of code, never a
traceback or any passport content).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from carerpassport import __version__
from carerpassport.app import (
    ENV_PASSPHRASE,
    PERSON_FIELDS,
    PRIVATE_NOTES_FIELD,
    PassportApp,
    default_data_dir,
    default_keyring,
)
from carerpassport.cli_commands import bundle as bundle_commands
from carerpassport.cli_commands import countersign as countersign_commands
from carerpassport.cli_commands import pdf as pdf_commands
from carerpassport.cli_commands import review as review_commands
from carerpassport.domain.dates import readable_date, readable_iso
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import InternalError, PassportError, ValidationError
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, Passport, parse_date
from carerpassport.domain.template import Template
from carerpassport.library_logs import keep_library_logs_quiet
from carerpassport.vault.key_change import KeyChange

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


# --- unlocking ------------------------------------------------------------------------------------

def read_secret(args: argparse.Namespace) -> str | None:
    """The passphrase (or recovery code) from ``--passphrase-file`` or ``$CARERPASSPORT_PASSPHRASE``."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read the passphrase file {args.passphrase_file}: {exc.strerror or exc}") from None
        return text.rstrip("\r\n")
    return os.environ.get(ENV_PASSPHRASE) or None


def open_app(args: argparse.Namespace) -> PassportApp:
    app = PassportApp.open(default_data_dir(args.data_dir), passphrase=read_secret(args), keyring=default_keyring())
    if app.vault.notice is not None:  # an interrupted change of keys was finished or rolled back
        sys.stderr.write(app.vault.notice + "\n")
    return app


# --- printing -------------------------------------------------------------------------------------

def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_passport(passport: Passport, template: Template) -> str:
    lines = [template.title, "=" * len(template.title), ""]
    lines.append(f"You:          {passport.employee.name or '(not set)'}"
                 + (f", {passport.employee.role}" if passport.employee.role else ""))
    lines.append(f"Line manager: {passport.manager.name or '(not set)'}")
    next_review = passport.review.next_review
    lines.append(f"Next review:  {readable_date(next_review) if next_review else 'not set'}")
    for section in template.sections:
        fields = [f for f in section.fields if not f.for_manager]
        if not fields:
            continue
        lines += ["", section.title, "-" * len(section.title)]
        for field in fields:
            answer = passport.answer(field.id)
            marker = "[shared]" if answer.shared else "[private]"
            lines.append(f"{field.label} {marker}  ({field.id})")
            lines.append("  " + (answer.text.replace("\n", "\n  ") if answer.text else "(no answer yet)"))
    lines += ["", "Agreed actions", "--------------"]
    if not passport.actions:
        lines.append("(none yet)")
    for action in passport.actions:
        lines.append(f"- [{action.id[:8]}] {action.what}")
        lines.append(f"    {ACTION_KIND_LABELS[action.kind]}; {ACTION_STATUS_LABELS[action.status]}"
                     + (f" ({action.decline_reason})" if action.decline_reason else "")
                     + (f"; owner {action.owner}" if action.owner else "")
                     + (f"; agreed {readable_date(action.agreed_on)}" if action.agreed_on else "")
                     + (f"; by {readable_date(action.implement_by)}" if action.implement_by else "")
                     + (f"; review {readable_date(action.review_on)}" if action.review_on else "")
                     + ("" if action.shared else "; private"))
    if passport.private_notes:
        lines += ["", "Private notes (never shared)", "----------------------------", passport.private_notes]
    return "\n".join(lines)


def render_agreement(copies: Sequence[Any]) -> str:
    """The latest accepted countersignature, so the employee can see what the manager recorded (who signed,
    the date they wrote, their comment) without opening the PDF."""
    if not copies:
        return ""
    details = copies[-1].details
    lines = ["", "Agreed by both", "--------------",
             f"Countersigned by {details.get('manager_name') or '(no name)'} "
             f"on {readable_iso(str(details.get('agreed_on', '?')))} "
             f"(revision {details.get('agreed_revision', '?')})"]
    if details.get("manager_date"):
        lines.append(f"Date written by the manager: {readable_iso(str(details['manager_date']))}")
    lines.append(f"Manager's comment: {details.get('comment') or '(none)'}")
    if details.get("state") == "signed_externally":
        lines.append("Signed in another PDF reader; you accepted it after checking.")
    return "\n".join(lines) + "\n"


# --- commands -------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    secret = read_secret(args)
    created = PassportApp.create(default_data_dir(args.data_dir), employee_name=args.name or "",
                                 manager_name=args.manager or "", passphrase=secret, keyring=default_keyring())
    app = created.app
    try:
        out.write(f"Created your passport vault in {app.data_dir}\n\n")
        out.write("Your recovery code (shown once; write it down or print it and keep it safe):\n\n")
        out.write(f"    {created.recovery_code}\n\n")
        out.write("Anyone with this code can open your passport. You need it if this computer's keyring is lost"
                  + (" or you forget your passphrase.\n" if secret else ".\n"))
        if created.keyring_used:
            out.write("The vault key is also kept in this computer's keyring, so it opens without typing.\n")
        elif not secret:
            out.write("No system keyring is available here: unlock with the recovery code "
                      f"(set {ENV_PASSPHRASE} or use --passphrase-file).\n")
        out.write(f"Signing fingerprint: {app.identity().fingerprint}\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    app = open_app(args)
    try:
        passport = app.editing.passport()
        if args.json:
            print_json(passport.to_dict(), out)
        else:
            out.write(render_passport(passport, app.template) + "\n")
            out.write(render_agreement(app.countersigning.countersigned_copies()))
    finally:
        app.close()
    return EXIT_OK


def cmd_set(args: argparse.Namespace, out: TextIO) -> int:
    value = sys.stdin.read() if args.value == "-" else args.value
    shared = True if args.share else False if args.no_share else None
    app = open_app(args)
    try:
        if args.field not in PERSON_FIELDS and args.field != PRIVATE_NOTES_FIELD:
            app.template.field(args.field)  # clear error for an unknown id
        revision = app.editing.set_answer(args.field, value, shared=shared)
        out.write(f"Saved as revision {revision.number}.\n" if revision else "No change.\n")
    finally:
        app.close()
    return EXIT_OK


def _date_arg(value: str | None) -> Any:
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
    app = open_app(args)
    try:
        if args.action_command == "list":
            actions = app.editing.passport().actions
            if args.json:
                print_json([a.to_dict() for a in actions], out)
            for action in [] if args.json else actions:
                out.write(f"{action.id[:8]}  {ACTION_STATUS_LABELS[action.status]:<9} "
                          f"{ACTION_KIND_LABELS[action.kind]:<24} {action.what}\n")
            if not actions and not args.json:
                out.write("No agreed actions yet.\n")
            return EXIT_OK
        changes = _action_changes(args)
        if args.action_command == "add":
            action = app.editing.add_action(**changes)
            out.write(f"Added action {action.id[:8]}.\n")
        else:
            if not changes:
                raise UsageError("say what to change (for example --status agreed)")
            action = app.editing.update_action(args.id, **changes)
            out.write(f"Updated action {action.id[:8]}.\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    app = open_app(args)
    try:
        revisions = app.editing.history()
        if args.json:
            print_json([{"number": r.number, "created": r.created, "reason": r.reason,
                         "sha256": r.content_sha256} for r in revisions], out)
        else:
            for r in revisions:
                out.write(f"{r.number:>5}  {readable_iso(r.created):<27}  {r.reason:<14} {r.content_sha256[:16]}\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_log(args: argparse.Namespace, out: TextIO) -> int:
    app = open_app(args)
    try:
        for event in app.events():
            extra = f"  file {event.file_sha256[:16]}" if event.file_sha256 else ""
            # Entries written before names were cleaned on reading may hold a card's raw name.
            out.write(f"{readable_iso(event.at):<27}  {event.kind:<14} "
                      f"{display_name(event.summary, limit=1000)}{extra}\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_key(args: argparse.Namespace, out: TextIO) -> int:
    app = open_app(args)
    try:
        if args.key_command == "passphrase":
            if args.remove:
                app.keys.change_passphrase(None)
                out.write("Passphrase removed; unlock with the keyring or the recovery code.\n")
            else:
                new = _read_new_passphrase(args)
                app.keys.change_passphrase(new)
                out.write("Passphrase changed.\n")
        elif args.key_command == "recovery-code":
            _show_then_commit(app, app.keys.start_recovery_code_change(), "Your new recovery code:", out)
            out.write("Keep it safe: your previous recovery code no longer works.\n")
        elif args.key_command == "rekey":
            change = app.keys.start_rekey(read_secret(args) if app.vault.has_passphrase else None)
            _show_then_commit(app, change, "Vault re-encrypted. Your new recovery code:", out)
            out.write("Keep it safe: your previous recovery code no longer works.\n")
    finally:
        app.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    app = open_app(args)
    try:
        report = app.integrity.require_intact("")
    finally:
        app.close()
    out.write(f"The vault is whole: all {report.pages} pages match what was saved, the history of {report.revisions} "
              f"revisions links up, {report.attachments} stored files match their hashes, and the signing key "
              "matches its certificate.\n")
    return EXIT_OK


def _show_then_commit(app: PassportApp, change: KeyChange, heading: str, out: TextIO) -> None:
    """Print the new code and flush it before committing: a crash after the commit must never leave a
    code in force that the user was not shown. If it cannot be printed, the change is undone."""
    try:
        out.write(f"{heading}\n\n    {change.code}\n\n")
        out.flush()
    except BaseException:
        app.keys.cancel_key_change(change)
        raise
    app.keys.commit_key_change(change)


def _read_new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return Path(args.new_passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("give the new passphrase with --new-passphrase-file")
    first = getpass.getpass("New passphrase: ")
    if first != getpass.getpass("Again: "):
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


# --- parser ---------------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace, TextIO], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit 2 with one line, as argparse does, but testable
        raise UsageError(message)


def _action_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--what", required=adding, help="what was agreed")
    parser.add_argument("--kind", help="one of: " + ", ".join(k.value for k in ACTION_KIND_LABELS))
    parser.add_argument("--owner", help="who does it")
    parser.add_argument("--status", help="one of: " + ", ".join(s.value for s in ACTION_STATUS_LABELS))
    parser.add_argument("--decline-reason", dest="decline_reason", help="why it was declined")
    parser.add_argument("--agreed", help="date agreed (YYYY-MM-DD)")
    parser.add_argument("--implement", help="implementation date (YYYY-MM-DD)")
    parser.add_argument("--review", help="next review date (YYYY-MM-DD)")
    parser.add_argument("--private", action="store_true", help="keep this action out of exports")
    if not adding:
        parser.add_argument("--shared", action="store_true", help="include this action in exports")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="carerpassport", description="Your carer's passport, kept on this computer.")
    parser.add_argument("--version", action="version", version=f"carerpassport {__version__}")
    parser.add_argument("--data-dir", help="the vault's folder (default: $CARERPASSPORT_HOME or your user data folder)")
    parser.add_argument("--passphrase-file", help=f"read the passphrase or recovery code from this file "
                                                  f"(default: ${ENV_PASSPHRASE})")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="create the vault and print the recovery code once")
    p.add_argument("--name", help="your name")
    p.add_argument("--manager", help="your line manager's name")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("show", help="the current passport")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("set", help="set one answer (FIELD_ID from the template; VALUE '-' reads stdin)")
    p.add_argument("field", metavar="FIELD_ID")
    p.add_argument("value", metavar="VALUE")
    share = p.add_mutually_exclusive_group()
    share.add_argument("--share", action="store_true", help="share this answer with your manager")
    share.add_argument("--no-share", action="store_true", help="keep this answer private")
    p.set_defaults(run=cmd_set)

    p = sub.add_parser("action", help="agreed actions")
    actions = p.add_subparsers(dest="action_command", required=True, parser_class=_Parser)
    a = actions.add_parser("add", help="add an agreed action")
    _action_options(a, adding=True)
    a = actions.add_parser("update", help="change an agreed action")
    a.add_argument("id", help="the action's id (the first 8 characters are enough)")
    _action_options(a, adding=False)
    a = actions.add_parser("list", help="list agreed actions")
    a.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_action)

    p = sub.add_parser("history", help="revisions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_history)

    p = sub.add_parser("log", help="the log of exports, imports and key changes")
    p.set_defaults(run=cmd_log)

    p = sub.add_parser("key", help="passphrase, recovery code, re-key")
    keys = p.add_subparsers(dest="key_command", required=True, parser_class=_Parser)
    k = keys.add_parser("passphrase", help="set or change the passphrase")
    k.add_argument("--new-passphrase-file")
    k.add_argument("--remove", action="store_true", help="remove the passphrase")
    keys.add_parser("recovery-code", help="make a new recovery code (the old one stops working)")
    keys.add_parser("rekey", help="re-encrypt the vault under a new key")
    p.set_defaults(run=cmd_key)

    p = sub.add_parser("check", help="check that the whole vault is undamaged (every page, the history, stored files)")
    p.set_defaults(run=cmd_check)

    pdf_commands.register(sub)
    countersign_commands.register(sub)
    bundle_commands.register(sub)
    review_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    keep_library_logs_quiet()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run: Command = args.run
        return run(args, out)
    except UsageError as exc:
        err.write(f"carerpassport: usage error: {exc}\n")
        return EXIT_USAGE
    except InternalError as exc:
        err.write(f"carerpassport: {exc}\n")
        return EXIT_INTERNAL
    except PassportError as exc:
        err.write(f"carerpassport: {exc}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        err.write("carerpassport: interrupted; nothing was half-written.\n")
        return EXIT_FAILED
    except OSError as exc:
        err.write(f"carerpassport: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}\n")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - anything else is a bug of ours and must say so, not blame the file
        err.write(f"carerpassport: {InternalError.from_bug(exc)}\n")
        return EXIT_INTERNAL
