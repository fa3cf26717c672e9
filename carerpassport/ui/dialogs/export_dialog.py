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

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
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
from carerpassport.domain.template import Field
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
from carerpassport.ui.gui_language import gui_language
from carerpassport.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from carerpassport.app import PassportApp
    from carerpassport.exchange.pdf_sign import ExportResult  # pyHanko: imported by the worker that exports
from carerpassport.languages import ENGLISH, LANGUAGE_NAMES, WELSH
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.screen_fit import available_size
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

translate = QCoreApplication.translate

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
        return Preview(len(pdf), [], translate("ExportDialog", "The page preview needs the pypdfium2 package, "
                                                          "which is not installed."))
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
        #: {error} is the name of a programming error (such as ValueError), for whoever reports it.
        return Preview(len(pdf), [], translate("ExportDialog", "The pages could not be drawn ({error}).").format(
            error=type(exc).__name__))
    return Preview(len(pdf), pages)


def _private_answers(n: int) -> str:
    if n == 1:
        return translate("ExportDialog", "1 private answer")
    return translate("ExportDialog", "{count} private answers").format(count=n)


def _private_actions(n: int) -> str:
    if n == 1:
        return translate("ExportDialog", "1 private action")
    return translate("ExportDialog", "{count} private actions").format(count=n)


