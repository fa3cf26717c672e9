"""The editor fits its window at every text size: a question's guidance sits beside the answer when the
card is wide enough for both, and under it when not, so nothing has to be scrolled sideways
(at 200 % text the cards once scrolled sideways and cut the guidance off)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.views.editor_view import EditorView
from carerpassport.ui.widgets.question_card import QuestionCard
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.ui_support import shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _left_of(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).x()


def test_the_guidance_moves_under_the_answer_when_the_card_is_narrow(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    card = QuestionCard(app.template.field("caring.responsibilities"))
    char = card.fontMetrics().averageCharWidth()
    shown(qtbot, card, (100 * char, 500))
    qtbot.waitUntil(card.guidance_beside)
    assert card.guidance.x() > card.answer.geometry().right()  # beside: to the right of the answer

    narrow = 48 * char
    promised = card.heightForWidth(narrow)  # asked while beside: the height the card will need under
    card.resize(narrow, promised)
    qtbot.waitUntil(lambda: not card.guidance_beside())
    qtbot.wait(20)
    assert card.heightForWidth(narrow) == promised  # so a page lays the card out right the first time
    assert card.guidance.y() > card.share_box.geometry().bottom()  # under: below the answer and its share box
    assert card.guidance.geometry().right() <= card.contentsRect().right()
    assert card.minimumSizeHint().width() <= narrow  # it never asks for the width of the two side by side

    card.resize(100 * char, 500)
    qtbot.waitUntil(card.guidance_beside)


def test_a_larger_text_size_moves_the_guidance_under_sooner(app: PassportApp, qtbot,  # noqa: ANN001
                                                            shell_theme: ThemeManager) -> None:  # noqa: F811
    card = shown(qtbot, QuestionCard(app.template.field("caring.responsibilities")), (700, 500))
    qtbot.waitUntil(card.guidance_beside)
    shell_theme.apply("light", 200)
    qtbot.waitUntil(lambda: not card.guidance_beside())  # the same 700 pixels hold half as many characters


@pytest.mark.parametrize(("text_size", "beside"), [(100, True), (200, False)])
def test_no_sideways_scrolling_in_a_1100_by_720_window(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                                       shell_theme: ThemeManager, qtbot,  # noqa: F811, ANN001
                                                       text_size: int, beside: bool) -> None:
    shell_theme.apply("light", text_size)
    assert (shell_window.width(), shell_window.height()) == (1100, 720)
    shell_window.set_app(filled_app)
    shell_window.show_view("passport")
    editor = shell_window.view("passport")
    assert isinstance(editor, EditorView)
    questions = {s.title: [f.id for f in s.fields if not f.for_manager] for s in filled_app.template.sections}
    for row in range(1, editor.sections.count() - 1):  # every section of questions
        editor.show_section(row)
        scroll = editor.pages.currentWidget()
        assert isinstance(scroll, QScrollArea)
        if editor.sections.item(row).text() not in questions:  # the sharing agreement's page: no cards
            qtbot.wait(50)
            assert not scroll.horizontalScrollBar().isVisible(), editor.sections.item(row).text()
            continue
        expected = questions[editor.sections.item(row).text()]
        qtbot.waitUntil(lambda s=scroll, e=expected: [c.field.id for c in s.widget().findChildren(QuestionCard)] == e)
        qtbot.wait(50)  # made a card per turn of the event loop; now laid out
        cards = scroll.widget().findChildren(QuestionCard)
        viewport = scroll.viewport()
        assert not scroll.horizontalScrollBar().isVisible(), editor.sections.item(row).text()
        assert scroll.widget().width() <= viewport.width()
        for card in cards:
            assert card.height() >= card.heightForWidth(card.width()), card.field.id  # nothing squeezed
            if card.guidance.isHidden():
                continue
            left = _left_of(card.guidance, viewport)
            assert 0 <= left and left + card.guidance.width() <= viewport.width(), card.field.id
            assert card.guidance_beside() is beside, card.field.id
