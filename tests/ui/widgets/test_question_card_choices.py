"""A choice question shown in another language than its form's (the Cwm Tawel council's in Welsh) shows the
translated choices and stores the form's own words, so an answer is the same whichever language showed it."""

from __future__ import annotations

from pathlib import Path

from carerpassport.domain.template import parse_template
from carerpassport.ui.widgets.question_card import QuestionCard

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"


def test_a_translated_choice_is_stored_in_the_forms_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    template = parse_template(EXAMPLE.read_bytes(), EXAMPLE.name)
    original = template.field("support.carers_policy")
    card = QuestionCard(template.translated("cy").field("support.carers_policy"),
                        stored_choices=original.choices)
    qtbot.addWidget(card)
    combo = card.answer
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Ydw", "Ddim eto"]
    combo.setCurrentIndex(2)
    assert card.text() == "Not yet"
    card.set_text("Yes")
    assert combo.currentText() == "Ydw"
