"""Crash-atomic changes of keys: a new recovery code and a re-key of the whole vault.

Losing access is losing data, so at every instant either the old or the new set of secrets opens the
vault, and a new recovery code is not committed until the user has been shown it. Each change runs in
steps, and every step ends with one atomic replace of ``keyslots.json`` (the rename is the commit
point) or one SQLite transaction:

new recovery code
    1. ``begin``: write the new recovery slot as *pending* beside the committed slots (both codes open).
    2. the front end shows the code (the CLI prints and flushes it; the GUI waits until the user has
       typed a group of it back).
    3. ``commit``: the pending slot replaces the old one.

re-key (a new random database key and a new recovery code)
    1. ``begin``: write the pending slots for the new key (new recovery code, same passphrase) and two
       links: the new key wrapped under the old one and the old under the new. From then on every
       secret, and either key in the OS keyring, reaches both keys.
    2. SQLCipher re-encrypts every page in one transaction (its rollback journal keeps the old pages,
       so a kill mid-way rolls back to the old key on the next open, whichever key opens it).
    3. the front end shows the code.
    4. ``commit``: the keyring (if it held the old key) takes the new one; then the pending slots
       replace the old ones and the links go.

On the next open after a crash, :func:`finish_interrupted` resolves a pending change: opened with the
*new* recovery code, the user evidently has it, so the change is finished; opened any other way, it is
rolled back (a half-done re-key is re-encrypted back under the old key), because the new code may never
have reached the user. The user is told what happened in one sentence.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import sqlcipher3

from carerpassport.domain.wording import N_
from carerpassport.vault import keyslots
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import KeyLink, KeySlotFile, PendingChange, RecoveryCode

# Translators: shown once, on opening the vault after a crash interrupted a change of its keys.
RECOVERY_CODE_ROLLED_BACK = N_("A change of recovery code was interrupted, so your previous recovery code still "
                               "works; make a new code again if you still want one.")
RECOVERY_CODE_FINISHED = N_("A change of recovery code was interrupted after the new code was shown; you opened "
                            "the vault with it, so it is now your recovery code and the previous one no longer works.")
REKEY_ROLLED_BACK = N_("A re-key of the vault was interrupted, so the vault keeps its previous key and your "
                       "previous recovery code still works; re-key again if you still want to.")
REKEY_FINISHED = N_("A re-key of the vault was interrupted after its new recovery code was shown; you opened the "
                    "vault with that code, so it is now your recovery code and the previous one no longer works.")


@dataclasses.dataclass(frozen=True)
class KeyChange:
    """A change begun by :class:`~carerpassport.vault.store.Vault` and not yet committed.

    ``code`` is the new recovery code to show the user before calling ``commit_key_change``.
    """

    change: str  # keyslots.REKEY or keyslots.NEW_RECOVERY_CODE
    code: RecoveryCode
    old_key: bytes
    new_key: bytes

    def __repr__(self) -> str:  # never print the keys or the code by accident
        return f"KeyChange({self.change})"


def pending_rekey(vault_id: str, old_key: bytes, new_key: bytes, code: RecoveryCode,
                  passphrase: str | None) -> PendingChange:
    """The pending slots and links of a re-key from ``old_key`` to ``new_key`` (Argon2id: slow)."""
    slots = {keyslots.RECOVERY: keyslots.wrap(new_key, code.secret, keyslots.RECOVERY, vault_id)}
    if passphrase is not None:
        slots[keyslots.PASSPHRASE] = keyslots.wrap(new_key, keyslots.passphrase_secret(passphrase), keyslots.PASSPHRASE,
                                                   vault_id)
    return PendingChange(keyslots.REKEY, slots, keyslots.timestamp(),
                         new_under_old=KeyLink.make(old_key, new_key, vault_id, keyslots.NEW_UNDER_OLD),
                         old_under_new=KeyLink.make(new_key, old_key, vault_id, keyslots.OLD_UNDER_NEW))


def pending_recovery_code(vault_id: str, key: bytes, code: RecoveryCode) -> PendingChange:
    return PendingChange(keyslots.NEW_RECOVERY_CODE,
                         {keyslots.RECOVERY: keyslots.wrap(key, code.secret, keyslots.RECOVERY, vault_id)},
                         keyslots.timestamp())


def rekey_database(conn: sqlcipher3.Connection, key: bytes) -> None:
    """Re-encrypt every page of the open database under ``key``, in one transaction."""
    # SQLCipher cannot rekey a WAL-mode database: fold the WAL in, switch to a rollback journal (which
    # keeps the old pages until the rekey commits), rekey, and go back to WAL.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")


def database_keys(slots: KeySlotFile, key: bytes) -> list[bytes]:
    """The keys the database may hold, given one key a secret or the keyring gave: ``key`` itself, and
    during a pending re-key the other end of its link."""
    keys = [key]
    other = _other_key(slots, key)
    if other is not None:
        keys.append(other)
    return keys


def _other_key(slots: KeySlotFile, key: bytes) -> bytes | None:
    pending = slots.pending
    if pending is None or pending.new_under_old is None or pending.old_under_new is None:
        return None
    return (pending.new_under_old.follow(key, slots.vault_id, keyslots.NEW_UNDER_OLD)
            or pending.old_under_new.follow(key, slots.vault_id, keyslots.OLD_UNDER_NEW))


def old_and_new_keys(slots: KeySlotFile, key: bytes) -> tuple[bytes, bytes]:
    """(old, new) of a pending re-key, from either of the two keys."""
    pending = slots.pending
    assert pending is not None and pending.new_under_old is not None and pending.old_under_new is not None
    new = pending.new_under_old.follow(key, slots.vault_id, keyslots.NEW_UNDER_OLD)
    if new is not None:
        return key, new
    old = pending.old_under_new.follow(key, slots.vault_id, keyslots.OLD_UNDER_NEW)
    assert old is not None, "the database opened with a key that neither link knows"
    return old, key


def follow_in_keyring(keyring: KeyringStore | None, vault_id: str, stale: bytes, current: bytes) -> None:
    """If the keyring holds ``stale``, make it hold ``current``; if it cannot, remove the stale entry, so
    the keyring never points only at a key the slots no longer reach."""
    if keyring is None or keyring.get(vault_id) != stale:
        return
    if not keyring.put(vault_id, current):
        keyring.delete(vault_id)


def commit(slots: KeySlotFile, path: Path, change: str, keyring: KeyringStore | None, old_key: bytes,
           new_key: bytes) -> None:
    """Make the pending change the committed one (one atomic replace of ``keyslots.json``)."""
    pending = slots.pending
    assert pending is not None and pending.change == change
    if change == keyslots.REKEY:
        # First the keyring: while the change is pending, the slots still reach both keys.
        follow_in_keyring(keyring, slots.vault_id, old_key, new_key)
        committed = dict(pending.slots)
    else:
        committed = {**slots.slots, keyslots.RECOVERY: pending.slots[keyslots.RECOVERY]}
    KeySlotFile(slots.vault_id, committed).save(path)
    slots.slots, slots.pending = committed, None


def roll_back(conn: sqlcipher3.Connection, slots: KeySlotFile, path: Path, keyring: KeyringStore | None,
              db_key: bytes) -> bytes:
    """Undo the pending change; returns the key the database holds afterwards (the old one)."""
    pending = slots.pending
    assert pending is not None
    key = db_key
    if pending.change == keyslots.REKEY:
        old, new = old_and_new_keys(slots, db_key)
        if db_key == new:
            rekey_database(conn, old)
        follow_in_keyring(keyring, slots.vault_id, new, old)
        key = old
    KeySlotFile(slots.vault_id, slots.slots).save(path)
    slots.pending = None
    return key


def finish_interrupted(conn: sqlcipher3.Connection, slots: KeySlotFile, path: Path, db_key: bytes,
                       via_new_slot: bool, keyring: KeyringStore | None) -> tuple[bytes, str]:
    """Resolve the pending change found on opening; returns the database key and the sentence to show.

    ``via_new_slot`` says the user opened with a secret only the pending change knows (the new recovery
    code): then they have it, and the change is finished. Otherwise it is rolled back.
    """
    pending = slots.pending
    assert pending is not None
    if pending.change == keyslots.NEW_RECOVERY_CODE:
        if via_new_slot:
            commit(slots, path, keyslots.NEW_RECOVERY_CODE, keyring, db_key, db_key)
            return db_key, RECOVERY_CODE_FINISHED
        roll_back(conn, slots, path, keyring, db_key)
        return db_key, RECOVERY_CODE_ROLLED_BACK
    old, new = old_and_new_keys(slots, db_key)
    if via_new_slot and db_key == new:
        commit(slots, path, keyslots.REKEY, keyring, old, new)
        return new, REKEY_FINISHED
    return roll_back(conn, slots, path, keyring, db_key), REKEY_ROLLED_BACK
