"""A review of the passport: walk every answered question and every live agreed action and ask
"is this still true?".

The seed guidance asks for a review at least every 12 months and whenever caring, health, role or
manager changes. A :class:`ReviewSession` is the state of one review: what was there when it started
(a snapshot, so the summary can say what changed even if the employee edits answers by other means
while the review is open) and, per item, the employee's verdict: still true, changed (with the new
text) or no longer applies. :func:`apply_review` turns a finished session into the updated passport
and a readable :class:`ReviewSummary`.

"My circumstances changed" is a review started with a trigger reason instead of "scheduled".

A change of line manager is handled here too (:func:`with_new_manager`): it is one of the changes the
guidance names, and it carries the same warning — earlier arrangements have to be agreed again.

Pure Python: no Qt, no SQL, no files. The session converts to and from a JSON-ready dict so the app
can keep an unfinished review inside the vault.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from carerpassport.domain.dates import readable_date
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.labels import Labels
from carerpassport.domain.labels import say as _say
from carerpassport.domain.model import MAX_NAME, MAX_TEXT, ActionStatus, Answer, Passport, Person, parse_date
from carerpassport.domain.review import DUE_SOON_DAYS, default_next_review
from carerpassport.domain.said import Arg, Said, When
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: The trigger of a review that was simply due.
TRIGGER_SCHEDULED = "scheduled"

#: Section id used for agreed actions (they are not part of the template's sections).
ACTIONS_SECTION_ID = "actions"


def actions_section_title(language: str | None = None) -> str:
    """The title of the agreed actions' section of a review."""
    return _say(N_("Agreed actions"), language)


# Guidance shown when reviewing and when changing manager. The seeds insist on both points.

def effect_not_diagnosis(language: str | None = None) -> str:
    return _say(N_("Describe the effect on your work, not diagnoses or medical details: what matters is "
                   "what you need at work, not anyone's condition."), language)


def no_guarantee(language: str | None = None) -> str:
    return _say(N_("A review or a new manager does not guarantee that earlier arrangements continue: "
                   "agree them again and record what is agreed."), language)


def new_manager_note(language: str | None = None) -> str:
    return _say(N_("Your new manager has not agreed anything yet. The arrangements you agreed with your "
                   "previous manager need to be agreed again: a review or a new manager does not guarantee "
                   "that earlier arrangements continue. Share only what you choose; nothing is shared "
                   "until you pick it."), language)


def agreement_question(language: str | None = None) -> str:
    """The review's question about the sharing agreement."""
    return _say(N_("Does your sharing agreement (who else may be given your passport, and how long your manager "
                   "keeps their copy) still hold?"), language)


#: The old constants' names, read in the process's language when imported (``from … import NO_GUARANTEE``).
_SENTENCES = {"ACTIONS_SECTION_TITLE": actions_section_title, "EFFECT_NOT_DIAGNOSIS": effect_not_diagnosis,
              "NO_GUARANTEE": no_guarantee, "NEW_MANAGER_NOTE": new_manager_note,
              "AGREEMENT_QUESTION": agreement_question}


