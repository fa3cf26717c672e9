"""A countersigned passport PDF, checked before anything touches the vault: what the file itself says.

:func:`read_countersigned` refuses a file whose own verdict fails (not ours, not countersigned, our own
key on both signatures); the checks against the vault's history and pins are the use case's
(:mod:`carerpassport.usecases.countersigned_accept`), which builds the :class:`CountersignedImport`
whose :attr:`~CountersignedImport.state` says what the employee must decide:

- ``ACCEPTABLE``: our signature, a revision from our history, the manager's signature over the whole
  file, only the manager's fields changed, and the manager's certificate is already pinned.
- ``NEEDS_TRUST``: all of that, but the manager's certificate is new: show its fingerprint to compare.
- ``CERTIFICATE_CHANGED``: a certificate we have not seen, for a manager whose earlier one is pinned.
- ``SIGNED_EXTERNALLY``: the manager's sound signature covers the whole file, but their reader changed
  more than the form (a comment, page text): "check before accepting", with what changed in plain
  words. The signed passport.json is never allowed to change (that is refused).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
from collections.abc import Mapping, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from carerpassport.domain.dates import readable_date
from carerpassport.domain.display_text import display_comment, display_name
from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import Passport
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import (
    ExchangeError,
    NotAPassportFileError,
    NotOurSignatureError,
    OwnKeyCountersignError,
)
from carerpassport.exchange.identity import fingerprint_of
from carerpassport.exchange.pdf_reading import open_pdf, parsing, signatures
from carerpassport.exchange.pdf_render import MANAGER_COMMENT_FIELD, MANAGER_DATE_FIELD, MANAGER_NAME_FIELD
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.exchange.pdf_validation import CheckedPdf, examine, external_sentence
from carerpassport.resource_files import spoken_fingerprint


class NotCountersignedError(ExchangeError):
    """The PDF carries only the employee's signature."""


class UnknownRevisionError(ExchangeError):
    """Our signature, but content that matches no revision in this vault."""


class AlreadyImportedError(ExchangeError):
    """This exact countersigned file was imported before."""


class ImportState(enum.StrEnum):
    """What the employee must decide before a checked file is recorded."""

    ACCEPTABLE = "acceptable"
    NEEDS_TRUST = "needs_trust"
    CERTIFICATE_CHANGED = "certificate_changed"
    SIGNED_EXTERNALLY = "signed_externally"


#: In English: shown with ``_(STATE_LABELS[state])``.
STATE_LABELS = {
    ImportState.ACCEPTABLE: N_("Ready to record: signed by a manager you already trust"),
    ImportState.NEEDS_TRUST: N_("New manager certificate: compare the fingerprint before trusting it"),
    ImportState.CERTIFICATE_CHANGED: N_("WARNING: this manager signed with a different certificate than before"),
    ImportState.SIGNED_EXTERNALLY: N_("Signed externally — check before accepting"),
}


