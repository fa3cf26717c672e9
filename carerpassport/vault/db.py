"""Opening the SQLCipher database: key, pragmas, clear errors, migrations."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import sqlcipher3

from carerpassport.vault.errors import DamagedVaultError, NewerVaultError, WrongKeyError
from carerpassport.vault.migrations import MIGRATIONS, SCHEMA_VERSION

PAGE_SIZE = 4096  # SQLCipher 4 default

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open (or with ``create`` make) the vault database with a raw 256-bit key.

    Raises :class:`WrongKeyError` for a wrong key or a file that is not a vault and
    :class:`DamagedVaultError` for a truncated one. A failed open writes nothing.
    """
    if len(key) != 32:
        raise ValueError("the vault key is 32 bytes")
    if not create:
        size = path.stat().st_size
        if size == 0 or size % PAGE_SIZE:
            raise DamagedVaultError(f"The vault file {path.name} is damaged: it is {size:,} bytes, not a whole "
                                    "number of pages, so it was cut short. Restore it from a backup.")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # keep SQLCipher from logging to stderr
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Sorts and big transactions otherwise spill *plaintext* temp files (etilqs_*) to /tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongKeyError("wrong key or not a vault") from None
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL keeps every committed transaction across a crash or kill of the app;
        # only a power cut may lose the last moments. FULL would fsync on every autosave.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, path: Path, backups: Path) -> int:
    """Bring the schema up to date; returns the version it was at. Refuses a newer vault.

    Before upgrading an existing vault, a copy of the (still encrypted) database is kept in ``backups``.
    """
    start = schema_version(conn)
    if start > SCHEMA_VERSION:
        raise NewerVaultError(f"This vault was written by a newer version of Carer's Passport (schema {start}; "
                              f"this app knows up to {SCHEMA_VERSION}). Update the app to open it.")
    if 0 < start < SCHEMA_VERSION:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backups.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.copy2(path, backups / f"vault-schema{start}-{stamp}.db")
    for number in range(start, SCHEMA_VERSION):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start
