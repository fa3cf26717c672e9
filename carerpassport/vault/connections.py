"""One SQLCipher connection per thread to the open vault, and transactions that belong to their thread.

The GUI thread autosaves while the task pool's workers sign, export and import; sharing one connection
let a worker's failing transaction roll back a save the GUI thread had already been told was committed
(SQLite's transaction state belongs to the connection, not to the thread). So each thread gets its own
connection, opened on its first use with the vault's raw key and the same PRAGMAs
(:func:`~carerpassport.vault.db.connect`); two writers then queue on SQLite's write lock (``BEGIN
IMMEDIATE`` and the busy timeout) instead of joining each other's transactions.

Another thread may close a connection in two cases only: the vault is locked (:meth:`ThreadConnections.close`)
or re-encrypted (:meth:`ThreadConnections.reencrypt`, which needs the database to itself). Closing waits
for a statement in progress, SQLite rolls back the transaction that connection had open, and every later
statement on it raises :class:`~carerpassport.vault.errors.VaultClosedError` saying why: a worker still
running gets a sentence, never a crash, and nothing it wrote half-way is kept.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlcipher3

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.vault.db import RESTORE_ADVICE, VaultConnection, connect
from carerpassport.vault.errors import VaultClosedError, VaultError

#: Why a thread's connection was closed under it, told to the code that goes on using it.
LOCKED_WHILE_IN_USE = N_("The vault was locked while this was running, and its connection closed, so nothing of it "
                         "was saved. Unlock the vault and do it again.")
REENCRYPTED_WHILE_IN_USE = N_("The vault was re-encrypted under a new key while this was being saved, so it was not "
                              "saved (nothing saved before was lost). Do it again.")


@dataclasses.dataclass
class _Slot:
    """A thread's connection and how many of its transactions are open (only that thread changes it)."""

    conn: VaultConnection
    depth: int = 0


class ThreadConnections:
    """The connections of one open vault, one per thread, each opened on that thread's first use.

    ``first`` is the connection the vault was opened with; it belongs to the thread that opened it.
    """

    def __init__(self, path: Path, key: bytes, first: VaultConnection,
                 damage_advice: Callable[[], str] = lambda: _(RESTORE_ADVICE)) -> None:
        self._path = path
        self._key = key
        self._damage_advice = damage_advice
        first.damage_advice = damage_advice
        self._lock = threading.Lock()
        self._slots: dict[int, _Slot] = {threading.get_ident(): _Slot(first)}
        self._closed = False

    def current(self) -> VaultConnection:
        """This thread's connection (opened now if this is its first use).

        Raises :class:`VaultClosedError` once the vault is locked.
        """
        return self._slot().conn

    def _slot(self) -> _Slot:
        ident = threading.get_ident()
        with self._lock:
            if self._closed:
                raise VaultClosedError(_(LOCKED_WHILE_IN_USE))
            slot = self._slots.get(ident)
            # A connection closed by a re-key stays this thread's while one of its transactions is open,
            # so that the rest of that transaction fails on it instead of running on a fresh connection
            # outside any transaction (half a change saved); afterwards the thread gets a new one.
            if slot is None or (slot.conn.closed_because is not None and slot.depth == 0):
                slot = self._slots[ident] = _Slot(self._open())
            return slot

    def _open(self) -> VaultConnection:
        conn = connect(self._path, self._key)
        conn.damage_advice = self._damage_advice
        return conn

    @contextmanager
    def transaction(self) -> Iterator[VaultConnection]:
        """One write transaction on this thread's connection (``BEGIN IMMEDIATE``: a second writer waits
        for the first to finish). Nested calls on the same thread join the outer transaction; another
        thread's transaction is never joined, committed or rolled back from here."""
        slot = self._slot()
        conn = slot.conn
        outermost = slot.depth == 0 and not conn.in_transaction
        slot.depth += 1  # before BEGIN: from here on this thread's statements stay on this connection
        try:
            if outermost:
                conn.execute("BEGIN IMMEDIATE")
            yield conn
            if outermost:
                conn.execute("COMMIT")
        except BaseException:
            # SQLite rolls back by itself after some failures (a full disk, an I/O error), and closing a
            # connection rolls back its transaction; rolling back again would raise and hide the error that
            # says what happened.
            if outermost and conn.closed_because is None and conn.in_transaction:
                with suppress(sqlcipher3.DatabaseError, VaultError):
                    conn.execute("ROLLBACK")
            raise
        finally:
            slot.depth -= 1

    def hand_over(self, to_thread: int) -> None:
        """Give this thread's connection, with the pages it has read and decrypted, to thread ``to_thread``
        (the worker that unlocked the vault hands its warm connection to the GUI thread). Nothing happens
        if ``to_thread`` has a connection already or this one is in a transaction; this thread opens a new
        one if it uses the vault again."""
        ident = threading.get_ident()
        with self._lock:
            slot = self._slots.get(ident)
            if (ident == to_thread or to_thread in self._slots or slot is None or slot.depth
                    or not slot.conn.is_idle()):
                return
            self._slots[to_thread] = self._slots.pop(ident)

    def reencrypt(self, change: Callable[[VaultConnection], bytes]) -> bytes:
        """Run ``change`` (a re-key, or undoing one) on this thread's connection with every other closed, and
        none opened until it returns the key the database holds now; later connections open with that key.

        SQLCipher re-encrypts only with the database to itself (it leaves WAL mode to do so), and a
        connection keyed with the old key could not read the new pages anyway.
        """
        ident = threading.get_ident()
        with self._lock:
            if self._closed:
                raise VaultClosedError(_(LOCKED_WHILE_IN_USE))
            own = self._slots.get(ident)
            others = [slot.conn for other, slot in self._slots.items() if other != ident]
            _shut(others, _(REENCRYPTED_WHILE_IN_USE))
            if own is None or own.conn.closed_because is not None:
                own = self._slots[ident] = _Slot(self._open())
            self._key = change(own.conn)
            return self._key

    def close(self) -> None:
        """Close every connection this vault opened (the vault is being locked). A thread still using its
        connection gets :class:`VaultClosedError` on its next statement; its open transaction is rolled back."""
        with self._lock:
            self._closed = True
            own = self._slots.pop(threading.get_ident(), None)
            others = [slot.conn for slot in self._slots.values()]
            self._slots.clear()
            self._key = b""
        _shut(([own.conn] if own is not None else []) + others, _(LOCKED_WHILE_IN_USE))


def _shut(conns: list[VaultConnection], why: str) -> None:
    # Connections holding the write lock first: another thread's statement may be waiting for that lock,
    # and closing its connection waits for that statement.
    for conn in sorted(conns, key=lambda conn: not conn.holds_transaction()):
        conn.shut(why)
