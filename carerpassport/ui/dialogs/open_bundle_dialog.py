"""Open an encrypted copy (``.passport.age``): check it, say who sent it, then import it when the user agrees.

Opening decrypts and verifies everything and writes nothing. The sender's state is stated, never decided
silently: an unknown sender needs a tick ("I compared the fingerprint"), a sender whose certificate changed
is refused. Your own passport coming back countersigned goes through the countersigned checks (with their
own decisions); anyone else's passport is kept in "Passports you hold", waiting for your countersignature.

It says up front what an encrypted copy is and what opening one needs: this vault's own key is used by
itself, and the passphrase box is there from the start (and says so once the chosen file is locked with a
passphrase), never revealed only after an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.exchange.age_files import PassphraseRequiredError
from carerpassport.exchange.bundle import BUNDLE_SUFFIX, SENDER_CHANGED, SENDER_UNKNOWN, BundleImport, OpenedBundle
from carerpassport.ui.dialogs.working_dialog import WorkingDialog
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.warm_up import warm_pdf_modules_in_background
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible, title_window
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow

if TYPE_CHECKING:  # pyHanko: the checking worker imports it; opening the dialog must not (GUI thread, ~1 s)
    from carerpassport.exchange.countersigned_import import CountersignedImport

translate = QCoreApplication.translate

EXPLANATION = QT_TRANSLATE_NOOP(
    "OpenBundleDialog", "An encrypted copy (a .passport.age file) is a passport sealed so that only the people it "
    "was made for can open it: inside are the signed PDF and the passport's data, and the sender's identity card. "
    "Nothing is stored until you choose Import; first it is checked: who sent it, and that nothing was changed.")
NEEDS_UNKNOWN = QT_TRANSLATE_NOOP(
    "OpenBundleDialog", "To open it: a copy sent to your identity card opens with this app's own key, by itself. A "
    "copy the sender locked with a passphrase needs that passphrase: type it above.")
NEEDS_KEY = QT_TRANSLATE_NOOP(
    "OpenBundleDialog", "This copy was encrypted to identity cards: this app uses your own card's key by itself. "
    "Choose Check.")
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "OpenBundleDialog", "This copy is locked with a passphrase: type the passphrase the sender gave you (by phone or "
    "in person), then choose Check.")


def _checkbox(parent: QWidget, text: str, description: str) -> QCheckBox:
    box = QCheckBox(text, parent)
    set_accessible(box, text.replace("&", ""), description)
    box.setVisible(False)
    return box


class OpenBundleDialog(WorkingDialog):
    """Choose a bundle, see what it is and who sent it, and import it."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        warm_pdf_modules_in_background()  # pyHanko loads while the person chooses a file
        self.opened: OpenedBundle | None = None
        self.countersigned: CountersignedImport | None = None
        self.result_: BundleImport | None = None
        title_window(self, translate("OpenBundleDialog", "Open an encrypted copy"),
                     translate("OpenBundleDialog", "Check an encrypted passport file and import it."))
        self.resize(680, 560)
        layout = QVBoxLayout(self)
        self.explanation = hint_label(translate("OpenBundleDialog", EXPLANATION), self)
        layout.addWidget(self.explanation)
        chooser = FileChooserRow(
            self, button_text=translate("OpenBundleDialog", "&Browse…"),
            button_name=translate("OpenBundleDialog", "Choose the file"),
            button_description=translate("OpenBundleDialog", "Open a file chooser."),
            path_name=translate("OpenBundleDialog", "Encrypted file"),
            path_description=translate("OpenBundleDialog", "The .passport.age file you were sent."), editable=True)
        self.file = chooser.path
        chooser.button.clicked.connect(self._browse)
        layout.addWidget(chooser)
        self.passphrase_label = QLabel(translate("OpenBundleDialog", "Pass&phrase, if the sender locked it with one:"),
                                       self)
        layout.addWidget(self.passphrase_label)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        set_accessible(self.passphrase, translate("OpenBundleDialog", "Passphrase"), translate(
            "OpenBundleDialog", "Only for a copy locked with a passphrase: the one the sender gave you (by phone or in "
            "person). Leave it empty for a copy encrypted to your card."))
        self.passphrase_label.setBuddy(self.passphrase)
        layout.addWidget(self.passphrase)
        self.needs = hint_label(translate("OpenBundleDialog", NEEDS_UNKNOWN), self)
        set_accessible(self.needs, translate("OpenBundleDialog", "What this file needs"),
                       translate("OpenBundleDialog", NEEDS_UNKNOWN))
        layout.addWidget(self.needs)
        self.details = read_only_text(translate("OpenBundleDialog", "What the file holds"), translate(
            "OpenBundleDialog", "Who sent it, whether it is intact, and which passport it is."), self)
        layout.addWidget(self.details, 1)
        self.trust_sender = _checkbox(
            self, translate("OpenBundleDialog", "I compared the sender's &fingerprint with them; trust them"),
            translate("OpenBundleDialog", "Needed the first time someone sends you a file."))
        self.trust_manager = _checkbox(
            self, translate("OpenBundleDialog", "I compared my &manager's fingerprint with them; trust it"),
            translate("OpenBundleDialog", "Needed the first time your manager countersigns."))
        self.accept_external = _checkbox(
            self, translate("OpenBundleDialog", "I checked the copy signed in another PDF reader; &accept it"),
            translate("OpenBundleDialog", "Needed when the manager's reader changed more than the form."))
        for box in (self.trust_sender, self.trust_manager, self.accept_external):
            box.toggled.connect(lambda _on: self._update())
            layout.addWidget(box)
        self._add_status_area(layout, translate("OpenBundleDialog", "Close without importing."))
        self.check_button = self.buttons.addButton(translate("OpenBundleDialog", "&Check"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.check_button, translate("OpenBundleDialog", "Check the file"),
                       translate("OpenBundleDialog", "Decrypt and verify it; nothing is stored yet."))
        self.import_button = self.buttons.addButton(translate("OpenBundleDialog", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        set_accessible(self.import_button, translate("OpenBundleDialog", "Import"),
                       translate("OpenBundleDialog", "Store it in your vault."))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.import_it)
        self.file.textChanged.connect(lambda _text: self._file_changed())
        self._update()

    def _browse(self) -> None:
        path = open_file(self, "bundles", translate("OpenBundleDialog", "Open an encrypted copy"), translate(
            "OpenBundleDialog", "Encrypted passports (*{suffix} *.age);;All files (*)").format(suffix=BUNDLE_SUFFIX))
        if path:
            self.file.setText(str(path))

    def _file_changed(self) -> None:
        self._reset()
        text = self.file.text().strip()
        path = Path(text) if text else None
        if path is None or not path.is_file():
            self._say_needs(NEEDS_UNKNOWN)
            return
        # The header only (a few hundred bytes of a small file): what this copy needs, before Check.
        try:
            locked = self.app.bundles.locked_with_passphrase(path)
        except (PassportError, OSError):
            self._say_needs(NEEDS_UNKNOWN)  # Check says what is wrong with it, in full
            return
        self._say_needs(NEEDS_PASSPHRASE if locked else NEEDS_KEY)
        if locked:
            self.passphrase.setFocus()

    def _say_needs(self, needs: str) -> None:
        text = translate("OpenBundleDialog", needs)
        self.needs.setText(text)
        self.needs.setAccessibleDescription(text)

    def _reset(self) -> None:
        self.opened = None
        self.countersigned = None
        self.details.clear()
        for box in (self.trust_sender, self.trust_manager, self.accept_external):
            box.setChecked(False)
            box.setVisible(False)
        self._update()

    def _secret(self) -> str | None:
        return self.passphrase.text() or None

    def _update(self) -> None:
        busy = self.progress.isVisible()
        self.check_button.setEnabled(bool(self.file.text().strip()) and not busy)
        ready = self.opened is not None and self.opened.sender_state != SENDER_CHANGED and not busy
        for box in (self.trust_sender, self.trust_manager, self.accept_external):
            ready = ready and (box.isChecked() or box.isHidden())
        self.import_button.setEnabled(ready)

    # --- checking ----------------------------------------------------------------------------------
    def check(self) -> None:
        """Decrypt and verify off the GUI thread (a passphrase file takes a second or two)."""
        path, passphrase = Path(self.file.text().strip()), self._secret()
        self._reset()
        self._busy(translate("OpenBundleDialog", "Checking…"))
        self.runner.run(lambda: self._inspect(path, passphrase), on_done=self._checked, on_error=self._failed)

    def _inspect(self, path: Path, passphrase: str | None) -> tuple[OpenedBundle, CountersignedImport | None]:
        opened = self.app.bundles.open_bundle(path, passphrase=passphrase)
        countersigned = None
        if opened.own_passport:
            countersigned = self.app.countersigning.inspect_countersigned(opened.verified.pdf, str(path))
        return opened, countersigned

    def _checked(self, found: tuple[OpenedBundle, CountersignedImport | None]) -> None:
        self.opened, self.countersigned = found
        opened = self.opened
        lines = list(opened.summary())
        if self.countersigned is not None:
            lines += ["", translate("OpenBundleDialog", "Your passport, countersigned:"), *self.countersigned.summary()]
            self.trust_manager.setVisible(self.countersigned.needs_trust)
            self.accept_external.setVisible(self.countersigned.needs_external_acceptance)
        elif not opened.own_passport:
            lines += ["", translate("OpenBundleDialog", "This is {name}'s passport; importing keeps it in Passports "
                                          "you hold, waiting for your countersignature.").format(
                name=opened.sender.name)
                      if opened.sender.name else translate(
                          "OpenBundleDialog", "This is someone's passport; importing keeps it in Passports you hold, "
                          "waiting for your countersignature.")]
        self.details.setPlainText("\n".join(lines))
        self.trust_sender.setVisible(opened.sender_state == SENDER_UNKNOWN)
        if opened.sender_state == SENDER_CHANGED:
            self._idle(translate("OpenBundleDialog", "Not safe to import: the sender's certificate is not the one you "
                                 "trusted for them. Check with them in person first."), "error")
        else:
            self._idle(translate("OpenBundleDialog", "Checked: intact and readable. Nothing is stored until you choose "
                                 "Import."))

    # --- importing ---------------------------------------------------------------------------------
    def import_it(self) -> None:
        path, passphrase = Path(self.file.text().strip()), self._secret()
        options = {"trust_sender": self.trust_sender.isChecked(), "trust_new_manager": self.trust_manager.isChecked(),
                   "accept_external": self.accept_external.isChecked()}
        self._busy(translate("OpenBundleDialog", "Importing…"))
        self.runner.run(lambda: self.app.bundles.import_bundle(path, passphrase=passphrase, **options),
                        on_done=self._imported, on_error=self._failed)

    def _imported(self, result: BundleImport) -> None:
        self.result_ = result
        self.opened = None
        if result.route == "received":
            self._idle(translate("OpenBundleDialog", "Kept {name}'s passport in Passports you hold, waiting for your "
                                 "countersignature. Open it there to read and countersign it.").format(
                name=result.opened.sender.name))
        else:
            self._idle(translate("OpenBundleDialog", "Recorded your passport as agreed by both."))

    # --- state -------------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PassphraseRequiredError):
            self._say_needs(NEEDS_PASSPHRASE)
            self.passphrase.setFocus()
        self._idle(failure_sentence(exc, translate("OpenBundleDialog", "The file could not be checked.")), "error")
