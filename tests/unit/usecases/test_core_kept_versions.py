"""What :class:`~carerpassport.usecases.core.Editing` keeps for History beyond the newest version: the list of
versions is read again from the version before the newest only, and the versions compared are kept parsed;
neither is ever stale (an append, an autosave replacing the newest, a restore, another connection), what a
caller gets is its own, and a damaged version is still refused when its parse is kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.model import Answer
from carerpassport.usecases import core
from carerpassport.vault.errors import VaultError
from tests.conftest import PASSPHRASE

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


def _append(app: PassportApp) -> None:
    app.editing.set_answer(FIELD, "Saved: three evenings and Sundays.")


def _autosave_twice(app: PassportApp) -> None:
    for text in ("Typing: three even", "Typing: three evenings and Saturdays."):
        passport = app.editing.passport()
        passport.answers[FIELD] = Answer(text=text, shared=True)
        app.editing.save(passport, autosave=True)


def _restore(app: PassportApp) -> None:
    app.editing.restore_revision(2)


def _other_connection(app: PassportApp) -> None:
    other = PassportApp.open(app.data_dir, passphrase=PASSPHRASE)
    try:
        other.editing.set_answer(FIELD, "Written by the command line.")
        other.editing.set_answer(FIELD, "And again.")
    finally:
        other.close()


@pytest.mark.parametrize("write", [_append, _autosave_twice, _restore, _other_connection],
                         ids=["save", "autosave replacing the newest", "restore", "another connection, two versions"])
def test_the_list_of_versions_read_again_is_the_vaults_reading_only_its_end(
        filled_app: PassportApp, write: Callable[[PassportApp], None], monkeypatch: pytest.MonkeyPatch) -> None:
    filled_app.editing.read_ahead()
    kept_before = filled_app.editing.history()
    reads: list[int] = []
    real = filled_app.repo.revisions

    def counted(since: int = 0) -> list[core.RevisionInfo]:
        reads.append(since)
        return real(since)

    monkeypatch.setattr(filled_app.repo, "revisions", counted)
    write(filled_app)
    assert filled_app.editing.history() == real()  # every field of every version, as the vault holds them
    assert reads == [kept_before[-2].number]  # from the version before the newest kept, not from the first


def test_a_changed_version_before_the_newest_makes_the_whole_list_read_again(filled_app: PassportApp,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Never done by the app (only the newest version ever changes); if a row did change, nothing stale is shown."""
    filled_app.editing.read_ahead()
    before_newest = filled_app.editing.history()[-2].number
    with filled_app.repo.transaction():
        filled_app.repo.conn.execute("UPDATE revisions SET label = 'changed behind the app' WHERE number = ?",
                                     (before_newest,))
    _append(filled_app)
    assert filled_app.editing.history() == filled_app.repo.revisions()
    assert filled_app.editing.history()[-3].label == "changed behind the app"


def test_versions_compared_again_are_not_parsed_again_and_a_replaced_newest_is(filled_app: PassportApp,
                                                                               parses: list[int]) -> None:
    _autosave_twice(filled_app)  # one new version, its content replaced once
    newest = filled_app.editing.latest_revision().number
    parses.clear()  # (the saves parsed the newest version, as the editor's own reads)
    first = filled_app.editing.diff(newest - 1, newest)
    assert filled_app.editing.diff(newest - 1, newest) == first
    assert sorted(parses) == [newest - 1, newest]
    passport = filled_app.editing.passport()
    passport.answers[FIELD] = Answer(text="Typing: four evenings.", shared=True)
    assert filled_app.editing.save(passport, autosave=True).number == newest  # type: ignore[union-attr]
    changed = [c for c in filled_app.editing.diff(newest - 1, newest) if c.path == f"answers.{FIELD}.text"]
    assert [c.new for c in changed] == ["Typing: four evenings."]
    assert parses.count(newest) >= 2  # parsed again: its bytes changed under the same number


def test_a_version_read_is_the_callers_own(filled_app: PassportApp) -> None:
    newest = filled_app.editing.latest_revision().number
    expected = filled_app.editing.diff(newest - 1, newest)
    read = filled_app.editing.passport_at(newest)
    read.answers[FIELD] = Answer(text="changed by the caller, not saved", shared=False)
    read.actions.clear()
    assert filled_app.editing.diff(newest - 1, newest) == expected
    assert filled_app.editing.passport_at(newest).actions


@pytest.mark.english
def test_a_damaged_version_is_refused_though_it_was_parsed(filled_app: PassportApp) -> None:
    filled_app.editing.diff(2, 3)
    content = filled_app.repo.revision(2).content.replace(b"Jones", b"Jonas")
    assert content != filled_app.repo.revision(2).content
    with filled_app.repo.transaction():  # the bytes changed behind the app's back, their hash not
        filled_app.repo.conn.execute("UPDATE revision_content SET content = ? WHERE number = ?", (content, 2))
    with pytest.raises(VaultError, match="does not match its recorded hash"):
        filled_app.editing.diff(2, 3)
