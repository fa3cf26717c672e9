"""Command-line commands for reviews, the sharing record, calendar reminders, a new line manager and the
preparation checklist.

    carerpassport review start [--changed REASON]      start a review (print what is due and the questions)
    carerpassport review mark ITEM still-true|changed|no-longer-applies [--text TEXT]
    carerpassport review agreement holds|change        does your sharing agreement still hold?
    carerpassport review status                        what is due or overdue; the open review's progress
    carerpassport review done [--next YYYY-MM-DD]      finish: a new revision with reason "review"
    carerpassport review cancel
    carerpassport shares [--json]                      every export and bundle, with consent
    carerpassport shares withdraw ID [--note OUT.txt]  consent withdrawn, and a note asking for deletion
    carerpassport shares holds RECIPIENT               exactly what that person holds
    carerpassport reminders --ics OUT.ics              review dates for your own calendar (no content)
    carerpassport change-manager --name NAME [--contact C] [--share FIELD_ID ...] [--share-actions]
                                 [--export OUT.pdf] [--confirm-outside-agreement]
    carerpassport checklist OUT.pdf                    the private preparation checklist

A review without a terminal prompt: ``review start`` records the start and prints the items; mark each
with ``review mark`` (or edit answers with ``carerpassport set``); ``review done`` closes it. Items left
unmarked count as still true.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import agreement_options, opened_app, print_json
from carerpassport.domain.dates import readable_date, readable_iso
from carerpassport.domain.display_text import display_name
from carerpassport.domain.model import parse_date
from carerpassport.domain.review import DueState, scheduled_reviews
from carerpassport.domain.review_session import (
    AGREEMENT_ANSWER_LABELS,
    AGREEMENT_QUESTION,
    EFFECT_NOT_DIAGNOSIS,
    NO_GUARANTEE,
    VERDICT_LABELS,
    AgreementAnswer,
    ItemKind,
    NoReviewError,
    ReviewSession,
)
from carerpassport.domain.shared_letters import what_they_hold
from carerpassport.output_files import atomic_write

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.vault.repository import Share

#: How the sharing record names "the agreed actions" among the shared question ids.
SHARED_ACTIONS = "actions"

STATE_WORDS = {DueState.OVERDUE: "OVERDUE", DueState.DUE_SOON: "due soon", DueState.OK: "scheduled",
               DueState.NOT_SET: "not set"}


# --- review ---------------------------------------------------------------------------------------

def _print_due(app: PassportApp, out: TextIO) -> None:
    items = scheduled_reviews(app.editing.passport(), app.today())
    if not items:
        out.write("No review dates are set yet. Finishing a review sets the next one 12 months ahead.\n")
    for item in items:
        days = (item.due - app.today()).days
        when = f"{-days} days ago" if days < 0 else "today" if days == 0 else f"in {days} days"
        out.write(f"  {STATE_WORDS[item.state]:<9}  {readable_date(item.due):<17} ({when})  {item.what}\n")


def _print_session(session: ReviewSession, out: TextIO) -> None:
    out.write("\nFor each item, ask: is this still true?\n")
    out.write(f"{EFFECT_NOT_DIAGNOSIS}\n")
    for _section_id, title, items in session.sections():
        out.write(f"\n{title}\n{'-' * len(title)}\n")
        for item in items:
            outcome = session.outcomes.get(item.key)
            mark = f"[{VERDICT_LABELS[outcome.verdict]}]" if outcome else "[not marked]"
            out.write(f"* {item.label}  ({item.short_key}) {mark}\n")
            if item.kind is ItemKind.ANSWER:
                out.write("    " + item.text.strip().replace("\n", "\n    ") + "\n")
            elif item.review_on:
                out.write(f"    review date {readable_date(item.review_on)}\n")
    if not session.items:
        out.write("\nThere is nothing answered yet to review; 'review done' just sets the next review date.\n")
    answer = f"[{AGREEMENT_ANSWER_LABELS[session.agreement]}]" if session.agreement else "[not answered]"
    out.write(f"\nYour sharing agreement\n----------------------\n* {AGREEMENT_QUESTION} {answer}\n"
              "    answer with 'carerpassport review agreement holds|change'\n")


def cmd_review(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.review_command == "start":
            started = (app.reviews.circumstances_changed(args.changed) if args.changed is not None
                       else app.reviews.start_review())
            out.write("Review started" + (" because your circumstances changed" if args.changed else "") + ".\n\n")
            out.write("Review dates:\n")
            _print_due(app, out)
            _print_session(started, out)
            out.write("\nMark items with 'carerpassport review mark ITEM still-true|changed|no-longer-applies "
                      "[--text TEXT]' (unmarked items count as still true), then 'carerpassport review done'.\n")
        elif args.review_command == "status":
            out.write("Review dates:\n")
            _print_due(app, out)
            session = app.reviews.current_review()
            if session is None:
                out.write("\nNo review is open.\n")
            else:
                marked = len(session.items) - len(session.pending())
                out.write(f"\nA review is open (started {readable_date(session.started_on)}): "
                          f"{marked} of {len(session.items)} items marked.\n")
                _print_session(session, out)
        elif args.review_command == "mark":
            text = sys.stdin.read() if args.text == "-" else (args.text or "")
            outcome = app.reviews.mark_review_item(args.item, args.verdict, text)
            out.write(f"Marked: {VERDICT_LABELS[outcome.verdict]}.\n")
        elif args.review_command == "agreement":
            answer = app.reviews.mark_agreement(args.answer)
            out.write(f"Recorded: {AGREEMENT_ANSWER_LABELS[answer]}.\n")
            if answer is AgreementAnswer.CHANGE:
                out.write("Change it in the app (Passport page, “Sharing agreement”); the review records that you "
                          "meant to.\n")
        elif args.review_command == "done":
            session = app.reviews.current_review()
            if session is None:
                raise NoReviewError("No review is open. Start one with 'carerpassport review start'.")
            next_review = parse_date(args.next, "--next") if args.next else None
            summary = app.reviews.preview_review(session, next_review=next_review).summary
            revision = app.reviews.finish_review(session, next_review=next_review)
            out.write(summary.text() + "\n")
            out.write(f"\nSaved as revision {revision.number}, ready to export.\n")
        elif args.review_command == "cancel":
            app.reviews.cancel_review()
            out.write("Review cancelled; the passport is unchanged.\n")
    return 0


# --- sharing record -------------------------------------------------------------------------------

def _share_dict(share: Share) -> dict[str, Any]:
    return {"id": share.id, "at": share.at, "recipient": share.recipient, "purpose": share.purpose,
            "format": share.format, "revision": share.revision, "fields": list(share.fields),
            "file_sha256": share.file_sha256, "file_name": share.file_name, "withdrawn_at": share.withdrawn_at}


def _field_label(app: PassportApp, field_id: str) -> str:
    if field_id == SHARED_ACTIONS:
        return "Agreed actions"
    return str(app.template.field(field_id).label) if app.template.has_field(field_id) else field_id


def cmd_shares(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        command = getattr(args, "shares_command", None)
        if command == "withdraw":
            note = app.shares.withdraw_consent(args.id)
            if args.note:
                try:
                    atomic_write(Path(args.note), note.encode("utf-8"))
                except OSError:
                    out.write(f"Consent withdrawn for share {args.id}, but the note could not be saved:\n\n{note}\n")
                    raise
                out.write(f"Consent withdrawn for share {args.id}. The note is in {args.note}.\n")
            else:
                out.write(f"Consent withdrawn for share {args.id}. Send this note to the recipient:\n\n{note}")
        elif command == "holds":
            held = app.shares.holdings(args.recipient)
            if not held:
                out.write(f"{args.recipient} holds nothing you shared (or you withdrew consent for all of it).\n")
            for share in held:
                out.write(f"Share {share.id}: revision {share.revision}, {share.format}, {readable_iso(share.at[:10])}"
                          + (f", {share.file_name}" if share.file_name else "") + "\n")
                labels = [_field_label(app, f) for f in share.fields]
                out.write("  " + "\n  ".join(what_they_hold(share.format, labels)) + "\n")
        else:
            shares = app.shares.shares()
            if args.json:
                print_json([_share_dict(s) for s in shares], out)
                return 0
            if not shares:
                out.write("Nothing has been shared yet.\n")
            for s in shares:
                consent = f"consent withdrawn {readable_iso(s.withdrawn_at[:10])}" if s.withdrawn_at else "shared"
                out.write(f"{s.id:>4}  {readable_iso(s.at[:10]):<17}  "
                          f"{display_name(s.recipient) or '(no recipient)'}  {s.format}  "
                          f"revision {s.revision}  {len(s.fields)} fields  {consent}  {s.file_sha256[:16]}\n")
    return 0


# --- reminders, checklist -------------------------------------------------------------------------

def cmd_reminders(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        count = app.reviews.write_reminders(Path(args.ics))
        out.write(f"Wrote {count} reminder{'s' if count != 1 else ''} to {args.ics}. They say only "
                  "“Carer's passport review”: nothing from your passport goes into your calendar.\n")
    return 0


def cmd_checklist(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        app.reviews.write_checklist(Path(args.out))
        out.write(f"Wrote your private preparation checklist to {args.out}. It may show private answers: "
                  "it is for you, not for your manager.\n")
    return 0


# --- a new line manager ---------------------------------------------------------------------------

def cmd_change_manager(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        result = None
        if args.export:
            # All or nothing: an export that cannot be written leaves the manager unchanged.
            change, result = app.shares.change_manager_and_export(args.name, Path(args.export),
                                                                  contact=args.contact or "",
                                                           share_fields=args.share or [],
                                                           share_actions=args.share_actions,
                                                           confirm_outside_agreement=args.confirm_outside_agreement)
        else:
            change = app.shares.change_manager(args.name, contact=args.contact or "", share_fields=args.share or [],
                                        share_actions=args.share_actions,
                                        confirm_outside_agreement=args.confirm_outside_agreement)
        out.write(f"Your line manager is now {change.manager.name}"
                  + (f" (previously {change.previous.name})" if change.previous.name else "") + ".\n")
        if change.retired_pins:
            out.write(f"The previous manager's certificate is no longer trusted for new countersignatures "
                      f"(kept in your history): {', '.join(change.retired_pins)}.\n")
        out.write(f"\n{change.note}\n\n")
        private = set(app.pdfs.private_fields_chosen(list(change.share_fields), include_private=True))
        chosen = [_field_label(app, f) + (" (you marked it private; shared because you named it)" if f in private
                                          else "") for f in change.share_fields] + (
            ["Agreed actions"] if change.share_actions else [])
        out.write("Chosen to share with them:" + ("".join(f"\n  - {c}" for c in chosen) if chosen else " nothing yet")
                  + "\n")
        if result is not None:
            out.write(f"Exported revision {result.revision} to {result.path} (SHA-256 {result.sha256[:16]}…).\n")
        else:
            out.write("Nothing has been sent. Export for them with --export OUT.pdf when you are ready.\n")
        out.write(f"{NO_GUARANTEE}\n")
        out.write("When you have met them, review the passport together: "
                  "carerpassport review start --changed \"new line manager\"\n")
    return 0


def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("review", help="review the passport: at least every 12 months, and when things change")
    reviews = p.add_subparsers(dest="review_command", required=True)
    r = reviews.add_parser("start", help="start a review and print the items to check")
    r.add_argument("--changed", metavar="REASON", help="my circumstances changed: what changed")
    reviews.add_parser("status", help="what is due or overdue, and the open review")
    r = reviews.add_parser("mark", help="mark one item of the open review")
    r.add_argument("item", metavar="ITEM", help="the question id, or the action's first 8 characters")
    r.add_argument("verdict", choices=["still-true", "changed", "no-longer-applies"])
    r.add_argument("--text", help="what is true now (for 'changed'; '-' reads stdin)")
    r = reviews.add_parser("agreement", help="does your sharing agreement still hold? (holds, or change)")
    r.add_argument("answer", choices=[a.value for a in AgreementAnswer])
    r = reviews.add_parser("done", help="finish the review: a new revision with reason 'review'")
    r.add_argument("--next", metavar="YYYY-MM-DD", help="next review date (default: 12 months from today)")
    reviews.add_parser("cancel", help="drop the open review (the passport is unchanged)")
    p.set_defaults(run=cmd_review)

    p = sub.add_parser("shares", help="the sharing record: who has which copy, and consent")
    p.add_argument("--json", action="store_true")
    shares = p.add_subparsers(dest="shares_command", required=False)
    s = shares.add_parser("withdraw", help="withdraw consent and print a note asking the recipient to delete it")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--note", metavar="OUT.txt", help="write the note to this file")
    s = shares.add_parser("holds", help="exactly what one recipient holds")
    s.add_argument("recipient", metavar="RECIPIENT")
    p.set_defaults(run=cmd_shares)

    p = sub.add_parser("reminders", help="review dates as a calendar file (no passport content)")
    p.add_argument("--ics", required=True, metavar="OUT.ics")
    p.set_defaults(run=cmd_reminders)

    p = sub.add_parser("change-manager", help="a new line manager: choose what to share; agree things again")
    p.add_argument("--name", required=True, help="the new line manager's name")
    p.add_argument("--contact", help="how to reach them (optional)")
    p.add_argument("--share", nargs="+", metavar="FIELD_ID", help="answers to share with them (default: none)")
    p.add_argument("--share-actions", action="store_true", help="also share the agreed actions")
    p.add_argument("--export", metavar="OUT.pdf", help="export a signed PDF of only what you chose")
    # Until the change is recorded, the new manager is "a future line manager" under the sharing agreement.
    agreement_options(p, for_whom=False)
    p.set_defaults(run=cmd_change_manager)

    p = sub.add_parser("checklist", help="a private, printable checklist to prepare for a conversation")
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(run=cmd_checklist)
