"""Carer's leave: the rules of the Carer's Leave Regulations 2024 (SI 2024/251) as pure functions.

England, Wales and Scotland only: the right does not exist in Northern Ireland yet, and every rule here
raises :class:`NotInNorthernIrelandError` there (and :class:`JurisdictionUnstatedError` until the
employee says where they work) rather than apply GB law where it does not run.

What the rules say, and what this module decided where the text leaves room (also in docs/carers-rights.md):

- **How much** (reg. 5): one week in any rolling 12 months. The 12 months *ending on* a date D run from
  the day after the same date a year earlier (29 February clamps to 28 February) to D, inclusive. Leave
  is counted in hours so a part-time or scheduled week is exact; :mod:`working_pattern` says what a week
  and a day are for this employee (reg. 6).
- **Balance on a date D**: *used* is leave taken in the 12 months ending on D; *booked* is leave planned
  (or moved by the employer) in those 12 months and not yet taken; *remaining* is a week minus both,
  never below zero and never above a week. That is the answer to "how much could I still take on D".
- **Half or whole days** (reg. 5(3)): each leave day is a date and a whole or half day.
- **Notice** (reg. 7): at least twice as many days as the days requested, or three days, whichever is
  longer, before the first day. Each date counts as a day, a half day too (Acas: 1.5 days → 2 days →
  4 days' notice). "N days before" is calendar date arithmetic: for leave starting on the 10th with 3
  days' notice, notice given at any time on the 7th is in time and on the 8th is late (a day runs
  midnight to midnight, reg. 3). The employer may waive late notice; the app only flags it.
- **Postponement** (reg. 8): the employer's new dates must all fall within one month of the original
  first day. "One month" is a calendar month with month-end clamping: from 31 January the limit is 28
  (or 29) February; from 15 March it is 15 April. A new date on the limit is within; a day after is flagged.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from carerpassport.domain.dates import readable_date
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.working_pattern import WorkingPattern, days_text, hours_text, said, weekday_name

#: A request is at most a week, and a log of a working life stays small.
MAX_DAYS_PER_ENTRY = 7
MAX_ENTRIES = 2_000
MINIMUM_NOTICE_DAYS = 3
#: A private reminder on an entry ("swap the Tuesday with Sam"): short, and never in a notice.
MAX_NOTE = 200

#: Shown with every use of the rules (translated where shown: ``_(NOT_LEGAL_ADVICE)``).
NOT_LEGAL_ADVICE = N_("This is not legal advice: for advice ask Acas (acas.org.uk, 0300 123 1100) or Carers UK "
                      "(carersuk.org).")
WHY_RELATIONSHIP_ONLY = N_("Say only how you are related (for example “parent”). Your employer may not ask for "
                           "evidence, and this passport records how caring affects your work, not anyone's "
                           "name or diagnosis.")


class NotInNorthernIrelandError(PassportError):
    """The carer's leave rules were asked for a job in Northern Ireland, where the right is not law yet."""

    def __init__(self) -> None:
        super().__init__(_("Carer's leave is not a legal right in Northern Ireland yet (it applies in England, "
                           "Wales and Scotland). Your employer may still have its own carer's leave policy: ask them.")
                         + " " + _(NOT_LEGAL_ADVICE))


class JurisdictionUnstatedError(PassportError):
    """The rules depend on where the employee works, and they have not said."""

    def __init__(self) -> None:
        super().__init__(_("Say where you work first (England or Wales, Scotland, or Northern Ireland): carer's "
                           "leave is a legal right in Great Britain but not yet in Northern Ireland."))


class NoWorkingPatternError(PassportError):
    """One week of leave cannot be worked out without the employee's working pattern."""

    def __init__(self) -> None:
        super().__init__(_("Set your working pattern first (the hours and days you normally work): one week of "
                           "carer's leave is the time you normally work in a week."))


class LeaveOverEntitlementError(ValidationError):
    """Leave that would take the 12 months ending on some date over one week."""


def require_carers_leave(jurisdiction: Jurisdiction) -> None:
    """Raise the typed error when the right does not apply (Northern Ireland) or where is not known yet."""
    if jurisdiction is Jurisdiction.NORTHERN_IRELAND:
        raise NotInNorthernIrelandError()
    if jurisdiction is Jurisdiction.UNSTATED:
        raise JurisdictionUnstatedError()


