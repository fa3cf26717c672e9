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


@dataclasses.dataclass(frozen=True)
class SharedLetter:
    """What the Sharing page says of one kind of letter."""

    #: "A carer's leave notice": the start of "what they hold".
    name: str
    #: What the letter holds when it carries none of the passport's answers.
    without_answers: str
    #: Why consent to keep it cannot be withdrawn, and what to do instead (one or two sentences).
    why_no_withdrawal: str
    #: The same in a line, beside the greyed-out button (the full sentence is its tooltip and description).
    no_withdrawal_in_short: str


LEAVE_NOTICE = SharedLetter(
    name="A carer's leave notice",
    without_answers="the days, no answers",
    why_no_withdrawal="A carer's leave notice is not a copy of your passport: it tells your employer which days "
                      "you are taking, and they keep it as the record of your leave, so there is no consent to "
                      "withdraw. To change or cancel the leave, tell your manager (and change it on the Carer's "
                      "leave page).",
    no_withdrawal_in_short="A leave notice is your employer's record of your leave: no consent to withdraw.")

FLEXIBLE_REQUEST = SharedLetter(
    name="A flexible-working request",
    without_answers="your request, no answers from your passport",
    why_no_withdrawal="A flexible-working request is a letter to your employer, not a copy of your passport: they "
                      "keep it to decide your request and for any appeal, so there is no consent to withdraw. If "
                      "you no longer want the change, tell your employer in writing that you withdraw the "
                      "request.",
    no_withdrawal_in_short="A request is a letter your employer keeps to decide it: no consent to withdraw.")

#: The sharing record's format name of each letter.
LETTER_FORMATS: dict[str, SharedLetter] = {
    "leave_notice_pdf": LEAVE_NOTICE,
    "leave_notice_txt": LEAVE_NOTICE,
    "flexible-request-pdf": FLEXIBLE_REQUEST,
    "flexible-request-txt": FLEXIBLE_REQUEST,
}

#: What a copy of the passport holds when no answer was shared.
NAMES_ONLY = "Names only (no answers)"


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
        return list(labels) or [NAMES_ONLY]
    if not labels:
        return [f"{letter.name}: {letter.without_answers}"]
    return [f"{letter.name}, with:", *labels]


def what_they_hold_line(share_format: str, labels: list[str]) -> str:
    """:func:`what_they_hold` in one line, for a table cell."""
    items = what_they_hold(share_format, labels)
    if letter_of(share_format) is not None and len(items) > 1:
        return f"{items[0]} {'; '.join(items[1:])}"
    return "; ".join(items)
