"""Slow work off the GUI thread: run a function on a ``QThreadPool``, get the result back by signal.

The Picard/Electrum pattern: a worker runs a plain callable (vault open, Argon2id, signing, encryption,
keyring calls) and the result or the error is delivered on the GUI thread. Workers never touch widgets
and there are no nested event loops. For tests, ``TaskRunner(synchronous=True)`` runs the callable at
once on the calling thread and still delivers through the same callbacks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

#: What a job returns; ``run`` checks that ``on_done`` takes it.
T = TypeVar("T")

#: How long a thread may hold the GIL while another waits for it (Python's default is 5 ms). A worker
#: runs Python code (PDF parsing and rendering, imports) and PySide hands the GIL back on its calls into
#: Qt, so each time the GUI thread wants it again it waited up to the whole interval: with a worker busy,
#: showing History or opening the export dialog took 60-90 ms instead of 15-25. 1 ms keeps the GUI thread
#: within its 50 ms per event; the workers lose a few per cent of their speed.
GUI_SWITCH_INTERVAL_S = 0.001


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there."""

    done = Signal(object, object)  # (callback, result)
    failed = Signal(object, object)  # (callback, exception)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None:
            callback(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI as a value
            self.relay.failed.emit(self.on_error, exc)
            return
        self.relay.done.emit(self.on_done, result)


class TaskRunner(QObject):
    """Runs callables in a thread pool; ``busy_changed(bool)`` lets the UI show progress."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        if not synchronous:
            sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish_ok)
        self._relay.failed.connect(self._finish_error)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn()`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
        self._set_running(+1)
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001
                self._finish_error(on_error, exc)
                return
            self._finish_ok(on_done, result)
            return
        self.pool.start(_Job(fn, self._relay, on_done, on_error))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until all jobs finished (for shutdown and tests only)."""
        return self.pool.waitForDone(msecs)

    def _set_running(self, delta: int) -> None:
        was = self.busy
        self._running += delta
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    @Slot(object, object)
    def _finish_ok(self, callback: Callable[[Any], None] | None, result: object) -> None:
        self._set_running(-1)
        if callback is not None:
            callback(result)

    @Slot(object, object)
    def _finish_error(self, callback: Callable[[BaseException], None] | None, exc: object) -> None:
        self._set_running(-1)
        if callback is not None:
            assert isinstance(exc, BaseException)
            callback(exc)
        else:
            raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
