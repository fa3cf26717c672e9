"""Reading a received passport PDF: everything the file shows, and the verdict on it, for a read-only view.

:func:`read_passport` is for the manager who holds (or has just been sent) an employee's passport: an
employee-signed export or a countersigned copy, from any vault. It examines the bytes once, through the one
verdict every entry point shares (:func:`.pdf_validation.examine`), and returns a :class:`PassportReading`:
the shared passport exactly as the employee signed it (read from the signed revision), what the export's
heading says (recipient, purpose, date), who signed, and for each signature whether it holds.

A file whose signature is broken is still *read*: the manager sees the failed verdict beside what the file
claims, rather than a bare refusal. Only a file that cannot be read at all (not a PDF, not a passport, no
employee signature, no valid passport data) raises, with the typed error and sentence of the verdict.

Nothing here touches a vault: trust (is this certificate known?) is the use case's question.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from carerpassport.domain.dates import readable_date, readable_datetime
from carerpassport.domain.display_text import display_comment, display_name
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, AgreedAction, Passport
from carerpassport.domain.sharing_agreement import SharingAgreement, agreement_lines
from carerpassport.domain.template import Template
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import ExchangeError

if TYPE_CHECKING:
    # The PDF modules import pyHanko and reportlab (~0.4 s, ~50 MB). The passport reader and the
    # countersign dialog import this module on the GUI thread for the dataclasses and answer_sections;
    # the functions that read a file import the PDF modules when they run, which is in a worker (or
    # after one, when the libraries are loaded already).
    from carerpassport.exchange.countersign import ReceivedPassport
    from carerpassport.exchange.pdf_signatures import SignatureCheck
    from carerpassport.exchange.pdf_validation import CheckedPdf

#: The export's purpose is at most 300 characters when the app writes it; a hostile marker is cut.
MAX_PURPOSE_SHOWN = 600


@dataclasses.dataclass(frozen=True)
class SignatureReading:
    """One signature as a person reads it: who (the name in the certificate), which certificate, when, and
    whether it holds."""

    #: The common name in the signer's certificate (made safe to show), "" when it has none.
    signer_name: str
    fingerprint: str
    signed_at: dt.datetime | None
    #: The signature holds: intact, made by the key in its certificate and (the manager's) covering the file.
    holds: bool
    #: The verdict in one sentence ("Valid: nothing was changed since it was signed.").
    verdict: str


@dataclasses.dataclass(frozen=True)
class ManagerReading:
    """The line manager's countersignature and what they wrote in their fields."""

    signature: SignatureReading
    #: The name the manager typed in the ManagerName field ("" when empty).
    typed_name: str
    comment: str
    #: The day the manager countersigned, as they meant it (:func:`.countersigned_import.agreed_day`).
    countersigned_on: dt.date | None

    @property
    def name(self) -> str:
        """The name to show: the certificate's, else the typed one."""
        return self.signature.signer_name or self.typed_name

    @property
    def typed_name_differs(self) -> bool:
        """The typed name says something other than the certificate (show both)."""
        return bool(self.typed_name and self.signature.signer_name
                    and self.typed_name.casefold() != self.signature.signer_name.casefold())


