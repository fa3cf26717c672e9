"""Letters to the employer that the sharing record holds beside copies of the passport.

A carer's leave notice and a flexible-working request are written from the vault and recorded as shares (who
was given which file, when), so the Sharing page lists them with the copies of the passport. They are not
copies of the passport, so two things the page says of a copy are wrong for them:

- "What they hold": a leave notice holds the days of leave and no answers (the sharing record stores no
  fields for it); a request holds the answers the employee chose to put in it.
- Withdrawing consent: a copy of the passport is shared by consent, and the employee may ask for it to be
  deleted. A letter is not: it is how the employee gave notice or made a statutory request, and the
  employer keeps it as the record of that notice or request (to decide a request within the time limit,
  and for any appeal). Asking them to delete it would not undo the notice or the request; changing the
  leave or withdrawing the request is said to the employer in its own words. So no withdrawal is offered
  for a letter, and the refusal says why and what to do instead.

The format names are the ones the two use cases record (``usecases/leave.py`` and ``usecases/flexible.py``).
"""

from __future__ import annotations

import dataclasses

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _


@dataclasses.dataclass(frozen=True)
class SharedLetter:
    """What the Sharing page says of one kind of letter: kept in English (marked for the catalogue) and
    read in the process's language through the properties."""

    english_name: str
    english_without_answers: str
    english_why_no_withdrawal: str
    english_no_withdrawal_in_short: str

    @property
    def name(self) -> str:
        """ "A carer's leave notice": the start of "what they hold"."""
        return _(self.english_name)

    @property
    def without_answers(self) -> str:
        """What the letter holds when it carries none of the passport's answers."""
        return _(self.english_without_answers)

    @property
    def why_no_withdrawal(self) -> str:
        """Why consent to keep it cannot be withdrawn, and what to do instead (one or two sentences)."""
        return _(self.english_why_no_withdrawal)

    @property
    def no_withdrawal_in_short(self) -> str:
        """The same in a line, beside the greyed-out button (the full sentence is its tooltip and description)."""
        return _(self.english_no_withdrawal_in_short)


LEAVE_NOTICE = SharedLetter(
    english_name=N_("A carer's leave notice"),
    english_without_answers=N_("the days, no answers"),
    english_why_no_withdrawal=N_(
        "A carer's leave notice is not a copy of your passport: it tells your employer which days "
        "you are taking, and they keep it as the record of your leave, so there is no consent to "
        "withdraw. To change or cancel the leave, tell your manager (and change it on the Carer's "
        "leave page)."),
    english_no_withdrawal_in_short=N_(
        "A leave notice is your employer's record of your leave: no consent to withdraw."))

FLEXIBLE_REQUEST = SharedLetter(
    english_name=N_("A flexible-working request"),
    english_without_answers=N_("your request, no answers from your passport"),
    english_why_no_withdrawal=N_(
        "A flexible-working request is a letter to your employer, not a copy of your passport: they "
        "keep it to decide your request and for any appeal, so there is no consent to withdraw. If "
        "you no longer want the change, tell your employer in writing that you withdraw the "
        "request."),
    english_no_withdrawal_in_short=N_(
        "A request is a letter your employer keeps to decide it: no consent to withdraw."))

#: The sharing record's format name of each letter.
LETTER_FORMATS: dict[str, SharedLetter] = {
    "leave_notice_pdf": LEAVE_NOTICE,
    "leave_notice_txt": LEAVE_NOTICE,
    "flexible-request-pdf": FLEXIBLE_REQUEST,
    "flexible-request-txt": FLEXIBLE_REQUEST,
}

#: What a copy of the passport holds when no answer was shared (English; see :func:`names_only`).
_NAMES_ONLY = N_("Names only (no answers)")


def names_only() -> str:
    """What a copy of the passport holds when no answer was shared, in the process's language."""
    return _(_NAMES_ONLY)


def __getattr__(name: str) -> str:
    if name == "NAMES_ONLY":  # the old constant's name
        return names_only()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def letter_of(share_format: str) -> SharedLetter | None:
    """The letter a share of this format is, or None for a copy of the passport (a PDF or a bundle)."""
    return LETTER_FORMATS.get(share_format)


def what_they_hold(share_format: str, labels: list[str]) -> list[str]:
    """What a share holds, one item a line: ``labels`` are its shared answers' readable names, in order.

    A letter is named first ("A carer's leave notice: the days, no answers"; "A flexible-working request,
    with:" then its answers); a copy of the passport is its answers, or "Names only (no answers)".
    """
    letter = letter_of(share_format)
    if letter is None:
        return list(labels) or [names_only()]
    if not labels:
        return [f"{letter.name}: {letter.without_answers}"]
    # Translators: {letter} is "A carer's leave notice" or "A flexible-working request"; a list of answers follows.
    return [_("{letter}, with:").format(letter=letter.name), *labels]


def what_they_hold_line(share_format: str, labels: list[str]) -> str:
    """:func:`what_they_hold` in one line, for a table cell."""
    items = what_they_hold(share_format, labels)
    if letter_of(share_format) is not None and len(items) > 1:
        return f"{items[0]} {'; '.join(items[1:])}"
    return "; ".join(items)
