"""Opening the SQLCipher database: key, pragmas, clear errors, migrations."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.vault.disk_faults import SQLITE_BUSY, SQLITE_NOTADB, is_damage, sqlite_code, storage_error
from carerpassport.vault.errors import (
    BusyVaultError,
    DamagedVaultError,
    NewerVaultError,
    VaultClosedError,
    WrongKeyError,
)
from carerpassport.vault.migrations import MIGRATIONS, SCHEMA_VERSION

PAGE_SIZE = 4096  # SQLCipher 4 default
#: How long a writer waits for another thread's (or process's) write transaction before giving up.
BUSY_TIMEOUT_MS = 5000

DatabaseError = sqlcipher3.DatabaseError

#: What to tell someone whose vault is damaged when nothing better is known (see ``damage_advice``).
RESTORE_ADVICE = N_("Restore your newest backup (carerpassport restore FILE --force; the damaged folder is "
                     "kept beside it), or run carerpassport check for details.")


class VaultCursor(sqlcipher3.Cursor):  # type: ignore[misc]  # sqlcipher3 ships no types
    """A cursor whose disk and damage failures arrive as the vault's typed errors (see :class:`VaultConnection`)."""

    connection: VaultConnection

    def execute(self, sql: str, parameters: Any = (), /) -> VaultCursor:
        with self.connection.in_use():
            try:
                super().execute(sql, parameters)
            except sqlcipher3.DatabaseError as exc:
                raise self.connection.vault_error(exc, rekey=sql.lstrip()[:12].upper() == "PRAGMA REKEY") from exc
        return self

    def fetchone(self) -> Any:
        with self.connection.in_use():
            try:
                return super().fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise self.connection.vault_error(exc) from exc

    def fetchall(self) -> list[Any]:
        with self.connection.in_use():
            try:
                return list(super().fetchall())
            except sqlcipher3.DatabaseError as exc:
                raise self.connection.vault_error(exc) from exc

    def __next__(self) -> Any:
        with self.connection.in_use():
            try:
                return super().__next__()
            except sqlcipher3.DatabaseError as exc:
                raise self.connection.vault_error(exc) from exc


