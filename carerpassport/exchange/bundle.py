"""The encrypted bundle (``.passport.age``): a passport sent to named people, or locked with a passphrase.

An age file (so the standard ``age`` tool can open it) whose plaintext is a ustar archive of exactly:

- ``passport.json``: the canonical JSON of what was shared (the same bytes the signed PDF embeds);
- ``passport.pdf``: the signed PDF;
- ``manifest.json``: format version, passport id, revision, the SHA-256 and size of the two other
  members, the recipients, the created time and the sender's certificate and age key, signed with the
  sender's RSA key (RSA-PSS, SHA-256).

It is encrypted to the recipients' age X25519 keys and to the sender's own (so the sender can open what
they sent), or to a passphrase alone (age cannot mix the two).

Opening checks everything before the caller may touch a vault: the file is an age file within the
size limit, it decrypts, the archive is strict (see :mod:`strict_archive`), the manifest's signature
verifies against the certificate it names, and every member matches its signed hash. Whether the
sender is someone you trust is for the caller to decide with :func:`sender_trust`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from carerpassport.domain.canonical import MAX_CANONICAL_BYTES, canonical_bytes, load_canonical, sha256_hex
from carerpassport.domain.dates import readable_iso
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import Identity, fingerprint_of
from carerpassport.exchange.identity_card import InvalidCardError, load_rsa_certificate, sign_bytes, verify_bytes
from carerpassport.exchange.passphrase_strength import check_bundle_passphrase
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from carerpassport.exchange.strict_archive import first_mismatch, member_record, read_archive, write_archive

BUNDLE_FORMAT = "carerpassport-bundle"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".passport.age"
MEMBER_JSON = "passport.json"
MEMBER_PDF = "passport.pdf"
MEMBER_MANIFEST = "manifest.json"
SIGNATURE_ALGORITHM = "rsa-pss-sha256"
_SIGNING_CONTEXT = b"carerpassport bundle manifest v1\n"

# Limits: a real bundle is a few hundred kilobytes; these leave room for long passports and scans.
MAX_MANIFEST_BYTES = 64 * 1024
#: The signed PDF inside a bundle is read by the same reader as any passport PDF, within the same limit
#: (pdf_limits.MAX_PDF_BYTES).
MEMBER_LIMITS = {MEMBER_MANIFEST: MAX_MANIFEST_BYTES, MEMBER_JSON: MAX_CANONICAL_BYTES, MEMBER_PDF: MAX_PDF_BYTES}
MAX_PLAINTEXT_BYTES = 33 * 1024 * 1024
MAX_BUNDLE_BYTES = 34 * 1024 * 1024
MAX_RECIPIENTS = 20
WHAT = N_("encrypted passport bundle")

_MANIFEST_FIELDS = {"format", "version", "passport_id", "revision", "content_sha256", "created", "purpose",
                    "recipients", "passphrase", "members", "sender", "signature"}
_SENDER_FIELDS = {"name", "certificate", "fingerprint", "age_recipient"}


@dataclasses.dataclass(frozen=True)
class BundleSender:
    """Who signed the manifest (checked: the signature verifies with this certificate)."""

    name: str
    fingerprint: str
    cert_pem: bytes
    age_recipient: str


@dataclasses.dataclass(frozen=True)
class BundleManifest:
    """The signed description of a bundle's contents."""

    passport_id: str
    revision: int
    content_sha256: str
    created: str
    purpose: str
    recipients: tuple[str, ...]
    passphrase: bool
    members: dict[str, tuple[str, int]]  # name -> (sha256, size)
    sender: BundleSender


