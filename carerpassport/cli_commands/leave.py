"""Command-line commands for carer's leave (England, Wales and Scotland) and where you work.

    carerpassport jurisdiction [england_wales|scotland|northern_ireland]   where you work (shows it with no value)
    carerpassport leave pattern [--hours-per-day H --days-per-week D | --schedule MON,...,SUN
                                 | --weeks W1,W2,... --hours-per-day H]    your working pattern (shows it)
    carerpassport leave plan DAY... [--for RELATIONSHIP] [--notice-given DATE] [--note TEXT]
    carerpassport leave add DAY... [--for RELATIONSHIP] [--note TEXT]      record leave already taken
    carerpassport leave list [--json]
    carerpassport leave balance [--on DATE]          entitlement, used, booked, remaining in the 12 months to DATE
    carerpassport leave postpone ID DAY... [--on DATE]   the employer moved it (checked: within one month)
    carerpassport leave taken ID | remove ID | notice-given ID [--on DATE]
    carerpassport leave notice ID [--out FILE.txt|FILE.pdf] [--to NAME] [--language cy]
                                                     the notice (printed, or written), in the reader's language

A DAY is ``YYYY-MM-DD`` for a whole day or ``YYYY-MM-DD:half`` for a half day. An ID is the entry's id
or its first 8 characters (``leave list`` shows them). The jurisdiction lives in the passport (private)
because the flexible-working rules need it too; hence a command of its own.

Exit codes: 0 done; 1 refused with the reason on stderr (Northern Ireland, over a week, no working pattern,
a late notice is *not* a failure: it is printed); 2 a usage error (a malformed day or number).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import UsageError, opened_app, print_json
from carerpassport.domain import carers_leave as rules
from carerpassport.domain.carers_leave import (
    DEPENDANT_LABELS,
    LEAVE_STATUS_LABELS,
    NOT_LEGAL_ADVICE,
    WHY_RELATIONSHIP_ONLY,
    DayPart,
    Dependant,
    LeaveDay,
    LeaveEntry,
    LeaveStatus,
)
from carerpassport.domain.jurisdiction import JURISDICTION_LABELS, Jurisdiction
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.working_pattern import WorkingPattern, days_text, hours_text
from carerpassport.languages import KNOWN, normalise

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def _day(text: str) -> LeaveDay:
    value, _colon, part = text.partition(":")
    if part not in ("", "half", "whole"):
        raise argparse.ArgumentTypeError(_("{text}: write a day as YYYY-MM-DD or YYYY-MM-DD:half").format(
            text=repr(text)))
    return LeaveDay(_date(value), DayPart.HALF if part == "half" else DayPart.WHOLE)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a date written as YYYY-MM-DD").format(
            text=repr(text))) from None


def _numbers(text: str) -> list[float]:
    try:
        return [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text}: give hours as numbers separated by commas").format(
            text=repr(text))) from None


def language_option(text: str) -> str:
    """A ``--language`` value: a language the app has ("cy", "en", "en-XA")."""
    found = normalise(text)
    if found is None:
        raise argparse.ArgumentTypeError(_("{text}: choose one of {languages}").format(
            text=repr(text), languages=", ".join(KNOWN)))
    return found


def register(sub: Subcommands) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
    p = sub.add_parser("jurisdiction", help=_("where you work (carer's leave is not law in Northern Ireland yet)"))
    p.add_argument("where", nargs="?", choices=[j.value for j in Jurisdiction if j.value])
    p.set_defaults(run=cmd_jurisdiction)

    p = sub.add_parser("leave", help=_("carer's leave: your working pattern, the leave log, balances and notices"))
    leave = p.add_subparsers(dest="leave_command", required=True)
    s = leave.add_parser("pattern", help=_("show or set your working pattern (what one week of leave is)"))
    s.add_argument("--hours-per-day", type=float, metavar="H")
    s.add_argument("--days-per-week", type=float, metavar="D")
    s.add_argument("--schedule", type=_numbers, metavar="MON,...,SUN", help=_("hours on each day, Monday first"))
    s.add_argument("--weeks", type=_numbers, metavar="W1,W2,...",
                   help=_("hours in each past week, up to 52, the most recent last (a varying pattern)"))
    for name, taken in (("plan", False), ("add", True)):
        s = leave.add_parser(name, help=_("record leave already taken") if taken else _("plan leave"))
        s.add_argument("days", nargs="+", type=_day, metavar="DAY")
        s.add_argument("--for", dest="dependant", choices=[d.value for d in Dependant], default="relies_on_me",
                       help=_("who it is for, by relationship only"))
        s.add_argument("--note", default="", help=_("a private reminder for you (never in a notice)"))
        if not taken:
            s.add_argument("--notice-given", type=_date, metavar="DATE")
        s.set_defaults(taken=taken)
    s = leave.add_parser("list", help=_("every entry, with its notice date"))
    s.add_argument("--json", action="store_true", help=_("print the entries as JSON"))
    s = leave.add_parser("balance", help=_("entitlement, used, booked and remaining in the 12 months ending DATE"))
    s.add_argument("--on", type=_date, metavar="DATE")
    s = leave.add_parser("postpone", help=_("record the employer's new dates"))
    s.add_argument("id", metavar="ID")
    s.add_argument("days", nargs="+", type=_day, metavar="DAY")
    s.add_argument("--on", type=_date, metavar="DATE", help=_("when the employer told you (default today)"))
    for name, what in (("taken", _("mark an entry taken")), ("remove", _("remove an entry"))):
        s = leave.add_parser(name, help=what)
        s.add_argument("id", metavar="ID")
    s = leave.add_parser("notice-given", help=_("record the day you gave notice"))
    s.add_argument("id", metavar="ID")
    s.add_argument("--on", type=_date, metavar="DATE")
    s = leave.add_parser("notice", help=_("the notice to give your employer (printed, or --out FILE.txt/.pdf)"))
    s.add_argument("id", metavar="ID")
    s.add_argument("--out", metavar="FILE", help=_("write it to this file (.txt or .pdf) instead of printing it"))
    s.add_argument("--to", default="", help=_("who it is for (default: your line manager)"))
    s.add_argument("--language", type=language_option, default=None, metavar="LANGUAGE",
                   help=_("the notice's language, for its reader (cy, en; default: the language you use)"))
    p.set_defaults(run=cmd_leave)


def cmd_jurisdiction(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        if args.where:
            changed = app.leave.set_jurisdiction(Jurisdiction(args.where))
            where = _(JURISDICTION_LABELS[Jurisdiction(args.where)])
            out.write((_("Recorded: you work in {where}.") if changed else
                       _("Already recorded: you work in {where}.")).format(where=where) + "\n")
        else:
            out.write(_("Where you work: {where}").format(where=_(JURISDICTION_LABELS[app.leave.jurisdiction()]))
                      + "\n")
        if app.leave.jurisdiction() is Jurisdiction.NORTHERN_IRELAND:
            out.write(str(rules.NotInNorthernIrelandError()) + "\n")
    return 0


def cmd_leave(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        command = args.leave_command
        if command == "pattern":
            _pattern(app, args, out)
        elif command in ("plan", "add"):
            _add(app, args, out)
        elif command == "list":
            _list(app, args, out)
        elif command == "balance":
            balance = app.leave.balance(args.on)
            out.write(_("Carer's leave in the 12 months from {start} to {end}:").format(
                start=balance.window_start.isoformat(), end=balance.on.isoformat()) + "\n"
                + "".join(f"  {line}\n" for line in balance.lines()))
        elif command == "postpone":
            entry, check = app.leave.postpone(args.id, args.days, args.on)
            out.write(_("Postponed {id} to {days}.").format(
                id=entry.id[:8], days=", ".join(rules.describe_day(d) for d in entry.days)) + "\n")
            for problem in check.problems():
                out.write(_("Check with your employer: {problem}").format(problem=problem) + "\n")
        elif command == "taken":
            out.write(_("Marked {id} as taken.").format(id=app.leave.mark_taken(args.id).id[:8]) + "\n")
        elif command == "remove":
            out.write(_("Removed {id}.").format(id=app.leave.remove(args.id).id[:8]) + "\n")
        elif command == "notice-given":
            entry = app.leave.update(dataclasses.replace(app.leave.entry(args.id),
                                                         notice_given_on=args.on or app.today()))
            out.write(app.leave.notice_check(entry.id).sentence() + "\n")
        else:
            _notice(app, args, out)
        if not getattr(args, "json", False):  # JSON output stays parseable
            out.write(_(NOT_LEGAL_ADVICE) + "\n")
    return 0


def _add(app: PassportApp, args: argparse.Namespace, out: TextIO) -> None:
    entry = app.leave.add(LeaveEntry(
        days=tuple(args.days), status=LeaveStatus.TAKEN if args.taken else LeaveStatus.PLANNED,
        dependant=Dependant(args.dependant), note=args.note,
        notice_given_on=getattr(args, "notice_given", None)))
    # Translators: {id} is the entry's short id, {amount} is "2 days (15 hours)".
    said = _("Recorded {id}: {amount}.") if args.taken else _("Planned {id}: {amount}.")
    out.write(said.format(id=entry.id[:8], amount=rules.hours_and_days(_pattern_of(app), entry.days)) + "\n")
    if not args.taken:
        out.write(app.leave.notice_check(entry.id).sentence() + "\n")
    idle = rules.days_not_worked(app.leave.pattern(), entry.days)
    if idle:
        out.write(idle + "\n")


def _pattern_of(app: PassportApp) -> WorkingPattern:
    pattern = app.leave.pattern()
    if pattern is None:
        raise rules.NoWorkingPatternError()
    return pattern


def _pattern(app: PassportApp, args: argparse.Namespace, out: TextIO) -> None:
    if args.schedule is not None:
        pattern = WorkingPattern.fixed_schedule(args.schedule)
    elif args.weeks is not None:
        if args.hours_per_day is None:
            raise UsageError(_("a varying pattern needs --hours-per-day (the usual length of a working day)"))
        pattern = WorkingPattern.varying(args.weeks, args.hours_per_day)
    elif args.hours_per_day is not None or args.days_per_week is not None:
        if args.hours_per_day is None or args.days_per_week is None:
            raise UsageError(_("give both --hours-per-day and --days-per-week (or --schedule, or --weeks)"))
        pattern = WorkingPattern.fixed_days(args.hours_per_day, args.days_per_week)
    else:
        current = app.leave.pattern()
        out.write(_("Working pattern: {pattern}").format(pattern=current.describe() if current else _("not set"))
                  + "\n")
        if current:
            out.write(_one_week(current))
        return
    app.leave.set_pattern(pattern)
    out.write(_("Working pattern: {pattern}").format(pattern=pattern.describe()) + "\n" + _one_week(pattern))


def _one_week(pattern: WorkingPattern) -> str:
    return _("One week of carer's leave: {days} ({hours})").format(
        days=days_text(pattern.week_days), hours=hours_text(pattern.week_hours)) + "\n"


def _list(app: PassportApp, args: argparse.Namespace, out: TextIO) -> None:
    entries = app.leave.entries()
    if args.json:
        print_json([{**e.to_dict(), "notice": _notice_dict(app, e)} for e in entries], out)
        return
    if not entries:
        out.write(_("No carer's leave recorded yet.") + "\n")
    for entry in entries:
        out.write(f"{entry.id[:8]}  {_(LEAVE_STATUS_LABELS[entry.status]):<22} "
                  f"{', '.join(rules.describe_day(d) for d in entry.days)}  ({_(DEPENDANT_LABELS[entry.dependant])})\n")
        if entry.original_days:
            asked = ", ".join(rules.describe_day(d) for d in entry.original_days)
            out.write("          " + _("asked for: {days}").format(days=asked) + "\n")
        if entry.status is not LeaveStatus.TAKEN:
            out.write(f"          {app.leave.notice_check(entry.id).sentence()}\n")
    out.write(_(WHY_RELATIONSHIP_ONLY) + "\n")


def _notice_dict(app: PassportApp, entry: LeaveEntry) -> dict[str, object]:
    check = app.leave.notice_check(entry.id)
    return {"required_days": check.required_days, "latest": check.latest.isoformat(), "late": check.late}


def _notice(app: PassportApp, args: argparse.Namespace, out: TextIO) -> None:
    if args.out:
        result = app.leave.export_notice(args.id, args.out, to=args.to, language=args.language or "")
        out.write(_("Notice written to {path} ({format}); recorded in your sharing record as share {share}.").format(
            path=result.path, format=result.format, share=result.share_id) + "\n")
    else:
        out.write(app.leave.notice(args.id, to=args.to, language=args.language or "").text())
