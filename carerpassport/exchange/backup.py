"""Whole-vault backup and restore, as an age file.

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

import contextlib
import dataclasses
import datetime as dt
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from carerpassport.domain.bounded_json import loads_bounded
from carerpassport.domain.canonical import canonical_bytes, load_canonical
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.passphrase_strength import check_bundle_passphrase
from carerpassport.exchange.strict_archive import first_mismatch, member_record, read_archive, write_archive
from carerpassport.output_files import atomic_write, fsync_dir, private_dir
from carerpassport.vault.interrupted_restore import RESTORED, RESTORING, aside_name, lock_folder, work_folder

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
WHAT = "vault backup"

MAX_DB_BYTES = 1024 * 1024 * 1024
MEMBER_LIMITS = {MEMBER_MANIFEST: 64 * 1024, MEMBER_DB: MAX_DB_BYTES, MEMBER_SLOTS: 64 * 1024}
MAX_PLAINTEXT_BYTES = MAX_DB_BYTES + 256 * 1024
MAX_BACKUP_BYTES = MAX_PLAINTEXT_BYTES + 1024 * 1024


class VaultBusyError(ExchangeError):
    """The vault kept changing while a backup tried to take a consistent copy."""


class RestoreWouldReplaceError(ExchangeError):
    """Restoring would replace an existing vault and the user has not confirmed it."""


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


def snapshot_database(conn: Any, db_path: Path, attempts: int = 10) -> bytes:
    """A consistent copy of the (encrypted) database file, with every committed change in it.

    Checkpoint the WAL into the main file, then hold a read transaction while reading the file: as long
    as the WAL stayed empty when our read began, no other connection can copy pages into the main file
    until we finish (checkpoints never pass an active reader's snapshot), so the bytes we read are whole.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    for _ in range(attempts):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if busy == 0 and (not wal.exists() or wal.stat().st_size == 0):
                return db_path.read_bytes()
        finally:
            conn.execute("COMMIT")
        time.sleep(0.05)
    raise VaultBusyError("The vault kept changing while the backup was being taken. Close other windows of "
                         "the app and try again.")


def vault_counts(conn: Any) -> dict[str, int]:
    """How many revisions, log entries and stored files the vault holds (shown when restoring)."""
    return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed names
            for table in ("revisions", "events", "attachments", "pins", "shares")}


def seal_backup(*, database: bytes, keyslots: bytes, vault_id: str, schema_version: int, identity_fingerprint: str,
                counts: dict[str, int], recovery_secret: bytes | None = None, passphrase: str | None = None,
                created: dt.datetime | None = None) -> bytes:
    """The encrypted backup file's bytes (to the recovery code's derived key, or to ``passphrase``)."""
    if (recovery_secret is None) == (passphrase is None):
        raise ValidationError("Make a backup either to the recovery code or with a passphrase.")
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
        raise age_files.FileTooLargeError(f"This file is bigger than any {WHAT} ({MAX_BACKUP_BYTES:,} bytes).")
    identities = [recovery_identity(recovery_secret)] if recovery_secret is not None else []
    try:
        plaintext = age_files.decrypt(data, identities=identities, passphrase=passphrase, what=WHAT)
    except age_files.WrongDecryptionKeyError:
        if recovery_secret is not None:
            raise age_files.WrongDecryptionKeyError(
                "That recovery code does not open this backup. Use the code that was current when the backup was "
                "made (a newer code does not open older backups), or the backup's passphrase.") from None
        raise
    members = read_archive(plaintext, limits=MEMBER_LIMITS, required=list(MEMBER_LIMITS),
                           max_total=MAX_PLAINTEXT_BYTES, what=WHAT)
    manifest = _parse_manifest(members[MEMBER_MANIFEST])
    damaged = first_mismatch(members, manifest.members, (MEMBER_DB, MEMBER_SLOTS))
    if damaged:
        raise TamperedDocumentError(f"{damaged} in this backup does not match its recorded hash; the backup is "
                                    "damaged. Use another backup.")
    _check_keyslots(members[MEMBER_SLOTS], manifest.vault_id)
    return BackupContents(manifest, members[MEMBER_DB], members[MEMBER_SLOTS])