def __getattr__(name: str) -> str:
    if name in _SENTENCES:
        return _SENTENCES[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: Statuses of an agreed action that is still live (worth asking "still true?" about).
_LIVE_ACTION_STATUSES = (ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PLACE)

MAX_REASON = 2_000


class ItemKind(enum.StrEnum):
    """What a review item is: an answer to a template question, or an agreed action."""

    ANSWER = "answer"
    ACTION = "action"


class Verdict(enum.StrEnum):
    """The employee's answer to "is this still true?"."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    NO_LONGER_APPLIES = "no_longer_applies"


VERDICT_LABELS = Labels({
    # Translators: the employee's answer to "is this still true?" in a review.
    Verdict.UNCHANGED: N_("Still true"),
    Verdict.CHANGED: N_("Changed"),
    Verdict.NO_LONGER_APPLIES: N_("No longer applies"),
})


class AgreementAnswer(enum.StrEnum):
    """The review's question about the sharing agreement: does it still hold?"""

    HOLDS = "holds"
    CHANGE = "change"


AGREEMENT_ANSWER_LABELS = Labels({AgreementAnswer.HOLDS: N_("Yes, it still holds: keep it"),
                                  AgreementAnswer.CHANGE: N_("No, I want to change it")})
#: How the review's summary and log say the answer (None: the question was not answered).
AGREEMENT_SUMMARY: Labels[AgreementAnswer | None] = Labels({
    AgreementAnswer.HOLDS: N_("Sharing agreement: still holds."),
    AgreementAnswer.CHANGE: N_("Sharing agreement: to be changed (change it on the Passport page, then export "
                               "again for your manager)."),
    None: N_("Sharing agreement: not checked in this review.")})


class ReviewInProgressError(ValidationError):
    """A review was started while another one is still open."""


class NoReviewError(ValidationError):
    """A review was to be finished or marked, but none is open."""


@dataclasses.dataclass(frozen=True)
class ReviewItem:
    """One thing to ask about. ``key`` is the template field id (answers) or the action id (actions);
    ``text`` is what the passport said when the review started."""

    kind: ItemKind
    key: str
    section_id: str
    section_title: str
    label: str
    text: str
    review_on: dt.date | None = None

    @property
    def short_key(self) -> str:
        """What a person types to name this item (field id, or the first 8 characters of an action id)."""
        return self.key if self.kind is ItemKind.ANSWER else self.key[:8]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "key": self.key, "section_id": self.section_id,
                "section_title": self.section_title, "label": self.label, "text": self.text,
                "review_on": self.review_on.isoformat() if self.review_on else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReviewItem:
        review_on = data.get("review_on")
        return cls(kind=ItemKind(data["kind"]), key=_str(data["key"]), section_id=_str(data["section_id"]),
                   section_title=_str(data["section_title"]), label=_str(data["label"]), text=_str(data["text"]),
                   review_on=parse_date(review_on) if isinstance(review_on, str) else None)


@dataclasses.dataclass(frozen=True)
class Outcome:
    """The verdict on one item (``new_text`` only for :attr:`Verdict.CHANGED`)."""

    verdict: Verdict
    new_text: str = ""


@dataclasses.dataclass
class ReviewSession:
    """One review, from start to finish."""

    started_on: dt.date
    trigger: str
    base_revision: int
    items: tuple[ReviewItem, ...]
    outcomes: dict[str, Outcome] = dataclasses.field(default_factory=dict)
    #: The answer to :func:`agreement_question`, once given.
    agreement: AgreementAnswer | None = None

    def record_agreement(self, answer: AgreementAnswer | str) -> AgreementAnswer:
        """Record whether the sharing agreement still holds."""
        try:
            self.agreement = AgreementAnswer(answer)
        except ValueError:
            raise ValidationError(_("Answer the sharing agreement question with “holds” or “change”, not "
                                    "{answer!r}.").format(answer=str(answer)[:40])) from None
        return self.agreement

    @property
    def circumstances_changed(self) -> bool:
        """True when the employee started it because something changed (not because it was due)."""
        return self.trigger != TRIGGER_SCHEDULED

    def item(self, key: str) -> ReviewItem:
        """The item named by its field id or action id (an action id's first 8 characters are enough)."""
        for item in self.items:
            if item.key == key or (item.kind is ItemKind.ACTION and len(key) >= 4 and item.key.startswith(key)):
                return item
        known = ", ".join(i.short_key for i in self.items) or "none"
        raise ValidationError(_("This review has no item {key!r}. Items: {known}.").format(key=key, known=known))

    def record(self, key: str, verdict: Verdict | str, new_text: str = "") -> Outcome:
        """Record the verdict on one item; raise :class:`ValidationError` for a change with no new text."""
        item = self.item(key)
        verdict = _verdict(verdict)
        if verdict is Verdict.CHANGED:
            if not new_text.strip():
                raise ValidationError(_("“{label}” is marked as changed: write what is true now, or mark "
                                        "it as no longer applying.").format(label=item.label))
            if len(new_text) > MAX_TEXT:
                raise ValidationError(_("The new text for “{label}” is too long (at most {max_text:,} "
                                        "characters).").format(label=item.label, max_text=MAX_TEXT))
            if "\x00" in new_text:
                raise ValidationError(_("The new text for “{label}” contains a NUL character.").format(
                                          label=item.label))
            if new_text.strip() == item.text.strip():
                verdict, new_text = Verdict.UNCHANGED, ""
        else:
            new_text = ""
        outcome = Outcome(verdict, new_text)
        self.outcomes[item.key] = outcome
        return outcome

    def outcome(self, key: str) -> Outcome | None:
        return self.outcomes.get(self.item(key).key)

    def pending(self) -> list[ReviewItem]:
        """Items not yet marked (they count as still true when the review is finished)."""
        return [i for i in self.items if i.key not in self.outcomes]

    def sections(self) -> list[tuple[str, str, list[ReviewItem]]]:
        """``(section id, title, items)`` in template order, agreed actions last."""
        out: list[tuple[str, str, list[ReviewItem]]] = []
        for item in self.items:
            if not out or out[-1][0] != item.section_id:
                out.append((item.section_id, item.section_title, []))
            out[-1][2].append(item)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"started_on": self.started_on.isoformat(), "trigger": self.trigger,
                "base_revision": self.base_revision, "items": [i.to_dict() for i in self.items],
                "outcomes": {k: {"verdict": o.verdict.value, "new_text": o.new_text}
                             for k, o in sorted(self.outcomes.items())},
                **({"agreement": self.agreement.value} if self.agreement is not None else {})}

    @classmethod
    def from_dict(cls, data: Any) -> ReviewSession:
        """Rebuild a stored session; :class:`ValidationError` if it is not one."""
        try:
            items = tuple(ReviewItem.from_dict(i) for i in data["items"])
            outcomes = {_str(k): Outcome(Verdict(o["verdict"]), _str(o.get("new_text", "")))
                        for k, o in data.get("outcomes", {}).items()}
            base = data["base_revision"]
            if not isinstance(base, int):
                raise TypeError("base_revision")
            agreement = AgreementAnswer(data["agreement"]) if data.get("agreement") is not None else None
            return cls(started_on=parse_date(_str(data["started_on"])), trigger=_str(data["trigger"]),
                       base_revision=base, items=items, outcomes=outcomes, agreement=agreement)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ValidationError(_("The review in progress could not be read; cancel it and start again.")) from None


