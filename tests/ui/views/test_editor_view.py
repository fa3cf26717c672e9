"""The guided editor: autosave, share choices, private notes, undo after autosave, errors keep text; pages
and cards made when first needed, without losing an edit, a refresh, a wipe or the Tab order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.model import MAX_TEXT
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.editor_view import STATE_SAVED, STATE_UNSAVED, EditorView
from carerpassport.ui.widgets.people_form import PeopleForm
from carerpassport.ui.widgets.question_card import QuestionCard
from carerpassport.ui.widgets.share_tag import PRIVATE_TEXT, SHARED_TEXT
from carerpassport.usecases.core import PRIVATE_NOTES_FIELD
from tests.conftest import PASSPHRASE
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

RESPONSIBILITIES = "caring.responsibilities"
CARING = ["caring.responsibilities", "caring.effect_on_work", "caring.work_effect_on_caring", "caring.how_managing",
          "caring.future_changes"]  # section 1, shown first
CRISIS = "emergency.arrangements"  # section 3


@pytest.fixture
def editor(app: PassportApp, qtbot) -> Iterator[EditorView]:  # noqa: ANN001 - pytest-qt's qtbot
    view = shown(qtbot, EditorView(app, TaskRunner(synchronous=True)), (1100, 760), active=True)
    yield view
    view.clear()


def _box(view: EditorView, field_id: str = RESPONSIBILITIES) -> QPlainTextEdit:
    box = view.cards[field_id].answer
    assert isinstance(box, QPlainTextEdit)
    return box


def test_typing_saves_once_after_the_pause(editor: EditorView, app: PassportApp, qtbot) -> None:  # noqa: ANN001
    before = len(app.editing.history())
    editor.show_section(1)
    box = _box(editor)
    box.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClicks(box, "I look after my mum")
        assert editor.save_state == STATE_UNSAVED
        assert app.editing.passport().answer(RESPONSIBILITIES).text == ""  # not per keystroke
    assert app.editing.passport().answer(RESPONSIBILITIES).text == "I look after my mum"
    assert saved.args == [app.editing.latest_revision().number]
    assert len(app.editing.history()) == before + 1  # one burst of typing, one revision
    qtbot.waitUntil(lambda: editor.save_state == STATE_SAVED)
    assert "saved" in editor.state_label.text().lower()


def test_typing_without_a_pause_is_still_saved_while_typing(editor: EditorView, app: PassportApp,
                                                            qtbot) -> None:  # noqa: ANN001
    """A kill mid-typing must lose at most about a second: saves happen even if the typist never pauses."""
    editor.show_section(1)
    box = _box(editor)
    box.setFocus()
    typist = QTimer(editor, interval=100)  # a key every 0.1 s: the 0.7 s pause never comes
    typist.timeout.connect(lambda: qtbot.keyClick(box, Qt.Key.Key_A))
    typist.start()
    try:
        qtbot.waitUntil(lambda: app.editing.passport().answer(RESPONSIBILITIES).text.startswith("a"), timeout=10_000)
        assert typist.isActive()  # saved while the typing went on, not after it stopped
    finally:
        typist.stop()
    editor.flush()
    assert app.editing.passport().answer(RESPONSIBILITIES).text == box.toPlainText()


def test_leaving_a_box_saves_at_once(editor: EditorView, app: PassportApp, qtbot) -> None:  # noqa: ANN001
    editor.show_section(1)
    box = _box(editor)
    box.setFocus()
    qtbot.keyClicks(box, "Evenings and weekends")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # Tab leaves the box (it does not type a tab character)
    assert "\t" not in box.toPlainText()
    assert app.editing.passport().answer(RESPONSIBILITIES).text == "Evenings and weekends"


def test_share_choice_persists_after_reopening(editor: EditorView, app: PassportApp, data_dir: Path,
                                               qtbot) -> None:  # noqa: ANN001
    editor.show_section(1)
    card = editor.cards["caring.effect_on_work"]
    qtbot.keyClicks(card.answer, "Short notice absences")
    card.share_box.setFocus()
    qtbot.keyClick(card.share_box, Qt.Key.Key_Space)
    assert card.tag.text() == SHARED_TEXT
    editor.clear()
    app.close()

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        answer = reopened.editing.passport().answer("caring.effect_on_work")
        assert (answer.text, answer.shared) == ("Short notice absences", True)
        assert reopened.editing.passport().shared_dict()["answers"]["caring.effect_on_work"]["text"] == answer.text
        view = EditorView(reopened, TaskRunner(synchronous=True))
        qtbot.addWidget(view)
        again = view.cards["caring.effect_on_work"]
        assert again.share_box.isChecked() and again.tag.text() == SHARED_TEXT
        assert view.cards[RESPONSIBILITIES].tag.text() == PRIVATE_TEXT
        view.clear()
    finally:
        reopened.close()
        app.context.vault = PassportApp.open(data_dir, passphrase=PASSPHRASE).vault  # the fixture closes it again


def test_private_notes_are_never_in_what_is_shared(editor: EditorView, app: PassportApp, unique: str,
                                                   qtbot) -> None:  # noqa: ANN001
    editor.show_section(editor.sections.count() - 1)
    assert "never exported" in editor.sections.currentItem().text()
    editor.focus_first_question()
    assert QApplication.focusWidget() is editor.notes
    qtbot.keyClicks(editor.notes, unique)
    for card in editor.cards.values():  # share every answer there is
        card.share_box.setChecked(True)
    editor.flush()
    passport = app.editing.passport()
    assert passport.private_notes == unique
    assert unique not in json.dumps(passport.shared_dict())
    assert PRIVATE_NOTES_FIELD not in editor.cards  # no share box exists for the notes


def test_undo_and_redo_in_a_field_survive_autosave(editor: EditorView, app: PassportApp, qtbot) -> None:  # noqa: ANN001
    editor.show_section(1)
    box = _box(editor)
    box.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(box, "Hello")
    editor.refresh()  # the vault now holds the same text: the box must not be reset
    assert box.document().isUndoAvailable()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == ""
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass  # the undo is an edit too, and is saved
    assert app.editing.passport().answer(RESPONSIBILITIES).text == ""
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert box.toPlainText() == "Hello"
    editor.flush()
    assert app.editing.passport().answer(RESPONSIBILITIES).text == "Hello"


def test_a_validation_error_keeps_the_text_and_saves_the_rest(editor: EditorView, app: PassportApp,
                                                              qtbot) -> None:  # noqa: ANN001
    too_long = "x" * (MAX_TEXT + 1)
    states: list[str] = []
    editor.save_state_changed.connect(states.append)
    _box(editor).setPlainText(too_long)
    qtbot.keyClicks(_box(editor, "caring.how_managing"), "My sister helps")
    editor.flush()
    assert _box(editor).toPlainText() == too_long  # nothing typed is thrown away
    assert app.editing.passport().answer(RESPONSIBILITIES).text == ""
    assert app.editing.passport().answer("caring.how_managing").text == "My sister helps"  # the valid edit saved
    assert states[-1].startswith("Not saved: “What are your caring responsibilities?” is too long")
    assert "answers." not in states[-1]  # the question by name, not by internal id
    card = editor.cards[RESPONSIBILITIES]
    assert card.error.isVisibleTo(editor) and card.error.text().startswith("This answer is too long")
    assert editor.has_unsaved_changes()

    _box(editor).setPlainText("Short now")  # fixing it saves it, and the message goes
    editor.flush()
    assert app.editing.passport().answer(RESPONSIBILITIES).text == "Short now"
    assert editor.save_state == STATE_SAVED and not card.error.isVisibleTo(editor)


def test_people_details_save(editor: EditorView, app: PassportApp, qtbot) -> None:  # noqa: ANN001
    editor.show_section(0)
    editor.focus_first_question()
    name = editor.people.edits["employee.name"]
    assert QApplication.focusWidget() is name and name.text() == "Siân Jones"
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Adviser")
    editor.flush()
    assert app.editing.passport().employee.role == "Adviser"


def test_enter_in_the_section_list_moves_to_the_first_question(editor: EditorView, qtbot) -> None:  # noqa: ANN001
    editor.sections.setFocus()
    editor.show_section(0)
    qtbot.keyClick(editor.sections, Qt.Key.Key_Down)
    assert editor.pages.currentIndex() == 1
    qtbot.keyClick(editor.sections, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is _box(editor)


def test_a_choice_saves_when_picked(editor: EditorView, app: PassportApp, qtbot) -> None:  # noqa: ANN001
    combo = editor.cards["support.carers_policy"].answer
    assert isinstance(combo, QComboBox)
    editor.show_section(2)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert app.editing.passport().answer("support.carers_policy").text == "Yes"


def test_clear_wipes_every_box(editor: EditorView, app: PassportApp, unique: str) -> None:
    app.editing.set_answer(RESPONSIBILITIES, unique, shared=True)
    app.editing.set_answer(PRIVATE_NOTES_FIELD, unique)
    editor.refresh()
    assert _box(editor).toPlainText() == unique
    editor.clear()
    texts = [w.toPlainText() for w in editor.findChildren(QPlainTextEdit)]
    texts += [w.text() for w in editor.findChildren(QLineEdit)]
    assert not any(unique in t for t in texts)
    assert not _box(editor).document().isUndoAvailable()
    assert app.editing.passport().answer(RESPONSIBILITIES).text == unique  # clearing the screen is not an edit


def test_every_control_has_an_accessible_name_and_description(editor: EditorView) -> None:
    for row in range(editor.sections.count()):  # every page and card, not only those made so far
        editor.show_section(row)
    assert len(list(editor.cards.values())) == len(editor.cards)
    assert unnamed_controls(editor, described=True) == []
    assert all(card.answer.accessibleDescription() for card in editor.cards.values())


def test_an_employer_template_with_line_questions(data_dir: Path, qtbot) -> None:  # noqa: ANN001
    template = {
        "id": "employer.test", "version": 3, "title": "Employer passport", "language": "en-GB", "intro": "",
        "sections": [{"id": "work", "title": "Your work", "intro": "", "fields": [
            {"id": "work.pattern", "label": "Your working pattern", "kind": "line",
             "guidance": {"think_about": [], "why": "", "privacy": "Describe the effect on work, not diagnoses."}},
            {"id": "work.site", "label": "Where you work", "kind": "choice", "choices": ["Office", "Home"]},
        ]}],
    }
    raw = json.dumps(template).encode()
    from carerpassport.domain.template import parse_template

    app = PassportApp.create(data_dir / "employer", passphrase=PASSPHRASE, template=parse_template(raw),
                             template_json=raw).app
    try:
        view = EditorView(app, TaskRunner(synchronous=True))
        qtbot.addWidget(view)
        assert [view.sections.item(i).text() for i in range(view.sections.count())] == [
            "You and your line manager", "Your work", "Sharing your passport",  # the app's words: the template has none
            "Private notes (never exported)"]
        card = view.cards["work.pattern"]
        assert "not diagnoses" in card.guidance.privacy_label.text()
        qtbot.keyClicks(card.answer, "Mon to Thu, 9 to 5")
        view.flush()
        assert app.editing.passport().answer("work.pattern").text == "Mon to Thu, 9 to 5"
        view.clear()
    finally:
        app.close()


# --- made when first needed ------------------------------------------------------------------------------
def _made(view: EditorView) -> list[str]:
    """Field ids of the question cards that exist, in the order they are in the widget tree."""
    return [card.field.id for card in view.findChildren(QuestionCard)]


def test_no_card_is_made_at_once_and_the_shown_section_follows(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = EditorView(app, TaskRunner(synchronous=True))
    assert _made(view) == []  # what unlocking waits for: the page, not its cards
    assert view.findChildren(PeopleForm) == [] and len(view.cards) == 11
    shown(qtbot, view, (1100, 760))
    qtbot.waitUntil(lambda: _made(view) == CARING)  # the shown section's cards, a card per turn
    QApplication.processEvents()
    assert _made(view) == CARING  # no other section is made until it is shown or asked for
    assert [view.cards[key].field.id for key in CARING] == CARING
    view.show_section(3)  # chosen while on screen: that section's first card at once, the rest a turn each
    section = next(x for x in app.template.sections if x.title == view.sections.item(3).text())
    first = next(f.id for f in section.fields if not f.for_manager)
    assert _made(view) == [*CARING, first]
    view.clear()


def test_asking_for_a_card_makes_it_at_once(app: PassportApp) -> None:
    view = EditorView(app, TaskRunner(synchronous=True))
    assert RESPONSIBILITIES in view.cards and view.cards[RESPONSIBILITIES].field.id == RESPONSIBILITIES
    assert RESPONSIBILITIES in _made(view)
    view.clear()


def test_a_page_made_later_shows_the_latest_answers(editor: EditorView, app: PassportApp, unique: str) -> None:
    app.editing.set_answer(CRISIS, unique, shared=True)
    app.editing.set_answer(PRIVATE_NOTES_FIELD, f"notes {unique}")
    app.editing.set_answer("manager.name", "Priya Shah")
    assert CRISIS not in _made(editor)
    editor.show_section(3)
    card = editor.cards[CRISIS]
    assert (card.text(), card.shared(), card.tag.text()) == (unique, True, SHARED_TEXT)
    assert editor.notes.toPlainText() == f"notes {unique}"
    assert editor.people.text("manager.name") == "Priya Shah"
    editor.flush()
    assert not editor.has_unsaved_changes()  # loading a page is not an edit


def test_refresh_updates_the_pages_already_made_and_no_others(editor: EditorView, app: PassportApp,
                                                               unique: str) -> None:
    editor.card(CARING[-1])
    app.editing.set_answer(RESPONSIBILITIES, unique)
    app.editing.set_answer("support.carers_policy", "Yes")
    editor.refresh()
    assert editor.cards[RESPONSIBILITIES].text() == unique
    assert "support.carers_policy" not in _made(editor) and CRISIS not in _made(editor)
    assert editor.cards["support.carers_policy"].text() == "Yes"  # made now, from the passport as it is


def _edit_on_every_page(editor: EditorView, qtbot) -> None:  # noqa: ANN001
    """Type an answer in two sections, the private notes and a person's detail (the last saved by flush)."""
    qtbot.keyClicks(_box(editor), "Mum")
    editor.show_section(3)
    qtbot.keyClicks(_box(editor, CRISIS), "Sam covers")
    editor.show_section(editor.sections.count() - 1)
    qtbot.keyClicks(editor.notes, "Ask HR")
    editor.show_section(0)
    editor.people.edits["employee.role"].setFocus()
    qtbot.keyClicks(editor.people.edits["employee.role"], "Adviser")


