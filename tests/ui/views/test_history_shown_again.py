"""History shown again: nothing is read or compared again while no version was saved, and after a save,
an autosave, a restore or an import the page shows the vault's versions and their changes, never old ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.ui.models import history_model
from carerpassport.ui.models.changes_model import AFTER, BEFORE, ITEM, ChangesModel
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views import history_view
from carerpassport.ui.views.history_view import HistoryView
from tests.countersign_support import countersigned_by_app
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

FIELD = "caring.effect_on_work"
LABEL = "How does caring affect your work?"


@pytest.fixture
def edited_app(app: PassportApp) -> PassportApp:
    app.editing.set_answer(FIELD, "First words")  # version 2
    app.editing.set_answer(FIELD, "Second words")  # version 3
    return app


@pytest.fixture
def history(edited_app: PassportApp, qtbot) -> Iterator[HistoryView]:  # noqa: ANN001 - pytest-qt's qtbot
    view = shown(qtbot, HistoryView(edited_app, TaskRunner(synchronous=True)), (1100, 700), active=True)
    qtbot.waitUntil(lambda: not view._details_pending)  # the chosen version's details come one turn later
    yield view
    view.clear()


def _rows(model: ChangesModel) -> list[tuple[str, str, str]]:
    return [tuple(model.index(r, c).data() for c in (ITEM, BEFORE, AFTER)) for r in range(model.rowCount())]


def _listed(view: HistoryView) -> list[int]:
    return [view.model.revision_at(r).number for r in range(view.model.rowCount())]


def _count_reads(app: PassportApp, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    diffs: list[tuple[int, int]] = []
    real = app.editing.diff

    def counted(old: int, new: int) -> list:  # type: ignore[type-arg]
        diffs.append((old, new))
        return real(old, new)

    monkeypatch.setattr(app.editing, "diff", counted)
    return diffs


def test_shown_again_with_nothing_saved_reads_nothing_and_keeps_the_chosen_comparison(
        history: HistoryView, edited_app: PassportApp, monkeypatch: pytest.MonkeyPatch) -> None:
    history.select_revision(3)
    history.compare(1)
    assert _rows(history.changes) == [(LABEL, "(nothing)", "Second words")]
    diffs = _count_reads(edited_app, monkeypatch)
    history.refresh()  # the page chosen again from the navigation, nothing saved meanwhile
    history.refresh()
    assert diffs == []
    assert history.compare_with.currentData(history_view.NUMBER_ROLE) == 1
    assert _rows(history.changes) == [(LABEL, "(nothing)", "Second words")]
    assert _listed(history) == [3, 2, 1]


def test_after_a_save_the_new_version_and_its_changes_are_shown(history: HistoryView,
                                                                edited_app: PassportApp) -> None:
    history.refresh()
    edited_app.editing.set_answer(FIELD, "Third words")  # version 4, saved on another page
    history.refresh()
    assert _listed(history) == [4, 3, 2, 1]
    assert history.caption.text().startswith("Version 4 (the current version)")
    assert _rows(history.changes) == [(LABEL, "Second words", "Third words")]


def test_an_older_version_chosen_stays_chosen_and_a_save_still_shows_in_the_list(history: HistoryView,
                                                                                 edited_app: PassportApp) -> None:
    history.select_revision(2)
    edited_app.editing.set_answer(FIELD, "Third words")
    history.refresh()
    assert _listed(history) == [4, 3, 2, 1]
    assert history.caption.text().startswith("Version 2, ")  # not "(the current version)": 4 is
    assert history.restore_button.isEnabled()


def test_an_autosave_amending_the_newest_version_is_shown(history: HistoryView, edited_app: PassportApp) -> None:
    passport = edited_app.editing.passport()
    passport.answer(FIELD).text = "Third words"
    edited_app.editing.save(passport, autosave=True)  # version 4, typed in the editor
    history.refresh()
    assert _rows(history.changes) == [(LABEL, "Second words", "Third words")]
    passport.answer(FIELD).text = "Third words, and more typed"
    edited_app.editing.save(passport, autosave=True)  # more typing: the same version 4, its content replaced
    assert edited_app.editing.history()[-1].number == 4
    history.refresh()
    assert _listed(history) == [4, 3, 2, 1]
    assert _rows(history.changes) == [(LABEL, "Second words", "Third words, and more typed")]


def test_after_a_restore_the_restored_version_is_current(history: HistoryView, edited_app: PassportApp) -> None:
    history.refresh()
    edited_app.editing.restore_revision(2)  # version 4: version 2's content again (from the menu or CLI)
    history.refresh()
    assert _listed(history) == [4, 3, 2, 1]
    assert history.caption.text().startswith("Version 4 (the current version)")
    assert _rows(history.changes) == [(LABEL, "Second words", "First words")]


def test_after_an_import_the_imported_version_is_current(history: HistoryView, edited_app: PassportApp,
                                                        tmp_path: Path) -> None:
    history.refresh()
    _export, signed, manager = countersigned_by_app(tmp_path, edited_app, comment="Agreed, as we discussed.")
    manager.close()
    before = len(edited_app.editing.history())
    edited_app.countersigning.import_countersigned(signed, trust_new_manager=True)  # the person compared it
    newest = edited_app.editing.history()[-1]
    assert newest.number > before and newest.reason == "countersigned"
    history.refresh()
    assert _listed(history)[0] == newest.number
    assert history.caption.text().startswith(f"Version {newest.number} (the current version)")
    expected = ChangesModel()
    expected.set_changes(edited_app.editing.diff(newest.number - 1, newest.number), newest.number - 1, newest.number)
    assert _rows(history.changes) == _rows(expected)
    assert history.no_changes.text() == (f"{expected.rowCount()} change{'s' if expected.rowCount() != 1 else ''} "
                                         f"between version {newest.number - 1} and version {newest.number}."
                                         if expected.rowCount() else
                                         f"Versions {newest.number - 1} and {newest.number} have the same content.")


def test_after_midnight_the_page_is_filled_again(history: HistoryView, edited_app: PassportApp,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The list says "Today, 21:04": shown again the next day, it must say "Yesterday"."""
    tomorrow = dt.date.today() + dt.timedelta(days=1)

    class _Tomorrow(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return tomorrow

    class _Dates:  # the datetime module, as the two modules see it, the day after
        date = _Tomorrow
        datetime = dt.datetime
        timedelta = dt.timedelta

    diffs = _count_reads(edited_app, monkeypatch)
    monkeypatch.setattr(history_view, "dt", _Dates)
    monkeypatch.setattr(history_model, "dt", _Dates)
    history.refresh()
    assert diffs  # filled again
    assert history.model.index(0, history_view.WHEN).data().startswith("Yesterday, ")


def test_after_locking_the_page_is_filled_again(history: HistoryView) -> None:
    history.clear()
    history.refresh()
    assert _listed(history) == [3, 2, 1]
    assert _rows(history.changes) == [(LABEL, "First words", "Second words")]
