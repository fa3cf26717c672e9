"""Sign a rendered passport: the employee's certification signature, made with pyHanko.

One incremental update over the reportlab document adds, and the signature then covers:

* the embedded file ``passport.json``: the canonical JSON of exactly what was shared, so the app can
  re-read and compare what the employee signed;
* a small ``/CarerPassport`` dictionary in the catalog naming the passport id, revision number, content
  hash and signer fingerprint (the footer says the same for people; this is for the verifier);
* the empty ``ManagerSignature`` field over its box on the signature page;
* the structure tree that makes the pages readable by a screen reader (:mod:`.pdf_tags`), so it is
  part of what the employee signed and a manager's reader never has to change it.

The signature itself (field ``EmployeeSignature``) is a certification signature with DocMDP level 2
("form filling and signing allowed") and a FieldMDP lock on every field except the line manager's
four, so a manager can fill in their comment, name and date and countersign in an incremental update,
and anything else changed afterwards shows up as a modification the certification does not allow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils import content, generic, layout
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm, SigFieldSpec
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.model import Passport
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_, in_language
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import ExchangeError
from carerpassport.exchange.identity import Identity, short_fingerprint
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_FIELDS,
    MANAGER_SIGNATURE_FIELD,
    DocumentFacts,
    RenderedPassport,
    readable_datetime_in,
    render_passport,
    select_shared,
    shared_field_ids,
)
from carerpassport.exchange.pdf_tags import write_structure_tree

#: Name of the embedded attachment holding the shared content.
PASSPORT_ATTACHMENT = "passport.json"
#: Catalog key of the dictionary describing the export (covered by the employee's signature).
MARKER_KEY = "/CarerPassport"
MARKER_FORMAT = 1

#: Room for the CMS signature: an RSA-3072 signature and its certificate fit in well under 8 KiB;
#: giving the size avoids a dry-run signature just to measure it.
SIGNATURE_BYTES_RESERVED = 12 * 1024


@dataclasses.dataclass(frozen=True)
class ExportResult:
    """A signed PDF written to disk: where, its SHA-256, the revision it shows, what it shares."""

    path: Path
    sha256: str
    revision: int
    fields: list[str]
    passport_json: bytes


class SigningError(ExchangeError):
    """The passport could not be signed (a broken identity in the vault)."""


@dataclasses.dataclass(frozen=True)
class SignedPdf:
    """A signed export and what went into it."""

    pdf: bytes
    passport_json: bytes
    facts: DocumentFacts
    #: What it shares: question ids, plus "actions" when agreed actions are included.
    fields: list[str] = dataclasses.field(default_factory=list)


def signed_export(passport: Passport, template: Template, identity: Identity, revision: int, *,
                  recipient: str, purpose: str = "", fields: Sequence[str] | None = None,
                  include_actions: bool = True, include_agreement: bool | None = None, when: dt.datetime,
                  today: dt.date, language: str = "en") -> SignedPdf:
    """Select what is shared, render it and certify it: the whole export, without touching any file.

    ``when`` is the signing instant (the injected clock; shown in UTC and made the signature's time);
    ``today`` the employee's local date ("prepared on"), from the same clock; ``language`` the copy's ("en",
    "cy"), which may differ from the app's."""
    shared = select_shared(passport, template, fields=fields, include_actions=include_actions,
                           include_agreement=include_agreement)
    passport_json = canonical_bytes(shared)
    facts = DocumentFacts(passport_id=passport.id, revision=revision, content_sha256=sha256_hex(passport_json),
                          fingerprint=identity.fingerprint, recipient=recipient.strip(), purpose=purpose.strip(),
                          prepared_on=today)
    rendered = render_passport(shared, template, facts, signature_face=signature_face(identity, when, language),
                               language=language)
    signed = sign_passport(rendered, passport_json, facts, identity, when=when)
    return dataclasses.replace(signed, fields=shared_field_ids(shared))


def sign_passport(rendered: RenderedPassport, passport_json: bytes, facts: DocumentFacts, identity: Identity,
                  *, when: dt.datetime) -> SignedPdf:
    """Embed ``passport_json``, add the manager's empty signature field and certify as the employee at the
    instant ``when``."""
    signer = vault_signer(identity)
    writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf))
    _embed_passport_json(writer, passport_json, when, rendered.language)
    _add_marker(writer, facts)
    fields.append_signature_field(writer, SigFieldSpec(
        MANAGER_SIGNATURE_FIELD, on_page=rendered.manager_signature.page, box=rendered.manager_signature.box,
        readable_field_name=rendered.field_names[MANAGER_SIGNATURE_FIELD]))
    # The employee's field is made before signing (not by the signer), so its widget can take its place
    # in the structure tree; pyHanko reads the FieldMDP lock back from the field when it signs.
    fields.append_signature_field(writer, SigFieldSpec(
        EMPLOYEE_SIGNATURE_FIELD, on_page=rendered.employee_signature.page, box=rendered.employee_signature.box,
        field_mdp_spec=FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=list(MANAGER_FIELDS)),
        doc_mdp_update_value=MDPPerm.FILL_FORMS, readable_field_name=rendered.field_names[EMPLOYEE_SIGNATURE_FIELD]))
    write_structure_tree(writer, rendered.structure, pages=rendered.pages, lang=rendered.lang,
                         alt_text=rendered.field_names)
    meta = signers.PdfSignatureMetadata(
        field_name=EMPLOYEE_SIGNATURE_FIELD, certify=True, docmdp_permissions=MDPPerm.FILL_FORMS,
        # Translators: the signature's reason, shown in a PDF reader's signature panel.
        md_algorithm="sha256", reason=in_language(rendered.language, N_("Employee's signed copy of their Carer's "
                                                                         "Passport")),
        name=identity.name or None)
    pdf_signer = ClockedPdfSigner(meta, signer, when, stamp_style=_empty_appearance(rendered))
    out = pdf_signer.sign_pdf(writer, bytes_reserved=SIGNATURE_BYTES_RESERVED)
    return SignedPdf(pdf=out.getvalue(), passport_json=passport_json, facts=facts)


