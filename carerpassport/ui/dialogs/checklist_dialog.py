"""The private preparation checklist: read it here, or save it as a PDF to print.

It is for the employee alone (it may show private answers and notes), and the dialog says so. Writing
the PDF runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.checklist import PRIVATE_MARK, build_checklist
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import (
    close_button_box,
    hint_label,
    read_only_text,
    set_accessible,
    status_label,
)


class ChecklistDialog(QDialog):
    """Preview of the checklist, and "Save as PDF…"."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.saved_to: Path | None = None
        self.setWindowTitle("Prepare for a conversation")
        set_accessible(self, "Preparation checklist", "Questions to think about before you meet your manager.")
        self.resize(680, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(PRIVATE_MARK + " It may show answers you keep private.", self))
        self.preview = read_only_text("The checklist", "", self)
        self.preview.setPlainText(build_checklist(app.template, app.passport(), today=app.today()).text())
        layout.addWidget(self.preview, 1)
        self.status = status_label(self)
        layout.addWidget(self.status)
        self.buttons = close_button_box(self)
        self.save_button = self.buttons.addButton("&Save as PDF…", QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.save_button, "Save the checklist as a PDF", "A printable copy, for you only.")
        self.save_button.clicked.connect(self._ask_where)
        layout.addWidget(self.buttons)

    def _ask_where(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, "Save your checklist", "my-passport-checklist.pdf",
                                                    "PDF files (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the PDF to ``path`` in the background; the status line says how it went."""
        self.save_button.setEnabled(False)
        set_role(self.status, "hint")
        self.status.setText("Saving…")
        self.runner.run(lambda: self.app.write_checklist(path), on_done=lambda _digest: self._saved(path),
                        on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.save_button.setEnabled(True)
        self.status.setText(f"Saved to {path}. Print it for yourself; it is not for your manager.")

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        set_role(self.status, "error")
        self.status.setText("Not saved: " + failure_sentence(exc, "The checklist could not be saved."))
