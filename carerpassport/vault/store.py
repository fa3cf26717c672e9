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

from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import private_dir
from carerpassport.vault import key_change, keyslots
from carerpassport.vault.connections import ThreadConnections
from carerpassport.vault.db import VaultConnection, connect, damaged_pages, migrate, restore_advice
from carerpassport.vault.errors import (
    DamagedVaultError,
    LockedError,
    NoVaultError,
    VaultError,
    VaultExistsError,
    WrongKeyError,
)
from carerpassport.vault.interrupted_restore import finish_interrupted_restore
from carerpassport.vault.key_change import KeyChange
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
        """Where versions before the pending-change format put a rekey's new slots (read, never written)."""
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
    """An open vault: its key, its connections (one per thread) and its key slots.

    ``conn`` is the database connection of the calling thread; ``first`` (the one it was opened with)
    belongs to the thread that opened the vault.
    """

    def __init__(self, paths: VaultPaths, key: bytes, slots: KeySlotFile, first: VaultConnection,
                 unlocked: Unlocked, *, notice: str | None = None) -> None:
        self.paths = paths
        self._key = key
        self.slots = slots
        self._connections = ThreadConnections(paths.db, key, first, damage_advice=self.restore_advice)
        self.repo = Repository(self._connections)
        self.unlocked = unlocked
        #: One sentence for the user when opening finished or rolled back an interrupted key change.
        self.notice = notice

    @property
    def conn(self) -> VaultConnection:
        """This thread's connection to the database (opened on its first use)."""
        return self._connections.current()

    def hand_over_connection(self, to_thread: int) -> None:
        """Give the calling thread's connection (and the pages it has decrypted) to thread ``to_thread``
        (a ``threading.get_ident()``), if that thread has none yet."""
        self._connections.hand_over(to_thread)

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def has_passphrase(self) -> bool:
        return keyslots.PASSPHRASE in self.slots.slots

    # --- creating and opening --------------------------------------------------------------------
    @classmethod
    def create(cls, paths: VaultPaths, *, passphrase: str | None = None,
               keyring: KeyringStore | None = None) -> tuple[Vault, RecoveryCode]:
        """Make a new, empty vault (schema up to date) and return it with its recovery code."""
        finish_interrupted_restore(paths.root)  # a restore killed half-way is a vault, not an empty folder
        if paths.exists() or paths.db.exists():
            raise VaultExistsError(_("There is already a vault in {root}. Open it, or choose another folder.").format(
                                       root=paths.root))
        if passphrase is not None:
            keyslots.check_passphrase(passphrase)
        private_dir(paths.root)
        key = secrets.token_bytes(keyslots.KEY_BYTES)
        code = RecoveryCode.generate()
        vault_id = secrets.token_hex(16)
        slots = KeySlotFile(vault_id, {keyslots.RECOVERY: keyslots.wrap(key, code.secret, keyslots.RECOVERY, vault_id)})
        if passphrase is not None:
            secret = keyslots.passphrase_secret(passphrase)
            slots.slots[keyslots.PASSPHRASE] = keyslots.wrap(key, secret, keyslots.PASSPHRASE, vault_id)
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
        A key change interrupted by a crash is finished or rolled back here (``notice`` says which).
        """
        finish_interrupted_restore(paths.root)
        _require_vault(paths)
        candidates = _slot_candidates(paths)
        slots = candidates[0]
        if keyring is not None:
            key = keyring.get(slots.vault_id)
            if key is not None:
                with contextlib.suppress(WrongKeyError):
                    return cls._open_with_key(paths, candidates, slots, key, False, Unlocked("keyring"), keyring)
        if passphrase is None and recovery_code is None:
            raise LockedError(_("The vault is locked. Give your passphrase or recovery code "
                                "(CARERPASSPORT_PASSPHRASE or --passphrase-file when using the command line)."))
        tries, code_problem = _secrets_to_try(passphrase, recovery_code)
        opened = cls._open_with_secrets(paths, candidates, tries, keyring)
        if opened is not None:
            return opened
        if code_problem is not None:  # it looked like a recovery code with a typo, and no passphrase matched
            raise code_problem
        if recovery_code is not None:
            raise WrongKeyError(_("That recovery code does not open this vault. Check it is the code shown when "
                                  "this vault was created (a new code replaces the old one)."))
        if keyslots.PASSPHRASE not in slots.slots and not any(kind == keyslots.RECOVERY for kind, _ in tries):
            raise WrongKeyError(_("This vault has no passphrase set. Unlock it with your recovery code."))
        raise WrongKeyError(_("That passphrase does not open this vault. Check Caps Lock and try again, "
                              "or use your recovery code."))

    @classmethod
    def _open_with_secrets(cls, paths: VaultPaths, candidates: list[KeySlotFile], tries: list[tuple[str, bytes]],
                           keyring: KeyringStore | None) -> Vault | None:
        """The vault opened by the first slot a secret unwraps; None if no slot opens."""
        refused: WrongKeyError | None = None
        for candidate in candidates:
            for kind, secret in tries:
                for key, via_new in _unwrap_all(candidate, kind, secret):
                    try:
                        return cls._open_with_key(paths, candidates, candidate, key, via_new, Unlocked(kind),
                                                  keyring)
                    except WrongKeyError as exc:  # e.g. old slots after an interrupted rekey: try the others
                        refused = exc
        if refused is not None:
            raise refused
        return None

    @classmethod
    def _open_with_key(cls, paths: VaultPaths, candidates: list[KeySlotFile], slots: KeySlotFile, key: bytes,
                       via_new: bool, how: Unlocked, keyring: KeyringStore | None) -> Vault:
        """Open the database with ``key`` (or, mid-re-key, the key linked to it); WrongKeyError if neither opens."""
        for db_key in key_change.database_keys(slots, key):
            try:
                conn = connect(paths.db, db_key)
            except WrongKeyError:
                continue
            try:
                notice = None
                if slots.pending is not None:
                    db_key, notice = key_change.finish_interrupted(conn, slots, paths.keyslots, db_key, via_new,
                                                                   keyring)
                _settle_legacy_pending(paths, candidates, slots)
                migrate(conn, paths.db, paths.backups)
            except BaseException:
                conn.close()
                raise
            return cls(paths, db_key, slots, conn, how, notice=notice)
        raise _not_opened_by(paths, key_change.database_keys(slots, key))

    def restore_advice(self) -> str:
        """Which backup to restore if this vault turns out damaged (from its log of backups)."""
        return restore_advice(self.paths.db, self._key)

    def close(self) -> None:
        """Lock: close every connection of every thread and forget the key. A worker still using the vault
        gets :class:`~carerpassport.vault.errors.VaultClosedError`, and its unfinished transaction is rolled back."""
        self._connections.close()
        self._key = b""

    # --- keyring ---------------------------------------------------------------------------------
    def remember_in_keyring(self, keyring: KeyringStore) -> bool:
        return keyring.put(self.vault_id, self._key)

    def forget_in_keyring(self, keyring: KeyringStore) -> None:
        keyring.delete(self.vault_id)

    # --- changing the ways in (crash-atomic: see vault/key_change.py) ----------------------------
    def set_passphrase(self, passphrase: str | None) -> None:
        """Set, change (``str``) or remove (``None``) the passphrase. Rewraps one slot only.

        One atomic replace of ``keyslots.json``: before it the old passphrase opens, after it the new one;
        the recovery code opens throughout.
        """
        self._refuse_if_pending()
        if passphrase is None:
            slots = {k: v for k, v in self.slots.slots.items() if k != keyslots.PASSPHRASE}
        else:
            keyslots.check_passphrase(passphrase)
            secret = keyslots.passphrase_secret(passphrase)
            slots = {**self.slots.slots,
                     keyslots.PASSPHRASE: keyslots.wrap(self._key, secret, keyslots.PASSPHRASE, self.vault_id)}
        KeySlotFile(self.vault_id, slots).save(self.paths.keyslots)
        self.slots.slots = slots

    def begin_recovery_code_change(self) -> KeyChange:
        """Write a new recovery code as pending; both codes open until :meth:`commit_key_change`.

        Show ``change.code`` to the user, then commit; or :meth:`cancel_key_change`.
        """
        self._refuse_if_pending()
        code = RecoveryCode.generate()
        self._write_pending(key_change.pending_recovery_code(self.vault_id, self._key, code))
        return KeyChange(keyslots.NEW_RECOVERY_CODE, code, self._key, self._key)

    def begin_rekey(self, *, passphrase: str | None = None) -> KeyChange:
        """Re-encrypt the whole database under a new random key, with a new recovery code (pending).

        If the vault has a passphrase, give it (``passphrase``) to keep it; otherwise it is refused.
        Until :meth:`commit_key_change`, the old secrets and the new code both open the vault.
        """
        self._refuse_if_pending()
        if self.has_passphrase:
            if passphrase is None or not self.verify_passphrase(passphrase):
                raise WrongKeyError(_("Give your current passphrase to re-key the vault; it will keep working."))
        else:
            passphrase = None  # a vault without one keeps having none
        old_key, new_key = self._key, secrets.token_bytes(keyslots.KEY_BYTES)
        code = RecoveryCode.generate()
        self._write_pending(key_change.pending_rekey(self.vault_id, old_key, new_key, code, passphrase))
        # If this fails (a full disk), the pending change stays on disk on purpose: the database may hold
        # either key (the failure may come after the rekey committed), and the pending slots and links reach
        # both, so the next open finds the right one and rolls the change back.
        def rekey(conn: VaultConnection) -> bytes:
            key_change.rekey_database(conn, new_key)
            return new_key

        self._key = self._connections.reencrypt(rekey)
        return KeyChange(keyslots.REKEY, code, old_key, new_key)

    def commit_key_change(self, change: KeyChange, keyring: KeyringStore | None = None) -> None:
        """Make ``change`` final: call only once the user has been shown ``change.code``."""
        if self.slots.pending is None or self.slots.pending.change != change.change:
            raise VaultError(_("That change of keys is no longer pending (the vault was locked or reopened)."))
        key_change.commit(self.slots, self.paths.keyslots, change.change, keyring, change.old_key, change.new_key)

    def cancel_key_change(self, change: KeyChange, keyring: KeyringStore | None = None) -> None:
        """Undo a change the user did not keep: the old secrets keep working, the new code never will."""
        if self.slots.pending is None or self.slots.pending.change != change.change:
            return
        if change.change != keyslots.REKEY:  # the database keeps its key: no need to close other threads' connections
            self._key = key_change.roll_back(self.conn, self.slots, self.paths.keyslots, keyring, self._key)
            return
        self._key = self._connections.reencrypt(
            lambda conn: key_change.roll_back(conn, self.slots, self.paths.keyslots, keyring, self._key))

    def regenerate_recovery_code(self) -> RecoveryCode:
        """A new recovery code, committed at once (for scripts and tests that keep the code themselves;
        the CLI and GUI show it before committing, with :meth:`begin_recovery_code_change`)."""
        change = self.begin_recovery_code_change()
        self.commit_key_change(change)
        return change.code

    def rekey(self, *, passphrase: str | None = None, keyring: KeyringStore | None = None) -> RecoveryCode:
        """:meth:`begin_rekey` and :meth:`commit_key_change` in one go (scripts and tests)."""
        change = self.begin_rekey(passphrase=passphrase)
        self.commit_key_change(change, keyring)
        return change.code

    def verify_passphrase(self, passphrase: str) -> bool:
        slot = self.slots.slots.get(keyslots.PASSPHRASE)
        if slot is None:
            return False
        try:
            return keyslots.unwrap(slot, keyslots.passphrase_secret(passphrase), self.vault_id) == self._key
        except WrongKeyError:
            return False

    def _write_pending(self, pending: keyslots.PendingChange) -> None:
        KeySlotFile(self.vault_id, self.slots.slots, pending).save(self.paths.keyslots)
        self.slots.pending = pending

    def _refuse_if_pending(self) -> None:
        if self.slots.pending is not None:
            raise VaultError(_("Another change of keys is not finished yet: finish or cancel it first."))


def _require_vault(paths: VaultPaths) -> None:
    if paths.exists():
        return
    if paths.db.exists():
        raise DamagedVaultError(_("The vault in {root} has lost its key file (keyslots.json). "
                                  "Restore the folder from a backup.").format(root=paths.root))
    raise NoVaultError(_("There is no vault in {root}. Create one first (carerpassport init).").format(
                           root=paths.root))


def _not_opened_by(paths: VaultPaths, keys: list[bytes]) -> VaultError:
    """Why no key this folder's key file gives opens its database: damage (some pages still pass their
    check with one of the keys) or two files from different vaults (no page passes with any).

    With a rollback journal beside it (a re-key stopped mid-way) pages may legitimately be under either
    key, so no damage is diagnosed then: opening finishes or undoes that re-key first.
    """
    if not (paths.root / "vault.db-journal").exists():
        for key in keys:
            failing, pages = damaged_pages(paths.db, key)
            if failing < pages:
                return DamagedVaultError(
                    _("The vault file {db} is damaged: {failing} of its {pages} pages, including the first, no "
                      "longer match what was saved. Nothing was changed. {restore_advice}").format(
                      db=paths.db, failing=failing, pages=pages, restore_advice=restore_advice(paths.db, key)))
    return WrongKeyError(
        _("{db} does not open with the key in {name}: not one of its pages matches that key, so "
          "it is not a Carer's Passport vault, or the two files come from different vaults (or the first bytes of "
          "vault.db are damaged). Nothing was changed. "
          "If files were copied into {root}, put back the vault.db and keyslots.json that were made together; "
          "otherwise restore your newest backup (carerpassport restore FILE --force keeps this folder beside "
          "it).").format(
          db=paths.db, name=paths.keyslots.name, root=paths.root))


def _slot_candidates(paths: VaultPaths) -> list[KeySlotFile]:
    """The key slots, plus ``keyslots.pending.json`` left by an interrupted rekey of an older version."""
    candidates = [KeySlotFile.load(paths.keyslots)]
    if paths.pending_keyslots.exists():
        with contextlib.suppress(DamagedVaultError):
            candidates.append(KeySlotFile.load(paths.pending_keyslots))
    return candidates


def _settle_legacy_pending(paths: VaultPaths, candidates: list[KeySlotFile], opened_by: KeySlotFile) -> None:
    """Older versions wrote a rekey's new slots to ``keyslots.pending.json`` first: keep whichever opened."""
    if len(candidates) < 2:
        return
    if opened_by is not candidates[0]:
        opened_by.save(paths.keyslots)  # the database took the new key: the rekey had finished
    paths.pending_keyslots.unlink(missing_ok=True)


