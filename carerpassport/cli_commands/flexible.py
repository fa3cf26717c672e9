"""Command-line commands for a statutory flexible-working request (England, Wales and Scotland).

    carerpassport flexible-request sources                   what from your passport a request can include
    carerpassport flexible-request draft --kind times [--kind hours|place ...] --change TEXT --from DATE
                                 [--include KEY ...] [--dated DATE] [--where england_wales|scotland|northern_ireland]
    carerpassport flexible-request earlier --on DATE [--undecided]   a request made before you used this app
    carerpassport flexible-request edit ID [--kind ...] [--change TEXT] [--from DATE] [--dated DATE]
                                 [--section KEY --text TEXT] [--drop KEY]
    carerpassport flexible-request list [--json] | show ID [--letter [--language cy]]
    carerpassport flexible-request delete ID                 a draft only
    carerpassport flexible-request export ID --out FILE.pdf|FILE.txt [--to NAME] [--language cy]
    carerpassport flexible-request sent ID --on DATE [--email] [--received DATE]
    carerpassport flexible-request received ID --on DATE     (sent by post or by hand)
    carerpassport flexible-request extend ID --to DATE [--agreed-on DATE]
    carerpassport flexible-request meeting ID --on DATE
    carerpassport flexible-request outcome ID accepted|trial|refused|withdrawn [--on DATE] [--reason R ...]
                                 [--trial-ends DATE] [--update-actions]
    carerpassport flexible-request appeal ID --on DATE [--outcome upheld|dismissed --decided DATE]

ID is the request's id or its first 8 characters (``list`` shows them). Dates are YYYY-MM-DD. ``--language``
makes the letter in its reader's language (the employee's own words stay as written); the rest of the output
is in the command line's language.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import UsageError, opened_app, print_json
from carerpassport.cli_commands.leave import language_option
from carerpassport.domain import flexible_working as fw
from carerpassport.domain.dates import readable_date
from carerpassport.domain.jurisdiction import parse_jurisdiction
from carerpassport.domain.model import parse_date
from carerpassport.domain.wording import gettext as _

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def _date(value: str | None, what: str) -> dt.date | None:
    return None if value is None else parse_date(value, what)


def _say_where(app: PassportApp, value: str | None) -> None:
    """``--where``: record where the employee works in the passport (a new version), if not said yet."""
    if value is None:
        return
    try:
        jurisdiction = parse_jurisdiction(value, "--where")
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    passport = app.editing.passport()
    if passport.jurisdiction is not jurisdiction:
        passport.jurisdiction = jurisdiction
        app.editing.save(passport)


def _print_summary(app: PassportApp, request: fw.FlexibleRequest, out: TextIO) -> None:
    due = fw.decision_due(request)
    line = f"{request.id[:8]}  {request.status:<24} " + _("drafted {date}").format(
        date=readable_date(request.drafted_on))
    if request.sent_on:
        line += ", " + _("sent {date}").format(date=readable_date(request.sent_on))
    if due and not request.decided:
        line += ", " + _("decision due {date}").format(date=readable_date(due))
    out.write(line + "\n")


def cmd_sources(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        sources = app.flexible.sources()
        if not sources:
            out.write(_("Nothing to include yet: answer “How does caring affect your work?” or “What else would "
                        "help?”, or propose a flexible-working action.") + "\n")
        for source in sources:
            private = "  " + _("(private in your passport)") if source.private else ""
            out.write(f"{source.key}{private}\n    {source.heading}: {source.text.strip()[:120]}\n")
        out.write(_(fw.NOT_LEGAL_ADVICE) + "\n")
    return 0


def cmd_draft(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        _say_where(app, args.where)
        include = _resolve(app, args.include or [])
        request = app.flexible.draft(changes=[fw.ChangeKind(k) for k in args.kind or []], change=args.change or "",
                                     effective_from=_date(args.from_, "--from"), include=include,
                                     dated=_date(args.dated, "--dated"))
        out.write(_("Drafted request {id}.").format(id=request.id[:8]) + "\n")
        _print_missing(request, out)
        out.write(_(fw.NOT_LEGAL_ADVICE) + "\n")
    return 0


def _resolve(app: PassportApp, keys: list[str]) -> list[str]:
    """Keys as given, with ``action:`` followed by at least 8 characters of an action's id allowed."""
    offered = [s.key for s in app.flexible.sources()]
    resolved = []
    for key in keys:
        matches = [k for k in offered if k == key or (key.startswith("action:") and len(key) >= 15
                                                       and k.startswith(key))]
        resolved.append(matches[0] if len(matches) == 1 else key)  # an unknown key is refused by the draft
    return resolved


