"""The guided editor: the passport's sections in a list, each question with its guidance beside it.

There is no Save button. Edits are saved ~0.7 s after the last keystroke, at the latest ~1 s after the
first unsaved one (so a crash or a kill loses at most about a second of typing), when focus leaves a
box, when a choice is picked or a share box is ticked. Each save is one revision, so typing is batched,
never saved per keystroke. Saving is a ~1 ms vault write and runs on the GUI thread.

What the user typed is never thrown away: an answer that fails validation keeps its text on screen,
shows the reason, and is tried again on the next edit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
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

from carerpassport.app import PERSON_FIELDS, PRIVATE_NOTES_FIELD, PassportApp
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.model import Answer, Passport
from carerpassport.domain.template import Section
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.people_form import PeopleForm
from carerpassport.ui.widgets.question_card import QuestionCard
from carerpassport.ui.widgets.share_tag import SHARED_TEXT

#: Save this long after the last keystroke...
DEBOUNCE_MS = 700
#: ...but never later than this after the first unsaved keystroke (bounds what a kill can lose).
MAX_UNSAVED_MS = 1000

STATE_SAVED = "Saved"
STATE_SAVING = "Saving…"
STATE_UNSAVED = "Unsaved changes"

PEOPLE_PAGE_TITLE = "You and your line manager"
NOTES_PAGE_TITLE = "Private notes (never exported)"


class EditorView(QWidget):
    """Edit the current passport; autosaves through :class:`PassportApp`."""

    saved = Signal(int)  # the new revision's number
    save_state_changed = Signal(str)  # STATE_SAVED, STATE_SAVING, STATE_UNSAVED or an error sentence

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner  # saving is fast enough for the GUI thread; kept for slower work later
        self.cards: dict[str, QuestionCard] = {}
        self._dirty: set[str] = set()  # ids whose text differs from the vault
        self._share_changes: dict[str, bool] = {}
        self._errors: dict[str, str] = {}
        self._state = STATE_SAVED
        self._first_input: list[QWidget] = []  # per page: where Enter in the section list goes

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.flush)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.sections = QListWidget(self)
        self.sections.setObjectName("navigation")
        self.sections.setAccessibleName("Passport sections")
        self.sections.setAccessibleDescription(
            "Use the up and down arrow keys to choose a section, then Enter to start answering its questions.")
        self.sections.setWordWrap(True)
        self.sections.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setMaximumWidth(290)
        self.sections.setMinimumWidth(200)
        self.pages = QStackedWidget(self)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)

        self._add_page(PEOPLE_PAGE_TITLE, self._build_people_page())
        for section in app.template.sections:
            fields = [f for f in section.fields if not f.for_manager]
            if fields:  # the manager's own section is filled in by them when they countersign
                self._add_page(section.title, self._build_section_page(section))
        self._add_page(NOTES_PAGE_TITLE, self._build_notes_page())

        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.itemActivated.connect(lambda _item: self.focus_first_question())
        self.sections.setCurrentRow(1 if self.sections.count() > 2 else 0)
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        words = QVBoxLayout()
        title = QLabel("Your passport", self)
        set_role(title, "heading")
        explain = QLabel(f"Everything here stays on this computer. Only answers marked “{SHARED_TEXT}” go into "
                         "what you export for your line manager. Changes save by themselves.", self)
        explain.setWordWrap(True)
        set_role(explain, "hint")
        words.addWidget(title)
        words.addWidget(explain)
        header.addLayout(words, 1)
        self.state_label = QLabel(self)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumWidth(200)
        self.state_label.setMaximumWidth(420)
        self.state_label.setAccessibleName("Save status")
        header.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        self._show_state(STATE_SAVED)
        return header

    def _add_page(self, title: str, page: QWidget) -> None:
        QListWidgetItem(title, self.sections)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.addWidget(scroll)

    def _page(self, title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        heading = QLabel(title, page)
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        if intro:
            words = QLabel(intro, page)
            words.setWordWrap(True)
            set_role(words, "hint")
            layout.addWidget(words)
        return page, layout

    def _build_people_page(self) -> QWidget:
        page, layout = self._page(PEOPLE_PAGE_TITLE, "These details are printed on everything you export, "
                                  "so your manager knows whose passport it is.")
        self.people = PeopleForm(page)
        self.people.edited.connect(self._on_edited)
        self.people.commit_requested.connect(self._on_commit_requested)
        layout.addWidget(self.people)
        layout.addStretch(1)
        self._first_input.append(self.people.edits["employee.name"])
        return page

    def _build_section_page(self, section: Section) -> QWidget:
        page, layout = self._page(section.title, section.intro)
        first: QWidget | None = None
        for field in section.fields:
            if field.for_manager:
                continue
            card = QuestionCard(field, page)
            card.edited.connect(self._on_edited)
            card.commit_requested.connect(self._on_commit_requested)
            card.share_toggled.connect(self._on_share_toggled)
            layout.addWidget(card)
            self.cards[field.id] = card
            first = first or card.answer
        layout.addStretch(1)
        assert first is not None
        self._first_input.append(first)
        return page

    def _build_notes_page(self) -> QWidget:
        page, layout = self._page(NOTES_PAGE_TITLE, "Only you can read these notes. They are never put in a "
                                  "PDF, a bundle or anything else you export or send — whatever you tick "
                                  "elsewhere. Use them for reminders, or things you are not ready to share.")
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("For example: ask HR about carer's leave before the meeting.")
        self.notes.setAccessibleName("Private notes, never exported")
        self.notes.setAccessibleDescription("Only you can read these notes; they are never exported or shared.")
        self.notes.setMinimumHeight(240)
        self.notes.textChanged.connect(lambda: self._on_edited(PRIVATE_NOTES_FIELD))
        self.notes.installEventFilter(self)
        layout.addWidget(self.notes, 1)
        self._first_input.append(self.notes)
        return page

    # --- navigation ----------------------------------------------------------------------------
    def focus_first_question(self) -> None:
        """Move the keyboard focus to the first box of the current section (Enter in the list)."""
        row = max(self.sections.currentRow(), 0)
        target = self._first_input[row]
        scroll = self.pages.widget(row)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_section(self, row: int) -> None:
        """Show section ``row`` of the list (0 is "You and your line manager")."""
        self.sections.setCurrentRow(row)

    # --- edits and saving ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._on_commit_requested(PRIVATE_NOTES_FIELD)
        return super().eventFilter(watched, event)

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
            passport = self.app.passport()
            for key in keys:
                self._apply_one(passport, key)
            try:
                revision = self.app.save(passport)  # the usual case: everything fits (validated once, in save)
            except ValidationError:
                passport, errors = self._apply_valid(keys)
                revision = self.app.save(passport)
        except PassportError as exc:  # the whole save failed: keep everything pending
            self._show_state(f"Not saved: {exc} Your text is still here.")
            return
        kept = set(errors)
        self._dirty &= kept
        self._share_changes = {k: v for k, v in self._share_changes.items() if k in kept}
        for key in set(self._errors) | set(errors):  # only cards whose message changes
            if key in self.cards:
                problem = errors.get(key)
                self.cards[key].show_error(_in_words("This answer", problem) + " Shorten it and it saves by itself."
                                           if problem else None)
        self._errors = errors
        if errors:
            key, message = next(iter(errors.items()))
            self._show_state(f"Not saved: {_in_words(self._name_of(key), message)} Your text is still here.")
        else:
            self._show_state(STATE_SAVED)
        if revision is not None:
            self.saved.emit(revision.number)

    def _apply_valid(self, keys: list[str]) -> tuple[Passport, dict[str, str]]:
        """Some edit does not fit: apply the edits that validate, one by one; report the others."""
        passport = self.app.passport()
        errors: dict[str, str] = {}
        for key in keys:
            trial = passport.copy()
            self._apply_one(trial, key)
            try:
                self.app.validate(trial)
            except PassportError as exc:
                errors[key] = str(exc)
                continue
            passport = trial
        return passport, errors

    def _apply_one(self, passport: Passport, key: str) -> None:
        if key in self.cards:
            old = passport.answer(key)
            text = self.cards[key].text() if key in self._dirty else old.text
            passport.answers[key] = Answer(text=text, shared=self._share_changes.get(key, old.shared))
        elif key == PRIVATE_NOTES_FIELD:
            passport.private_notes = self.notes.toPlainText()
        elif key in PERSON_FIELDS:
            who, attr = key.split(".")
            setattr(getattr(passport, who), attr, self.people.text(key))

    def _name_of(self, key: str) -> str:
        if key in self.cards:
            return f"“{self.cards[key].field.label}”"
        if key == PRIVATE_NOTES_FIELD:
            return "your private notes"
        return f"“{self.people.edits[key].accessibleName()}”"

    def _show_state(self, state: str) -> None:
        if state == self._state and self.state_label.text():
            return
        self._state = state
        shown = {STATE_SAVED: "✓ All changes saved", STATE_SAVING: "Saving…",
                 STATE_UNSAVED: "Saving in a moment…"}.get(state, state)
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

    # --- loading and locking -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current passport. Pending edits are saved first, and boxes whose text is unchanged are
        not touched, so their undo history survives."""
        self.flush()
        passport = self.app.passport()
        self.people.load(passport, skip=self._dirty)
        for key, card in self.cards.items():
            answer = passport.answer(key)
            if key not in self._dirty:
                card.set_text(answer.text)
            if key not in self._share_changes:
                card.set_shared(answer.shared)
        if PRIVATE_NOTES_FIELD not in self._dirty and self.notes.toPlainText() != passport.private_notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(passport.private_notes)
            self.notes.blockSignals(False)

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
        self._dirty.clear()
        self._share_changes.clear()
        self._errors.clear()
        for card in self.cards.values():
            card.clear()
        self.people.clear()
        self.notes.blockSignals(True)
        self.notes.setPlainText("")
        self.notes.document().clearUndoRedoStacks()
        self.notes.blockSignals(False)
        self._show_state(STATE_SAVED)


_INTERNAL_PATH = re.compile(r"^(?:answers|passport)\.[a-z0-9_.]+\s+")


def _in_words(subject: str, message: str) -> str:
    """The domain names a value by its path ("answers.caring.responsibilities.text is too long ...");
    a person needs the question instead: "“What are your caring responsibilities?” is too long ..."."""
    if _INTERNAL_PATH.match(message):
        return f"{subject} {_INTERNAL_PATH.sub('', message)}"
    return f"{subject}: {message}"
