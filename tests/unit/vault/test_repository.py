"""Revisions form a hash chain; restoring appends; the log records key changes."""

from __future__ import annotations

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.errors import DamagedVaultError


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


def test_chain_detects_an_altered_revision(app: PassportApp) -> None:
    app.editing.set_answer("caring.responsibilities", "honest")
    app.repo.conn.execute("UPDATE revisions SET content = replace(content, 'honest', 'altered') WHERE number = 2")
    with pytest.raises(DamagedVaultError, match="altered"):
        app.repo.verify_chain()


def test_key_changes_are_logged(app: PassportApp) -> None:
    app.keys.change_passphrase("another good passphrase")
    app.keys.regenerate_recovery_code()
    summaries = [e.summary for e in app.events() if e.kind == "key"]
    assert "Passphrase changed" in summaries
    assert any("New recovery code" in s for s in summaries)


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
