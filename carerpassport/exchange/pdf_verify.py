"""Check a passport PDF: who signed it, whether it is intact, what it says, and whether it was countersigned.

:func:`inspect_passport_pdf` reads a file and returns a :class:`VerificationReport` listing every problem
in a plain sentence; :func:`verify_passport_pdf` does the same and raises the typed error of the first
problem (:class:`TamperedDocumentError` and friends), for callers that must refuse a bad file.

The pieces are reusable (the countersigned-import code builds on them): :func:`open_pdf`,
:func:`employee_signature`, :func:`validate_signature`, :func:`signed_passport_json` and
:func:`signed_marker`. What the employee signed is always read from the revision their signature
covers, never from the latest revision: a later incremental update can add or swap objects, and only
the signed revision is the employee's word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import FieldMDPAction, MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from carerpassport.domain.canonical import load_canonical
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import fingerprint_of
from carerpassport.exchange.pdf_render import EMPLOYEE_SIGNATURE_FIELD, MANAGER_FIELDS, MANAGER_SIGNATURE_FIELD
from carerpassport.exchange.pdf_sign import MARKER_KEY, PASSPORT_ATTACHMENT

# pyHanko logs a traceback when difference analysis finds a change it cannot explain, or a signature
# it cannot read; each finding is reported here as a sentence, so keep tracebacks off a user's terminal.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())

#: A passport PDF is a few hundred KiB; anything far bigger is not one of ours (or is hostile).
MAX_PDF_BYTES = 32 * 1024 * 1024
#: The embedded passport.json is small; refuse to decompress a bomb.
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024

CERTIFICATION_LABELS = {
    MDPPerm.NO_CHANGES: "no changes allowed",
    MDPPerm.FILL_FORMS: "form filling and signing allowed",
    MDPPerm.ANNOTATE: "form filling, signing and comments allowed",
}

_PDF_ERRORS = (PdfError, KeyError, TypeError, ValueError, AttributeError, IndexError, zlib.error)


@dataclasses.dataclass(frozen=True)
class Problem:
    """One reason a file cannot be trusted, with the error type a refusal raises."""

    sentence: str
    error: type[ExchangeError] = TamperedDocumentError


@dataclasses.dataclass(frozen=True)
class SignatureFacts:
    """Who made a signature and what pyHanko found (shared with the countersignature checks)."""

    field_name: str
    signer_name: str
    fingerprint: str
    cert_pem: bytes
    signed_at: dt.datetime | None
    signed_revision: int
    intact: bool
    valid: bool
    coverage: SignatureCoverageLevel | None
    modification_level: ModificationLevel | None
    docmdp_ok: bool | None


@dataclasses.dataclass(frozen=True)
class VerificationReport:
    """Everything a person (or the import code) needs to decide whether to trust a passport PDF."""

    signer_name: str
    signer_fingerprint: str
    signer_cert_pem: bytes
    signed_at: dt.datetime | None
    intact: bool
    employee_signature_valid: bool
    certification_level: str
    #: passport.json exactly as the employee signed it (read from the signed revision).
    passport_json: bytes
    passport_id: str
    revision: int | None
    content_hash: str
    employee_name: str
    manager_name: str
    shared_field_ids: tuple[str, ...]
    shared_action_count: int
    manager_signature_present: bool
    manager_signed: bool
    manager_signature_valid: bool
    manager_covers_whole_file: bool
    manager_signer_name: str
    manager_fingerprint: str
    #: pyHanko's verdict on what changed after the employee signed ("none", "form filling", ...).
    changes_after_signing: str
    #: Countersigned (soundly, covering the whole file) in a reader whose changes pyHanko cannot classify:
    #: "signed externally — check before accepting", never accepted or refused automatically.
    signed_externally: bool = False
    failures: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    #: Set by the app: whether this vault's own key made the employee signature (None: not asked).
    signed_by_this_vault: bool | None = None

    @property
    def problems(self) -> list[str]:
        """Every reason not to trust the file, as sentences a person can act on."""
        return [p.sentence for p in self.failures]

    @property
    def shared_summary(self) -> str:
        """For example "3 answers, 1 agreed action"."""
        answers, actions = len(self.shared_field_ids), self.shared_action_count
        return (f"{answers} answer{'' if answers == 1 else 's'}, "
                f"{actions} agreed action{'' if actions == 1 else 's'}")

    @property
    def ok(self) -> bool:
        return not self.failures

    def raise_for_problems(self) -> None:
        """Raise the typed error of the first problem (nothing when the file is sound)."""
        if self.failures:
            first = self.failures[0]
            raise first.error(first.sentence)

    def summary_lines(self) -> list[str]:
        """A short human summary (the CLI prints it; the GUI shows the same facts)."""
        lines = [
            f"Signed by:      {self.signer_name or '(no name in the certificate)'}",
            f"Fingerprint:    {self.signer_fingerprint}",
            f"Signed at:      {self.signed_at.isoformat(timespec='minutes') if self.signed_at else 'unknown'}",
            f"Intact:         {'yes' if self.intact else 'NO'}",
            f"Certification:  {self.certification_level}",
            f"Passport:       {self.passport_id or 'unknown'}, revision {self.revision or 'unknown'}",
            f"Content hash:   {self.content_hash}",
            f"Shared:         {self.shared_summary}",
        ]
        if self.manager_signed:
            whole = "covers the whole file" if self.manager_covers_whole_file else "does NOT cover the whole file"
            lines.append(f"Countersigned:  yes, by {self.manager_signer_name or 'unknown'} ({whole})")
            lines.append(f"Manager key:    {self.manager_fingerprint}")
        else:
            lines.append("Countersigned:  no")
        if self.signed_by_this_vault is not None:
            mine = "yes, signed with this vault's key" if self.signed_by_this_vault else "no, another vault's key"
            lines.append(f"This vault:     {mine}")
        return lines


# --- reusable steps --------------------------------------------------------------------------------

def read_pdf_file(path: Path) -> bytes:
    """The bytes of a file to check, refusing anything too big to be a passport before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise NotAPassportFileError(f"{path.name} is too large ({size // (1024 * 1024)} MiB) to be a "
                                        "passport PDF.")
        return path.read_bytes()
    except IsADirectoryError:
        raise NotAPassportFileError(f"{path} is a folder, not a passport file.") from None


