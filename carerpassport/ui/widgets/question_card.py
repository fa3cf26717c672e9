"""One template question in the editor: the answer box, its share choice, and the guidance beside or under it.

The guidance sits beside the answer when the card is wide enough for both to be read comfortably, and
under it when it is not (large text, a narrow window), so a card never needs scrolling sideways.

The card holds no passport logic: it shows text, reports edits and share changes by signal, and the
editor view decides when to save. Setting text from the vault never replaces an unchanged document,
so Qt's own undo history in the box survives every autosave.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carerpassport.domain.template import Field
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.beside_or_under_layout import BesideOrUnderLayout
from carerpassport.ui.widgets.guidance_panel import GuidancePanel
from carerpassport.ui.widgets.share_tag import ShareTag

translate = QCoreApplication.translate

#: A choice question's first item (in English; shown through ``translate("QuestionCard", …)``).
NOT_ANSWERED = QT_TRANSLATE_NOOP("QuestionCard", "Not answered yet")

#: The guidance goes beside the answer only when the card is at least this many average characters wide
#: (about 40 for the answer and its share box, 24 for the guidance); otherwise it goes under the answer.
#: Counted in characters of the card's font, so a larger text size moves it under sooner.
SIDE_BY_SIDE_CHARS = 64


class QuestionCard(QFrame):
    """A question, its answer box, a "Share with my manager" checkbox, a Shared/Private tag and guidance."""

    edited = Signal(str)  # field id: the text changed (debounced save)
    commit_requested = Signal(str)  # field id: save now (focus left the box, or a choice was picked)
    share_toggled = Signal(str, bool)  # field id, shared

    def __init__(self, field: Field, parent: QWidget | None = None, *, stored_choices: Sequence[str] = ()) -> None:
        """``stored_choices``: a choice question's choices as answers store them (the template's own words), when
        ``field`` shows them translated; the same order as ``field.choices``."""
        super().__init__(parent)
        self.field = field
        self._stored_choices = tuple(stored_choices) or field.choices
        set_role(self, "card")
        self._outer = outer = BesideOrUnderLayout(SIDE_BY_SIDE_CHARS, (3, 2), self)
        outer.setContentsMargins(14, 12, 12, 12)
        outer.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(6)
        outer.addLayout(left, 3)

        heading = QHBoxLayout()
        # the template's words, shown as written (never as markup: a template is a file from outside)
        self.label = QLabel(field.label, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        set_role(self.label, "subheading")
        self.tag = ShareTag(self)
        heading.addWidget(self.label, 1)
        heading.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(heading)

        self.prompt = QLabel(field.prompt, self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(field.prompt))
        set_role(self.prompt, "hint")
        left.addWidget(self.prompt)

        self.guidance = GuidancePanel(field.guidance, self)
        self.answer = self._make_answer_box(field)
        self.label.setBuddy(self.answer)
        self.answer.setAccessibleName(field.label)
        self.answer.setAccessibleDescription(" ".join(p for p in (field.prompt, self.guidance.plain_text()) if p))
        self.answer.installEventFilter(self)
        self._fit_height()
        left.addWidget(self.answer)

        self.share_box = QCheckBox(translate("QuestionCard", "Share this answer with my manager"), self)
        #: Read aloud for the check box; {question} is the question's label.
        self.share_box.setAccessibleName(translate("QuestionCard", "Share with my manager: {question}").format(
            question=field.label))
        self.share_box.setAccessibleDescription(translate(
            "QuestionCard", "When ticked, this answer is included in the PDF or bundle you export for your line "
            "manager. When not ticked, only you can see it."))
        self.share_box.toggled.connect(self._on_share_toggled)
        left.addWidget(self.share_box)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        set_role(self.error, "error")
        left.addWidget(self.error)
        left.addStretch(1)

        if self.guidance.is_empty():
            self.guidance.hide()
        else:
            outer.addWidget(self.guidance, 2)

    def guidance_beside(self) -> bool:
        """True while the guidance is shown beside the answer rather than under it."""
        return self._outer.is_beside()

    # --- the answer box ----------------------------------------------------------------------------
    def _make_answer_box(self, field: Field) -> QWidget:
        if field.kind == "line":
            line = QLineEdit(self)
            line.setPlaceholderText(field.placeholder)
            line.setToolTip(field.placeholder)  # one line cannot wrap: the whole example stays readable
            line.textEdited.connect(lambda _text: self.edited.emit(self.field.id))
            return line
        if field.kind == "choice":
            combo = QComboBox(self)
            combo.addItem(translate("QuestionCard", NOT_ANSWERED), "")
            for shown, stored in zip(field.choices, self._stored_choices, strict=False):
                combo.addItem(shown, stored)  # shown in the GUI's language, stored as the template says it
            combo.activated.connect(self._on_choice_picked)
            return combo
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)  # keyboard users must be able to Tab out of the box
        box.setPlaceholderText(field.placeholder)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box.textChanged.connect(lambda: self.edited.emit(self.field.id))
        return box

    def _fit_height(self) -> None:
        """About four lines tall, growing to nine, in whatever text size the user chose."""
        if isinstance(self.answer, QPlainTextEdit):
            line = self.answer.fontMetrics().lineSpacing()
            self.answer.setMinimumHeight(4 * line + 16)
            self.answer.setMaximumHeight(9 * line + 16)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "answer"):
            self._fit_height()

    def _on_choice_picked(self, _index: int) -> None:
        self.edited.emit(self.field.id)
        self.commit_requested.emit(self.field.id)

    def _on_share_toggled(self, shared: bool) -> None:
        self.tag.set_shared(shared)
        self.share_toggled.emit(self.field.id, shared)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.answer and event.type() == QEvent.Type.FocusOut:
            self.commit_requested.emit(self.field.id)
        return super().eventFilter(watched, event)

    # --- reading and writing -----------------------------------------------------------------------
    def text(self) -> str:
        """The answer as shown (for a choice: the choice, or "" when not answered)."""
        box = self.answer
        if isinstance(box, QPlainTextEdit):
            return box.toPlainText()
        if isinstance(box, QLineEdit):
            return box.text()
        assert isinstance(box, QComboBox)
        return str(box.currentData() or "")

    def set_text(self, text: str) -> None:
        """Show ``text`` without signalling an edit; an unchanged box is left alone (its undo history too)."""
        if text == self.text():
            return
        box = self.answer
        box.blockSignals(True)
        try:
            if isinstance(box, QPlainTextEdit):
                box.setPlainText(text)
            elif isinstance(box, QLineEdit):
                box.setText(text)
            elif isinstance(box, QComboBox):
                index = box.findData(text)
                if index < 0:  # a value from an older template: show it rather than hide it
                    box.addItem(text, text)
                    index = box.count() - 1
                box.setCurrentIndex(index)
        finally:
            box.blockSignals(False)

    def shared(self) -> bool:
        """Whether "Share with my manager" is ticked."""
        return self.share_box.isChecked()

    def set_shared(self, shared: bool) -> None:
        """Show the stored share choice without signalling a change."""
        self.share_box.blockSignals(True)
        self.share_box.setChecked(shared)
        self.share_box.blockSignals(False)
        self.tag.set_shared(shared)

    def show_error(self, message: str | None) -> None:
        """Show why the answer could not be saved (``None`` hides it); the typed text stays."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def clear(self) -> None:
        """Forget the text and its undo history (used when the vault locks)."""
        box = self.answer
        box.blockSignals(True)
        try:
            if isinstance(box, QPlainTextEdit):
                box.setPlainText("")
                box.document().clearUndoRedoStacks()
            elif isinstance(box, QLineEdit):
                box.setText("")  # setText also drops the line's undo history
            elif isinstance(box, QComboBox):
                box.setCurrentIndex(0)
                while box.count() > len(self.field.choices) + 1:  # a shown value from an older template
                    box.removeItem(box.count() - 1)
        finally:
            box.blockSignals(False)
        self.set_shared(False)
        self.show_error(None)