@dataclasses.dataclass(frozen=True)
class PassportReading:
    """Everything a received passport PDF shows, and the verdict on it (nothing stored anywhere)."""

    file_sha256: str
    #: The shared passport, exactly as the employee signed it; private notes are never in a PDF.
    passport: Passport
    passport_id: str
    #: The employee's revision number this export shows (None when the file does not say).
    revision: int | None
    content_sha256: str
    #: The export's heading: who it was prepared for, why, and the employee's local date ("" / None when an
    #: older export does not record them).
    recipient: str
    purpose: str
    exported_on: dt.date | None
    employee: SignatureReading
    #: The countersignature, when the file carries one.
    manager: ManagerReading | None
    #: No problem refuses this file, and nothing needs checking by eye.
    ok: bool
    #: Every reason not to rely on the file, as sentences (the verdict's, in its order).
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    #: The file ready to countersign (when it is sound and not countersigned yet), else None.
    received: ReceivedPassport | None
    #: Why it cannot be countersigned, in a sentence ("" when :attr:`received` is set).
    not_countersignable: str

    @property
    def sharing_agreement(self) -> SharingAgreement | None:
        """The sharing agreement the employee signed into this copy; None when it leaves it out."""
        agreement = self.passport.sharing_agreement
        return agreement if agreement.shared else None  # read from the file, it is shared exactly when present

    @property
    def countersigned(self) -> bool:
        return self.manager is not None

    @property
    def employee_name(self) -> str:
        """The employee as the passport names them, else as their certificate does."""
        return display_name(self.passport.employee.name) or self.employee.signer_name

    @property
    def verdict(self) -> str:
        """The whole file's verdict in one sentence."""
        if self.problems:
            return self.problems[0]
        employee = self.employee.signer_name or _("the employee")
        if self.manager is not None:
            return _("Agreed by both: signed by {employee} and countersigned by {manager}; nothing was changed "
                     "since.").format(employee=employee, manager=self.manager.name or _("the line manager"))
        return _("Signed by {employee} and unchanged since; not countersigned yet.").format(employee=employee)


def read_passport(pdf_bytes: bytes, *, today: dt.date | None = None) -> PassportReading:
    """Read a passport PDF (employee-signed or countersigned) for a person to read, with the verdict.

    Raises the typed :class:`.ExchangeError` of the verdict only when there is nothing trustworthy to
    show: not a passport PDF, no employee signature, no readable passport data. A broken signature or a
    change after signing is a failed verdict in the reading, not an exception.

    ``today`` (the caller's local date) keeps a countersignature's day from being later than today when the
    signer's clock was wrong; without it the day is taken as the file says.
    """
    from carerpassport.exchange.pdf_validation import examine  # the PDF libraries: see the imports above

    return reading_from(examine(pdf_bytes), today=today)


def reading_from(checked: CheckedPdf, *, today: dt.date | None = None) -> PassportReading:
    """:func:`read_passport` of a file already examined (manager mode's :class:`ReceivedPassport` holds one)."""
    from carerpassport.exchange.pdf_validation import external_sentence  # loaded already: checked exists

    if checked.passport is None:
        checked.raise_for_problems()  # the problem that says why the passport data cannot be read
        raise ExchangeError(_("The passport data inside this PDF is not valid."))  # never: a problem says so
    problems = [p.sentence for p in checked.failures]
    if checked.external_reason:
        problems.append(external_sentence(checked.external_reason))
    marker = checked.marker
    received, refusal = _countersignable(checked)
    return PassportReading(
        file_sha256=checked.file_sha256, passport=checked.passport, passport_id=checked.passport.id,
        revision=checked.marked_revision, content_sha256=checked.content_hash,
        recipient=display_name(marker.get("Recipient", "")),
        purpose=display_comment(str(marker.get("Purpose", ""))[:MAX_PURPOSE_SHOWN]).strip(),
        exported_on=_iso_date(marker.get("PreparedOn")) or _local_day(checked.employee.signed_at),
        employee=_employee(checked), manager=_manager(checked, today), ok=not problems, problems=tuple(problems),
        notes=checked.notes, received=received, not_countersignable=refusal)


def _employee(checked: CheckedPdf) -> SignatureReading:
    employee = checked.employee
    if not employee.intact:
        verdict = _("Changed after it was signed: the signature no longer matches the content.")
    elif not employee.valid:
        verdict = _("Not valid: the signature was not made by the key in its certificate.")
    elif checked.manager is not None:
        verdict = _("Valid: only the line manager's fields and signature were added after it was signed.")
    else:
        verdict = _("Valid: nothing was changed since it was signed.")
    return _signature(employee, employee.sound, verdict)