@dataclasses.dataclass(frozen=True)
class CountersignedImport:
    """A countersigned passport that passed every check that can refuse it (nothing stored yet)."""

    source: str
    pdf_bytes: bytes
    file_sha256: str
    state: ImportState
    passport_id: str
    #: The vault revision the employee signed (and the manager agreed to).
    revision: int
    #: How many edits were saved after that revision (changes the manager has not seen).
    newer_revisions: int
    employee: SignatureCheck
    manager: SignatureCheck
    manager_name: str
    comment: str
    manager_date: str
    #: The day the manager countersigned (:func:`agreed_day`).
    agreed_on: dt.date
    #: Fingerprints already pinned for a manager of this name (non-empty for CERTIFICATE_CHANGED).
    pinned_fingerprints: tuple[str, ...]
    #: Why the manager's update could not be classified ("" unless signed externally).
    external_reason: str

    #: The manager's certificate is already pinned in this vault.
    manager_pinned: bool
    #: What the manager signed (:func:`signed_content_identity`): the same for copies that differ only in
    #: the unsigned padding of their signature, so such a copy is recognised as already imported.
    signed_content_sha256: str = ""

    # --- what must be decided --------------------------------------------------------------------
    @property
    def needs_trust(self) -> bool:
        """The manager's certificate is not pinned yet (new, or different from the pinned one)."""
        return not self.manager_pinned

    @property
    def needs_external_acceptance(self) -> bool:
        """The manager's reader changed more than the form: the employee must accept that explicitly."""
        return bool(self.external_reason)

    @property
    def certificate_name(self) -> str:
        """The manager's name as their signing certificate gives it: the identity the employee compares and
        trusts (the name typed on the form is anyone's to type). The typed name when the certificate has none."""
        return self.manager.signer_name or self.manager_name

    @property
    def manager_in_words(self) -> str:
        """The certificate's name, with the name typed on the form beside it only where the two differ."""
        typed, certified = self.manager_name, self.certificate_name
        if typed.casefold() != certified.casefold():
            # Translators: {certified} is the name in the manager's certificate, {typed} the name on the form.
            return _("{certified} (typed on the form as “{typed}”)").format(certified=certified, typed=typed)
        return certified

    def missing_decision(self, *, trust_new_manager: bool, accept_external: bool) -> str:
        """"" if the given choices are enough to record this file, else a sentence saying what is missing."""
        if self.state is ImportState.CERTIFICATE_CHANGED and not trust_new_manager:
            return _("{name} signed with a DIFFERENT certificate ({fingerprint}) than the one you trusted before; "
                     "confirm with them in person before trusting it.").format(
                     name=self.certificate_name, fingerprint=self.manager.fingerprint)
        if self.needs_trust and not trust_new_manager:
            return _("{name}'s certificate is new to this vault: compare its fingerprint {fingerprint} with them "
                     "before trusting it (they find theirs in their app: Help › My identity).").format(
                     name=self.certificate_name, fingerprint=self.manager.fingerprint)
        if self.needs_external_acceptance and not accept_external:
            return external_sentence(self.external_reason)
        return ""

    def summary(self) -> list[str]:
        """Lines that describe the file for a person (CLI and dialog)."""
        manager = (_("Manager signature: {name} ({fingerprint}), covers the whole file") if self.manager.whole_file
                   else _("Manager signature: {name} ({fingerprint}), covers the whole file except validation data "
                          "their reader added"))
        lines = [
            _("State: {state}").format(state=_(STATE_LABELS[self.state])),
            _("Employee signature: {name} ({fingerprint}) — yours, intact").format(
                name=self.employee.signer_name, fingerprint=self.employee.fingerprint),
            manager.format(name=self.manager_in_words, fingerprint=self.manager.fingerprint),
            _("Manager's fingerprint words: {words}").format(
                words=" ".join(spoken_fingerprint(self.manager.fingerprint)[1])),
            _("Signed by the manager on: {date}").format(date=readable_date(self.agreed_on)),
            _("Manager's comment: {comment}").format(comment=self.comment or _("(none)")),
            _("Agrees to revision {revision} of your passport").format(revision=self.revision),
        ]
        if self.newer_revisions:
            lines.append(_("You saved {count} newer revision(s) since; the manager has not seen them.").format(
                count=self.newer_revisions))
        if self.pinned_fingerprints and self.state is ImportState.CERTIFICATE_CHANGED:
            lines.append(_("Previously trusted certificate(s): {fingerprints}").format(
                fingerprints="; ".join(self.pinned_fingerprints)))
        if self.external_reason:
            lines.append(_("Why it needs checking: {reason}").format(reason=self.external_reason))
        return lines


@dataclasses.dataclass(frozen=True)
class CountersignedFile:
    """What a countersigned copy of our passport says by itself (no vault consulted yet)."""

    checked: CheckedPdf
    #: What the employee shared and signed.
    shared: Passport
    employee: SignatureCheck
    manager: SignatureCheck
    manager_name: str
    comment: str
    manager_date: str
    #: :func:`signed_content_identity` of the manager's signature.
    signed_content_sha256: str