class DayPart(enum.StrEnum):
    WHOLE = "whole"
    HALF = "half"


class LeaveStatus(enum.StrEnum):
    PLANNED = "planned"
    TAKEN = "taken"
    POSTPONED = "postponed"  # the employer moved it: ``days`` are the new dates, ``original_days`` the asked ones


#: Translated where shown: ``_(LEAVE_STATUS_LABELS[status])``.
LEAVE_STATUS_LABELS = {LeaveStatus.PLANNED: N_("Planned"), LeaveStatus.TAKEN: N_("Taken"),
                       LeaveStatus.POSTPONED: N_("Postponed by employer")}


class Dependant(enum.StrEnum):
    """Who the leave is for, by relationship only (never a name or a condition)."""

    PARENT = "parent"
    PARTNER = "partner"
    CHILD = "child"
    HOUSEHOLD = "household"
    RELIES_ON_ME = "relies_on_me"


#: Translated where shown: ``_(DEPENDANT_LABELS[dependant])``.
DEPENDANT_LABELS = {Dependant.PARENT: N_("A parent"), Dependant.PARTNER: N_("My spouse or partner"),
                    Dependant.CHILD: N_("My child"), Dependant.HOUSEHOLD: N_("Someone I live with"),
                    Dependant.RELIES_ON_ME: N_("Someone who relies on me for care")}


@dataclasses.dataclass(frozen=True, order=True)
class LeaveDay:
    """One date of leave, whole or half."""

    on: dt.date
    part: DayPart = DayPart.WHOLE

    @property
    def fraction(self) -> float:
        return 1.0 if self.part is DayPart.WHOLE else 0.5

    def hours(self, pattern: WorkingPattern) -> float:
        return pattern.day_hours(self.on) * self.fraction

    def to_dict(self) -> dict[str, str]:
        return {"on": self.on.isoformat(), "part": self.part.value}


def leave_days(days: Iterable[LeaveDay]) -> tuple[LeaveDay, ...]:
    """``days`` sorted, refusing none, a repeated date and more than a week's worth of dates."""
    out = tuple(sorted(days))
    if not out:
        raise ValidationError(_("Choose at least one day of leave."))
    if len({d.on for d in out}) != len(out):
        raise ValidationError(_("The same date is chosen twice; choose each date once, as a whole or half day."))
    if len(out) > MAX_DAYS_PER_ENTRY:
        raise ValidationError(_("One request can cover at most {max_days_per_entry} dates (a week); add another "
                                "request for more.").format(max_days_per_entry=MAX_DAYS_PER_ENTRY))
    return out


@dataclasses.dataclass(frozen=True)
class LeaveEntry:
    """One planned or taken spell of carer's leave (a request), as the employee records it."""

    days: tuple[LeaveDay, ...]
    status: LeaveStatus = LeaveStatus.PLANNED
    dependant: Dependant = Dependant.RELIES_ON_ME
    notice_given_on: dt.date | None = None
    original_days: tuple[LeaveDay, ...] = ()
    postponed_on: dt.date | None = None
    #: The employee's own reminder; never exported (the notice carries only the days).
    note: str = ""
    id: str = dataclasses.field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        if len(self.note) > MAX_NOTE or "\x00" in self.note:
            raise ValidationError(_("A note on a leave entry is at most {max_note} characters of plain text.").format(
                                      max_note=MAX_NOTE))
        object.__setattr__(self, "days", leave_days(self.days))
        if self.original_days:
            object.__setattr__(self, "original_days", leave_days(self.original_days))
        if self.status is LeaveStatus.POSTPONED and not self.original_days:
            raise ValidationError(_("A postponed request needs the dates you originally asked for."))

    @property
    def first_day(self) -> dt.date:
        return self.days[0].on

    @property
    def requested_days(self) -> tuple[LeaveDay, ...]:
        """The days the employee asked for (before any postponement): what the notice was for."""
        return self.original_days or self.days

    @property
    def amount_days(self) -> float:
        return sum(d.fraction for d in self.days)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "days": [d.to_dict() for d in self.days], "status": self.status.value,
                "dependant": self.dependant.value,
                "notice_given_on": self.notice_given_on.isoformat() if self.notice_given_on else None,
                "original_days": [d.to_dict() for d in self.original_days],
                "postponed_on": self.postponed_on.isoformat() if self.postponed_on else None, "note": self.note}

    @classmethod
    def from_dict(cls, data: Any, where: str = "leave entry") -> LeaveEntry:
        if not isinstance(data, Mapping):
            raise ValidationError(_("{where} must be an object.").format(where=where))
        try:
            return cls(id=str(uuid.UUID(str(data["id"]))), days=tuple(_day(d) for d in data["days"]),
                       status=LeaveStatus(data["status"]), dependant=Dependant(data["dependant"]),
                       notice_given_on=_optional_date(data.get("notice_given_on")),
                       original_days=tuple(_day(d) for d in data.get("original_days") or ()),
                       postponed_on=_optional_date(data.get("postponed_on")), note=str(data.get("note", "")))
        except (KeyError, TypeError, ValueError) as error:
            raise ValidationError(_("{where} is not a leave record this app wrote ({kind}).").format(
                                      where=where, kind=type(error).__name__)) from None


