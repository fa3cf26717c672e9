"""The vault on disk: a data folder holding ``vault.db`` (SQLCipher) and ``keyslots.json``.

:class:`Vault` creates, unlocks, re-wraps and re-keys it. Ways to unlock, tried in order: the key in
the OS keyring, a passphrase, the recovery code. The raw key is random (256 bits) and never written
anywhere unwrapped except the OS keyring.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
from pathlib import Path

import sqlcipher3

from carerpassport.vault import keyslots as ks
from carerpassport.vault.atomic import atomic_write, fsync_dir, private_dir
from carerpassport.vault.db import connect, damaged_pages, migrate, restore_advice
from carerpassport.vault.errors import (
    DamagedVaultError,
    LockedError,
    NoVaultError,
    VaultError,
    VaultExistsError,
    WrongKeyError,
)
from carerpassport.vault.interrupted_restore import finish_interrupted_restore
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import KeySlotFile, RecoveryCode
from carerpassport.vault.repository import Repository


@dataclasses.dataclass(frozen=True)
class VaultPaths:
    """Where a vault's files live inside its data folder."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / "vault.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def pending_keyslots(self) -> Path:
        """New slots written before a rekey, so a crash mid-rekey still leaves a way in."""
        return self.root / "keyslots.pending.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def exists(self) -> bool:
        return self.db.exists() and self.keyslots.exists()

    def vault_files(self) -> list[Path]:
        names = (self.db, self.root / "vault.db-wal", self.root / "vault.db-shm", self.keyslots)
        return [p for p in names if p.exists()]


@dataclasses.dataclass(frozen=True)
class Unlocked:
    """How the vault was opened (shown to the user: "opened with your passphrase")."""

    method: str  # "keyring", "passphrase", "recovery", "new"


