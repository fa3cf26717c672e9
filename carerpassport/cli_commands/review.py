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
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import atomic_write

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands
    from carerpassport.vault.repository import Share

#: How the sharing record names "the agreed actions" among the shared question ids.
SHARED_ACTIONS = "actions"

#: How each review date's state reads (in English; translated where printed).
STATE_WORDS = {DueState.OVERDUE: N_("OVERDUE"), DueState.DUE_SOON: N_("due soon"), DueState.OK: N_("scheduled"),
               DueState.NOT_SET: N_("not set")}


# --- review ---------------------------------------------------------------------------------------

def _print_due(app: PassportApp, out: TextIO) -> None:
    items = scheduled_reviews(app.editing.passport(), app.today())
    if not items:
        out.write(_("No review dates are set yet. Finishing a review sets the next one 12 months ahead.") + "\n")
    for item in items:
        days = (item.due - app.today()).days
        # Translators: {count} is a number of days (any number, 1 included).
        when = (_("{count} days ago").format(count=-days) if days < 0 else _("today") if days == 0
                else _("in {count} days").format(count=days))
        out.write(f"  {_(STATE_WORDS[item.state]):<9}  {readable_date(item.due):<17} ({when})  {item.what}\n")


def _print_session(session: ReviewSession, out: TextIO) -> None:
    out.write("\n" + _("For each item, ask: is this still true?") + "\n")
    out.write(f"{EFFECT_NOT_DIAGNOSIS}\n")
    for _section_id, title, items in session.sections():
        out.write(f"\n{title}\n{'-' * len(title)}\n")
        for item in items:
            outcome = session.outcomes.get(item.key)
            mark = f"[{VERDICT_LABELS[outcome.verdict]}]" if outcome else "[{}]".format(_("not marked"))
            out.write(f"* {item.label}  ({item.short_key}) {mark}\n")
            if item.kind is ItemKind.ANSWER:
                out.write("    " + item.text.strip().replace("\n", "\n    ") + "\n")
            elif item.review_on:
                out.write("    " + _("review date {day}").format(day=readable_date(item.review_on)) + "\n")
    if not session.items:
        out.write("\n" + _("There is nothing answered yet to review; 'review done' just sets the next review date.")
                  + "\n")
    answer = (f"[{AGREEMENT_ANSWER_LABELS[session.agreement]}]" if session.agreement
              else "[{}]".format(_("not answered")))
    heading = _("Your sharing agreement")
    out.write(f"\n{heading}\n{'-' * len(heading)}\n* {AGREEMENT_QUESTION} {answer}\n"
              "    " + _("answer with 'carerpassport review agreement holds|change'") + "\n")