def _day(data: Any) -> LeaveDay:
    return LeaveDay(dt.date.fromisoformat(data["on"]), DayPart(data["part"]))


def _optional_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- dates ----------------------------------------------------------------------------------------

def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def window_start(end: dt.date) -> dt.date:
    """The first day of the rolling 12 months ending on ``end`` (inclusive): the day after the same date a
    year before, 29 February taken as 28 February in a year without one."""
    return add_months(end, -12) + dt.timedelta(days=1)


def in_window(day: dt.date, end: dt.date) -> bool:
    return window_start(end) <= day <= end


# --- the balance ----------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Balance:
    """Carer's leave in the 12 months ending on ``on``, in hours (with days for people)."""

    on: dt.date
    window_start: dt.date
    week_hours: float
    week_days: float
    used_hours: float
    booked_hours: float
    #: Planned after ``on``: not in these 12 months, but it will count in later ones.
    later_hours: float = 0.0

    @property
    def remaining_hours(self) -> float:
        return min(self.week_hours, max(0.0, self.week_hours - self.used_hours - self.booked_hours))

    @property
    def over_hours(self) -> float:
        """How far used and booked leave go over a week (0 when they do not)."""
        return max(0.0, self.used_hours + self.booked_hours - self.week_hours)

    def as_days(self, hours: float) -> float:
        return round(hours / self.week_hours * self.week_days, 1) if self.week_hours else 0.0

    def lines(self) -> list[str]:
        """The balance said for people (the page and the CLI)."""
        def both(hours: float) -> str:
            # Translators: {hours} is "7.5 hours", {days} is "1 day".
            return _("{hours} (about {days})").format(hours=hours_text(hours), days=days_text(self.as_days(hours)))
        lines = [_("Entitlement: one week = {amount}").format(amount=both(self.week_hours)),
                 _("Used (taken): {amount}").format(amount=both(self.used_hours)),
                 _("Booked (planned, not yet taken): {amount}").format(amount=both(self.booked_hours)),
                 _("Remaining: {amount}").format(amount=both(self.remaining_hours))]
        if self.later_hours:
            lines.append(_("Planned after {date}: {amount} (it counts in the 12 months ending on those days)")
                         .format(date=readable_date(self.on), amount=both(self.later_hours)))
        if self.over_hours:
            lines.append(_("Over a week by {hours}: your employer's own policy may allow this, the law does not "
                           "require it.").format(hours=hours_text(self.over_hours)))
        return lines


def balance_on(entries: Sequence[LeaveEntry], pattern: WorkingPattern | None, on: dt.date,
               jurisdiction: Jurisdiction) -> Balance:
    """Entitlement, used, booked and remaining in the 12 months ending on ``on``."""
    require_carers_leave(jurisdiction)
    if pattern is None:
        raise NoWorkingPatternError()
    used = booked = later = 0.0
    for entry in entries:
        hours = sum(d.hours(pattern) for d in entry.days if in_window(d.on, on))
        later += sum(d.hours(pattern) for d in entry.days if d.on > on)
        if entry.status is LeaveStatus.TAKEN:
            used += hours
        else:
            booked += hours
    return Balance(on, window_start(on), pattern.week_hours, pattern.week_days, used, booked, later)


