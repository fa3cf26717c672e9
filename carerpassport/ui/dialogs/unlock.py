"""Unlock: open silently with the keyring key if there is one, otherwise ask for a passphrase or code.

Every attempt runs in the TaskRunner (the keyring may talk to the OS; Argon2id takes ~0.1 s) while a
busy bar shows. Wrong input gets a sentence about the passport ("That passphrase does not open your
passport. Check Caps Lock…", said here, since the vault speaks of a vault), or the vault's own where it
says no more ("That recovery code has a typing mistake…"), and the field is selected so the user can
type again at once. Nothing is written to the vault by a failed attempt.

The keyring attempt starts from the event loop, after the caller has connected ``unlocked`` (with the
synchronous runner of the tests it would otherwise finish inside the constructor, unheard). Closing the
dialog while an attempt runs is allowed; a vault that opens after that is closed again at once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.ui.collector import freeze_long_lived
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.vault.errors import LockedError, WrongKeyError
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import PASSPHRASE, KeySlotFile, RecoveryCode
from carerpassport.vault.store import VaultPaths

translate = QCoreApplication.translate


def as_recovery_code(text: str) -> str | None:
    """The recovery code in ``text`` however it was typed (any case; hyphens, dashes, spaces, tabs or no
    separators), or None when ``text`` is not a code with matching check letters (then it is a passphrase,
    or a mistyped code)."""
    if not RecoveryCode.looks_like(text):
        return None
    try:
        return str(RecoveryCode.parse(text))
    except (PassportError, ValueError):
        return None


class UnlockDialog(QDialog):
    """Emits ``unlocked(PassportApp)`` and accepts once the vault is open; ``quit_requested`` on Quit."""

    unlocked = Signal(object)
    quit_requested = Signal()
    error_label: QLabel  # made after the field whose edits clear it

    def __init__(self, data_dir: Path, keyring: KeyringStore | None, runner: TaskRunner,
                 parent: QWidget | None = None, *, try_keyring: bool = True, reason: str = "") -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.keyring = keyring
        self.runner = runner
        self._gui_thread = threading.get_ident()  # the worker that opens the vault hands its connection here
        self.app: PassportApp | None = None
        self.attempts = 0
        self._cancelled = False
        self.setWindowTitle(translate("UnlockDialog", "Unlock — Carer's Passport"))
        self.setAccessibleName(translate("UnlockDialog", "Unlock your Carer's Passport"))
        self.setAccessibleDescription(translate(
            "UnlockDialog", "Type your passphrase or your recovery code to open your passport."))
        self.setMinimumWidth(480)
        self._build(reason)
        if try_keyring and keyring is not None:
            self._set_busy(True, translate("UnlockDialog", "Opening your passport…"))
            QTimer.singleShot(0, lambda: runner.run(self._open_with_keyring, self._opened, self._keyring_failed))
        else:
            self._set_busy(False)

    def _build(self, reason: str) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(translate("UnlockDialog", "Your passport is locked"))
        set_role(title, "heading")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        set_role(self.reason_label, "hint")
        layout.addWidget(self.reason_label)
        self.prompt = QLabel(translate(
            "UnlockDialog", "Type your &passphrase, or your recovery code (six groups like ABCDE-FGHIJ-…):"))
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.secret_field = QLineEdit()
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_field.setAccessibleName(translate("UnlockDialog", "Passphrase or recovery code"))
        self.secret_field.setAccessibleDescription(translate(
            "UnlockDialog", "Your passphrase, or the recovery code you kept when you "
                                                   "set up the passport. Press Enter to unlock."))
        self.prompt.setBuddy(self.secret_field)
        self.secret_field.returnPressed.connect(self.try_unlock)
        self.secret_field.textEdited.connect(lambda _: self.error_label.setText(""))
        layout.addWidget(self.secret_field)
        self.show_box = QCheckBox(translate("UnlockDialog", "&Show what I type"))
        self.show_box.setAccessibleName(translate("UnlockDialog", "Show what I type"))
        self.show_box.setAccessibleDescription(translate("UnlockDialog", "Shows the passphrase or code as plain text."))
        self.show_box.toggled.connect(self._show)
        layout.addWidget(self.show_box)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("UnlockDialog", "Why it did not open"))
        set_role(self.error_label, "error")
        layout.addWidget(self.error_label)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(translate("UnlockDialog", "Unlocking"))
        self.busy.setAccessibleDescription(translate("UnlockDialog", "Busy: checking the passphrase or code."))
        self.busy_label = QLabel("")
        set_role(self.busy_label, "hint")
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.quit_button = QPushButton(translate("UnlockDialog", "&Quit"))
        self.quit_button.setAccessibleName(translate("UnlockDialog", "Quit"))
        self.quit_button.setAccessibleDescription(translate(
            "UnlockDialog", "Close Carer's Passport without unlocking."))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._quit)
        self.unlock_button = QPushButton(translate("UnlockDialog", "&Unlock"))
        self.unlock_button.setAccessibleName(translate("UnlockDialog", "Unlock"))
        self.unlock_button.setAccessibleDescription(translate(
            "UnlockDialog", "Open your passport with what you typed."))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)

    # --- unlocking -------------------------------------------------------------------------------
    def _open_with_keyring(self) -> PassportApp:
        return _opened_and_read(PassportApp.open(self.data_dir, keyring=self.keyring), self._gui_thread)

    @Slot(object)
    def _keyring_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, LockedError):
            self._show_error(exc)

    @Slot()
    def try_unlock(self) -> None:
        secret = self.secret_field.text()
        if self.runner.busy and self.busy.isVisible():
            return
        if not secret.strip():
            self.error_label.setText(translate("UnlockDialog", "Type your passphrase or recovery code first."))
            self.adjustSize()  # the new line needs the room (as in _show_error)
            self.secret_field.setFocus()
            return
        self.attempts += 1
        data_dir, keyring, code = self.data_dir, self.keyring, as_recovery_code(secret)
        self._set_busy(True, translate("UnlockDialog", "Checking…"))
        # A code is tried only as a code, so a wrong one gets the recovery code's message, not Caps Lock's.
        passphrase = None if code is not None else secret
        gui_thread = self._gui_thread
        self.runner.run(lambda: _opened_and_read(_open_typed(data_dir, passphrase, code, keyring), gui_thread),
                        self._opened, self._failed)

    @Slot(object)
    def _opened(self, app: object) -> None:
        assert isinstance(app, PassportApp)
        if self._cancelled:  # closed while the attempt ran: nobody is waiting for the open vault
            app.close()
            return
        self.app = app
        self.secret_field.clear()
        self._set_busy(False)
        self.accept()
        self.unlocked.emit(app)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, WrongSecret):
            text = wrong_secret_sentence(exc.case)
        else:
            text = failure_sentence(exc, translate("UnlockDialog", "The passport could not be opened."))
        self.error_label.setText(text)
        self.adjustSize()  # a wrapped message needs the room; without this it is cut off
        self.secret_field.setFocus()
        self.secret_field.selectAll()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(text if busy else "")
        self.busy_label.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.secret_field.setEnabled(not busy)
        if not busy:
            self.secret_field.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _quit(self) -> None:
        self.reject()
        self.quit_requested.emit()

    def reject(self) -> None:
        self._cancelled = True
        self.secret_field.clear()
        super().reject()

    @Slot(bool)
    def _show(self, on: bool) -> None:
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)


class WrongSecret(Exception):
    """What was typed does not open the vault; ``case`` says which sentence fits: ``"code"`` (a valid recovery
    code that is not this passport's), ``"passphrase"`` or ``"no passphrase"`` (the passport has none)."""

    def __init__(self, case: str) -> None:
        super().__init__(case)
        self.case = case


def wrong_secret_sentence(case: str) -> str:
    """The unlock dialog's sentence for a :class:`WrongSecret`: the vault's own speak of "this vault", and the
    person at the screen knows it as their passport."""
    if case == "code":
        return translate("UnlockDialog", "That recovery code does not open your passport. Check it is the code shown "
                         "when your passport was created (a new code replaces the old one).")
    if case == "no passphrase":
        return translate("UnlockDialog", "Your passport has no passphrase set. Unlock it with your recovery code.")
    return translate("UnlockDialog", "That passphrase does not open your passport. Check Caps Lock and try again, "
                     "or use your recovery code.")


def _open_typed(data_dir: Path, passphrase: str | None, code: str | None,
                keyring: KeyringStore | None) -> PassportApp:
    """In the worker: open with what was typed; a wrong secret becomes a :class:`WrongSecret` saying which, except
    a mistyped recovery code, whose own sentence (which group, the check letters) says more."""
    try:
        return PassportApp.open(data_dir, passphrase=passphrase, recovery_code=code, keyring=keyring)
    except WrongKeyError:
        if code is not None:
            raise WrongSecret("code") from None
        if passphrase is None or RecoveryCode.looks_like(passphrase):
            raise
        try:
            has_passphrase = PASSPHRASE in KeySlotFile.load(VaultPaths(data_dir).keyslots).slots
        except PassportError:
            has_passphrase = True
        raise WrongSecret("passphrase" if has_passphrase else "no passphrase") from None


def _opened_and_read(app: PassportApp, gui_thread: int) -> PassportApp:
    """In the worker: read ahead what the first pages show and hand the warm connection to the GUI thread,
    so showing them costs the GUI thread less; then take what is loaded out of the garbage collector's
    sight, so its next full collection does not pause the first pages (see :mod:`carerpassport.ui.collector`)."""
    try:
        app.editing.read_ahead(for_thread=gui_thread)
    except Exception:
        app.close()
        raise
    freeze_long_lived()
    return app
