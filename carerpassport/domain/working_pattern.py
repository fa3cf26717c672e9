"""The employee's working pattern: what "one week" of carer's leave is for them.

Carer's leave is "one week" (Carer's Leave Regulations 2024, reg. 6): the time the employee normally
works in a week when they ask. A :class:`WorkingPattern` says that week in hours and in days, and what
one day (or half day) of leave costs on a given date, so the rules in
:mod:`carerpassport.domain.carers_leave` count in hours and show days.

Three shapes:

- ``fixed_days``: the same hours each working day, a number of days a week (7.5 h × 5 days; 6 h × 3 days).
- ``fixed_schedule``: hours for each weekday, Monday to Sunday (Mon 7.5, Tue 7.5, Wed 4, rest 0).
- ``varying``: the hours worked in each past week (up to 52, the most recent last) and the usual length
  of a working day, used to turn a leave day into hours.

It is private: kept in the passport's own JSON (written only once set, so passports saved before it existed
keep their canonical bytes) and never in what is shared with the manager.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import N_, in_language
from carerpassport.domain.wording import gettext as _

#: Regulation 6(3): a varying week is averaged over (at most) the 52 weeks before the request.
MAX_PAST_WEEKS = 52
#: Hours are kept to the quarter hour: enough for any contract, and sums stay exact in binary floats.
HOURS_STEP = 0.25
MAX_DAY_HOURS = 24.0
#: The days' names in English (translated where shown: ``_(name)``, or :func:`weekday_name`).
WEEKDAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
                 N_("Sunday"))
#: Translators: the short names of the days of the week, for a working pattern in one line ("Mon 7.5 hours").
WEEKDAY_SHORT = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


class PatternKind(enum.StrEnum):
    FIXED_DAYS = "fixed_days"
    FIXED_SCHEDULE = "fixed_schedule"
    VARYING = "varying"


PATTERN_KIND_LABELS = {
    PatternKind.FIXED_DAYS: N_("The same hours on each working day"),
    PatternKind.FIXED_SCHEDULE: N_("Set hours on each day of the week"),
    PatternKind.VARYING: N_("Hours that vary from week to week"),
}


def said(language: str, message: str) -> str:
    """``message`` (marked with ``N_``) in ``language``, or in the process's language when ``language`` is ""."""
    return in_language(language, message) if language else _(message)


def weekday_name(number: int, language: str = "") -> str:
    """The name of weekday ``number`` (0 is Monday), translated."""
    return said(language, WEEKDAY_NAMES[number])


