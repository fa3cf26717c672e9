"""A consistent copy of an open vault's files, for a backup: the database with every committed change in it,
the key slots, and what the vault holds. The backup's format and encryption are the exchange's
(:mod:`carerpassport.exchange.backup`), which is given these bytes.
"""

from __future__ import annotations

import dataclasses
import time

from carerpassport.domain.wording import gettext as _
from carerpassport.vault.db import schema_version
from carerpassport.vault.errors import VaultBusyError
from carerpassport.vault.store import Vault

#: The tables counted in a backup's manifest (shown when restoring).
COUNTED_TABLES = ("revisions", "events", "attachments", "pins", "shares")


@dataclasses.dataclass(frozen=True)
class VaultSnapshot:
    """An open vault's files as they are now, and what they hold (no passport content in the plain fields)."""

    #: The SQLCipher database file (still encrypted with the vault key).
    database: bytes
    #: ``keyslots.json``: the vault key wrapped by the recovery code and the passphrase.
    keyslots: bytes
    vault_id: str
    schema_version: int
    #: How many revisions, log entries, stored files, pins and shares the vault holds.
    counts: dict[str, int]


def take_snapshot(vault: Vault, attempts: int = 10) -> VaultSnapshot:
    """The vault's files, consistent with each other and with every committed change."""
    conn = vault.repo.conn
    database = _database_bytes(vault, attempts)
    counts = {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed names
              for table in COUNTED_TABLES}
    return VaultSnapshot(database=database, keyslots=vault.paths.keyslots.read_bytes(), vault_id=vault.vault_id,
                         schema_version=schema_version(conn), counts=counts)


def _database_bytes(vault: Vault, attempts: int) -> bytes:
    """A consistent copy of the (encrypted) database file, with every committed change in it.

    Checkpoint the WAL into the main file, then hold a read transaction while reading the file: as long
    as the WAL stayed empty when our read began, no other connection can copy pages into the main file
    until we finish (checkpoints never pass an active reader's snapshot), so the bytes we read are whole.
    """
    conn, db_path = vault.repo.conn, vault.paths.db
    wal = db_path.with_name(db_path.name + "-wal")
    for _attempt in range(attempts):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if busy == 0 and (not wal.exists() or wal.stat().st_size == 0):
                return db_path.read_bytes()
        finally:
            conn.execute("COMMIT")
        time.sleep(0.05)
    raise VaultBusyError(_("The vault kept changing while the backup was being taken. Close other windows of "
                           "the app and try again."))
