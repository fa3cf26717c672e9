"""Manager mode: open an employee's passport PDF, see who signed it, read it, comment and countersign.

Checking and signing run off the GUI thread. The countersignature is made with this vault's own
identity, as an incremental update that leaves the employee's signed bytes untouched; a copy can be
kept in this vault ("received passports"), somewhere only the manager can open.

The passport is shown in the read-only :class:`~carerpassport.ui.views.passport_reader.PassportReader`.
Opened from the reader (``received=``), the dialog signs that very file and asks for no file. The comment
is kept as a draft in this vault (``Countersigning.save_comment_draft``, keyed by the file's SHA-256) while
it is written and when the dialog is cancelled, and is offered again when the same file is opened again;
countersigning forgets it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.exchange.passport_reading import PassportReading, reading_from
from carerpassport.exchange.pdf_limits import MAX_COMMENT_CHARS, MAX_MANAGER_NAME_CHARS
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file, save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.views.passport_reader import PassportReader
from carerpassport.ui.warm_up import COUNTERSIGNING_MODULES, warm_pdf_modules_in_background
from carerpassport.ui.widgets.accessible import (
    busy_bar,
    hint_label,
    set_accessible,
    status_label,
    title_window,
)
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow
from carerpassport.ui.widgets.fingerprint_view import FingerprintView
from carerpassport.ui.widgets.screen_fit import available_size
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

if TYPE_CHECKING:
    # pyHanko: loaded by the worker that checks or signs the file, never on the GUI thread as this opens.
    from carerpassport.exchange.countersign import CountersignResult, ReceivedPassport

translate = QCoreApplication.translate

#: The passport's least height inside the dialog, in pixels: a few parts of it in view at 200 % text.
READER_MIN_HEIGHT = 260
#: How long typing pauses before the comment's draft is kept (it is kept on cancel and close as well).
DRAFT_DELAY_MS = 600


class CountersignDialog(QDialog):
    """Open, verify, read, comment and countersign an employee's passport PDF (or, given ``received``, the
    passport the manager is already reading)."""

    #: Emitted with the :class:`CountersignResult` once the countersigned copy is saved.
    countersigned = Signal(object)

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 received: ReceivedPassport | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        warm_pdf_modules_in_background(COUNTERSIGNING_MODULES)  # pyHanko loads while the person chooses a file
        self.in_path: Path | None = None
        self.received: ReceivedPassport | None = None
        self.reading: PassportReading | None = None
        self.reader: PassportReader | None = None
        self.result_: CountersignResult | None = None
        #: The passport file whose comment is being written (its SHA-256), while it is not signed.
        self._draft_for: str | None = None
        title_window(self, translate("CountersignDialog", "Countersign a passport"), translate(
            "CountersignDialog", "Manager mode: check an employee's signed passport, add your comment and countersign "
            "it with your own identity."))
        # Room to read the passport above the comment; never more than the screen.
        area = available_size(self)
        self.resize(min(960, area.width() * 9 // 10), min(820, area.height() * 9 // 10))
        outer = QVBoxLayout(self)
        # Everything but the buttons scrolls: at 200 % text on a small screen the passport, the fingerprint and the
        # comment are taller than the window, and the buttons stay in view below.
        self.page_area, body = page_area(
            self, translate("CountersignDialog", "The passport and your countersignature"),
            translate("CountersignDialog", "Scroll to see all of it; the buttons stay below."))
        outer.addWidget(self.page_area, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = hint_label(translate("CountersignDialog", "Open the passport PDF your employee sent you. It is "
                                                               "checked first: who signed it and that nothing was "
                                                               "changed since."), self)
        layout.addWidget(self.intro)

        self.chooser = FileChooserRow(
            self, button_text=translate("CountersignDialog", "&Open PDF…"), button_name=translate(
                "CountersignDialog", "Open PDF"),
            button_description=translate("CountersignDialog", "Choose the employee's signed passport PDF."),
            path_name=translate("CountersignDialog", "Opened file"), path_description=translate(
                "CountersignDialog", "The employee's passport PDF."),
            placeholder=translate("CountersignDialog", "No file opened"))
        self.path, self.open_button = self.chooser.path, self.chooser.button
        self.open_button.clicked.connect(self._choose)
        layout.addWidget(self.chooser)

        self.progress = busy_bar(translate("CountersignDialog", "Working"),
                                 translate("CountersignDialog", "Shown while the file is checked or signed."), self)
        layout.addWidget(self.progress)
        self.verification = status_label(self, translate("CountersignDialog", "Verification"),
                                         translate("CountersignDialog", "Who signed the passport and whether it is "
                                                                        "intact."))
        layout.addWidget(self.verification)
        self.fingerprint = FingerprintView(self)  # the employee's, to compare with them aloud
        layout.addWidget(self.fingerprint)
        self.reader_box = QVBoxLayout()
        self.placeholder = hint_label(translate("CountersignDialog", "The passport is shown here once it is opened "
                                                                     "and checked."),
                                      self)
        self.reader_box.addWidget(self.placeholder, 1)
        layout.addLayout(self.reader_box, 1)

        form = QFormLayout()
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        self.comment.setPlaceholderText(translate("CountersignDialog", "For example: Agreed as discussed on 12 "
                                                                       "November; we review in a year."))
        set_accessible(self.comment, translate("CountersignDialog", "Your comment"), translate(
            "CountersignDialog", "Your comment as line manager (at most {count} characters). It is kept in your vault "
            "until you countersign, even if you cancel.").format(count=MAX_COMMENT_CHARS))
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.comment.textChanged.connect(self._draft_timer.start)
        self.name = QLineEdit(self.app.identity().name, self)
        self.name.setMaxLength(MAX_MANAGER_NAME_CHARS)
        set_accessible(self.name, translate("CountersignDialog", "Your name"),
                       translate("CountersignDialog", "Your name as it appears beside your signature."))
        # A choice that wraps: a check box never does, and this one is long in Welsh at 200 % text.
        self.keep = QCheckBox(self)
        keep_row = wrapping_choice(self.keep, translate(
            "CountersignDialog", "Keep a copy in my vault (only I can open it)"), self)
        self.keep.setChecked(True)
        set_accessible(self.keep, translate("CountersignDialog", "Keep a copy"),
                       translate("CountersignDialog", "Keep the countersigned copy in your own encrypted vault."))
        form.addRow(translate("CountersignDialog", "Your &comment:"), self.comment)
        form.addRow(translate("CountersignDialog", "Your &name:"), self.name)
        form.addRow("", keep_row)
        layout.addLayout(form)

        self.status = status_label(self, translate("CountersignDialog", "Status"), translate(
            "CountersignDialog", "Progress and problems."))
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.sign = QPushButton(translate("CountersignDialog", "Countersign and &save…"), self)
        self.sign.setEnabled(False)
        set_accessible(self.sign, translate("CountersignDialog", "Countersign and save"),
                       translate("CountersignDialog", "Sign with your identity and save the countersigned copy."))
        self.sign.clicked.connect(self._choose_output)
        self.buttons.addButton(self.sign, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(translate("CountersignDialog", "Cancel"))
        set_accessible(self.close_button, translate("CountersignDialog", "Cancel"),
                       translate("CountersignDialog", "Close without signing; your comment is kept for next time."))
        self.close_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        self.open_button.setFocus()
        if received is not None:
            # Opened from the reader: this very file, already checked; nothing to choose.
            self.intro.setText(translate("CountersignDialog", "Read it once more, add your comment and countersign it "
                                                              "with your own identity."))
            self.chooser.setVisible(False)
            self._opened(reading_from(received.checked, today=self.app.countersigning.today()))

    # --- opening ---------------------------------------------------------------------------------
    def _choose(self) -> None:
        path = open_file(self, "received", translate("CountersignDialog", "Open the employee's passport PDF"),
                         translate("CountersignDialog", "PDF files (*.pdf)"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Check ``path`` off the GUI thread and show it when ready."""
        self.keep_draft()
        self.in_path, self.received, self.reading, self._draft_for = path, None, None, None
        self.path.setText(str(path))
        self.verification.setText(translate("CountersignDialog", "Checking…"))
        set_role(self.verification, "hint")
        self._show_reader(None)
        self.fingerprint.clear()
        self.sign.setEnabled(False)
        self._set_busy(True)
        app = self.app
        self.runner.run(lambda: app.countersigning.read_passport_file(path), on_done=self._opened,
                        on_error=self._failed)

    def _opened(self, reading: PassportReading) -> None:
        self._set_busy(False)
        self.reading = reading
        self._show_reader(reading)
        self.status.clear()
        received = reading.received
        if received is None:  # read it, but it cannot be countersigned (already is, or broken): say why
            self.verification.setText(reading.not_countersignable)
            set_role(self.verification, "error")
            self.sign.setEnabled(False)
            self.verification.setFocus()
            return
        self.received = received
        familiarity = self.app.countersigning.employee_familiarity(received)
        #: {familiarity} is a sentence on whether you know this certificate already.
        self.verification.setText(translate("CountersignDialog", "Signed by {name}; certificate fingerprint "
                                                                 "{fingerprint}. Unchanged since it was signed. "
                                                                 "{familiarity}").format(
            name=received.employee_name, fingerprint=received.employee.fingerprint, familiarity=familiarity))
        set_role(self.verification, "error" if self.app.countersigning.familiarity_warns(received) else "")
        self.fingerprint.show_theirs(received.employee.fingerprint, received.employee.signer_name,
                                     received.employee_name)
        self.verification.updateGeometry()
        may_sign = not self.app.countersigning.countersign_refusal(received)
        self.sign.setEnabled(may_sign)
        self.sign.setDefault(may_sign)
        self._restore_draft(received.file_sha256)
        self.comment.setFocus()

    def _show_reader(self, reading: PassportReading | None) -> None:
        if self.reader is not None:
            self.reader_box.removeWidget(self.reader)
            self.reader.deleteLater()
            self.reader = None
        self.placeholder.setVisible(reading is None)
        if reading is not None:
            self.reader = PassportReader(reading, self.app.template, self)
            # Room to read it even when the dialog scrolls (it scrolls within itself too).
            self.reader.setMinimumHeight(READER_MIN_HEIGHT)
            self.reader_box.addWidget(self.reader, 1)
            # Tab reads the passport after the file and before the comment, as the dialog is laid out.
            chain = [self.open_button, *self.reader.focus_chain(), self.comment]
            for before, after in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(before, after)

    # --- the comment's draft ---------------------------------------------------------------------
    def _restore_draft(self, file_sha256: str) -> None:
        """Offer the comment written for this file before (cancelled, or in an earlier session). A comment
        typed before any file was open is kept for this one."""
        draft = self.app.countersigning.comment_draft(file_sha256)
        self._draft_for = file_sha256
        if draft:
            self._draft_timer.stop()
            self.comment.blockSignals(True)
            self.comment.setPlainText(draft)
            self.comment.blockSignals(False)
            self.status.setText(translate("CountersignDialog", "Your comment from last time is back; it was not "
                                                               "signed yet."))
            set_role(self.status, "hint")
        elif self.comment.toPlainText().strip():
            self.keep_draft()

    def keep_draft(self) -> None:
        """Keep the comment as this file's draft in the vault (an empty comment forgets it)."""
        self._draft_timer.stop()
        if self._draft_for is None:
            return
        try:
            self.app.countersigning.save_comment_draft(self._draft_for, self.comment.toPlainText())
        except PassportError as exc:  # too long to keep, or the vault is locked: say so, lose nothing typed
            self.status.setText(translate("CountersignDialog", "Your comment could not be kept for later: "
                                                               "{reason}").format(reason=exc))
            set_role(self.status, "error")

    def done(self, result: int) -> None:
        """Closing in any way (Cancel, Escape, the window's close button) keeps the comment first."""
        self.keep_draft()
        super().done(result)

    # --- signing ---------------------------------------------------------------------------------
    def _choose_output(self) -> None:
        if self.received is None:
            return
        who = self.received.employee_name or translate("CountersignDialog", "employee")
        #: The start of a file's name, for example "Siân Jones passport".
        stem = (self.in_path.stem if self.in_path is not None
                else translate("CountersignDialog", "{name} passport").format(name=who))
        #: A file's name; {stem} is the opened file's name without ".pdf".
        out = save_file(self, "received", translate("CountersignDialog", "Save the countersigned copy"),
                        translate("CountersignDialog", "{stem}-countersigned.pdf").format(stem=stem),
                        translate("CountersignDialog", "PDF files (*.pdf)"))
        if out:
            self.countersign_to(out)

    def countersign_to(self, out_path: Path) -> None:
        """Countersign the opened passport into ``out_path`` off the GUI thread."""
        if self.received is None:
            return
        self.keep_draft()  # a failure to sign must not lose the comment
        # The passport shown above, as checked: its bytes are signed, the file is not read again.
        received, comment, name = self.received, self.comment.toPlainText(), self.name.text()
        keep = self.keep.isChecked()
        self._set_busy(True)
        self.sign.setEnabled(False)
        self.status.setText(translate("CountersignDialog", "Signing…"))
        set_role(self.status, "hint")
        app = self.app
        self.runner.run(lambda: app.countersigning.countersign(received, out_path, comment=comment, name=name or None,
                                                keep_copy=keep),
                        on_done=self._signed, on_error=self._failed)

    def _signed(self, result: CountersignResult) -> None:
        self._set_busy(False)
        self._draft_for = None  # signed: the use case forgot the draft, and closing must not keep it again
        self.result_ = result
        saved = translate("CountersignDialog", "Countersigned and saved to {path}. Give it back to {name}.").format(
            path=result.out_path, name=result.countersigned.received.employee_name)
        if result.kept_attachment_id is not None:
            saved += " " + translate("CountersignDialog", "A copy is kept in your vault.")
        self.status.setText(saved)
        set_role(self.status, "saved")
        self.close_button.setText(translate("CountersignDialog", "Close"))
        self.close_button.setAccessibleName(translate("CountersignDialog", "Close"))
        self.countersigned.emit(result)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        target = self.status if self.received is not None else self.verification
        if isinstance(exc, OSError):
            reason = translate("CountersignDialog", "Could not use the file: {reason}.").format(
                reason=exc.strerror or exc)
        else:  # our typed errors in their own words; a bug of ours says it is ours, never "damaged"
            reason = failure_sentence(exc, translate("CountersignDialog", "Nothing was signed.")
                                      if self.received is not None
                                      else translate("CountersignDialog", "The file was not checked."))
        target.setText(reason)
        set_role(target, "error")
        # Your own passport stays unsignable after a refusal, as it was when it was opened.
        self.sign.setEnabled(self.received is not None
                             and not self.app.countersigning.countersign_refusal(self.received))
        target.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.open_button.setEnabled(not busy)
