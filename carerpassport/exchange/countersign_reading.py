"""Reading a signed passport PDF defensively: the checks manager mode and the import share.

Opening a file (size, type, truncation; pyHanko's strict parser first, the lenient one for files some
signing readers write), checking one embedded signature cryptographically with pyHanko's difference
analysis, reading the embedded ``passport.json`` from the revision a signature covers, and reading the
manager's text fields. Nothing here decides trust: callers compare fingerprints with the vault.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.misc import PdfStrictReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from carerpassport.domain.canonical import load_canonical
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.model import Passport
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import fingerprint_of
from carerpassport.exchange.pdf_render import (
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
)
from carerpassport.exchange.pdf_sign import PASSPORT_ATTACHMENT

# pyHanko logs each failed difference analysis with a full traceback; with no logging configured
# Python's last-resort handler would print it on stderr. We report those failures as typed errors.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())

MANAGER_TEXT_FIELDS = (MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD)
#: A passport PDF is tens of kilobytes; anything this big is not one (and would be slow to check).
MAX_PDF_BYTES = 16 * 1024 * 1024
MAX_COMMENT_CHARS = 2_000
MAX_MANAGER_NAME_CHARS = 200
#: Bounds on walking hostile structures (field kids, name trees).
_MAX_TREE_DEPTH = 8
_MAX_TREE_NODES = 2_000


@dataclasses.dataclass(frozen=True)
class SignatureCheck:
    """What one embedded signature says about itself and the bytes it covers."""

    field_name: str
    signer_name: str
    fingerprint: str
    cert_pem: bytes
    signed_at: dt.datetime | None
    intact: bool
    valid: bool
    whole_file: bool
    signed_revision: int
    signed_length: int
    certification: bool
    #: ``None`` when nothing was changed after signing; else the least-allowed change pyHanko found.
    modification: ModificationLevel | None
    #: pyHanko's reason when it could not classify the later changes as allowed ("" when it could).
    unclassified_reason: str


def read_pdf_file(path: Path) -> bytes:
    """Read a PDF the user chose, refusing huge files before reading them into memory."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NotAPassportFileError(f"Cannot open {path.name}: {exc.strerror or exc}.") from None
    if size > MAX_PDF_BYTES:
        raise NotAPassportFileError(
            f"{path.name} is {size / 1_048_576:.1f} MB; a passport PDF is far smaller "
            f"(at most {MAX_PDF_BYTES // 1_048_576} MB). Check you chose the right file.")
    return path.read_bytes()


# --- reading -------------------------------------------------------------------------------------

def open_pdf(data: bytes) -> tuple[PdfFileReader, bool]:
    """Parse ``data`` as a PDF; returns the reader and whether the lenient parser was needed.

    Some signing readers (poppler ``pdfsig``) write cross-reference entries pyHanko's strict parser
    refuses; such files are read leniently and can then only be "signed externally".
    """
    if len(data) > MAX_PDF_BYTES:
        raise NotAPassportFileError(
            f"This file is {len(data) / 1_048_576:.1f} MB; a passport PDF is far smaller "
            f"(at most {MAX_PDF_BYTES // 1_048_576} MB). Check you chose the right file.")
    if not data.lstrip(b"\r\n\t \x00")[:5] == b"%PDF-":
        raise NotAPassportFileError("This file is not a PDF. Choose the passport PDF your manager sent back.")
    if b"%%EOF" not in data[-2048:]:
        raise NotAPassportFileError("This PDF is cut short (truncated); ask for the file to be sent again.")
    try:
        return PdfFileReader(io.BytesIO(data), strict=True), False
    except PdfStrictReadError:
        pass
    except PassportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file can break the parser in many ways
        raise unreadable(exc) from None
    try:
        return PdfFileReader(io.BytesIO(data), strict=False), True
    except Exception as exc:  # noqa: BLE001
        raise unreadable(exc) from None