def _secrets_to_try(passphrase: str | None,
                    recovery_code: str | None) -> tuple[list[tuple[str, bytes]], WrongKeyError | None]:
    """(slot kind, secret) pairs to try, and the parse error of a passphrase that looked like a code."""
    if recovery_code is not None:
        return [(keyslots.RECOVERY, RecoveryCode.parse(recovery_code).secret)], None
    assert passphrase is not None
    tries: list[tuple[str, bytes]] = []
    problem = None
    if RecoveryCode.looks_like(passphrase):
        try:
            tries.append((keyslots.RECOVERY, RecoveryCode.parse(passphrase).secret))
        except WrongKeyError as exc:  # a code with a typo, or a passphrase that happens to look like one
            problem = exc
    tries.append((keyslots.PASSPHRASE, keyslots.passphrase_secret(passphrase)))
    return tries, problem


def _unwrap_all(slots: KeySlotFile, kind: str, secret: bytes) -> list[tuple[bytes, bool]]:
    """Keys ``secret`` unwraps from the committed slot of ``kind`` and then the pending one, each with
    whether it came from the pending change (a secret only the new change knows)."""
    found = []
    pending = slots.pending.slots.get(kind) if slots.pending is not None else None
    for slot, via_new in ((slots.slots.get(kind), False), (pending, True)):
        if slot is None:
            continue
        try:
            found.append((keyslots.unwrap(slot, secret, slots.vault_id), via_new))
        except WrongKeyError:
            continue
    return found

