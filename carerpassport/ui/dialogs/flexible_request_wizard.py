"""The flexible-working request wizard: from the passport to a statutory request, ready to send.

Pages: where you work and whether a request can be made now; what from your passport to include; the
change, its start date and the date on the letter (earlier requests filled in from your record); your
own words for each included part; a preview, and saving it as a signed PDF or as text. The draft is kept
in the vault from the fourth page on, so closing the wizard loses nothing; "Edit draft…" on the
Requests page opens it again. The rules are in :mod:`carerpassport.domain.flexible_working`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carerpassport.app import PassportApp
from carerpassport.domain import flexible_working as fw
from carerpassport.domain.jurisdiction import JURISDICTION_LABELS, Jurisdiction
from carerpassport.domain.wording import current_language
from carerpassport.domain.wording import gettext as domain_words
from carerpassport.languages import ENGLISH, LANGUAGE_NAMES, WELSH
from carerpassport.ui.dates import READABLE_FORMAT
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible, status_label, title_window
from carerpassport.ui.widgets.problem_label import ProblemLabel
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

translate = QCoreApplication.translate

WHERE_ID, INCLUDE_ID, CHANGE_ID, WORDS_ID, PREVIEW_ID = range(5)


def date_edit(name: str, value: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(READABLE_FORMAT)
    set_accessible(
        edit,
        name,
        translate("FlexibleRequestWizard", "Type the day, month and year, or press Alt+Down for a calendar."),
    )
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class _Page(QWizardPage):
    """A page with the problem line and the one line saying this is not legal advice."""

    def __init__(self, wizard: FlexibleRequestWizard, title: str, subtitle: str) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(title)
        # The page's words scroll: a translation 40 % longer at 200 % text made every page taller (and, with
        # the check boxes, wider) than a 1280×720 screen. The wizard's buttons stay outside, always seen.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.scroll_area, self.content = page_area(self, title, translate("_Page", "Scroll to see the whole page."))
        page.addWidget(self.scroll_area)
        # In the page, not the wizard's header: the header's subtitle does not grow with 200 % text.
        self.intro = hint_label(subtitle, self.content)
        self.error = ProblemLabel(self.content)
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self.content)
        outer.addWidget(self.intro)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.error)
        advice = hint_label(domain_words(fw.NOT_LEGAL_ADVICE), self.content)
        set_accessible(advice, translate("_Page", "Not legal advice"), domain_words(fw.NOT_LEGAL_ADVICE))
        outer.addWidget(advice)


class WherePage(_Page):
    """Where the employee works (the rules differ in Northern Ireland), and whether a request can be made."""

    def __init__(self, wizard: FlexibleRequestWizard) -> None:
        super().__init__(
            wizard,
            translate("WherePage", "A statutory flexible-working request"),
            translate(
                "WherePage",
                "In England, Wales and Scotland you can ask to change your hours, times or place of work "
                "from your first day: two requests in any 12 months, one at a time.",
            ),
        )
        form = QFormLayout()
        self.where = QComboBox(self)
        for jurisdiction in Jurisdiction:
            self.where.addItem(domain_words(JURISDICTION_LABELS[jurisdiction]), jurisdiction.value)
        set_accessible(
            self.where,
            translate("WherePage", "Where you work"),
            translate("WherePage", "The rules are different in Northern Ireland."),
        )
        label = QLabel(translate("WherePage", "&Where you work:"), self)
        label.setBuddy(self.where)
        form.addRow(label, self.where)
        self.body.addLayout(form)
        self.verdict = status_label(self, translate("WherePage", "Whether you can make a request now"))
        self.body.addWidget(self.verdict)
        self.body.addStretch(1)
        self.where.currentIndexChanged.connect(self._update)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        current = self.wizard_.app.editing.passport().jurisdiction
        self.where.setCurrentIndex(self.where.findData(current.value))
        self._update()

    def chosen(self) -> Jurisdiction:
        return Jurisdiction(self.where.currentData())

    def refusal(self) -> str | None:
        where = fw.jurisdiction_refusal(self.chosen())
        if where is not None:
            return where
        if self.wizard_.request is not None:
            return None  # editing the draft already started
        requests = self.wizard_.app.flexible.requests()
        return fw.refusal_to_draft(requests, self.wizard_.app.today(), self.chosen())

    def _update(self) -> None:
        refusal = self.refusal()
        self.verdict.setText(
            refusal
            or translate("WherePage", "You can make a request now. Next, choose what from your passport to include.")
        )
        set_role(self.verdict, "error" if refusal else "saved")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.refusal() is None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        app = self.wizard_.app
        passport = app.editing.passport()
        if passport.jurisdiction is not self.chosen():
            passport.jurisdiction = self.chosen()
            return self.error.attempt(lambda: app.editing.save(passport))
        return True


class IncludePage(_Page):
    """Which answers and proposed flexible-working actions go into the letter."""

    def __init__(self, wizard: FlexibleRequestWizard) -> None:
        super().__init__(
            wizard,
            translate("IncludePage", "What to include from your passport"),
            translate(
                "IncludePage", "Only what you tick goes into the request. You can change the words on a later page."
            ),
        )
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: list[QWidget] = []
        self.holder = QVBoxLayout()
        self.body.addLayout(self.holder)
        self.empty = hint_label(
            translate(
                "IncludePage",
                "Your passport has nothing to offer yet: answer “How does caring affect your work?” "
                "or “What else would help?”, or propose a flexible-working action. You can still "
                "write the request yourself.",
            ),
            self,
        )
        self.body.addWidget(self.empty)
        self.body.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        for row in self.rows:
            row.deleteLater()
        self.rows.clear()
        self.boxes.clear()
        chosen = {s.source for s in self.wizard_.request.sections} if self.wizard_.request else set()
        for source in self.wizard_.app.flexible.sources():
            preview = " ".join(source.text.split())
            preview = preview if len(preview) <= 60 else preview[:59] + "…"
            #: One thing the passport can add to the request: its heading, then the first words of its text.
            words = (translate("IncludePage", "{heading} (private in your passport): {preview}") if source.private
                     else translate("IncludePage", "{heading}: {preview}")).format(heading=source.heading,
                                                                                    preview=preview)
            box = QCheckBox(self.content)
            set_accessible(box, translate("IncludePage", "Include: {heading}").format(heading=source.heading),
                           source.text[:300])
            box.setChecked(source.key in chosen)
            row = wrapping_choice(box, words, self.content)  # a long answer wraps instead of widening the page
            self.holder.addWidget(row)
            self.rows.append(row)
            self.boxes[source.key] = box
        self.empty.setVisible(not self.boxes)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class ChangePage(_Page):
    """The change asked for, when it should start, and the date on the letter."""

    def __init__(self, wizard: FlexibleRequestWizard) -> None:
        super().__init__(
            wizard,
            translate("ChangePage", "The change you are asking for"),
            translate(
                "ChangePage",
                "Say what you would like to change and from when. Your employer must consider it "
                "and talk to you before refusing.",
            ),
        )
        today = wizard.app.today()
        kinds = QGroupBox(translate("ChangePage", "What to change"), self)
        row = QHBoxLayout(kinds)
        self.kinds: dict[fw.ChangeKind, QCheckBox] = {}
        for kind, text in (
            (fw.ChangeKind.HOURS, translate("ChangePage", "My &hours")),
            (fw.ChangeKind.TIMES, translate("ChangePage", "My &times")),
            (fw.ChangeKind.PLACE, translate("ChangePage", "&Where I work")),
        ):
            box = QCheckBox(text, kinds)
            set_accessible(box, translate("ChangePage", "Change {what}").format(
                what=domain_words(fw.CHANGE_KIND_LABELS[kind])))
            row.addWidget(box)
            self.kinds[kind] = box
        row.addStretch(1)
        self.body.addWidget(kinds)
        change_label = QLabel(translate("ChangePage", "The &change, in your words:"), self)
        self.change = QPlainTextEdit(self)
        self.change.setTabChangesFocus(True)
        self.change.setPlaceholderText(
            translate("ChangePage", "For example: start at 10:00 and finish at 18:00 on Tuesdays and Thursdays.")
        )
        set_accessible(
            self.change,
            translate("ChangePage", "The change, in your words"),
            translate("ChangePage", "What your working pattern would be."),
        )
        change_label.setBuddy(self.change)
        self.body.addWidget(change_label)
        self.body.addWidget(self.change, 1)
        form = QFormLayout()
        self.effective = date_edit(translate("ChangePage", "Start date of the change"), fw.add_months(today, 2), self)
        label = QLabel(translate("ChangePage", "&Start from:"), self)
        label.setBuddy(self.effective)
        form.addRow(label, self.effective)
        self.dated = date_edit(translate("ChangePage", "Date on the letter"), today, self)
        label = QLabel(translate("ChangePage", "&Date on the letter:"), self)
        label.setBuddy(self.dated)
        form.addRow(label, self.dated)
        self.body.addLayout(form)
        self.earlier = hint_label("", self)
        set_accessible(self.earlier, translate("ChangePage", "Earlier requests"))
        self.body.addWidget(self.earlier)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        request = self.wizard_.request
        app = self.wizard_.app
        dates = request.earlier_requests if request else fw.earlier_request_dates(app.flexible.requests())
        self.earlier.setText(translate("ChangePage", "Earlier requests (from your record): {sentence}").format(
            sentence=fw.earlier_requests_sentence(dates)))
        if request is not None and not self.change.toPlainText():
            for kind, box in self.kinds.items():
                box.setChecked(kind in request.changes)
            self.change.setPlainText(request.change)
            if request.effective_from:
                self.effective.setDate(QDate(request.effective_from.year, request.effective_from.month,
                                             request.effective_from.day))
            self.dated.setDate(QDate(request.dated.year, request.dated.month, request.dated.day))

    def changes(self) -> list[fw.ChangeKind]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        probe = fw.FlexibleRequest(dated=date_of(self.dated), changes=tuple(self.changes()),
                                   change=self.change.toPlainText(), effective_from=date_of(self.effective))
        missing = fw.missing_elements(probe)
        if missing:
            #: {missing} lists what the request still lacks, separated by semicolons.
            self.error.show_problem(translate("ChangePage", "Add {missing}.").format(missing="; ".join(missing)))
            return False
        self.error.hide()
        return self.error.attempt(self.wizard_.save_draft)


class WordsPage(_Page):
    """The employee's own words for each included part (copied from the passport; the passport is unchanged)."""

    def __init__(self, wizard: FlexibleRequestWizard) -> None:
        super().__init__(
            wizard,
            translate("WordsPage", "Your words"),
            translate("WordsPage", "Edit each part for your employer. Your passport itself does not change."),
        )
        self.edits: dict[str, QPlainTextEdit] = {}
        # Inside the page's own scroll area: one area, not one in another (the page's scrolls it all).
        self.inner = QWidget(self)
        self.holder = QVBoxLayout(self.inner)
        self.holder.setContentsMargins(0, 0, 0, 0)
        set_accessible(self.inner, translate("WordsPage", "Parts of your request"))
        self.body.addWidget(self.inner, 1)
        self.empty = hint_label(
            translate("WordsPage", "You chose nothing from your passport; the letter has the change and its date."),
            self,
        )
        self.body.addWidget(self.empty)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        while self.holder.count():
            item = self.holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.edits.clear()
        request = self.wizard_.request
        assert request is not None
        for section in request.sections:
            label = QLabel(section.heading, self.inner)
            edit = QPlainTextEdit(section.text, self.inner)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            set_accessible(edit, section.heading, translate("WordsPage", "Your words for this part of the request."))
            label.setBuddy(edit)
            self.holder.addWidget(label)
            self.holder.addWidget(edit)
            self.edits[section.source] = edit
        self.holder.addStretch(1)
        self.empty.setVisible(not self.edits)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        request = self.wizard_.request
        assert request is not None
        for section in request.sections:
            section.text = self.edits[section.source].toPlainText()
        return self.error.attempt(lambda: self.wizard_.store(request))