def check_within_entitlement(entries: Sequence[LeaveEntry], pattern: WorkingPattern | None,
                             candidate: LeaveEntry, jurisdiction: Jurisdiction) -> None:
    """Raise :class:`LeaveOverEntitlementError` if adding (or replacing with) ``candidate`` takes any
    rolling 12 months over one week. The total of a window only grows at a leave date, so the windows
    ending on each leave date from the candidate's first day on are the only ones to check."""
    # Only leave within a year either side of the candidate can share a window with it (keeps a long log fast).
    low, high = add_months(candidate.first_day, -12), add_months(candidate.days[-1].on, 12)
    others = [e for e in entries if e.id != candidate.id and any(low <= d.on <= high for d in e.days)]
    others.append(candidate)
    ends = sorted({d.on for e in others for d in e.days if candidate.first_day <= d.on <= high})
    for end in ends:
        balance = balance_on(others, pattern, end, jurisdiction)
        if balance.over_hours > 1e-9:
            raise LeaveOverEntitlementError(
                _("This would take your carer's leave in the 12 months ending on {end_date} over one week "
                  "(by {over_hours}). The law gives one week in any 12 months; choose fewer "
                  "days or later dates.").format(
                  end_date=end.isoformat(), over_hours=hours_text(balance.over_hours)))


# --- notice ---------------------------------------------------------------------------------------

def notice_days_required(days: Sequence[LeaveDay]) -> int:
    """Days of notice for a request (reg. 7): twice the days asked for, at least three; a half day counts
    as a day (Acas), so the count is the number of dates."""
    return max(2 * len(days), MINIMUM_NOTICE_DAYS)


def latest_notice_date(days: Sequence[LeaveDay]) -> dt.date:
    """The last date on which notice is in time: that many calendar days before the first day."""
    ordered = leave_days(days)
    return ordered[0].on - dt.timedelta(days=notice_days_required(ordered))


@dataclasses.dataclass(frozen=True)
class NoticeCheck:
    required_days: int
    latest: dt.date
    late: bool
    given_on: dt.date | None

    def sentence(self) -> str:
        given, latest = (day.isoformat() if day else "" for day in (self.given_on, self.latest))
        if self.given_on is not None:
            if self.late:
                return _("Notice given on {given}: late (the latest was {latest}); your employer may still "
                         "agree.").format(given=given, latest=latest)
            return _("Notice given on {given}: in time.").format(given=given)
        # Translators: {count} is always 3 or more (the notice needed, in days).
        if self.late:
            return _("Notice is late: it needed {count} days (by {latest}). Tell your employer as soon as you can; "
                     "they may still agree.").format(count=self.required_days, latest=latest)
        return _("Give notice by {latest} ({count} days before the first day).").format(
            latest=latest, count=self.required_days)


def notice_check(entry: LeaveEntry, today: dt.date, jurisdiction: Jurisdiction) -> NoticeCheck:
    """The latest notice date for ``entry``'s requested days and whether notice is (or will be) late: given
    after the latest date, or not given yet and today is past it."""
    require_carers_leave(jurisdiction)
    requested = entry.requested_days
    latest = latest_notice_date(requested)
    given = entry.notice_given_on
    late = given > latest if given is not None else today > latest
    return NoticeCheck(notice_days_required(requested), latest, late, given)


# --- postponement ---------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class PostponementCheck:
    limit: dt.date
    within_a_month: bool
    same_amount: bool

    def problems(self) -> list[str]:
        out = []
        if not self.within_a_month:
            out.append(_("The new dates go past {limit}: an employer who postpones carer's leave must let you take "
                         "it within one month of the first day you asked for.").format(limit=self.limit.isoformat()))
        if not self.same_amount:
            out.append(_("The new dates are not the same amount of leave you asked for."))
        return out