def open_pdf(data: bytes) -> PdfFileReader:
    """A pyHanko reader over ``data``; :class:`NotAPassportFileError` when it is not a readable PDF."""
    if len(data) > MAX_PDF_BYTES:
        raise NotAPassportFileError(f"This file is too large ({len(data) // (1024 * 1024)} MiB) to be a passport PDF.")
    if not data.lstrip()[:5] == b"%PDF-":
        raise NotAPassportFileError("This file is not a PDF, so it cannot be a signed passport.")
    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except _PDF_ERRORS as exc:
        raise NotAPassportFileError(f"This PDF is damaged and cannot be read ({_short(exc)}). "
                                    "Ask for the file to be sent again.") from None


def employee_signature(reader: PdfFileReader) -> EmbeddedPdfSignature:
    """The employee's signature; :class:`TamperedDocumentError` when it is missing or was removed."""
    try:
        signatures = list(reader.embedded_regular_signatures)
    except _PDF_ERRORS as exc:
        raise TamperedDocumentError(f"The signatures in this PDF cannot be read ({_short(exc)}); "
                                    "the file was damaged or altered.") from None
    for sig in signatures:
        if sig.field_name == EMPLOYEE_SIGNATURE_FIELD:
            found: EmbeddedPdfSignature = sig
            return found
    if _looks_like_a_passport(reader):
        raise TamperedDocumentError("This passport has no employee signature: it was removed or the file was "
                                    "never signed. Do not rely on it; ask the employee for a new copy.")
    raise NotAPassportFileError("This PDF is not a Carer's Passport: it has no employee signature.")


def manager_signature(reader: PdfFileReader) -> EmbeddedPdfSignature | None:
    """The line manager's countersignature, if the ``ManagerSignature`` field was signed."""
    try:
        return next((s for s in reader.embedded_regular_signatures if s.field_name == MANAGER_SIGNATURE_FIELD), None)
    except _PDF_ERRORS:
        return None