class PreviewPage(_Page):
    """The letter as it will be sent, and saving it."""

    def __init__(self, wizard: FlexibleRequestWizard) -> None:
        super().__init__(
            wizard,
            translate("PreviewPage", "Check and save your request"),
            translate(
                "PreviewPage",
                "Read it through. Save it as a signed PDF (with your certificate) or as text to paste "
                "into an email; each copy goes in your sharing record.",
            ),
        )
        self.letter = read_only_text(
            translate("PreviewPage", "Your request"),
            translate("PreviewPage", "The letter as it will be saved."),
            self,
            tab_leaves=True,
        )
        self.body.addWidget(self.letter, 1)
        # The letter is for the employer to read: it may be in their language rather than the app's. The
        # employee's own words stay as they wrote them.
        self.language = QComboBox(self)
        for code in (ENGLISH, WELSH):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        set_accessible(self.language, translate("PreviewPage", "Language of the letter"),
                       translate("PreviewPage", "The letter's own words can be in your employer's language."))
        self.language.currentIndexChanged.connect(lambda _i: self._show_letter())
        language_row = QFormLayout()
        language_label = QLabel(translate("PreviewPage", "&Language of the letter:"), self)
        language_label.setBuddy(self.language)
        language_row.addRow(language_label, self.language)
        self.body.addLayout(language_row)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(translate("PreviewPage", "Save as signed &PDF…"), self)
        set_accessible(
            self.pdf_button,
            translate("PreviewPage", "Save as signed PDF"),
            translate("PreviewPage", "A PDF signed with your certificate."),
        )
        self.text_button = QPushButton(translate("PreviewPage", "Save as te&xt…"), self)
        set_accessible(
            self.text_button,
            translate("PreviewPage", "Save as text"),
            translate("PreviewPage", "Plain text, to paste into an email."),
        )
        row.addWidget(self.pdf_button)
        row.addWidget(self.text_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = status_label(
            self, translate("PreviewPage", "Status"), translate("PreviewPage", "Whether the request was saved.")
        )
        self.body.addWidget(self.status)
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        self.text_button.clicked.connect(lambda: self._choose("txt"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        request = self.wizard_.request
        assert request is not None
        self._show_letter()
        self.status.setText(
            translate(
                "PreviewPage",
                "Saved as a draft. When you have sent it, record the date on the Requests page "
                "(it works out when the decision is due).",
            )
        )
        set_role(self.status, "")

    def letter_language(self) -> str:
        return str(self.language.currentData() or "")

    def _show_letter(self) -> None:
        request = self.wizard_.request
        if request is not None:
            self.letter.setPlainText(self.wizard_.app.flexible.letter_text(request, language=self.letter_language()))

    def _choose(self, fmt: str) -> None:
        name = f"flexible-working-request.{fmt}"
        what = (
            translate("PreviewPage", "PDF files (*.pdf)")
            if fmt == "pdf"
            else translate("PreviewPage", "Text files (*.txt)")
        )
        path = save_file(self, "exports", translate("PreviewPage", "Save your request"), name, what)
        if path:
            self.wizard_.export_to(Path(path))


class FlexibleRequestWizard(QWizard):
    """Draft (or go on with) a statutory flexible-working request. ``request_id``: the draft to edit."""

    #: The request was saved or exported (the Requests page refreshes).
    changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 request_id: str = "") -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.request: fw.FlexibleRequest | None = app.flexible.request(request_id) if request_id else None
        title_window(
            self,
            translate("FlexibleRequestWizard", "Flexible-working request"),
            translate(
                "FlexibleRequestWizard",
                "Draft a statutory request to change your hours, times or place of work, from your passport.",
            ),
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.where = WherePage(self)
        self.include = IncludePage(self)
        self.change = ChangePage(self)
        self.words = WordsPage(self)
        self.preview = PreviewPage(self)
        for page_id, page in ((WHERE_ID, self.where), (INCLUDE_ID, self.include), (CHANGE_ID, self.change),
                              (WORDS_ID, self.words), (PREVIEW_ID, self.preview)):
            self.setPage(page_id, page)
        # Qt has no Welsh for its own buttons: the words are set here (as Qt's English, with their letters).
        wizard_buttons = (
            (QWizard.WizardButton.NextButton, translate("FlexibleRequestWizard", "&Next >"),
             translate("FlexibleRequestWizard", "Next")),
            (QWizard.WizardButton.BackButton, translate("FlexibleRequestWizard", "< &Back"),
             translate("FlexibleRequestWizard", "Back")),
            (QWizard.WizardButton.FinishButton, translate("FlexibleRequestWizard", "&Finish"),
             translate("FlexibleRequestWizard", "Finish")),
            (QWizard.WizardButton.CancelButton, translate("FlexibleRequestWizard", "Cancel"),
             translate("FlexibleRequestWizard", "Cancel")))
        for button, text, name in wizard_buttons:
            self.setButtonText(button, text)
            set_accessible(self.button(button), name)
        self.resize(760, 600)

    def save_draft(self) -> None:
        """Create the draft from the first three pages, or save them into the draft already started."""
        changes = self.change.changes()
        text = self.change.change.toPlainText()
        effective, dated = date_of(self.change.effective), date_of(self.change.dated)
        chosen = self.include.chosen()
        if self.request is None:
            self.request = self.app.flexible.draft(changes=changes, change=text, effective_from=effective,
                                                   include=chosen, dated=dated)
        else:
            sources = {s.key: s for s in self.app.flexible.sources()}
            kept = {s.source: s for s in self.request.sections}
            self.request.sections = [kept.get(k) or fw.DraftSection(k, sources[k].heading, sources[k].text)
                                     for k in chosen]
            self.request.changes, self.request.change = tuple(changes), text
            self.request.effective_from, self.request.dated = effective, dated
            self.store(self.request)
        self.changed.emit()

    def store(self, request: fw.FlexibleRequest) -> None:
        self.request = self.app.flexible.update_draft(request)
        self.changed.emit()

    def export_to(self, path: Path) -> None:
        """Write the request to ``path`` (.pdf signed, .txt) off the GUI thread."""
        request = self.request
        assert request is not None
        app, language = self.app, self.preview.letter_language()
        self.preview.status.setText(translate("FlexibleRequestWizard", "Saving…"))
        self.runner.run(lambda: app.flexible.export(request.id, path, language=language), on_done=self._exported,
                        on_error=self._export_failed)

    def _exported(self, result: object) -> None:
        path = getattr(result, "path", "")
        self.preview.status.setText(translate("FlexibleRequestWizard", "Saved to {path}; it is in your sharing record. "
                                              "When you have sent it, record the date on the Requests page.").format(
            path=path))
        set_role(self.preview.status, "saved")
        self.changed.emit()

    def _export_failed(self, exc: BaseException) -> None:
        self.preview.status.setText(translate("FlexibleRequestWizard", "Not saved: {reason}").format(
            reason=failure_sentence(exc, translate("FlexibleRequestWizard", "The request could not be saved."))))
        set_role(self.preview.status, "error")

