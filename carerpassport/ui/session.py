"""Session hygiene: lock after idle time, lock when the screen locks, clear copied secrets.

* :class:`InactivityTimer` — KeePassXC's ``core/InactivityTimer`` idea: an event filter sees every key
  press, click and wheel turn; when none comes for the set minutes it emits ``inactive``. Mouse *moves*
  count too, but only restart the timer every few seconds (moving the mouse on a big screen sends
  hundreds of events).
* Both watchers filter the app's top-level *windows* (:class:`WindowInputFilter`), not the application:
  input from the desktop arrives at a window before Qt hands it to a widget, so that is enough, and an
  application-wide filter written in Python is called for every event of every widget (layout, polish,
  paint...), which made building and showing the editor's cards about 30 % slower.
* :class:`ScreenLockWatcher` — best effort, since Qt has no portable "screen locked" signal. What works:
  on Linux desktops that publish ``org.freedesktop.ScreenSaver.ActiveChanged(bool)`` (KDE, Xfce, and
  most freedesktop screen lockers) or ``org.gnome.ScreenSaver.ActiveChanged(bool)`` (GNOME) on the
  session D-Bus, we lock at once. On Windows and macOS Qt reports nothing for a screen lock; there the
  idle timer is what locks. (``QGuiApplication.applicationStateChanged`` only says the app lost focus,
  which happens on every Alt+Tab, so it is not used to lock.)
* :class:`LockKeys` — Ctrl+L locks from anywhere in the app. The window's own Ctrl+L shortcut is
  blocked while one of its dialogs is open (Qt does not deliver a window's shortcuts under a modal
  dialog), and that is exactly when someone may need to hide the screen quickly.
* :class:`ClipboardGuard` — text the app copies (the recovery code) is marked as a secret for
  clipboard managers and cleared after 30 seconds if it is still on the clipboard (KeePassXC's
  ``gui/Clipboard.cpp``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QKeyCombination, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.Shortcut,
})
MOVE_EVENTS = frozenset({QEvent.Type.MouseMove, QEvent.Type.HoverMove})
MOVE_RESOLUTION_MS = 5_000
CLIPBOARD_CLEAR_SECONDS = 30


class WindowInputFilter(QObject):
    """An event filter on every top-level window of the app while active: the windows there are when it
    starts, and each window that gets the focus later (a dialog opening, say)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: list[QWindow] = []
        self._watching = False

    def watch_windows(self) -> None:
        """Start filtering the app's windows (idempotent)."""
        app = QGuiApplication.instance()
        if self._watching or not isinstance(app, QGuiApplication):
            return
        self._watching = True
        for window in QGuiApplication.topLevelWindows():
            self._add(window)
        app.focusWindowChanged.connect(self._add)

    def unwatch_windows(self) -> None:
        """Stop filtering every window."""
        if not self._watching:
            return
        self._watching = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._add)
        for window in self._windows:
            if shiboken6.isValid(window):  # not deleted already
                window.removeEventFilter(self)
        self._windows.clear()

    @Slot(QWindow)
    def _add(self, window: QWindow | None) -> None:
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]  # forget closed dialogs' windows
        if window is None or any(window is known for known in self._windows):
            return
        window.installEventFilter(self)
        self._windows.append(window)


class InactivityTimer(WindowInputFilter):
    """Emits ``inactive`` once after ``minutes`` with no input anywhere in the app; 0 minutes = never."""

    inactive = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._since_move = QElapsedTimer()
        self._active = False
        self.minutes = 0
        self.set_minutes(minutes)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time; takes effect from now."""
        self.minutes = max(0, int(minutes))
        self._timer.setInterval(self.minutes * 60_000)
        if self._active:
            self.restart()

    def set_interval_ms(self, msecs: int) -> None:
        """For tests: a shorter idle time than whole minutes."""
        self._timer.setInterval(msecs)
        if self._active:
            self.restart()

    def activate(self) -> None:
        """Start watching (after unlock)."""
        self.watch_windows()
        self._active = True
        self.restart()

    def deactivate(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        self._active = False
        self._timer.stop()
        self.unwatch_windows()

    def restart(self) -> None:
        if self._active and self._timer.interval() > 0:
            self._timer.start()
        else:
            self._timer.stop()
        self._since_move.start()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            self.restart()
        elif kind in MOVE_EVENTS and (not self._since_move.isValid()
                                      or self._since_move.elapsed() > MOVE_RESOLUTION_MS):
            self.restart()
        return False

    @Slot()
    def _timed_out(self) -> None:
        if self._active:
            self.inactive.emit()


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop reports its screen saver / lock became active."""

    screen_locked = Signal()

    SERVICES = (
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = self._connect_dbus()

    def _connect_dbus(self) -> bool:
        """Listen for ActiveChanged on the session bus; False where there is no D-Bus (not an error)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        ok = False
        for path, interface in self.SERVICES:
            ok = bus.connect("", path, interface, "ActiveChanged", self, "1_on_active_changed(bool)") or ok
        return ok

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    def simulate_screen_lock(self) -> None:
        """What a desktop's lock signal does (for tests and for platforms we learn of later)."""
        self._on_active_changed(True)


class LockKeys(WindowInputFilter):
    """Emits ``pressed`` for Ctrl+L typed into any window of the app, while active (after unlock)."""

    pressed = Signal()

    def __init__(self, keys: str = "Ctrl+L", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = keys
        self.keys: QKeyCombination | None = None  # parsed when first active: see activate

    def activate(self) -> None:
        if self.keys is None:
            # Not in __init__: the main window makes this before its first paint, and the first
            # QKeySequence makes PySide6 build its whole Qt namespace (milliseconds of the first frame).
            from PySide6.QtGui import QKeySequence

            self.keys = QKeySequence(self._text)[0]
        self.watch_windows()

    def deactivate(self) -> None:
        self.unwatch_windows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.keyCombination() == self.keys:
            self.pressed.emit()
            return True
        return False


class ClipboardGuard(QObject):
    """Copies secret text and clears it again after a timeout, if nobody copied something else since."""

    SECRET_HINT = "x-kde-passwordManagerHint"

    def __init__(self, seconds: int = CLIPBOARD_CLEAR_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._copied: str | None = None

    def copy_secret(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Clipboard managers (Klipper, GPaste, Windows' history with a similar flag) skip marked secrets.
        mime.setData(self.SECRET_HINT, b"secret")
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self._timer.start(self.seconds * 1000)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we copied (also called on lock and quit)."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