def cmd_review(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.review_command == "start":
            started = (app.reviews.circumstances_changed(args.changed) if args.changed is not None
                       else app.reviews.start_review())
            out.write((_("Review started because your circumstances changed.") if args.changed
                       else _("Review started.")) + "\n\n")
            out.write(_("Review dates:") + "\n")
            _print_due(app, out)
            _print_session(started, out)
            out.write("\n" + _("Mark items with 'carerpassport review mark ITEM still-true|changed|no-longer-applies "
                              "[--text TEXT]' (unmarked items count as still true), then 'carerpassport review "
                              "done'.") + "\n")
        elif args.review_command == "status":
            out.write(_("Review dates:") + "\n")
            _print_due(app, out)
            session = app.reviews.current_review()
            if session is None:
                out.write("\n" + _("No review is open.") + "\n")
            else:
                marked = len(session.items) - len(session.pending())
                out.write("\n" + _("A review is open (started {day}): {marked} of {count} items marked.").format(
                    day=readable_date(session.started_on), marked=marked, count=len(session.items)) + "\n")
                _print_session(session, out)
        elif args.review_command == "mark":
            text = sys.stdin.read() if args.text == "-" else (args.text or "")
            outcome = app.reviews.mark_review_item(args.item, args.verdict, text)
            out.write(_("Marked: {verdict}.").format(verdict=VERDICT_LABELS[outcome.verdict]) + "\n")
        elif args.review_command == "agreement":
            answer = app.reviews.mark_agreement(args.answer)
            out.write(_("Recorded: {answer}.").format(answer=AGREEMENT_ANSWER_LABELS[answer]) + "\n")
            if answer is AgreementAnswer.CHANGE:
                out.write(_("Change it in the app (Passport page, “Sharing agreement”); the review records that you "
                            "meant to.") + "\n")
        elif args.review_command == "done":
            session = app.reviews.current_review()
            if session is None:
                raise NoReviewError("No review is open. Start one with 'carerpassport review start'.")
            next_review = parse_date(args.next, "--next") if args.next else None
            summary = app.reviews.preview_review(session, next_review=next_review).summary
            revision = app.reviews.finish_review(session, next_review=next_review)
            out.write(summary.text() + "\n")
            out.write("\n" + _("Saved as revision {number}, ready to export.").format(number=revision.number) + "\n")
        elif args.review_command == "cancel":
            app.reviews.cancel_review()
            out.write(_("Review cancelled; the passport is unchanged.") + "\n")
    return 0


# --- sharing record -------------------------------------------------------------------------------

def _share_dict(share: Share) -> dict[str, Any]:
    return {"id": share.id, "at": share.at, "recipient": share.recipient, "purpose": share.purpose,
            "format": share.format, "revision": share.revision, "fields": list(share.fields),
            "file_sha256": share.file_sha256, "file_name": share.file_name, "withdrawn_at": share.withdrawn_at}


def _field_label(app: PassportApp, field_id: str) -> str:
    if field_id == SHARED_ACTIONS:
        return _("Agreed actions")
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
                    out.write(_("Consent withdrawn for share {id}, but the note could not be saved:").format(
                        id=args.id) + f"\n\n{note}\n")
                    raise
                out.write(_("Consent withdrawn for share {id}. The note is in {path}.").format(
                    id=args.id, path=args.note) + "\n")
            else:
                out.write(_("Consent withdrawn for share {id}. Send this note to the recipient:").format(id=args.id)
                          + f"\n\n{note}")
        elif command == "holds":
            held = app.shares.holdings(args.recipient)
            if not held:
                out.write(_("{recipient} holds nothing you shared (or you withdrew consent for all of it).").format(
                    recipient=args.recipient) + "\n")
            for share in held:
                out.write(_("Share {id}: revision {revision}, {format}, {day}").format(
                    id=share.id, revision=share.revision, format=share.format, day=readable_iso(share.at[:10]))
                          + (f", {share.file_name}" if share.file_name else "") + "\n")
                labels = [_field_label(app, f) for f in share.fields]
                out.write("  " + "\n  ".join(what_they_hold(share.format, labels)) + "\n")
        else:
            shares = app.shares.shares()
            if args.json:
                print_json([_share_dict(s) for s in shares], out)
                return 0
            if not shares:
                out.write(_("Nothing has been shared yet.") + "\n")
            for s in shares:
                consent = (_("consent withdrawn {day}").format(day=readable_iso(s.withdrawn_at[:10])) if s.withdrawn_at
                           else _("shared"))
                # Translators: one row of the sharing record; {fields} is a number of answers (any number).
                out.write(_("{id}  {day}  {recipient}  {format}  revision {revision}  {fields} fields  {consent}  "
                            "{fingerprint}").format(
                    id=f"{s.id:>4}", day=f"{readable_iso(s.at[:10]):<17}",
                    recipient=display_name(s.recipient) or _("(no recipient)"), format=s.format, revision=s.revision,
                    fields=len(s.fields), consent=consent, fingerprint=s.file_sha256[:16]) + "\n")
    return 0


# --- reminders, checklist -------------------------------------------------------------------------

def cmd_reminders(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        count = app.reviews.write_reminders(Path(args.ics))
        wrote = (_("Wrote 1 reminder to {path}.") if count == 1
                 else _("Wrote {count} reminders to {path}.")).format(count=count, path=args.ics)
        out.write(wrote + " " + _("They say only “Carer's passport review”: nothing from your passport goes into your "
                                  "calendar.") + "\n")
    return 0


def cmd_checklist(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        app.reviews.write_checklist(Path(args.out))
        out.write(_("Wrote your private preparation checklist to {path}. It may show private answers: it is for "
                    "you, not for your manager.").format(path=args.out) + "\n")
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
        out.write((_("Your line manager is now {name} (previously {previous}).") if change.previous.name
                   else _("Your line manager is now {name}.")).format(name=change.manager.name,
                                                                      previous=change.previous.name) + "\n")
        if change.retired_pins:
            out.write(_("The previous manager's certificate is no longer trusted for new countersignatures (kept in "
                        "your history): {fingerprints}.").format(fingerprints=", ".join(change.retired_pins)) + "\n")
        out.write(f"\n{change.note}\n\n")
        private = set(app.pdfs.private_fields_chosen(list(change.share_fields), include_private=True))
        named = " " + _("(you marked it private; shared because you named it)")
        chosen = [_field_label(app, f) + (named if f in private else "") for f in change.share_fields] + (
            [_("Agreed actions")] if change.share_actions else [])
        out.write((_("Chosen to share with them:") + "".join(f"\n  - {c}" for c in chosen)) if chosen
                  else _("Chosen to share with them: nothing yet"))
        out.write("\n")
        if result is not None:
            out.write(_("Exported revision {revision} to {path} (SHA-256 {fingerprint}…).").format(
                revision=result.revision, path=result.path, fingerprint=result.sha256[:16]) + "\n")
        else:
            out.write(_("Nothing has been sent. Export for them with --export OUT.pdf when you are ready.") + "\n")
        out.write(f"{NO_GUARANTEE}\n")
        # Translators: keep the command as it is; "new line manager" may be translated (it is the review's reason).
        out.write(_("When you have met them, review the passport together: carerpassport review start --changed "
                    "\"new line manager\"") + "\n")
    return 0


def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("review", help=_("review the passport: at least every 12 months, and when things change"))
    reviews = p.add_subparsers(dest="review_command", required=True)
    r = reviews.add_parser("start", help=_("start a review and print the items to check"))
    r.add_argument("--changed", metavar="REASON", help=_("my circumstances changed: what changed"))
    reviews.add_parser("status", help=_("what is due or overdue, and the open review"))
    r = reviews.add_parser("mark", help=_("mark one item of the open review"))
    r.add_argument("item", metavar="ITEM", help=_("the question id, or the action's first 8 characters"))
    r.add_argument("verdict", choices=["still-true", "changed", "no-longer-applies"])
    r.add_argument("--text", help=_("what is true now (for 'changed'; '-' reads stdin)"))
    r = reviews.add_parser("agreement", help=_("does your sharing agreement still hold? (holds, or change)"))
    r.add_argument("answer", choices=[a.value for a in AgreementAnswer])
    r = reviews.add_parser("done", help=_("finish the review: a new revision with reason 'review'"))
    r.add_argument("--next", metavar="YYYY-MM-DD", help=_("next review date (default: 12 months from today)"))
    reviews.add_parser("cancel", help=_("drop the open review (the passport is unchanged)"))
    p.set_defaults(run=cmd_review)

    p = sub.add_parser("shares", help=_("the sharing record: who has which copy, and consent"))
    p.add_argument("--json", action="store_true")
    shares = p.add_subparsers(dest="shares_command", required=False)
    s = shares.add_parser("withdraw", help=_("withdraw consent and print a note asking the recipient to delete it"))
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--note", metavar="OUT.txt", help=_("write the note to this file"))
    s = shares.add_parser("holds", help=_("exactly what one recipient holds"))
    s.add_argument("recipient", metavar="RECIPIENT")
    p.set_defaults(run=cmd_shares)

    p = sub.add_parser("reminders", help=_("review dates as a calendar file (no passport content)"))
    p.add_argument("--ics", required=True, metavar="OUT.ics")
    p.set_defaults(run=cmd_reminders)

    p = sub.add_parser("change-manager", help=_("a new line manager: choose what to share; agree things again"))
    p.add_argument("--name", required=True, help=_("the new line manager's name"))
    p.add_argument("--contact", help=_("how to reach them (optional)"))
    p.add_argument("--share", nargs="+", metavar="FIELD_ID", help=_("answers to share with them (default: none)"))
    p.add_argument("--share-actions", action="store_true", help=_("also share the agreed actions"))
    p.add_argument("--export", metavar="OUT.pdf", help=_("export a signed PDF of only what you chose"))
    # Until the change is recorded, the new manager is "a future line manager" under the sharing agreement.
    agreement_options(p, for_whom=False)
    p.set_defaults(run=cmd_change_manager)

    p = sub.add_parser("checklist", help=_("a private, printable checklist to prepare for a conversation"))
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(run=cmd_checklist)
