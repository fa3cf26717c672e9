"""The way in, before a vault is open: first run, unlock, or restore from a backup on a new computer.

One small object owns whichever of those dialogs is showing, so the main window only hears
``opened(PassportApp)`` (show the passport), ``setup_cancelled`` (no passport was made) and
``quit_requested`` (the person chose Quit on the unlock screen).

Finding the data folder and the keyring loads the vault and exchange code (about a second of imports:
cryptography, pyHanko, reportlab), so :meth:`start` does that in a worker while the first window is
already on the screen.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.session import ClipboardGuard
from carerpassport.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from carerpassport.vault.keyring_store import KeyringStore

translate = QCoreApplication.translate


def delete_when_idle(widget: QObject, runner: TaskRunner) -> None:
    """``deleteLater`` once no worker may still report to ``widget`` (a job's callback is a method of it)."""
    if not runner.busy:
        widget.deleteLater()
        return

    def idle(busy: bool) -> None:
        if not busy:
            runner.busy_changed.disconnect(idle)
            widget.deleteLater()

    runner.busy_changed.connect(idle)


def preload_modules() -> None:
    """Import what unlocking will need next (the dialogs and the pages), so the GUI thread does not."""
    from carerpassport.ui.menu_specs import VIEWS

    for name in ("carerpassport.ui.dialogs.unlock", "carerpassport.ui.dialogs.first_run",
                 "carerpassport.ui.widgets.due_banner", *(spec.module for spec in VIEWS)):
        with contextlib.suppress(ImportError):  # a broken build is reported when the page is shown
            importlib.import_module(name)


class UnlockFlow(QObject):
    """Shows first run, unlock or restore over ``window``; ``dialog`` is the one showing, if any."""

    opened = Signal(object)
    setup_cancelled = Signal()
    quit_requested = Signal()
    start_failed = Signal(str)

    def __init__(self, window: QWidget, runner: TaskRunner, clipboard: ClipboardGuard, *,
                 data_dir: Path | None = None, keyring: KeyringStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.clipboard = clipboard
        self.data_dir = data_dir
        self.keyring = keyring
        self.dialog: QDialog | None = None

    def start(self) -> None:
        """First run if there is no vault yet, else unlock (the keyring first)."""
        given_dir, given_keyring = self.data_dir, self.keyring

        def find() -> tuple[Path, KeyringStore | None, bool]:  # in a worker: imports only, no widgets
            from carerpassport.app import PassportApp, default_data_dir, default_keyring

            preload_modules()
            if given_dir is None:
                folder = default_data_dir()
                return folder, default_keyring(), PassportApp.exists(folder)
            return given_dir, given_keyring, PassportApp.exists(given_dir)

        self.runner.run(find, self._found, lambda exc: self.start_failed.emit(failure_sentence(exc)))

    @Slot(object)
    def _found(self, found: object) -> None:
        assert isinstance(found, tuple)
        self.data_dir, self.keyring, exists = found
        if exists:
            self.show_unlock()
        else:
            self.show_first_run()

    @property
    def showing(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    # --- the three dialogs ---------------------------------------------------------------------------
    def _ready(self) -> bool:
        """False (and raise what is showing, or look for the vault first) when a dialog cannot open now."""
        if self.showing:
            assert self.dialog is not None
            self.dialog.raise_()
            return False
        if self.data_dir is None:  # still looking for the data folder: it opens the right dialog itself
            return False
        return True

    def show_first_run(self) -> None:
        from carerpassport.ui.dialogs.first_run import FirstRunDialog

        if not self._ready():
            return
        assert self.data_dir is not None
        dialog = FirstRunDialog(self.data_dir, self.keyring, self.runner, self.window, clipboard=self.clipboard)
        dialog.created.connect(self._opened)
        dialog.rejected.connect(lambda: self.show_restore() if dialog.wants_restore else self.setup_cancelled.emit())
        self._show(dialog)

    def show_unlock(self, reason: str = "", *, try_keyring: bool = True) -> None:
        from carerpassport.ui.dialogs.unlock import UnlockDialog

        if not self._ready():
            return
        assert self.data_dir is not None
        dialog = UnlockDialog(self.data_dir, self.keyring, self.runner, self.window, try_keyring=try_keyring,
                              reason=reason)
        dialog.unlocked.connect(self._opened)
        dialog.quit_requested.connect(self.quit_requested)
        self._show(dialog)

    def show_restore(self) -> None:
        """Restore a backup into the (empty) data folder, then unlock the restored passport."""
        from carerpassport.ui.dialogs.backup_dialog import RestoreDialog

        assert self.data_dir is not None
        dialog = RestoreDialog(self.data_dir, self.runner, self.window)
        dialog.restored.connect(lambda result: self._restored(dialog, result))
        dialog.rejected.connect(lambda: self.show_first_run() if dialog.result_ is None else None)
        self._show(dialog)

    # --- outcomes ------------------------------------------------------------------------------------
    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self._menus_usable(False)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self._menus_usable(True)
        delete_when_idle(dialog, self.runner)

    @Slot(object)
    def _opened(self, app: object) -> None:
        self.dialog = None
        self._menus_usable(True)
        self.opened.emit(app)

    def _menus_usable(self, usable: bool) -> None:
        """While first run, unlock or a restore waits, the window's menus cannot be used (the dialog is
        modal): show them greyed out rather than looking usable and doing nothing when clicked."""
        if isinstance(self.window, QMainWindow):
            self.window.menuBar().setEnabled(usable)

    def _restored(self, dialog: QDialog, result: object) -> None:
        manifest = getattr(result, "manifest", None)
        versions = getattr(manifest, "counts", {}).get("revisions") if manifest is not None else None
        dialog.accept()
        if versions:
            #: {count} is the number of saved versions of the passport in the backup.
            text = translate("UnlockFlow", "Your passport was restored from the backup ({count} saved versions). "
                             "Unlock it with your passphrase or recovery code.").format(count=versions)
        else:
            text = translate("UnlockFlow", "Your passport was restored from the backup. Unlock it with your "
                             "passphrase or recovery code.")
        self.show_unlock(text)