def validate_signature(sig: EmbeddedPdfSignature) -> SignatureFacts:
    """Check a signature cryptographically and analyse what changed after it (offline, no network).

    Certificates here are self-signed; whether to trust one is decided by comparing its fingerprint
    (with this vault's, or with a pinned manager's), so the signer's own certificate is the trust root.
    """
    cert = sig.signer_cert
    context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
    status: PdfSignatureStatus = validate_pdf_signature(sig, context)
    crypto_cert = x509.load_der_x509_certificate(cert.dump())
    return SignatureFacts(
        field_name=str(sig.field_name), signer_name=_common_name(cert),
        fingerprint=fingerprint_of(crypto_cert),
        cert_pem=_pem(cert), signed_at=sig.self_reported_timestamp, signed_revision=sig.signed_revision,
        intact=bool(status.intact), valid=bool(status.valid), coverage=status.coverage,
        modification_level=status.modification_level, docmdp_ok=status.docmdp_ok)


def signed_passport_json(reader: PdfFileReader, revision: int | None = None) -> bytes:
    """The ``passport.json`` attachment as it was in ``revision`` (default: the latest)."""
    try:
        root = reader.root if revision is None else reader.get_historical_root(revision)
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        for i in range(0, len(names) - 1, 2):
            if str(names[i]) == PASSPORT_ATTACHMENT:
                stream = names[i + 1].get_object()["/EF"]["/F"].get_object()
                declared = stream.get("/Length", 0)
                if isinstance(declared, int) and declared > MAX_ATTACHMENT_BYTES:
                    break
                data: bytes = stream.data
                if len(data) > MAX_ATTACHMENT_BYTES:
                    break
                return data
    except _PDF_ERRORS:
        pass
    raise TamperedDocumentError("The signed part of this file holds no readable passport.json attachment, so "
                                "the app cannot tell what was shared. Ask for a new copy.")


def signed_marker(reader: PdfFileReader, revision: int) -> dict[str, Any]:
    """The ``/CarerPassport`` facts (id, revision, hash, fingerprint) in ``revision``; {} if absent."""
    try:
        marker = reader.get_historical_root(revision).get(MARKER_KEY)
        if marker is None:
            return {}
        marker = marker.get_object()
        return {str(k)[1:]: (int(v) if isinstance(v, int) else str(v)) for k, v in marker.items()}
    except _PDF_ERRORS:
        return {}


# --- the whole check -------------------------------------------------------------------------------

def inspect_passport_pdf(data: bytes) -> VerificationReport:
    """Check ``data`` and report. Raises only when the file cannot be examined at all
    (:class:`NotAPassportFileError`, or :class:`TamperedDocumentError` when the employee signature or
    the signed passport.json is missing); every other finding is a problem in the report."""
    try:
        return _inspect(data)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001
        # A damaged or hostile file can make the PDF parser fail anywhere and in any way (zlib, decimal,
        # recursion...). Whatever the failure, the file is refused, never trusted.
        raise TamperedDocumentError(f"This PDF cannot be checked: it is damaged or was altered ({_short(exc)}). "
                                    "Ask for a new copy.") from None


def _inspect(data: bytes) -> VerificationReport:
    reader = open_pdf(data)
    sig = employee_signature(reader)
    try:
        facts = validate_signature(sig)
    except _PDF_ERRORS as exc:
        raise TamperedDocumentError(f"The employee's signature cannot be checked ({_short(exc)}); the file was "
                                    "damaged or altered. Ask for a new copy.") from None
    failures: list[Problem] = []
    notes: list[str] = []
    passport_json = signed_passport_json(reader, facts.signed_revision)
    shared = _shared_content(passport_json, failures)
    marker = signed_marker(reader, facts.signed_revision)
    content_hash = hashlib.sha256(passport_json).hexdigest()
    _check_employee(facts, sig, failures)
    _check_marker(marker, shared, content_hash, facts, failures)
    _check_attachment_unchanged(reader, passport_json, facts, failures)
    manager = _manager_facts(reader, failures, notes)
    signed_externally = _check_changes_after_signing(facts, manager, failures)
    _check_nothing_unsigned_appended(reader, manager or facts, failures, notes)
    certification = sig.docmdp_level
    return VerificationReport(
        signer_name=facts.signer_name, signer_fingerprint=facts.fingerprint, signer_cert_pem=facts.cert_pem,
        signed_at=facts.signed_at, intact=facts.intact, employee_signature_valid=facts.intact and facts.valid,
        certification_level=CERTIFICATION_LABELS.get(certification, "not a certification signature")
        if certification is not None else "not a certification signature",
        passport_json=passport_json, passport_id=str(shared.get("id", "")),
        revision=marker.get("Revision") if isinstance(marker.get("Revision"), int) else None,
        content_hash=content_hash,
        employee_name=display_name(_dig(shared, "employee", "name")),
        manager_name=display_name(_dig(shared, "manager", "name")),
        shared_field_ids=tuple(sorted(shared.get("answers", {}) or {})) if isinstance(shared.get("answers"), dict)
        else (),
        shared_action_count=len(shared.get("actions", []) or []) if isinstance(shared.get("actions"), list) else 0,
        manager_signature_present=_has_field(reader, MANAGER_SIGNATURE_FIELD),
        manager_signed=manager is not None,
        manager_signature_valid=bool(manager and manager.intact and manager.valid),
        manager_covers_whole_file=bool(manager and manager.coverage == SignatureCoverageLevel.ENTIRE_FILE),
        manager_signer_name=manager.signer_name if manager else "",
        manager_fingerprint=manager.fingerprint if manager else "",
        changes_after_signing=_changes_label(facts), signed_externally=signed_externally,
        failures=tuple(failures), notes=tuple(notes))


