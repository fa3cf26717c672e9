"""The passport and the list of versions kept parsed by :class:`~carerpassport.usecases.core.Editing`:
every write, by any path (a save, an autosave replacing the newest version, a restore, an undo, a review,
a countersigned import, another connection), is seen at the next read; what a caller gets is its own to
change; and a damaged newest revision is still refused when its parse is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.model import Answer
from carerpassport.usecases import core
from carerpassport.vault.errors import VaultError
from tests.conftest import PASSPHRASE
from tests.countersign_support import countersigned_by_app

FIELD = "caring.responsibilities"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The revision numbers parsed from their bytes, in order."""
    seen: list[int] = []
    real = core.passport_of

    def counted(revision: core.Revision) -> core.Passport:
        seen.append(revision.number)
        return real(revision)

    monkeypatch.setattr(core, "passport_of", counted)
    return seen


def _fresh(app: PassportApp) -> tuple[dict[str, object], list[tuple[int, str, str]]]:
    """What a newly opened vault reads: the passport's dict and every version's number, hash and label."""
    again = PassportApp.open(app.data_dir, passphrase=PASSPHRASE)
    try:
        return again.editing.passport().to_dict(), [(r.number, r.chain_sha256, r.label)
                                                    for r in again.editing.history()]
    finally:
        again.close()


def _kept(app: PassportApp) -> tuple[dict[str, object], list[tuple[int, str, str]]]:
    return app.editing.passport().to_dict(), [(r.number, r.chain_sha256, r.label) for r in app.editing.history()]


def test_reading_twice_parses_once_and_each_caller_gets_its_own(filled_app: PassportApp, parses: list[int]) -> None:
    first = filled_app.editing.passport()
    first.answers[FIELD] = Answer(text="changed by the caller, not saved", shared=False)
    first.actions.clear()
    first.employee.name = "Somebody Else"
    second = filled_app.editing.passport()
    assert second.answer(FIELD).text == "I look after my father three evenings a week."
    assert len(second.actions) == 2 and second.employee.name == "Siân Jones"
    assert second is not first and len(parses) == 1
    versions = filled_app.editing.history()
    versions.clear()  # the caller's list, not the kept one
    assert len(filled_app.editing.history()) == filled_app.editing.latest_revision().number


def _save(app: PassportApp) -> None:
    app.editing.set_answer(FIELD, "Saved: three evenings and Sundays.")


def _autosave_twice(app: PassportApp) -> None:
    """The GUI's autosaves: the second replaces the newest version's content under the same number."""
    for text in ("Typing: three even", "Typing: three evenings and Saturdays."):
        passport = app.editing.passport()
        passport.answers[FIELD] = Answer(text=text, shared=True)
        app.editing.save(passport, autosave=True)


def _restore(app: PassportApp) -> None:
    app.editing.restore_revision(2)


def _remove_and_undo(app: PassportApp) -> None:
    removed = app.editing.remove_action(app.editing.passport().actions[0].id)
    assert len(app.editing.passport().actions) == 1
    app.editing.undo_remove_action(removed)


def _update_action(app: PassportApp) -> None:
    app.editing.update_action(app.editing.passport().actions[0].id, what="Start at 10:30 on Tuesdays")


def _review(app: PassportApp) -> None:
    review = app.reviews.start_review()
    review.record(FIELD, "changed", "Reviewed: now four evenings a week.")
    app.reviews.finish_review(review)


def _other_connection(app: PassportApp) -> None:
    """Another open of the same vault (the command line while the window is open) writes a version."""
    other = PassportApp.open(app.data_dir, passphrase=PASSPHRASE)
    try:
        other.editing.set_answer(FIELD, "Written by the command line.")
    finally:
        other.close()


@pytest.mark.parametrize("write", [_save, _autosave_twice, _restore, _remove_and_undo, _update_action, _review,
                                   _other_connection],
                         ids=["save", "autosave replacing the newest", "restore", "remove and undo remove",
                              "update an action", "review", "another connection"])
def test_every_write_is_read_at_once(filled_app: PassportApp, write: Callable[[PassportApp], None]) -> None:
    filled_app.editing.read_ahead()  # both kept, as after unlock
    before = _kept(filled_app)
    write(filled_app)
    after = _kept(filled_app)
    assert after != before
    assert after == _fresh(filled_app)


def test_an_autosave_replacing_the_newest_is_read_at_once(filled_app: PassportApp) -> None:
    passport = filled_app.editing.passport()
    passport.answers[FIELD] = Answer(text="Typing: three even", shared=True)
    number = filled_app.editing.save(passport, autosave=True).number  # type: ignore[union-attr]
    assert filled_app.editing.passport().answer(FIELD).text == "Typing: three even"
    label = filled_app.editing.history()[-1]
    passport.answers[FIELD] = Answer(text="Typing: three evenings.", shared=True)
    passport.private_notes = "and a note"
    assert filled_app.editing.save(passport, autosave=True).number == number  # type: ignore[union-attr]
    assert filled_app.editing.passport().answer(FIELD).text == "Typing: three evenings."
    assert filled_app.editing.history()[-1] != label  # the same number, its time and label replaced
    assert _kept(filled_app) == _fresh(filled_app)


def test_a_countersigned_import_is_read_at_once(filled_app: PassportApp, tmp_path: Path) -> None:
    filled_app.editing.read_ahead()
    before = _kept(filled_app)
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    revision = filled_app.countersigning.import_countersigned(signed, trust_new_manager=True)
    after = _kept(filled_app)
    assert after != before and after[1][-1][0] == revision.number
    assert after == _fresh(filled_app)


@pytest.mark.english
def test_a_damaged_newest_revision_is_refused_though_it_was_parsed(filled_app: PassportApp) -> None:
    filled_app.editing.passport()
    number = filled_app.editing.latest_revision().number
    content = filled_app.editing.latest_revision().content.replace(b"three evenings", b"seven evenings")
    with filled_app.repo.transaction():  # the bytes changed behind the app's back, their hash not
        filled_app.repo.conn.execute("UPDATE revision_content SET content = ? WHERE number = ?", (content, number))
    with pytest.raises(VaultError, match="does not match its recorded hash"):
        filled_app.editing.passport()
