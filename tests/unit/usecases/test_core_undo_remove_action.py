"""Removing an action hands back what was removed; undoing puts it back at its place, with its id and
fields, as one new revision that is still there after reopening the vault."""

from __future__ import annotations

import dataclasses

from carerpassport.app import PassportApp
from tests.conftest import PASSPHRASE


def test_undo_puts_the_action_back_at_its_place_as_one_revision(filled_app: PassportApp) -> None:
    filled_app.editing.add_action("Work from home on Fridays", kind="flexible_working")
    actions = filled_app.editing.passport().actions
    middle = actions[1]
    removed = filled_app.editing.remove_action(middle.id)
    assert removed.action == middle and removed.position == 1
    assert middle.id not in [a.id for a in filled_app.editing.passport().actions]
    revisions = len(filled_app.editing.history())

    revision = filled_app.editing.undo_remove_action(removed)
    assert revision is not None and revision.reason == "edit"
    assert len(filled_app.editing.history()) == revisions + 1
    data_dir = filled_app.data_dir
    filled_app.close()

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        back = reopened.editing.passport().actions
        assert [a.id for a in back] == [a.id for a in actions]
        assert dataclasses.asdict(back[1]) == dataclasses.asdict(middle)
        assert reopened.editing.latest_revision().number == revision.number
    finally:
        reopened.close()


def test_undo_of_an_action_already_back_saves_nothing(filled_app: PassportApp) -> None:
    first = filled_app.editing.passport().actions[0]
    removed = filled_app.editing.remove_action(first.id)
    filled_app.editing.restore_revision(filled_app.editing.latest_revision().number - 1)  # brought back from History
    revisions = len(filled_app.editing.history())
    assert filled_app.editing.undo_remove_action(removed) is None
    assert len(filled_app.editing.history()) == revisions
    assert [a.id for a in filled_app.editing.passport().actions].count(first.id) == 1


def test_undo_after_the_list_got_shorter_puts_it_last(filled_app: PassportApp) -> None:
    first, second = filled_app.editing.passport().actions
    removed = filled_app.editing.remove_action(second.id)
    filled_app.editing.remove_action(first.id)
    filled_app.editing.undo_remove_action(removed)
    assert [a.id for a in filled_app.editing.passport().actions] == [second.id]