def verify_passport_pdf(data: bytes) -> VerificationReport:
    """Like :func:`inspect_passport_pdf`, but raise the first problem's typed error."""
    report = inspect_passport_pdf(data)
    report.raise_for_problems()
    return report


# --- the checks ------------------------------------------------------------------------------------

def _check_employee(facts: SignatureFacts, sig: EmbeddedPdfSignature, failures: list[Problem]) -> None:
    if not facts.intact:
        failures.append(Problem("The file was changed after the employee signed it: the signature no longer "
                                "matches the content. Do not rely on it; ask the employee for a new copy."))
    elif not facts.valid:
        failures.append(Problem("The employee's signature is not valid (it was not made by the key in its "
                                "certificate). Do not rely on this file."))
    if sig.docmdp_level != MDPPerm.FILL_FORMS:
        failures.append(Problem("The employee's signature is not the certification this app makes (only form "
                                "filling allowed afterwards), so later changes cannot be checked."))
    field_mdp = sig.fieldmdp
    if field_mdp is None or field_mdp.action != FieldMDPAction.EXCLUDE \
            or set(field_mdp.fields or ()) != set(MANAGER_FIELDS):
        failures.append(Problem("The employee's signature does not lock the passport as this app does "
                                "(everything except the line manager's fields)."))



def _check_changes_after_signing(facts: SignatureFacts, manager: SignatureFacts | None,
                                 failures: list[Problem]) -> bool:
    """Whether what was added after the employee signed is more than form filling; True when it is, but a
    sound countersignature covers it all (a PDF reader that rewrote more than the form when signing)."""
    if not facts.intact or (facts.docmdp_ok is not False and not _beyond_form_filling(facts.modification_level)):
        return False
    if manager is not None and manager.intact and manager.valid \
            and manager.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        failures.append(Problem("Signed externally: the line manager countersigned in a PDF reader that rewrote "
                                "more than their own fields, so the app cannot confirm that nothing else changed "
                                "after the employee signed. Check the pages against the employee's copy before "
                                "relying on it."))
        return True
    failures.append(Problem("Something other than the line manager's fields and signature was added or "
                            f"changed after the employee signed ({_changes_label(facts)}). Do not rely on "
                            "this copy; ask the employee for a new one."))
    return False


def _check_marker(marker: dict[str, Any], shared: dict[str, Any], content_hash: str, facts: SignatureFacts,
                  failures: list[Problem]) -> None:
    if not marker:
        failures.append(Problem("The signed part of this file does not say which passport and revision it is.",
                                NotAPassportFileError))
        return
    if marker.get("ContentSHA256") != content_hash:
        failures.append(Problem("The attached passport.json does not match the content hash printed on the "
                                "pages; the attachment was altered."))
    if shared and marker.get("PassportId") != shared.get("id"):
        failures.append(Problem("The attached passport.json is for a different passport than the pages say."))
    if marker.get("EmployeeFingerprint") != facts.fingerprint:
        failures.append(Problem("The signature was made with a different certificate than the fingerprint "
                                "printed on the pages. Do not rely on this file."))


