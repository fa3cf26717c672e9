"""A dialog that shows a text to read and saves a file made from it: the private checklist, the calendar file.

The subclass adds what goes at the top (a hint, the preview) and says how to write the file; this class
gives the status line, Close and "Save…", asks where, writes in a worker and says how it went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import close_button_box, set_accessible, status_label

translate = QCoreApplication.translate


class PreviewSaveDialog(QDialog):
    """Subclasses set the class attributes, fill ``self.body`` and call :meth:`add_save_row` last.

    The words among the class attributes are made before the translator is installed, so they are marked
    ``QT_TRANSLATE_NOOP("<the subclass's name>", "…")`` and translated here, where they are shown (:meth:`shown`).
    """

    #: The file dialog's title, suggested name and filter; and what a failure says when nothing better is known.
    SAVE_TITLE = QT_TRANSLATE_NOOP("PreviewSaveDialog", "Save")
    SAVE_NAME = QT_TRANSLATE_NOOP("PreviewSaveDialog", "file")
    SAVE_KIND = "checklists"  # which remembered folder the chooser opens in (settings.FOLDER_KINDS)
    SAVE_FILTER = QT_TRANSLATE_NOOP("PreviewSaveDialog", "All files (*)")
    NOT_SAVED = QT_TRANSLATE_NOOP("PreviewSaveDialog", "The file could not be saved.")

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.saved_to: Path | None = None
        self.body = QVBoxLayout(self)

    def add_save_row(self, text: str, name: str, description: str) -> None:
        """The status line, then Close and the "Save…" button (``text``, accessible ``name`` and ``description``)."""
        self.status = status_label(self)
        self.body.addWidget(self.status)
        self.buttons = close_button_box(self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("PreviewSaveDialog", "Close"))  # Qt ships no Welsh for its own words
        close.setAccessibleName(close.text())
        self.save_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.save_button, name, description)
        self.save_button.clicked.connect(self._ask_where)
        self.body.addWidget(self.buttons)

    def shown(self, text: str) -> str:
        """A class attribute's words in the reader's language: looked up under the name of the class that set
        them (each subclass marks its own, under its own name), up to this one. By the class's name, not
        ``self.tr``'s runtime class: a subclass of a subclass (a test's) still finds them."""
        for cls in type(self).__mro__:
            shown = translate(cls.__name__, text)
            if shown != text or cls is PreviewSaveDialog:
                return shown
        return text

    def write(self, path: Path) -> object:
        """Write the file (runs in a worker); what it returns goes to :meth:`saved_message`."""
        raise NotImplementedError

    def saved_message(self, path: Path, result: object) -> str:
        """The status line once the file is written."""
        return translate("PreviewSaveDialog", "Saved to {path}.").format(path=path)

    def _ask_where(self) -> None:
        path = save_file(self, self.SAVE_KIND, self.shown(self.SAVE_TITLE), self.shown(self.SAVE_NAME),
                         self.shown(self.SAVE_FILTER))
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the file to ``path`` in the background; the status line says how it went."""
        self.save_button.setEnabled(False)
        set_role(self.status, "hint")
        self.status.setText(translate("PreviewSaveDialog", "Saving…"))
        self.runner.run(lambda: self.write(path), on_done=lambda result: self._saved(path, result),
                        on_error=self._failed)

    def _saved(self, path: Path, result: object) -> None:
        self.saved_to = path
        self.save_button.setEnabled(True)
        self.status.setText(self.saved_message(path, result))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        set_role(self.status, "error")
        #: {reason}: why, a whole sentence.
        self.status.setText(translate("PreviewSaveDialog", "Not saved: {reason}").format(
            reason=failure_sentence(exc, self.shown(self.NOT_SAVED))))
