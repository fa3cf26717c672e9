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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
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


def verdict(report: VerificationReport) -> tuple[str, str]:
    """The one-line answer and its style role."""
    if not report.ok:
        return "This file failed the check. " + report.problems[0], "error"
    who = report.signer_name or "someone"
    mine = " with your own key" if report.signed_by_this_vault else ""
    signed = f"Signed by {who}{mine} and unchanged since."
    if report.manager_signed:
        signed += f" Countersigned by {report.manager_signer_name or 'the line manager'}."
    return signed, "saved"


def report_html(report: VerificationReport) -> str:
    """The details of a check as simple HTML (every value escaped)."""
    rows = [
        ("Signed by", report.signer_name or "(no name in the certificate)"),
        ("Fingerprint", report.signer_fingerprint),
        ("Signed with this vault's key", {True: "Yes", False: "No: another person's or another vault's key",
                                          None: "Not checked"}[report.signed_by_this_vault]),
        ("Signed at", f"{readable(report.signed_at.date())}, {report.signed_at.strftime('%H:%M %Z').strip()}"
         if report.signed_at else "Unknown"),
        ("Unchanged since signing", "Yes" if report.intact else "No"),
        ("Certification", report.certification_level),
        ("Passport", report.passport_id or "Unknown"),
        ("Revision", str(report.revision) if report.revision is not None else "Unknown"),
        ("Content hash", report.content_hash),
        ("Employee", report.employee_name or "(not given)"),
        ("Line manager", report.manager_name or "(not given)"),
        ("Shared", report.shared_summary),
        ("Countersigned", (f"Yes, by {report.manager_signer_name or 'unknown'}"
                           + ("" if report.manager_covers_whole_file and not report.manager_validation_data_after
                              else f" ({report.manager_coverage})"))
         if report.manager_signed else "No"),
    ]
    if report.manager_signed:
        rows.append(("Manager's fingerprint", report.manager_fingerprint))
    table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
    parts = [f"<table>{table}</table>"]
    if report.problems:
        parts.append("<h4>Problems</h4><ul>" + "".join(f"<li>{escape(p)}</li>" for p in report.problems) + "</ul>")
    if report.notes:
        parts.append("<h4>Notes</h4><ul>" + "".join(f"<li>{escape(n)}</li>" for n in report.notes) + "</ul>")
    parts.append("<p>Compare the fingerprint with the person who signed, in person or by phone, before you rely "
                 "on who signed it.</p>")
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
        title_window(self, "Check a passport file", "Shows who signed a passport PDF, whether it was changed "
                     "after signing, and whether it was countersigned. Nothing is saved.")
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label("Choose a passport PDF to check. Nothing is saved or imported.", self))

        chooser = FileChooserRow(self, button_text="&Choose a file…", button_name="Choose a file",
                                 button_description="Pick the passport PDF to check.",
                                 path_name="File to check", path_description="The passport PDF being checked.",
                                 placeholder="No file chosen")
        self.path, self.choose_button = chooser.path, chooser.button
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(chooser)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        set_accessible(self.verdict, "Verdict", "Whether the file can be relied on, in one sentence.")
        set_role(self.verdict, "subheading")
        layout.addWidget(self.verdict)

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        set_accessible(self.details, "Details", "Who signed, the fingerprint, the passport and revision, "
                       "the countersignature and any problems found.")
        layout.addWidget(self.details, 1)

        layout.addWidget(close_button_box(self, "Close this window."))
        self.choose_button.setFocus()

    def done(self, result: int) -> None:
        """Closing while the worker is busy is fine: its result is then ignored (the widgets may be gone)."""
        self._closed = True
        super().done(result)

    def _ask_for_file(self) -> Path | None:
        return open_file(self, "received", "Choose a passport PDF", "PDF files (*.pdf);;All files (*)")

    def choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Check ``path`` in the worker; the verdict and details appear when done."""
        self.path.setText(str(path))
        self.report = None
        self.choose_button.setEnabled(False)
        self._show_verdict("Checking…", "hint")
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
            self._show_verdict(failure_sentence(exc, "The file was not checked."), "error")
        elif isinstance(exc, OSError):
            self._show_verdict(f"This file failed the check. The file could not be read: {exc.strerror or exc}.",
                               "error")
        else:
            self._show_verdict("This file failed the check. " + str(exc), "error")

    def _show_verdict(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        set_role(self.verdict, role)
