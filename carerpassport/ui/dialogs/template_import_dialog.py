""""Import my employer's form": choose an employer's template file, see what it changes, then import it.

Preview first: the file is read and checked (JSON, the format's JSON Schema, ids, the version against the
one in use) in the worker, and the dialog shows the employer, the version, the policies and contacts and
the questions added and removed compared with the form in use. Nothing is recorded until Import. A
refused file shows the one sentence that names the file, the place in it and what to fix; Import stays
off and the vault is untouched. After importing, ``template_changed`` tells the window to rebuild its
pages on the new form.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from carerpassport.domain.errors import InternalError, PassportError
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import (
    close_button_box,
    hint_label,
    read_only_text,
    set_accessible,
    title_window,
)
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from carerpassport.app import PassportApp
    from carerpassport.usecases.templates import TemplateImported, TemplatePreview


class TemplateImportDialog(QDialog):
    """Choose a template file, read its preview, import it."""

    #: The new form is in use (the window rebuilds its pages).
    template_changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self._closed = False
        self.preview: TemplatePreview | None = None
        #: Asks which file to read; replaced in tests. Returns None when the person cancels.
        self.choose_file: Callable[[], Path | None] = self._ask_for_file
        title_window(self, translate("TemplateImportDialog", "Import my employer's form"), translate(
            "TemplateImportDialog", "Check an employer's passport template file, see what it changes, and import it. "
            "Your answers are kept."))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        # Short: at 200 % text a longer introduction left the preview three lines high (seen on Xvfb).
        layout.addWidget(hint_label(translate(
            "TemplateImportDialog", "Choose the form file your employer gave you (.json). You see what it changes "
            "before anything is imported, and your answers are kept."), self))
        chooser = FileChooserRow(
            self, button_text=translate("TemplateImportDialog", "&Choose a file…"),
            button_name=translate("TemplateImportDialog", "Choose a file"),
            button_description=translate("TemplateImportDialog", "Pick the employer's template file (.json)."),
            path_name=translate("TemplateImportDialog", "Template file"),
            path_description=translate("TemplateImportDialog", "The template file being checked."),
            placeholder=translate("TemplateImportDialog", "No file chosen"))
        self.path, self.choose_button = chooser.path, chooser.button
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(chooser)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        set_accessible(self.verdict, translate("TemplateImportDialog", "Result"), translate(
            "TemplateImportDialog", "Whether the file can be imported, or what to fix in it."))
        layout.addWidget(self.verdict)

        self.details = read_only_text(translate("TemplateImportDialog", "What changes"), translate(
            "TemplateImportDialog", "The employer, the version, the policies and contacts, and the questions added "
            "and removed compared with your form now."), self, tab_leaves=True)
        layout.addWidget(self.details, 1)

        self.buttons = close_button_box(self, translate("TemplateImportDialog", "Close this window without importing."))
        self.import_button = QPushButton(translate("TemplateImportDialog", "&Import"), self)
        set_accessible(self.import_button, translate("TemplateImportDialog", "Import"), translate(
            "TemplateImportDialog", "Use this form for your passport; your answers are kept."))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_template)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.choose_button.setFocus()

    def done(self, result: int) -> None:
        self._closed = True  # a worker's result after this is ignored (the widgets may be gone)
        super().done(result)

    def _ask_for_file(self) -> Path | None:
        return open_file(self, "received", translate("TemplateImportDialog", "Choose your employer's template"),
                         translate("TemplateImportDialog", "Templates (*.json);;All files (*)"))

    def choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Read and check ``path`` in the worker and show the preview (nothing is recorded)."""
        from carerpassport.exchange.template_file import read_template_file

        self.path.setText(str(path))
        self.preview = None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.details.clear()
        self._show(translate("TemplateImportDialog", "Checking…"), "hint")
        templates = self.app.templates
        self.runner.run(lambda: templates.preview_checked(read_template_file(path)), self._previewed,
                        self._failed)

    def _previewed(self, preview: TemplatePreview) -> None:
        if self._closed:
            return
        self.preview = preview
        self.choose_button.setEnabled(True)
        self.details.setPlainText("\n".join(preview.lines()))
        if preview.already_in_use:
            #: {form} is the employer's form's name and version.
            self._show(translate("TemplateImportDialog", "{form} is already your form. Nothing to import.").format(
                form=preview.template.form_name()), "saved")
            return
        self._show(translate("TemplateImportDialog", "{form} can be imported. Read what changes below, then press "
                             "Import.").format(form=preview.template.form_name()), "saved")
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def import_template(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._show(translate("TemplateImportDialog", "Importing…"), "hint")
        templates = self.app.templates
        self.runner.run(lambda: templates.import_checked(preview.checked), self._imported, self._failed)

    def _imported(self, imported: TemplateImported) -> None:
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        self._show(translate("TemplateImportDialog", "Imported. Your passport now follows {form}; every answer was "
                             "kept.").format(form=imported.preview.template.form_name()), "saved")
        self.preview = None
        self.template_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.preview = None
        if isinstance(exc, InternalError) or not isinstance(exc, PassportError | OSError):
            # A bug of ours, not the file.
            self._show(failure_sentence(exc, translate("TemplateImportDialog", "Nothing was imported.")), "error")
        else:
            self._show(translate("TemplateImportDialog", "This file cannot be imported; nothing was changed. {reason}")
                       .format(reason=failure_sentence(exc)), "error")

    def _show(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        set_role(self.verdict, role)