def unreadable(exc: BaseException) -> NotAPassportFileError:
    """The error for a file the PDF parser could not make sense of."""
    reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return NotAPassportFileError(f"This PDF is damaged or not a passport file and cannot be checked ({reason}).")


def signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    """The filled signature fields, oldest signature first."""
    found = list(reader.embedded_signatures)
    return sorted(found, key=lambda sig: sig.signed_revision)


def empty_signature_fields(reader: PdfFileReader) -> set[str]:
    """Names of signature fields that have no signature yet."""
    names = set()
    for name, field in form_fields(reader.root):
        if deref(field.get("/FT")) == "/Sig" and "/V" not in field:
            names.add(name)
    return names


def check_signature(sig: EmbeddedPdfSignature) -> SignatureCheck:
    """Validate one signature cryptographically and analyse what changed after it.

    Trust is not decided here: the signer's own certificate is the trust root, so ``valid`` means
    "the signature matches the certificate inside it". Who that certificate belongs to is the
    caller's question (our own fingerprint, or a pinned manager).
    """
    # Accept any key usage: a manager's certificate from an employer or a PDF reader may lack
    # non-repudiation; the pin, not the key usage, decides whether we trust it.
    usage = KeyUsageConstraints(key_usage=set(), extd_key_usage=set())
    try:
        cert = sig.signer_cert
        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context, key_usage_settings=usage)
    except (ValueError, KeyError, TypeError, misc.PdfError, SignatureValidationError) as exc:
        who = "manager's" if sig.field_name == MANAGER_SIGNATURE_FIELD else "employee's"
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise TamperedDocumentError(f"The {who} signature on this PDF is broken or altered ({reason}); ask for "
                                    "the original file.") from None
    crypto_cert = x509.load_der_x509_certificate(cert.dump())
    diff = status.diff_result
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if whole_file:
        modification: ModificationLevel | None = None
        unclassified = ""
    elif diff is None or isinstance(diff, Exception):
        modification = ModificationLevel.OTHER
        unclassified = str(diff) if diff is not None else "the changes after signing could not be analysed"
    else:
        modification = diff.modification_level
        unclassified = "" if modification != ModificationLevel.OTHER else "changes beyond form filling"
    if status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        modification = ModificationLevel.OTHER
        unclassified = "the signature does not cover a whole revision of the file"
    byte_range = sig.byte_range
    return SignatureCheck(
        field_name=str(sig.field_name),
        signer_name=_common_name(crypto_cert),
        fingerprint=fingerprint_of(crypto_cert),
        cert_pem=crypto_cert.public_bytes(serialization.Encoding.PEM),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid) and _certificate_signature_ok(crypto_cert, sig.other_embedded_certs),
        whole_file=whole_file,
        signed_revision=int(sig.signed_revision),
        signed_length=int(byte_range[2]) + int(byte_range[3]),
        certification=sig.sig_object.get("/Reference") is not None and sig.docmdp_level is not None,
        modification=modification,
        unclassified_reason=unclassified,
    )


def shared_json_at(reader: PdfFileReader, revision: int) -> bytes:
    """The embedded ``passport.json`` as it was in ``revision`` (the one a signature covers)."""
    root = reader.get_historical_root(revision)
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except (KeyError, TypeError):
        raise NotAPassportFileError("This PDF has no passport data inside it; it was not exported by "
                                    "Carer's Passport.") from None
    for name, spec in _name_tree_items(tree, 0, [0]):
        if name == PASSPORT_ATTACHMENT:
            try:
                stream = spec["/EF"]["/F"]
                data = stream.data
            except (KeyError, TypeError, AttributeError):
                break
            if not isinstance(data, bytes | bytearray):
                break
            return bytes(data)
    raise NotAPassportFileError("This PDF has no passport data inside it; it was not exported by Carer's Passport.")