class ClockedPdfSigner(signers.PdfSigner):  # type: ignore[misc]
    """pyHanko's PDF signer, made to sign at a given instant (the app's injected clock) instead of reading the
    wall clock: the instant is the signature's signing time (CMS ``signingTime`` and the dictionary's /M).

    pyHanko 0.38 takes the time in ``PdfSigningSession.system_time``, which ``init_signing_session`` leaves
    to ``datetime.now``; it is set on the session before anything is signed."""

    def __init__(self, signature_meta: signers.PdfSignatureMetadata, signer: signers.Signer, when: dt.datetime,
                 **kwargs: Any) -> None:
        super().__init__(signature_meta, signer, **kwargs)
        if when.tzinfo is None:
            raise ValueError("a signing time needs a time zone")
        self._when = when

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._when
        return session


class _VaultKeySigner(signers.SimpleSigner):  # type: ignore[misc]
    """pyHanko's in-memory signer, holding the key already parsed.

    ``SimpleSigner`` re-parses the PKCS#8 key for every signature, and parsing an RSA key runs
    cryptography's full consistency check (~170 ms for RSA-3072 here). The key comes from this
    vault's own encrypted, authenticated database, where the app generated it, so the check is
    skipped and the key is parsed once.
    """

    def __init__(self, key: rsa.RSAPrivateKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        if mechanism != "rsassa_pkcs1v15":  # what pyHanko picks for an RSA key unless told otherwise
            raise SigningError(_("Unexpected signature mechanism {mechanism!r} for this vault's RSA key.").format(
                                   mechanism=mechanism))
        return self._key.sign(data, padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))


