"""Manager mode: open an employee's passport PDF, see who signed it, read it, comment and countersign.

Checking and signing run off the GUI thread. The countersignature is made with this vault's own
identity, as an incremental update that leaves the employee's signed bytes untouched; a copy can be
kept in this vault ("received passports"), somewhere only the manager can open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.model import ACTION_STATUS_LABELS, ActionStatus
from carerpassport.domain.template import Template
from carerpassport.exchange.countersign import CountersignResult, ReceivedPassport
from carerpassport.exchange.pdf_limits import MAX_COMMENT_CHARS, MAX_MANAGER_NAME_CHARS
from carerpassport.ui.dates import readable
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
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


def readable_passport(received: ReceivedPassport, template: Template) -> str:
    """The shared passport as plain text for the manager to read, questions labelled by the template."""
    passport = received.passport
    lines = [f"Employee: {passport.employee.name}" + (f", {passport.employee.role}" if passport.employee.role else ""),
             f"Line manager: {passport.manager.name or '(not given)'}", ""]
    order = {field.id: index for index, field in enumerate(template.fields())}
    for field_id, answer in sorted(passport.answers.items(), key=lambda item: (order.get(item[0], len(order)),
                                                                                  item[0])):
        label = template.field(field_id).label if template.has_field(field_id) else field_id
        lines += [label, "  " + answer.text.replace("\n", "\n  "), ""]
    if passport.actions:
        lines.append("Agreed actions")
        for action in passport.actions:
            lines.append(f"  - {action.what} ({ACTION_STATUS_LABELS[ActionStatus(action.status)]})")
        lines.append("")
    if passport.review.next_review:
        lines.append(f"Next review: {readable(passport.review.next_review)}")
    return "\n".join(lines).rstrip()


class CountersignDialog(QDialog):
    """Open, verify, read, comment and countersign an employee's passport PDF."""

    #: Emitted with the :class:`CountersignResult` once the countersigned copy is saved.
    countersigned = Signal(object)

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.in_path: Path | None = None
        self.received: ReceivedPassport | None = None
        self.result_: CountersignResult | None = None
        title_window(self, "Countersign a passport", "Manager mode: check an employee's signed passport, add "
                     "your comment and countersign it with your own identity.")
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label("Open the passport PDF your employee sent you. It is checked first: who signed "
                                    "it and that nothing was changed since.", self))

        chooser = FileChooserRow(self, button_text="&Open PDF…", button_name="Open PDF",
                                 button_description="Choose the employee's signed passport PDF.",
                                 path_name="Opened file", path_description="The employee's passport PDF.",
                                 placeholder="No file opened")
        self.path, self.open_button = chooser.path, chooser.button
        self.open_button.clicked.connect(self._choose)
        layout.addWidget(chooser)

        self.progress = busy_bar("Working", "Shown while the file is checked or signed.", self)
        layout.addWidget(self.progress)
        self.verification = status_label(self, "Verification", "Who signed the passport and whether it is intact.")
        layout.addWidget(self.verification)
        self.fingerprint = FingerprintView(self)  # the employee's, to compare with them aloud
        layout.addWidget(self.fingerprint)
        self.content = read_only_text("The passport", "What the employee shared with you, to read before you sign.",
                                      self, tab_leaves=True)
        layout.addWidget(self.content, 1)

        form = QFormLayout()
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        self.comment.setPlaceholderText("For example: Agreed as discussed on 12 November; we review in a year.")
        set_accessible(self.comment, "Your comment",
                       f"Your comment as line manager (at most {MAX_COMMENT_CHARS} characters).")
        self.name = QLineEdit(self.app.identity().name, self)
        self.name.setMaxLength(MAX_MANAGER_NAME_CHARS)
        set_accessible(self.name, "Your name", "Your name as it appears beside your signature.")
        self.keep = QCheckBox("Keep a copy in my vault (only I can open it)", self)
        self.keep.setChecked(True)
        set_accessible(self.keep, "Keep a copy", "Keep the countersigned copy in your own encrypted vault.")
        form.addRow("Your &comment:", self.comment)
        form.addRow("Your &name:", self.name)
        form.addRow("", self.keep)
        layout.addLayout(form)

        self.status = status_label(self, "Status", "Progress and problems.")
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.sign = QPushButton("Countersign and &save…", self)
        self.sign.setEnabled(False)
        set_accessible(self.sign, "Countersign and save", "Sign with your identity and save the countersigned copy.")
        self.sign.clicked.connect(self._choose_output)
        self.buttons.addButton(self.sign, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        set_accessible(self.close_button, "Cancel", "Close without signing.")
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.open_button.setFocus()

    # --- opening ---------------------------------------------------------------------------------
    def _choose(self) -> None:
        path = open_file(self, "received", "Open the employee's passport PDF", "PDF files (*.pdf)")
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Check ``path`` off the GUI thread and show it when ready."""
        self.in_path, self.received = path, None
        self.path.setText(str(path))
        self.verification.setText("Checking…")
        set_role(self.verification, "hint")
        self.content.clear()
        self.fingerprint.clear()
        self.sign.setEnabled(False)
        self._set_busy(True)
        app = self.app
        self.runner.run(lambda: app.countersigning.inspect_received(path), on_done=self._opened, on_error=self._failed)

    def _opened(self, received: ReceivedPassport) -> None:
        self._set_busy(False)
        self.received = received
        familiarity = self.app.countersigning.employee_familiarity(received)
        self.verification.setText(
            f"Signed by {received.employee_name}; certificate fingerprint {received.employee.fingerprint}. "
            f"Unchanged since it was signed. {familiarity}")
        set_role(self.verification, "error" if familiarity.startswith("WARNING") else "subheading")
        self.fingerprint.show_theirs(received.employee.fingerprint, received.employee.signer_name,
                                     received.employee_name)
        self.verification.updateGeometry()
        self.content.setPlainText(readable_passport(received, self.app.template))
        may_sign = not self.app.countersigning.countersign_refusal(received)
        self.sign.setEnabled(may_sign)
        self.sign.setDefault(may_sign)
        self.status.clear()
        self.comment.setFocus()

    # --- signing ---------------------------------------------------------------------------------
    def _choose_output(self) -> None:
        if self.in_path is None:
            return
        suggested = self.in_path.with_name(f"{self.in_path.stem}-countersigned.pdf")
        out, _ = QFileDialog.getSaveFileName(self, "Save the countersigned copy", str(suggested), "PDF files (*.pdf)")
        if out:
            self.countersign_to(Path(out))

    def countersign_to(self, out_path: Path) -> None:
        """Countersign the opened passport into ``out_path`` off the GUI thread."""
        if self.received is None:
            return
        # The passport shown above, as checked: its bytes are signed, the file is not read again.
        received, comment, name = self.received, self.comment.toPlainText(), self.name.text()
        keep = self.keep.isChecked()
        self._set_busy(True)
        self.sign.setEnabled(False)
        self.status.setText("Signing…")
        set_role(self.status, "hint")
        app = self.app
        self.runner.run(lambda: app.countersigning.countersign(received, out_path, comment=comment, name=name or None,
                                                keep_copy=keep),
                        on_done=self._signed, on_error=self._failed)

    def _signed(self, result: CountersignResult) -> None:
        self._set_busy(False)
        self.result_ = result
        kept = " A copy is kept in your vault." if result.kept_attachment_id is not None else ""
        self.status.setText(f"Countersigned and saved to {result.out_path}. Give it back to "
                            f"{result.countersigned.received.employee_name}.{kept}")
        set_role(self.status, "saved")
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close")
        self.countersigned.emit(result)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        target = self.status if self.received is not None else self.verification
        if isinstance(exc, OSError):
            reason = f"Could not use the file: {exc.strerror or exc}."
        else:  # our typed errors in their own words; a bug of ours says it is ours, never "damaged"
            reason = failure_sentence(exc, "Nothing was signed." if self.received is not None
                                      else "The file was not checked.")
        target.setText(reason)
        set_role(target, "error")
        # Your own passport stays unsignable after a refusal, as it was when it was opened.
        self.sign.setEnabled(self.received is not None
                             and not self.app.countersigning.countersign_refusal(self.received))
        target.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.open_button.setEnabled(not busy)

