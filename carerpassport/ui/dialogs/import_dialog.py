"""Import the countersigned copy: choose the file, see every check's outcome, then decide explicitly.

The checks (signatures, history, rollback, pins) run off the GUI thread and write nothing. What the
employee must decide is on the record button itself: "Trust … and record" for a new manager
certificate, "Accept … and record" for a copy signed in another PDF reader, and a loud warning when a
manager's certificate differs from the one trusted before. A refused file shows the one-line reason
and the vault is unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.ui.collector import garbage_collected_after
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.warm_up import warm_pdf_modules_in_background
from carerpassport.ui.widgets.accessible import (
    busy_bar,
    hint_label,
    read_only_text,
    set_accessible,
    status_label,
    title_window,
)
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow
from carerpassport.ui.widgets.fingerprint_view import FingerprintView

translate = QCoreApplication.translate

if TYPE_CHECKING:  # pyHanko: imported by the checking worker, never on the GUI thread to open the dialog
    from carerpassport.exchange.countersigned_import import CountersignedImport


class ImportDialog(QDialog):
    """Check a countersigned PDF and, on an explicit choice, record it as agreed by both."""

    #: Emitted with the new revision once the copy is recorded.
    imported = Signal(object)

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.checked: CountersignedImport | None = None
        self.error_text = ""
        title_window(self, translate("ImportDialog", "Import countersigned copy"), translate(
            "ImportDialog", "Check the copy your line manager signed and record it as agreed by both."))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "ImportDialog", "Choose the PDF your line manager countersigned. It is checked before anything is saved: "
            "your signature, that it is a version you exported, and who countersigned it. To be sure it was them, "
            "compare the fingerprint words shown with the ones their app shows them (Help › My identity)."), self))

        chooser = FileChooserRow(
            self, button_text=translate("ImportDialog", "&Choose file…"),
            button_name=translate("ImportDialog", "Choose file"),
            button_description=translate("ImportDialog", "Choose the countersigned PDF to check."),
            path_name=translate("ImportDialog", "Chosen file"),
            path_description=translate("ImportDialog", "The countersigned PDF being checked."),
            placeholder=translate("ImportDialog", "No file chosen"))
        self.path, self.choose = chooser.path, chooser.button
        self.choose.clicked.connect(self._choose)
        layout.addWidget(chooser)

        self.progress = busy_bar(translate("ImportDialog", "Checking"),
                                 translate("ImportDialog", "Shown while the file is checked or recorded."), self)
        layout.addWidget(self.progress)
        self.state = status_label(self, translate("ImportDialog", "Result"),
                                  translate("ImportDialog", "The outcome of the checks."))
        layout.addWidget(self.state)
        #: The manager's certificate in words and groups, with where they find theirs to compare.
        self.fingerprint = FingerprintView(self)
        layout.addWidget(self.fingerprint)
        self.details = read_only_text(translate("ImportDialog", "What the checks found"), translate(
            "ImportDialog", "Who signed, their certificate fingerprints, the manager's comment and which version of "
            "your passport they agreed to."), self, tab_leaves=True)
        layout.addWidget(self.details, 1)

        self.buttons = QDialogButtonBox(self)
        self.record = QPushButton(translate("ImportDialog", "Record as agreed"), self)
        self.record.setEnabled(False)
        set_accessible(self.record, translate("ImportDialog", "Record as agreed"),
                       translate("ImportDialog", "Save this countersigned copy in your vault."))
        self.record.clicked.connect(self._record)
        self.buttons.addButton(self.record, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(translate("ImportDialog", "Cancel"))
        set_accessible(self.close_button, translate("ImportDialog", "Cancel"),
                       translate("ImportDialog", "Close without importing anything."))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choose.setFocus()
        # pyHanko is imported by a worker while the person chooses the file, not by the check after it.
        warm_pdf_modules_in_background()

    # --- checking --------------------------------------------------------------------------------
    def _choose(self) -> None:
        path = open_file(self, "received", translate("ImportDialog", "Choose the countersigned PDF"),
                         translate("ImportDialog", "PDF files (*.pdf)"))
        if path:
            self.check_path(Path(path))

    def check_path(self, path: Path) -> None:
        """Check ``path`` off the GUI thread; the outcome is shown when ready."""
        self.checked = None
        self.path.setText(str(path))
        self.state.setMinimumHeight(0)  # a longer outcome before may have raised it (_make_room_for_state)
        self.state.setText(translate("ImportDialog", "Checking…"))
        set_role(self.state, "hint")
        self.details.clear()
        self.fingerprint.clear()
        self._set_busy(True)
        app = self.app

        def check() -> CountersignedImport:
            from carerpassport.exchange.pdf_reading import read_pdf_file

            with garbage_collected_after():
                return app.countersigning.inspect_countersigned(read_pdf_file(path), str(path))

        self.runner.run(check, on_done=self._checked, on_error=self._refused)

    def _checked(self, imp: CountersignedImport) -> None:
        from carerpassport.domain.wording import gettext as _
        from carerpassport.exchange.countersigned_import import STATE_LABELS, ImportState  # loaded by the check

        self._set_busy(False)
        self.checked = imp
        self.error_text = ""
        self.details.setPlainText("\n".join(imp.summary()))
        self.fingerprint.show_theirs(imp.manager.fingerprint, imp.manager.signer_name, imp.manager_name)
        loud = imp.state is ImportState.CERTIFICATE_CHANGED
        state = _(STATE_LABELS[imp.state])
        #: {state} is the outcome of the checks (for example "Countersigned by your line manager").
        if loud:
            text = translate("ImportDialog", "⚠ {state}. Check with {name} in person before trusting it.").format(
                state=state, name=imp.certificate_name)
        elif imp.needs_external_acceptance:
            text = translate("ImportDialog", "⚠ {state}.").format(state=state)
        else:
            text = translate("ImportDialog", "{state}.").format(state=state)
        self.state.setText(text)
        set_role(self.state, "error" if loud else "subheading")
        self.state.updateGeometry()
        label = self._decision_label(imp)
        self.record.setText(label)
        self.record.setAccessibleName(label)
        decision = imp.missing_decision(trust_new_manager=False, accept_external=False)
        self.record.setAccessibleDescription(decision or translate("ImportDialog", "Save this countersigned copy in "
                                                                             "your vault."))
        self.record.setEnabled(True)
        self.record.setDefault(not (loud or imp.needs_external_acceptance))
        self.state.setFocus()

    @staticmethod
    def _decision_label(imp: CountersignedImport) -> str:
        from carerpassport.exchange.countersigned_import import ImportState

        if imp.state is ImportState.CERTIFICATE_CHANGED:
            return translate("ImportDialog", "Trust the NEW certificate and record")
        if imp.needs_trust and imp.needs_external_acceptance:
            #: {name}: the name in the manager's certificate (cut to 40 characters).
            return translate("ImportDialog", "Trust {name}, accept and record").format(name=imp.certificate_name[:40])
        if imp.needs_trust:
            return translate("ImportDialog", "Trust {name} and record").format(name=imp.certificate_name[:40])
        if imp.needs_external_acceptance:
            return translate("ImportDialog", "Accept signed externally and record")
        return translate("ImportDialog", "Record as agreed")

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        # Our typed errors and the system's file errors in their own words; a bug of ours says it is ours.
        self.error_text = failure_sentence(exc, translate("ImportDialog", "The file was not checked."))
        if isinstance(exc, OSError) and not self.error_text.endswith("."):
            self.error_text += "."
        self.state.setText(translate("ImportDialog", "Not imported: {reason} Your passport is unchanged.").format(
            reason=self.error_text))
        self.fingerprint.clear()
        set_role(self.state, "error")
        self._make_room_for_state()
        self.record.setEnabled(False)
        self.state.setFocus()

    # --- recording -------------------------------------------------------------------------------
    def _record(self) -> None:
        imp = self.checked
        if imp is None:
            return
        self._set_busy(True)
        self.record.setEnabled(False)
        app = self.app

        def record() -> tuple[object, str]:
            # The button the employee pressed named every decision this file needs, so both are given.
            revision = app.countersigning.accept_countersigned(imp, trust_new_manager=imp.needs_trust,
                                                               accept_external=imp.needs_external_acceptance)
            # The agreement line read here too: the first read after recording parses the new revision
            # (15 ms of a full passport), which was the GUI thread's longest turn of the import.
            return revision, app.agreement.status().text

        self.runner.run(record, on_done=self._recorded, on_error=self._refused)

    def _recorded(self, recorded: tuple[object, str]) -> None:
        revision, status = recorded
        self._set_busy(False)
        # The line the Passport and Agreed actions pages now show too (agreed with whom, next review).
        #: {status} is the agreement line (agreed with whom, the next review).
        self.state.setText(translate("ImportDialog", "Recorded as agreed by both. {status}.").format(status=status))
        set_role(self.state, "saved")
        self._make_room_for_state()
        self.close_button.setText(translate("ImportDialog", "Close"))
        self.close_button.setAccessibleName(translate("ImportDialog", "Close"))
        self.imported.emit(revision)
        self.close_button.setFocus()

    def _make_room_for_state(self) -> None:
        """The outcome line got longer (three lines at 200 % text). When the dialog's content scrolls
        (``screen_fit``), the scroll area must resize its content for it, or the line is cut; it does so on a
        layout request of its own, which a label inside it never sends."""
        scroll = self.findChild(QScrollArea, "screen-fit-scroll")
        if scroll is not None and self.state.width() > 0:
            # A minimum height is what the scroll area's content layout honours (a label's height for its width
            # is not passed on once the content has been sized).
            self.state.setMinimumHeight(self.state.heightForWidth(self.state.width()))
        self.state.updateGeometry()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose.setEnabled(not busy)
        if busy:
            self.record.setEnabled(False)

