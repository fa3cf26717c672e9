"""Shows a new recovery code once, lets the user print or save it, and checks they kept it.

Used by the first-run dialog and by "New recovery code…" in settings. The user proves they kept the
code by typing one group of it back (a group other than the first, chosen at random), which catches
"I'll write it down later". The code is never written anywhere except where the user saves or prints.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, Qt, Signal, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.output_files import atomic_write
from carerpassport.ui.dates import readable
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.session import ClipboardGuard
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role

translate = QCoreApplication.translate


def check_words(group: int) -> str:
    """The sentence asking for group ``group`` (2 to 6) back: one sentence a group, since languages say
    "the second group" in their own ways."""
    sentences = {
        2: translate("RecoveryCodeWidget", "To show you have kept it, type the <b>second group</b> of your code "
                     "(five letters or digits):"),
        3: translate("RecoveryCodeWidget", "To show you have kept it, type the <b>third group</b> of your code "
                     "(five letters or digits):"),
        4: translate("RecoveryCodeWidget", "To show you have kept it, type the <b>fourth group</b> of your code "
                     "(five letters or digits):"),
        5: translate("RecoveryCodeWidget", "To show you have kept it, type the <b>fifth group</b> of your code "
                     "(five letters or digits):"),
        6: translate("RecoveryCodeWidget", "To show you have kept it, type the <b>sixth group</b> of your code "
                     "(five letters or digits):"),
    }
    #: {number} is the group's number, counted from the left.
    return sentences.get(group) or translate(
        "RecoveryCodeWidget", "To show you have kept it, type <b>group {number}</b> of your code (five letters or "
        "digits):").format(number=group)


def recovery_sheet_html(code: str, created: dt.date) -> str:
    """The text printed or saved with the code: what it is and how to keep it (no passport content)."""
    return (
        "<h2>" + translate("RecoveryCodeWidget", "Carer's Passport — recovery code") + "</h2>"
        f"<p style='font-size:16pt; font-family:monospace; white-space:nowrap'><b>{code}</b></p>"
        #: {date} is the day the code was made, e.g. "2 December 2026".
        + translate("RecoveryCodeWidget", "<p>Created on {date}.</p>"
                    "<p>This code opens your passport if you forget your passphrase or move to a new computer. "
                    "Keep it somewhere safe and private, away from the computer — for example with your important "
                    "papers at home.</p>"
                    "<p>Anyone who has this code and a copy of your passport files can read your passport. "
                    "If you make a new code in Settings, this one stops working.</p>").format(date=readable(created))
    )


class RecoveryCodeWidget(QWidget):
    """The code, Copy / Print… / Save to file…, and a "type group N back" check.

    ``confirmed`` is emitted once the typed group matches; ``is_confirmed`` says whether it has.
    """

    confirmed = Signal()

    def __init__(self, code: str, runner: TaskRunner | None = None, parent: QWidget | None = None,
                 *, clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self._groups = code.split("-")
        self.runner = runner
        self.clipboard = clipboard or ClipboardGuard(parent=self)
        #: Which group (1-based) the user must type back; never the first.
        self.check_group = 2 + secrets.randbelow(len(self._groups) - 1)
        self.is_confirmed = False
        self.saved_to: Path | None = None
        self._build()

    # --- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        intro = QLabel(translate(
            "RecoveryCodeWidget", "This is your <b>recovery code</b>. It is the only way back into your passport if "
            "you forget your passphrase or your computer's keyring is lost. It is shown <b>only now</b>."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.code_field = QLineEdit(self._code)
        self.code_field.setReadOnly(True)
        self.code_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.code_field, "code")
        self.code_field.setAccessibleName(translate("RecoveryCodeWidget", "Recovery code"))
        #: {groups} is the code itself, its groups separated by commas.
        self.code_field.setAccessibleDescription(translate(
            "RecoveryCodeWidget", "Your recovery code, six groups of five letters and digits: {groups}").format(
            groups=", ".join(self._groups)))
        layout.addWidget(self.code_field)

        buttons = QHBoxLayout()
        self.print_button = self._button(
            translate("RecoveryCodeWidget", "&Print…"), translate("RecoveryCodeWidget", "Print the recovery code"),
            translate("RecoveryCodeWidget", "Print the code on paper, or save it as a PDF if there is no printer."),
            self.print_code)
        self.save_button = self._button(
            translate("RecoveryCodeWidget", "&Save to file…"),
            translate("RecoveryCodeWidget", "Save the recovery code to a file"),
            translate("RecoveryCodeWidget", "Save the code in a text file only you can read, for example on a USB "
                      "stick."), self.save_code)
        self.copy_button = self._button(
            translate("RecoveryCodeWidget", "C&opy"), translate("RecoveryCodeWidget", "Copy the recovery code"),
            translate("RecoveryCodeWidget", "Copy the code; it is cleared from the clipboard after {count} "
                      "seconds.").format(count=self.clipboard.seconds), self.copy_code)
        for button in (self.print_button, self.save_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        set_role(self.status, "hint")
        layout.addWidget(self.status)

        self.check_label = QLabel(check_words(self.check_group))
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        row = QHBoxLayout()
        self.check_field = QLineEdit()
        self.check_field.setMaxLength(7)
        #: A placeholder: {number} is the group's number.
        self.check_field.setPlaceholderText(translate("RecoveryCodeWidget", "group {number}").format(
            number=self.check_group))
        set_role(self.check_field, "code")
        self.check_field.setAccessibleName(translate("RecoveryCodeWidget", "Group {number} of the recovery code")
                                           .format(number=self.check_group))
        self.check_field.setAccessibleDescription(translate(
            "RecoveryCodeWidget", "Type group {number} (five letters or digits) of your recovery code, from your "
            "copy; groups are counted from the left.").format(number=self.check_group))
        self.check_label.setBuddy(self.check_field)
        self.check_field.returnPressed.connect(self.check)
        row.addWidget(self.check_field)
        self.kept_button = self._button(
            translate("RecoveryCodeWidget", "I have &kept it"),
            translate("RecoveryCodeWidget", "I have kept my recovery code"),
            translate("RecoveryCodeWidget", "Checks the group you typed; when it matches you can go on."), self.check)
        row.addWidget(self.kept_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.check_message = QLabel("")
        self.check_message.setWordWrap(True)
        self.check_message.setAccessibleName(translate("RecoveryCodeWidget", "Check result"))
        layout.addWidget(self.check_message)

    def _button(self, text: str, name: str, description: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- the check -------------------------------------------------------------------------------
    def expected_group(self) -> str:
        return self._groups[self.check_group - 1]

    @Slot()
    def check(self) -> bool:
        typed = "".join(ch for ch in self.check_field.text().upper() if ch.isalnum())
        typed = typed.translate(str.maketrans("018", "OIB"))
        if typed == self.expected_group():
            self.is_confirmed = True
            self.check_message.setText(translate("RecoveryCodeWidget", "That matches. Keep your copy safe."))
            set_role(self.check_message, "saved")
            self.check_field.setReadOnly(True)
            self.confirmed.emit()
            return True
        if not typed:
            self.check_message.setText(translate("RecoveryCodeWidget", "Type group {number} of the code first.")
                                       .format(number=self.check_group))
        else:
            self.check_message.setText(translate(
                "RecoveryCodeWidget", "That is not group {number} of your code. Look at your copy again: groups are "
                "counted from the left.").format(number=self.check_group))
        set_role(self.check_message, "error")
        self.check_field.setFocus()
        self.check_field.selectAll()
        return False

    # --- keeping a copy --------------------------------------------------------------------------
    @Slot()
    def copy_code(self) -> None:
        self.clipboard.copy_secret(self._code)
        self.status.setText(translate("RecoveryCodeWidget", "Copied. Paste it somewhere safe now: the clipboard is "
                                      "cleared in {count} seconds.").format(count=self.clipboard.seconds))

    def choose_save_path(self) -> Path | None:
        """Ask where to save (a modal question; tests replace this)."""
        return save_file(self, "recovery", translate("RecoveryCodeWidget", "Save the recovery code"),
                         "carer-passport-recovery-code.txt", translate("RecoveryCodeWidget", "Text files (*.txt)"))

    def choose_pdf_path(self) -> Path | None:
        return save_file(self, "recovery", translate("RecoveryCodeWidget", "Save the recovery code as a PDF"),
                         "carer-passport-recovery-code.pdf", translate("RecoveryCodeWidget", "PDF files (*.pdf)"))

    @Slot()
    def save_code(self) -> None:
        path = self.choose_save_path()
        if path is None:
            return
        #: The text file saved with the code: {code} is the code, {date} the day it was made.
        text = translate("RecoveryCodeWidget", "Carer's Passport recovery code\n\n    {code}\n\nCreated on {date}.\n\n"
                         "This code opens your passport if you forget your passphrase or move to a new computer.\n"
                         "Keep it somewhere safe and private. Anyone with this code and a copy of your passport\n"
                         "files can read your passport. A new code made in Settings replaces this one.\n").format(
            code=self._code, date=readable(dt.date.today()))
        self._write(path, text.encode("utf-8"))

    def _write(self, path: Path, data: bytes) -> None:
        def done(_: object) -> None:
            self.saved_to = path
            #: {path} is the file's full name.
            self.status.setText(translate("RecoveryCodeWidget", "Saved to {path}. Only you can read that file. Move "
                                          "it somewhere safe (a USB stick you keep at home), not a shared folder.")
                                .format(path=path))

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            reason = failure_sentence(exc).rstrip(".")
            #: {path} is the file's full name, {reason} the system's words for what went wrong.
            QMessageBox.warning(self, translate("RecoveryCodeWidget", "Could not save"), translate(
                "RecoveryCodeWidget", "The code was not saved to {path}: {reason}. Choose another folder, or print it "
                "instead.").format(path=path, reason=reason))

        if self.runner is None:
            try:
                atomic_write(path, data)
            except OSError as exc:
                failed(exc)
                return
            done(None)
        else:
            self.runner.run(lambda: atomic_write(path, data), done, failed)

    def printers_available(self) -> bool:
        from PySide6.QtPrintSupport import QPrinterInfo

        return bool(QPrinterInfo.availablePrinters())

    @Slot()
    def print_code(self) -> None:
        """Print with the system dialog; with no printer, save the same page as a PDF instead."""
        document = QTextDocument()
        document.setHtml(recovery_sheet_html(self._code, dt.date.today()))
        if self.printers_available():
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(translate("RecoveryCodeWidget", "Print the recovery code"))
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                document.print_(printer)
                self.status.setText(translate("RecoveryCodeWidget", "Sent to the printer. Collect the page now."))
            return
        path = self.choose_pdf_path()
        if path is None:
            return
        self._write(path, render_pdf(document))
        self.status.setText(translate("RecoveryCodeWidget", "No printer is set up on this computer, so the page was "
                                      "saved as a PDF instead."))


def render_pdf(document: QTextDocument) -> bytes:
    """An A4 PDF of ``document``, in memory (so the file can then be written atomically)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("RecoveryCodeWidget", "Carer's Passport recovery code"))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())
