"""The private preparation checklist: read it here, or save it as a PDF to print.

It is for the employee alone (it may show private answers and notes), and the dialog says so. Writing
the PDF runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.checklist import PRIVATE_MARK, build_checklist
from carerpassport.ui.dialogs.preview_save_dialog import PreviewSaveDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible

translate = QCoreApplication.translate


class ChecklistDialog(PreviewSaveDialog):
    """Preview of the checklist, and "Save as PDF…"."""

    SAVE_TITLE = "Save your checklist"
    SAVE_NAME = "my-passport-checklist.pdf"
    SAVE_FILTER = "PDF files (*.pdf)"
    NOT_SAVED = "The checklist could not be saved."

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        # The base class reads these when saving: in the reader's language.
        self.SAVE_TITLE = translate("ChecklistDialog", "Save your checklist")
        self.SAVE_FILTER = translate("ChecklistDialog", "PDF files (*.pdf)")
        self.NOT_SAVED = translate("ChecklistDialog", "The checklist could not be saved.")
        self.setWindowTitle(translate("ChecklistDialog", "Prepare for a conversation"))
        set_accessible(self, translate("ChecklistDialog", "Preparation checklist"),
                       translate("ChecklistDialog", "Questions to think about before you meet your manager."))
        self.resize(680, 640)
        #: {private} is the checklist's own heading line saying it is private (from the checklist's text).
        self.body.addWidget(hint_label(translate("ChecklistDialog", "{private} It may show answers you keep private.")
                                       .format(private=PRIVATE_MARK), self))
        self.preview = read_only_text(translate("ChecklistDialog", "The checklist"), "", self)
        self.preview.setPlainText(build_checklist(app.template, app.editing.passport(), today=app.today()).text())
        self.body.addWidget(self.preview, 1)
        self.add_save_row(translate("ChecklistDialog", "&Save as PDF…"),
                          translate("ChecklistDialog", "Save the checklist as a PDF"),
                          translate("ChecklistDialog", "A printable copy, for you only."))

    def write(self, path: Path) -> object:
        return self.app.reviews.write_checklist(path)

    def saved_message(self, path: Path, result: object) -> str:
        #: {path} is the file's full name.
        return translate("ChecklistDialog", "Saved to {path}. Print it for yourself; it is not for your "
                         "manager.").format(path=path)
