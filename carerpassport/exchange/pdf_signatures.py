"""Checking one embedded signature: the single place pyHanko validates a signature and analyses changes.

:func:`check_signature` validates cryptographically (offline) and runs pyHanko's difference analysis
under :func:`diff_policy`; :func:`unclassified_reason` puts what the analysis could not allow into words.
The policy is :func:`.countersign_policy.passport_diff_policy`, which recognises countersignatures made
by ordinary PDF readers (poppler's ``pdfsig``, Okular); it plugs in here and nowhere else.
Trust is not decided here: callers compare fingerprints with the vault.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.diff_analysis import DiffPolicy, ModificationLevel
from pyhanko.sign.fields import FieldMDPAction, MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from carerpassport.domain.display_text import display_name
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.countersign_policy import passport_diff_policy
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import fingerprint_of
from carerpassport.exchange.pdf_limits import MAX_MANAGER_NAME_CHARS
from carerpassport.exchange.pdf_reading import is_parser_error
from carerpassport.exchange.pdf_render import EMPLOYEE_SIGNATURE_FIELD, MANAGER_FIELDS

#: Changes after a signature that the passport's certification permits.
ALLOWED_LEVELS = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)


@dataclasses.dataclass(frozen=True)
class SignatureCheck:
    """What one embedded signature says about itself and the bytes it covers."""

    field_name: str
    signer_name: str
    fingerprint: str
    cert_pem: bytes
    signed_at: dt.datetime | None
    intact: bool
    #: The signature matches the certificate inside it, and that certificate's own signature is sound.
    valid: bool
    whole_file: bool
    coverage: SignatureCoverageLevel | None
    signed_revision: int
    #: How many bytes of the file the signature covers (its signed revision ends there).
    signed_length: int
    #: The signature's /ByteRange: (offset, length) pairs of the bytes it signs.
    byte_range: tuple[int, ...]
    #: A certification (DocMDP) signature, and its permission level.
    certification: bool
    docmdp_level: MDPPerm | None
    #: The FieldMDP lock is exactly the passport's: everything except the line manager's fields.
    locks_all_but_manager_fields: bool
    #: ``None`` when nothing was changed after signing; else the least-allowed change pyHanko found.
    modification: ModificationLevel | None
    docmdp_ok: bool | None
    #: Why pyHanko could not classify the later changes as allowed ("" when it could).
    unclassified_reason: str

    @property
    def sound(self) -> bool:
        return self.intact and self.valid

    @property
    def changed_beyond_form_filling(self) -> bool:
        return self.docmdp_ok is False or (self.modification is not None and self.modification not in ALLOWED_LEVELS)


def diff_policy() -> DiffPolicy:
    """The difference-analysis policy every check uses: what may change after the employee signed
    (pyHanko's default plus exactly what ordinary readers write on the manager's fields)."""
    return passport_diff_policy()


def unclassified_reason(status: PdfSignatureStatus) -> tuple[ModificationLevel | None, str]:
    """The least-allowed change after the signature and, when it is not allowed, why (in words)."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return None, ""
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return ModificationLevel.OTHER, _("the signature does not cover a whole revision of the file")
    diff = status.diff_result
    if diff is None or isinstance(diff, Exception):
        text = str(diff).strip().splitlines()[0][:200] if diff is not None and str(diff).strip() else ""
        return ModificationLevel.OTHER, text or _("the changes after signing could not be analysed")
    level = diff.modification_level
    return level, ("" if level in ALLOWED_LEVELS else _("changes beyond form filling"))


def check_signature(sig: EmbeddedPdfSignature) -> SignatureCheck:
    """Validate one signature (offline) and analyse what changed after it.

    The signer's own certificate is the trust root, so ``valid`` means "made by the key in the
    certificate it carries"; who that certificate belongs to is the caller's question (this vault's
    fingerprint, or a pinned manager's). Any key usage is accepted: a manager's certificate from an
    employer or a PDF reader may lack non-repudiation, and the pin, not the key usage, decides trust.
    """
    usage = KeyUsageConstraints(key_usage=set(), extd_key_usage=set())
    who = "employee's" if sig.field_name == EMPLOYEE_SIGNATURE_FIELD else "manager's"
    try:
        cert = sig.signer_cert
        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context, diff_policy=diff_policy(), key_usage_settings=usage)
        byte_range = list(sig.byte_range)
        certification = sig.sig_object.get("/Reference") is not None and sig.docmdp_level is not None
        docmdp_level, field_mdp = sig.docmdp_level, sig.fieldmdp
    except RecursionError:
        raise NotAPassportFileError(_("This PDF is nested too deeply to be a passport file.")) from None
    except Exception as exc:
        if not is_parser_error(exc):
            raise  # a bug of ours: the front end says so
        raise _unreadable(who, exc) from None
    try:
        # cryptography parses certificates more strictly than asn1crypto did for pyHanko.
        crypto_cert = x509.load_der_x509_certificate(cert.dump())
    except ValueError as exc:  # cryptography's "cannot parse this certificate"
        raise _unreadable(who, exc) from None
    modification, unclassified = unclassified_reason(status)
    return SignatureCheck(
        field_name=str(sig.field_name), signer_name=_common_name(crypto_cert), fingerprint=fingerprint_of(crypto_cert),
        cert_pem=crypto_cert.public_bytes(serialization.Encoding.PEM), signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid) and _certificate_signature_ok(crypto_cert, sig.other_embedded_certs),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE, coverage=status.coverage,
        signed_revision=int(sig.signed_revision), signed_length=int(byte_range[2]) + int(byte_range[3]),
        byte_range=tuple(int(value) for value in byte_range),
        certification=certification, docmdp_level=docmdp_level,
        locks_all_but_manager_fields=field_mdp is not None and field_mdp.action == FieldMDPAction.EXCLUDE
        and set(field_mdp.fields or ()) == set(MANAGER_FIELDS),
        modification=modification, docmdp_ok=status.docmdp_ok, unclassified_reason=unclassified)


def _certificate_signature_ok(cert: x509.Certificate, others: list[asn1_x509.Certificate]) -> bool:
    """The signer's certificate carries a valid signature from its issuer, when we can check it.

    The signer's own certificate is the trust root above, and a trust root's signature is never
    checked, so bytes changed inside the certificate (its name, its dates) would otherwise go
    unnoticed. Self-signed certificates (this app's, poppler's test keys) are checked against
    themselves; others against an issuer certificate in the signature, if it carries one.
    """
    issuers = [cert] if cert.issuer == cert.subject else [
        x509.load_der_x509_certificate(other.dump()) for other in others]
    for issuer in issuers:
        if issuer.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(issuer)
            return True
        except (ValueError, TypeError, InvalidSignature):  # cryptography's "does not verify"
            return False
    return cert.issuer != cert.subject  # an external CA we cannot see: the pin decides


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    # Shown to the person: no control, escape, bidi or zero-width characters from someone else's certificate.
    text = value if isinstance(value, str) else value.decode("utf-8", "replace")
    return display_name(text[:MAX_MANAGER_NAME_CHARS])


def _unreadable(who: str, exc: BaseException) -> TamperedDocumentError:
    text = str(exc).strip()
    reason = text.splitlines()[0][:120] if text else type(exc).__name__
    return TamperedDocumentError(_("The {who} signature on this PDF cannot be checked ({reason}): the file was damaged "
                                   "or altered. Ask for the original file.").format(who=who, reason=reason))