def postponement_check(original: Sequence[LeaveDay], new: Sequence[LeaveDay],
                       jurisdiction: Jurisdiction) -> PostponementCheck:
    """Whether the employer's new dates keep to reg. 8: every one within one calendar month of the original
    first day (clamped at a month's end), and the same amount of leave."""
    require_carers_leave(jurisdiction)
    asked, moved = leave_days(original), leave_days(new)
    limit = add_months(asked[0].on, 1)
    return PostponementCheck(limit, all(d.on <= limit for d in moved),
                             sum(d.fraction for d in asked) == sum(d.fraction for d in moved))


# --- the notice the employee gives ----------------------------------------------------------------

def describe_day(day: LeaveDay, language: str = "") -> str:
    """ "Monday 3 June 2024", "… (half day)", in ``language`` (or the process's)."""
    name, date = weekday_name(day.on.weekday(), language), readable_date(day.on)
    if day.part is DayPart.HALF:
        # Translators: {day} is the day's name, {date} the date ("Monday", "3 June 2024").
        return said(language, N_("{day} {date} (half day)")).format(day=name, date=date)
    return said(language, N_("{day} {date}")).format(day=name, date=date)


@dataclasses.dataclass(frozen=True)
class LeaveNotice:
    """The words of a notice of carer's leave: who is giving it, to whom, and which days. Nothing else:
    no dependant, no reason, no evidence (none can be required, reg. 7)."""

    employee: str
    to: str
    dated: dt.date
    days: tuple[LeaveDay, ...]
    #: The reader's language ("cy"); "" is the process's.
    language: str = ""

    @property
    def title(self) -> str:
        return said(self.language, N_("Notice of carer's leave"))

    def paragraphs(self) -> list[str]:
        language = self.language
        amount = days_text(sum(d.fraction for d in self.days), language)
        # Translators: the notice of carer's leave an employee gives; {amount} is "2 days" or "half a day".
        intro = (N_("I am giving notice that I am entitled to carer's leave under the Carer's Leave Regulations "
                    "2024, and that I intend to take {amount} of carer's leave on the following day:")
                 if len(self.days) == 1 else
                 N_("I am giving notice that I am entitled to carer's leave under the Carer's Leave Regulations "
                    "2024, and that I intend to take {amount} of carer's leave on the following days:"))
        return [
            said(language, N_("To: {name}")).format(name=self.to) if self.to else said(language,
                                                                                        N_("To: my line manager")),
            (said(language, N_("From: {name}")).format(name=self.employee) if self.employee
             else said(language, N_("From: (your name)"))),
            said(language, N_("Date: {date}")).format(date=readable_date(self.dated)),
            said(language, intro).format(amount=amount),
            *[f"• {describe_day(d, language)}" for d in self.days],
            said(language, N_("I have a dependant with a long-term care need and I will use this leave to give or "
                              "arrange their care. The law does not require me to give evidence of this, and I "
                              "have not included any.")),
            said(language, N_("Please let me know if the business would be unduly disrupted and you need to "
                              "postpone it; the regulations say any new dates must be within one month of the "
                              "first day above.")),
        ]

    def text(self) -> str:
        """Plain text: the header lines together, then each paragraph after a blank line, the days as a list."""
        parts = self.paragraphs()
        out = [self.title, "", *parts[:3]]
        for number, paragraph in enumerate(parts[3:], start=3):
            if not (paragraph.startswith("• ") and number > 3):  # the days follow the opening without a gap
                out.append("")
            out.append(paragraph)
        return "\n".join(out) + "\n"


def days_not_worked(pattern: WorkingPattern | None, days: Sequence[LeaveDay]) -> str:
    """A sentence naming chosen days the pattern does not work (they take nothing from the week), or ""."""
    if pattern is None:
        return ""
    idle = [describe_day(d) for d in days if pattern.day_hours(d.on) == 0]
    if not idle:
        return ""
    if len(idle) == 1:
        return _("You do not normally work on {days}, so it takes nothing from your week of leave: check the "
                 "dates.").format(days=idle[0])
    return _("You do not normally work on {days}, so they take nothing from your week of leave: check the "
             "dates.").format(days=", ".join(idle))


def hours_and_days(pattern: WorkingPattern, days: Sequence[LeaveDay]) -> str:
    hours = sum(d.hours(pattern) for d in days)
    # Translators: {days} is "2 days", {hours} is "15 hours".
    return _("{days} ({hours})").format(days=days_text(sum(d.fraction for d in days)), hours=hours_text(hours))