@dataclasses.dataclass(frozen=True)
class WorkingPattern:
    """How the employee normally works (see the module docstring). Build with the class methods, which
    check every number; :meth:`from_dict` checks a stored one the same way."""

    kind: PatternKind
    hours_per_day: float = 0.0
    days_per_week: float = 0.0
    schedule: tuple[float, ...] = ()
    past_weeks: tuple[float, ...] = ()

    @classmethod
    def fixed_days(cls, hours_per_day: float, days_per_week: float) -> WorkingPattern:
        hours = _hours(hours_per_day, "Hours per day", minimum=HOURS_STEP)
        days = _number(days_per_week, "Days per week")
        if not 0.5 <= days <= 7 or (days * 2) != int(days * 2):
            raise ValidationError(_("Days per week must be between 0.5 and 7, in half days (for example 5 or 2.5)."))
        return cls(PatternKind.FIXED_DAYS, hours_per_day=hours, days_per_week=days)

    @classmethod
    def fixed_schedule(cls, schedule: tuple[float, ...] | list[float]) -> WorkingPattern:
        if len(schedule) != 7:
            raise ValidationError(_("A weekly schedule needs hours for each of the seven days, Monday to Sunday "
                                    "(0 for a day you do not work)."))
        hours = tuple(_hours(h, f"Hours on {name}") for h, name in zip(schedule, WEEKDAY_NAMES, strict=True))
        if not any(hours):
            raise ValidationError(_("A weekly schedule needs at least one day with working hours."))
        return cls(PatternKind.FIXED_SCHEDULE, schedule=hours)

    @classmethod
    def varying(cls, past_weeks: tuple[float, ...] | list[float], hours_per_day: float) -> WorkingPattern:
        if not 1 <= len(past_weeks) <= MAX_PAST_WEEKS:
            raise ValidationError(_("Give the hours of between 1 and {max_past_weeks} past weeks (the most recent "
                                    "last); if you started less than a week ago, give the hours you are expected "
                                    "to work this week.").format(max_past_weeks=MAX_PAST_WEEKS))
        weeks = tuple(_hours(h, f"Hours in week {i}", maximum=7 * MAX_DAY_HOURS)
                      for i, h in enumerate(past_weeks, 1))
        if not any(weeks):
            raise ValidationError(_("The past weeks add up to no hours at all, so a week of leave would be nothing; "
                                    "check the hours you entered."))
        return cls(PatternKind.VARYING, hours_per_day=_hours(hours_per_day, "Usual hours in a working day",
                                                             minimum=HOURS_STEP), past_weeks=weeks)

    # --- what a week is ---------------------------------------------------------------------------
    @property
    def week_hours(self) -> float:
        """One week of leave in hours (reg. 6)."""
        if self.kind is PatternKind.FIXED_DAYS:
            return self.hours_per_day * self.days_per_week
        if self.kind is PatternKind.FIXED_SCHEDULE:
            return sum(self.schedule)
        # Decision (reg. 6(3) and (4)): the total of the weeks given divided by how many were given. The
        # employee enters every week they were employed in the 52 weeks before the request, a week with no
        # work as 0 (reg. 6(3) divides by 52 whatever was worked), so fewer weeks means employed for less
        # (reg. 6(4) divides by the weeks employed). Under a week: the one expected week (reg. 6(5)).
        return sum(self.past_weeks) / len(self.past_weeks)

    @property
    def week_days(self) -> float:
        """One week of leave in (working) days: the days normally worked, or, for a varying pattern, the
        average week over the usual day length (to one decimal place)."""
        if self.kind is PatternKind.FIXED_DAYS:
            return self.days_per_week
        if self.kind is PatternKind.FIXED_SCHEDULE:
            return float(sum(1 for h in self.schedule if h > 0))
        return round(self.week_hours / self.hours_per_day, 1)

    def day_hours(self, on: dt.date) -> float:
        """The hours one whole day of leave on ``on`` takes from the week (0: a day not normally worked)."""
        if self.kind is PatternKind.FIXED_SCHEDULE:
            return self.schedule[on.weekday()]
        return self.hours_per_day

    def describe(self) -> str:
        """The pattern in one line, for the page, the CLI and the employee's own notice."""
        if self.kind is PatternKind.FIXED_DAYS:
            return _("{hours} a day, {days} a week").format(hours=hours_text(self.hours_per_day),
                                                            days=days_text(self.days_per_week))
        if self.kind is PatternKind.FIXED_SCHEDULE:
            return ", ".join(f"{_(name)} {hours_text(h)}" for name, h in zip(WEEKDAY_SHORT, self.schedule,
                                                                               strict=True) if h)
        one = len(self.past_weeks) == 1
        # Translators: {weeks} is how many past weeks were given, {average} and {day} are hours ("7.5 hours").
        sentence = (_("varying: {weeks} past week averaging {average}, usual day {day}") if one else
                    _("varying: {weeks} past weeks averaging {average}, usual day {day}"))
        return sentence.format(weeks=len(self.past_weeks), average=hours_text(self.week_hours),
                               day=hours_text(self.hours_per_day))

    # --- storage ------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        if self.kind is PatternKind.FIXED_DAYS:
            return {"kind": self.kind.value, "hours_per_day": self.hours_per_day, "days_per_week": self.days_per_week}
        if self.kind is PatternKind.FIXED_SCHEDULE:
            return {"kind": self.kind.value, "schedule": list(self.schedule)}
        return {"kind": self.kind.value, "hours_per_day": self.hours_per_day, "past_weeks": list(self.past_weeks)}

    @classmethod
    def from_dict(cls, data: Any, where: str = "working_pattern") -> WorkingPattern:
        if not isinstance(data, Mapping):
            raise ValidationError(_("{where} must be an object.").format(where=where))
        kind = data.get("kind")
        expected = {PatternKind.FIXED_DAYS.value: {"kind", "hours_per_day", "days_per_week"},
                    PatternKind.FIXED_SCHEDULE.value: {"kind", "schedule"},
                    PatternKind.VARYING.value: {"kind", "hours_per_day", "past_weeks"}}
        if kind not in expected:
            raise ValidationError(_("{where}.kind must be one of: {expected}.").format(
                                      where=where, expected=', '.join(expected)))
        if set(data) != expected[kind]:
            raise ValidationError(_("{where} must have exactly: {fields}.").format(
                                      where=where, fields=', '.join(sorted(expected[kind]))))
        try:
            if kind == PatternKind.FIXED_DAYS.value:
                return cls.fixed_days(data["hours_per_day"], data["days_per_week"])
            if kind == PatternKind.FIXED_SCHEDULE.value:
                return cls.fixed_schedule(_list(data["schedule"], where))
            return cls.varying(_list(data["past_weeks"], where), data["hours_per_day"])
        except ValidationError as error:
            raise ValidationError(_("{where}: {error}").format(where=where, error=error)) from None


def hours_text(hours: float, language: str = "") -> str:
    """ "7.5 hours", "1 hour", "37.5 hours" (in ``language``, or the process's)."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    # Chosen here rather than by ngettext: the number may be a fraction ("7.5"), and Welsh uses one form anyway.
    return said(language, N_("{count} hour") if text == "1" else N_("{count} hours")).format(count=text)


def days_text(days: float, language: str = "") -> str:
    """ "5 days", "half a day", "1.5 days" (in ``language``, or the process's)."""
    if days == 0.5:
        return said(language, N_("half a day"))
    text = f"{days:.1f}".rstrip("0").rstrip(".")
    return said(language, N_("{count} day") if text == "1" else N_("{count} days")).format(count=text)


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(_("{where} must list numbers.").format(where=where))
    return value


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValidationError(_("{what} must be a number.").format(what=what))
    return float(value)


def _hours(value: Any, what: str, *, minimum: float = 0.0, maximum: float = MAX_DAY_HOURS) -> float:
    hours = _number(value, what)
    if not minimum <= hours <= maximum:
        raise ValidationError(_("{what} must be between {minimum:g} and {maximum:g} hours (got {hours:g}).").format(
                                  what=what, minimum=minimum, maximum=maximum, hours=hours))
    if hours / HOURS_STEP != int(hours / HOURS_STEP):
        raise ValidationError(_("{what} must be in quarter hours (for example 7.5 or 7.25; got {hours:g}).").format(
                                  what=what, hours=hours))
    return hours