@dataclasses.dataclass(frozen=True)
class SummaryLine:
    """What happened to one item: its verdict, and the text before and after."""

    kind: ItemKind
    label: str
    verdict: Verdict
    before: str
    after: str
    marked: bool


@dataclasses.dataclass(frozen=True)
class ReviewSummary:
    """A readable account of a finished review."""

    reviewed_on: dt.date
    trigger: str
    next_review: dt.date
    lines: tuple[SummaryLine, ...]
    #: Whether the sharing agreement still holds (None: not answered).
    agreement: AgreementAnswer | None = None

    def count(self, verdict: Verdict) -> int:
        """Items that end the review with ``verdict`` (an unmarked, unedited item counts as unchanged)."""
        return sum(1 for line in self.lines if line.verdict is verdict)

    @property
    def confirmed(self) -> int:
        """Items the employee marked "still true" (and that did not change some other way)."""
        return sum(1 for line in self.lines if line.verdict is Verdict.UNCHANGED and line.marked)

    @property
    def not_marked(self) -> int:
        """Items nobody marked and nothing changed: kept as they were, but not confirmed."""
        return sum(1 for line in self.lines if line.verdict is Verdict.UNCHANGED and not line.marked)

    @property
    def changed(self) -> list[SummaryLine]:
        return [line for line in self.lines if line.verdict is not Verdict.UNCHANGED]

    def headline(self) -> str:
        """One line: "Review on 23 November 2026: 4 still true, 1 changed, 1 no longer applies." and, when some
        were left unmarked, ", 2 not marked (kept as they were)". Only items marked "still true" are
        called still true: an item nobody looked at was not confirmed."""
        return self.headline_said().text()

    def headline_said(self) -> Said:
        """:meth:`headline` kept as said, for the log (shown later in the reader's language)."""
        # Translators: added after the date when the review was started because something changed.
        why: Arg = "" if self.trigger == TRIGGER_SCHEDULED else Said(N_(" (circumstances changed)"))
        # Translators: added to the review's headline: {count} items nobody marked (any number).
        unmarked: Arg = Said(N_(", {count} not marked (kept as they were)"), count=self.not_marked) \
            if self.not_marked else ""
        # Translators: {confirmed}, {changed}, {ended} are numbers (any number); {why} and {unmarked} are
        # the two phrases above, or nothing.
        return Said(N_("Review on {date}{why}: {confirmed} still true, {changed} changed, {ended} no longer "
                       "applies{unmarked}."), date=When(self.reviewed_on.isoformat()), why=why,
                    confirmed=self.confirmed, changed=self.count(Verdict.CHANGED),
                    ended=self.count(Verdict.NO_LONGER_APPLIES), unmarked=unmarked)

    def text(self) -> str:
        """The full summary as plain text (for the CLI and the wizard's last page)."""
        out = [self.headline()]
        if self.trigger != TRIGGER_SCHEDULED:
            out.append(_("What changed: {reason}").format(reason=self.trigger))
        for line in self.changed:
            out.append("")
            out.append(f"* {line.label} — {VERDICT_LABELS[line.verdict].lower()}")
            # Translators: the text before the review, indented under the item (keep it short).
            out.append("    " + _("was: {text}").format(text=_one_line(line.before)))
            if line.verdict is Verdict.CHANGED:
                # Translators: the text after the review, under "was: …".
                out.append("    " + _("now: {text}").format(text=_one_line(line.after)))
        if not self.changed:
            out.append(_("Nothing in the passport changed."))
        out += ["", AGREEMENT_SUMMARY[self.agreement],
                _("Next review: {date}.").format(date=readable_date(self.next_review)), no_guarantee()]
        return "\n".join(out)


