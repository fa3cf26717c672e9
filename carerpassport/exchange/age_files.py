"""age files (https://age-encryption.org/v1) through pyrage, with refusals a user can act on.

Bundles and whole-vault backups are both age files, so they decrypt with the standard ``age`` CLI. pyrage
reports every failure as one ``DecryptError``; before calling it we read the file's plain-text header
ourselves, so "this is not an age file", "this one needs a passphrase" and "this was not encrypted to
you" become different sentences, and a hostile scrypt work factor is refused before it costs minutes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.input_files import read_input_file

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
#: The header of a real file is a few hundred bytes per recipient; this bounds our own parsing.
MAX_HEADER_BYTES = 64 * 1024
#: ``age`` (Go) refuses scrypt work factors above 22 by default; so do we (2^22 iterations is seconds,
#: a hostile file asking for 2^40 would be years).
MAX_SCRYPT_WORK_FACTOR = 22


class NotAnAgeFileError(NotAPassportFileError):
    """The file is not an age-encrypted file at all."""


class FileTooLargeError(NotAPassportFileError):
    """The file is bigger than any passport bundle or backup this app writes."""


class WrongDecryptionKeyError(ExchangeError):
    """The file was encrypted to other people's keys, or with another passphrase."""


class PassphraseRequiredError(ExchangeError):
    """The file was encrypted with a passphrase and none was given."""


class InvalidRecipientError(ExchangeError):
    """Text that is not an age public key (``age1…``)."""


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes (checked before reading it all).

    A device (``/dev/zero``), a FIFO or a folder is refused with a sentence instead of being read forever
    or waited on; see :func:`carerpassport.input_files.read_input_file`.
    """
    # Translators: {what} names a kind of file ("encrypted passport bundle"); Welsh needs no article.
    article = _("an {what}") if what[:1].lower() in "aeiou" else _("a {what}")
    return read_input_file(Path(path), max_bytes=limit, what=article.format(what=_(what)), error=NotAPassportFileError,
                           too_large=FileTooLargeError)


def parse_recipient(text: str) -> str:
    """A validated age X25519 recipient (``age1…``), normalised."""
    cleaned = text.strip()
    try:
        return str(x25519.Recipient.from_str(cleaned))
    except (pyrage.RecipientError, ValueError) as exc:
        shown = cleaned if len(cleaned) <= 80 else cleaned[:77] + "..."
        raise InvalidRecipientError(_("{shown!r} is not an age public key (they start with 'age1' and are 62 "
                                      "characters long), nor an identity card file ({exc}).").format(
                                      shown=shown, exc=exc)) from None


def stanza_types(data: bytes, what: str) -> list[str]:
    """The recipient stanza types in an age header (``X25519``, ``scrypt``, ...), refusing non-age files."""
    binary = _dearmor(data, what) if data.startswith(ARMOR_BEGIN) else data
    if not binary.startswith(AGE_MAGIC):
        raise NotAnAgeFileError(_("This file is not an encrypted passport file ({what}s start with "
                                  "'age-encryption.org/v1'). Check you chose the right file.").format(what=what))
    end = binary.find(b"\n---", 0, MAX_HEADER_BYTES)
    if end < 0:
        raise TamperedDocumentError(_("The {what}'s header is damaged or cut short; ask for the file again.").format(
                                        what=what))
    types: list[str] = []
    for line in binary[len(AGE_MAGIC):end].split(b"\n"):
        if not line.startswith(b"-> "):
            continue
        words = line[3:].split(b" ")
        kind = words[0].decode("ascii", "replace")
        if kind == "scrypt":
            _check_scrypt_stanza(words, what)
        types.append(kind)
    if not types:
        raise TamperedDocumentError(_("The {what}'s header names no key; it is damaged.").format(what=what))
    return types


def _check_scrypt_stanza(words: list[bytes], what: str) -> None:
    try:
        factor = int(words[2])
    except (IndexError, ValueError):
        raise TamperedDocumentError(_("The {what}'s passphrase header is damaged.").format(what=what)) from None
    if factor > MAX_SCRYPT_WORK_FACTOR:
        raise TamperedDocumentError(_("The {what} asks for a passphrase work factor of 2^{factor}, which would take "
                                      "far too long to open; files made by this app or the age tool never do.").format(
                                      what=what, factor=factor))


def _dearmor(data: bytes, what: str) -> bytes:
    lines = data.strip().splitlines()
    if not lines or lines[-1].strip() != ARMOR_END:
        raise NotAnAgeFileError(_("This text-armoured {what} is cut short (no END line).").format(what=what))
    try:
        return base64.b64decode(b"".join(line.strip() for line in lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise NotAnAgeFileError(_("This text-armoured {what} is damaged (not base64).").format(what=what)) from None


def encrypt_to_recipients(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt to age X25519 public keys (each validated)."""
    if not recipients:
        raise InvalidRecipientError(_("Choose at least one person to encrypt to, or use a passphrase."))
    parsed = [x25519.Recipient.from_str(parse_recipient(r)) for r in recipients]
    return bytes(pyrage.encrypt(plaintext, parsed))


