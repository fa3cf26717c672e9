"""Revisions form a hash chain; restoring appends; the log records key changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.said import Said
from carerpassport.vault.errors import DamagedVaultError
from tests.conftest import PASSPHRASE


def test_every_save_is_a_revision_and_unchanged_saves_are_not(app: PassportApp) -> None:
    first = len(app.editing.history())
    assert app.editing.set_answer("caring.responsibilities", "one") is not None
    assert app.editing.set_answer("caring.responsibilities", "one") is None
    assert len(app.editing.history()) == first + 1


def test_restore_appends_and_keeps_everything(app: PassportApp) -> None:
    app.editing.set_answer("caring.responsibilities", "one")
    app.editing.set_answer("caring.responsibilities", "two")
    numbers = [r.number for r in app.editing.history()]
    restored = app.editing.restore_revision(numbers[-2])
    assert restored is not None and restored.reason == "restore"
    assert app.editing.passport().answer("caring.responsibilities").text == "one"
    assert [r.number for r in app.editing.history()] == numbers + [restored.number]
    app.repo.verify_chain()


@pytest.mark.english
def test_chain_detects_an_altered_revision(app: PassportApp) -> None:
    app.editing.set_answer("caring.responsibilities", "honest")
    app.repo.conn.execute(
        "UPDATE revision_content SET content = replace(content, 'honest', 'altered') WHERE number = 2")
    with pytest.raises(DamagedVaultError, match="altered"):
        app.repo.verify_chain()


def test_key_changes_are_logged(app: PassportApp) -> None:
    app.keys.change_passphrase("another good passphrase")
    app.keys.regenerate_recovery_code()
    summaries = [e.summary for e in app.events() if e.kind == "key"]
    assert "Passphrase changed" in summaries
    assert any("New recovery code" in s for s in summaries)


@pytest.mark.english
def test_validation_refuses_manager_fields_and_bad_choices(app: PassportApp) -> None:
    from carerpassport.domain.errors import TemplateError, ValidationError

    with pytest.raises(ValidationError, match="line manager to fill in"):
        app.editing.set_answer("manager.comment", "I can't write this")
    with pytest.raises(ValidationError, match="must be one of"):
        app.editing.set_answer("support.carers_policy", "Maybe")
    with pytest.raises(TemplateError, match="no question"):
        app.editing.set_answer("caring.nonsense", "x")
    with pytest.raises(ValidationError, match="reason"):
        app.editing.add_action("Something", status="declined")
    assert len(app.editing.history()) == 1


def test_an_injected_clock_stamps_what_the_vault_stores(data_dir: Path) -> None:
    """Revisions, log entries, stored files, pins and shares carry the app's clock, not the wall clock:
    read back from disk after reopening."""
    pinned = dt.datetime(2031, 2, 3, 4, 5, 6, 789000, tzinfo=dt.UTC)
    stamp = "2031-02-03T04:05:06.789+00:00"
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE, clock=lambda: pinned)
    app = created.app
    try:
        app.editing.set_answer("caring.responsibilities", "stamped by the pinned clock", shared=True)
        with app.repo.transaction():
            app.repo.add_attachment("note", "n.txt", b"x")
            pin = app.repo.add_pin("Bob Smith", "ab" * 32)
            app.repo.retire_pin(pin)
            share = app.repo.add_share(recipient="Bob", purpose="review", format="pdf", revision=1, fields=[],
                                       file_sha256="cd" * 32)
            app.repo.withdraw_share(share)
    finally:
        app.close()

    # Built without a clock of its own, the reopened app runs on the wall clock again.
    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert [r.created for r in again.editing.history()] == [stamp, stamp]
        events = again.repo.events()
        assert events and all(e.at == stamp for e in events)
        assert again.repo.get_meta("created") == stamp and again.repo.identity().created == stamp
        assert [a.created for a in again.repo.attachments()] == [stamp]
        assert [(p.pinned_at, p.retired_at) for p in again.repo.pins()] == [(stamp, stamp)]
        assert [(s.at, s.withdrawn_at) for s in again.repo.shares()] == [(stamp, stamp)]
        later = again.editing.set_answer("caring.responsibilities", "stamped by the wall clock", shared=True)
        assert later is not None and later.created != stamp
    finally:
        again.close()


def test_an_app_built_on_an_open_vault_with_a_clock_stamps_by_it(app: PassportApp) -> None:
    pinned = dt.datetime(2030, 6, 7, 8, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    clocked = PassportApp(app.vault, None, lambda: pinned)
    revision = clocked.editing.set_answer("caring.responsibilities", "clocked", shared=True)
    assert revision is not None and revision.created == "2030-06-07T06:09:10.000+00:00"  # stored in UTC
    clocked.repo.log("note", Said("clocked note"))
    assert clocked.repo.events()[-1].at == revision.created
    assert clocked.editing.history()[-1].created == revision.created