@dataclasses.dataclass(frozen=True)
class ReviewResult:
    """The passport after the review, and the summary of what changed."""

    passport: Passport
    summary: ReviewSummary


def start_review(passport: Passport, template: Template, *, today: dt.date, base_revision: int,
                 trigger: str = TRIGGER_SCHEDULED) -> ReviewSession:
    """A new review of ``passport``: one item per answered question (template order), then one per live
    agreed action. ``trigger`` is "scheduled" or, for "my circumstances changed", what changed."""
    trigger = trigger.strip()
    if not trigger:
        raise ValidationError(_("Say briefly what changed (for example “my caring hours went up”), or start a "
                                "scheduled review."))
    if len(trigger) > MAX_REASON:
        raise ValidationError(_("The reason for the review is too long (at most {max_reason:,} characters).").format(
                                  max_reason=MAX_REASON))
    items: list[ReviewItem] = []
    for section in template.sections:
        for field in section.fields:
            answer = passport.answers.get(field.id)
            if field.for_manager or answer is None or not answer.text.strip():
                continue
            items.append(ReviewItem(ItemKind.ANSWER, field.id, section.id, section.title, field.label, answer.text))
    for action in passport.actions:
        if action.status in _LIVE_ACTION_STATUSES:
            items.append(ReviewItem(ItemKind.ACTION, action.id, ACTIONS_SECTION_ID, actions_section_title(),
                                    action.what, action.what, action.review_on))
    return ReviewSession(started_on=today, trigger=trigger, base_revision=base_revision, items=tuple(items))


def apply_review(passport: Passport, session: ReviewSession, *, today: dt.date,
                 next_review: dt.date | None = None) -> ReviewResult:
    """Apply the verdicts of ``session`` to (a copy of) ``passport``.

    Changed answers get their new text (their share choice is kept); answers that no longer apply are
    removed (the history keeps them). Changed actions get their new description; actions that no longer
    apply are marked ended. An action whose own review date has come (due within
    :data:`~carerpassport.domain.review.DUE_SOON_DAYS` days, or overdue) moves to the passport's next
    review; a later date stays as agreed. The passport's next review is ``next_review`` or 12 months
    from ``today`` (clamped at month ends: 29 Feb 2024 + 12 months = 28 Feb 2025).
    """
    if next_review is None:
        next_review = default_next_review(today)
    if next_review <= today:
        raise ValidationError(_("The next review must be after today ({today}); "
                                "{next_review} is not.").format(
                                today=readable_date(today), next_review=readable_date(next_review)))
    updated = passport.copy()
    for item in session.items:
        outcome = session.outcomes.get(item.key)
        if outcome is None:
            continue
        if item.kind is ItemKind.ANSWER:
            _apply_to_answer(updated, item, outcome)
        else:
            _apply_to_action(updated, item, outcome)
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    for action in updated.actions:
        if action.status in _LIVE_ACTION_STATUSES and action.review_on is not None and action.review_on <= soon:
            action.review_on = next_review
    updated.review.next_review = next_review
    lines = tuple(_summary_line(item, session.outcomes.get(item.key), updated) for item in session.items)
    return ReviewResult(updated, ReviewSummary(today, session.trigger, next_review, lines, session.agreement))


def _apply_to_answer(passport: Passport, item: ReviewItem, outcome: Outcome) -> None:
    answer = passport.answers.get(item.key)
    if outcome.verdict is Verdict.NO_LONGER_APPLIES:
        passport.answers.pop(item.key, None)
    elif outcome.verdict is Verdict.CHANGED:
        passport.answers[item.key] = Answer(text=outcome.new_text, shared=answer.shared if answer else False)