class Vault:
    """An open vault: its key, its connection and its key slots."""

    def __init__(self, paths: VaultPaths, key: bytes, slots: KeySlotFile, conn: sqlcipher3.Connection,
                 unlocked: Unlocked) -> None:
        self.paths = paths
        self._key = key
        self.slots = slots
        self.conn = conn
        conn.damage_advice = self.restore_advice
        self.repo = Repository(conn)
        self.unlocked = unlocked

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def has_passphrase(self) -> bool:
        return ks.PASSPHRASE in self.slots.slots

    # --- creating and opening --------------------------------------------------------------------
    @classmethod
    def create(cls, paths: VaultPaths, *, passphrase: str | None = None,
               keyring: KeyringStore | None = None) -> tuple[Vault, RecoveryCode]:
        """Make a new, empty vault (schema up to date) and return it with its recovery code."""
        finish_interrupted_restore(paths.root)  # a restore killed half-way is a vault, not an empty folder
        if paths.exists() or paths.db.exists():
            raise VaultExistsError(f"There is already a vault in {paths.root}. Open it, or choose another folder.")
        if passphrase is not None:
            ks.check_passphrase(passphrase)
        private_dir(paths.root)
        key = secrets.token_bytes(ks.KEY_BYTES)
        code = RecoveryCode.generate()
        vault_id = secrets.token_hex(16)
        slots = KeySlotFile(vault_id, {ks.RECOVERY: ks.wrap(key, code.secret, ks.RECOVERY, vault_id)})
        if passphrase is not None:
            slots.slots[ks.PASSPHRASE] = ks.wrap(key, ks.passphrase_secret(passphrase), ks.PASSPHRASE, vault_id)
        try:
            old_umask = os.umask(0o077)
            try:
                conn = connect(paths.db, key, create=True)
            finally:
                os.umask(old_umask)
            migrate(conn, paths.db, paths.backups)
            slots.save(paths.keyslots)
        except BaseException:
            with contextlib.suppress(Exception):
                conn.close()
            for leftover in paths.vault_files():
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        if keyring is not None:
            keyring.put(vault_id, key)
        return cls(paths, key, slots, conn, Unlocked("new")), code

    @classmethod
    def open(cls, paths: VaultPaths, *, keyring: KeyringStore | None = None, passphrase: str | None = None,
             recovery_code: str | None = None) -> Vault:
        """Unlock an existing vault with the first way in that works.

        ``passphrase`` may also hold the recovery code (headless use gives one secret). Raises
        :class:`NoVaultError`, :class:`LockedError`, :class:`WrongKeyError` or :class:`DamagedVaultError`.
        """
        finish_interrupted_restore(paths.root)
        _require_vault(paths)
        candidates = _slot_candidates(paths)
        slots = candidates[0]
        if keyring is not None:
            key = keyring.get(slots.vault_id)
            if key is not None:
                with contextlib.suppress(WrongKeyError):
                    return cls._finish_open(paths, key, slots, None, Unlocked("keyring"))
        if passphrase is None and recovery_code is None:
            raise LockedError("The vault is locked. Give your passphrase or recovery code "
                              "(CARERPASSPORT_PASSPHRASE or --passphrase-file when using the command line).")
        code_text = recovery_code if recovery_code is not None else (
            passphrase if passphrase and RecoveryCode.looks_like(passphrase) else None)
        tries: list[tuple[str, bytes]] = []
        if code_text is not None:
            tries.append((ks.RECOVERY, RecoveryCode.parse(code_text).secret))
        if passphrase is not None and recovery_code is None:
            tries.append((ks.PASSPHRASE, ks.passphrase_secret(passphrase)))
        opened = cls._open_with_secrets(paths, candidates, tries)
        if opened is not None:
            return opened
        if recovery_code is not None:
            raise WrongKeyError("That recovery code does not open this vault. Check it is the code shown when "
                                "this vault was created (a new code replaces the old one).")
        if ks.PASSPHRASE not in slots.slots and code_text is None:
            raise WrongKeyError("This vault has no passphrase set. Unlock it with your recovery code.")
        raise WrongKeyError("That passphrase does not open this vault. Check Caps Lock and try again, "
                            "or use your recovery code.")

    @classmethod
    def _open_with_secrets(cls, paths: VaultPaths, candidates: list[KeySlotFile],
                           tries: list[tuple[str, bytes]]) -> Vault | None:
        """The vault opened by the first slot a secret unwraps; None if no slot opens."""
        refused: WrongKeyError | None = None
        for candidate in candidates:
            for kind, secret in tries:
                key = _try_slot(candidate, kind, secret)
                if key is None:
                    continue
                try:
                    return cls._finish_open(paths, key, candidate, candidate is not candidates[0], Unlocked(kind))
                except WrongKeyError as exc:  # e.g. old slots after an interrupted rekey: try the pending ones
                    refused = exc
        if refused is not None:
            raise refused
        return None

    @classmethod
    def _finish_open(cls, paths: VaultPaths, key: bytes, slots: KeySlotFile, from_pending: bool | None,
                     how: Unlocked) -> Vault:
        try:
            conn = connect(paths.db, key)
        except WrongKeyError:
            raise _not_opened_by(paths, key) from None
        try:
            migrate(conn, paths.db, paths.backups)
        except BaseException:
            conn.close()
            raise
        if from_pending:
            # A rekey was interrupted after the database took the new key: finish it.
            slots.save(paths.keyslots)
            paths.pending_keyslots.unlink(missing_ok=True)
        elif from_pending is False:
            # A rekey was interrupted before the database changed: the new slots were never used.
            paths.pending_keyslots.unlink(missing_ok=True)
        return cls(paths, key, slots, conn, how)

    def connect(self) -> sqlcipher3.Connection:
        """A second connection to the same vault, for a worker thread."""
        conn = connect(self.paths.db, self._key)
        conn.damage_advice = self.restore_advice
        return conn

    def restore_advice(self) -> str:
        """Which backup to restore if this vault turns out damaged (from its log of backups)."""
        return restore_advice(self.paths.db, self._key)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
        self._key = b""

    # --- keyring ---------------------------------------------------------------------------------
    def remember_in_keyring(self, keyring: KeyringStore) -> bool:
        return keyring.put(self.vault_id, self._key)

    def forget_in_keyring(self, keyring: KeyringStore) -> None:
        keyring.delete(self.vault_id)

    # --- changing the ways in --------------------------------------------------------------------
    def set_passphrase(self, passphrase: str | None) -> None:
        """Set, change (``str``) or remove (``None``) the passphrase. Rewraps one slot only."""
        if passphrase is None:
            self.slots.slots.pop(ks.PASSPHRASE, None)
        else:
            ks.check_passphrase(passphrase)
            self.slots.slots[ks.PASSPHRASE] = ks.wrap(self._key, ks.passphrase_secret(passphrase),
                                                      ks.PASSPHRASE, self.vault_id)
        self.slots.save(self.paths.keyslots)

    def regenerate_recovery_code(self) -> RecoveryCode:
        """A new recovery code; the old one stops working."""
        code = RecoveryCode.generate()
        self.slots.slots[ks.RECOVERY] = ks.wrap(self._key, code.secret, ks.RECOVERY, self.vault_id)
        self.slots.save(self.paths.keyslots)
        return code

    def verify_passphrase(self, passphrase: str) -> bool:
        slot = self.slots.slots.get(ks.PASSPHRASE)
        if slot is None:
            return False
        try:
            return ks.unwrap(slot, ks.passphrase_secret(passphrase), self.vault_id) == self._key
        except WrongKeyError:
            return False

    def rekey(self, *, passphrase: str | None = None, keyring: KeyringStore | None = None) -> RecoveryCode:
        """Re-encrypt the whole database under a new random key, with a new recovery code.

        If the vault has a passphrase, give it (``passphrase``) to keep it; otherwise it is refused.
        """
        if self.has_passphrase:
            if passphrase is None or not self.verify_passphrase(passphrase):
                raise WrongKeyError("Give your current passphrase to re-key the vault; it will keep working.")
        new_key = secrets.token_bytes(ks.KEY_BYTES)
        code = RecoveryCode.generate()
        new_slots = KeySlotFile(self.vault_id, {ks.RECOVERY: ks.wrap(new_key, code.secret, ks.RECOVERY, self.vault_id)})
        if passphrase is not None:
            new_slots.slots[ks.PASSPHRASE] = ks.wrap(new_key, ks.passphrase_secret(passphrase),
                                                     ks.PASSPHRASE, self.vault_id)
        new_slots.save(self.paths.pending_keyslots)
        # SQLCipher cannot rekey a WAL-mode database: switch to DELETE, rekey, and back.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self.conn.execute("PRAGMA journal_mode = WAL")
        new_slots.save(self.paths.keyslots)
        self.paths.pending_keyslots.unlink(missing_ok=True)
        fsync_dir(self.paths.root)
        self._key = new_key
        self.slots = new_slots
        if keyring is not None:
            keyring.put(self.vault_id, new_key)
        return code