@dataclasses.dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature and hashes all checked out. Nothing has been written anywhere."""

    manifest: BundleManifest
    passport_json: bytes
    pdf: bytes
    file_sha256: str

    @property
    def passport(self) -> dict[str, Any]:
        value = load_canonical(self.passport_json)
        assert isinstance(value, dict)
        return value


#: Trust states of a bundle's sender, for the UI and CLI to state (never decided silently).
SENDER_YOU = "you"
SENDER_TRUSTED = "trusted"
SENDER_CHANGED = "changed"
SENDER_UNKNOWN = "unknown"


def sender_trust(sender: BundleSender, own_fingerprint: str,
                 pins: Iterable[tuple[str, str | None]]) -> str:
    """``you``, ``trusted`` (pinned), ``changed`` (their age key is pinned with another certificate) or
    ``unknown``. ``pins`` holds (fingerprint, age recipient) of each active pin."""
    if sender.fingerprint == own_fingerprint:
        return SENDER_YOU
    pinned = list(pins)
    if any(fp == sender.fingerprint for fp, _ in pinned):
        return SENDER_TRUSTED
    if any(age == sender.age_recipient for _, age in pinned):
        return SENDER_CHANGED
    return SENDER_UNKNOWN


# --- making ----------------------------------------------------------------------------------------

def build_manifest(identity: Identity, *, passport_json: bytes, pdf: bytes, revision: int, created: dt.datetime,
                   recipients: Sequence[str], passphrase: bool, purpose: str = "") -> bytes:
    """The signed manifest for ``passport_json`` and ``pdf`` (canonical JSON bytes)."""
    passport = load_canonical(passport_json)
    if not isinstance(passport, dict) or not isinstance(passport.get("id"), str):
        raise ValidationError(_("The passport data for a bundle has no passport id."))
    body: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "passport_id": passport["id"],
        "revision": revision,
        "content_sha256": sha256_hex(passport_json),
        "created": created.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "purpose": purpose,
        "recipients": list(recipients),
        "passphrase": passphrase,
        "members": {MEMBER_JSON: member_record(passport_json), MEMBER_PDF: member_record(pdf)},
        "sender": {"name": identity.name, "certificate": identity.cert_pem.decode("ascii"),
                   "fingerprint": identity.fingerprint, "age_recipient": identity.age_recipient},
    }
    body["signature"] = {"algorithm": SIGNATURE_ALGORITHM,
                         "value": sign_bytes(identity, _SIGNING_CONTEXT, canonical_bytes(body))}
    return canonical_bytes(body)


def pack_archive(identity: Identity, *, passport_json: bytes, pdf: bytes, revision: int, created: dt.datetime,
                 recipients: Sequence[str], passphrase: bool, purpose: str = "") -> bytes:
    """The bundle's plaintext archive (manifest first), before encryption."""
    if len(pdf) > MAX_PDF_BYTES or len(passport_json) > MAX_CANONICAL_BYTES:
        raise ValidationError(_("The passport is too large to send as a bundle."))
    manifest = build_manifest(identity, passport_json=passport_json, pdf=pdf, revision=revision, created=created,
                              recipients=recipients, passphrase=passphrase, purpose=purpose)
    return write_archive([(MEMBER_MANIFEST, manifest), (MEMBER_JSON, passport_json), (MEMBER_PDF, pdf)],
                         mtime=int(created.timestamp()))


def normalise_recipients(recipients: Sequence[str], own: str) -> list[str]:
    """Validated, de-duplicated recipients, the sender's own key added last."""
    out: list[str] = []
    for text in [*recipients, own]:
        recipient = age_files.parse_recipient(text)
        if recipient not in out:
            out.append(recipient)
    if len(out) > MAX_RECIPIENTS:
        raise ValidationError(_("A bundle can be sent to at most {number} people at once.").format(
                                  number=MAX_RECIPIENTS - 1))
    return out


def seal_bundle(identity: Identity, *, passport_json: bytes, pdf: bytes, revision: int,
                recipients: Sequence[str] | None = None, passphrase: str | None = None, purpose: str = "",
                created: dt.datetime | None = None) -> bytes:
    """The encrypted bundle: to ``recipients`` and the sender's own key, or (exclusively) to ``passphrase``.

    A passphrase must pass :func:`check_bundle_passphrase`. Passphrase mode runs age's scrypt (1-2 s).
    """
    if (recipients is None) == (passphrase is None):
        raise ValidationError(_("Send a bundle either to people's keys or with a passphrase, not both or neither."))
    created = created or dt.datetime.now(dt.UTC)
    if passphrase is not None:
        check_bundle_passphrase(passphrase)
        archive = pack_archive(identity, passport_json=passport_json, pdf=pdf, revision=revision, created=created,
                               recipients=[], passphrase=True, purpose=purpose)
        return age_files.encrypt_with_passphrase(archive, passphrase)
    assert recipients is not None
    if not recipients:
        raise ValidationError(_("Choose at least one person to send the bundle to, or use a passphrase."))
    everyone = normalise_recipients(recipients, identity.age_recipient)
    archive = pack_archive(identity, passport_json=passport_json, pdf=pdf, revision=revision, created=created,
                           recipients=everyone, passphrase=False, purpose=purpose)
    return age_files.encrypt_to_recipients(archive, everyone)


# --- opening ---------------------------------------------------------------------------------------

