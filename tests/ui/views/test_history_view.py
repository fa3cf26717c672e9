"""History: versions listed with plain reasons, a side-by-side diff, read-only view, restore as new."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.models.changes_model import AFTER, BEFORE, ITEM, ChangesModel
from carerpassport.ui.models.history_model import VERSION, WHAT_HAPPENED, WHEN, HistoryModel, time_in_words
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.views.history_view import HistoryView
from carerpassport.vault.repository import RevisionInfo
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

FIELD = "caring.effect_on_work"
LABEL = "How does caring affect your work?"


@pytest.fixture
def edited_app(app: PassportApp) -> PassportApp:
    app.editing.set_answer(FIELD, "First words")  # version 2
    app.editing.set_answer(FIELD, "Second words")  # version 3
    app.editing.set_answer("notes.private", "a private note")  # version 4
    return app


@pytest.fixture
def history(edited_app: PassportApp, qtbot) -> Iterator[HistoryView]:  # noqa: ANN001 - pytest-qt's qtbot
    view = shown(qtbot, HistoryView(edited_app, TaskRunner(synchronous=True)), (1100, 700), active=True)
    yield view
    view.clear()


def _rows(model: ChangesModel) -> list[tuple[str, str, str]]:
    return [tuple(model.index(r, c).data() for c in (ITEM, BEFORE, AFTER)) for r in range(model.rowCount())]


def test_versions_newest_first_in_plain_words(history: HistoryView) -> None:
    model = history.model
    assert [model.revision_at(r).number for r in range(model.rowCount())] == [4, 3, 2, 1]
    assert model.index(0, WHAT_HAPPENED).data() == "Changed: your private notes (current)"
    assert model.index(1, WHAT_HAPPENED).data() == f"Changed: {LABEL}"
    assert model.index(3, WHAT_HAPPENED).data() == "Passport created"
    assert model.index(0, WHEN).data().startswith("Today, ")
    local = dt.datetime(2026, 3, 2, 21, 4, tzinfo=dt.UTC).astimezone()
    assert time_in_words("2026-03-02T21:04:00+00:00") == f"{local.day} March 2026, {local:%H:%M}"
    assert time_in_words(local.isoformat(), today=local.date()) == f"Today, {local:%H:%M}"
    assert time_in_words(local.isoformat(), today=local.date() + dt.timedelta(days=1)).startswith("Yesterday, ")


def test_diff_shows_the_changed_answer_side_by_side(history: HistoryView, qtbot) -> None:  # noqa: ANN001
    history.versions.setFocus()
    qtbot.keyClick(history.versions, Qt.Key.Key_Down)  # from version 4 down to version 3
    assert history.caption.text().startswith("Version 3")
    assert _rows(history.changes) == [(LABEL, "First words", "Second words")]
    assert history.changes.headerData(BEFORE, Qt.Orientation.Horizontal) == "Before (version 2)"
    history.compare(1)
    assert _rows(history.changes) == [(LABEL, "(nothing)", "Second words")]  # new and private: one row
    assert history.preview.toPlainText() == ""  # rendered only when its tab is shown
    history.tabs.setCurrentWidget(history.preview)
    assert "Second words" in history.preview.toPlainText() and history.preview.isReadOnly()


def test_restore_adds_a_new_version_and_keeps_the_old_ones(history: HistoryView, edited_app: PassportApp,
                                                           qtbot) -> None:  # noqa: ANN001
    old_history = edited_app.editing.history()
    history.select_revision(2)
    assert history.restore_button.isEnabled()
    with qtbot.waitSignal(history.restored) as restored:
        qtbot.keyClick(history.restore_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: history.confirm_box is not None and history.confirm_box.isActiveWindow())
        assert history.confirm_box is not None
        assert "Nothing is lost" in history.confirm_box.informativeText()
        qtbot.keyClick(history.confirm_box, Qt.Key.Key_Return)
    new_history = edited_app.editing.history()
    assert new_history[: len(old_history)] == old_history  # every earlier version is still there
    assert [(r.number, r.reason) for r in new_history[len(old_history):]] == [(5, "restore")]
    assert restored.args == [5]
    passport = edited_app.editing.passport()
    assert passport.answer(FIELD).text == "First words"
    assert passport.private_notes == ""  # as it was in version 2
    assert edited_app.editing.passport_at(4).private_notes == "a private note"  # and version 4 still holds the note
    assert history.model.index(0, WHAT_HAPPENED).data() == "Restored an earlier version (current)"
    assert not history.restore_button.isEnabled()  # the new current version is chosen


def test_cancelling_a_restore_changes_nothing(history: HistoryView, edited_app: PassportApp,
                                              qtbot) -> None:  # noqa: ANN001
    before = edited_app.editing.history()
    history.select_revision(2)
    history.restore_selected()
    qtbot.waitUntil(lambda: history.confirm_box is not None and history.confirm_box.isActiveWindow())
    assert history.confirm_box is not None
    qtbot.keyClick(history.confirm_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: history.confirm_box is None)
    assert edited_app.editing.history() == before


def test_clear_forgets_everything(history: HistoryView, unique: str, edited_app: PassportApp) -> None:
    edited_app.editing.set_answer(FIELD, unique)
    history.tabs.setCurrentWidget(history.preview)
    history.refresh()
    assert unique in history.preview.toPlainText()
    history.clear()
    assert history.model.rowCount() == 0 and history.changes.rowCount() == 0
    assert unique not in history.preview.toPlainText() and history.compare_with.count() == 0


def test_every_control_has_an_accessible_name_and_description(history: HistoryView) -> None:
    assert unnamed_controls(history, described=True) == []


def test_a_version_is_named_by_what_changed_and_older_ones_by_their_reason(history: HistoryView, qtbot) -> None:  # noqa: ANN001
    history.select_revision(3)
    assert history.caption.text().startswith("Version 3, Today, ")
    assert history.what_happened.text() == f"Changed: {LABEL}"
    row = history.model.row_of(3)
    assert history.model.index(row, WHEN).data(Qt.ItemDataRole.ToolTipRole).endswith(f"— Changed: {LABEL}")
    old = HistoryModel()  # a version saved before labels existed (schema 3 and older): its reason
    old.set_revisions([RevisionInfo(2, "2026-03-02T21:04:00+00:00", "edit", "0" * 64, "0" * 64)])
    assert old.index(0, WHAT_HAPPENED).data() == "Edited (current)"


def test_at_200_percent_on_a_1280_by_720_screen_the_list_and_the_changes_can_be_read(
        shell_window: MainWindow, filled_app: PassportApp, shell_theme: ThemeManager, qtbot) -> None:  # noqa: F811, ANN001
    """Beside the details, the list showed only "Version" and half of "When", and the changes table its header
    and no row (seen on Xvfb 1280×720 with the review banner shown)."""
    passport = filled_app.editing.passport()  # a review overdue and open: the banner takes its room above the page
    passport.review.next_review = filled_app.today() - dt.timedelta(days=2)
    filled_app.editing.save(passport)
    filled_app.reviews.start_review()
    shell_window.resize(1280, 720)
    shell_window.set_app(filled_app)
    shell_window.show_view("history")
    view = shell_window.view("history")
    assert isinstance(view, HistoryView)
    qtbot.wait(50)  # laid out
    # At 100 % as before: the list beside the details, and nothing to scroll.
    assert view.tabs.mapTo(view, view.tabs.rect().topLeft()).x() > view.versions.mapTo(view, view.versions.rect()
                                                                                            .topRight()).x()
    assert not view.page_scroll.verticalScrollBar().isVisible()

    shell_theme.apply("light", 200)  # as from Settings, on the page already made
    view.compare(1)  # every answer and action since the passport was created
    assert view.changes.rowCount() >= 3
    qtbot.wait(100)  # the page follows the new text size a turn later, then is laid out

    table, scroll = view.changes_table, view.page_scroll
    assert table.height() <= scroll.viewport().height()  # scrolling the page brings the whole table into view
    whole_rows = [r for r in range(view.changes.rowCount())
                  if 0 <= table.visualRect(view.changes.index(r, ITEM)).top()
                  and table.visualRect(view.changes.index(r, ITEM)).bottom() <= table.viewport().height()]
    assert len(whole_rows) >= 3, (table.viewport().height(), [table.rowHeight(r) for r in range(3)])

    versions = view.versions
    width = versions.viewport().width()
    for column in (VERSION, WHEN):
        left = versions.columnViewportPosition(column)
        assert 0 <= left and left + versions.columnWidth(column) <= width, column
    metrics = versions.fontMetrics()
    for row in range(view.model.rowCount()):  # every date whole, not elided
        assert metrics.horizontalAdvance(view.model.index(row, WHEN).data()) < versions.columnWidth(WHEN)
    assert versions.columnViewportPosition(WHAT_HAPPENED) + 10 * metrics.horizontalAdvance("M") <= width
    assert not versions.horizontalScrollBar().isVisible()


def test_making_the_page_asks_only_for_the_versions_in_view(app: PassportApp, qtbot,  # noqa: ANN001
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            shell_theme: ThemeManager) -> None:  # noqa: F811
    """With the app's style sheet, as the window has it."""
    for n in range(80):
        app.editing.set_answer(FIELD, f"Words, take {n}")
    asked: list[int] = []
    data = HistoryModel.data
    monkeypatch.setattr(HistoryModel, "data", lambda self, index, role=Qt.ItemDataRole.DisplayRole:
                        asked.append(index.row()) or data(self, index, role))
    host = shown(qtbot, QMainWindow(), (1100, 700))
    host.setCentralWidget(view := HistoryView(app, TaskRunner(synchronous=True)))  # made and shown, as on a click
    # The "Compare with" box shares the list's model; its list used to ask 7 roles of every version
    # (81 versions here) to size rows that are all one line high.
    made = len(set(asked))
    monkeypatch.undo()
    view.clear()
    host.close()
    assert made < 10, made


def test_the_chosen_versions_details_come_one_turn_after_the_page_is_made(edited_app: PassportApp,
                                                                         qtbot) -> None:  # noqa: ANN001
    view = HistoryView(edited_app, TaskRunner(synchronous=True))
    assert view.versions.currentIndex().row() == 0  # the newest is chosen at once ...
    assert view.caption.text() == "" and view.changes.rowCount() == 0  # ... its diff on the next turn
    qtbot.waitUntil(lambda: view.caption.text().startswith("Version 4 (the current version)"))
    assert view.no_changes.text() == "1 change between version 3 and version 4." and view.changes.rowCount() == 1
    view.clear()


def test_a_version_chosen_before_the_details_came_is_the_one_shown(edited_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = HistoryView(edited_app, TaskRunner(synchronous=True))
    view.select_revision(2)
    assert view.caption.text().startswith("Version 2")
    qtbot.wait(20)  # the turn on which the newest's details would have come
    assert view.caption.text().startswith("Version 2") and view.changes.rowCount() == 1
    view.clear()