def read_countersigned(pdf_bytes: bytes, *, our_fingerprint: str) -> CountersignedFile:
    """The checks a countersigned copy must pass by itself; raise a typed :class:`ExchangeError` naming
    the first failure.

    The file's own verdict is the one every entry point gives (:func:`.pdf_validation.examine`); then:
    signed with our key, countersigned, and by a key that is not our own.
    """
    checked = examine(pdf_bytes)
    checked.raise_for_problems()
    employee, manager = checked.employee, checked.manager
    if employee.fingerprint != our_fingerprint:
        raise NotOurSignatureError(
            _("This passport was signed by {value} ({fingerprint}), "
              "not by this vault's key. Import only a passport you exported from this vault.").format(
              value=employee.signer_name or 'someone else', fingerprint=employee.fingerprint))
    if manager is None:
        raise NotCountersignedError(_("This PDF has only your signature; your manager has not countersigned it "
                                      "yet."))
    if same_key(manager.cert_pem, employee.cert_pem):
        raise OwnKeyCountersignError(
            _("The countersignature on this PDF was made with your own key ({fingerprint}), not your "
              "manager's. A passport is agreed by both only when your manager signs it with their own identity; "
              "nothing was imported.").format(fingerprint=manager.fingerprint))
    shared = checked.passport
    if shared is None:  # never: an invalid passport.json is one of the problems above
        raise NotAPassportFileError(_("The passport data inside this PDF is not valid."))
    fields = checked.manager_text
    return CountersignedFile(
        checked=checked, shared=shared, employee=employee, manager=manager,
        manager_name=display_name(fields[MANAGER_NAME_FIELD]) or manager.signer_name or "your manager",
        comment=display_comment(fields[MANAGER_COMMENT_FIELD]), manager_date=fields[MANAGER_DATE_FIELD].strip(),
        signed_content_sha256=signed_content_identity(pdf_bytes, manager.byte_range, manager.fingerprint))


def agreed_day(signed_at: dt.datetime | None, manager_date: str, today: dt.date) -> dt.date:
    """The day the manager countersigned, as the manager meant it: a calendar date is the local date on the
    machine of the person who did it (docs/architecture.md, "Dates and times").

    The date the manager's side wrote in ManagerDate is their local date; it is taken when it is within a day
    of the signature's instant (every time zone is). Otherwise (a reader's user typed something else, or
    nothing) the signing instant is taken in this machine's local time. A signature without a time falls
    back to the written date, then to ``today``. Never later than ``today`` (this machine's local date from
    the injected clock): a clock set in the future must not push the review date out.
    """
    try:
        written: dt.date | None = dt.date.fromisoformat(manager_date.strip())
    except ValueError:
        written = None
    if signed_at is not None:
        instant_day = signed_at.astimezone(dt.UTC).date()
        if written is not None and abs((written - instant_day).days) <= 1:
            day = written
        else:
            day = signed_at.astimezone().date()
    else:
        day = written or today
    return min(day, today)


def same_key(cert_pem: bytes, other_pem: bytes) -> bool:
    """Whether two certificates hold the same public key (a certificate re-made around one's own key is
    still one's own signature)."""
    keys = [x509.load_pem_x509_certificate(pem).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) for pem in (cert_pem, other_pem)]
    return keys[0] == keys[1]


def signed_content_identity(pdf_bytes: bytes, byte_range: Sequence[int], fingerprint: str) -> str:
    """What a signature signed, as one hash: the signer's fingerprint and the bytes its /ByteRange covers.

    Deduplicating by the file's own hash is not enough: the signature value sits in /Contents, a hex
    string padded with zeros that the byte range leaves out, so flipping one padding digit makes another
    file with a still-valid signature over the very same bytes. This hash ignores that padding."""
    digest = hashlib.sha256(fingerprint.encode("utf-8") + b"\0")
    offsets = [int(value) for value in byte_range]
    for start, length in zip(offsets[0::2], offsets[1::2], strict=True):
        digest.update(pdf_bytes[start:start + length])
    return digest.hexdigest()


def stored_signed_content(data: bytes, details: Mapping[str, object]) -> str:
    """The signed-content identity of a copy accepted before: as recorded in its ``details``, else computed
    from its bytes (a copy imported before the identity was recorded)."""
    recorded = details.get("signed_content_sha256")
    if isinstance(recorded, str) and recorded:
        return recorded
    try:
        found = signatures(open_pdf(data).reader)
        if not found:
            return ""
        last = found[-1]
        with parsing():
            byte_range, cert = list(last.byte_range), last.signer_cert.dump()
        return signed_content_identity(data, byte_range, fingerprint_of(x509.load_der_x509_certificate(cert)))
    except PassportError:  # a copy this vault accepted no longer reads: compare by hash only
        return ""


class ExternalSignatureNotAcceptedError(ExchangeError):
    """A file signed externally was not explicitly accepted."""