def _check_attachment_unchanged(reader: PdfFileReader, signed_json: bytes, facts: SignatureFacts,
                                failures: list[Problem]) -> None:
    if facts.signed_revision == reader.xrefs.total_revisions - 1:
        return
    try:
        latest = signed_passport_json(reader)
    except TamperedDocumentError:
        latest = b""
    if latest != signed_json:
        failures.append(Problem("The passport.json attachment was replaced after the employee signed; what a "
                                "PDF reader shows as attached is not what was signed."))


def _manager_facts(reader: PdfFileReader, failures: list[Problem], notes: list[str]) -> SignatureFacts | None:
    sig = manager_signature(reader)
    if sig is None:
        return None
    try:
        facts = validate_signature(sig)
    except _PDF_ERRORS as exc:
        failures.append(Problem(f"The line manager's signature cannot be checked ({_short(exc)})."))
        return None
    if not (facts.intact and facts.valid):
        failures.append(Problem("The line manager's countersignature is broken: the file was changed after they "
                                "signed it."))
    return facts


def _check_nothing_unsigned_appended(reader: PdfFileReader, last: SignatureFacts, failures: list[Problem],
                                     notes: list[str]) -> None:
    """Whatever follows the last signature must be a proper revision (then difference analysis judged it)."""
    if last.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return
    later_revisions = reader.xrefs.total_revisions - 1 - last.signed_revision
    if later_revisions <= 0:
        failures.append(Problem("Data was appended to the file after the last signature. Do not rely on this "
                                "copy; ask for a new one."))
    elif last.field_name == MANAGER_SIGNATURE_FIELD:
        failures.append(Problem("The file was changed after the line manager countersigned it; their signature "
                                "covers an earlier version only."))
    elif not _beyond_form_filling(last.modification_level) and last.docmdp_ok is not False:
        notes.append("The line manager's fields were changed after the employee signed, but nobody countersigned "
                     "the change.")


# --- small readers ---------------------------------------------------------------------------------

def _shared_content(passport_json: bytes, failures: list[Problem]) -> dict[str, Any]:
    try:
        value = load_canonical(passport_json)
    except ValidationError as exc:
        failures.append(Problem(f"The signed passport.json cannot be read: {exc}"))
        return {}
    if not isinstance(value, dict):
        failures.append(Problem("The signed passport.json is not a passport."))
        return {}
    return value


def _beyond_form_filling(level: ModificationLevel | None) -> bool:
    return level is not None and level not in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                                               ModificationLevel.FORM_FILLING)


def _changes_label(facts: SignatureFacts) -> str:
    level = facts.modification_level
    if facts.coverage == SignatureCoverageLevel.ENTIRE_FILE or level in (None, ModificationLevel.NONE):
        return "none" if facts.coverage == SignatureCoverageLevel.ENTIRE_FILE else "unknown"
    return {ModificationLevel.LTA_UPDATES: "validation data only",
            ModificationLevel.FORM_FILLING: "form filling and signing",
            ModificationLevel.ANNOTATIONS: "comments or annotations"}.get(level, "other changes")


def _fields(reader: PdfFileReader) -> Iterator[generic.DictionaryObject]:
    try:
        for ref in reader.root["/AcroForm"]["/Fields"]:
            yield ref.get_object()
    except _PDF_ERRORS:
        return


def _has_field(reader: PdfFileReader, name: str) -> bool:
    return any(str(f.get("/T", "")) == name for f in _fields(reader))


def _looks_like_a_passport(reader: PdfFileReader) -> bool:
    """Whether an unsigned PDF still carries traces of a passport export (its fields, marker or attachment)."""
    if any(_has_field(reader, name) for name in (EMPLOYEE_SIGNATURE_FIELD, *MANAGER_FIELDS)):
        return True
    try:
        if MARKER_KEY in reader.root:
            return True
        signed_passport_json(reader)
    except (TamperedDocumentError, *_PDF_ERRORS):
        return False
    return True


def _common_name(cert: asn1_x509.Certificate) -> str:
    try:
        return display_name(cert.subject.native.get("common_name", ""))
    except (ValueError, KeyError):
        return ""


def _pem(cert: asn1_x509.Certificate) -> bytes:
    return x509.load_der_x509_certificate(cert.dump()).public_bytes(Encoding.PEM)


def _dig(data: dict[str, Any], *path: str) -> Any:
    node: Any = data
    for key in path:
        node = node.get(key, "") if isinstance(node, dict) else ""
    return node or ""


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