def _fit_example(edit: QLineEdit) -> None:
    """At least as wide as its placeholder (the example of what to type), which otherwise is cut off."""
    # 2 × (1 px margin + 1 px border + 4 px padding) + Qt's 2 px text margins, and a little air
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 20)


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
        title_window(self, translate("ExportDialog", "Export for my manager"),
                     translate("ExportDialog", "Shows exactly what your line manager will receive, then saves it "
                               "as a PDF signed by you."))
        # Room for the page beside the summary, but never the whole screen (it was 1100×780 on 768 px).
        area = available_size(self)
        self.resize(QSize(1100, 780).boundedTo(QSize(area.width() * 9 // 10, area.height() * 9 // 10)))
        layout = QVBoxLayout(self)
        # The choices above the preview scroll when the dialog is short of height (large text on a small
        # screen): squeezed, their labels were cut in half.
        choices = QWidget(self)
        above = QVBoxLayout(choices)
        above.setContentsMargins(0, 0, 0, 0)
        self.choices_area, _ = page_area(
            self, translate("ExportDialog", "What goes into this copy"),
            translate("ExportDialog", "Who the copy is for, why, its language and whether your sharing agreement is "
                      "in it."), content=choices)

        above.addWidget(hint_label(translate(
            "ExportDialog", "This is exactly what your line manager will see. Answers you keep private, your private "
            "notes and private actions are not included. The file is signed by you, so anyone can check it was not "
            "changed."), self))

        form = QFormLayout()
        # A field whose example does not fit beside the labels goes under its label (translated, at 200 % text,
        # the examples were cut off); see _fit_example.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recipient = QLineEdit(passport.manager.name, self)
        self.recipient.setMaxLength(MAX_NAME)  # a person's name, as in the passport
        self.recipient.setPlaceholderText(translate("ExportDialog", "Your line manager's name"))
        _fit_example(self.recipient)
        set_accessible(self.recipient, translate("ExportDialog", "Shared with"),
                       translate("ExportDialog", "Who this copy is for. It is printed on the first page and kept in "
                                 "your sharing record."))
        self.purpose = QLineEdit(self)
        self.purpose.setMaxLength(MAX_PURPOSE)
        self.purpose.setPlaceholderText(translate("ExportDialog", "For example: our 1:1 on 1 December"))
        _fit_example(self.purpose)
        set_accessible(self.purpose, translate("ExportDialog", "Purpose"),
                       translate("ExportDialog", "Why you are sharing it. Printed on the first page; optional."))
        self.for_whom = who_is_this_for_box(self)
        self.agreement_note = hint_label("", self)
        self.agreement_note.setAccessibleName(translate("ExportDialog", "What your sharing agreement says"))
        #: The copy's language, which may differ from the app's (a Welsh speaker's English copy for an English
        #: speaker): it starts as the app's own.
        self.language_box = QComboBox(self)
        for code in (ENGLISH, WELSH):  # each language named in itself
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(self.language_box.findData(gui_language()))
        set_accessible(self.language_box, translate("ExportDialog", "Language of this copy"),
                       translate("ExportDialog", "The language the PDF is written in: its headings, dates and the "
                                 "employer's questions where their form has them in that language."))
        form.addRow(translate("ExportDialog", "W&ho is this for?"), self.for_whom)
        form.addRow("", self.agreement_note)
        form.addRow(translate("ExportDialog", "Shared &with"), self.recipient)
        form.addRow(translate("ExportDialog", "&Purpose"), self.purpose)
        form.addRow(translate("ExportDialog", "&Language of this copy"), self.language_box)
        above.addLayout(form)
        # One choosable item for this copy; it starts as the passport says (private until the employee
        # switched "Include this agreement in what I share" on).
        self.include_agreement = QCheckBox(self)
        self.include_agreement.setChecked(passport.sharing_agreement.shared)
        set_accessible(self.include_agreement, translate("ExportDialog", "Include my sharing agreement"),
                       translate("ExportDialog", "When ticked, your sharing agreement is printed above the "
                                 "signatures, so your manager signs it too. It starts as you set it on the "
                                 "passport's “Sharing your passport” page."))
        self.include_agreement.toggled.connect(lambda _on: self.refresh_preview())
        # Its words wrap (a check box's own never do: translated, at 200 % text, they made the dialog wider
        # than the screen).
        choice = wrapping_choice(self.include_agreement, translate(
            "ExportDialog", "Include my sharing agreement (who else may be given it, and when)"), self)
        # As tall as its words need: when the dialog is short of height the page preview gives it up, not this.
        choice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        above.addWidget(choice)
        layout.addWidget(self.choices_area)
        self.for_whom.currentIndexChanged.connect(self._for_whom_changed)
        self._show_agreement_note()

        body = QHBoxLayout()
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setMinimumWidth(650)  # an A4 page at the preview resolution, and a scroll bar
        set_accessible(self.pages_area, translate("ExportDialog", "Preview of the pages"),
                       translate("ExportDialog", "The signed PDF as your manager will see it, page by page. The list "
                                 "beside it says the same in words."))
        self.pages_box = QWidget(self.pages_area)
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_area.setWidget(self.pages_box)
        self.pages_status = status_label(self.pages_box, translate("ExportDialog", "Preview status"),
                                         translate("ExportDialog", "Whether the page preview is ready."))
        self.pages_status.setText(translate("ExportDialog", "Preparing the preview…"))
        self.pages_layout.addWidget(self.pages_status)
        body.addWidget(self.pages_area, 3)

        self.shared_list = QTextBrowser(self)
        self.shared_list.setOpenLinks(False)
        set_accessible(self.shared_list, translate("ExportDialog", "What will be shared"),
                       translate("ExportDialog", "Every answer and agreed action in this export, in words."))
        body.addWidget(self.shared_list, 2)
        layout.addLayout(body, 1)

        self.message = status_label(self, translate("ExportDialog", "Result"),
                                    translate("ExportDialog", "What happened when you saved, or what went wrong."))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("ExportDialog", "&Save signed PDF…"), self)
        self.save_button.setDefault(True)
        set_accessible(self.save_button, translate("ExportDialog", "Save signed PDF"),
                       translate("ExportDialog", "Choose where to save the PDF; it is signed and your sharing record "
                                 "is updated."))
        self.close_button = QPushButton(translate("ExportDialog", "Cancel"), self)
        set_accessible(self.close_button, translate("ExportDialog", "Cancel"),
                       translate("ExportDialog", "Close without saving anything."))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.recipient.editingFinished.connect(self.refresh_preview)
        self.recipient.editingFinished.connect(self._show_agreement_note)  # "someone else" is named there
        self.purpose.editingFinished.connect(self.refresh_preview)
        self.language_box.currentIndexChanged.connect(lambda _index: self.refresh_preview())
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
        app, agreement, language = self.app, self.include_agreement.isChecked(), self.copy_language()

        def work() -> Preview:
            return render_pages(app.pdfs.render_signed_pdf(recipient=recipient, purpose=purpose,
                                                           include_agreement=agreement, language=language))

        self.pages_status.setText(translate("ExportDialog", "Preparing the preview…"))
        self._show_shared_list()
        self.runner.run(work, lambda preview: self._show_preview(serial, preview),
                        lambda exc: self._preview_failed(serial, exc))

    def copy_language(self) -> str:
        """The language chosen for this copy ("en", "cy")."""
        return str(self.language_box.currentData() or ENGLISH)

    def _show_preview(self, serial: int, preview: Preview) -> None:
        if self._closed or serial != self._preview_serial:  # closed, or a newer preview was asked for
            return
        self._clear_pages()
        if preview.unavailable:
            #: {reason} says why the pages could not be drawn (a whole sentence).
            self.pages_status.setText(translate("ExportDialog", "{reason} The list beside this says exactly what is "
                                                "shared.").format(reason=preview.unavailable))
            return
        total, size = len(preview.pages), preview.pdf_size // 1024
        self.pages_status.setText(
            translate("ExportDialog", "1 page, {size} KB.").format(size=size) if total == 1
            else translate("ExportDialog", "{count} pages, {size} KB.").format(count=total, size=size))
        for number, page in enumerate(preview.pages, start=1):
            image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888).copy()
            label = QLabel(self.pages_box)
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            set_accessible(label, translate("ExportDialog", "Page {number} of {total}").format(number=number,
                                                                                                 total=total),
                           translate("ExportDialog", "An image of the page; the list beside the preview has the same "
                                     "text."))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def _preview_failed(self, serial: int, exc: BaseException) -> None:
        if self._closed or serial != self._preview_serial:
            return
        self._clear_pages()
        text = failure_sentence(exc, translate("ExportDialog", "The preview could not be made."))
        self.pages_status.setText(text)

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []

    def _show_shared_list(self) -> None:
        # The questions as the copy will print them (the employer's form may have them in its language).
        passport, template = self.app.editing.passport(), self.app.template.translated(self.copy_language())
        shared = select_shared(passport, template, include_agreement=self.include_agreement.isChecked())
        answers = shared["answers"]
        reader = self.recipient.text() or translate("ExportDialog", "your manager")
        parts = [translate("ExportDialog", "<h3>What {reader} will see</h3>").format(reader=escape(reader)),
                 "<p>" + translate("ExportDialog", "<b>You:</b> {name}").format(
                     name=escape(passport.employee.name or translate("ExportDialog", "(no name)"))) + "<br>"
                 + translate("ExportDialog", "<b>Line manager:</b> {name}").format(
                     name=escape(passport.manager.name or translate("ExportDialog", "(not set)"))) + "</p>"]
        for section in template.sections:
            shown = [f for f in section.fields if f.id in answers]
            if shown:
                parts.append(f"<h4>{escape(section.title)}</h4>")
                parts += [f"<p><b>{escape(f.label)}</b><br>{_html_text(self._answer_words(f, answers[f.id]['text']))}"
                          "</p>" for f in shown]
        if not answers:
            parts.append("<p><i>" + translate("ExportDialog", "No answers are marked to share.") + "</i></p>")
        parts.append("<h4>" + translate("ExportDialog", "Agreed actions ({count})").format(
            count=len(shared["actions"])) + "</h4>")
        parts += [f"<p>• {escape(a['what'])}</p>" for a in shared["actions"]]
        if "sharing_agreement" in shared:
            parts.append(f"<h4>{escape(template.sharing_agreement_text.title)}</h4>")
            parts += [f"<p>• {escape(line)}</p>" for line in agreement_lines(passport.sharing_agreement)]
        private = [f.label for f in template.employee_fields()
                   if passport.answer(f.id).text.strip() and f.id not in answers]
        hidden_actions = sum(not a.shared for a in passport.actions)
        kept = [_private_answers(len(private)), _private_actions(hidden_actions)]
        if passport.private_notes.strip():
            kept.append(translate("ExportDialog", "your private notes"))
        if "sharing_agreement" not in shared:
            kept.append(translate("ExportDialog", "your sharing agreement"))
        parts.append("<h4>" + translate("ExportDialog", "Not shared") + "</h4><p>" + escape(", ".join(kept)) + ".</p>")
        self.shared_list.setHtml("".join(parts))

    def _answer_words(self, field: Field, text: str) -> str:
        """An answer as the copy prints it: a choice (stored in the form's own words) in the copy's language."""
        if field.kind != "choice" or not self.app.template.has_field(field.id):
            return text
        stored = self.app.template.field(field.id).choices
        return dict(zip(stored, field.choices, strict=False)).get(text, text)

    # --- saving ----------------------------------------------------------------------------------
    def _ask_where_to_save(self) -> Path | None:
        name = (self.app.editing.passport().employee.name or "passport").replace(" ", "-")
        #: The suggested file name; keep it short, without spaces; {name} is the employee's name.
        file_name = translate("ExportDialog", "carers-passport-{name}.pdf").format(name=name)
        path = save_file(self, "exports", translate("ExportDialog", "Save the signed PDF"), file_name,
                         translate("ExportDialog", "PDF files (*.pdf)"))
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
        self.recipient.setPlaceholderText(translate("ExportDialog", "Their name (required)")
                                          if kind is RecipientKind.OTHER
                                          else translate("ExportDialog", "Your line manager's name") if kind is None
                                          else translate("ExportDialog", "Their name or team (optional)"))
        _fit_example(self.recipient)
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
            self._say(translate("ExportDialog", "Nothing was shared: your sharing agreement does not allow it and "
                                "you did not confirm it. Your log records that."), "hint")
            return
        path = self.choose_path()
        if path is None:
            return
        recipient, purpose, app = self.recipient.text().strip() or None, self.purpose.text().strip(), self.app
        agreement, language = self.include_agreement.isChecked(), self.copy_language()
        self.save_button.setEnabled(False)
        self._say(translate("ExportDialog", "Signing and saving…"), "hint")
        self.runner.run(lambda: app.pdfs.export_signed_pdf(path, recipient=recipient, purpose=purpose,
                                                           include_agreement=agreement, for_whom=for_whom,
                                                           confirm_outside_agreement=confirmed, language=language),
                        self._saved, self._save_failed)

    def _saved(self, result: ExportResult) -> None:
        self.result_export = result
        if self._closed:
            return
        fingerprint = short_fingerprint(self.app.identity().fingerprint)
        self._say(translate("ExportDialog", "Saved {file} (revision {revision}). Give it to your manager however "
                            "you usually share documents. If they ask, your signing fingerprint starts "
                            "{fingerprint}.").format(file=result.path.name, revision=result.revision,
                                                     fingerprint=fingerprint), "saved")
        self.close_button.setText(translate("ExportDialog", "Close"))
        self.close_button.setAccessibleName(translate("ExportDialog", "Close"))
        self.close_button.setFocus()

    def _save_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.save_button.setEnabled(True)
        if isinstance(exc, OSError):
            #: {reason} is the system's reason, such as "Permission denied".
            text = translate("ExportDialog", "The file could not be saved: {reason}. Choose another folder and try "
                             "again.").format(reason=exc.strerror or exc)
        else:
            text = failure_sentence(exc, translate("ExportDialog", "Nothing was saved."))
        self._say(text, "error")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(True)