def passport_from_json(raw: bytes) -> Passport:
    """The shared passport inside a PDF, validated like any passport (private parts are absent)."""
    try:
        data = load_canonical(raw)
        if not isinstance(data, dict):
            raise ValidationError("not an object")
        # The shared form leaves out private notes and share flags; fill them so the model reads it.
        answers = data.get("answers", {})
        full = dict(data)
        if isinstance(answers, dict):
            full["answers"] = {k: {"text": v.get("text", ""), "shared": True} if isinstance(v, dict) else v
                               for k, v in answers.items()}
        actions = data.get("actions", [])
        if isinstance(actions, list):
            full["actions"] = [{**a, "shared": True} if isinstance(a, dict) else a for a in actions]
        for extra in set(full) - {"format", "id", "template", "employee", "manager", "answers", "actions",
                                  "review", "private_notes"}:
            full.pop(extra)
        return Passport.from_dict(full)
    except ValidationError as exc:
        raise NotAPassportFileError(f"The passport data inside this PDF is not valid ({exc}).") from None


def manager_fields(reader: PdfFileReader) -> dict[str, str]:
    """The current values of the manager's text fields (missing ones are empty)."""
    values = dict.fromkeys(MANAGER_TEXT_FIELDS, "")
    for name, field in form_fields(reader.root):
        if name in values:
            value = deref(field.get("/V"))
            if isinstance(value, generic.TextStringObject | generic.ByteStringObject | str):
                values[name] = str(value)[:MAX_COMMENT_CHARS]
    return values


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
        except (ValueError, TypeError, InvalidSignature):
            return False
    return cert.issuer != cert.subject  # an external CA we cannot see: the pin decides


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    text = value if isinstance(value, str) else value.decode("utf-8", "replace")
    return display_name(text[:MAX_MANAGER_NAME_CHARS])


def form_fields(root: Any) -> Iterator[tuple[str, generic.DictionaryObject]]:
    """Every terminal form field as (fully qualified name, field dict), bounded against hostile trees."""
    try:
        top = root["/AcroForm"]["/Fields"]
    except (KeyError, TypeError):
        return
    stack: list[tuple[Any, str, int]] = [(ref, "", 0) for ref in reversed(list(top))]
    seen = 0
    while stack and seen < _MAX_TREE_NODES:
        ref, parent, depth = stack.pop()
        seen += 1
        field = deref(ref)
        if not isinstance(field, generic.DictionaryObject):
            continue
        part = deref(field.get("/T"))
        name = f"{parent}.{part}" if parent and part else str(part or parent)
        kids = deref(field.get("/Kids"))
        if isinstance(kids, generic.ArrayObject) and depth < _MAX_TREE_DEPTH and any(
                isinstance(deref(k), generic.DictionaryObject)
                and "/T" in (deref(k)) for k in kids):
            stack.extend((kid, name, depth + 1) for kid in reversed(list(kids)))
            continue
        yield name, field


def _name_tree_items(node: Any, depth: int, count: list[int]) -> Iterator[tuple[str, Any]]:
    node = deref(node)
    if not isinstance(node, generic.DictionaryObject) or depth > _MAX_TREE_DEPTH:
        return
    count[0] += 1
    if count[0] > _MAX_TREE_NODES:
        return
    names = deref(node.get("/Names"))
    if isinstance(names, generic.ArrayObject):
        items = list(names)
        for i in range(0, len(items) - 1, 2):
            key, value = items[i], items[i + 1]
            value = deref(value)
            yield str(key), value
    kids = deref(node.get("/Kids"))
    if isinstance(kids, generic.ArrayObject):
        for kid in kids:
            yield from _name_tree_items(kid, depth + 1, count)


def deref(value: Any) -> Any:
    """The object behind an indirect reference (pyHanko's ``get_object`` is untyped)."""
    return value.get_object() if isinstance(value, generic.IndirectObject) else value  # type: ignore[no-untyped-call]
