"""Command-line commands for the sharing agreement: who else may be given the passport, and when.

    carerpassport agreement show [--json]
    carerpassport agreement set WHO never|ask_each_time|for_purpose [--purpose TEXT] [--name TEXT]
    carerpassport agreement add NAME never|ask_each_time|for_purpose [--purpose TEXT]
    carerpassport agreement remove WHO
    carerpassport agreement keep-until next_review|i_move_on|i_ask
    carerpassport agreement share | unshare      put it in what you export, or keep it private (the default)

WHO is one of future_manager, hr, occupational_health, crisis_colleague, or the id (or its first 8
characters) of someone you added (``show`` lists them). Each change is a new version of your passport.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from carerpassport.app import PassportApp
from carerpassport.cli_commands.console import UsageError, opened_app, print_json
from carerpassport.domain.sharing_agreement import (
    KEEP_UNTIL_LABELS,
    PERMISSION_LABELS,
    KeepUntil,
    Permission,
    RecipientKind,
    RecipientRule,
    SharingAgreement,
    agreement_lines,
)
from carerpassport.domain.wording import gettext as _

if TYPE_CHECKING:
    from carerpassport.cli_commands.console import Subcommands


def _find(agreement: SharingAgreement, who: str) -> RecipientRule:
    """The rule WHO names: a standard kind, or an added person's id or its first 8 or more characters."""
    if who == RecipientKind.OTHER.value:
        raise UsageError("Name the person you added by their id (see: carerpassport agreement show), or add "
                         "someone with: carerpassport agreement add NAME PERMISSION.")
    matches = [r for r in agreement.rules if r.id == who or (r.kind is RecipientKind.OTHER and len(who) >= 8
                                                             and r.id.startswith(who))]
    if len(matches) != 1:
        known = ", ".join(r.id if r.kind is not RecipientKind.OTHER else f"{r.id[:8]} ({r.title})"
                          for r in agreement.rules)
        raise UsageError(f"Your sharing agreement has no recipient {who!r}. Choose one of: {known}.")
    return matches[0]


def _save(app: PassportApp, agreement: SharingAgreement, out: TextIO, done: str) -> None:
    revision = app.editing.set_sharing_agreement(agreement)
    # Translators: {done} says what was changed (a sentence without its full stop), {number} the new version.
    out.write((_("{done} (version {number}).").format(done=done, number=revision.number) if revision
               else _("Nothing changed.")) + "\n")


def _show(agreement: SharingAgreement, out: TextIO) -> None:
    for rule, line in zip(agreement.rules, agreement_lines(agreement), strict=False):
        tag = f"{rule.id[:8]}  " if rule.kind is RecipientKind.OTHER else f"{rule.id:<20}"
        out.write(f"{tag}{line}\n")
    out.write(agreement_lines(agreement)[-1] + ".\n")
    # Translators: "carerpassport agreement share" is a command, typed as it is: keep it.
    out.write((_("It is in what you share.") if agreement.shared else
               _("It is private: it is left out of what you share (carerpassport agreement share to include it)."))
              + "\n")


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
    if args.json:
        print_json(agreement.to_dict(), out)
    else:
        _show(agreement, out)
    return 0


def cmd_set(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
        rule = _find(agreement, args.who)
        rule.permission = Permission(args.permission)
        if args.purpose is not None:
            rule.purpose = args.purpose
        if args.name is not None:
            rule.label = args.name
        _save(app, agreement, out, f"{rule.title}: {_(PERMISSION_LABELS[rule.permission])}")
    return 0


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
        if agreement.rule_for(RecipientKind.OTHER, args.name) is not None:
            raise UsageError(f"Your sharing agreement already names {args.name.strip()!r}; change it with "
                             "carerpassport agreement set.")
        rule = RecipientRule(RecipientKind.OTHER, Permission(args.permission), label=args.name,
                             purpose=args.purpose or "")
        agreement.rules.append(rule)
        # Translators: {name} is who was added, {id} their short id.
        _save(app, agreement, out, _("Added {name} ({id})").format(name=rule.title, id=rule.id[:8]))
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
        rule = _find(agreement, args.who)
        if rule.kind is not RecipientKind.OTHER:
            raise UsageError(f"{rule.title} is always in the agreement; set it to never instead "
                             f"(carerpassport agreement set {rule.id} never).")
        agreement.rules.remove(rule)
        _save(app, agreement, out, _("Removed {name}").format(name=rule.title))
    return 0


def cmd_keep_until(args: argparse.Namespace, out: TextIO) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
        agreement.keep_until = KeepUntil(args.choice)
        # Translators: {choice} is the choice made, e.g. "until the next review".
        _save(app, agreement, out, _("How long your line manager keeps their copy: {choice}").format(
            choice=_(KEEP_UNTIL_LABELS[agreement.keep_until])))
    return 0


def _set_shared(args: argparse.Namespace, out: TextIO, shared: bool) -> int:
    with opened_app(args) as app:
        agreement = app.editing.passport().sharing_agreement
        agreement.shared = shared
        _save(app, agreement, out, _("Your sharing agreement is in what you share") if shared else
              _("Your sharing agreement is private: it is left out of what you share"))
    return 0


def register(sub: Subcommands) -> None:
    """Add ``agreement`` and its subcommands to the ``carerpassport`` parser."""
    p = sub.add_parser("agreement", help=_("the sharing agreement: who else may be given your passport, and when"))
    cmds = p.add_subparsers(dest="agreement_command", required=True)
    permissions = [m.value for m in Permission]

    c = cmds.add_parser("show", help=_("what your sharing agreement says"))
    c.add_argument("--json", action="store_true", help=_("print it as JSON"))
    c.set_defaults(run=cmd_show)

    c = cmds.add_parser("set", help=_("whether one recipient may be given your passport"))
    # Translators: the words before "or" are the argument's values, typed as they are: keep them.
    c.add_argument("who", metavar="WHO", help=_("future_manager, hr, occupational_health, crisis_colleague, or the "
                                                "id of someone you added"))
    c.add_argument("permission", choices=permissions, help=_("whether they may be given it"))
    # Translators: for_purpose is a value of the argument before, typed as it is: keep it.
    c.add_argument("--purpose", help=_("what they may have it for (needed with for_purpose)"))
    c.add_argument("--name", help=_("who they are, e.g. the colleague who covers for you"))
    c.set_defaults(run=cmd_set)

    c = cmds.add_parser("add", help=_("name someone else and whether they may be given your passport"))
    c.add_argument("name", metavar="NAME", help=_("who they are"))
    c.add_argument("permission", choices=permissions, help=_("whether they may be given it"))
    c.add_argument("--purpose", help=_("what they may have it for (needed with for_purpose)"))
    c.set_defaults(run=cmd_add)

    c = cmds.add_parser("remove", help=_("take someone you added out of the agreement"))
    c.add_argument("who", metavar="ID", help=_("their id (the first 8 characters are enough)"))
    c.set_defaults(run=cmd_remove)

    c = cmds.add_parser("keep-until", help=_("how long your line manager keeps their copy"))
    c.add_argument("choice", choices=[m.value for m in KeepUntil], help=_("until when"))
    c.set_defaults(run=cmd_keep_until)

    c = cmds.add_parser("share", help=_("put your sharing agreement in what you export"))
    c.set_defaults(run=lambda a, o: _set_shared(a, o, True))
    c = cmds.add_parser("unshare", help=_("leave your sharing agreement out of what you export (the default)"))
    c.set_defaults(run=lambda a, o: _set_shared(a, o, False))