def _require_vault(paths: VaultPaths) -> None:
    if paths.exists():
        return
    if paths.db.exists():
        raise DamagedVaultError(f"The vault in {paths.root} has lost its key file (keyslots.json). "
                                "Restore the folder from a backup.")
    raise NoVaultError(f"There is no vault in {paths.root}. Create one first (carerpassport init).")


def _not_opened_by(paths: VaultPaths, key: bytes) -> VaultError:
    """Why a key unwrapped from this folder's key file does not open its database: damage (some pages
    still pass their check with this key) or two files from different vaults (none does)."""
    failing, pages = damaged_pages(paths.db, key)
    if failing < pages:
        return DamagedVaultError(
            f"The vault file {paths.db} is damaged: {failing} of its {pages} pages, including the first, no longer "
            f"match what was saved. Nothing was changed. {restore_advice(paths.db, key)}")
    return WrongKeyError(
        f"{paths.db} does not open with the key in {paths.keyslots.name}: not one of its pages matches that key, so "
        "it is not a Carer's Passport vault, or the two files come from different vaults (or the first bytes of "
        "vault.db are damaged). Nothing was changed. "
        f"If files were copied into {paths.root}, put back the vault.db and keyslots.json that were made together; "
        "otherwise restore your newest backup (carerpassport restore FILE --force keeps this folder beside it).")


def _slot_candidates(paths: VaultPaths) -> list[KeySlotFile]:
    """The key slots, plus the pending ones of an interrupted rekey."""
    candidates = [KeySlotFile.load(paths.keyslots)]
    if paths.pending_keyslots.exists():
        with contextlib.suppress(DamagedVaultError):
            candidates.append(KeySlotFile.load(paths.pending_keyslots))
    return candidates


def _try_slot(slots: KeySlotFile, kind: str, secret: bytes) -> bytes | None:
    slot = slots.slots.get(kind)
    if slot is None:
        return None
    try:
        return ks.unwrap(slot, secret, slots.vault_id)
    except WrongKeyError:
        return None


def write_private(path: Path, data: bytes) -> None:
    """Write a file the user asked for (an export), atomically and readable by them only."""
    atomic_write(path, data)