class VaultConnection(sqlcipher3.Connection):  # type: ignore[misc]  # sqlcipher3 ships no types
    """The vault's SQLCipher connection. A full, read-only or failing disk raises a
    :class:`~carerpassport.storage_errors.StorageError` that says so, and a page that fails its HMAC check
    (SQLCipher's "file is not a database" or "database disk image is malformed") raises
    :class:`DamagedVaultError`: every caller gets a sentence instead of ``sqlcipher3.OperationalError``.
    Anything else (a constraint, a bad statement) stays as it is: that would be a bug of ours.

    Each connection belongs to one thread (vault/connections.py); another thread may only :meth:`shut` it,
    which waits for a statement in progress, so a statement never runs on a connection being closed.
    """

    folder: Path = Path(".")
    #: Says which backup to restore; the open vault sets it (it can read the log of backups).
    damage_advice: Callable[[], str] = staticmethod(lambda: _(RESTORE_ADVICE))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._use = threading.RLock()
        #: Why another thread closed this connection (the sentence later statements raise), else None.
        self.closed_because: str | None = None

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """Held around every statement and fetch; raises :class:`VaultClosedError` once :meth:`shut`."""
        with self._use:
            if self.closed_because is not None:
                raise VaultClosedError(self.closed_because)
            yield

    def shut(self, why: str) -> None:
        """Close from any thread, once no statement is running; ``why`` is what later statements raise.
        SQLite rolls back the transaction this connection had open."""
        with self._use:
            if self.closed_because is None:
                self.closed_because = why
                with suppress(sqlcipher3.Error):
                    super().close()

    def close(self) -> None:
        self.shut(_("The vault's connection was closed, so nothing more was read or saved on it."))

    def holds_transaction(self) -> bool:
        return self.closed_because is None and bool(self.in_transaction)

    def is_idle(self) -> bool:
        """Open and outside any transaction (so no statement of its thread is half-way)."""
        return self.closed_because is None and not self.in_transaction

    def cursor(self, factory: Any = None) -> VaultCursor:
        with self.in_use():  # ``execute`` on the connection starts here
            return super().cursor(factory or VaultCursor)  # type: ignore[no-any-return]

    def executescript(self, sql_script: str, /) -> Any:
        with self.in_use():
            try:
                return super().executescript(sql_script)
            except sqlcipher3.DatabaseError as exc:
                raise self.vault_error(exc) from exc

    def vault_error(self, exc: sqlcipher3.DatabaseError, *, rekey: bool = False) -> Exception:
        """The typed error for a failure of this connection (``exc`` itself when it is not the disk's)."""
        if rekey:
            # SQLCipher reports any failed rekey as one generic error; the disk (probed) says if it was the cause.
            # Opening afterwards settles which key the database holds (vault/key_change.py).
            error = storage_error(exc, self.folder, failed=_("The vault was not re-encrypted"), generic=True,
                                  kept=_("It opens with your recovery code and passphrase as before, and nothing "
                                         "saved was lost."))
            return error if error is not None else exc
        if sqlite_code(exc) & 0xFF == SQLITE_BUSY:
            return BusyVaultError(_("The vault stayed busy with another change for more than {number} "
                                    "seconds, so this was not saved; nothing saved before was lost. Try again.").format(
                                    number=BUSY_TIMEOUT_MS // 1000))
        if is_damage(exc):
            reason = f"part of the vault file no longer matches what was saved (SQLite: {exc})"
            return DamagedVaultError(_("The vault is damaged: {reason}. Nothing was changed. {damage_advice}").format(
                                         reason=reason, damage_advice=self.damage_advice()),
                                     reason)
        error = storage_error(exc, self.folder, failed=_("The vault could not save to disk"),
                              kept=_("Nothing saved before was lost; only the change being saved just now was not "
                                     "kept."))
        return error if error is not None else exc


def connect(path: Path, key: bytes, *, create: bool = False) -> VaultConnection:
    """Open (or with ``create`` make) the vault database with a raw 256-bit key.

    Raises :class:`WrongKeyError` for a wrong key or a file that is not a vault and
    :class:`DamagedVaultError` for a truncated one. A failed open writes nothing.
    """
    if len(key) != 32:
        raise ValueError("the vault key is 32 bytes")
    if not create:
        size = path.stat().st_size
        if size == 0 or size % PAGE_SIZE:
            raise DamagedVaultError(_("The vault file {name} is damaged: it is {size:,} bytes, not a whole "
                                      "number of pages, so it was cut short. Restore it from a backup.").format(
                                      name=path.name, size=size))
    try:
        # Each thread has its own connection (vault/connections.py), but locking the vault closes them all
        # from the locking thread: sqlite3's same-thread check would refuse that.
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, factory=VaultConnection)
    except sqlcipher3.DatabaseError as exc:
        raise _open_error(exc, path) from exc
    assert isinstance(conn, VaultConnection)
    conn.folder = path.parent

    def raw(conn: VaultConnection, sql: str) -> Any:  # untranslated here: a failure to open is told as one
        return conn.cursor(sqlcipher3.Cursor).execute(sql)

    try:
        raw(conn, "PRAGMA cipher_log_level = NONE")  # keep SQLCipher from logging to stderr
        raw(conn, f"PRAGMA key = \"x'{key.hex()}'\"")
        # Sorts and big transactions otherwise spill *plaintext* temp files (etilqs_*) to /tmp.
        raw(conn, "PRAGMA temp_store = MEMORY")
        try:
            raw(conn, "SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if sqlite_code(exc) & 0xFF == SQLITE_NOTADB:
                # Page 1 fails its HMAC check: a key for another database, or a damaged first page.
                raise WrongKeyError(_("wrong key or not a vault")) from None
            raise
        raw(conn, "PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL keeps every committed transaction across a crash or kill of the app;
        # only a power cut may lose the last moments. FULL would fsync on every autosave.
        raw(conn, "PRAGMA synchronous = NORMAL")
        raw(conn, "PRAGMA secure_delete = ON")
        raw(conn, "PRAGMA foreign_keys = ON")
        raw(conn, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _open_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _open_error(exc: sqlcipher3.DatabaseError, path: Path) -> Exception:
    if is_damage(exc):
        return DamagedVaultError(_("The vault file {name} is damaged (SQLite: {exc}). Nothing was changed. {advice}")
                                 .format(name=path.name, exc=exc, advice=_(RESTORE_ADVICE)))
    # Even to read, SQLite writes beside the vault (the -wal and -shm journal files), so a full or
    # read-only folder stops the vault from opening at all.
    error = storage_error(exc, path.parent, failed=_("The vault in {parent} could not be opened").format(
                                                       parent=path.parent),
                          kept=_("Nothing in it was changed or lost (the app writes its journal beside the vault "
                                 "even to read it)."))
    return error if error is not None else exc


def restore_advice(path: Path, key: bytes) -> str:
    """Which backup to restore: the newest in the vault's log of backups whose file is still there, read on
    a fresh connection (the one that met the damage may be stuck in an error state). Falls back on
    :data:`RESTORE_ADVICE` when the log cannot be read or names no backup that exists."""
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            rows = conn.execute("SELECT at, details FROM events WHERE kind = 'backup' "
                                "ORDER BY id DESC LIMIT 50").fetchall()
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        return _(RESTORE_ADVICE)
    for at, details in rows:
        try:
            where = json.loads(details).get("path")
        except (ValueError, TypeError, AttributeError):
            continue
        if isinstance(where, str) and where and Path(where).is_file():
            return _("Restore your newest backup, {where} (made {at} UTC, before the damage was found): "
                     "carerpassport restore \"{where}\" --force (the damaged folder is kept beside it).").format(
                     where=where, at=str(at)[:16].replace('T', ' '))
    return _(RESTORE_ADVICE)


def damaged_pages(path: Path, key: bytes) -> tuple[int, int]:
    """``(pages failing their HMAC check, pages in the file)`` by SQLCipher's ``cipher_integrity_check``.

    Tells a damaged vault (some pages fail) from a key that belongs to another database (every page
    fails). It reads the whole file: only for diagnosis and the full check, never on an ordinary open.
    """
    pages = path.stat().st_size // PAGE_SIZE
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        failing = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        raise _open_error(exc, path) from exc
    finally:
        conn.close()
    return len(failing), pages


def schema_version(conn: VaultConnection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: VaultConnection, path: Path, backups: Path) -> int:
    """Bring the schema up to date; returns the version it was at. Refuses a newer vault.

    Before upgrading an existing vault, a copy of the (still encrypted) database is kept in ``backups``.
    """
    start = schema_version(conn)
    if start > SCHEMA_VERSION:
        raise NewerVaultError(_("This vault was written by a newer version of Carer's Passport (schema {start}; "
                                "this app knows up to {schema_version}). Update the app to open it.").format(
                                start=start, schema_version=SCHEMA_VERSION))
    if 0 < start < SCHEMA_VERSION:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            backups.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copy2(path, backups / f"vault-schema{start}-{stamp}.db")
        except OSError as exc:
            error = storage_error(exc, backups, failed=_("The vault was not upgraded to this version of the app, "
                                    "because the copy kept before upgrading could not be written"),
                                  kept=_("The vault is unchanged and nothing was lost."))
            if error is None:
                raise
            raise error from exc
    for number in range(start, SCHEMA_VERSION):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    if 0 < start < SCHEMA_VERSION or _mostly_free(conn):
        reclaim_space(conn)
    return start


#: A vault whose free pages are more than this share of the file, and at least FREE_PAGES_WORTH_RECLAIMING,
#: is compacted when it opens: only after an upgrade whose compaction was cut short (see reclaim_space).
FREE_SHARE_TO_RECLAIM = 0.3  # after m008 nearly half the file is free (the five-year vault: 36 of 80 MB)
FREE_PAGES_WORTH_RECLAIMING = 1024  # 4 MB: below it the rewrite is not worth an open's time


def _mostly_free(conn: VaultConnection) -> bool:
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])  # both read the header: no page scan
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return free >= FREE_PAGES_WORTH_RECLAIMING and free > pages * FREE_SHARE_TO_RECLAIM


def reclaim_space(conn: VaultConnection) -> None:
    """Rewrite the vault without its free pages, after an upgrade has committed.

    SQLite keeps the pages a migration frees (m008 moved every version's content and every stored file's
    bytes to tables of their own: a five-year vault went from 44 to 80 MB on disk), and without
    ``auto_vacuum`` set at creation only ``VACUUM`` gives them back. In SQLCipher it rebuilds the database
    encrypted with the same key (its scratch copy is attached with the main database's key, and with
    ``temp_store = MEMORY`` it is held in memory, never a plaintext temp file). In WAL mode the rewrite is
    one transaction in the WAL: a kill before it commits leaves the upgraded vault as it was (the next open
    then finds it mostly free pages and tries again), a kill after is replayed on the next open.
    """
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file shrinks now, not at some later checkpoint
