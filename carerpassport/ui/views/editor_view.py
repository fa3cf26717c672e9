"""The guided editor: the passport's sections in a list, each question with its guidance beside or under it.

Pages are built when first shown, and a section's question cards one per turn of the event loop after
the first: making, styling and laying out every card at unlock held the GUI thread for a quarter of a
second, and one card takes ~10-30 ms. A page or card made later reads the passport as it is then, so
it never shows stale text; looking a card up (``cards``, :meth:`EditorView.card`) makes it at once.

There is no Save button. Edits are saved ~0.7 s after the last keystroke, at the latest ~1 s after the
first unsaved one (so a crash or a kill loses at most about a second of typing), when focus leaves a
box, when a choice is picked or a share box is ticked. Each save is one revision, so typing is batched,
never saved per keystroke. Saving is a ~1 ms vault write and runs on the GUI thread.

What the user typed is never thrown away: an answer that fails validation keeps its text on screen,
shows the reason, and is tried again on the next edit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.agreement import AgreementState
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.model import Answer, Passport
from carerpassport.ui.gui_language import gui_language
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible
from carerpassport.ui.widgets.agreement_line import AgreementLine
from carerpassport.ui.widgets.editor_page import EditorPage
from carerpassport.ui.widgets.employer_panel import EmployerPanel
from carerpassport.ui.widgets.first_steps import CarerFirstSteps
from carerpassport.ui.widgets.former_answers import FormerAnswers
from carerpassport.ui.widgets.people_form import PeopleForm
from carerpassport.ui.widgets.question_card import QuestionCard
from carerpassport.ui.widgets.share_tag import SHARED_TEXT
from carerpassport.ui.widgets.sharing_agreement_form import SHARING_AGREEMENT_KEY, SharingAgreementForm
from carerpassport.usecases.core import PRIVATE_NOTES_FIELD, apply_field

translate = QCoreApplication.translate

#: Save this long after the last keystroke...
DEBOUNCE_MS = 700
#: ...but never later than this after the first unsaved keystroke (bounds what a kill can lose).
MAX_UNSAVED_MS = 1000

#: The save states (codes, sent by ``save_state_changed``; what is shown for each is :meth:`EditorView._show_state`'s).
STATE_SAVED = "Saved"
STATE_SAVING = "Saving…"
STATE_UNSAVED = "Unsaved changes"

#: Question cards made per turn of the event loop once a section is shown (~10-30 ms each, laid out).
CARDS_PER_TURN = 1

#: The editor's own pages (in English; shown through ``translate("EditorView", …)``).
PEOPLE_PAGE_TITLE = QT_TRANSLATE_NOOP("EditorView", "You and your line manager")
NOTES_PAGE_TITLE = QT_TRANSLATE_NOOP("EditorView", "Private notes (never exported)")
FORMER_PAGE_TITLE = QT_TRANSLATE_NOOP("EditorView", "No longer on your employer's form")
EMPLOYER_PAGE_TITLE = QT_TRANSLATE_NOOP("EditorView", "Policies and contacts")
#: The former answers' entry in the section list: the page's title was elided there at 200 % (seen on Xvfb).
FORMER_LIST_TITLE = QT_TRANSLATE_NOOP("EditorView", "No longer asked")

#: Makes one page, showing the passport as it is now, inside the given parent.
PageBuilder = Callable[[QWidget], EditorPage]


class EditorView(QWidget):
    """Edit the current passport; autosaves through :class:`PassportApp`."""

    saved = Signal(int)  # the new revision's number
    save_state_changed = Signal(str)  # STATE_SAVED, STATE_SAVING, STATE_UNSAVED or an error sentence

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        #: The employer's form as it is shown: its questions and guidance in the GUI's language where the form
        #: has them (ids are the same in every language, so answers are too).
        self.template = app.template.translated(gui_language())
        self.runner = runner  # saving is fast enough for the GUI thread; kept for slower work later
        self._cards: dict[str, QuestionCard] = {}  # the cards made so far
        self._field_rows: dict[str, int] = {}  # every question's field id -> its row in the section list
        #: Every question's card by field id; looking one up makes it (and its page) if needed.
        self.cards: Mapping[str, QuestionCard] = _CardsByField(self._field_rows, self.card)
        self._unbuilt: dict[int, PageBuilder] = {}  # rows whose page has not been shown yet
        self._built: dict[int, EditorPage] = {}
        self._dirty: set[str] = set()  # ids whose text differs from the vault
        self._share_changes: dict[str, bool] = {}
        self._errors: dict[str, str] = {}
        self._state = STATE_SAVED
        #: Why the last save failed, without the reassurance the status line adds (what the main window says
        #: when asked to lock or quit with a change unsaved); "" when everything is saved.
        self.unsaved_problem = ""
        self._card_maker = QTimer(self, singleShot=True, interval=0)
        self._card_maker.timeout.connect(self._make_waiting_cards)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.flush)
        # Tab into a box and its question comes with it (a scroll area alone scrolls to the box only).
        app_instance = QApplication.instance()
        self._following_focus = isinstance(app_instance, QApplication)
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.connect(self._show_focused_question)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        #: Where the passport stands with the manager (agreed, changed since, not yet): read again after each
        #: save and whenever the page is refreshed (after an import, a review, a restore).
        self.agreement = AgreementLine(app, self)
        layout.addWidget(self.agreement)
        #: The carer's first steps while the passport is new (gone once all are done, or hidden).
        self.first_steps = CarerFirstSteps(app, self)
        layout.addWidget(self.first_steps)
        self.first_steps.dismissed.connect(self._show_where_it_stands)
        self._show_where_it_stands()
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.sections = QListWidget(self)
        self.sections.setObjectName("navigation")
        set_accessible(self.sections, translate("EditorView", "Passport sections"),
                       translate("EditorView", "Use the up and down arrow keys to choose a section, then Enter to "
                                 "start answering its questions."))
        self.sections.setWordWrap(True)
        self.sections.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setMaximumWidth(290)
        self.sections.setMinimumWidth(200)
        self.pages = QStackedWidget(self)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)

        # Each page is built when it is first shown (or asked for), showing the passport as it is then;
        # a section's question cards are made a few at a time after that.
        self._people: PeopleForm | None = None
        self._notes: QPlainTextEdit | None = None
        self.former: FormerAnswers | None = None  # the answers no longer on the form, once their page is built
        self._people_row = self._add_page(translate("EditorView", PEOPLE_PAGE_TITLE), self._build_people_page)
        template = self.template
        for section in template.sections:
            questions = [f for f in section.fields if not f.for_manager]
            if questions:  # the manager's own section is filled in by them when they countersign
                # A choice is stored in the template's own words, whichever language shows it.
                stored = {f.id: app.template.field(f.id).choices for f in questions if f.kind == "choice"}
                row = self._add_page(section.title, functools.partial(EditorPage, section.title, section.intro,
                                                                      questions, stored_choices=stored))
                self._field_rows.update((f.id, row) for f in questions)
        # After the questions: who else may be given what they answered (the seed guidance's own order).
        self._sharing: SharingAgreementForm | None = None
        self._sharing_row = self._add_page(template.sharing_agreement_text.title, self._build_sharing_page)
        if template.policies or template.contacts:  # the employer's own form: where to read and whom to ask
            # A short entry (the list is narrow; at 200 % a council's full name took four lines); the page's
            # heading names the employer.
            self._add_page(translate("EditorView", EMPLOYER_PAGE_TITLE), self._build_employer_page)
        # Checked without reading the passport unless an earlier form asked something this one does not.
        if template.former_labels and app.templates.former_answers(app.editing.passport()):
            self._add_page(translate("EditorView", FORMER_LIST_TITLE), self._build_former_page)
        self._notes_row = self._add_page(translate("EditorView", NOTES_PAGE_TITLE), self._build_notes_page)

        self.sections.installEventFilter(self)
        self.sections.viewport().installEventFilter(self)
        self._fit_sections()
        self.sections.currentRowChanged.connect(self._show_row)
        self.sections.itemActivated.connect(lambda _item: self.focus_first_question())
        self.sections.setCurrentRow(1 if self.sections.count() > 2 else 0)

    # --- building ------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(heading_label(translate("EditorView", "Your passport"), self))
        #: {shared} is the tag an answer to share carries ("Shared on export").
        words.addWidget(hint_label(translate(
            "EditorView", "Everything here stays on this computer. Only answers marked “{shared}” go into what you "
            "export for your line manager. Changes save by themselves.").format(
                shared=translate("ShareTag", SHARED_TEXT)), self))
        header.addLayout(words, 1)
        self.state_label = QLabel(self)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumWidth(200)
        self.state_label.setMaximumWidth(420)
        self.state_label.setAccessibleName(translate("EditorView", "Save status"))
        header.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        self._show_state(STATE_SAVED)
        return header

    def _add_page(self, title: str, build: PageBuilder) -> int:
        """A section list entry and an empty scroll area for it, filled by ``build`` when first shown."""
        QListWidgetItem(title, self.sections)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = self.pages.addWidget(scroll)
        self._unbuilt[row] = build
        return row

    def _ensure_page(self, row: int) -> None:
        """Build page ``row`` unless it is built already."""
        build = self._unbuilt.pop(row, None)
        if build is None:
            return
        scroll = self._scroll(row)
        page = build(scroll)
        scroll.setWidget(page)
        self._built[row] = page
        # A section's first card at once when the editor is on screen already (a section chosen), the rest
        # one a turn; while the editor itself is being built (at unlock) even the first waits a turn, so
        # the window shows the unlocked passport before any card is made.
        if not self.isVisible() or not self._make_cards(row, CARDS_PER_TURN):
            self._restore_tab_order()
        self._make_cards_later()

    def _scroll(self, row: int) -> QScrollArea:
        scroll = self.pages.widget(row)
        assert isinstance(scroll, QScrollArea)
        return scroll

    def _show_row(self, row: int) -> None:
        if row >= 0:
            if row != self.pages.currentIndex():
                self.leave_section()
            self._ensure_page(row)
            self.pages.setCurrentIndex(row)

    def leave_section(self) -> None:
        """The person moves on (another section or page): save what is pending and end the editing
        session, so the next typing is a new version in History."""
        self.flush()
        self.app.editing.end_editing_session()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the editor for another page ends the editing session, as leaving a section does. (The
        main window saves pending typing before it switches pages; here the vault may be locking.)"""
        self.app.editing.end_editing_session()
        super().hideEvent(event)

    def _build_people_page(self, parent: QWidget) -> EditorPage:
        page = EditorPage(translate("EditorView", PEOPLE_PAGE_TITLE),
                          translate("EditorView", "These details are printed on everything you export, so your "
                                    "manager knows whose passport it is."), parent=parent)
        people = self._people = PeopleForm(page)
        people.load(self.app.editing.passport())
        people.edited.connect(self._on_edited)
        people.commit_requested.connect(self._on_commit_requested)
        page.add(people)
        return page

    def _build_employer_page(self, parent: QWidget) -> EditorPage:
        template = self.template
        intro = template.employer.intro if template.employer else ""
        employer = template.employer_name or translate("EditorView", "Your employer")
        page = EditorPage(translate("EditorView", "{employer}: policies and contacts").format(employer=employer),
                          intro, parent=parent)
        page.add(EmployerPanel(template, page))
        return page

    def _build_former_page(self, parent: QWidget) -> EditorPage:
        page = EditorPage(translate("EditorView", FORMER_PAGE_TITLE), translate(
            "EditorView", "Your employer's form no longer asks these questions. Your answers are kept as you wrote "
            "them, and they are private: they go into an export only if you tick them again. To change one, copy it "
            "into a current question."), parent=parent)
        former = self.former = FormerAnswers(self.app.templates.former_answers(self.app.editing.passport()), page)
        former.share_changed.connect(self._former_share_changed)
        page.add(former)
        return page

    def _former_share_changed(self, field_id: str, shared: bool) -> None:
        revision = self.app.editing.set_answer(field_id, shared=shared)
        if revision is not None:
            self.saved.emit(revision.number)

    def _build_notes_page(self, parent: QWidget) -> EditorPage:
        page = EditorPage(translate("EditorView", NOTES_PAGE_TITLE), translate(
            "EditorView", "Only you can read these notes. They are never put in a PDF, a bundle or anything else you "
            "export or send — whatever you tick elsewhere. Use them for reminders, or things you are not ready to "
            "share."), parent=parent)
        notes = self._notes = QPlainTextEdit(page)
        notes.setTabChangesFocus(True)
        notes.setPlaceholderText(translate("EditorView", "For example: ask HR about carer's leave before the meeting."))
        set_accessible(notes, translate("EditorView", "Private notes, never exported"),
                       translate("EditorView", "Only you can read these notes; they are never exported or shared."))
        notes.setMinimumHeight(240)
        notes.setPlainText(self.app.editing.passport().private_notes)
        notes.textChanged.connect(lambda: self._on_edited(PRIVATE_NOTES_FIELD))
        notes.installEventFilter(self)
        page.add(notes, fill=True)
        return page

    def _build_sharing_page(self, parent: QWidget) -> EditorPage:
        text = self.template.sharing_agreement_text
        page = EditorPage(text.title, text.intro, parent=parent)
        form = self._sharing = SharingAgreementForm(text, page)
        form.load(self.app.editing.passport().sharing_agreement)
        form.edited.connect(self._on_edited)
        form.commit_requested.connect(self._on_commit_requested)
        page.add(form)
        return page

    @property
    def sharing_agreement(self) -> SharingAgreementForm:
        """The sharing agreement's form (its page is built first if it is not yet)."""
        self._ensure_page(self._sharing_row)
        assert self._sharing is not None
        return self._sharing

    @property
    def people(self) -> PeopleForm:
        """The employee's and line manager's details (their page is built first if it is not yet)."""
        self._ensure_page(self._people_row)
        assert self._people is not None
        return self._people

    @property
    def notes(self) -> QPlainTextEdit:
        """The private notes box (its page is built first if it is not yet)."""
        self._ensure_page(self._notes_row)
        assert self._notes is not None
        return self._notes

    # --- question cards --------------------------------------------------------------------------
    def card(self, field_id: str) -> QuestionCard:
        """The card of question ``field_id``; its section's page and cards are made now if they are not yet.

        Raises ``KeyError`` for an id that has no card here (a manager's question, or an unknown id).
        """
        if field_id not in self._cards:
            row = self._field_rows[field_id]
            self._ensure_page(row)
            self._make_cards(row, None)
        return self._cards[field_id]

    def _make_cards(self, row: int, count: int | None) -> bool:
        """Make ``count`` more cards on page ``row`` (all when ``None``), showing the passport as it is now.
        False when the page had none left to make."""
        page = self._built[row]
        made = page.make_cards(count)
        if not made:
            return False
        passport = self.app.editing.passport()
        for card in made:
            # An unanswered question shows the employer's share default, which its first answer will take.
            answer = passport.answers.get(card.field.id) or Answer(shared=card.field.share_default)
            card.set_text(answer.text)
            card.set_shared(answer.shared)
            card.edited.connect(self._on_edited)
            card.commit_requested.connect(self._on_commit_requested)
            card.share_toggled.connect(self._on_share_toggled)
            self._cards[card.field.id] = card
        self._restore_tab_order()
        layout = page.layout()
        if page.isVisible() and layout is not None:
            # Fit the page to its new height now rather than a turn or two later: until the scroll area
            # resizes it, a page that grew would squeeze its cards into the old height.
            layout.activate()
            QCoreApplication.sendEvent(self._scroll(row), QEvent(QEvent.Type.LayoutRequest))
        return True

    def _restore_tab_order(self) -> None:
        """Tab from the section list through the pages in the list's order, whatever order they were made in.

        A widget joins the end of its window's Tab chain when it is made, so a page or card made later
        would otherwise be reached after everything made before it (other pages, other views).
        """
        previous: QWidget = self.sections
        window = self.window()
        for row in sorted(self._built):
            for widget in self._built[row].findChildren(QWidget):  # in the order they were made
                tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
                if tabbable and widget.window() is window:  # not a combo box's pop-up list
                    QWidget.setTabOrder(previous, widget)
                    previous = widget

    def _make_cards_later(self) -> None:
        if any(page.waiting() for page in self._built.values()):
            self._card_maker.start()

    def _make_waiting_cards(self) -> None:
        """One turn of the event loop's worth of cards: the shown page's first, then other built pages'."""
        rows = [row for row, page in self._built.items() if page.waiting()]
        if rows:
            shown = self.pages.currentIndex()
            self._make_cards(shown if shown in rows else rows[0], CARDS_PER_TURN)
        self._make_cards_later()

    # --- navigation ----------------------------------------------------------------------------
    def focus_first_question(self) -> None:
        """Move the keyboard focus to the first box of the current section (Enter in the list)."""
        row = max(self.sections.currentRow(), 0)
        if row == self._people_row:
            target: QWidget = self.people.edits["employee.name"]
        elif row == self._notes_row:
            target = self.notes
        elif row == self._sharing_row:
            target = self.sharing_agreement.rows()[0].permission
        else:
            self._ensure_page(row)
            target = next(iter(self._built[row].cards.values())).answer
        self._scroll(row).ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_focused_question(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the focused field's whole card (its question, prompt and box) into view; when the card
        is taller than the page, its top and then the field itself."""
        if new is None or not self.isVisible():
            return
        card: QWidget | None = new
        while card is not None and not isinstance(card, (QuestionCard, QGroupBox)) and card is not self:
            card = card.parentWidget()
        if card is None or card is self:
            return
        scroll = self.pages.currentWidget()
        page = scroll.widget() if isinstance(scroll, QScrollArea) else None
        if not isinstance(scroll, QScrollArea) or page is None or not scroll.isAncestorOf(card):
            return
        margin = 8
        if card.height() + 2 * margin <= scroll.viewport().height():
            scroll.ensureWidgetVisible(card, 0, margin)
        else:
            top = card.mapTo(page, card.rect().topLeft()).y()
            scroll.verticalScrollBar().setValue(top - margin)
            scroll.ensureWidgetVisible(new, 0, margin)

    def show_section(self, row: int) -> None:
        """Show section ``row`` of the list (0 is "You and your line manager")."""
        self.sections.setCurrentRow(row)

    def show_sharing_agreement(self) -> None:
        """Bring the sharing agreement's page forward with the keyboard in it (a review's "change it")."""
        self.show_section(self._sharing_row)
        form = self.sharing_agreement
        widget = form.nextInFocusChain()
        while widget is not form and widget is not None:  # the first choice in Tab order, not the frame
            if form.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    # --- edits and saving ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._notes and event.type() == QEvent.Type.FocusOut:
            self._on_commit_requested(PRIVATE_NOTES_FIELD)
        elif watched in (self.sections, self.sections.viewport()) and event.type() in _REFIT:
            self._fit_sections()
        return super().eventFilter(watched, event)

    def _fit_sections(self) -> None:
        """Each section list entry as wide as the list and as tall as its title wrapped in it. Qt wraps an
        item's text as if it had no padding, so a long title (a translation's, or a council's section) was
        laid out wider than the list and cut off at its right edge."""
        width = self.sections.viewport().width()
        metrics = self.sections.fontMetrics()
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            # The theme's item padding (10 px each side, 8 px above and below) and a 2 px focus frame.
            text = metrics.boundingRect(QRect(0, 0, max(width - 24, 40), 10_000), int(Qt.TextFlag.TextWordWrap),
                                        item.text())
            hint = QSize(width, text.height() + 20)
            if item.sizeHint() != hint:
                item.setSizeHint(hint)

    def _on_edited(self, key: str) -> None:
        self._dirty.add(key)
        self._schedule()

    def _on_commit_requested(self, key: str) -> None:
        if key in self._dirty or key in self._share_changes:
            self.flush()

    def _on_share_toggled(self, key: str, shared: bool) -> None:
        self._share_changes[key] = shared
        self.flush()  # a tick is a decision, not typing: save it at once

    def _schedule(self) -> None:
        if not self._deadline.isActive():
            self._deadline.start()
        self._debounce.start()  # restarts: saves after the last keystroke of a burst
        if not self._errors:
            self._show_state(STATE_UNSAVED)

    def has_unsaved_changes(self) -> bool:
        """True while some typing or share choice is not in the vault yet."""
        return bool(self._dirty or self._share_changes)

    def flush(self) -> None:
        """Save every pending edit now as one revision. Edits that fail validation stay on screen."""
        self._debounce.stop()
        self._deadline.stop()
        if not self.has_unsaved_changes():
            return
        self._show_state(STATE_SAVING)
        keys = sorted(self._dirty | set(self._share_changes))
        errors: dict[str, str] = {}
        try:
            passport = self.app.editing.passport()
            try:
                for key in keys:
                    self._apply_one(passport, key)
                # the usual case: everything fits (validated once, in save)
                revision = self.app.editing.save(passport, autosave=True)
            except ValidationError:
                passport, errors = self._apply_valid(keys)
                revision = self.app.editing.save(passport, autosave=True)
        except PassportError as exc:  # the whole save failed: keep everything pending
            #: {reason} is why the save failed (a whole sentence).
            self._show_state(translate("EditorView", "Not saved: {reason} Your text is still here.").format(reason=exc))
            self.unsaved_problem = translate("EditorView", "Not saved: {reason}").format(reason=exc)
            return
        kept = set(errors)
        self._dirty &= kept
        self._share_changes = {k: v for k, v in self._share_changes.items() if k in kept}
        for key in set(self._errors) | set(errors):  # only cards whose message changes
            if key in self._cards:
                problem = errors.get(key)
                self._cards[key].show_error(translate("EditorView", "{problem} Shorten it and it saves by itself.")
                                            .format(problem=_in_words(translate("EditorView", "This answer"), problem))
                                            if problem else None)
        if self._sharing is not None:
            problem = errors.get(SHARING_AGREEMENT_KEY)
            self._sharing.show_error(translate("EditorView", "{problem} It saves by itself once it is complete.")
                                     .format(problem=problem) if problem else None)
        self._errors = errors
        if errors:
            key, message = next(iter(errors.items()))
            reason = _in_words(self._name_of(key), message)
            self._show_state(translate("EditorView", "Not saved: {reason} Your text is still here.").format(
                reason=reason))
            self.unsaved_problem = translate("EditorView", "Not saved: {reason}").format(reason=reason)
        else:
            self.unsaved_problem = ""
            self._show_state(STATE_SAVED)
        if revision is not None:
            self._show_where_it_stands()
            self.saved.emit(revision.number)

    def _apply_valid(self, keys: list[str]) -> tuple[Passport, dict[str, str]]:
        """Some edit does not fit: apply the edits that validate, one by one; report the others."""
        passport = self.app.editing.passport()
        errors: dict[str, str] = {}
        for key in keys:
            trial = passport.copy()
            try:
                self._apply_one(trial, key)
                self.app.editing.validate(trial)
            except PassportError as exc:
                errors[key] = str(exc)
                continue
            passport = trial
        return passport, errors

    def _apply_one(self, passport: Passport, key: str) -> None:
        """Put one pending edit into ``passport`` by the facade's own field-id dispatch (as set_answer)."""
        if key == SHARING_AGREEMENT_KEY:
            passport.sharing_agreement = self.sharing_agreement.agreement()
            return
        apply_field(passport, self.app.template, key, self._pending_text(key), shared=self._share_changes.get(key))

    def _pending_text(self, key: str) -> str | None:
        """What is typed for ``key`` (None: only its share choice changed)."""
        if key in self._cards:
            return self._cards[key].text() if key in self._dirty else None
        if key == PRIVATE_NOTES_FIELD:
            return self.notes.toPlainText()
        return self.people.text(key)

    def _name_of(self, key: str) -> str:
        #: A question's or a box's name in a sentence ("“Your caring responsibilities” is too long").
        quoted = translate("EditorView", "“{name}”")
        if key in self._cards:
            return quoted.format(name=self._cards[key].field.label)
        if key == PRIVATE_NOTES_FIELD:
            return translate("EditorView", "your private notes")
        if key == SHARING_AGREEMENT_KEY:
            return translate("EditorView", "your sharing agreement")
        return quoted.format(name=self.people.edits[key].accessibleName())

    def _show_state(self, state: str) -> None:
        if state == self._state and self.state_label.text():
            return
        self._state = state
        shown = {STATE_SAVED: translate("EditorView", "✓ All changes saved"),
                 STATE_SAVING: translate("EditorView", "Saving…"),
                 STATE_UNSAVED: translate("EditorView", "Saving in a moment…")}.get(state, state)
        self.state_label.setText(shown)
        role = "saved" if state == STATE_SAVED else "hint" if state in (STATE_SAVING, STATE_UNSAVED) else "error"
        if self.state_label.property("role") != role:
            set_role(self.state_label, role)
        self.state_label.setAccessibleDescription(shown)
        self.save_state_changed.emit(state)

    @property
    def save_state(self) -> str:
        """The last state sent by ``save_state_changed``."""
        return self._state

    def _show_where_it_stands(self) -> None:
        """The status line and the first steps read again. While the first steps show, "not agreed yet —
        export it, then import the copy they countersign" says what they say: only one of them shows (at
        200 % text on a 720-pixel screen both squeezed the page's introduction)."""
        self.agreement.refresh()
        self.first_steps.refresh()
        steps, status = self.first_steps.steps, self.agreement.status
        self.agreement.setHidden(steps is not None and steps.shown and status is not None
                                 and status.state is AgreementState.NOT_AGREED)

    # --- loading and locking -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current passport. Pending edits are saved first, and boxes whose text is unchanged are
        not touched, so their undo history survives. Pages not built yet read the passport when built."""
        self.flush()
        passport = self.app.editing.passport()
        if self._people is not None:
            self._people.load(passport, skip=self._dirty)
        for key, card in self._cards.items():
            answer = passport.answers.get(key) or Answer(shared=card.field.share_default)
            if key not in self._dirty:
                card.set_text(answer.text)
            if key not in self._share_changes:
                card.set_shared(answer.shared)
        if self._sharing is not None and SHARING_AGREEMENT_KEY not in self._dirty:
            self._sharing.load(passport.sharing_agreement)
        notes = self._notes
        if notes is not None and PRIVATE_NOTES_FIELD not in self._dirty:
            if notes.toPlainText() != passport.private_notes:
                notes.blockSignals(True)
                notes.setPlainText(passport.private_notes)
                notes.blockSignals(False)
        self._show_where_it_stands()
        self._make_cards_later()  # clear() stops making cards; showing the passport again resumes it

    def clear(self) -> None:
        """Wipe every answer from the screen and from the widgets' memory (the vault is locking).

        Pending edits are saved first when the vault is still open; call :meth:`flush` before closing
        the vault to be sure.
        """
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - the vault may already be closed; clearing must still happen
            pass
        self._debounce.stop()
        self._deadline.stop()
        self._card_maker.stop()
        app_instance = QApplication.instance()
        if self._following_focus and isinstance(app_instance, QApplication):  # a cleared editor follows no more
            app_instance.focusChanged.disconnect(self._show_focused_question)
            self._following_focus = False
        self._dirty.clear()
        self._share_changes.clear()
        self._errors.clear()
        self.agreement.clear()
        self.first_steps.clear()
        for card in self._cards.values():  # pages never built hold nothing to wipe
            card.clear()
        if self._people is not None:
            self._people.clear()
        if self._sharing is not None:
            self._sharing.clear()
        if self._notes is not None:
            self._notes.blockSignals(True)
            self._notes.setPlainText("")
            self._notes.document().clearUndoRedoStacks()
            self._notes.blockSignals(False)
        self._show_state(STATE_SAVED)


class _CardsByField(Mapping[str, QuestionCard]):
    """Every question's card by field id. Looking one up makes it (and its section's page) if needed, so
    ``values()`` and ``items()`` make every card; ``in``, ``len`` and iterating the ids make nothing."""

    def __init__(self, field_ids: Collection[str], card: Callable[[str], QuestionCard]) -> None:
        self._ids = field_ids
        self._card = card

    def __getitem__(self, field_id: str) -> QuestionCard:
        return self._card(field_id)

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


#: What makes the section list's entries be measured again: a new width, text size or theme.
_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)

_INTERNAL_PATH = re.compile(r"^(?:answers|passport)\.[a-z0-9_.]+\s+")


def _in_words(subject: str, message: str) -> str:
    """The domain names a value by its path ("answers.caring.responsibilities.text is too long ...");
    a person needs the question instead: "“What are your caring responsibilities?” is too long ..."."""
    if _INTERNAL_PATH.match(message):
        return f"{subject} {_INTERNAL_PATH.sub('', message)}"
    return f"{subject}: {message}"