def _parse_manifest(raw: bytes) -> BackupManifest:
    try:
        data = load_canonical(raw, what="The backup's manifest")
    except ValidationError as exc:
        raise TamperedDocumentError(f"{exc} The backup is damaged; use another backup.") from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise NotAPassportFileError("This file is not a Carer's Passport vault backup (perhaps it is a bundle: "
                                    "use import for those).")
    if data.get("version") != BACKUP_VERSION:
        raise NotAPassportFileError(f"This backup is format version {_shown(data.get('version'))}; this app reads "
                                    f"version {BACKUP_VERSION}. Update the app to restore it.")
    members, counts = data.get("members"), data.get("counts")
    texts = ("vault_id", "created", "method", "identity_fingerprint")
    if (not all(isinstance(data.get(key), str) for key in texts) or not _is_count(data.get("schema_version"))
            or not isinstance(counts, dict) or not all(_is_count(v) for v in counts.values())
            or data["method"] not in (METHOD_RECOVERY, METHOD_PASSPHRASE)
            or not isinstance(members, dict) or set(members) != {MEMBER_DB, MEMBER_SLOTS}):
        raise TamperedDocumentError("The backup's manifest is malformed (it does not list vault.db and keyslots.json "
                                    "with their hashes, or has values of the wrong kind).")
    recorded: dict[str, tuple[str, int]] = {}
    for name, entry in members.items():
        if (not isinstance(entry, dict) or set(entry) != {"sha256", "size"} or not isinstance(entry["sha256"], str)
                or not _is_count(entry["size"])):
            raise TamperedDocumentError(f"The backup's manifest entry for {name} is malformed.")
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
        data = loads_bounded(raw, what="The backup's key file (keyslots.json)", error=ValidationError)
    except ValidationError as exc:
        raise TamperedDocumentError(f"{exc} The backup is damaged; use another backup.") from None
    if not isinstance(data, dict) or data.get("vault_id") != vault_id:
        raise TamperedDocumentError("The backup's key file does not belong to the vault in it; the backup is damaged.")


def read_backup_file(path: Path) -> bytes:
    return age_files.read_limited(path, MAX_BACKUP_BYTES, WHAT)


def install_backup(contents: BackupContents, data_dir: Path, *, force: bool,
                   check: Callable[[Path], None] | None = None, now: dt.datetime | None = None) -> Path | None:
    """Put a backup's files in place as ``data_dir``; returns where an existing folder was moved, if any.

    The files are written to a new folder beside ``data_dir`` first and ``check(folder)`` may open them;
    only then is an existing ``data_dir`` renamed aside (never deleted) and the new folder renamed in.
    Without ``force``, an existing non-empty ``data_dir`` is refused with :class:`RestoreWouldReplaceError`.
    """
    data_dir = Path(data_dir)
    occupied = data_dir.exists() and any(data_dir.iterdir())
    if occupied and not force:
        raise RestoreWouldReplaceError(
            f"There is already a vault (or other files) in {data_dir}. Restoring replaces it; the current folder "
            "is kept, renamed, beside it. Confirm to go ahead (on the command line: restore --force).")
    private_dir(data_dir.parent)
    token = secrets.token_hex(4)
    staging = work_folder(data_dir, RESTORING, token)
    private_dir(staging)
    # Held until the end (and dropped by dying): a start of the app meanwhile leaves these folders alone.
    lock = lock_folder(staging)
    try:
        try:
            old_umask = os.umask(0o077)
            try:
                atomic_write(staging / MEMBER_DB, contents.database)
                atomic_write(staging / MEMBER_SLOTS, contents.keyslots)
            finally:
                os.umask(old_umask)
            if check is not None:
                check(staging)
            # The commit point: from here on a killed restore is finished at the next start (see
            # vault/interrupted_restore.py), never left with no vault in place.
            ready = work_folder(data_dir, RESTORED, token)
            os.replace(staging, ready)
            fsync_dir(data_dir.parent)
        except BaseException:
            _remove_staging(staging)
            raise
        moved: Path | None = None
        if data_dir.exists():
            if occupied:
                moved = aside_name(data_dir, now or dt.datetime.now(dt.UTC))
                os.replace(data_dir, moved)
            else:
                data_dir.rmdir()
        os.replace(ready, data_dir)
        fsync_dir(data_dir.parent)
    finally:
        os.close(lock)
    return moved


def _remove_staging(staging: Path) -> None:
    # Only files we wrote a moment ago (still encrypted with the vault key) and SQLite's own side files.
    for child in staging.iterdir() if staging.exists() else []:
        with contextlib.suppress(OSError):
            if child.is_dir():
                for inner in child.iterdir():
                    inner.unlink()
                child.rmdir()
            else:
                child.unlink()
    with contextlib.suppress(OSError):
        staging.rmdir()


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
