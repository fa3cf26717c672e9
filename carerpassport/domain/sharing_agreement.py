"""The sharing agreement: who else may be given the passport, when, and how long the manager keeps it.

The seed guidance asks the employee and their manager to agree who the passport can be shared with and
when, and says it must never go to a new manager or anyone else without the employee's consent. This
module is that agreement as plain data, and the two rules the app honours with it:

- :func:`decide` — may this export (or bundle, or change of manager) go to this kind of recipient, or
  must the employee confirm it first?
- :func:`keep_until_date` — the day the manager's copy is due to be deleted, if the agreement gives one.

Private by default: every recipient starts at "never", and the agreement appears in an export only when
the employee shares it (``shared``). The current line manager is not a recipient kind here: they are the
other party to the agreement.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any

from carerpassport.domain.dates import readable_date
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.json_fields import boolean, enum_value, mapping, no_unknown, text
from carerpassport.domain.labels import Labels
from carerpassport.domain.labels import say as _say
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: Limits that keep a hostile file from becoming a huge agreement.
MAX_LABEL = 200
MAX_PURPOSE = 300
MAX_RECIPIENTS = 20


class RecipientKind(enum.StrEnum):
    """Someone other than the current line manager who might be given the passport."""

    FUTURE_MANAGER = "future_manager"
    HR = "hr"
    OCCUPATIONAL_HEALTH = "occupational_health"
    CRISIS_COLLEAGUE = "crisis_colleague"
    #: Anyone else the employee adds, named in the rule's ``label``.
    OTHER = "other"


class Permission(enum.StrEnum):
    """Whether a kind of recipient may receive the passport."""

    NEVER = "never"
    ASK_EACH_TIME = "ask_each_time"
    FOR_PURPOSE = "for_purpose"


class KeepUntil(enum.StrEnum):
    """How long the manager should keep their copy."""

    NEXT_REVIEW = "next_review"
    I_MOVE_ON = "i_move_on"
    I_ASK = "i_ask"


#: The agreement's choices as shown (translated when read; ``.speaking(language)`` for a copy).
RECIPIENT_LABELS = Labels({
    # Translators: kinds of recipient in the employee's sharing agreement ("who may be given my passport").
    RecipientKind.FUTURE_MANAGER: N_("A future line manager"),
    RecipientKind.HR: N_("HR"),
    RecipientKind.OCCUPATIONAL_HEALTH: N_("Occupational health"),
    RecipientKind.CRISIS_COLLEAGUE: N_("A colleague who covers for me in a crisis"),
    RecipientKind.OTHER: N_("Someone else"),
})

PERMISSION_LABELS = Labels({
    # Translators: the employee's answer to "may this recipient be given my passport?".
    Permission.NEVER: N_("Never"),
    Permission.ASK_EACH_TIME: N_("Only when I say so, each time"),
    Permission.FOR_PURPOSE: N_("Yes, for a stated purpose"),
})

KEEP_UNTIL_LABELS = Labels({
    # Translators: how long the line manager keeps their copy of the passport (the employee speaking).
    KeepUntil.NEXT_REVIEW: N_("Until the next review"),
    KeepUntil.I_MOVE_ON: N_("Until I move to another manager or leave"),
    KeepUntil.I_ASK: N_("Until I ask for it to be deleted"),
})


#: The kinds every agreement lists, in this order, even before the employee has chosen anything.
STANDARD_KINDS = (RecipientKind.FUTURE_MANAGER, RecipientKind.HR, RecipientKind.OCCUPATIONAL_HEALTH,
                  RecipientKind.CRISIS_COLLEAGUE)


@dataclasses.dataclass
class RecipientRule:
    """One line of the agreement: a kind of recipient and whether they may receive the passport.

    ``label`` names the person or group where that matters: the colleague who covers in a crisis, or
    "someone else" (``OTHER``), where it is required. ``purpose`` is required for ``FOR_PURPOSE``.
    """

    kind: RecipientKind
    permission: Permission = Permission.NEVER
    label: str = ""
    purpose: str = ""
    #: Stable id: the kind's value for the standard kinds, a UUID for each "someone else".
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = str(uuid.uuid4()) if self.kind is RecipientKind.OTHER else self.kind.value

    @property
    def title(self) -> str:
        """How the recipient is named on screen and in the PDF."""
        return self.title_in(None)

    def title_in(self, language: str | None) -> str:
        """:attr:`title` in ``language`` (the process's when ``None``); the employee's own label as written."""
        kind = RECIPIENT_LABELS.speaking(language)[self.kind]
        if self.kind is RecipientKind.OTHER:
            return self.label.strip() or kind
        if self.label.strip():
            return f"{kind} ({self.label.strip()})"
        return kind

    def validate(self) -> None:
        if self.kind is RecipientKind.OTHER and not self.label.strip():
            raise ValidationError(_("Someone you add to the sharing agreement needs a name or a description, "
                                    "for example “Payroll” or “my union representative”."))
        if self.permission is Permission.FOR_PURPOSE and not self.purpose.strip():
            raise ValidationError(_("Say what {title} may have the passport for (the purpose), or choose "
                                    "another answer.").format(title=self.title))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "permission": self.permission.value,
                "label": self.label, "purpose": self.purpose}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> RecipientRule:
        data = mapping(data, where)
        no_unknown(data, {"id", "kind", "permission", "label", "purpose"}, where)
        kind = enum_value(RecipientKind, data.get("kind"), f"{where}.kind")
        rule_id = text(data.get("id", ""), f"{where}.id", MAX_LABEL)
        if kind is RecipientKind.OTHER:
            try:
                rule_id = str(uuid.UUID(rule_id))
            except ValueError:
                raise ValidationError(_("{where}.id is not a valid id: {rule_id!r}.").format(
                                          where=where, rule_id=rule_id[:40])) from None
        elif rule_id not in ("", kind.value):
            raise ValidationError(_("{where}.id must be {value!r} for this kind of recipient.").format(
                                      where=where, value=kind.value))
        return cls(kind=kind,
                   permission=enum_value(Permission, data.get("permission", "never"), f"{where}.permission"),
                   label=text(data.get("label", ""), f"{where}.label", MAX_LABEL),
                   purpose=text(data.get("purpose", ""), f"{where}.purpose", MAX_PURPOSE),
                   id=rule_id)


def _standard_rules() -> list[RecipientRule]:
    return [RecipientRule(kind) for kind in STANDARD_KINDS]


@dataclasses.dataclass
class SharingAgreement:
    """Who may be given the passport and how long the manager keeps their copy."""

    rules: list[RecipientRule] = dataclasses.field(default_factory=_standard_rules)
    keep_until: KeepUntil = KeepUntil.NEXT_REVIEW
    #: Whether the agreement goes into exports (the employee's choice, like an answer's share flag).
    shared: bool = False

    def __post_init__(self) -> None:
        # The standard kinds are always there, first and in order, so every screen and PDF lists them.
        present = {rule.kind for rule in self.rules}
        missing = [RecipientRule(kind) for kind in STANDARD_KINDS if kind not in present]
        if missing:
            self.rules = missing + self.rules
        order = {kind: i for i, kind in enumerate(STANDARD_KINDS)}
        self.rules.sort(key=lambda rule: order.get(rule.kind, len(order)))

    @property
    def is_default(self) -> bool:
        """Nothing chosen yet: every recipient "never", kept until the next review, not shared."""
        return self == SharingAgreement()

    def rule(self, rule_id: str) -> RecipientRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise ValidationError(_("The sharing agreement has no recipient {rule_id!r}.").format(rule_id=rule_id))

    def rule_for(self, kind: RecipientKind, label: str = "") -> RecipientRule | None:
        """The rule for ``kind``; for ``OTHER`` the one whose label matches ``label`` (case-insensitive)."""
        for rule in self.rules:
            if rule.kind is not kind:
                continue
            if kind is not RecipientKind.OTHER or rule.label.strip().casefold() == label.strip().casefold():
                return rule
        return None

    def validate(self) -> None:
        for rule in self.rules:
            rule.validate()
        ids = [rule.id for rule in self.rules]
        if len(ids) != len(set(ids)):
            raise ValidationError(_("The sharing agreement lists the same recipient twice."))
        if len(self.rules) > MAX_RECIPIENTS + len(STANDARD_KINDS):
            raise ValidationError(_("The sharing agreement can name at most {max_recipients} other recipients.").format(
                                      max_recipients=MAX_RECIPIENTS))

    def to_dict(self) -> dict[str, Any]:
        return {"rules": [rule.to_dict() for rule in self.rules], "keep_until": self.keep_until.value,
                "shared": self.shared}

    def shared_dict(self) -> dict[str, Any]:
        """What an export carries: the rules and the keep-until choice (no share flag)."""
        return {"rules": [rule.to_dict() for rule in self.rules], "keep_until": self.keep_until.value}

    @classmethod
    def from_dict(cls, data: Any, where: str = "sharing_agreement") -> SharingAgreement:
        """Read :meth:`to_dict` or :meth:`shared_dict` output (a missing ``shared`` reads as shared)."""
        data = mapping(data, where)
        no_unknown(data, {"rules", "keep_until", "shared"}, where)
        rules_in = data.get("rules", [])
        if not isinstance(rules_in, list):
            raise ValidationError(_("{where}.rules must be a list.").format(where=where))
        if len(rules_in) > MAX_RECIPIENTS + len(STANDARD_KINDS):
            raise ValidationError(_("{where} names more than {max_recipients} other recipients.").format(
                                      where=where, max_recipients=MAX_RECIPIENTS))
        shared = boolean(data.get("shared", True), f"{where}.shared")
        agreement = cls(rules=[RecipientRule.from_dict(r, f"{where}.rules[{i}]") for i, r in enumerate(rules_in)],
                        keep_until=enum_value(KeepUntil, data.get("keep_until", "next_review"), f"{where}.keep_until"),
                        shared=shared)
        ids = [rule.id for rule in agreement.rules]
        if len(ids) != len(set(ids)):
            raise ValidationError(_("{where} lists the same recipient twice.").format(where=where))
        return agreement


def agreement_lines(agreement: SharingAgreement, *, language: str | None = None) -> list[str]:
    """The agreement in plain sentences, one per recipient and one for the manager's copy: what the CLI,
    the reader and the signed PDF say, so they say the same. In the process's language, or ``language``
    for a copy made for someone else."""
    keep = KEEP_UNTIL_LABELS.speaking(language)[agreement.keep_until]
    return [*rule_lines(agreement, language=language),
            _say(N_("How long the line manager keeps their copy: {choice}"), language).format(choice=keep)]


# --- honouring it ------------------------------------------------------------------------------------

class Verdict(enum.StrEnum):
    """What the app does before something goes to a recipient."""

    #: The current line manager, or a recipient the agreement allows for a stated purpose.
    ALLOWED = "allowed"
    #: The agreement says "only when I say so": ask, and log the answer.
    CONFIRM = "confirm"
    #: The agreement says "never", or does not mention this recipient: refuse unless confirmed, and log it.
    NOT_ALLOWED = "not_allowed"


@dataclasses.dataclass(frozen=True)
class Decision:
    """:func:`decide`'s answer, with the sentence the employee is shown."""

    verdict: Verdict
    sentence: str
    rule: RecipientRule | None = None

    @property
    def needs_confirmation(self) -> bool:
        return self.verdict is not Verdict.ALLOWED


def decide(agreement: SharingAgreement | None, kind: RecipientKind | None, label: str = "") -> Decision:
    """May the passport go to this recipient? ``kind=None`` is the current line manager.

    "Only when I say so" and "never" both need the employee's confirmation (the second is the stronger
    warning); a recipient the agreement does not mention is treated as "never" — private by default.
    """
    if kind is None:
        return Decision(Verdict.ALLOWED, _("Your line manager is the other party to your passport."))
    rule = (agreement or SharingAgreement()).rule_for(kind, label)
    who = rule.title if rule else (label.strip() or RECIPIENT_LABELS[kind])
    if rule is None:
        # Translators: {who} is a kind of recipient ("HR") or a name the employee typed.
        return Decision(Verdict.NOT_ALLOWED,
                        _("Your sharing agreement does not mention {who}, so it does not allow sharing your "
                                "passport with them. Share it only if you are sure.").format(who=who))
    if rule.permission is Permission.FOR_PURPOSE:
        # Translators: {purpose} is the employee's own words.
        return Decision(Verdict.ALLOWED, _("Your sharing agreement allows {who} to have your passport for: "
                                                 "{purpose}.").format(who=who, purpose=rule.purpose.strip()), rule)
    if rule.permission is Permission.ASK_EACH_TIME:
        return Decision(Verdict.CONFIRM, _("Your sharing agreement says {who} may have your passport only "
                                                 "when you say so. Do you want to share it with them this "
                                                 "time?").format(who=who), rule)
    return Decision(Verdict.NOT_ALLOWED, _("Your sharing agreement says {who} should never be given your "
                                                 "passport. Share it only if you have changed your "
                                                 "mind.").format(who=who), rule)


def keep_until_date(agreement: SharingAgreement | None, next_review: dt.date | None) -> dt.date | None:
    """The day the manager's copy should be deleted, if the agreement ties it to a date.

    Only "until the next review" gives a date (the passport's next review); "until I move on" and
    "until I ask" are events the employee tells the manager about.
    """
    if agreement is None or agreement.keep_until is not KeepUntil.NEXT_REVIEW:
        return None
    return next_review


# --- who a share is for ------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Recipient:
    """Who an export, bundle or change of manager is for: ``kind=None`` is the current line manager;
    ``label`` names "someone else" (``OTHER``), matched against the agreement's rules by name."""

    kind: RecipientKind | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind is RecipientKind.OTHER and not self.label.strip():
            raise ValidationError(_("Say who “someone else” is (a name or a description, for example “Payroll”)."))
        if len(self.label) > MAX_LABEL:
            raise ValidationError(_("The recipient's name is {count} characters; at most {max_label} fit.").format(
                                      count=len(self.label), max_label=MAX_LABEL))

    @property
    def title(self) -> str:
        if self.kind is None:
            return _("Your line manager")
        if self.kind is RecipientKind.OTHER:
            return self.label.strip()
        return RECIPIENT_LABELS[self.kind]

    @property
    def code(self) -> str:
        """How the log and ``--for`` name the kind (never the label: a name is the employee's content)."""
        return "line_manager" if self.kind is None else self.kind.value


#: The current line manager.
LINE_MANAGER = Recipient()
#: A new line manager, until the change of manager is recorded.
FUTURE_MANAGER = Recipient(RecipientKind.FUTURE_MANAGER)

#: ``--for`` words (hyphens or underscores) and the kind each names; ``other:NAME`` is someone else.
FOR_WORDS = {"manager": None, "line-manager": None, "future-manager": RecipientKind.FUTURE_MANAGER,
             "hr": RecipientKind.HR, "occupational-health": RecipientKind.OCCUPATIONAL_HEALTH,
             "crisis-colleague": RecipientKind.CRISIS_COLLEAGUE}


def parse_recipient(word: str) -> Recipient:
    """The recipient a ``--for`` word names: one of :data:`FOR_WORDS`, or ``other:NAME``."""
    cleaned = word.strip()
    head, sep, name = cleaned.partition(":")
    if sep and head.strip().casefold() == "other":
        return Recipient(RecipientKind.OTHER, name.strip())
    key = cleaned.casefold().replace("_", "-")
    if key not in FOR_WORDS:
        raise ValidationError(_("{cleaned!r} is not a kind of recipient: use one of "
                                "{for_words}, or other:NAME.").format(
                                cleaned=cleaned[:40], for_words=', '.join(FOR_WORDS)))
    return Recipient(FOR_WORDS[key])


# --- the manager's copy ----------------------------------------------------------------------------

def rule_lines(agreement: SharingAgreement, *, language: str | None = None) -> list[str]:
    """Each recipient and the answer, one line each ("HR: Never"), in the process's language or
    ``language``."""
    permissions = PERMISSION_LABELS.speaking(language)
    lines = []
    for rule in agreement.rules:
        answer = permissions[rule.permission]
        if rule.permission is Permission.FOR_PURPOSE:
            answer += f": {rule.purpose.strip()}"
        lines.append(f"{rule.title_in(language)}: {answer}")
    return lines


def keep_text(agreement: SharingAgreement, next_review: dt.date | None) -> str:
    """How long the manager's copy is to be kept, as the held copy shows it."""
    if agreement.keep_until is KeepUntil.NEXT_REVIEW:
        if next_review is None:
            return _("Keep this copy until the next review (no review date is set).")
        return _("Keep this copy until the review on {date}.").format(date=readable_date(next_review))
    if agreement.keep_until is KeepUntil.I_MOVE_ON:
        return _("Keep this copy until they move to another manager or leave.")
    return _("Keep this copy until they ask you to delete it.")


def keep_reminder(agreement: SharingAgreement | None, next_review: dt.date | None, today: dt.date) -> str | None:
    """The reminder a held copy shows once its keep-until date has come, else None."""
    due = keep_until_date(agreement, next_review)
    if due is None or today < due:
        return None
    if today > due:
        sentence = _("The agreement says to keep this copy until the review on {date}; that date has passed. "
                           "Delete your copy unless you have reviewed the passport together and agreed to keep it.")
    else:
        sentence = _("The agreement says to keep this copy until the review on {date}; that date is today. "
                           "Delete your copy unless you have reviewed the passport together and agreed to keep it.")
    return sentence.format(date=readable_date(due))
