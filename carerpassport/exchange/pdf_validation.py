"""The one verdict on a passport PDF, shared by ``verify``, manager mode, the countersigned import and bundles.

:func:`examine` reads the bytes (through :mod:`.pdf_reading`), checks both signatures (through
:mod:`.pdf_signatures`) and returns a :class:`CheckedPdf`: the facts every entry point shows and the
problems every entry point refuses on, each a sentence with its error type, in one order. So one file
gets one verdict wherever it is opened; what differs is only what each entry point then needs
(manager mode: not countersigned yet; the import: countersigned, and by this vault's key).

What the employee signed is always read from the revision their signature covers, never from the
latest: a later incremental update can add or swap objects, and only the signed revision is the
employee's word.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation.status import SignatureCoverageLevel

from carerpassport.domain.canonical import load_canonical
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import Passport
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.countersign_policy import describe_changes, only_validation_data_after, plain_list
from carerpassport.exchange.errors import (
    ChangedAfterCountersignError,
    ExchangeError,
    NotAPassportFileError,
    TamperedDocumentError,
)
from carerpassport.exchange.pdf_reading import (
    OpenedPdf,
    attachment_at,
    empty_signature_fields,
    field_names,
    looks_like_a_passport,
    manager_fields,
    marker_at,
    open_pdf,
    page_contents,
    parsing,
    signatures,
)
from carerpassport.exchange.pdf_render import EMPLOYEE_SIGNATURE_FIELD, MANAGER_SIGNATURE_FIELD
from carerpassport.exchange.pdf_signatures import SignatureCheck, check_signature

_PASSPORT_KEYS = {"format", "id", "template", "employee", "manager", "answers", "actions", "review", "private_notes",
                  "sharing_agreement"}


@dataclasses.dataclass(frozen=True)
class Problem:
    """One reason a file cannot be trusted, with the error type a refusal raises."""

    sentence: str
    error: type[ExchangeError] = TamperedDocumentError


def external_sentence(reason: str) -> str:
    """The one sentence for a countersignature whose changes cannot be classified (every entry point)."""
    # Translators: {reason} says what the line manager's PDF reader changed ("text on page 1 changed").
    return _("Signed externally — check before accepting: the line manager's PDF reader changed more than their "
             "own fields ({reason}). Compare the pages with the employee's copy before relying on it.").format(
        reason=reason)


class Verdict:
    """What a finding about a file says to the code that acts on it: no problem (:attr:`ok`), or the typed
    error of the first problem. :class:`CheckedPdf` and ``pdf_report.VerificationReport`` both are one,
    each over its own ``failures`` (the report's add the "signed externally" sentence)."""

    failures: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """No problem refuses this file."""
        return not self.failures

    def raise_for_problems(self) -> None:
        """Raise the typed error of the first problem (nothing when the file is sound)."""
        if self.failures:
            first = self.failures[0]
            raise first.error(first.sentence)


@dataclasses.dataclass(frozen=True)
class CheckedPdf(Verdict):
    """A passport PDF and the verdict on it (nothing stored anywhere). :attr:`ok` may still be true for a
    file signed externally (:attr:`external_reason`)."""

    pdf_bytes: bytes
    file_sha256: str
    lenient: bool
    employee: SignatureCheck
    #: The countersignature (the one signature besides the employee's), if there is one.
    manager: SignatureCheck | None
    #: The countersignature covers the whole file, or all that follows it is validation data a reader added.
    manager_covers_all: bool
    #: passport.json exactly as the employee signed it (read from the signed revision).
    passport_json: bytes
    shared: dict[str, Any]
    #: The shared passport, validated like any passport; None when it is not valid (a problem says why).
    passport: Passport | None
    #: The ``/CarerPassport`` facts of the signed revision (passport id, revision, hashes).
    marker: dict[str, Any]
    content_hash: str
    manager_field_present: bool
    manager_field_empty: bool
    #: The current values of the manager's text fields.
    manager_text: dict[str, str]
    #: Countersigned soundly over the whole file, but with changes pyHanko cannot classify (a reader that
    #: rewrote more than the form): "signed externally — check before accepting". "" otherwise.
    external_reason: str
    failures: tuple[Problem, ...]
    notes: tuple[str, ...]

    @property
    def marked_revision(self) -> int | None:
        value = self.marker.get("Revision")
        return value if isinstance(value, int) else None


def examine(data: bytes) -> CheckedPdf:
    """Check ``data`` and return the verdict.

    Raises only when the file cannot be examined at all (:class:`NotAPassportFileError`;
    :class:`TamperedDocumentError` when the employee signature or the signed passport.json is
    missing); every other finding is a problem in :attr:`CheckedPdf.failures`.
    """
    opened = open_pdf(data)
    reader = opened.reader
    found = signatures(reader)
    employee_sig = next((s for s in found if s.field_name == EMPLOYEE_SIGNATURE_FIELD), None)
    if employee_sig is None:
        if looks_like_a_passport(reader):
            raise TamperedDocumentError(_("This passport has no employee signature: it was removed or the file was "
                                          "never signed. Do not rely on it; ask the employee for a new copy."))
        raise NotAPassportFileError(_("This PDF is not a Carer's Passport: it has no employee signature."))
    employee = check_signature(employee_sig)
    passport_json = attachment_at(reader, employee.signed_revision)
    if passport_json is None:
        raise TamperedDocumentError(_("The signed part of this file holds no readable passport.json attachment, so "
                                      "the app cannot tell what was shared. Ask for a new copy."))
    failures: list[Problem] = []
    notes: list[str] = []
    shared, passport = _shared_content(passport_json, failures)
    marker = marker_at(reader, employee.signed_revision)
    content_hash = hashlib.sha256(passport_json).hexdigest()
    _check_employee(employee, failures)
    _check_marker(marker, shared, content_hash, employee, failures)
    if attachment_at(reader) != passport_json:
        failures.append(Problem(_("The passport.json attachment was replaced after the employee signed; what a PDF "
                                  "reader shows as attached is not what was signed.")))
    others = [s for s in found if s is not employee_sig]
    manager = _manager(others, employee, failures)
    covers_all = manager is not None and (manager.whole_file or only_validation_data_after(
        data, reader, manager.signed_revision, manager.modification))
    external = _changes_after_signing(opened, employee, manager, covers_all, failures)
    _check_nothing_unsigned_appended(opened, manager or employee, covers_all, failures, notes)
    return CheckedPdf(
        pdf_bytes=data, file_sha256=hashlib.sha256(data).hexdigest(), lenient=opened.lenient, employee=employee,
        manager=manager, manager_covers_all=covers_all, passport_json=passport_json, shared=shared,
        passport=passport, marker=marker,
        content_hash=content_hash, manager_field_present=MANAGER_SIGNATURE_FIELD in field_names(reader),
        manager_field_empty=MANAGER_SIGNATURE_FIELD in empty_signature_fields(reader),
        manager_text=manager_fields(reader), external_reason=external, failures=tuple(failures),
        notes=tuple(notes))


def passport_from_json(raw: bytes) -> Passport:
    """The shared passport inside a PDF, validated like any passport (private parts are absent)."""
    try:
        data = load_canonical(raw)
        if not isinstance(data, dict):
            raise ValidationError(_("not an object"))
        # The shared form leaves out private notes and share flags; fill them so the model reads it.
        full = {key: value for key, value in data.items() if key in _PASSPORT_KEYS}
        answers = data.get("answers", {})
        if isinstance(answers, dict):
            full["answers"] = {k: {"text": v.get("text", ""), "shared": True} if isinstance(v, dict) else v
                               for k, v in answers.items()}
        actions = data.get("actions", [])
        if isinstance(actions, list):
            full["actions"] = [{**a, "shared": True} if isinstance(a, dict) else a for a in actions]
        return Passport.from_dict(full)
    except ValidationError as exc:
        raise NotAPassportFileError(_("The passport data inside this PDF is not valid ({exc}).").format(
                                        exc=exc)) from None


# --- the checks ------------------------------------------------------------------------------------

def _shared_content(passport_json: bytes, failures: list[Problem]) -> tuple[dict[str, Any], Passport | None]:
    try:
        value = load_canonical(passport_json)
    except ValidationError as exc:
        failures.append(Problem(_("The signed passport.json cannot be read: {exc}").format(
                                    exc=exc), NotAPassportFileError))
        return {}, None
    if not isinstance(value, dict):
        failures.append(Problem(_("The signed passport.json is not a passport."), NotAPassportFileError))
        return {}, None
    try:
        return value, passport_from_json(passport_json)
    except NotAPassportFileError as exc:
        failures.append(Problem(str(exc), NotAPassportFileError))
        return value, None


def _check_employee(employee: SignatureCheck, failures: list[Problem]) -> None:
    if not employee.intact:
        failures.append(Problem(_("The file was changed after the employee signed it: the signature no longer "
                                  "matches the content. Do not rely on it; ask the employee for a new copy.")))
    elif not employee.valid:
        failures.append(Problem(_("The employee's signature is not valid (it was not made by the key in its "
                                  "certificate). Do not rely on this file.")))
    if not employee.certification or employee.docmdp_level != MDPPerm.FILL_FORMS:
        failures.append(Problem(_("The employee's signature is not the certification this app makes (only form "
                                  "filling allowed afterwards), so later changes cannot be checked."),
                                NotAPassportFileError))
    elif not employee.locks_all_but_manager_fields:
        failures.append(Problem(_("The employee's signature does not lock the passport as this app does "
                                  "(everything except the line manager's fields)."), NotAPassportFileError))


def _check_marker(marker: dict[str, Any], shared: dict[str, Any], content_hash: str, employee: SignatureCheck,
                  failures: list[Problem]) -> None:
    if not marker:
        failures.append(Problem(_("The signed part of this file does not say which passport and revision it is."),
                                NotAPassportFileError))
        return
    if marker.get("ContentSHA256") != content_hash:
        failures.append(Problem(_("The attached passport.json does not match the content hash printed on the "
                                  "pages; the attachment was altered.")))
    if shared and marker.get("PassportId") != shared.get("id"):
        failures.append(Problem(_("The attached passport.json is for a different passport than the pages say.")))
    if marker.get("EmployeeFingerprint") != employee.fingerprint:
        failures.append(Problem(_("The signature was made with a different certificate than the fingerprint "
                                  "printed on the pages. Do not rely on this file.")))


def _manager(others: list[Any], employee: SignatureCheck, failures: list[Problem]) -> SignatureCheck | None:
    """The countersignature: exactly one signature besides the employee's, sound, made after it."""
    if not others:
        return None
    if len(others) > 1:
        names = ", ".join(str(s.field_name)[:40] for s in others)[:80]
        failures.append(Problem(_("This PDF carries {count} countersignatures ({names}); a countersigned "
                                  "passport has exactly one, the line manager's.").format(
                                  count=len(others), names=names)))
    manager = check_signature(others[-1])
    if not manager.sound:
        failures.append(Problem(_("The manager's signature on this PDF is broken: the file was changed after they "
                                  "signed it, or their certificate was altered. Ask for the original file.")))
    if manager.signed_revision <= employee.signed_revision:
        failures.append(Problem(_("The manager's signature is older than the employee's in this file; it is not a "
                                  "countersigned copy of the employee's export.")))
    return manager


def _changes_after_signing(opened: OpenedPdf, employee: SignatureCheck, manager: SignatureCheck | None,
                           covers_all: bool, failures: list[Problem]) -> str:
    """"" when what was added after the employee signed is allowed form filling; when a sound
    countersignature covers changes the passport policy does not allow (a reader that also changed a page
    or added a comment), what changed in plain words: the copy is held, "signed externally — check before
    accepting". Without such a countersignature, anything beyond form filling is a problem. A lenient parse
    or a signature outside the manager's box are checked the same way even when pyHanko allowed the
    changes. ``covers_all``: the manager's signature covers the whole file, or everything after it is
    validation data (:func:`.countersign_policy.only_validation_data_after`)."""
    if not employee.intact or employee.whole_file:
        return ""
    new_field = manager is not None and manager.field_name != MANAGER_SIGNATURE_FIELD
    countersigned = manager is not None and manager.sound and covers_all
    if not employee.changed_beyond_form_filling and not (countersigned and (opened.lenient or new_field)):
        return ""
    if not countersigned:
        failures.append(Problem(_("Something other than the line manager's fields and signature was added or "
                                  "changed after the employee signed ({what_changed}). Do not "
                                  "rely on this copy; ask the employee for a new one.").format(
                                  what_changed=_what_changed(opened, employee))))
        return ""
    reasons = []
    if new_field and manager is not None:
        reasons.append(f"the manager signed in a new field {manager.field_name[:40]!r} instead of the manager's "
                       "signature box")
    # Reading leniently alone does not make a copy suspicious. poppler's and Okular's updates need it only
    # because they write an object's new version as a new generation without first freeing the old one
    # (pyHanko's strict reader refuses that). Nothing is taken on trust because of it: both signatures are
    # still verified over the exact bytes they cover, the revision structure is still checked (the
    # employee's signature covers a whole earlier revision, the manager's the whole file, one revision per
    # signature), and pyHanko's difference analysis still compares every later revision with the signed one,
    # object by object, under :func:`.countersign_policy.passport_diff_policy`. Only what that analysis does
    # not allow is held. As belt and braces, the signed pages are compared too (the attachment was compared
    # in examine(): a replaced passport.json is refused, never held).
    latest = opened.revisions - 1
    pages_changed = page_contents(opened.reader, employee.signed_revision) != page_contents(opened.reader, latest)
    if employee.changed_beyond_form_filling or pages_changed:
        reasons.append(_what_changed(opened, employee))
    return plain_list(reasons)


def _what_changed(opened: OpenedPdf, employee: SignatureCheck) -> str:
    """What changed after the employee signed, in plain words ("text on page 1 changed"), never pyHanko's
    dict dump."""
    if employee.coverage is None or employee.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return employee.unclassified_reason  # our own sentence: the signature covers no whole revision
    with parsing():
        return plain_list(describe_changes(opened.reader, employee.signed_revision, employee.unclassified_reason))


def _check_nothing_unsigned_appended(opened: OpenedPdf, last: SignatureCheck, covers_all: bool,
                                     failures: list[Problem], notes: list[str]) -> None:
    """Whatever follows the last signature must be a proper revision (then difference analysis judged it)."""
    if last.whole_file:
        return
    if last.field_name != EMPLOYEE_SIGNATURE_FIELD and covers_all:
        notes.append(_("The line manager's reader added validation data (certificates) after they signed."))
        return
    later_revisions = opened.revisions - 1 - last.signed_revision
    if later_revisions <= 0:
        failures.append(Problem(_("Data was appended to the file after the last signature. Do not rely on this "
                                  "copy; ask for a new one.")))
    elif last.field_name != EMPLOYEE_SIGNATURE_FIELD:
        failures.append(Problem(_("Something was added to this PDF after the line manager signed it (their signature "
                                  "does not cover the whole file). Ask for the original file."),
                                ChangedAfterCountersignError))
    elif not last.changed_beyond_form_filling:
        notes.append(_("The line manager's fields were changed after the employee signed, but nobody countersigned "
                       "the change."))