def _apply_to_action(passport: Passport, item: ReviewItem, outcome: Outcome) -> None:
    action = next((a for a in passport.actions if a.id == item.key), None)
    if action is None:  # removed by another edit while the review was open: nothing to apply to
        return
    if outcome.verdict is Verdict.NO_LONGER_APPLIES:
        action.status = ActionStatus.ENDED
    elif outcome.verdict is Verdict.CHANGED:
        action.what = outcome.new_text


def _summary_line(item: ReviewItem, outcome: Outcome | None, after: Passport) -> SummaryLine:
    """Compare with the snapshot, so edits made outside the review (``carerpassport set``) show too."""
    if item.kind is ItemKind.ANSWER:
        answer = after.answers.get(item.key)
        now = answer.text if answer is not None else ""
        gone = not now.strip()
    else:
        action = next((a for a in after.actions if a.id == item.key), None)
        now = action.what if action is not None else ""
        gone = action is None or action.status not in _LIVE_ACTION_STATUSES
    if gone:
        verdict = Verdict.NO_LONGER_APPLIES
    elif now.strip() != item.text.strip():
        verdict = Verdict.CHANGED
    else:
        verdict = Verdict.UNCHANGED
    return SummaryLine(item.kind, item.label, verdict, item.text, "" if gone else now, outcome is not None)


# --- a new line manager ----------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class ManagerChange:
    """A change of line manager: the passport with the new manager, the previous one, what the employee
    chose to share with the new manager (for the export only), and the note to show. The app fills in
    ``revision`` (the new revision's number) and ``retired_pins`` (names of certificates no longer
    trusted as the manager's, kept in the history)."""

    passport: Passport
    previous: Person
    share_fields: tuple[str, ...]
    share_actions: bool
    note: str = dataclasses.field(default_factory=new_manager_note)
    revision: int | None = None
    retired_pins: tuple[str, ...] = ()

    @property
    def manager(self) -> Person:
        return self.passport.manager


def with_new_manager(passport: Passport, template: Template, name: str, *, contact: str = "",
                     share_fields: list[str] | tuple[str, ...] | None = None,
                     share_actions: bool = False) -> ManagerChange:
    """Set a new line manager and check the chosen fields.

    Nothing is chosen unless named: ``share_fields`` lists template question ids with an answer. The
    employee's own share choices are not changed; the chosen fields are for the export to the new
    manager only.
    """
    name = name.strip()
    if not name:
        raise ValidationError(_("Give your new line manager's name."))
    if len(name) > MAX_NAME or len(contact) > MAX_NAME:
        raise ValidationError(_("A name or contact can be at most {max_name} characters.").format(max_name=MAX_NAME))
    if passport.manager.name.strip().casefold() == name.casefold() and passport.manager.contact == contact:
        raise ValidationError(_("{name} is already your line manager in this passport.").format(name=name))
    chosen: list[str] = []
    for field_id in share_fields or ():
        field = template.field(field_id)
        if field.for_manager:
            raise ValidationError(_("“{label}” is for the manager to fill in; it cannot be shared.").format(
                                      label=field.label))
        if not passport.answer(field_id).text.strip():
            raise ValidationError(_("“{label}” has no answer yet, so there is nothing to share.").format(
                                      label=field.label))
        if field_id not in chosen:
            chosen.append(field_id)
    updated = passport.copy()
    previous = dataclasses.replace(passport.manager)
    updated.manager = Person(name=name, contact=contact.strip())
    return ManagerChange(updated, previous, tuple(chosen), share_actions)


def shareable_fields(passport: Passport, template: Template) -> list[tuple[str, str]]:
    """``(field id, label)`` of every answered employee question: what could be shared with a manager."""
    return [(f.id, f.label) for f in template.employee_fields() if passport.answer(f.id).text.strip()]


def _verdict(value: Verdict | str) -> Verdict:
    if isinstance(value, Verdict):
        return value
    cleaned = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"still_true": Verdict.UNCHANGED, "same": Verdict.UNCHANGED, "gone": Verdict.NO_LONGER_APPLIES,
               "ended": Verdict.NO_LONGER_APPLIES}
    if cleaned in aliases:
        return aliases[cleaned]
    try:
        return Verdict(cleaned)
    except ValueError:
        raise ValidationError(_("Say whether it is still true, changed or no longer applies (got {value!r}).").format(
                                  value=value)) from None


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