def test_edits_on_every_page_are_saved_one_version_per_section(editor: EditorView, app: PassportApp,
                                                               qtbot) -> None:  # noqa: ANN001
    """Leaving a section saves its typing and ends the editing session: each section's work is one
    version in History, named by what changed."""
    before = len(app.editing.history())
    _edit_on_every_page(editor, qtbot)
    editor.flush()
    passport = app.editing.passport()
    assert (passport.answer(RESPONSIBILITIES).text, passport.answer(CRISIS).text) == ("Mum", "Sam covers")
    assert (passport.private_notes, passport.employee.role) == ("Ask HR", "Adviser")
    labels = [info.label for info in app.editing.history()[before:]]
    assert labels == ["Changed: " + app.template.field(RESPONSIBILITIES).label,
                      "Changed: " + app.template.field(CRISIS).label, "Changed: your private notes",
                      "Changed: your details"]


def test_clear_stops_making_cards(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    """Locking clears the view before the vault closes: no card may be made (reading the passport) after."""
    view = shown(qtbot, EditorView(app, TaskRunner(synchronous=True)), (1100, 760))
    view.clear()
    made = _made(view)
    qtbot.wait(100)
    assert _made(view) == made and len(made) < len(CARING)


def test_tab_follows_the_section_list_whatever_order_pages_are_made_in(editor: EditorView) -> None:
    for row in (3, editor.sections.count() - 1, 2, 0, 1):
        editor.show_section(row)
    list(editor.cards.values())  # every card
    expected = [*editor.people.edits.values(), *(editor.cards[key].answer for key in editor.cards), editor.notes]
    chain: list[QWidget] = []
    widget = editor.sections.nextInFocusChain()
    while widget is not editor.sections and len(chain) < 10_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert [w for w in chain if w in expected] == expected
    tabbable = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is editor.window()]
    card = editor.cards[RESPONSIBILITIES]
    assert tabbable[tabbable.index(card.answer) + 1] is card.share_box  # each answer, then its share box


