"""One page of the guided editor: a heading, an introduction, then the page's content.

A section's page holds one question card per question, made a few at a time by :meth:`make_cards`:
making, styling and laying out a card takes ~10–30 ms of the GUI thread, so a section of five
questions made at once would freeze the window for longer than the 50 ms a frame may wait. The editor decides
when to make them, fills each new card from the passport and listens to it; this page only places the
cards in the template's order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carerpassport.domain.template import Field
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label
from carerpassport.ui.widgets.question_card import QuestionCard


class EditorPage(QWidget):
    """A titled page; with ``questions``, a card for each of them once :meth:`make_cards` has made it."""

    def __init__(self, title: str, intro: str, questions: Sequence[Field] = (),
                 parent: QWidget | None = None, *, stored_choices: Mapping[str, Sequence[str]] | None = None) -> None:
        """``stored_choices``: by field id, a choice question's choices as answers store them, when ``questions``
        show them translated."""
        super().__init__(parent)
        self._stored_choices = dict(stored_choices or {})
        self.cards: dict[str, QuestionCard] = {}  # made so far, by field id, in the template's order
        self._waiting = list(questions)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(12)
        # The title and introduction are the employer's template's words: shown as written, never as markup
        # (a template is a file from outside; "<img src=…>" in it must not load anything)
        self.heading = QLabel(title, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self._layout.addWidget(self.heading)
        self.intro: QLabel | None = None
        if intro:
            self.intro = hint_label(intro, self)
            self.intro.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(self.intro)
        self._layout.addStretch(1)  # what the page holds goes above it, so a short page sits at the top

    def add(self, widget: QWidget, *, fill: bool = False) -> None:
        """Put ``widget`` below what the page holds already; with ``fill`` it takes the spare height."""
        end = self._layout.count() - 1
        self._layout.insertWidget(end, widget, 1 if fill else 0)
        if fill:
            self._layout.setStretch(end + 1, 0)

    def waiting(self) -> int:
        """How many questions have no card yet."""
        return len(self._waiting)

    def make_cards(self, count: int | None = None) -> list[QuestionCard]:
        """Make the cards of the next ``count`` questions (of all of them when ``None``) and return them."""
        made: list[QuestionCard] = []
        while self._waiting and (count is None or len(made) < count):
            field = self._waiting.pop(0)
            card = QuestionCard(field, self, stored_choices=self._stored_choices.get(field.id, ()))
            self._layout.insertWidget(self._layout.count() - 1, card)  # above the closing stretch
            card.show()  # now, so the caller can lay the page out at once (a layout shows new widgets a turn later)
            self.cards[field.id] = card
            made.append(card)
        return made
