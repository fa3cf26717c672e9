"""The public identity card: what another person needs to send you an encrypted bundle and to check
your signatures: your name, your age public key (``age1…``), your signing certificate and its SHA-256
fingerprint.

The card is JSON, signed with the identity's own RSA key. The signature does not make a card
trustworthy by itself (anyone can make a card in any name; that is why people compare the fingerprint
in person or on the phone), but it binds the age key to the certificate: a card whose age key was
swapped in transit, by a person who wants to read what is sent "to you", no longer verifies.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from carerpassport.domain.canonical import canonical_bytes, load_canonical
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import MAX_NAME
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.age_files import InvalidRecipientError, parse_recipient
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import Identity, fingerprint_of

CARD_FORMAT = "carerpassport-identity-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 32 * 1024
SIGNATURE_ALGORITHM = "rsa-pss-sha256"
#: Signed bytes start with this, so a card signature can never be taken for any other signature
#: made with the same key (a bundle manifest, a PDF).
_SIGNING_CONTEXT = b"carerpassport identity card v1\n"
_FIELDS = {"format", "version", "name", "age_recipient", "certificate", "fingerprint", "created", "signature"}
MIN_RSA_BITS = 2048


class InvalidCardError(NotAPassportFileError):
    """The file is not an identity card, or is malformed."""


@dataclasses.dataclass(frozen=True)
class IdentityCard:
    """A verified public card of one person."""

    name: str
    age_recipient: str
    cert_pem: bytes
    fingerprint: str
    created: str

    def text(self) -> str:
        """The card as a few lines for reading aloud and comparing."""
        return (_("Name: {name}").format(name=self.name or _("(no name)")) + "\n"
                + _("Signing fingerprint (SHA-256):") + f"\n{self.fingerprint}\n"
                + _("Encryption key (age):") + f"\n{self.age_recipient}\n")

    def qr_payload(self) -> str:
        """What the QR code holds: the name, fingerprint and age key (short enough to scan easily)."""
        return f"carerpassport-card:1;name={self.name};fp={self.fingerprint.replace(' ', '')};age={self.age_recipient}"


def make_card(identity: Identity, now: dt.datetime | None = None) -> bytes:
    """The signed card of ``identity`` (public parts only), as canonical JSON bytes."""
    now = now or dt.datetime.now(dt.UTC)
    body: dict[str, Any] = {
        "format": CARD_FORMAT,
        "version": CARD_VERSION,
        "name": identity.name,
        "age_recipient": identity.age_recipient,
        "certificate": identity.cert_pem.decode("ascii"),
        "fingerprint": identity.fingerprint,
        "created": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
    }
    body["signature"] = {"algorithm": SIGNATURE_ALGORITHM,
                         "value": sign_bytes(identity, _SIGNING_CONTEXT, canonical_bytes(body))}
    return canonical_bytes(body)


def parse_card(raw: bytes) -> IdentityCard:
    """Read and verify a card; :class:`InvalidCardError` or :class:`TamperedDocumentError` if it is not one."""
    if len(raw) > MAX_CARD_BYTES:
        raise InvalidCardError(_("This file is {count:,} bytes; an identity card is a few kilobytes. "
                                 "It is not a card.").format(count=len(raw)))
    try:
        data = load_canonical(raw.strip(), what=_("the card"))
    except ValidationError as exc:
        raise InvalidCardError(_("This file is not an identity card, or it was edited: {exc}").format(
                                   exc=exc)) from None
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise InvalidCardError(_("This file is not a Carer's Passport identity card."))
    if data.get("version") != CARD_VERSION:
        raise InvalidCardError(_("This identity card is version {version!r}; this app reads version "
                                 "{card_version}. Update the app.").format(
                                 version=data.get('version'), card_version=CARD_VERSION))
    unknown = set(data) - _FIELDS
    if unknown or _FIELDS - set(data):
        raise InvalidCardError(
            _("This identity card has unknown parts ({parts}); it was not made by this app.").format(
                parts=', '.join(repr(k)[:40] for k in sorted(unknown)[:5])) if unknown
            else _("This identity card has parts missing; it was not made by this app."))
    name, recipient_text, cert_text, fingerprint, created = (
        _text(data, key, limit) for key, limit in
        (("name", MAX_NAME), ("age_recipient", 200), ("certificate", 8000), ("fingerprint", 100), ("created", 40)))
    try:
        recipient = parse_recipient(recipient_text)
    except InvalidRecipientError:
        raise InvalidCardError(_("The identity card's encryption key is not a valid age key.")) from None
    cert, public_key = _certificate(cert_text)
    if fingerprint_of(cert) != fingerprint:
        raise TamperedDocumentError(_("The identity card's fingerprint does not match its certificate; the card "
                                      "was altered. Ask for it again."))
    body = {k: v for k, v in data.items() if k != "signature"}
    _verify_signature(public_key, data["signature"], canonical_bytes(body))
    return IdentityCard(display_name(name), recipient, cert_text.encode("ascii"), fingerprint, created)


def _text(data: dict[str, Any], key: str, limit: int) -> str:
    value = data[key]
    if not isinstance(value, str) or len(value) > limit:
        raise InvalidCardError(_("The identity card's {key} is not valid.").format(key=key))
    return value


def _certificate(pem: str) -> tuple[x509.Certificate, rsa.RSAPublicKey]:
    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        key = cert.public_key()
    except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm):
        raise InvalidCardError(_("The identity card's certificate cannot be read.")) from None
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < MIN_RSA_BITS:
        raise InvalidCardError(_("The identity card's certificate does not hold an RSA key of at least "
                                 "{min_rsa_bits} bits; this app does not make such cards.").format(
                                 min_rsa_bits=MIN_RSA_BITS))
    return cert, key


def _verify_signature(key: rsa.RSAPublicKey, signature: Any, signed: bytes) -> None:
    if (not isinstance(signature, dict) or set(signature) != {"algorithm", "value"}
            or signature["algorithm"] != SIGNATURE_ALGORITHM or not isinstance(signature["value"], str)):
        raise InvalidCardError(_("The identity card's signature is missing or of an unknown kind."))
    if not verify_bytes(key, _SIGNING_CONTEXT, signed, signature["value"]):
        raise TamperedDocumentError(_("The identity card was changed after it was made (its signature does not "
                                      "match). Do not trust it; ask the person for their card again."))


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def sign_bytes(identity: Identity, context: bytes, data: bytes) -> str:
    """A base64 RSA-PSS-SHA256 signature of ``context + data`` (shared with the bundle manifest)."""
    signature = _own_private_key(identity).sign(context + data, _pss(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def _own_private_key(identity: Identity) -> rsa.RSAPrivateKey:
    # The key comes from this vault's own encrypted store, written by us: cryptography's RSA consistency
    # check (meant for keys from untrusted sources) costs ~165 ms per load for RSA-3072 and adds nothing here.
    key = serialization.load_pem_private_key(identity.key_pem, password=None, unsafe_skip_rsa_key_validation=True)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the vault's signing key is not an RSA key")
    return key


def verify_bytes(key: rsa.RSAPublicKey, context: bytes, data: bytes, signature_b64: str) -> bool:
    """True when ``signature_b64`` is a valid :func:`sign_bytes` signature by ``key``."""
    try:
        key.verify(base64.b64decode(signature_b64, validate=True), context + data, _pss(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def load_rsa_certificate(pem: str, what: str) -> tuple[x509.Certificate, rsa.RSAPublicKey]:
    """A certificate with an RSA key of at least 2048 bits, or :class:`InvalidCardError` naming ``what``."""
    try:
        return _certificate(pem)
    except InvalidCardError:
        raise InvalidCardError(_("The {what}'s certificate cannot be read or is not an RSA certificate.").format(
                                   what=what)) from None
