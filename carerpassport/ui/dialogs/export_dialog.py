""""Export for my manager…": show exactly what will be shared, then save a signed PDF.

The preview is the real document: the signed PDF is made in a worker (``render_signed_pdf``) and its
pages are drawn with PDFium (``pypdfium2``; PySide6-Essentials has no QtPdf). Beside it, a plain list
of what is shared, for screen readers and in case the pages cannot be drawn. Nothing is written until
the employee chooses where to save; the export itself (sign, write atomically, log, record the share)
also runs in the worker. Nothing is put in temporary files: pages are rendered from bytes in memory.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import MAX_NAME, MAX_PURPOSE
from carerpassport.domain.sharing_agreement import (
    LINE_MANAGER,
    RECIPIENT_LABELS,
    Recipient,
    RecipientKind,
    agreement_lines,
)
from carerpassport.exchange.identity import short_fingerprint
from carerpassport.exchange.shared_selection import select_shared
from carerpassport.ui.dialogs.agreement_confirm import (
    Ask,
    ask_outside_agreement,
    chosen_kind,
    confirm_share,
    who_is_this_for_box,
)
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from carerpassport.app import PassportApp
    from carerpassport.exchange.pdf_sign import ExportResult  # pyHanko: imported by the worker that exports
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.screen_fit import available_size

#: Preview resolution: readable on screen without rendering huge bitmaps.
PREVIEW_DPI = 72
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


@dataclasses.dataclass(frozen=True)
class PageImage:
    """One rendered page as raw RGB bytes (made in the worker; turned into a QImage on the GUI thread)."""

    width: int
    height: int
    rgb: bytes


@dataclasses.dataclass(frozen=True)
class Preview:
    pdf_size: int
    pages: list[PageImage]
    #: Why the pages could not be drawn ("" when they were).
    unavailable: str = ""


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> Preview:
    """Draw every page of ``pdf`` (in memory); on any failure say why instead."""
    try:
        import pypdfium2
    except ImportError:
        return Preview(len(pdf), [], "The page preview needs the pypdfium2 package, which is not installed.")
    pages: list[PageImage] = []
    try:
        with _PDFIUM_LOCK:
            document = pypdfium2.PdfDocument(pdf)
            try:
                for index in range(len(document)):
                    image = document[index].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
                    pages.append(PageImage(image.width, image.height, image.tobytes("raw", "RGB")))
            finally:
                document.close()
    except Exception as exc:  # noqa: BLE001 - a preview failure must never block the export
        return Preview(len(pdf), [], f"The pages could not be drawn ({type(exc).__name__}).")
    return Preview(len(pdf), pages)


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def _html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class ExportDialog(QDialog):
    """Preview the signed PDF for the line manager, then save it where the employee chooses."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self._closed = False
        self.result_export: ExportResult | None = None
        #: Asks where to save; replaced in tests. Returns None when the employee cancels.
        self.choose_path: Callable[[], Path | None] = self._ask_where_to_save
        #: Asks before a share the sharing agreement does not allow (replaced in tests).
        self.ask_outside_agreement: Ask = ask_outside_agreement
        self._preview_serial = 0
        self.page_labels: list[QLabel] = []
        passport = app.editing.passport()
        title_window(self, "Export for my manager", "Shows exactly what your line manager will receive, then "
                     "saves it as a PDF signed by you.")
        # Room for the page beside the summary, but never the whole screen (it was 1100×780 on 768 px).
        area = available_size(self)
        self.resize(QSize(1100, 780).boundedTo(QSize(area.width() * 9 // 10, area.height() * 9 // 10)))
        layout = QVBoxLayout(self)

        layout.addWidget(hint_label("This is exactly what your line manager will see. Answers you keep private, "
                                    "your private notes and private actions are not included. The file is signed "
                                    "by you, so anyone can check it was not changed.", self))

        form = QFormLayout()
        self.recipient = QLineEdit(passport.manager.name, self)
        self.recipient.setMaxLength(MAX_NAME)  # a person's name, as in the passport
        self.recipient.setPlaceholderText("Your line manager's name")
        set_accessible(self.recipient, "Shared with", "Who this copy is for. It is printed on the first page and kept "
                       "in your sharing record.")
        self.purpose = QLineEdit(self)
        self.purpose.setMaxLength(MAX_PURPOSE)
        self.purpose.setPlaceholderText("For example: our 1:1 on 1 December")
        set_accessible(self.purpose, "Purpose", "Why you are sharing it. Printed on the first page; optional.")
        self.for_whom = who_is_this_for_box(self)
        self.agreement_note = hint_label("", self)
        self.agreement_note.setAccessibleName("What your sharing agreement says")
        form.addRow("W&ho is this for?", self.for_whom)
        form.addRow("", self.agreement_note)
        form.addRow("Shared &with", self.recipient)
        form.addRow("&Purpose", self.purpose)
        layout.addLayout(form)
        # One choosable item for this copy; it starts as the passport says (private until the employee
        # switched "Include this agreement in what I share" on).
        self.include_agreement = QCheckBox("Include my sharing agreement (who else may be given it, and when)", self)
        self.include_agreement.setChecked(passport.sharing_agreement.shared)
        set_accessible(self.include_agreement, "Include my sharing agreement",
                       "When ticked, your sharing agreement is printed above the signatures, so your manager signs "
                       "it too. It starts as you set it on the passport's “Sharing your passport” page.")
        self.include_agreement.toggled.connect(lambda _on: self.refresh_preview())
        layout.addWidget(self.include_agreement)
        self.for_whom.currentIndexChanged.connect(self._for_whom_changed)
        self._show_agreement_note()

        body = QHBoxLayout()
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setMinimumWidth(650)  # an A4 page at the preview resolution, and a scroll bar
        set_accessible(self.pages_area, "Preview of the pages", "The signed PDF as your manager will see it, page "
                       "by page. The list beside it says the same in words.")
        self.pages_box = QWidget(self.pages_area)
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_area.setWidget(self.pages_box)
        self.pages_status = status_label(self.pages_box, "Preview status", "Whether the page preview is ready.")
        self.pages_status.setText("Preparing the preview…")
        self.pages_layout.addWidget(self.pages_status)
        body.addWidget(self.pages_area, 3)

        self.shared_list = QTextBrowser(self)
        self.shared_list.setOpenLinks(False)
        set_accessible(self.shared_list, "What will be shared", "Every answer and agreed action in this export, "
                       "in words.")
        body.addWidget(self.shared_list, 2)
        layout.addLayout(body, 1)

        self.message = status_label(self, "Result", "What happened when you saved, or what went wrong.")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton("&Save signed PDF…", self)
        self.save_button.setDefault(True)
        set_accessible(self.save_button, "Save signed PDF", "Choose where to save the PDF; it is signed and your "
                       "sharing record is updated.")
        self.close_button = QPushButton("Cancel", self)
        set_accessible(self.close_button, "Cancel", "Close without saving anything.")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.recipient.editingFinished.connect(self.refresh_preview)
        self.recipient.editingFinished.connect(self._show_agreement_note)  # "someone else" is named there
        self.purpose.editingFinished.connect(self.refresh_preview)
        self.refresh_preview()
        self.save_button.setFocus()

    def done(self, result: int) -> None:
        """Closing while the worker is busy is fine: its result is then ignored (the widgets may be gone)."""
        self._closed = True
        super().done(result)

    # --- preview ---------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Make the signed PDF for the current recipient and purpose in the worker, then draw it."""
        self._preview_serial += 1
        serial = self._preview_serial
        recipient, purpose = self.recipient.text().strip() or None, self.purpose.text().strip()
        kind = chosen_kind(self.for_whom)
        if recipient is None and kind is not None:
            recipient = RECIPIENT_LABELS[kind]  # as the export names them
        app, agreement = self.app, self.include_agreement.isChecked()

        def work() -> Preview:
            return render_pages(app.pdfs.render_signed_pdf(recipient=recipient, purpose=purpose,
                                                           include_agreement=agreement))

        self.pages_status.setText("Preparing the preview…")
        self._show_shared_list()
        self.runner.run(work, lambda preview: self._show_preview(serial, preview),
                        lambda exc: self._preview_failed(serial, exc))

    def _show_preview(self, serial: int, preview: Preview) -> None:
        if self._closed or serial != self._preview_serial:  # closed, or a newer preview was asked for
            return
        self._clear_pages()
        if preview.unavailable:
            self.pages_status.setText(preview.unavailable + " The list beside this says exactly what is shared.")
            return
        total = len(preview.pages)
        self.pages_status.setText(f"{total} page{'s' if total != 1 else ''}, {preview.pdf_size // 1024} KB.")
        for number, page in enumerate(preview.pages, start=1):
            image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888).copy()
            label = QLabel(self.pages_box)
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            set_accessible(label, f"Page {number} of {total}",
                           "An image of the page; the list beside the preview has the same text.")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def _preview_failed(self, serial: int, exc: BaseException) -> None:
        if self._closed or serial != self._preview_serial:
            return
        self._clear_pages()
        text = failure_sentence(exc, "The preview could not be made.")
        self.pages_status.setText(text)

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []

    def _show_shared_list(self) -> None:
        passport, template = self.app.editing.passport(), self.app.template
        shared = select_shared(passport, template, include_agreement=self.include_agreement.isChecked())
        answers = shared["answers"]
        parts = [f"<h3>What {escape(self.recipient.text() or 'your manager')} will see</h3>",
                 f"<p><b>You:</b> {escape(passport.employee.name or '(no name)')}<br>"
                 f"<b>Line manager:</b> {escape(passport.manager.name or '(not set)')}</p>"]
        for section in template.sections:
            shown = [f for f in section.fields if f.id in answers]
            if shown:
                parts.append(f"<h4>{escape(section.title)}</h4>")
                parts += [f"<p><b>{escape(f.label)}</b><br>{_html_text(answers[f.id]['text'])}</p>" for f in shown]
        if not answers:
            parts.append("<p><i>No answers are marked to share.</i></p>")
        parts.append(f"<h4>Agreed actions ({len(shared['actions'])})</h4>")
        parts += [f"<p>• {escape(a['what'])}</p>" for a in shared["actions"]]
        if "sharing_agreement" in shared:
            parts.append(f"<h4>{escape(template.sharing_agreement_text.title)}</h4>")
            parts += [f"<p>• {escape(line)}</p>" for line in agreement_lines(passport.sharing_agreement)]
        private = [f.label for f in template.employee_fields()
                   if passport.answer(f.id).text.strip() and f.id not in answers]
        hidden_actions = sum(not a.shared for a in passport.actions)
        parts.append(f"<h4>Not shared</h4><p>{_count(len(private), 'private answer')}, "
                     f"{_count(hidden_actions, 'private action')}"
                     + (", your private notes" if passport.private_notes.strip() else "")
                     + ("" if "sharing_agreement" in shared else ", your sharing agreement") + ".</p>")
        self.shared_list.setHtml("".join(parts))

    # --- saving ----------------------------------------------------------------------------------
    def _ask_where_to_save(self) -> Path | None:
        name = (self.app.editing.passport().employee.name or "passport").replace(" ", "-")
        path = save_file(self, "exports", "Save the signed PDF", f"carers-passport-{name}.pdf", "PDF files (*.pdf)")
        if not path:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # --- who it is for (the sharing agreement) -------------------------------------------------------
    def chosen_recipient(self) -> Recipient:
        """The kind of recipient chosen; "someone else" is named by the "Shared with" field."""
        kind = chosen_kind(self.for_whom)
        if kind is None:
            return LINE_MANAGER
        return Recipient(kind, self.recipient.text().strip() if kind is RecipientKind.OTHER else "")

    def _for_whom_changed(self) -> None:
        # The line manager's name is filled in for them; for anyone else it would name the wrong person.
        kind = chosen_kind(self.for_whom)
        manager = self.app.editing.passport().manager.name
        if kind is None:
            if not self.recipient.text().strip():
                self.recipient.setText(manager)
        elif self.recipient.text().strip() == manager.strip():
            self.recipient.clear()
        self.recipient.setPlaceholderText("Their name (required)" if kind is RecipientKind.OTHER
                                          else "Your line manager's name" if kind is None
                                          else "Their name or team (optional)")
        self._show_agreement_note()
        self.refresh_preview()

    def _show_agreement_note(self) -> None:
        """What the agreement says about the chosen recipient (nothing for the line manager)."""
        kind = chosen_kind(self.for_whom)
        self.agreement_note.setVisible(kind is not None)
        try:
            decision = self.app.pdfs.agreement_decision(self.chosen_recipient())
        except ValidationError as exc:  # "someone else" not named yet
            self.agreement_note.setText(str(exc))
            return
        self.agreement_note.setText(decision.sentence if kind is not None else "")

    def save(self) -> None:
        """Ask about the sharing agreement if it does not allow this recipient, then where to save; then sign,
        write and record the share in the worker."""
        try:
            for_whom = self.chosen_recipient()
        except ValidationError as exc:
            self._say(str(exc), "error")
            self.recipient.setFocus()
            return
        confirmed = self.app.pdfs.agreement_decision(for_whom).needs_confirmation
        if confirmed and not confirm_share(self, self.app, for_whom, "pdf", self.ask_outside_agreement):
            self._say("Nothing was shared: your sharing agreement does not allow it and you did not confirm it. "
                      "Your log records that.", "hint")
            return
        path = self.choose_path()
        if path is None:
            return
        recipient, purpose, app = self.recipient.text().strip() or None, self.purpose.text().strip(), self.app
        agreement = self.include_agreement.isChecked()
        self.save_button.setEnabled(False)
        self._say("Signing and saving…", "hint")
        self.runner.run(lambda: app.pdfs.export_signed_pdf(path, recipient=recipient, purpose=purpose,
                                                           include_agreement=agreement, for_whom=for_whom,
                                                           confirm_outside_agreement=confirmed),
                        self._saved, self._save_failed)

    def _saved(self, result: ExportResult) -> None:
        self.result_export = result
        if self._closed:
            return
        fingerprint = short_fingerprint(self.app.identity().fingerprint)
        self._say(f"Saved {result.path.name} (revision {result.revision}). Give it to your manager however you "
                  f"usually share documents. If they ask, your signing fingerprint starts {fingerprint}.", "saved")
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close")
        self.close_button.setFocus()

    def _save_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.save_button.setEnabled(True)
        if isinstance(exc, OSError):
            text = f"The file could not be saved: {exc.strerror or exc}. Choose another folder and try again."
        else:
            text = failure_sentence(exc, "Nothing was saved.")
        self._say(text, "error")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(True)