def test_typing_in_several_fields_with_the_autosave_timer_groups_versions_and_loses_nothing(
        app: PassportApp, data_dir: Path, qtbot) -> None:  # noqa: ANN001
    """Real typing, saved by the editor's own timer: one version per section visited, named by the fields,
    and the vault reopened from disk holds the last text of every field."""
    before = len(app.editing.history())
    view = shown(qtbot, EditorView(app, TaskRunner(synchronous=True)), (1100, 760), active=True)
    typed = {CARING[0]: "I look after my mum", CARING[1]: "I leave early on Tuesdays", CRISIS: "Sam covers"}
    try:
        view.show_section(1)
        for field_id in CARING[:2]:
            for burst in (typed[field_id][:6], typed[field_id][6:]):  # two bursts each: two autosaves
                box = _box(view, field_id)
                box.setFocus()
                box.moveCursor(box.textCursor().MoveOperation.End)
                with qtbot.waitSignal(view.saved, timeout=5000):
                    qtbot.keyClicks(box, burst)
        view.show_section(3)  # leaving the section ends the session
        box = _box(view, CRISIS)
        box.setFocus()
        with qtbot.waitSignal(view.saved, timeout=5000):
            qtbot.keyClicks(box, typed[CRISIS])
        qtbot.waitUntil(lambda: view.save_state == STATE_SAVED)
    finally:
        view.clear()
    app.close()
    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert {field_id: again.editing.passport().answer(field_id).text for field_id in typed} == typed
        labels = [info.label for info in again.editing.history()[before:]]
        titles = [again.template.field(field_id).label for field_id in typed]
        assert labels == [f"Changed: {titles[0]}, {titles[1]}", f"Changed: {titles[2]}"]
        again.repo.verify_chain()
    finally:
        again.close()


def test_every_kind_of_edit_goes_through_the_one_field_dispatch(editor: EditorView, app: PassportApp, qtbot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The editor applies answers, private notes and people's details by usecases.core.apply_field (as
    set_answer does), not by a copy of its id rules."""
    from carerpassport.ui.views import editor_view
    from carerpassport.usecases.core import apply_field

    applied: list[str] = []

    def spy(passport, template, field_id, text=None, *, shared=None):  # type: ignore[no-untyped-def]
        applied.append(field_id)
        apply_field(passport, template, field_id, text, shared=shared)

    monkeypatch.setattr(editor_view, "apply_field", spy)
    _edit_on_every_page(editor, qtbot)
    editor.flush()
    assert sorted(applied) == sorted([RESPONSIBILITIES, CRISIS, PRIVATE_NOTES_FIELD, "employee.role"])
    passport = app.editing.passport()
    assert (passport.answer(RESPONSIBILITIES).text, passport.private_notes, passport.employee.role) == (
        "Mum", "Ask HR", "Adviser")