def _manager(checked: CheckedPdf, today: dt.date | None) -> ManagerReading | None:
    from carerpassport.exchange.countersigned_import import agreed_day
    from carerpassport.exchange.pdf_reading import MANAGER_TEXT_FIELDS
    from carerpassport.exchange.pdf_render import MANAGER_COMMENT_FIELD, MANAGER_DATE_FIELD, MANAGER_NAME_FIELD

    manager = checked.manager
    if manager is None:
        return None
    holds = manager.sound and checked.manager_covers_all and not checked.external_reason
    if not manager.sound:
        verdict = _("Broken: the file was changed after the manager signed it, or their certificate was altered.")
    elif not checked.manager_covers_all:
        verdict = _("Does not cover the whole file: something was added after the manager signed it.")
    elif checked.external_reason:
        # Translators: {reason} says what the manager's PDF reader changed.
        verdict = _("Signed externally — check before accepting ({reason}).").format(reason=checked.external_reason)
    else:
        verdict = _("Valid: covers the whole file.")
    fields = {name: checked.manager_text.get(name, "") for name in MANAGER_TEXT_FIELDS}
    return ManagerReading(
        signature=_signature(manager, holds, verdict), typed_name=display_name(fields[MANAGER_NAME_FIELD]),
        comment=display_comment(fields[MANAGER_COMMENT_FIELD]).strip(),
        countersigned_on=agreed_day(manager.signed_at, fields[MANAGER_DATE_FIELD], today or dt.date.max)
        if manager.signed_at is not None or _iso_date(fields[MANAGER_DATE_FIELD]) else None)


def _signature(check: SignatureCheck, holds: bool, verdict: str) -> SignatureReading:
    return SignatureReading(signer_name=check.signer_name, fingerprint=check.fingerprint, signed_at=check.signed_at,
                            holds=holds, verdict=verdict)


def _countersignable(checked: CheckedPdf) -> tuple[ReceivedPassport | None, str]:
    """The file as manager mode countersigns it, when it may be (sound, not countersigned, room to sign);
    else why not, in manager mode's own sentence."""
    from carerpassport.exchange.countersign import received_from

    try:
        return received_from(checked), ""
    except ExchangeError as exc:  # our own refusals (the verdict's problems, already countersigned, no field)
        return None, str(exc)


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()) if value else None
    except ValueError:
        return None


def _local_day(when: dt.datetime | None) -> dt.date | None:
    return when.astimezone().date() if when is not None else None


# --- as plain text (the CLI, and tests that read what a person reads) -------------------------------

