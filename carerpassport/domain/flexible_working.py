"""The statutory flexible-working request (Employment Rights Act 1996, Part 8A), as pure rules.

What the rules are, and what this module decided where the law leaves a choice, is written up in
``docs/flexible-working.md``. In short:

* A valid request is dated, says it is a statutory request under Part 8A, states the change asked for
  (hours, times or place of work) and the date it should take effect, and says whether an earlier
  request was made and when. :func:`missing_elements` lists what a draft still lacks; :func:`request_text`
  writes the letter, with every element in it.
* At most two requests in any 12 months, and none while one is still being decided. An earlier request
  counts against a new one for the 12 months *beginning with* the day it was made (see
  :func:`period_end`); :func:`refusal_to_draft` says why a new one cannot be made yet, naming the dates.
* A request is made the day it is sent if sent by email, otherwise the day the employer receives it.
  The decision (including any appeal) is due within the two months beginning with that day, unless the
  employee and employer agree to extend it.
* Northern Ireland has different rules (one request a year, 26 weeks' service, the employee explains
  the effect on the business). These rules are for England, Wales and Scotland only, and say so.

Nothing here is legal advice; every screen that uses these rules says so.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from carerpassport.domain.dates import readable_date
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.working_pattern import said

#: At most this many requests may be made in the 12 months beginning with each one (GB, from 6 April 2024).
MAX_REQUESTS_IN_12_MONTHS = 2
DECISION_MONTHS = 2
MAX_TEXT = 4000
MAX_SECTIONS = 40

# The sentences below are marked for the catalogue and translated where shown (``_(NOT_LEGAL_ADVICE)``).
NOT_LEGAL_ADVICE = N_("This is not legal advice. For advice, contact Acas (acas.org.uk, 0300 123 1100) or "
                      "Carers UK (carersuk.org).")

STATUTORY_STATEMENT = N_("This is a statutory request for flexible working under Part 8A of the Employment "
                         "Rights Act 1996.")

NORTHERN_IRELAND_NOTE = N_(
    "In Northern Ireland the rules for flexible-working requests are different (one request a year, after 26 "
    "weeks' service, and the request must explain the effect on the business), so this app does not draft one "
    "for Northern Ireland. The Labour Relations Agency (lra.org.uk) and Carers NI can advise you.")

UNSTATED_NOTE = N_("Say where you work first (England or Wales, Scotland, or Northern Ireland): the rules for "
                   "flexible-working requests are different in Northern Ireland.")


class FlexibleWorkingError(ValidationError):
    """A request that cannot be drafted, changed or recorded as asked; the sentence says why."""


class ChangeKind(enum.StrEnum):
    """What a statutory request may ask to change (s.80F(1))."""

    HOURS = "hours"
    TIMES = "times"
    PLACE = "place"


CHANGE_KIND_LABELS = {
    ChangeKind.HOURS: N_("the hours I work"),
    ChangeKind.TIMES: N_("the times I work"),
    ChangeKind.PLACE: N_("where I work"),
}


class Delivery(enum.StrEnum):
    """How the request was sent: by email it is made the day it is sent; otherwise the day it arrives."""

    EMAIL = "email"
    OTHER = "other"


class OutcomeKind(enum.StrEnum):
    ACCEPTED = "accepted"
    TRIAL = "trial"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


OUTCOME_LABELS = {
    OutcomeKind.ACCEPTED: N_("Accepted"),
    OutcomeKind.TRIAL: N_("Accepted on trial"),
    OutcomeKind.REFUSED: N_("Refused"),
    OutcomeKind.WITHDRAWN: N_("Withdrawn"),
}


class RefusalReason(enum.StrEnum):
    """The eight business reasons an employer may refuse for (s.80G(1)(b))."""

    EXTRA_COSTS = "extra_costs"
    CUSTOMER_DEMAND = "customer_demand"
    REORGANISE_WORK = "reorganise_work"
    RECRUIT_STAFF = "recruit_staff"
    QUALITY = "quality"
    PERFORMANCE = "performance"
    NOT_ENOUGH_WORK = "not_enough_work"
    STRUCTURAL_CHANGES = "structural_changes"


#: The reasons in plain words (the statute's wording is in the comment beside each).
REFUSAL_REASON_LABELS = {
    RefusalReason.EXTRA_COSTS: N_("It would cost the business too much"),  # the burden of additional costs
    RefusalReason.CUSTOMER_DEMAND: N_("It would harm meeting customers' needs"),  # detrimental effect on ability to
    # meet customer demand
    RefusalReason.REORGANISE_WORK: N_("The work cannot be shared out among other staff"),  # inability to reorganise
    # work among existing staff
    RefusalReason.RECRUIT_STAFF: N_("Extra staff cannot be recruited"),  # inability to recruit additional staff
    RefusalReason.QUALITY: N_("It would harm the quality of the work"),  # detrimental impact on quality
    RefusalReason.PERFORMANCE: N_("It would harm performance"),  # detrimental impact on performance
    RefusalReason.NOT_ENOUGH_WORK: N_("There is not enough work when you want to work"),  # insufficiency of work
    # during the periods the employee proposes to work
    RefusalReason.STRUCTURAL_CHANGES: N_("The employer is planning structural changes"),  # planned structural changes
}


class AppealOutcome(enum.StrEnum):
    PENDING = ""
    UPHELD = "upheld"  # the appeal succeeded: the request is granted after all
    DISMISSED = "dismissed"


APPEAL_OUTCOME_LABELS = {
    AppealOutcome.PENDING: N_("Waiting for the decision"),
    AppealOutcome.UPHELD: N_("Appeal upheld (the request is granted)"),
    AppealOutcome.DISMISSED: N_("Appeal dismissed"),
}


# --- month arithmetic ----------------------------------------------------------------------------

def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month:
    31 January + 1 month = 28 (or 29) February; 29 February 2024 + 12 months = 28 February 2025."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.date, months: int) -> dt.date:
    """The last day of the period of ``months`` months *beginning with* ``start`` (the statute's wording).

    Such a period ends the day before the corresponding date ``months`` later (two months beginning with
    15 January end on 14 March). When that month has no corresponding date (31 December + 2 months: no
    31 February) the period ends on the last day of that month (28 or 29 February).
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return dt.date(year, month, last)
    return dt.date(year, month, start.day) - dt.timedelta(days=1)


# --- the request ---------------------------------------------------------------------------------

@dataclasses.dataclass
class DraftSection:
    """A part of the letter drawn from the passport (an answer or an action), as the employee edited it.

    ``source`` says where it came from (``"answer:caring.effect_on_work"``, ``"action:<id>"``), so the
    sharing record can say what went into the file; the text is the employee's own copy."""

    source: str
    heading: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> DraftSection:
        if not isinstance(data, dict):
            raise FlexibleWorkingError(_("A stored request section is not an object."))
        return cls(str(data.get("source", "")), str(data.get("heading", "")), str(data.get("text", "")))


@dataclasses.dataclass
class Outcome:
    kind: OutcomeKind
    decided_on: dt.date
    trial_ends: dt.date | None = None
    reasons: tuple[RefusalReason, ...] = ()


@dataclasses.dataclass
class Appeal:
    made_on: dt.date
    outcome: AppealOutcome = AppealOutcome.PENDING
    decided_on: dt.date | None = None


@dataclasses.dataclass
class FlexibleRequest:
    """One request: its content while a draft, then what happened to it."""

    id: str = dataclasses.field(default_factory=lambda: str(uuid.uuid4()))
    drafted_on: dt.date = dt.date(2000, 1, 1)
    #: The date the letter carries (the day it is finalised and sent; the employee may change it).
    dated: dt.date = dt.date(2000, 1, 1)
    changes: tuple[ChangeKind, ...] = ()
    #: The change asked for, in the employee's words.
    change: str = ""
    effective_from: dt.date | None = None
    #: The dates earlier requests were made, as the letter states them.
    earlier_requests: tuple[dt.date, ...] = ()
    sections: list[DraftSection] = dataclasses.field(default_factory=list)
    #: Tracking.
    sent_on: dt.date | None = None
    delivery: Delivery = Delivery.EMAIL
    received_on: dt.date | None = None
    extended_to: dt.date | None = None
    extension_agreed_on: dt.date | None = None
    meeting_on: dt.date | None = None
    outcome: Outcome | None = None
    appeal: Appeal | None = None
    #: A request made before this app was used, recorded by its date only (no letter), so that the limit and
    #: the next letter's "earlier requests" are right; ``awaiting``: its decision has not come yet.
    earlier_only: bool = False
    awaiting: bool = False

    @property
    def sent(self) -> bool:
        return self.sent_on is not None

    @property
    def made_on(self) -> dt.date | None:
        """The day the request counts as made: sent by email, the day sent; otherwise the day received
        (None until that day is recorded)."""
        if self.sent_on is None:
            return None
        return self.sent_on if self.delivery is Delivery.EMAIL else self.received_on

    @property
    def counted_on(self) -> dt.date | None:
        """The date this request counts from for the two-in-12-months limit: the day it was made, or, while
        the day it arrived is not recorded, the day it was sent (it cannot have been made earlier)."""
        return self.made_on or self.sent_on

    @property
    def decided(self) -> bool:
        """Whether the employer's decision is final: an outcome, and no appeal still waiting."""
        if self.outcome is None:
            return self.earlier_only and not self.awaiting
        return self.appeal is None or self.appeal.outcome is not AppealOutcome.PENDING

    @property
    def status(self) -> str:
        """One line: where the request stands."""
        if self.earlier_only and self.outcome is None:
            return _("Made before (waiting for a decision)") if self.awaiting else _("Made before")
        if not self.sent:
            return _("Draft")
        if self.appeal is not None:
            # Translators: {outcome} is an appeal's outcome ("Appeal dismissed"), in lower case in English.
            return _("Appeal: {outcome}").format(outcome=_(APPEAL_OUTCOME_LABELS[self.appeal.outcome]).lower())
        if self.outcome is not None:
            return _(OUTCOME_LABELS[self.outcome.kind])
        return _("Waiting for a decision")

    # --- storage ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "id": self.id, "drafted_on": self.drafted_on.isoformat(), "dated": self.dated.isoformat(),
            "changes": [c.value for c in self.changes], "change": self.change,
            "effective_from": iso(self.effective_from),
            "earlier_requests": [d.isoformat() for d in self.earlier_requests],
            "sections": [s.to_dict() for s in self.sections],
            "sent_on": iso(self.sent_on), "delivery": self.delivery.value, "received_on": iso(self.received_on),
            "extended_to": iso(self.extended_to), "extension_agreed_on": iso(self.extension_agreed_on),
            "meeting_on": iso(self.meeting_on),
            "outcome": None if self.outcome is None else {
                "kind": self.outcome.kind.value, "decided_on": self.outcome.decided_on.isoformat(),
                "trial_ends": iso(self.outcome.trial_ends), "reasons": [r.value for r in self.outcome.reasons]},
            "appeal": None if self.appeal is None else {
                "made_on": self.appeal.made_on.isoformat(), "outcome": self.appeal.outcome.value,
                "decided_on": iso(self.appeal.decided_on)},
            **({"earlier_only": True, "awaiting": self.awaiting} if self.earlier_only else {}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> FlexibleRequest:
        """The request stored as ``data``; a :class:`FlexibleWorkingError` naming what is wrong."""
        if not isinstance(data, dict):
            raise FlexibleWorkingError(_("A stored flexible-working request is not an object."))
        try:
            outcome = data.get("outcome")
            appeal = data.get("appeal")
            return cls(
                id=str(data["id"]), drafted_on=_date(data["drafted_on"]), dated=_date(data["dated"]),
                changes=tuple(ChangeKind(c) for c in data.get("changes", [])), change=str(data.get("change", "")),
                effective_from=_opt_date(data.get("effective_from")),
                earlier_requests=tuple(_date(d) for d in data.get("earlier_requests", [])),
                sections=[DraftSection.from_dict(s) for s in data.get("sections", [])],
                sent_on=_opt_date(data.get("sent_on")), delivery=Delivery(data.get("delivery", "email")),
                received_on=_opt_date(data.get("received_on")), extended_to=_opt_date(data.get("extended_to")),
                extension_agreed_on=_opt_date(data.get("extension_agreed_on")),
                meeting_on=_opt_date(data.get("meeting_on")),
                outcome=None if outcome is None else Outcome(
                    OutcomeKind(outcome["kind"]), _date(outcome["decided_on"]), _opt_date(outcome.get("trial_ends")),
                    tuple(RefusalReason(r) for r in outcome.get("reasons", []))),
                appeal=None if appeal is None else Appeal(
                    _date(appeal["made_on"]), AppealOutcome(appeal.get("outcome", "")),
                    _opt_date(appeal.get("decided_on"))),
                earlier_only=bool(data.get("earlier_only", False)), awaiting=bool(data.get("awaiting", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise FlexibleWorkingError(_("A stored flexible-working request cannot be read ({kind}: "
                                         "{exc}).").format(kind=type(exc).__name__, exc=exc)) from None


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError("a date is not text")
    return dt.date.fromisoformat(value)


def _opt_date(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


# --- the rules -----------------------------------------------------------------------------------

def jurisdiction_refusal(jurisdiction: Jurisdiction) -> str | None:
    """Why these (GB) rules cannot be used for ``jurisdiction``, or None when they can."""
    if jurisdiction is Jurisdiction.NORTHERN_IRELAND:
        return _(NORTHERN_IRELAND_NOTE)
    if jurisdiction is Jurisdiction.UNSTATED:
        return _(UNSTATED_NOTE)
    return None


def decision_due(request: FlexibleRequest) -> dt.date | None:
    """When the decision (including any appeal) is due: the extended date if one was agreed, else the last
    day of the two months beginning with the day the request was made; None while that day is unknown."""
    if request.extended_to is not None:
        return request.extended_to
    made = request.made_on
    return None if made is None else period_end(made, DECISION_MONTHS)


def decision_due_sentence(request: FlexibleRequest) -> str:
    """The decision date in one sentence, saying what it is counted from."""
    if not request.sent or request.sent_on is None:
        return _("Not sent yet: the decision is due two months from the day the request is made.")
    made = request.made_on
    if made is None:
        return _("Sent on {date}, not by email: it counts as made the day your employer received it. Record that "
                 "day to work out when the decision is due.").format(date=readable_date(request.sent_on))
    base = period_end(made, DECISION_MONTHS)
    if request.delivery is Delivery.EMAIL:
        sentence = _("Made on {made} (sent by email); the decision, including any appeal, is due by {due}.")
    else:
        sentence = _("Made on {made} (received by your employer); the decision, including any appeal, is due by "
                     "{due}.")
    sentence = sentence.format(made=readable_date(made), due=readable_date(base))
    if request.extended_to is not None:
        to = readable_date(request.extended_to)
        if request.extension_agreed_on:
            sentence += " " + _("Extended by agreement on {agreed} to {to}.").format(
                agreed=readable_date(request.extension_agreed_on), to=to)
        else:
            sentence += " " + _("Extended by agreement to {to}.").format(to=to)
    return sentence


def next_request_allowed_on(requests: Iterable[FlexibleRequest]) -> dt.date | None:
    """The first day a new request may be made under the two-in-12-months limit (None: any day)."""
    made = sorted(d for d in (r.counted_on for r in requests) if d is not None)
    if len(made) < MAX_REQUESTS_IN_12_MONTHS:
        return None
    # With the two most recent made on a <= b, a new one is allowed once a's 12 months have ended (b's last
    # longer, but then only one request counts against the new one).
    return period_end(made[-MAX_REQUESTS_IN_12_MONTHS], 12) + dt.timedelta(days=1)


def refusal_to_draft(requests: Sequence[FlexibleRequest], today: dt.date, jurisdiction: Jurisdiction) -> str | None:
    """Why a new request cannot be drafted today, in one or two sentences naming the dates; None if it can."""
    where = jurisdiction_refusal(jurisdiction)
    if where is not None:
        return where
    drafts = [r for r in requests if not r.sent]
    if drafts:
        return _("You already have a draft request (started on {date}). Finish and send it, or delete it, before "
                 "starting another.").format(date=readable_date(drafts[0].drafted_on))
    undecided = [r for r in requests if r.sent and not r.decided]
    if undecided:
        first = undecided[0]
        sent = readable_date(first.sent_on) if first.sent_on else "?"
        due = decision_due(first)
        if due:
            return _("Your request sent on {sent} has not been decided yet; the decision is due by {due}. The law "
                     "does not let you make another request while one is still being decided.").format(
                sent=sent, due=readable_date(due))
        return _("Your request sent on {sent} has not been decided yet. The law does not let you make another "
                 "request while one is still being decided.").format(sent=sent)
    counted = sorted(d for d in (r.counted_on for r in requests) if d is not None)
    within = [d for d in counted if d <= today <= period_end(d, 12)]
    if len(within) >= MAX_REQUESTS_IN_12_MONTHS:
        allowed = next_request_allowed_on(requests)
        assert allowed is not None
        earlier, later = (readable_date(d) for d in within[-MAX_REQUESTS_IN_12_MONTHS:])
        return _("You made requests on {first} and {second}. The law allows two requests in 12 months, so your next "
                 "request can be made from {allowed}.").format(first=earlier, second=later,
                                                                allowed=readable_date(allowed))
    return None


def earlier_request_dates(requests: Iterable[FlexibleRequest], exclude: str = "") -> tuple[dt.date, ...]:
    """The dates earlier requests were made (or sent, until the arrival is recorded), oldest first."""
    return tuple(sorted(d for r in requests if r.id != exclude for d in [r.counted_on] if d is not None))


def missing_elements(request: FlexibleRequest) -> list[str]:
    """What the draft still lacks to be a valid statutory request, one phrase each (empty: complete).

    The date, the statutory statement and the earlier-requests statement are always written by
    :func:`request_text`, so what can be missing is what only the employee can say."""
    missing = []
    if not request.changes:
        missing.append(_("what you are asking to change (your hours, your times or where you work)"))
    if not request.change.strip():
        missing.append(_("the change you are asking for, in your own words"))
    if request.effective_from is None:
        missing.append(_("the date you would like the change to start"))
    elif request.effective_from <= request.dated:
        missing.append(_("a start date after the date of the letter"))
    return missing


def check_complete(request: FlexibleRequest) -> None:
    """Raise :class:`FlexibleWorkingError` naming what is missing when the request is not complete."""
    missing = missing_elements(request)
    if missing:
        raise FlexibleWorkingError(_("The request is not complete yet: add {missing}.").format(
                                     missing="; ".join(missing)))


def validate_draft(request: FlexibleRequest) -> None:
    """Bounds on what is stored (a draft may be incomplete, but never unbounded)."""
    if len(request.change) > MAX_TEXT:
        raise FlexibleWorkingError(_("The change asked for is too long (at most {max_text} characters).").format(
                                       max_text=MAX_TEXT))
    if len(request.sections) > MAX_SECTIONS:
        raise FlexibleWorkingError(_("A request can include at most {max_sections} parts of your passport.").format(
                                       max_sections=MAX_SECTIONS))
    for section in request.sections:
        if len(section.text) > MAX_TEXT or len(section.heading) > 300:
            raise FlexibleWorkingError(_("The part “{heading}” is too long (at most {max_text} "
                                         "characters).").format(heading=section.heading[:60], max_text=MAX_TEXT))


def _and_list(words: Sequence[str], language: str) -> str:
    """ "a", "a and b", "a, b and c" (in ``language``)."""
    if len(words) == 1:
        return words[0]
    # Translators: the end of a list: "{most}" is "the hours I work, the times I work", {last} the last item.
    return said(language, N_("{most} and {last}")).format(most=", ".join(words[:-1]), last=words[-1])


def earlier_requests_sentence(dates: Sequence[dt.date], language: str = "") -> str:
    if not dates:
        return said(language, N_("I have not made an earlier statutory request for flexible working to you."))
    days = _and_list([readable_date(d) for d in dates], language)
    if len(dates) > 1:
        return said(language, N_("I made earlier statutory requests for flexible working on {dates}.")).format(
            dates=days)
    return said(language, N_("I made an earlier statutory request for flexible working on {dates}.")).format(
        dates=days)


def change_kinds_phrase(kinds: Sequence[ChangeKind], language: str = "") -> str:
    words = [said(language, CHANGE_KIND_LABELS[k]) for k in ChangeKind if k in kinds]
    if not words:
        return said(language, N_("my working pattern"))
    return _and_list(words, language)


@dataclasses.dataclass(frozen=True)
class Letter:
    """The request as paragraphs (the PDF and the plain text show the same)."""

    title: str
    dated_line: str
    to_line: str
    paragraphs: tuple[tuple[str, str], ...]  # (heading or "", text)
    closing: tuple[str, ...]


def request_letter(request: FlexibleRequest, *, employee: str, manager: str, employee_role: str = "",
                   staff_number: str = "", language: str = "") -> Letter:
    """The letter for ``request``, containing every required element (check :func:`missing_elements`
    first: an incomplete request still gives a letter, with gaps said as such), in ``language`` (the
    reader's, "cy"; "" is the process's). The employee's own words stay as they wrote them."""
    def say(message: str) -> str:
        return said(language, message)

    effective = (readable_date(request.effective_from) if request.effective_from
                 else say(N_("[the date you would like it to start]")))
    paragraphs: list[tuple[str, str]] = [
        ("", say(STATUTORY_STATEMENT)),
        (say(N_("The change I am asking for")),
         say(N_("I am asking to change {what}.")).format(what=change_kinds_phrase(request.changes, language)) + " "
         + (request.change.strip() or say(N_("[describe the change]")))),
        (say(N_("When I would like it to start")),
         say(N_("I would like the change to take effect from {date}.")).format(date=effective)),
    ]
    paragraphs += [(s.heading, s.text.strip()) for s in request.sections if s.text.strip()]
    paragraphs.append((say(N_("Earlier requests")), earlier_requests_sentence(request.earlier_requests, language)))
    paragraphs.append(("", say(N_("I would be glad to talk about this request, and about any other arrangement "
                                  "that might work, before you decide. Please let me know if you need anything "
                                  "else from me."))))
    staff = say(N_("Staff number: {number}")).format(number=staff_number) if staff_number else ""
    closing = tuple(x for x in (say(N_("Yours sincerely,")), employee or say(N_("[your name]")), employee_role,
                                staff) if x)
    return Letter(title=say(N_("Statutory request for flexible working")),
                  dated_line=say(N_("Date: {date}")).format(date=readable_date(request.dated)),
                  to_line=say(N_("To: {name}")).format(name=manager or say(N_("my line manager"))),
                  paragraphs=tuple(paragraphs), closing=closing)


def request_text(request: FlexibleRequest, *, employee: str, manager: str, employee_role: str = "",
                 staff_number: str = "", language: str = "") -> str:
    """The letter as plain text (what the .txt export holds), in ``language`` ("" is the process's)."""
    letter = request_letter(request, employee=employee, manager=manager, employee_role=employee_role,
                            staff_number=staff_number, language=language)
    lines = [letter.title, "", letter.dated_line, letter.to_line, ""]
    for heading, text in letter.paragraphs:
        if heading:
            lines.append(heading)
        lines += [text, ""]
    lines += list(letter.closing)
    return "\n".join(lines) + "\n"


# --- tracking ------------------------------------------------------------------------------------

def record_sent(request: FlexibleRequest, on: dt.date, *, email: bool, received_on: dt.date | None = None,
                today: dt.date) -> None:
    """Record that the request was sent (and, if not by email, when it arrived, when known)."""
    check_complete(request)
    if on > today:
        raise FlexibleWorkingError(_("The sent date {on} is in the future; record it once it is sent.").format(
                                       on=readable_date(on)))
    if on < request.dated:
        raise FlexibleWorkingError(_("The request is dated {dated}, so it cannot have been "
                                     "sent on {on}.").format(
                                     dated=readable_date(request.dated), on=readable_date(on)))
    if received_on is not None:
        if email:
            raise FlexibleWorkingError(_("A request sent by email counts as made the day it was sent; leave out the "
                                         "received date."))
        if received_on < on:
            raise FlexibleWorkingError(_("It cannot have been received ({received_on}) before it was "
                                         "sent ({on}).").format(
                                         received_on=readable_date(received_on), on=readable_date(on)))
    if request.outcome is not None:
        raise FlexibleWorkingError(_("This request already has an outcome; its sent date can no longer change."))
    request.sent_on, request.received_on = on, received_on
    request.delivery = Delivery.EMAIL if email else Delivery.OTHER


def record_received(request: FlexibleRequest, on: dt.date) -> None:
    if request.sent_on is None:
        raise FlexibleWorkingError(_("Record when the request was sent first."))
    if request.delivery is Delivery.EMAIL:
        raise FlexibleWorkingError(_("A request sent by email counts as made the day it was sent; there is no "
                                     "received date to record."))
    if on < request.sent_on:
        raise FlexibleWorkingError(_("It cannot have been received ({on}) before it was sent "
                                     "({sent_on}).").format(
                                     on=readable_date(on), sent_on=readable_date(request.sent_on)))
    request.received_on = on


def record_extension(request: FlexibleRequest, to: dt.date, *, agreed_on: dt.date) -> None:
    """Record that both sides agreed to extend the decision period to ``to``."""
    due = decision_due(request)
    if due is None:
        raise FlexibleWorkingError(_("The decision date is not known yet (record when the request was sent and, "
                                     "if not by email, received), so it cannot be extended."))
    if to <= due:
        raise FlexibleWorkingError(_("An extension must be to a date after the current one ({due}); "
                                     "{to} is not.").format(due=readable_date(due), to=readable_date(to)))
    if request.made_on is not None and agreed_on < request.made_on:
        raise FlexibleWorkingError(_("The extension cannot have been agreed before the request was made."))
    request.extended_to, request.extension_agreed_on = to, agreed_on


def record_meeting(request: FlexibleRequest, on: dt.date) -> None:
    if request.sent_on is None:
        raise FlexibleWorkingError(_("Record when the request was sent before its meeting."))
    if on < request.sent_on:
        raise FlexibleWorkingError(_("The meeting ({on}) cannot be before the request was sent "
                                     "({sent_on}).").format(
                                     on=readable_date(on), sent_on=readable_date(request.sent_on)))
    request.meeting_on = on


def record_outcome(request: FlexibleRequest, kind: OutcomeKind, *, decided_on: dt.date,
                   reasons: Sequence[RefusalReason] = (), trial_ends: dt.date | None = None) -> None:
    """Record the employer's decision (or the employee's withdrawal)."""
    if request.sent_on is None:
        raise FlexibleWorkingError(_("Record when the request was sent before its outcome."))
    if decided_on < request.sent_on:
        raise FlexibleWorkingError(_("The decision ({decided_on}) cannot be before the request was "
                                     "sent ({sent_on}).").format(
                                     decided_on=readable_date(decided_on), sent_on=readable_date(request.sent_on)))
    if kind is OutcomeKind.REFUSED and not reasons:
        raise FlexibleWorkingError(_("A refusal must give at least one of the eight business reasons the law allows; "
                                     "record the ones your employer gave."))
    if kind is not OutcomeKind.REFUSED and reasons:
        raise FlexibleWorkingError(_("Reasons are recorded only for a refusal."))
    if kind is OutcomeKind.TRIAL:
        if trial_ends is None or trial_ends <= decided_on:
            raise FlexibleWorkingError(_("For a trial, record the date the trial ends (after the decision)."))
    elif trial_ends is not None:
        raise FlexibleWorkingError(_("A trial end date is recorded only for an acceptance on trial."))
    request.outcome = Outcome(kind, decided_on, trial_ends, tuple(dict.fromkeys(reasons)))


def record_appeal(request: FlexibleRequest, made_on: dt.date, *, outcome: AppealOutcome = AppealOutcome.PENDING,
                  decided_on: dt.date | None = None) -> None:
    if request.outcome is None or request.outcome.kind is not OutcomeKind.REFUSED:
        raise FlexibleWorkingError(_("An appeal is against a refusal: record the refusal first."))
    if made_on < request.outcome.decided_on:
        raise FlexibleWorkingError(_("The appeal ({made_on}) cannot be before the refusal "
                                     "({decided_on}).").format(
                                     made_on=readable_date(made_on),
                                     decided_on=readable_date(request.outcome.decided_on)))
    if outcome is AppealOutcome.PENDING and decided_on is not None:
        raise FlexibleWorkingError(_("Give the appeal's outcome with its decision date."))
    if outcome is not AppealOutcome.PENDING and (decided_on is None or decided_on < made_on):
        raise FlexibleWorkingError(_("Give the date the appeal was decided (on or after the day it was made)."))
    request.appeal = Appeal(made_on, outcome, decided_on)


def granted(request: FlexibleRequest) -> bool:
    """Whether the change was agreed (accepted, on trial, or on appeal)."""
    if request.appeal is not None and request.appeal.outcome is AppealOutcome.UPHELD:
        return True
    return request.outcome is not None and request.outcome.kind in (OutcomeKind.ACCEPTED, OutcomeKind.TRIAL)


def earlier_request(made_on: dt.date, *, awaiting: bool, today: dt.date) -> FlexibleRequest:
    """A request made before the app was used, by the day it was made (``awaiting``: not decided yet)."""
    if made_on > today:
        raise FlexibleWorkingError(_("{made_on} is in the future; record a request once it is made.").format(
                                       made_on=readable_date(made_on)))
    return FlexibleRequest(drafted_on=made_on, dated=made_on, sent_on=made_on, delivery=Delivery.EMAIL,
                           earlier_only=True, awaiting=awaiting)
