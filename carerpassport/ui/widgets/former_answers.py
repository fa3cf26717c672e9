"""Answers to questions the employer's form no longer asks: shown as written, each with its share choice.

Read-only on purpose: the employer stopped asking the question, so there is nothing to answer; the text is
kept as the employee wrote it (their record, and something to copy into a current question). Whether it is
shared stays theirs to choose; it starts private after the form changed, so it is never exported unless
they tick it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from carerpassport.domain.model import Answer
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import set_accessible
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

translate = QCoreApplication.translate

#: Translated where shown: ``translate("FormerAnswers", SHARE_TEXT)``.
SHARE_TEXT = QT_TRANSLATE_NOOP("FormerAnswers", "Share on export (it is no longer on your employer's form)")


class FormerAnswers(QWidget):
    """One block per answer: its old question, its text (selectable) and a share check box."""

    share_changed = Signal(str, bool)  # field id, shared

    def __init__(self, answers: list[tuple[str, str, Answer]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.share_boxes: dict[str, QCheckBox] = {}
        for field_id, label, answer in answers:
            question = QLabel(label, self)
            question.setWordWrap(True)
            set_role(question, "subheading")
            layout.addWidget(question)
            text = QLabel(answer.text, self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            #: {question}: the question the employer's form no longer asks.
            set_accessible(text, translate("FormerAnswers", "Your answer to: {question}").format(question=label),
                           translate("FormerAnswers", "Kept as you wrote it; the question is no longer on your "
                                     "employer's form."))
            layout.addWidget(text)
            share = QCheckBox(self)
            share.setChecked(answer.shared)
            set_accessible(share, translate("FormerAnswers", "Share your answer to: {question}").format(question=label),
                           translate("FormerAnswers", "Ticked, it goes into what you export even though your "
                                     "employer's form no longer asks it."))
            share.toggled.connect(lambda on, fid=field_id: self.share_changed.emit(fid, on))
            # Its words wrap: a check box's never do, and at large text this one was wider than the page.
            layout.addWidget(wrapping_choice(share, translate("FormerAnswers", SHARE_TEXT), self))
            self.share_boxes[field_id] = share
