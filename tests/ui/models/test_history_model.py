"""The versions and changes tables: they pass qtmodeltester, and say each change in words (an action's id
never shows; values read as a person would put them)."""

from __future__ import annotations

from carerpassport.app import PassportApp
from carerpassport.ui.models.changes_model import AFTER, BEFORE, ITEM, ChangesModel, value_in_words
from carerpassport.ui.models.history_model import HistoryModel

FIELD = "caring.effect_on_work"


def _rows(model: ChangesModel) -> list[tuple[str, str, str]]:
    return [tuple(model.index(r, c).data() for c in (ITEM, BEFORE, AFTER)) for r in range(model.rowCount())]


def test_models_pass_qtmodeltester(app: PassportApp, qtmodeltester) -> None:  # noqa: ANN001
    app.editing.set_answer(FIELD, "First words")  # version 2
    app.editing.set_answer(FIELD, "Second words")  # version 3
    history = HistoryModel()
    history.set_revisions(app.editing.history())
    qtmodeltester.check(history)
    changes = ChangesModel()
    changes.set_changes(app.editing.diff(1, 3), 1, 3)
    qtmodeltester.check(changes)


def test_actions_are_summarised_without_ids(app: PassportApp) -> None:
    action = app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner="Bob Smith",
                            status="agreed")
    added = app.editing.latest_revision().number
    app.editing.update_action(action.id, status="declined", decline_reason="Rota is short")
    declined = app.editing.latest_revision().number
    app.editing.remove_action(action.id)
    removed = app.editing.latest_revision().number
    model = ChangesModel()
    model.set_changes(app.editing.diff(added - 1, added))
    assert _rows(model) == [("Action added", "(nothing)",
                             "Start at 10:00 on Tuesdays (Flexible working, Agreed, who: Bob Smith, shared)")]
    model.set_changes(app.editing.diff(added, declined))
    title = "Action “Start at 10:00 on Tuesdays”"
    assert sorted(_rows(model)) == [(f"{title}: reason declined", "(empty)", "Rota is short"),
                                    (f"{title}: status", "Agreed", "Declined")]
    model.set_changes(app.editing.diff(declined, removed))
    assert [r[0] for r in _rows(model)] == ["Action removed"]
    assert not any(action.id in cell for row in _rows(model) for cell in row)


def test_values_in_words() -> None:
    assert value_in_words("answers.x.y.shared", True) == "Shared"
    assert value_in_words("answers.x.y.shared", False) == "Private"
    assert value_in_words("actions.1.kind", "flexible_working") == "Flexible working"
    assert value_in_words("actions.1.status", "in_place") == "In place"
    assert value_in_words("answers.x.y.text", "") == "(empty)"
    assert value_in_words("actions.1.what", None) == "(nothing)"
    assert value_in_words("actions.1.review_on", "2026-03-02") == "2 March 2026"
