"""Checking a countersigned passport PDF before anything touches the vault.

:meth:`CountersignedImport.check` reads the vault (never writes it) and either raises a typed error
naming the one reason the file is refused, or returns a :class:`CountersignedImport` whose
:attr:`~CountersignedImport.state` says what the employee must decide:

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
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from carerpassport.domain.canonical import load_canonical, sha256_hex
from carerpassport.domain.dates import readable_date
from carerpassport.domain.display_text import display_comment, display_name
from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import Passport
from carerpassport.domain.review import default_next_review
from carerpassport.exchange.errors import (
    ExchangeError,
    NotAPassportFileError,
    NotOurSignatureError,
    OwnKeyCountersignError,
    RollbackError,
    UntrustedSignerError,
)
from carerpassport.exchange.identity import fingerprint_of
from carerpassport.exchange.pdf_reading import open_pdf, parsing, signatures
from carerpassport.exchange.pdf_render import MANAGER_COMMENT_FIELD, MANAGER_DATE_FIELD, MANAGER_NAME_FIELD
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.exchange.pdf_validation import CheckedPdf, examine, external_sentence
from carerpassport.vault.repository import Attachment, Repository

#: Attachment kind of an accepted countersigned PDF (its details record the agreed revision).
COUNTERSIGNED_KIND = "countersigned_pdf"
#: Revision reason of the "agreed by both" revision an accepted import appends; revisions with it are not
#: counted as edits made since the export.
REASON_COUNTERSIGNED = "countersigned"


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


STATE_LABELS = {
    ImportState.ACCEPTABLE: "Ready to record: signed by a manager you already trust",
    ImportState.NEEDS_TRUST: "New manager certificate: compare the fingerprint before trusting it",
    ImportState.CERTIFICATE_CHANGED: "WARNING: this manager signed with a different certificate than before",
    ImportState.SIGNED_EXTERNALLY: "Signed externally — check before accepting",
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
    def agreed_on(self) -> dt.date:
        """The day the manager countersigned (their signing time, else the date they wrote; never later than
        today)."""
        today = dt.datetime.now(dt.UTC).date()
        if self.manager.signed_at is not None:
            day = self.manager.signed_at.astimezone(dt.UTC).date()
        else:
            try:
                day = dt.date.fromisoformat(self.manager_date.strip())
            except ValueError:
                day = today
        return min(day, today)  # a clock set in the future must not push the review date out

    def missing_decision(self, *, trust_new_manager: bool, accept_external: bool) -> str:
        """"" if the given choices are enough to record this file, else a sentence saying what is missing."""
        if self.state is ImportState.CERTIFICATE_CHANGED and not trust_new_manager:
            return (f"{self.manager_name} signed with a DIFFERENT certificate ({self.manager.fingerprint}) than "
                    "the one you trusted before; confirm with them in person before trusting it.")
        if self.needs_trust and not trust_new_manager:
            return (f"{self.manager_name}'s certificate is new to this vault: compare its fingerprint "
                    f"{self.manager.fingerprint} with them before trusting it.")
        if self.needs_external_acceptance and not accept_external:
            return external_sentence(self.external_reason)
        return ""

    def summary(self) -> list[str]:
        """Lines that describe the file for a person (CLI and dialog)."""
        lines = [
            f"State: {STATE_LABELS[self.state]}",
            f"Employee signature: {self.employee.signer_name} ({self.employee.fingerprint}) — yours, intact",
            f"Manager signature: {self.manager_name} ({self.manager.fingerprint}), covers the whole file"
            + ("" if self.manager.whole_file else " except validation data their reader added"),
            f"Signed by the manager on: {readable_date(self.agreed_on)}",
            f"Manager's comment: {self.comment or '(none)'}",
            f"Agrees to revision {self.revision} of your passport",
        ]
        if self.newer_revisions:
            lines.append(f"You saved {self.newer_revisions} newer revision(s) since; the manager has not seen them.")
        if self.pinned_fingerprints and self.state is ImportState.CERTIFICATE_CHANGED:
            lines.append("Previously trusted certificate(s): " + "; ".join(self.pinned_fingerprints))
        if self.external_reason:
            lines.append(f"Why it needs checking: {self.external_reason}")
        return lines

    # --- the checks ------------------------------------------------------------------------------
    @classmethod
    def check(cls, pdf_bytes: bytes, *, source: str, repo: Repository, our_fingerprint: str) -> CountersignedImport:
        """Run every check; raise a typed :class:`ExchangeError` naming the first failure. Reads only.

        The file's own verdict is the one every entry point gives (:func:`.pdf_validation.examine`); then
        come the checks against this vault: our key, a revision from our history, no rollback or repeat.
        """
        checked = examine(pdf_bytes)
        checked.raise_for_problems()
        employee, manager = checked.employee, checked.manager
        if employee.fingerprint != our_fingerprint:
            raise NotOurSignatureError(
                f"This passport was signed by {employee.signer_name or 'someone else'} ({employee.fingerprint}), "
                "not by this vault's key. Import only a passport you exported from this vault.")
        if manager is None:
            raise NotCountersignedError("This PDF has only your signature; your manager has not countersigned it "
                                        "yet.")
        if same_key(manager.cert_pem, employee.cert_pem):
            raise OwnKeyCountersignError(
                f"The countersignature on this PDF was made with your own key ({manager.fingerprint}), not your "
                "manager's. A passport is agreed by both only when your manager signs it with their own identity; "
                "nothing was imported.")
        shared = checked.passport
        if shared is None:  # never: an invalid passport.json is one of the problems above
            raise NotAPassportFileError("The passport data inside this PDF is not valid.")
        revision = _matching_revision(repo, checked, shared)
        signed_content = signed_content_identity(pdf_bytes, manager.byte_range, manager.fingerprint)
        _refuse_rollback_or_repeat(repo, revision, checked.file_sha256, signed_content)
        newer = [r for r in repo.revisions() if r.number > revision and r.reason != REASON_COUNTERSIGNED]
        fields = checked.manager_text
        manager_name = display_name(fields[MANAGER_NAME_FIELD]) or manager.signer_name or "your manager"
        state, pinned = _trust_state(repo, manager, manager_name, checked.external_reason)
        return cls(
            source=source, pdf_bytes=pdf_bytes, file_sha256=checked.file_sha256, state=state, passport_id=shared.id,
            revision=revision, newer_revisions=len(newer), employee=employee, manager=manager,
            manager_name=manager_name, comment=display_comment(fields[MANAGER_COMMENT_FIELD]),
            manager_date=fields[MANAGER_DATE_FIELD].strip(), pinned_fingerprints=pinned,
            external_reason=checked.external_reason, manager_pinned=manager.fingerprint in pinned,
            signed_content_sha256=signed_content)


def _matching_revision(repo: Repository, checked: CheckedPdf, shared: Passport) -> int:
    """The vault revision the employee exported.

    By the exported file's hash in the sharing record or the log; else by the revision number the
    export wrote into its signed catalog, confirmed against that revision's content; else by
    recomputing each revision's shared content. The export may share fewer answers and actions than
    the revision marks as shared, so "matches" means "is that revision's shared content, narrowed".
    """
    prefix_sha = sha256_hex(checked.pdf_bytes[:checked.employee.signed_length])
    for share in repo.shares():
        if share.file_sha256 == prefix_sha:
            return share.revision
    for event in repo.events():
        if event.file_sha256 == prefix_sha and event.revision is not None:
            return event.revision
    latest = repo.latest_revision()
    if latest is None or Passport.from_dict(load_canonical(latest.content)).id != shared.id:
        raise UnknownRevisionError("This PDF is a different passport from the one in this vault; import it "
                                   "into the vault you exported it from.")
    signed = load_canonical(checked.passport_json)
    candidates = [info.number for info in reversed(repo.revisions())]
    marked = checked.marked_revision
    if marked in candidates:
        candidates.remove(marked)
        candidates.insert(0, marked)
    for number in candidates:
        passport = Passport.from_dict(load_canonical(repo.revision(number).content))
        if _is_narrowing(signed, passport.shared_dict()):
            return number
    raise UnknownRevisionError("The passport in this PDF matches no saved version in this vault (was it exported "
                               "from a backup or another copy?). Nothing was imported.")


def _is_narrowing(signed: object, full: dict[str, object]) -> bool:
    """``signed`` equals ``full`` except that it may leave out some answers and actions."""
    if not isinstance(signed, dict) or set(signed) != set(full):
        return False
    for key, value in full.items():
        if key == "answers":
            answers = signed[key]
            if not isinstance(answers, dict) or not isinstance(value, dict) or any(
                    value.get(k) != v for k, v in answers.items()):
                return False
        elif key == "actions":
            actions = signed[key]
            if not isinstance(actions, list) or not isinstance(value, list) or any(a not in value for a in actions):
                return False
        elif signed[key] != value:
            return False
    return True


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


def _stored_signed_content(attachment: Attachment) -> str:
    """The signed-content identity of a copy imported before it was recorded in its details."""
    recorded = attachment.details.get("signed_content_sha256")
    if isinstance(recorded, str) and recorded:
        return recorded
    try:
        found = signatures(open_pdf(attachment.data).reader)
        if not found:
            return ""
        last = found[-1]
        with parsing():
            byte_range, cert = list(last.byte_range), last.signer_cert.dump()
        return signed_content_identity(attachment.data, byte_range, fingerprint_of(
            x509.load_der_x509_certificate(cert)))
    except PassportError:  # a copy this vault accepted no longer reads: compare by hash only
        return ""


def _refuse_rollback_or_repeat(repo: Repository, revision: int, file_sha256: str, signed_content: str) -> None:
    agreed = repo.attachments(COUNTERSIGNED_KIND)
    for attachment in agreed:
        same = attachment.sha256 == file_sha256 or (
            bool(signed_content) and _stored_signed_content(attachment) == signed_content)
        if same:
            raise AlreadyImportedError(f"This countersigned copy was already imported on {attachment.created[:10]} "
                                       "(the same countersignature, even if the file's bytes differ).")
    latest_agreed = max((int(a.details.get("agreed_revision", a.revision or 0)) for a in agreed), default=0)
    if revision < latest_agreed:
        raise RollbackError(f"This countersigned copy agrees to revision {revision}, older than revision "
                            f"{latest_agreed} that you and your manager already agreed. Nothing was imported.")


def _trust_state(repo: Repository, manager: SignatureCheck, manager_name: str,
                 external_reason: str) -> tuple[ImportState, tuple[str, ...]]:
    # Any live pin counts, whatever its role: a manager whose identity card the employee trusted as a
    # contact has had their fingerprint compared already.
    live = repo.pins(include_retired=False)
    if any(p.fingerprint == manager.fingerprint for p in live):
        return (ImportState.SIGNED_EXTERNALLY if external_reason else ImportState.ACCEPTABLE), (manager.fingerprint,)
    names = {manager_name.casefold(), manager.signer_name.casefold()} - {""}
    same_person = tuple(p.fingerprint for p in live if p.name.casefold() in names)
    if same_person:
        return ImportState.CERTIFICATE_CHANGED, same_person
    return (ImportState.SIGNED_EXTERNALLY if external_reason else ImportState.NEEDS_TRUST), ()



class ExternalSignatureNotAcceptedError(ExchangeError):
    """A file signed externally was not explicitly accepted."""


def require_decisions(imp: CountersignedImport, *, trust_new_manager: bool, accept_external: bool) -> None:
    """Raise the typed error for the first decision the employee has not made yet."""
    if imp.needs_trust and not trust_new_manager:
        raise UntrustedSignerError(imp.missing_decision(trust_new_manager=False, accept_external=True))
    if imp.needs_external_acceptance and not accept_external:
        raise ExternalSignatureNotAcceptedError(imp.missing_decision(trust_new_manager=True, accept_external=False))


def recheck_against_vault(imp: CountersignedImport, repo: Repository) -> None:
    """Repeat the checks that depend on the vault (it may have changed since :meth:`CountersignedImport.check`)."""
    _refuse_rollback_or_repeat(repo, imp.revision, imp.file_sha256, imp.signed_content_sha256)


def agreed_passport(passport: Passport, agreed_on: dt.date) -> Passport:
    """``passport`` marked as agreed by both on ``agreed_on``: the next review is 12 months later unless
    a later review date was already set."""
    agreed = passport.copy()
    agreed.review.last_agreed = agreed_on
    if agreed.review.next_review is None or agreed.review.next_review <= agreed_on:
        agreed.review.next_review = default_next_review(agreed_on)
    return agreed


def countersigned_details(imp: CountersignedImport) -> dict[str, object]:
    """What the vault records about an accepted countersignature (attachment details and log)."""
    return {
        "agreed_revision": imp.revision,
        "signed_content_sha256": imp.signed_content_sha256,
        "manager_name": imp.manager_name,
        "manager_fingerprint": imp.manager.fingerprint,
        "manager_certificate_name": imp.manager.signer_name,
        "comment": imp.comment,
        "manager_date": imp.manager_date,
        "agreed_on": imp.agreed_on.isoformat(),
        "state": imp.state.value,
        "external_reason": imp.external_reason,
        "source": imp.source,
    }