def encrypt_with_passphrase(plaintext: bytes, passphrase: str) -> bytes:
    """Encrypt with a passphrase (age's scrypt mode; pyrage calibrates it to ~1-2 s: run off the GUI thread)."""
    return bytes(age_passphrase.encrypt(plaintext, passphrase))


def decrypt(data: bytes, *, identities: Sequence[str] = (), passphrase: str | None = None,
            what: str = N_("encrypted passport file")) -> bytes:
    """Decrypt ``data`` with age X25519 secret keys or a passphrase, with a clear reason on failure."""
    what = _(what)  # a name given in English is told in the reader's language
    types = stanza_types(data, what)
    if "scrypt" in types:
        if passphrase is None:
            raise PassphraseRequiredError(_("This {what} was locked with a passphrase. Give the passphrase the sender "
                                            "told you (not by the same route as the file).").format(what=what))
        try:
            return bytes(age_passphrase.decrypt(data, passphrase))
        except pyrage.DecryptError as exc:
            if "Decryption failed" in str(exc):
                raise WrongDecryptionKeyError(_("That passphrase does not open this {what}. Check it with the "
                                                "person who sent it.").format(what=what)) from None
            raise TamperedDocumentError(_("The {what} is damaged or was altered ({exc}).").format(
                                            what=what, exc=_reason(exc))) from None
    keys = [x25519.Identity.from_str(text) for text in identities]
    if not keys:
        raise WrongDecryptionKeyError(_("This {what} was encrypted to people's keys, not a passphrase.").format(
                                          what=what))
    try:
        return bytes(pyrage.decrypt(data, keys))
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise WrongDecryptionKeyError(_("This {what} was not encrypted to you, so it cannot be opened here. "
                                            "Ask the sender to encrypt it to your identity card.").format(
                                            what=what)) from None
        raise TamperedDocumentError(_("The {what} is damaged or was altered after it was encrypted "
                                      "({exc}).").format(what=what, exc=_reason(exc))) from None


def _reason(exc: Exception) -> str:
    """pyrage's reason, on one line: its messages can carry the age tool's multi-line advice."""
    lines = str(exc).strip().splitlines() or ["no reason given"]
    return lines[0].rstrip(".")[:200]


def derived_x25519_identity(secret: bytes, purpose: str) -> str:
    """A deterministic age X25519 secret key (``AGE-SECRET-KEY-1…``) derived from ``secret`` with HKDF-SHA256.

    ``purpose`` separates uses (a backup key must never equal any other key made from the same secret).
    Only for secrets that are already high-entropy random keys, such as the 128-bit recovery code: HKDF
    adds no brute-force cost, and does not need to.
    """
    key = _hkdf_sha256(secret, salt=b"carerpassport age x25519", info=purpose.encode("utf-8"), length=32)
    return _bech32_encode("age-secret-key-", key).upper()


def recipient_of(identity: str) -> str:
    """The public ``age1…`` recipient of an ``AGE-SECRET-KEY-1…`` identity."""
    return str(x25519.Identity.from_str(identity).to_public())


def _hkdf_sha256(ikm: bytes, *, salt: bytes, info: bytes, length: int) -> bytes:
    # RFC 5869 by hand: two HMAC calls, and it keeps this module free of a second crypto API.
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def _bech32_encode(hrp: str, payload: bytes) -> str:
    """BIP-173 bech32 (age uses it, without the 90-character limit), from 8-bit bytes."""
    data, acc, bits = [], 0, 0
    for byte in payload:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _bech32_polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32_CHARSET[d] for d in data + checksum)
