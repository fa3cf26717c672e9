"""Replacing the newest revision (an editing session's autosave): one row re-hashed, the chain still whole,
never a revision that something refers to; labels stored from schema 4, older vaults still open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.said import Said
from carerpassport.usecases.core import REASON_EDIT
from carerpassport.vault.errors import VaultError
from carerpassport.vault.migrations import SCHEMA_VERSION
from tests.conftest import PASSPHRASE


def test_amending_the_tip_replaces_it_and_the_chain_still_verifies(app: PassportApp) -> None:
    first = app.repo.append_revision(b'{"a":1}', REASON_EDIT, Said("Changed: a"))
    amended = app.repo.amend_tip_revision(first.number, b'{"a":2}', Said("Changed: a, b"))
    assert (amended.number, amended.prev_chain, amended.label) == (first.number, first.prev_chain, "Changed: a, b")
    stored = app.repo.revision(first.number)
    assert (stored.content, stored.content_sha256) == (b'{"a":2}', sha256_hex(b'{"a":2}'))
    assert stored.label == "Changed: a, b"
    assert stored.chain_sha256 != first.chain_sha256
    app.repo.verify_chain()
    app.repo.verify_latest()
    assert app.repo.append_revision(b'{"a":3}', REASON_EDIT).prev_chain == stored.chain_sha256


def test_amending_survives_reopening_and_the_integrity_check(app: PassportApp, data_dir: Path) -> None:
    app.editing.set_answer("caring.responsibilities", "first words")
    tip = app.editing.latest_revision()
    passport = app.editing.passport()
    passport.private_notes = "amended words"
    app.repo.amend_tip_revision(tip.number, canonical_bytes(passport.to_dict()), Said("Changed: your private notes"))
    count = len(app.editing.history())
    app.close()
    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert again.editing.passport().private_notes == "amended words"
        assert len(again.editing.history()) == count
        assert again.integrity.check_integrity().revisions == count
    finally:
        again.close()


@pytest.mark.english
def test_only_the_newest_revision_can_be_amended(app: PassportApp) -> None:
    older = app.repo.append_revision(b'{"a":1}', REASON_EDIT)
    app.repo.append_revision(b'{"a":2}', REASON_EDIT)
    with pytest.raises(VaultError, match="no longer the newest"):
        app.repo.amend_tip_revision(older.number, b'{"a":9}', Said(""))
    assert app.repo.revision(older.number).content == b'{"a":1}'


@pytest.mark.english
@pytest.mark.parametrize("refers", ["event", "attachment", "share"])
def test_a_revision_something_refers_to_is_never_amended(app: PassportApp, refers: str) -> None:
    tip = app.repo.append_revision(b'{"a":1}', REASON_EDIT)
    with app.repo.transaction():
        if refers == "event":
            app.repo.log("export", Said("Signed PDF"), revision=tip.number)
        elif refers == "attachment":
            app.repo.add_attachment("countersigned_pdf", "x.pdf", b"%PDF", revision=tip.number)
        else:
            app.repo.add_share(recipient="Bob", purpose="", format="pdf", revision=tip.number, fields=[],
                               file_sha256="0" * 64)
    assert app.repo.revision_is_referenced(tip.number)
    with pytest.raises(VaultError, match="exported, shared or recorded"):
        app.repo.amend_tip_revision(tip.number, b'{"a":2}', Said(""))
    assert app.repo.revision(tip.number).content == b'{"a":1}'


def test_a_schema_1_vault_opens_with_unlabelled_versions(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(Path(__file__).parents[2] / "data" / "vault_v1", folder)
    app = PassportApp.open(folder, passphrase="schema one passphrase")
    try:
        assert app.repo.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [info.label for info in app.editing.history()] == [""]  # shown by its reason, as before
        app.editing.set_answer("caring.effect_on_work", "after the upgrade")
        assert app.editing.history()[-1].label.startswith("Changed: ")
        app.repo.verify_chain()
    finally:
        app.close()
