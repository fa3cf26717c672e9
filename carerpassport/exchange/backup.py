"""Whole-vault backup and restore, as an age file: the format and its encryption, over the bytes it is given.

The vault takes the consistent copy of its files (:mod:`carerpassport.vault.snapshot`) and puts restored
files in place (:func:`carerpassport.vault.interrupted_restore.install_restored`); this module only
seals those bytes into a backup and opens and checks one.

The plaintext is a ustar archive of ``manifest.json``, ``vault.db`` (the SQLCipher database, checkpointed
so it holds every committed change; it stays encrypted with the vault key inside the backup) and
``keyslots.json`` (the vault key wrapped by the recovery code and the passphrase). So a backup needs
two secrets to read any passport content: one to open the age file, then the recovery code or
passphrase to unwrap the vault key.

The age file is encrypted either to a passphrase (age's scrypt) or to an age X25519 key derived from
the recovery code. Why derive a key from the recovery code with HKDF instead of using age's passphrase
mode with the code as the passphrase: the code is already 128 random bits, so scrypt's slowness buys
nothing against guessing and costs the user 1-2 s per backup; HKDF is deterministic, so the same code
always gives the same key and nothing new has to be kept; the ``info`` label separates this key from
the Argon2id key that wraps the vault key, so knowing one says nothing about the other; and the result
is an ordinary age identity, so ``age -d -i`` can open a backup with no help from this app. Nobody can
forge a backup to that key without the code either: its public half is never written anywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from carerpassport.domain.bounded_json import loads_bounded
from carerpassport.domain.canonical import canonical_bytes, load_canonical
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.passphrase_strength import check_bundle_passphrase
from carerpassport.exchange.strict_archive import first_mismatch, member_record, read_archive, write_archive

BACKUP_FORMAT = "carerpassport-backup"
BACKUP_VERSION = 1
BACKUP_SUFFIX = ".backup.age"
MEMBER_MANIFEST = "manifest.json"
MEMBER_DB = "vault.db"
MEMBER_SLOTS = "keyslots.json"
#: HKDF ``info`` for the backup key; a new format version would take a new label.
RECOVERY_KEY_PURPOSE = "carerpassport whole-vault backup v1"
METHOD_RECOVERY = "recovery-code"
METHOD_PASSPHRASE = "passphrase"
WHAT = N_("vault backup")

MAX_DB_BYTES = 1024 * 1024 * 1024
MEMBER_LIMITS = {MEMBER_MANIFEST: 64 * 1024, MEMBER_DB: MAX_DB_BYTES, MEMBER_SLOTS: 64 * 1024}
MAX_PLAINTEXT_BYTES = MAX_DB_BYTES + 256 * 1024
MAX_BACKUP_BYTES = MAX_PLAINTEXT_BYTES + 1024 * 1024


@dataclasses.dataclass(frozen=True)
class BackupManifest:
    """What a backup holds (readable after decrypting; no passport content)."""

    vault_id: str
    created: str
    method: str
    schema_version: int
    identity_fingerprint: str
    counts: dict[str, int]
    members: dict[str, tuple[str, int]]


@dataclasses.dataclass(frozen=True)
class BackupContents:
    """A decrypted, checked backup: the files to put back, and its manifest."""

    manifest: BackupManifest
    database: bytes
    keyslots: bytes


def recovery_identity(recovery_secret: bytes) -> str:
    """The age identity (``AGE-SECRET-KEY-1…``) of backups made to the recovery code's 16-byte secret."""
    if len(recovery_secret) != 16:
        raise ValueError("a recovery code secret is 16 bytes")
    return age_files.derived_x25519_identity(recovery_secret, RECOVERY_KEY_PURPOSE)


def seal_backup(*, database: bytes, keyslots: bytes, vault_id: str, schema_version: int, identity_fingerprint: str,
                counts: dict[str, int], recovery_secret: bytes | None = None, passphrase: str | None = None,
                created: dt.datetime | None = None) -> bytes:
    """The encrypted backup file's bytes (to the recovery code's derived key, or to ``passphrase``)."""
    if (recovery_secret is None) == (passphrase is None):
        raise ValidationError(_("Make a backup either to the recovery code or with a passphrase."))
    if passphrase is not None:
        check_bundle_passphrase(passphrase)
    created = created or dt.datetime.now(dt.UTC)
    manifest = canonical_bytes({
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "vault_id": vault_id,
        "created": created.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "method": METHOD_PASSPHRASE if passphrase is not None else METHOD_RECOVERY,
        "schema_version": schema_version,
        "identity_fingerprint": identity_fingerprint,
        "counts": counts,
        "members": {MEMBER_DB: member_record(database), MEMBER_SLOTS: member_record(keyslots)},
    })
    archive = write_archive([(MEMBER_MANIFEST, manifest), (MEMBER_DB, database), (MEMBER_SLOTS, keyslots)],
                            mtime=int(created.timestamp()))
    if passphrase is not None:
        return age_files.encrypt_with_passphrase(archive, passphrase)
    assert recovery_secret is not None
    return age_files.encrypt_to_recipients(archive, [age_files.recipient_of(recovery_identity(recovery_secret))])


