""""Check a passport file": who signed a passport PDF, whether it is unchanged, whether it was countersigned.

The check (``app.pdfs.verify_file``) runs in the worker and writes nothing to the vault. The verdict
comes first, in words; the details follow as selectable text, so a fingerprint can be read aloud or
copied for an out-of-band comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerpassport.domain.errors import InternalError, PassportError
from carerpassport.ui.dates import readable
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.warm_up import warm_pdf_modules_in_background
from carerpassport.ui.widgets.accessible import close_button_box, hint_label, set_accessible, title_window
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow

if TYPE_CHECKING:
    from carerpassport.app import PassportApp
    from carerpassport.exchange.pdf_report import VerificationReport  # pyHanko: imported by the checking worker

translate = QCoreApplication.translate


def _failed_check(reason: str) -> str:
    #: {reason} is a sentence saying what is wrong with the file.
    return translate("VerifyDialog", "This file failed the check. {reason}").format(reason=reason)


def verdict(report: VerificationReport) -> tuple[str, str]:
    """The one-line answer and its style role."""
    if not report.ok:
        return _failed_check(report.problems[0]), "error"
    who = report.signer_name or translate("VerifyDialog", "someone")
    if report.signed_by_this_vault:
        signed = translate("VerifyDialog", "Signed by {who} with your own key and unchanged since.").format(who=who)
    else:
        signed = translate("VerifyDialog", "Signed by {who} and unchanged since.").format(who=who)
    if report.manager_signed:
        signed += " " + translate("VerifyDialog", "Countersigned by {manager}.").format(
            manager=report.manager_signer_name or translate("VerifyDialog", "the line manager"))
    return signed, "saved"


def _signed_at(report: VerificationReport) -> str:
    if not report.signed_at:
        return translate("VerifyDialog", "Unknown")
    #: {day} is a date ("1 December 2026"), {time} a time of day and time zone ("14:05 UTC").
    return translate("VerifyDialog", "{day}, {time}").format(day=readable(report.signed_at.date()),
                                                            time=report.signed_at.strftime('%H:%M %Z').strip())


def _countersigned(report: VerificationReport) -> str:
    if not report.manager_signed:
        return translate("VerifyDialog", "No")
    by = translate("VerifyDialog", "Yes, by {manager}").format(
        manager=report.manager_signer_name or translate("VerifyDialog", "unknown"))
    if report.manager_covers_whole_file and not report.manager_validation_data_after:
        return by
    return f"{by} ({report.manager_coverage})"


def report_html(report: VerificationReport) -> str:
    """The details of a check as simple HTML (every value escaped)."""
    yes, no, unknown = (translate("VerifyDialog", "Yes"), translate("VerifyDialog", "No"),
                        translate("VerifyDialog", "Unknown"))
    not_given = translate("VerifyDialog", "(not given)")
    rows = [
        (translate("VerifyDialog", "Signed by"),
         report.signer_name or translate("VerifyDialog", "(no name in the certificate)")),
        (translate("VerifyDialog", "Fingerprint"), report.signer_fingerprint),
        (translate("VerifyDialog", "Signed with this vault's key"),
         {True: yes, False: translate("VerifyDialog", "No: another person's or another vault's key"),
          None: translate("VerifyDialog", "Not checked")}[report.signed_by_this_vault]),
        (translate("VerifyDialog", "Signed at"), _signed_at(report)),
        (translate("VerifyDialog", "Unchanged since signing"), yes if report.intact else no),
        (translate("VerifyDialog", "Certification"), report.certification_words),
        (translate("VerifyDialog", "Passport"), report.passport_id or unknown),
        (translate("VerifyDialog", "Revision"), str(report.revision) if report.revision is not None else unknown),
        (translate("VerifyDialog", "Content hash"), report.content_hash),
        (translate("VerifyDialog", "Employee"), report.employee_name or not_given),
        (translate("VerifyDialog", "Line manager"), report.manager_name or not_given),
        (translate("VerifyDialog", "Shared"), report.shared_summary),
        (translate("VerifyDialog", "Countersigned"), _countersigned(report)),
    ]
    if report.manager_signed:
        rows.append((translate("VerifyDialog", "Manager's fingerprint"), report.manager_fingerprint))
    table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
    parts = [f"<table>{table}</table>"]
    if report.problems:
        parts.append("<h4>{}</h4><ul>".format(escape(translate("VerifyDialog", "Problems")))
                     + "".join(f"<li>{escape(p)}</li>" for p in report.problems) + "</ul>")
    if report.notes:
        parts.append("<h4>{}</h4><ul>".format(escape(translate("VerifyDialog", "Notes")))
                     + "".join(f"<li>{escape(n)}</li>" for n in report.notes) + "</ul>")
    parts.append("<p>{}</p>".format(escape(translate("VerifyDialog", "Compare the fingerprint with the person who "
                                                                     "signed, in person or by phone, before you rely "
                                                                     "on who signed it."))))
    return "".join(parts)


class VerifyDialog(QDialog):
    """Choose a passport PDF and see who signed it and whether it is intact."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self._closed = False
        self.report: VerificationReport | None = None
        #: Asks which file to check; replaced in tests. Returns None when the person cancels.
        self.choose_file: Callable[[], Path | None] = self._ask_for_file
        warm_pdf_modules_in_background()  # pyHanko loads in a worker while the person chooses a file
        title_window(self, translate("VerifyDialog", "Check a passport file"), translate(
            "VerifyDialog", "Shows who signed a passport PDF, whether it was changed after signing, and whether it "
            "was countersigned. Nothing is saved."))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("VerifyDialog", "Choose a passport PDF to check. Nothing is saved or "
                                                              "imported."), self))

        chooser = FileChooserRow(self, button_text=translate("VerifyDialog", "C&hoose a file…"),
                                 button_name=translate("VerifyDialog", "Choose a file"),
                                 button_description=translate("VerifyDialog", "Pick the passport PDF to check."),
                                 path_name=translate("VerifyDialog", "File to check"),
                                 path_description=translate("VerifyDialog", "The passport PDF being checked."),
                                 placeholder=translate("VerifyDialog", "No file chosen"))
        self.path, self.choose_button = chooser.path, chooser.button
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(chooser)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        set_accessible(self.verdict, translate("VerifyDialog", "Verdict"),
                       translate("VerifyDialog", "Whether the file can be relied on, in one sentence."))
        set_role(self.verdict, "subheading")
        layout.addWidget(self.verdict)

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        set_accessible(self.details, translate("VerifyDialog", "Details"), translate(
            "VerifyDialog", "Who signed, the fingerprint, the passport and revision, the countersignature and any "
            "problems found."))
        layout.addWidget(self.details, 1)

        buttons = close_button_box(self, translate("VerifyDialog", "Close this window."))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("VerifyDialog", "&Close"))
        close.setAccessibleName(translate("VerifyDialog", "Close"))
        layout.addWidget(buttons)
        self.choose_button.setFocus()

    def done(self, result: int) -> None:
        """Closing while the worker is busy is fine: its result is then ignored (the widgets may be gone)."""
        self._closed = True
        super().done(result)

    def _ask_for_file(self) -> Path | None:
        return open_file(self, "received", translate("VerifyDialog", "Choose a passport PDF"),
                         translate("VerifyDialog", "PDF files (*.pdf);;All files (*)"))

    def choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Check ``path`` in the worker; the verdict and details appear when done."""
        self.path.setText(str(path))
        self.report = None
        self.choose_button.setEnabled(False)
        self._show_verdict(translate("VerifyDialog", "Checking…"), "hint")
        self.details.clear()
        app = self.app
        self.runner.run(lambda: app.pdfs.verify_file(path), self._checked, self._failed)

    def _checked(self, report: VerificationReport) -> None:
        self.report = report
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        self._show_verdict(*verdict(report))
        self.details.setHtml(report_html(report))

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        if isinstance(exc, InternalError) or not isinstance(exc, PassportError | OSError):
            # A bug of ours: the file did not fail anything, so do not say it did.
            self._show_verdict(failure_sentence(exc, translate("VerifyDialog", "The file was not checked.")), "error")
        elif isinstance(exc, OSError):
            self._show_verdict(_failed_check(translate("VerifyDialog", "The file could not be read: {reason}.").format(
                reason=exc.strerror or exc)), "error")
        else:
            self._show_verdict(_failed_check(str(exc)), "error")

    def _show_verdict(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        set_role(self.verdict, role)
