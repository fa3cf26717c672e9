"""The vault's own identity: an RSA-3072 signing certificate and an age X25519 key.

RSA, not EC: poppler's signer (a manager countersigning with ``pdfsig``) fails on EC keys, and some
PDF readers still handle RSA best. The certificate is self-signed; its SHA-256 fingerprint is what
people compare out of band ("read me the first groups of your fingerprint").
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from carerpassport.domain.display_text import display_name

RSA_BITS = 3072
CERT_YEARS = 10


@dataclasses.dataclass(frozen=True)
class Identity:
    """A signing key and certificate, and an age key; the private parts never leave the vault
    except inside an encrypted backup."""

    name: str
    cert_pem: bytes
    key_pem: bytes
    age_secret: str

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.certificate)

    @property
    def age_recipient(self) -> str:
        return str(pyrage.x25519.Identity.from_str(self.age_secret).to_public())

    def key_matches_certificate(self) -> bool:
        """True when the private key and the certificate parse and belong together: a damaged vault once
        handed back a signing key of NUL bytes. Skips RSA's own key validation (~100 ms for 3072 bits): the
        public halves matching is what shows the pair is whole, and it takes microseconds."""
        try:
            key = serialization.load_pem_private_key(self.key_pem, password=None, unsafe_skip_rsa_key_validation=True)
            public = self.certificate.public_key()
        except ValueError:  # what cryptography raises for PEM or DER it cannot read
            return False
        if not isinstance(key, rsa.RSAPrivateKey) or not isinstance(public, rsa.RSAPublicKey):
            return False
        return key.public_key().public_numbers() == public.public_numbers()


#: RFC 5280's ub-common-name. cryptography counts it in UTF-8 bytes, so 40 accented letters (80 bytes) or
#: 22 Chinese characters are already too long, although they are far fewer than 64 characters.
COMMON_NAME_BYTES = 64


def common_name(name: str) -> str:
    """The certificate's common name for ``name``: shown as one clean line, cut with "…" to fit 64 bytes."""
    shown = display_name(name, limit=COMMON_NAME_BYTES) or "Carer's Passport user"
    if len(shown.encode()) > COMMON_NAME_BYTES:
        # Cut on a character boundary, leaving room for the three bytes of "…".
        kept = shown.encode()[: COMMON_NAME_BYTES - 3].decode("utf-8", "ignore").rstrip(" …")
        shown = kept + "…"
    return shown


def generate_identity(name: str, now: dt.datetime | None = None) -> Identity:
    """A fresh identity for ``name`` (takes a few hundred ms: RSA key generation)."""
    now = now or dt.datetime.now(dt.UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    subject = x509.Name([
        # Shown by every PDF reader that checks the signature: no control or invisible characters (and
        # pyHanko refuses a certificate whose name holds bidi isolates, unknown to X.509's stringprep).
        x509.NameAttribute(NameOID.COMMON_NAME, common_name(name)),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Carer's Passport"),
    ])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now.replace(year=now.year + CERT_YEARS) if not (now.month == 2 and now.day == 29)
                         else now + dt.timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(
        name=name,
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        key_pem=key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()),
        age_secret=str(pyrage.x25519.Identity.generate()),
    )


def fingerprint_of(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint of a certificate, as upper-case hex in groups of four."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def short_fingerprint(fingerprint: str) -> str:
    """The first four groups, for a quick comparison aloud."""
    return " ".join(fingerprint.split()[:4])