def open_backup_bytes(data: bytes, *, recovery_secret: bytes | None = None,
                      passphrase: str | None = None) -> BackupContents:
    """Decrypt and check a backup; nothing is written."""
    if len(data) > MAX_BACKUP_BYTES:
        raise age_files.FileTooLargeError(_("This file is bigger than any {what} ({max_backup_bytes:,} bytes).").format(
                                              what=WHAT, max_backup_bytes=MAX_BACKUP_BYTES))
    identities = [recovery_identity(recovery_secret)] if recovery_secret is not None else []
    try:
        plaintext = age_files.decrypt(data, identities=identities, passphrase=passphrase, what=_(WHAT))
    except age_files.WrongDecryptionKeyError:
        if recovery_secret is not None:
            raise age_files.WrongDecryptionKeyError(
                _("That recovery code does not open this backup. Use the code that was current when the backup was "
                  "made (a newer code does not open older backups), or the backup's passphrase.")) from None
        raise
    members = read_archive(plaintext, limits=MEMBER_LIMITS, required=list(MEMBER_LIMITS),
                           max_total=MAX_PLAINTEXT_BYTES, what=_(WHAT))
    manifest = _parse_manifest(members[MEMBER_MANIFEST])
    damaged = first_mismatch(members, manifest.members, (MEMBER_DB, MEMBER_SLOTS))
    if damaged:
        raise TamperedDocumentError(_("{damaged} in this backup does not match its recorded hash; the backup is "
                                      "damaged. Use another backup.").format(damaged=damaged))
    _check_keyslots(members[MEMBER_SLOTS], manifest.vault_id)
    return BackupContents(manifest, members[MEMBER_DB], members[MEMBER_SLOTS])


def _parse_manifest(raw: bytes) -> BackupManifest:
    try:
        data = load_canonical(raw, what=_("The backup's manifest"))
    except ValidationError as exc:
        raise TamperedDocumentError(_("{exc} The backup is damaged; use another backup.").format(exc=exc)) from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise NotAPassportFileError(_("This file is not a Carer's Passport vault backup (perhaps it is a bundle: "
                                      "use import for those)."))
    if data.get("version") != BACKUP_VERSION:
        raise NotAPassportFileError(_("This backup is format version {shown}; this app reads "
                                      "version {backup_version}. Update the app to restore it.").format(
                                      shown=_shown(data.get('version')), backup_version=BACKUP_VERSION))
    members, counts = data.get("members"), data.get("counts")
    texts = ("vault_id", "created", "method", "identity_fingerprint")
    if (not all(isinstance(data.get(key), str) for key in texts) or not _is_count(data.get("schema_version"))
            or not isinstance(counts, dict) or not all(_is_count(v) for v in counts.values())
            or data["method"] not in (METHOD_RECOVERY, METHOD_PASSPHRASE)
            or not isinstance(members, dict) or set(members) != {MEMBER_DB, MEMBER_SLOTS}):
        raise TamperedDocumentError(_("The backup's manifest is malformed (it does not list vault.db and keyslots.json "
                                      "with their hashes, or has values of the wrong kind)."))
    recorded: dict[str, tuple[str, int]] = {}
    for name, entry in members.items():
        if (not isinstance(entry, dict) or set(entry) != {"sha256", "size"} or not isinstance(entry["sha256"], str)
                or not _is_count(entry["size"])):
            raise TamperedDocumentError(_("The backup's manifest entry for {name} is malformed.").format(name=name))
        recorded[name] = (entry["sha256"], entry["size"])
    return BackupManifest(data["vault_id"], data["created"], data["method"], data["schema_version"],
                          data["identity_fingerprint"], dict(counts), recorded)


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_keyslots(raw: bytes, vault_id: str) -> None:
    """The backup's keyslots.json is JSON naming the vault in the backup (its slots are read on opening)."""
    try:
        data = loads_bounded(raw, what=_("The backup's key file (keyslots.json)"), error=ValidationError)
    except ValidationError as exc:
        raise TamperedDocumentError(_("{exc} The backup is damaged; use another backup.").format(exc=exc)) from None
    if not isinstance(data, dict) or data.get("vault_id") != vault_id:
        raise TamperedDocumentError(_("The backup's key file does not belong to the vault in it; the backup is "
                                      "damaged."))


def read_backup_file(path: Path) -> bytes:
    return age_files.read_limited(path, MAX_BACKUP_BYTES, WHAT)


@dataclasses.dataclass(frozen=True)
class BackupResult:
    """A backup written: where, its hash, how it is locked, and what it holds."""

    path: Path
    sha256: str
    method: str
    counts: dict[str, int]


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    """A vault put back from a backup."""

    data_dir: Path
    moved_aside: Path | None
    manifest: BackupManifest
    #: True when the restored vault was opened and its history checked before it was put in place.
    verified_open: bool
