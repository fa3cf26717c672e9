"""The employer's template is a file from outside: its words on the editor's pages are shown as written,
never taken as markup (a title of "<b>…" stays those characters; an "<img src=file:…>" loads nothing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from carerpassport.domain.template import Field
from carerpassport.ui.widgets.editor_page import EditorPage

HOSTILE_TITLE = "<b>Evil</b> employer"
HOSTILE_INTRO = "<img src=file:///etc/passwd> read this"
HOSTILE_LABEL = "<a href='https://example.invalid'>Click</a> me"
HOSTILE_PROMPT = "<i>slanted</i> prompt"


def test_the_pages_title_intro_and_questions_are_plain_text(qtbot: Any) -> None:
    page = EditorPage(HOSTILE_TITLE, HOSTILE_INTRO, [Field("caring.hostile", HOSTILE_LABEL, HOSTILE_PROMPT)])
    qtbot.addWidget(page)
    (card,) = page.make_cards()
    assert page.intro is not None
    shown = {page.heading: HOSTILE_TITLE, page.intro: HOSTILE_INTRO, card.label: HOSTILE_LABEL,
             card.prompt: HOSTILE_PROMPT}
    for label, text in shown.items():
        assert label.textFormat() == Qt.TextFormat.PlainText, text
        assert label.text() == text
        assert label.openExternalLinks() is False