def vault_signer(identity: Identity) -> signers.Signer:
    """A pyHanko signer for ``identity`` (also used to countersign in manager mode)."""
    try:
        key = serialization.load_pem_private_key(identity.key_pem, password=None,
                                                 unsafe_skip_rsa_key_validation=True)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError("not an RSA key")
        cert = next(iter(load_certs_from_pemder_data(identity.cert_pem)))
        key_info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    except (ValueError, TypeError, StopIteration) as exc:
        raise SigningError(_("This vault's signing key cannot be read, so nothing can be signed. "
                             "Restore the vault from a backup ({exc}).").format(exc=exc)) from None
    return _VaultKeySigner(key, signing_cert=cert, signing_key=key_info,
                           cert_registry=SimpleCertificateStore.from_certs([cert]))  # type: ignore[no-untyped-call]


def signature_face(identity: Identity, when: dt.datetime, language: str = "en") -> list[str]:
    """What the employee's signature box says, in ``language`` (the copy's): who signed, when, and the start of
    the fingerprint."""
    def _(text: str) -> str:
        return in_language(language, text)

    return [_("Signed digitally by {name}").format(name=identity.name or _("the employee")),
            readable_datetime_in(language, when),
            # Translators: the start of the signing certificate's fingerprint follows, then "…".
            _("Certificate {fingerprint} …").format(fingerprint=short_fingerprint(identity.fingerprint))]


def _empty_appearance(rendered: RenderedPassport) -> StaticStampStyle:
    """The signature widget draws nothing: the page under it already shows :func:`signature_face` (drawn by
    reportlab in the page's embedded font; pyHanko's own text stamps use Courier, which cannot show most
    names and is not embedded)."""
    return blank_appearance(rendered.employee_signature.box)


def blank_appearance(box: tuple[int, int, int, int]) -> StaticStampStyle:
    """A signature appearance that draws nothing over ``box`` (the page under it shows the signature's face)."""
    x1, y1, x2, y2 = box
    blank = content.RawContent(b"", box=layout.BoxConstraints(width=x2 - x1, height=y2 - y1))
    return StaticStampStyle(background=blank, border_width=0, background_opacity=1.0)


def _embed_passport_json(writer: IncrementalPdfFileWriter, passport_json: bytes, when: dt.datetime,
                         language: str = "en") -> None:
    data = EmbeddedFileObject.from_file_data(
        writer, passport_json, mime_type="application/json",
        params=EmbeddedFileParams(creation_date=when, modification_date=when))
    embed_file(writer, FileSpec(
        file_spec_string=PASSPORT_ATTACHMENT, file_name=PASSPORT_ATTACHMENT, embedded_data=data,
        # Translators: the description of the attached file, shown in a PDF reader's attachments panel.
        description=in_language(language, N_("What the employee shared, as canonical JSON (RFC 8785)"))))


def _add_marker(writer: IncrementalPdfFileWriter, facts: DocumentFacts) -> None:
    marker = {
        "/Format": generic.NumberObject(MARKER_FORMAT),  # type: ignore[no-untyped-call]
        "/PassportId": generic.TextStringObject(facts.passport_id),
        "/Revision": generic.NumberObject(facts.revision),  # type: ignore[no-untyped-call]
        "/ContentSHA256": generic.TextStringObject(facts.content_sha256),
        "/EmployeeFingerprint": generic.TextStringObject(facts.fingerprint),
        # What the pages' heading says, for a reader that shows the passport without parsing the pages
        # (manager mode's read-only view); older exports lack these and say less.
        "/Recipient": generic.TextStringObject(facts.recipient),
        "/Purpose": generic.TextStringObject(facts.purpose),
        "/PreparedOn": generic.TextStringObject(facts.prepared_on.isoformat() if facts.prepared_on else ""),
    }
    writer.root[MARKER_KEY] = generic.DictionaryObject(  # type: ignore[no-untyped-call]
        {generic.pdf_name(k): v for k, v in marker.items()})
    writer.update_root()  # type: ignore[no-untyped-call]
