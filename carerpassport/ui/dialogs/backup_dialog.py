"""Back up the whole vault to one encrypted file, and restore it (on this computer or a new one).

A backup is locked with your recovery code (typed here: it is not stored anywhere) or with a passphrase.
Restoring over an existing vault asks first, and keeps the old folder, renamed, beside the new one.
Backups, restores and passphrase encryption (1-2 s of scrypt) run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.exchange.backup import BACKUP_SUFFIX, BackupResult, RestoreResult
from carerpassport.exchange.passphrase_strength import MIN_BITS, MIN_LENGTH, estimate, generate_passphrase
from carerpassport.ui.dialogs.send_bundle_dialog import strength_word
from carerpassport.ui.dialogs.working_dialog import WorkingDialog
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file, save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow

translate = QCoreApplication.translate


class _SecretChoice(QWidget):
    """Recovery code or passphrase, with a strength line (and "Generate") for a new passphrase."""

    def __init__(self, parent: QWidget, *, new_passphrase: bool) -> None:
        super().__init__(parent)
        self.new_passphrase = new_passphrase
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(self)
        self.by_code = QRadioButton(translate("BackupDialog", "My &recovery code"), self)
        set_accessible(self.by_code, translate("BackupDialog", "Use my recovery code"),
                       translate("BackupDialog", "The code shown when the vault was created."))
        self.by_passphrase = QRadioButton(translate("BackupDialog", "A pass&phrase"), self)
        set_accessible(self.by_passphrase, translate("BackupDialog", "Use a passphrase"), translate(
            "BackupDialog", "A passphrase for this backup only.") if new_passphrase else translate(
            "BackupDialog", "The passphrase the backup was locked with."))
        group.addButton(self.by_code)
        group.addButton(self.by_passphrase)
        self.code = QLineEdit(self)
        set_accessible(self.code, translate("BackupDialog", "Recovery code"),
                       translate("BackupDialog", "Six groups of five letters and digits, like ABCDE-FGHIJ-…"))
        self.code.setPlaceholderText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345")
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        set_accessible(self.passphrase, translate("BackupDialog", "Passphrase"), self._needs() if new_passphrase
                       else translate("BackupDialog", "The backup's passphrase."))
        layout.addWidget(self.by_code)
        layout.addWidget(self.code)
        layout.addWidget(self.by_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        self.generate_button = QPushButton(translate("BackupDialog", "&Generate"), self)
        set_accessible(self.generate_button, translate("BackupDialog", "Generate a passphrase"),
                       translate("BackupDialog", "Make a strong random passphrase and show it."))
        self.generate_button.setVisible(new_passphrase)
        self.generate_button.clicked.connect(self.generate)
        row.addWidget(self.generate_button)
        layout.addLayout(row)
        self.strength = status_label(self, translate("BackupDialog", "Passphrase strength"))
        layout.addWidget(self.strength)
        self.by_code.setChecked(True)

    @staticmethod
    def _needs() -> str:
        return translate("BackupDialog", "At least {length} characters and about {bits} bits.").format(
            length=MIN_LENGTH, bits=MIN_BITS)

    def generate(self) -> None:
        self.by_passphrase.setChecked(True)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
        self.passphrase.setText(generate_passphrase())

    def refresh(self) -> bool:
        """Enable the right field, update the strength line; True when what is typed can be used."""
        by_passphrase = self.by_passphrase.isChecked()
        self.code.setEnabled(not by_passphrase)
        self.passphrase.setEnabled(by_passphrase)
        if not by_passphrase:
            self.strength.setText("")
            return bool(self.code.text().strip())
        text = self.passphrase.text()
        if not self.new_passphrase:
            return bool(text)
        strength = estimate(text)
        #: {strength} is the strength's word (weak, fair, strong…).
        self.strength.setText(translate("BackupDialog", "Strength: {strength} (about {bits} bits).").format(
            strength=strength_word(strength.label), bits=strength.bits) if text else self._needs())
        set_role(self.strength, "hint" if strength.acceptable or not text else "error")
        return strength.acceptable

    def secrets(self) -> tuple[str | None, str | None]:
        """(recovery code, passphrase): one of them set."""
        if self.by_passphrase.isChecked():
            return None, self.passphrase.text()
        return self.code.text().strip(), None


class _OneButtonDialog(WorkingDialog):
    """A working dialog with one main button beside Close."""

    def _finish_layout(self, layout: QVBoxLayout, button_text: str, description: str) -> None:
        self._add_status_area(layout, translate("BackupDialog", "Close this window."))
        self.main_button = self.buttons.addButton(button_text, QDialogButtonBox.ButtonRole.AcceptRole)
        set_accessible(self.main_button, button_text.replace("&", "").rstrip("…"), description)


class BackupDialog(_OneButtonDialog):
    """Back up the whole vault to an encrypted file."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.result_: BackupResult | None = None
        title_window(self, translate("BackupDialog", "Back up my vault"),
                     translate("BackupDialog", "Save an encrypted copy of everything in your vault."))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "BackupDialog", "The backup holds every version of your passport, your log and your signing identity. It "
            "is encrypted: lock it with your recovery code, or with a passphrase you keep safe. Keep it somewhere "
            "other than this computer."), self))
        self.secret = _SecretChoice(self, new_passphrase=True)
        layout.addWidget(self.secret)
        self._finish_layout(layout, translate("BackupDialog", "&Save backup…"),
                            translate("BackupDialog", "Choose where to save the backup file."))
        self.main_button.clicked.connect(self._ask_where)
        for signal in (self.secret.code.textChanged, self.secret.passphrase.textChanged):
            signal.connect(lambda _text: self._update())
        self.secret.by_code.toggled.connect(lambda _on: self._update())
        self._update()

    def _update(self) -> None:
        self.main_button.setEnabled(self.secret.refresh() and not self.progress.isVisible())

    def _ask_where(self) -> None:
        #: The suggested file name, without its ending (.backup.age).
        path = save_file(self, "backups", translate("BackupDialog", "Save the backup"),
                         translate("BackupDialog", "passport vault") + BACKUP_SUFFIX,
                         translate("BackupDialog", "Vault backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        """Write the backup to ``path`` off the GUI thread."""
        code, passphrase = self.secret.secrets()
        self._busy(translate("BackupDialog", "Backing up…"))
        self.runner.run(lambda: self.app.backups.backup(path, recovery_code=code, passphrase=passphrase),
                        on_done=self._done, on_error=self._failed)

    def _done(self, result: BackupResult) -> None:
        self.result_ = result
        counts = result.counts
        self._idle(translate("BackupDialog", "Saved to {path}. Versions: {revisions}; log entries: {events}; "
                             "stored files: {attachments}.").format(path=result.path, revisions=counts["revisions"],
                                                            events=counts["events"], attachments=counts["attachments"]))

    def _failed(self, exc: BaseException) -> None:
        self._idle(translate("BackupDialog", "Not backed up: {reason}").format(reason=failure_sentence(
            exc, translate("BackupDialog", "the backup could not be written."))), "error")


def replace_box(parent: QWidget | None, data_dir: Path) -> QMessageBox:
    """The question :func:`ask_to_replace` asks, with our Yes and No (No the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("RestoreDialog", "Replace your vault?"), translate(
        "RestoreDialog", "There is already a vault in {folder}. Restoring replaces it with the backup. The current "
        "vault is not deleted: it is kept, renamed, in the same folder.\n\nReplace it?").format(folder=data_dir),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("RestoreDialog", "&Yes"))
    box.button(QMessageBox.StandardButton.No).setText(translate("RestoreDialog", "&No"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def ask_to_replace(parent: QWidget, data_dir: Path) -> bool:
    """Ask before a restore replaces the vault in ``data_dir``."""
    box = replace_box(parent, data_dir)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


class RestoreDialog(_OneButtonDialog):
    """Restore a vault from a backup; ``restored(RestoreResult)`` fires when done.

    Opened from the first-run screen it gets the data folder (``RestoreDialog(folder, runner)``). Opened
    from the main window it gets the open app (``RestoreDialog(app, runner, window)``): then, after the
    user confirms, it emits ``closing_vault`` (save any pending edit now), closes that vault, restores, and
    asks the window to lock (``window.lock(reason)``) so the restored vault is unlocked afresh.
    """

    restored = Signal(object)
    closing_vault = Signal()

    def __init__(self, app_or_folder: PassportApp | Path, runner: TaskRunner, parent: QWidget | None = None, *,
                 confirm_replace: Callable[[QWidget, Path], bool] = ask_to_replace) -> None:
        super().__init__(parent)
        self.app: PassportApp | None = None
        if isinstance(app_or_folder, PassportApp):
            self.app, self.data_dir = app_or_folder, app_or_folder.data_dir
        else:
            self.data_dir = Path(app_or_folder)
        self.runner = runner
        self.confirm_replace = confirm_replace
        self.result_: RestoreResult | None = None
        self._closed_window_vault = False
        title_window(self, translate("RestoreDialog", "Restore from a backup"),
                     translate("RestoreDialog", "Put your vault back from an encrypted backup file."))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "RestoreDialog", "Restore into {folder}. You need the backup file and the recovery code (or passphrase) it "
            "was locked with.").format(folder=self.data_dir), self))
        chooser = FileChooserRow(
            self, button_text=translate("RestoreDialog", "&Browse…"),
            button_name=translate("RestoreDialog", "Choose the backup file"),
            button_description=translate("RestoreDialog", "Open a file chooser."),
            path_name=translate("RestoreDialog", "Backup file"),
            path_description=translate("RestoreDialog", "The .backup.age file to restore from."), editable=True)
        self.file = chooser.path
        chooser.button.clicked.connect(self._browse)
        layout.addWidget(chooser)
        self.secret = _SecretChoice(self, new_passphrase=False)
        layout.addWidget(self.secret)
        self._finish_layout(layout, translate("RestoreDialog", "&Restore"),
                            translate("RestoreDialog", "Check the backup and put the vault back."))
        self.main_button.clicked.connect(self.start)
        for signal in (self.file.textChanged, self.secret.code.textChanged, self.secret.passphrase.textChanged):
            signal.connect(lambda _text: self._update())
        self.secret.by_code.toggled.connect(lambda _on: self._update())
        self._update()

    def _update(self) -> None:
        ok = self.secret.refresh() and bool(self.file.text().strip())
        self.main_button.setEnabled(ok and not self.progress.isVisible())

    def _browse(self) -> None:
        path = open_file(self, "backups", translate("RestoreDialog", "Choose the backup"),
                         translate("RestoreDialog", "Vault backups (*{suffix});;All files (*)").format(
                             suffix=BACKUP_SUFFIX))
        if path:
            self.file.setText(str(path))

    def start(self) -> None:
        """Ask before replacing an existing vault, then restore off the GUI thread."""
        occupied = self.data_dir.exists() and any(self.data_dir.iterdir())
        if occupied and not self.confirm_replace(self, self.data_dir):
            self._idle(translate("RestoreDialog", "Nothing was changed."))
            return
        code, passphrase = self.secret.secrets()
        source = Path(self.file.text().strip())
        if self.app is not None:  # the vault being replaced is open in this window: close it first
            self.closing_vault.emit()
            self.runner.wait()
            self.app.close()
            self.app = None
            self._closed_window_vault = True
        self._busy(translate("RestoreDialog", "Checking and restoring…"))
        self.runner.run(lambda: PassportApp.restore(self.data_dir, source, recovery_code=code,
                                                    passphrase=passphrase, force=occupied),
                        on_done=self._done, on_error=self._failed)

    def _done(self, result: RestoreResult) -> None:
        self.result_ = result
        counts = result.manifest.counts
        text = translate("RestoreDialog", "Restored. Versions: {revisions}; log entries: {events}; backup made "
                         "{created}.").format(revisions=counts.get("revisions", 0), events=counts.get("events", 0),
                                              created=result.manifest.created)
        if result.moved_aside is not None:
            text += " " + translate("RestoreDialog", "Your previous vault is kept in {folder}.").format(
                folder=result.moved_aside)
        self._idle(text)
        self.restored.emit(result)
        self._hand_back_to_window(translate("RestoreDialog", "Your vault was restored from a backup. Unlock it to "
                                                             "continue."))

    def _failed(self, exc: BaseException) -> None:
        self._idle(translate("RestoreDialog", "Not restored: {reason}").format(reason=failure_sentence(
            exc, translate("RestoreDialog", "the backup could not be restored."))), "error")
        self._hand_back_to_window(translate("RestoreDialog", "Nothing was restored; your vault is unchanged. Unlock it "
                                                             "to continue."))

    def _hand_back_to_window(self, reason: str) -> None:
        """If this dialog closed the window's vault, have the window lock (and so ask to unlock again)."""
        window = self.parentWidget()
        if self._closed_window_vault and window is not None and hasattr(window, "lock"):
            QTimer.singleShot(0, lambda: window.lock(reason))
