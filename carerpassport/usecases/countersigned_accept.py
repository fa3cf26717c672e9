"""Importing a countersigned copy against this vault: which revision it agrees to, whether it was imported
before or rolls back a later agreement, whether the manager's certificate is trusted, and what is recorded.

The file's own checks are the exchange's (:func:`carerpassport.exchange.countersigned_import.read_countersigned`:
bytes in, a verdict out); everything here reads the repository and never writes it, except through the
use case that records an accepted copy (:class:`carerpassport.usecases.countersigning.Countersigning`).
"""

from __future__ import annotations

import datetime as dt

from carerpassport.domain.canonical import load_canonical, sha256_hex
from carerpassport.domain.model import Passport
from carerpassport.domain.review import REVIEW_MONTHS, default_next_review
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.countersigned_import import (
    AlreadyImportedError,
    CountersignedFile,
    CountersignedImport,
    ExternalSignatureNotAcceptedError,
    ImportState,
    UnknownRevisionError,
    agreed_day,
    read_countersigned,
    stored_signed_content,
)
from carerpassport.exchange.errors import RollbackError, UntrustedSignerError
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.usecases.agreement import COUNTERSIGNED_KIND as COUNTERSIGNED_KIND  # defined beside the status
from carerpassport.usecases.core import REASON_COUNTERSIGNED
from carerpassport.vault.repository import Repository


def check(pdf_bytes: bytes, *, source: str, repo: Repository, our_fingerprint: str,
          today: dt.date) -> CountersignedImport:
    """Run every check; raise a typed error naming the first failure. Reads only.

    First what the file says by itself (:func:`read_countersigned`), then the checks against this vault: a
    revision from our history, no rollback or repeat, the manager's certificate against the pins.
    ``today`` is this machine's local date from the injected clock (the agreed day is never later).
    """
    read = read_countersigned(pdf_bytes, our_fingerprint=our_fingerprint)
    checked = read.checked
    revision = _matching_revision(repo, read)
    _refuse_rollback_or_repeat(repo, revision, checked.file_sha256, read.signed_content_sha256)
    newer = [r for r in repo.revisions() if r.number > revision and r.reason != REASON_COUNTERSIGNED]
    state, pinned = _trust_state(repo, read.manager, read.manager_name, checked.external_reason)
    return CountersignedImport(
        source=source, pdf_bytes=pdf_bytes, file_sha256=checked.file_sha256, state=state,
        passport_id=read.shared.id, revision=revision, newer_revisions=len(newer), employee=read.employee,
        manager=read.manager, manager_name=read.manager_name, comment=read.comment, manager_date=read.manager_date,
        agreed_on=agreed_day(read.manager.signed_at, read.manager_date, today), pinned_fingerprints=pinned,
        external_reason=checked.external_reason, manager_pinned=read.manager.fingerprint in pinned,
        signed_content_sha256=read.signed_content_sha256)


def _matching_revision(repo: Repository, read: CountersignedFile) -> int:
    """The vault revision the employee exported.

    By the exported file's hash in the sharing record or the log; else by the revision number the
    export wrote into its signed catalog, confirmed against that revision's content; else by
    recomputing each revision's shared content. The export may share fewer answers and actions than
    the revision marks as shared, so "matches" means "is that revision's shared content, narrowed".
    """
    checked = read.checked
    prefix_sha = sha256_hex(checked.pdf_bytes[:checked.employee.signed_length])
    for share in repo.shares():
        if share.file_sha256 == prefix_sha:
            return share.revision
    for event in repo.events():
        if event.file_sha256 == prefix_sha and event.revision is not None:
            return event.revision
    latest = repo.latest_revision()
    if latest is None or Passport.from_dict(load_canonical(latest.content)).id != read.shared.id:
        raise UnknownRevisionError(_("This PDF is a different passport from the one in this vault; import it "
                                     "into the vault you exported it from."))
    signed = load_canonical(checked.passport_json)
    candidates = [info.number for info in reversed(repo.revisions())]
    marked = checked.marked_revision
    if marked in candidates:
        candidates.remove(marked)
        candidates.insert(0, marked)
    for number in candidates:
        passport = Passport.from_dict(load_canonical(repo.revision(number).content))
        if _is_narrowing(signed, passport.shared_dict(), passport.sharing_agreement.shared_dict()):
            return number
    raise UnknownRevisionError(_("The passport in this PDF matches no saved version in this vault (was it exported "
                                 "from a backup or another copy?). Nothing was imported."))


def _is_narrowing(signed: object, full: dict[str, object], agreement: dict[str, object] | None = None) -> bool:
    """``signed`` equals ``full`` except that it may leave out some answers and actions.

    The sharing agreement is chosen per export: ``signed`` may leave it out, or carry it even when the
    revision does not share it by default, but when it is there it must be that revision's ``agreement``.
    """
    if not isinstance(signed, dict):
        return False
    full = {k: v for k, v in full.items() if k != "sharing_agreement"}
    if "sharing_agreement" in signed:
        if signed["sharing_agreement"] != agreement:
            return False
        signed = {k: v for k, v in signed.items() if k != "sharing_agreement"}
    if set(signed) != set(full):
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


def _refuse_rollback_or_repeat(repo: Repository, revision: int, file_sha256: str, signed_content: str) -> None:
    agreed = repo.attachment_infos(COUNTERSIGNED_KIND)
    for attachment in agreed:
        # a copy's bytes are read only when it was accepted before its signed content was recorded
        same = attachment.sha256 == file_sha256 or (bool(signed_content) and (
            attachment.details.get("signed_content_sha256") or stored_signed_content(
                repo.attachment(attachment.id).data, attachment.details)) == signed_content)
        if same:
            raise AlreadyImportedError(_("This countersigned copy was already imported on {created} "
                                         "(the same countersignature, even if the file's bytes differ).").format(
                                         created=attachment.created[:10]))
    latest_agreed = max((int(a.details.get("agreed_revision", a.revision or 0)) for a in agreed), default=0)
    if revision < latest_agreed:
        raise RollbackError(_("This countersigned copy agrees to revision {revision}, older than revision "
                              "{latest_agreed} that you and your manager already agreed. Nothing was imported.").format(
                              revision=revision, latest_agreed=latest_agreed))


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


def require_decisions(imp: CountersignedImport, *, trust_new_manager: bool, accept_external: bool) -> None:
    """Raise the typed error for the first decision the employee has not made yet."""
    if imp.needs_trust and not trust_new_manager:
        raise UntrustedSignerError(imp.missing_decision(trust_new_manager=False, accept_external=True))
    if imp.needs_external_acceptance and not accept_external:
        raise ExternalSignatureNotAcceptedError(imp.missing_decision(trust_new_manager=True, accept_external=False))


def recheck_against_vault(imp: CountersignedImport, repo: Repository) -> None:
    """Repeat the checks that depend on the vault (it may have changed since :func:`check`)."""
    _refuse_rollback_or_repeat(repo, imp.revision, imp.file_sha256, imp.signed_content_sha256)


def agreed_passport(passport: Passport, agreed_on: dt.date, months: int = REVIEW_MONTHS) -> Passport:
    """``passport`` marked as agreed by both on ``agreed_on``: the next review is ``months`` later (the
    template's review interval, 12 by default) unless a later review date was already set."""
    agreed = passport.copy()
    agreed.review.last_agreed = agreed_on
    if agreed.review.next_review is None or agreed.review.next_review <= agreed_on:
        agreed.review.next_review = default_next_review(agreed_on, months)
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