def reading_lines(reading: PassportReading, template: Template) -> list[str]:
    """The reading as lines of plain text, in the order the view shows it: the verdict, the export, the
    people, the answers (labelled by ``template``), the actions, the review and the signatures."""
    passport = reading.passport
    not_recorded = _("(not recorded)")
    lines = [_("Verdict: {verdict}").format(verdict=reading.verdict)]
    lines += [_("Problem: {problem}").format(problem=problem) for problem in reading.problems[1:]]
    lines += [_("Shared with: {recipient}").format(recipient=reading.recipient or not_recorded),
              _("Purpose of sharing: {purpose}").format(purpose=reading.purpose or _("(not given)")),
              _("Prepared on: {day}").format(
                  day=readable_date(reading.exported_on) if reading.exported_on else not_recorded),
              _("Passport {passport}, revision {revision}").format(
                  passport=reading.passport_id, revision=reading.revision if reading.revision is not None else "?"),
              "", _("Employee: {person}").format(
                  person=_person(passport.employee.name, passport.employee.role, passport.employee.team)),
              _("Line manager: {person}").format(
                  person=_person(passport.manager.name, passport.manager.role, passport.manager.team)), ""]
    for title, answers in answer_sections(passport, template):
        lines.append(title)
        for _field_id, label, text in answers:
            lines += [f"  {label}", "    " + text.replace("\n", "\n    ")]
        lines.append("")
    lines.append(_("Agreed actions"))
    for action in passport.actions:
        lines += _action_lines(action)
    if not passport.actions:
        lines.append("  " + _("(none shared)"))
    review = passport.review
    lines += ["", _("Last agreed: {day}").format(
        day=readable_date(review.last_agreed) if review.last_agreed else _("not yet agreed")),
              _("Next review: {day}").format(
                  day=readable_date(review.next_review) if review.next_review else _("not set")), ""]
    if reading.sharing_agreement is not None:
        lines.append(_("Sharing agreement: who else may be given this passport"))
        lines += [f"  {line}" for line in agreement_lines(reading.sharing_agreement)] + [""]
    else:
        lines += [_("Sharing agreement: not in this copy"), ""]
    lines += _signature_lines(_("Employee's signature"), reading.employee)
    if reading.manager is not None:
        manager = reading.manager
        lines += _signature_lines(_("Line manager's signature"), manager.signature)
        if manager.typed_name_differs:
            lines.append("  " + _("Name typed beside it: {name}").format(name=manager.typed_name))
        if manager.countersigned_on:
            lines.append("  " + _("Countersigned on: {day}").format(day=readable_date(manager.countersigned_on)))
        lines.append("  " + _("Comment: {comment}").format(
            comment=manager.comment.replace("\n", "\n    ") or _("(none)")))
    else:
        lines.append(_("Line manager's signature: not countersigned yet"))
    return lines


def _action_lines(action: AgreedAction) -> list[str]:
    status = ACTION_STATUS_LABELS[action.status]
    # Translators: {what} is the agreed action; {kind} and {status} words such as "Leave" and "Agreed".
    lines = ["  - " + _("{what} ({kind}; {status})").format(what=action.what, kind=ACTION_KIND_LABELS[action.kind],
                                                          status=status)]
    if action.decline_reason:
        lines.append("    " + _("Why declined: {reason}").format(reason=action.decline_reason))
    dates = [what.format(day=readable_date(day)) for what, day in (
        (_("agreed {day}"), action.agreed_on), (_("start by {day}"), action.implement_by),
        (_("review {day}"), action.review_on)) if day]
    who = [_("who: {owner}").format(owner=action.owner)] if action.owner else []
    if who or dates:
        lines.append("    " + "; ".join([*who, *dates]))
    return lines


def answer_sections(passport: Passport, template: Template) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The shared answers grouped as the PDF groups them: each template section's title with its
    (question id, question label, answer) triples, then "Other answers" for questions the template does
    not have (labelled by their id, as the PDF does)."""
    sections: list[tuple[str, list[tuple[str, str, str]]]] = []
    placed: set[str] = set()
    for section in template.sections:
        fields = [f for f in section.fields if not f.for_manager and f.id in passport.answers]
        placed.update(f.id for f in fields)
        shown = [(f.id, f.label, passport.answers[f.id].text) for f in fields]
        if shown:
            sections.append((section.title, shown))
    leftovers = sorted(set(passport.answers) - placed)
    if leftovers:
        sections.append((_("Other answers"), [(field_id, field_id, passport.answers[field_id].text)
                                           for field_id in leftovers]))
    return sections


def _person(name: str, role: str, team: str) -> str:
    return ", ".join(part for part in (name, role, team) if part.strip()) or _("(not given)")


def _signature_lines(title: str, signature: SignatureReading) -> list[str]:
    when = readable_datetime(signature.signed_at) if signature.signed_at else _("time not recorded")
    # Translators: {title} is "Employee's signature" or "Line manager's signature"; {when} a date and time.
    return [_("{title}: {name}, {when}").format(title=title, name=signature.signer_name
                                                or _("(no name in the certificate)"), when=when),
            "  " + _("Certificate fingerprint: {fingerprint}").format(fingerprint=signature.fingerprint),
            f"  {signature.verdict}"]
