"""Logging out, shutting down or ``kill`` lose nothing: the last typing is saved, then the app quits.

Logout and shutdown send SIGTERM (a terminal closing sends SIGHUP). Python's default for SIGTERM kills
the process at once, so the editor's last second of typing (waiting for its autosave) was lost. A
Python signal handler alone is not enough either: Python runs it only when the interpreter gets
control, and Qt's event loop sits in C++ until some event comes. So the signal's C handler writes the
signal number into a socket pair (:func:`signal.set_wakeup_fd`), a :class:`QSocketNotifier` on the
other end wakes the event loop, and there the window saves and closes as if Quit had been chosen
(without asking anything: nobody is there to answer).

A session manager (X11/XSMP, Windows) first asks the app to save (``commitDataRequest``): the window
saves the pending typing then too; and whatever ends the event loop, ``aboutToQuit`` saves once more.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Slot
from PySide6.QtGui import QGuiApplication, QSessionManager

#: The signals that mean "the session is ending": save and quit. (SIGHUP does not exist on Windows.)
ENDING_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)


class EndsSession(Protocol):
    """What the main window offers: save the pending typing now, and save and close without asking."""

    def save_pending(self) -> str: ...

    def end_session(self) -> None: ...


class SessionEnd(QObject):
    """Routes SIGTERM/SIGHUP and the session manager's save request into ``window`` on the GUI thread."""

    def __init__(self, app: QGuiApplication, window: EndsSession, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self.window = window
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, _note_signal) for sig in ENDING_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        app.commitDataRequest.connect(self._commit_data)
        app.aboutToQuit.connect(self._save)

    @Slot()
    def _on_wakeup(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            data = self._reader.recv(64)
            self.received.extend(data)
        if any(sig in ENDING_SIGNALS for sig in self.received):
            self._notifier.setEnabled(False)  # once is enough; a second SIGTERM while closing changes nothing
            self.window.end_session()

    @Slot(QSessionManager)
    def _commit_data(self, _manager: QSessionManager) -> None:
        self.window.save_pending()

    @Slot()
    def _save(self) -> None:
        self.window.save_pending()

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers (tests build more than one window)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()


def _note_signal(_signum: int, _frame: object) -> None:
    """Python calls this later; the wake-up byte has already reached the event loop."""
