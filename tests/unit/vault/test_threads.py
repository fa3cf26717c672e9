"""The vault used from several threads at once, as the GUI does: autosaves on the GUI thread while the
task pool's workers run their own transactions. Real threads, not the synchronous task runner.

What must hold: a save that returned is never undone by another thread's failing transaction, a
transaction commits or rolls back as a whole, and locking the vault while a worker is still writing
gives the worker a clear error and keeps nothing half-written. Every outcome is checked by reopening
the vault from disk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.said import Said
from carerpassport.vault import db
from carerpassport.vault.db import PAGE_SIZE
from carerpassport.vault.errors import BusyVaultError, DamagedVaultError, VaultClosedError
from carerpassport.vault.store import Vault, VaultPaths
from tests.conftest import PASSPHRASE

#: Generous bound for a thread to reach a point or finish; the tests never wait this long unless broken.
JOIN_SECONDS = 20


class WorkerFailed(Exception):
    """The failure a worker's transaction raises on purpose (a bug, a refused file, ...)."""


def run_thread(target: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    """Start ``target`` on a real thread; the list collects what it raised unexpectedly."""
    errors: list[BaseException] = []

    def body() -> None:
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 - reported by the test that joins the thread
            errors.append(exc)

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread, errors


def join(thread: threading.Thread, errors: list[BaseException]) -> None:
    thread.join(JOIN_SECONDS)
    assert not thread.is_alive(), "a worker thread did not finish"
    assert not errors, f"a worker raised {errors[0]!r}"


def write_until_cut(app: PassportApp, notes: tuple[str, str], reached: threading.Event, go_on: threading.Event,
                    seen: list[BaseException]) -> None:
    """One transaction that logs the first note, sets ``reached``, waits for ``go_on`` and logs the second;
    the :class:`VaultClosedError` that cuts it (another thread closed the connection) goes in ``seen``."""
    try:
        with app.repo.transaction():
            app.repo.log("note", Said(notes[0]))
            reached.set()
            assert go_on.wait(JOIN_SECONDS)
            app.repo.log("note", Said(notes[1]))
    except VaultClosedError as exc:
        seen.append(exc)


def reopened(data_dir: Path) -> PassportApp:
    return PassportApp.open(data_dir, passphrase=PASSPHRASE)


def test_a_returned_save_survives_a_worker_transaction_that_fails(app: PassportApp, data_dir: Path) -> None:
    """The reviewer's case, made deterministic: a worker's transaction is open when the GUI thread saves;
    the worker then fails and rolls back. The save returned, so it must still be there."""
    in_transaction, saved = threading.Event(), threading.Event()

    def worker() -> None:
        with pytest.raises(WorkerFailed), app.repo.transaction():
            app.repo.log("note", Said("worker-failed-1"))
            in_transaction.set()
            # With a connection of its own the save waits for this transaction to end, so this wait
            # times out; sharing one, the save lands inside this transaction at once.
            saved.wait(timeout=1.0)
            raise WorkerFailed("worker failed")

    thread, errors = run_thread(worker)
    assert in_transaction.wait(JOIN_SECONDS)
    revision = app.editing.set_answer("caring.responsibilities", "SAVED-WHILE-A-WORKER-WROTE", shared=True)
    saved.set()
    join(thread, errors)
    assert revision is not None
    app.close()

    again = reopened(data_dir)
    try:
        assert revision.number in [r.number for r in again.editing.history()]
        assert again.editing.passport().answer("caring.responsibilities").text == "SAVED-WHILE-A-WORKER-WROTE"
        assert "worker-failed-1" not in [e.summary for e in again.events()]
    finally:
        again.close()


def test_autosaves_and_workers_that_fail_and_succeed(app: PassportApp, data_dir: Path) -> None:
    """Autosaves on this thread while two workers loop over transactions, half of which fail half-way:
    every save that returned, and every worker transaction that committed, is there after reopening;
    nothing of a failed one is."""
    saves = 30
    done = threading.Event()
    committed: list[str] = []
    failed: list[str] = []

    def worker(name: str) -> Callable[[], None]:
        def loop() -> None:
            for round_ in range(200):
                if done.is_set():
                    return
                summary = f"{name}-{round_}"
                try:
                    with app.repo.transaction():
                        app.repo.log("note", Said(summary))
                        app.repo.set_meta(f"worker.{name}", summary)
                        if round_ % 2:
                            raise WorkerFailed(summary)
                except WorkerFailed:
                    failed.append(summary)
                else:
                    committed.append(summary)
        return loop

    workers = [run_thread(worker(name)) for name in ("a", "b")]
    returned = []
    try:
        for number in range(saves):
            revision = app.editing.set_answer("caring.effect_on_work", f"autosave {number}", shared=True)
            assert revision is not None
            returned.append((revision.number, revision.content_sha256))
    finally:
        done.set()
        for thread, errors in workers:
            join(thread, errors)
    app.close()

    again = reopened(data_dir)
    try:
        history = {r.number: r.content_sha256 for r in again.editing.history()}
        for number, digest in returned:
            assert history.get(number) == digest, f"the save that returned revision {number} was undone"
        assert again.editing.passport().answer("caring.effect_on_work").text == f"autosave {saves - 1}"
        logged = {e.summary for e in again.repo.events("note")}
        assert set(committed) <= logged
        assert not logged & set(failed)
        assert committed and failed  # both kinds of worker transaction ran
    finally:
        again.close()


@pytest.mark.english
def test_locking_while_a_worker_writes_gives_it_a_clear_error_and_keeps_nothing_of_it(
        app: PassportApp, data_dir: Path) -> None:
    in_transaction, locked = threading.Event(), threading.Event()
    seen: list[BaseException] = []

    def worker() -> None:
        write_until_cut(app, ("half-written-1", "half-written-2"), in_transaction, locked, seen)

    thread, errors = run_thread(worker)
    assert in_transaction.wait(JOIN_SECONDS)
    app.close()  # the GUI locks the vault (the inactivity timer, the Lock button)
    locked.set()
    join(thread, errors)
    assert len(seen) == 1 and "locked" in str(seen[0])

    again = reopened(data_dir)
    try:
        summaries = [e.summary for e in again.events()]
        assert "half-written-1" not in summaries and "half-written-2" not in summaries
    finally:
        again.close()


def test_locking_closes_the_connection_of_every_thread(app: PassportApp, data_dir: Path) -> None:
    """SQLite folds the journal (vault.db-wal) back into the vault and deletes it when the last connection
    closes: if it is still there after locking, some thread's connection was left open (with the key)."""
    opened, finish = threading.Event(), threading.Event()

    def worker() -> None:
        app.editing.history()  # this thread's own connection is opened here
        held = app.vault.conn  # as a worker half-way through a backup holds it
        opened.set()
        assert finish.wait(JOIN_SECONDS)
        with pytest.raises(VaultClosedError):
            held.execute("SELECT 1")

    thread, errors = run_thread(worker)
    try:
        assert opened.wait(JOIN_SECONDS)
        app.editing.set_answer("caring.responsibilities", "written on this thread", shared=True)
        assert (data_dir / "vault.db-wal").exists()
        app.close()
        assert not (data_dir / "vault.db-wal").exists(), "a connection outlived locking the vault"
    finally:
        finish.set()
        join(thread, errors)


@pytest.mark.english
def test_a_rekey_reopens_idle_connections_and_fails_an_unfinished_transaction(app: PassportApp,
                                                                            data_dir: Path) -> None:
    """A re-key closes the other threads' connections (SQLCipher needs the database to itself): a thread
    that was idle then goes on with the new key; one that was half-way through a transaction is told, and
    nothing of that transaction is kept."""
    idle_opened, half_way, rekeyed = threading.Event(), threading.Event(), threading.Event()
    seen: list[BaseException] = []

    def idle() -> None:
        app.editing.history()
        idle_opened.set()
        assert rekeyed.wait(JOIN_SECONDS)
        app.repo.log("note", Said("after-rekey-idle"))

    def writing() -> None:
        write_until_cut(app, ("cut-by-rekey", "cut-by-rekey-2"), half_way, rekeyed, seen)
        app.repo.log("note", Said("after-rekey-writer"))  # a new transaction on a new connection works

    threads = [run_thread(idle), run_thread(writing)]
    assert idle_opened.wait(JOIN_SECONDS) and half_way.wait(JOIN_SECONDS)
    code = app.vault.rekey(passphrase=PASSPHRASE)
    rekeyed.set()
    for thread, errors in threads:
        join(thread, errors)
    assert len(seen) == 1 and "re-encrypted" in str(seen[0])
    app.close()

    for again in (reopened(data_dir), PassportApp.open(data_dir, recovery_code=str(code))):
        try:
            summaries = [e.summary for e in again.repo.events("note")]
            assert "after-rekey-idle" in summaries and "after-rekey-writer" in summaries
            assert "cut-by-rekey" not in summaries and "cut-by-rekey-2" not in summaries
        finally:
            again.close()


@pytest.mark.english
def test_a_worker_connection_reports_damage_as_the_vault_error(app: PassportApp, data_dir: Path) -> None:
    """Corruption found on a worker's connection is told as a damaged vault, as on the first connection."""
    for number in range(3):
        app.editing.set_answer("caring.responsibilities", f"{number} " + "words " * 3000, shared=True)
    app.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    app.close()
    database = data_dir / "vault.db"
    data = bytearray(database.read_bytes())
    middle = (len(data) // PAGE_SIZE // 2) * PAGE_SIZE
    data[middle + 100:middle + 200] = bytes(100)
    database.write_bytes(bytes(data))

    vault = Vault.open(VaultPaths(data_dir), passphrase=PASSPHRASE)
    try:
        seen: list[BaseException] = []

        def worker() -> None:
            try:
                vault.conn.execute("PRAGMA quick_check").fetchall()
            except DamagedVaultError as exc:
                seen.append(exc)

        thread, errors = run_thread(worker)
        join(thread, errors)
        assert len(seen) == 1 and "damaged" in str(seen[0]) and "Restore" in str(seen[0])
    finally:
        vault.close()


def test_the_unlocking_worker_hands_its_warm_connection_to_the_gui_thread(app: PassportApp,
                                                                           data_dir: Path) -> None:
    app.editing.set_answer("caring.responsibilities", "read ahead", shared=True)
    app.close()
    gui_thread = threading.get_ident()
    opened: dict[str, object] = {}

    def unlock_worker() -> None:
        worker_app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
        opened["app"], opened["conn"] = worker_app, worker_app.vault.conn
        worker_app.editing.read_ahead(for_thread=gui_thread)
        # The worker can still use the vault afterwards, on a connection of its own.
        opened["worker_conn_after"] = worker_app.vault.conn
        worker_app.repo.log("note", Said("worker after hand-over"))

    thread, errors = run_thread(unlock_worker)
    join(thread, errors)
    gui_app = opened["app"]
    assert isinstance(gui_app, PassportApp)
    try:
        assert gui_app.vault.conn is opened["conn"]
        assert opened["worker_conn_after"] is not opened["conn"]
        assert gui_app.editing.passport().answer("caring.responsibilities").text == "read ahead"
        with gui_app.repo.transaction():  # not handed over half-way through a transaction
            gui_app.vault.hand_over_connection(threading.get_ident() + 1)
            gui_app.repo.log("note", Said("gui in transaction"))
        assert gui_app.vault.conn is opened["conn"]
        assert {"worker after hand-over", "gui in transaction"} <= {e.summary for e in gui_app.repo.events("note")}
    finally:
        gui_app.close()


@pytest.mark.english
def test_a_writer_kept_waiting_past_the_busy_timeout_is_told_and_saves_nothing(
        app: PassportApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 1000)  # connections opened from here on wait one second
    seen: list[BaseException] = []

    def worker() -> None:
        try:
            app.repo.log("note", Said("kept-waiting"))
        except BusyVaultError as exc:
            seen.append(exc)

    with app.repo.transaction():
        app.repo.log("note", Said("holding-the-write-lock"))
        thread, errors = run_thread(worker)
        join(thread, errors)
    assert len(seen) == 1 and "busy" in str(seen[0]) and "Try again" in str(seen[0])
    app.close()

    again = reopened(data_dir)
    try:
        summaries = [e.summary for e in again.repo.events("note")]
        assert "holding-the-write-lock" in summaries and "kept-waiting" not in summaries
    finally:
        again.close()
