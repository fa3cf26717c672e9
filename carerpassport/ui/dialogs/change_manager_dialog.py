"""A new line manager (or a move to a new post): who they are, what they may see, and a fresh export.

Nothing is ticked at first: the new manager sees only what the employee chooses now, whatever was
shared with the previous manager. The note says plainly that earlier arrangements need to be agreed
again. The signed export runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import MAX_NAME
from carerpassport.domain.review_session import NEW_MANAGER_NOTE, ManagerChange
from carerpassport.domain.sharing_agreement import FUTURE_MANAGER
from carerpassport.ui.dialogs.agreement_confirm import Ask, ask_outside_agreement, confirm_share
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

if TYPE_CHECKING:  # pyHanko: the exporting worker imports it; opening the dialog must not
    from carerpassport.exchange.pdf_sign import ExportResult

#: The purpose the sharing log records for the export (data, in English like the log's other entries).
PURPOSE = "new line manager"
translate = QCoreApplication.translate


class ChangeManagerDialog(QDialog):
    """Record a new line manager and export only the chosen answers for them."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.change: ManagerChange | None = None
        self.result_export: ExportResult | None = None
        #: Asks before a share the sharing agreement does not allow (replaced in tests).
        self.ask_outside_agreement: Ask = ask_outside_agreement
        title_window(self, translate("ChangeManagerDialog", "A new line manager"),
                     translate("ChangeManagerDialog", "Record your new line manager and choose what they see."))
        self.resize(640, 620)
        layout = QVBoxLayout(self)

        note = QLabel(NEW_MANAGER_NOTE, self)
        note.setWordWrap(True)
        note.setAccessibleName(translate("ChangeManagerDialog", "Earlier arrangements need to be agreed again"))
        layout.addWidget(note)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        set_accessible(self.name, translate("ChangeManagerDialog", "New line manager's name"),
                       translate("ChangeManagerDialog", "Required."))
        self.contact = QLineEdit(self)
        self.contact.setMaxLength(MAX_NAME)
        set_accessible(self.contact, translate("ChangeManagerDialog", "New line manager's contact"),
                       translate("ChangeManagerDialog", "Optional: an email address or phone number."))
        form.addRow(translate("ChangeManagerDialog", "&Name:"), self.name)
        form.addRow(translate("ChangeManagerDialog", "C&ontact (optional):"), self.contact)
        layout.addLayout(form)

        layout.addWidget(self._build_choices(), 1)

        self.export_now = QCheckBox(self)
        self.export_now.setChecked(True)
        set_accessible(self.export_now, translate("ChangeManagerDialog", "Export for the new manager now"),
                       translate("ChangeManagerDialog", "Untick to record the new manager and export later."))
        layout.addWidget(wrapping_choice(self.export_now, translate(
            "ChangeManagerDialog", "&Export a signed PDF of the chosen answers for them now"), self))
        chooser = FileChooserRow(self, button_text=translate("ChangeManagerDialog", "&Browse…"),
                                 button_name=translate("ChangeManagerDialog", "Choose where to save the PDF"),
                                 button_description=translate("ChangeManagerDialog", "Opens a file chooser."),
                                 path_name=translate("ChangeManagerDialog", "Where to save the PDF"),
                                 placeholder=translate("ChangeManagerDialog", "Where to save the PDF"), editable=True)
        self.path, self.browse = chooser.path, chooser.button
        self.browse.clicked.connect(self._choose_path)
        layout.addWidget(chooser)
        self.export_now.toggled.connect(self.path.setEnabled)
        self.export_now.toggled.connect(self.browse.setEnabled)

        self.status = status_label(self)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton(translate("ChangeManagerDialog", "&Record new manager"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        set_accessible(self.record_button, translate("ChangeManagerDialog", "Record new manager"),
                       translate("ChangeManagerDialog", "Save the new manager and, if chosen, export the PDF."))
        self.record_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("ChangeManagerDialog", "Cancel"))  # Qt's own word would stay English
        cancel.setAccessibleName(translate("ChangeManagerDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _build_choices(self) -> QGroupBox:
        box = QGroupBox(translate("ChangeManagerDialog", "What may your new manager see?"), self)
        outer = QVBoxLayout(box)
        outer.addWidget(hint_label(translate(
            "ChangeManagerDialog", "Nothing is shared until you tick it, whatever your previous manager saw. Your "
            "usual share choices stay as they are."), box))
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        set_accessible(scroll, translate("ChangeManagerDialog", "Answers you could share"),
                       translate("ChangeManagerDialog", "Tick each answer your new manager may see."))
        inner = QWidget(scroll)
        rows = QVBoxLayout(inner)
        self.field_boxes: dict[str, QCheckBox] = {}
        private = set(self.app.pdfs.private_fields_chosen([f for f, _ in self.app.shares.shareable_fields()],
                                                     include_private=True))
        for field_id, label in self.app.shares.shareable_fields():
            # A tick is the explicit choice to share an answer, so say which ones are otherwise private.
            #: {label} is a question of the passport.
            shown = label
            if field_id in private:
                shown = translate("ChangeManagerDialog", "{label} (private)").format(label=label)
            check = QCheckBox(shown, inner)
            set_accessible(check, translate("ChangeManagerDialog", "Share: {label}").format(label=label),
                           translate("ChangeManagerDialog",
                                     "Tick to include this answer in the PDF for your new manager."))
            rows.addWidget(check)
            self.field_boxes[field_id] = check
        self.actions_box = QCheckBox(translate("ChangeManagerDialog", "Agreed actions (the ones you marked as "
                                                                      "shared)"), inner)
        set_accessible(self.actions_box, translate("ChangeManagerDialog", "Share: agreed actions"),
                       translate("ChangeManagerDialog", "What you agreed with your previous manager, for your new "
                                 "manager to see. It does not mean they agree to continue it."))
        rows.addWidget(self.actions_box)
        if not self.field_boxes:
            rows.insertWidget(0, QLabel(translate("ChangeManagerDialog", "You have not answered any questions yet."),
                                        inner))
        rows.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        return box

    def chosen_fields(self) -> list[str]:
        return [field_id for field_id, check in self.field_boxes.items() if check.isChecked()]

    def _choose_path(self) -> None:
        suggested = f"carers-passport-for-{self.name.text().strip().replace(' ', '-').lower() or 'manager'}.pdf"
        path = save_file(self, "exports", translate("ChangeManagerDialog", "Save the PDF for your new manager"),
                         suggested,
                         translate("ChangeManagerDialog", "PDF files (*.pdf)"))
        if path:
            self.path.setText(str(path))

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        set_role(self.status, "error")
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.record_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def submit(self) -> None:
        """Record the manager (once), then export off the GUI thread if asked."""
        export = self.export_now.isChecked()
        out = self.path.text().strip()
        if export and not out:
            self._fail(translate("ChangeManagerDialog", "Choose where to save the PDF, or untick “Export … now”."))
            return
        if self.change is None:
            # Until it is recorded, the new manager is "a future line manager" under the sharing agreement.
            confirmed = self.app.pdfs.agreement_decision(FUTURE_MANAGER).needs_confirmation
            if confirmed and not confirm_share(self, self.app, FUTURE_MANAGER, "change_manager",
                                               self.ask_outside_agreement):
                self._fail(translate("ChangeManagerDialog", "Nothing was changed: your sharing agreement does not "
                                     "allow a new manager to have your passport and you did not confirm it. Your "
                                     "log records that."))
                return
            try:
                self.change = self.app.shares.change_manager(self.name.text(), contact=self.contact.text(),
                                                      share_fields=self.chosen_fields(),
                                                      share_actions=self.actions_box.isChecked(),
                                                      confirm_outside_agreement=confirmed)
            except PassportError as exc:
                self._fail(failure_sentence(exc))
                return
            self.name.setEnabled(False)
            self.contact.setEnabled(False)
        if not export:
            self.accept()
            return
        # The ticks as they are now (they may have changed after a failed export), never the share flags.
        recipient, fields, actions = self.change.manager.name, self.chosen_fields(), self.actions_box.isChecked()
        self._set_busy(True)
        set_role(self.status, "hint")
        self.status.setText(translate("ChangeManagerDialog", "Signing the PDF…"))
        self.runner.run(lambda: self.app.pdfs.export_signed_pdf(Path(out), recipient=recipient, purpose=PURPOSE,
                                                           fields=fields, include_actions=actions,
                                                           include_private=True),  # each one ticked
                        on_done=self._exported, on_error=self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self.result_export = result
        self._set_busy(False)
        self.accept()

    def _export_failed(self, exc: BaseException) -> None:
        message = failure_sentence(exc)
        #: {reason} says why the PDF was not saved.
        self._fail(translate("ChangeManagerDialog", "Your new manager is recorded, but the PDF was not saved: {reason} "
                             "Fix it and press the button again to export.").format(reason=message))