def _print_missing(request: fw.FlexibleRequest, out: TextIO) -> None:
    missing = fw.missing_elements(request)
    if missing:
        out.write(_("Still to add before it can be sent: {missing}.").format(missing="; ".join(missing)) + "\n")
    else:
        out.write(_("It has everything a statutory request must contain. Read it with: {command}").format(
            command=f"carerpassport flexible-request show {request.id[:8]} --letter") + "\n")


def cmd_earlier(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.record_earlier(parse_date(args.on, "--on"), awaiting=args.undecided)
        out.write(_("Recorded an earlier request made on {date} ({id}); it counts towards the two a year and is named "
                    "in your next letter.").format(date=readable_date(parse_date(args.on, "--on")),
                                                   id=request.id[:8]) + "\n")
        refusal = app.flexible.refusal_to_draft()
        out.write((_("You can make a new request now.") if refusal is None else refusal) + "\n")
    return 0


def cmd_edit(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.request(args.id)
        if args.kind:
            request.changes = tuple(fw.ChangeKind(k) for k in args.kind)
        if args.change is not None:
            request.change = args.change
        if args.from_ is not None:
            request.effective_from = parse_date(args.from_, "--from")
        if args.dated is not None:
            request.dated = parse_date(args.dated, "--dated")
        if (args.section is None) != (args.text is None):
            raise UsageError(_("--section and --text go together: the part of the letter, and its new words"))
        if args.section is not None:
            found = [s for s in request.sections if s.source == args.section]
            if not found:
                raise fw.FlexibleWorkingError(f"The request has no part {args.section!r}; it has: "
                                              + (", ".join(s.source for s in request.sections) or "none") + ".")
            found[0].text = args.text
        if args.drop:
            request.sections = [s for s in request.sections if s.source not in set(args.drop)]
        request = app.flexible.update_draft(request)
        out.write(_("Saved your changes to request {id}.").format(id=request.id[:8]) + "\n")
        _print_missing(request, out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        requests = app.flexible.requests()
        if args.json:
            print_json([{**r.to_dict(), "status": r.status,
                         "decision_due": (d.isoformat() if (d := fw.decision_due(r)) else None)}
                        for r in requests], out)
            return 0
        if not requests:
            out.write(_("No flexible-working requests yet.") + "\n")
        for request in requests:
            _print_summary(app, request, out)
        refusal = app.flexible.refusal_to_draft()
        out.write((_("You can make a new request now.") if refusal is None else refusal) + "\n")
        out.write(_(fw.NOT_LEGAL_ADVICE) + "\n")
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.request(args.id)
        if args.letter:
            out.write(app.flexible.letter_text(request, language=args.language or ""))
            return 0
        _print_summary(app, request, out)
        out.write(fw.decision_due_sentence(request) + "\n")
        if request.meeting_on:
            out.write(_("Meeting: {date}").format(date=readable_date(request.meeting_on)) + "\n")
        if request.outcome:
            o = request.outcome
            line = _("Outcome: {outcome} on {date}").format(outcome=_(fw.OUTCOME_LABELS[o.kind]),
                                                            date=readable_date(o.decided_on))
            if o.trial_ends:
                line += "; " + _("trial ends {date}").format(date=readable_date(o.trial_ends))
            out.write(line + "\n")
            for reason in o.reasons:
                out.write(f"  - {_(fw.REFUSAL_REASON_LABELS[reason])}\n")
        if request.appeal:
            a = request.appeal
            line = _("Appeal made {date}: {outcome}").format(date=readable_date(a.made_on),
                                                             outcome=_(fw.APPEAL_OUTCOME_LABELS[a.outcome]))
            if a.decided_on:
                line += " " + _("on {date}").format(date=readable_date(a.decided_on))
            out.write(line + "\n")
        if not request.sent:
            _print_missing(request, out)
        out.write(_(fw.NOT_LEGAL_ADVICE) + "\n")
    return 0


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        app.flexible.delete_draft(args.id)
        out.write(_("Draft deleted.") + "\n")
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        result = app.flexible.export(args.id, Path(args.out), recipient=args.to, language=args.language or "")
        said = (_("Wrote the request as a signed PDF to {path} (SHA-256 {digest}…); it is in your sharing record. "
                  "When you send it, record it: {command}") if result.format == "pdf" else
                _("Wrote the request as plain text to {path} (SHA-256 {digest}…); it is in your sharing record. "
                  "When you send it, record it: {command}"))
        out.write(said.format(path=result.path, digest=result.sha256[:16],
                              command=f"carerpassport flexible-request sent {args.id} --on YYYY-MM-DD [--email]")
                  + "\n")
    return 0


def _tracked(args: argparse.Namespace, out: TextIO, request: fw.FlexibleRequest, done: str) -> None:
    out.write(done + "\n" + fw.decision_due_sentence(request) + "\n")


def cmd_sent(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.mark_sent(args.id, parse_date(args.on, "--on"), email=args.email,
                                         received_on=_date(args.received, "--received"))
        said = _("Recorded as sent on {date} by email.") if args.email else _("Recorded as sent on {date}.")
        _tracked(args, out, request, said.format(date=readable_date(parse_date(args.on, "--on"))))
    return 0


def cmd_received(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.mark_received(args.id, parse_date(args.on, "--on"))
        _tracked(args, out, request, _("Recorded the day your employer received it."))
    return 0


def cmd_extend(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        request = app.flexible.extend(args.id, parse_date(args.to, "--to"),
                                      agreed_on=_date(args.agreed_on, "--agreed-on"))
        _tracked(args, out, request, _("Recorded the extension you agreed."))
    return 0


def cmd_meeting(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        app.flexible.meeting(args.id, parse_date(args.on, "--on"))
        out.write(_("Meeting recorded for {date}. You may bring a colleague or trade union representative (Acas Code "
                    "of Practice).").format(date=readable_date(parse_date(args.on, "--on"))) + "\n")
    return 0


def cmd_outcome(args: argparse.Namespace, out: TextIO) -> int:
    kind = fw.OutcomeKind(args.kind)
    with opened_app(args) as app:
        request = app.flexible.outcome(args.id, kind, decided_on=_date(args.on, "--on"),
                                       reasons=[fw.RefusalReason(r) for r in args.reason or []],
                                       trial_ends=_date(args.trial_ends, "--trial-ends"))
        out.write(_("Outcome recorded: {outcome}.").format(outcome=_(fw.OUTCOME_LABELS[kind])) + "\n")
        if args.update_actions and kind is not fw.OutcomeKind.WITHDRAWN:
            applied = app.flexible.apply_outcome_to_actions(request.id)
            if applied.revision is not None:
                out.write(_("Your passport's agreed actions were updated (version {number}; undo it from History).")
                          .format(number=applied.revision.number) + "\n")
        elif kind is fw.OutcomeKind.REFUSED:
            out.write(_("You can appeal, and the employer should offer an appeal (Acas Code of Practice).") + "\n")
    return 0


def cmd_appeal(args: argparse.Namespace, out: TextIO) -> int:
    if (args.outcome is None) != (args.decided is None):
        raise UsageError(_("--outcome and --decided go together"))
    with opened_app(args) as app:
        request = app.flexible.appeal(args.id, parse_date(args.on, "--on"),
                                      outcome=fw.AppealOutcome(args.outcome or ""),
                                      decided_on=_date(args.decided, "--decided"))
        assert request.appeal is not None
        out.write(_("Appeal recorded: {outcome}.").format(outcome=_(fw.APPEAL_OUTCOME_LABELS[request.appeal.outcome]))
                  + "\n")
    return 0


def register(sub: Subcommands) -> None:
    """Add ``flexible-request`` and its subcommands to the ``carerpassport`` parser."""
    p = sub.add_parser("flexible-request", help=_("a statutory flexible-working request: draft, export, track"))
    cmds = p.add_subparsers(dest="flexible_command", required=True)
    kinds = [k.value for k in fw.ChangeKind]

    c = cmds.add_parser("sources", help=_("what from your passport a request can include"))
    c.set_defaults(run=cmd_sources)

    c = cmds.add_parser("draft", help=_("start a request from your passport"))
    c.add_argument("--kind", action="append", choices=kinds, help=_("what to change (repeat for more than one)"))
    c.add_argument("--change", help=_("the change you are asking for, in your words"))
    c.add_argument("--from", dest="from_", metavar="DATE", help=_("the date it should take effect"))
    c.add_argument("--include", nargs="+", metavar="KEY", help=_("parts of your passport to include (see sources)"))
    c.add_argument("--dated", metavar="DATE", help=_("the date on the letter (default: today)"))
    c.add_argument("--where", metavar="WHERE", help=_("where you work, if your passport does not say yet: "
                                                      "england_wales, scotland or northern_ireland"))
    c.set_defaults(run=cmd_draft)

    c = cmds.add_parser("earlier", help=_("record a request you made before using this app (its date)"))
    c.add_argument("--on", required=True, metavar="DATE", help=_("the day it was made"))
    c.add_argument("--undecided", action="store_true", help=_("your employer has not decided it yet"))
    c.set_defaults(run=cmd_earlier)

    c = cmds.add_parser("edit", help=_("change a draft before you send it"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--kind", action="append", choices=kinds)
    c.add_argument("--change")
    c.add_argument("--from", dest="from_", metavar="DATE")
    c.add_argument("--dated", metavar="DATE")
    c.add_argument("--section", metavar="KEY", help=_("a part of the letter taken from your passport"))
    c.add_argument("--text", help=_("its new words (with --section)"))
    c.add_argument("--drop", nargs="+", metavar="KEY", help=_("leave these parts out"))
    c.set_defaults(run=cmd_edit)

    c = cmds.add_parser("list", help=_("your requests, and whether you can make a new one"))
    c.add_argument("--json", action="store_true", help=_("print the requests as JSON"))
    c.set_defaults(run=cmd_list)

    c = cmds.add_parser("show", help=_("one request: dates, decision due, outcome"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--letter", action="store_true", help=_("print the letter itself"))
    c.add_argument("--language", type=language_option, default=None, metavar="LANGUAGE",
                   help=_("with --letter: the letter's language, for its reader (cy, en)"))
    c.set_defaults(run=cmd_show)

    c = cmds.add_parser("delete", help=_("delete a draft"))
    c.add_argument("id", metavar="ID")
    c.set_defaults(run=cmd_delete)

    c = cmds.add_parser("export", help=_("write the request as a signed PDF (.pdf) or plain text (.txt)"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--to", metavar="NAME", help=_("who it is for (default: your line manager)"))
    c.add_argument("--language", type=language_option, default=None, metavar="LANGUAGE",
                   help=_("the letter's language, for its reader (cy, en; default: the language you use)"))
    c.set_defaults(run=cmd_export)

    c = cmds.add_parser("sent", help=_("record the day you sent it"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--on", required=True, metavar="DATE")
    c.add_argument("--email", action="store_true", help=_("sent by email (it counts as made that day)"))
    c.add_argument("--received", metavar="DATE", help=_("not by email: the day your employer received it"))
    c.set_defaults(run=cmd_sent)

    c = cmds.add_parser("received", help=_("record the day your employer received it (not by email)"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--on", required=True, metavar="DATE")
    c.set_defaults(run=cmd_received)

    c = cmds.add_parser("extend", help=_("record an extension of the decision period you both agreed"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--to", required=True, metavar="DATE")
    c.add_argument("--agreed-on", metavar="DATE", help=_("when you agreed it (default: today)"))
    c.set_defaults(run=cmd_extend)

    c = cmds.add_parser("meeting", help=_("record the meeting about it"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--on", required=True, metavar="DATE")
    c.set_defaults(run=cmd_meeting)

    c = cmds.add_parser("outcome", help=_("record the decision"))
    c.add_argument("id", metavar="ID")
    c.add_argument("kind", choices=[k.value for k in fw.OutcomeKind])
    c.add_argument("--on", metavar="DATE", help=_("the day it was decided (default: today)"))
    c.add_argument("--reason", action="append", choices=[r.value for r in fw.RefusalReason],
                   help=_("for a refusal: a business reason given (repeat for more)"))
    c.add_argument("--trial-ends", metavar="DATE", help=_("for a trial: the day it ends"))
    c.add_argument("--update-actions", action="store_true",
                   help=_("also update your passport's agreed actions to match (one new version)"))
    c.set_defaults(run=cmd_outcome)

    c = cmds.add_parser("appeal", help=_("record an appeal against a refusal"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--on", required=True, metavar="DATE", help=_("the day you appealed"))
    c.add_argument("--outcome", choices=["upheld", "dismissed"])
    c.add_argument("--decided", metavar="DATE")
    c.set_defaults(run=cmd_appeal)