def open_bundle_bytes(data: bytes, *, identities: Sequence[str] = (), passphrase: str | None = None) -> VerifiedBundle:
    """Decrypt and verify a bundle held in memory. Raises a specific :class:`ExchangeError` on any fault."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise age_files.FileTooLargeError(_("This file is {count:,} bytes; an {what} is never more than "
                                            "{max_bundle_bytes:,} bytes.").format(
                                            count=len(data), what=WHAT, max_bundle_bytes=MAX_BUNDLE_BYTES))
    plaintext = age_files.decrypt(data, identities=identities, passphrase=passphrase, what=_(WHAT))
    return verify_archive(plaintext, file_sha256=hashlib.sha256(data).hexdigest())


def verify_archive(plaintext: bytes, *, file_sha256: str = "") -> VerifiedBundle:
    """Check a decrypted bundle archive: strict members, manifest signature, every hash."""
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise age_files.FileTooLargeError(_("The {what} unpacks to more than {max_plaintext_bytes:,} bytes; "
                                            "refused.").format(
                                              what=WHAT, max_plaintext_bytes=MAX_PLAINTEXT_BYTES))
    members = read_archive(plaintext, limits=MEMBER_LIMITS, required=list(MEMBER_LIMITS),
                           max_total=MAX_PLAINTEXT_BYTES, what=_(WHAT))
    manifest = parse_manifest(members[MEMBER_MANIFEST])
    changed = first_mismatch(members, manifest.members, (MEMBER_JSON, MEMBER_PDF))
    if changed:
        raise TamperedDocumentError(_("{changed} in this bundle does not match the hash its sender signed: it was "
                                      "changed or swapped after the bundle was made. Nothing was imported.").format(
                                      changed=changed))
    passport_json = members[MEMBER_JSON]
    try:
        passport = load_canonical(passport_json, what=_("passport.json in this bundle"))
    except ValidationError as exc:
        raise TamperedDocumentError(_("{exc} Nothing was imported.").format(exc=exc)) from None
    if not isinstance(passport, dict) or passport.get("id") != manifest.passport_id:
        raise TamperedDocumentError(_("passport.json in this bundle is for another passport than its manifest says."))
    if sha256_hex(passport_json) != manifest.content_sha256:
        raise TamperedDocumentError(_("passport.json does not match the content hash in the signed manifest."))
    if not members[MEMBER_PDF].startswith(b"%PDF-"):
        raise NotAPassportFileError(_("passport.pdf in this bundle is not a PDF."))
    return VerifiedBundle(manifest, passport_json, members[MEMBER_PDF], file_sha256)


def parse_manifest(raw: bytes) -> BundleManifest:
    """Read a manifest strictly and verify its signature against the sender certificate it carries."""
    try:
        data = load_canonical(raw, what=_("The bundle's manifest"))
    except ValidationError as exc:
        raise TamperedDocumentError(_("{exc} Nothing was imported.").format(exc=exc)) from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise NotAPassportFileError(_("This archive is not a Carer's Passport bundle (its manifest says otherwise)."))
    if data.get("version") != BUNDLE_VERSION:
        raise NotAPassportFileError(_("This bundle is format version {version}; this app reads "
                                      "version {bundle_version}. Update the app.").format(
                                      version=repr(data.get('version'))[:40], bundle_version=BUNDLE_VERSION))
    if set(data) != _MANIFEST_FIELDS:
        raise TamperedDocumentError(_("The bundle's manifest has unknown or missing parts; it was not made by this "
                                      "app."))
    sender = _parse_sender(data["sender"])
    signature = data["signature"]
    if (not isinstance(signature, dict) or set(signature) != {"algorithm", "value"}
            or signature["algorithm"] != SIGNATURE_ALGORITHM or not isinstance(signature["value"], str)):
        raise TamperedDocumentError(_("The bundle's manifest signature is missing or of an unknown kind."))
    _cert, key = load_rsa_certificate(sender.cert_pem.decode("ascii"), "bundle sender")
    body = {k: v for k, v in data.items() if k != "signature"}
    if not verify_bytes(key, _SIGNING_CONTEXT, canonical_bytes(body), signature["value"]):
        raise TamperedDocumentError(_("The bundle's manifest signature does not verify: the manifest was changed "
                                      "after its sender signed it. Nothing was imported."))
    return _manifest_from(data, sender)


def _manifest_from(data: dict[str, Any], sender: BundleSender) -> BundleManifest:
    members_in = data["members"]
    if not isinstance(members_in, dict) or set(members_in) != {MEMBER_JSON, MEMBER_PDF}:
        raise TamperedDocumentError(_("The bundle's manifest does not list exactly passport.json and passport.pdf."))
    members: dict[str, tuple[str, int]] = {}
    for name, entry in members_in.items():
        if (not isinstance(entry, dict) or set(entry) != {"sha256", "size"} or not isinstance(entry["sha256"], str)
                or not isinstance(entry["size"], int) or isinstance(entry["size"], bool)):
            raise TamperedDocumentError(_("The bundle's manifest entry for {name} is malformed.").format(name=name))
        members[name] = (entry["sha256"], entry["size"])
    recipients = data["recipients"]
    revision = data["revision"]
    if (not isinstance(recipients, list) or len(recipients) > MAX_RECIPIENTS
            or not all(isinstance(r, str) for r in recipients)
            or not isinstance(revision, int) or isinstance(revision, bool) or revision < 1
            or not isinstance(data["passphrase"], bool)
            or not all(isinstance(data[k], str) for k in ("passport_id", "content_sha256", "created", "purpose"))):
        raise TamperedDocumentError(_("The bundle's manifest has values of the wrong kind."))
    return BundleManifest(data["passport_id"], revision, data["content_sha256"], data["created"], data["purpose"],
                          tuple(recipients), data["passphrase"], members, sender)


def _parse_sender(value: Any) -> BundleSender:
    if (not isinstance(value, dict) or set(value) != _SENDER_FIELDS
            or not all(isinstance(value[k], str) for k in _SENDER_FIELDS)):
        raise TamperedDocumentError(_("The bundle's manifest does not say properly who sent it."))
    try:
        cert, _key = load_rsa_certificate(value["certificate"], "bundle sender")
    except InvalidCardError as exc:
        raise TamperedDocumentError(str(exc)) from None
    if fingerprint_of(cert) != value["fingerprint"]:
        raise TamperedDocumentError(_("The bundle sender's fingerprint does not match their certificate; "
                                      "the manifest was altered."))
    try:
        age_files.parse_recipient(value["age_recipient"])
    except age_files.InvalidRecipientError:
        raise TamperedDocumentError(_("The bundle sender's encryption key is not a valid age key.")) from None
    return BundleSender(display_name(value["name"][:200]), value["fingerprint"], value["certificate"].encode("ascii"),
                        value["age_recipient"])


# --- what the app hands back -----------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class BundleResult:
    """An exported bundle: where it is, its hash, and what went into it."""

    path: Path
    sha256: str
    revision: int
    recipients: tuple[str, ...]
    recipient_label: str
    passphrase: bool
    fields: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class OpenedBundle:
    """A decrypted, verified bundle and what it means for this vault. Nothing has been written."""

    path: Path
    verified: VerifiedBundle
    sender_state: str
    own_passport: bool
    addressed_to_you: bool

    @property
    def manifest(self) -> BundleManifest:
        return self.verified.manifest

    @property
    def sender(self) -> BundleSender:
        return self.verified.manifest.sender

    def summary(self) -> list[str]:
        """Lines for the CLI and the import dialog."""
        m = self.manifest
        trust = {SENDER_YOU: _("you"), SENDER_TRUSTED: _("a trusted contact"),
                 SENDER_CHANGED: _("NOT the certificate you trusted for this person"),
                 SENDER_UNKNOWN: _("not yet trusted")}[self.sender_state]
        lines = [
            # Translators: {trust} is one of "you", "a trusted contact", "not yet trusted"…
            _("Sent by: {name} ({trust})").format(name=m.sender.name or _("(no name)"), trust=trust),
            _("Sender fingerprint: {fingerprint}").format(fingerprint=m.sender.fingerprint),
            _("Passport {id}, revision {revision}, made {made}").format(id=m.passport_id, revision=m.revision,
                                                                        made=readable_iso(m.created)),
            _("Encrypted with a passphrase") if m.passphrase else _("Encrypted to {count} key(s)").format(
                count=len(m.recipients)),
            _("Signature and contents: verified, unaltered")]
        if not self.addressed_to_you:
            lines.append(_("Warning: the sender did not address this copy to you; it was passed on by someone "
                           "else."))
        return lines


@dataclasses.dataclass(frozen=True)
class BundleImport:
    """What importing a bundle did: ``countersigned`` (own passport back from a manager) or ``received``
    (someone else's passport kept in this vault)."""

    route: str
    opened: OpenedBundle
    attachment_id: int | None = None
    outcome: Any = None
