"""Crash-atomic key changes: while a change is pending both the old and the new secrets open the vault,
and the next open finishes it (opened with the new code) or rolls it back (opened any other way).

"A crash" here is closing the vault between the steps, leaving the files as a kill would; each secret is
tried on its own copy of the folder, because an open resolves the pending change. Real processes killed
at every step are in tests/security/test_key_change_kills.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from carerpassport import cli
from carerpassport.app import PassportApp
from carerpassport.domain import wording
from carerpassport.vault import key_change, keyslots
from carerpassport.vault.db import connect
from carerpassport.vault.errors import VaultError, WrongKeyError
from carerpassport.vault.store import Vault, VaultPaths
from tests.conftest import PASSPHRASE
from tests.security.key_kill_harness import TEST_ONLY_WEAK_KDF
from tests.unit.vault.test_keyring import real_keyring


@pytest.fixture(autouse=True)
def test_only_weak_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """TEST ONLY: slots made in this test process use 8 MiB × 1 pass (inside the bounds the app accepts), so
    the many opens below take milliseconds; the product has no switch for this."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", TEST_ONLY_WEAK_KDF)


@pytest.fixture
def vault(data_dir: Path) -> tuple[VaultPaths, str]:
    created = PassportApp.create(data_dir, employee_name="A", passphrase=PASSPHRASE)
    created.app.editing.set_answer("caring.responsibilities", "kept")
    created.app.close()
    return VaultPaths(data_dir), str(created.recovery_code)


def copy_of(paths: VaultPaths, where: Path) -> VaultPaths:
    shutil.copytree(paths.root, where)
    return VaultPaths(where)


def opened_with(paths: VaultPaths, **secret: str) -> Vault:
    opened = Vault.open(paths, **secret)  # type: ignore[arg-type]
    assert PassportApp(opened, None).editing.passport().answer("caring.responsibilities").text == "kept"
    return opened


def pending(paths: VaultPaths) -> keyslots.PendingChange | None:
    return keyslots.KeySlotFile.load(paths.keyslots).pending


def test_a_pending_new_code_opens_beside_the_old_one_until_committed(vault: tuple[VaultPaths, str],
                                                                    tmp_path: Path) -> None:
    paths, old = vault
    v = Vault.open(paths, passphrase=PASSPHRASE)
    change = v.begin_recovery_code_change()
    new = str(change.code)
    v.close()  # a crash while the code is on screen
    assert pending(paths) is not None and '"format": 2' in paths.keyslots.read_text()
    # opened with the old code: rolled back, and it says so
    back = opened_with(copy_of(paths, tmp_path / "a"), recovery_code=old)
    assert back.notice == key_change.RECOVERY_CODE_ROLLED_BACK and pending(back.paths) is None
    back.close()
    with pytest.raises(WrongKeyError):
        Vault.open(back.paths, recovery_code=new)
    # opened with the new code: the user has it, so the change is finished
    forward = opened_with(copy_of(paths, tmp_path / "b"), recovery_code=new)
    assert forward.notice == key_change.RECOVERY_CODE_FINISHED and pending(forward.paths) is None
    forward.close()
    with pytest.raises(WrongKeyError):
        Vault.open(forward.paths, recovery_code=old)
    opened_with(forward.paths, passphrase=PASSPHRASE).close()
    # opened with the passphrase: we cannot know the user kept the new code, so roll back
    by_passphrase = opened_with(copy_of(paths, tmp_path / "c"), passphrase=PASSPHRASE)
    assert by_passphrase.notice == key_change.RECOVERY_CODE_ROLLED_BACK
    by_passphrase.close()
    opened_with(by_passphrase.paths, recovery_code=old).close()


@pytest.mark.english
def test_commit_and_cancel_of_a_new_code(vault: tuple[VaultPaths, str]) -> None:
    paths, old = vault
    v = Vault.open(paths, passphrase=PASSPHRASE)
    dropped = v.begin_recovery_code_change()
    v.cancel_key_change(dropped)
    kept = v.begin_recovery_code_change()
    v.commit_key_change(kept)
    with pytest.raises(VaultError, match="no longer pending"):
        v.commit_key_change(kept)
    v.close()
    assert pending(paths) is None and '"format": 1' in paths.keyslots.read_text()
    for code in (old, str(dropped.code)):
        with pytest.raises(WrongKeyError):
            Vault.open(paths, recovery_code=code)
    opened = opened_with(paths, recovery_code=str(kept.code))
    assert opened.notice is None
    opened.close()


@pytest.mark.parametrize("has_passphrase", [False, True])
def test_an_interrupted_rekey_opens_with_the_old_or_the_new_secrets(data_dir: Path, tmp_path: Path,
                                                                   has_passphrase: bool) -> None:
    created = PassportApp.create(data_dir, employee_name="R", passphrase=PASSPHRASE if has_passphrase else None)
    created.app.editing.set_answer("caring.responsibilities", "kept")
    old = str(created.recovery_code)
    created.app.close()
    paths = VaultPaths(data_dir)
    v = Vault.open(paths, recovery_code=old)
    old_key = v._key
    change = v.begin_rekey(passphrase=PASSPHRASE if has_passphrase else None)
    new = str(change.code)
    v.close()  # the database holds the new key now; the new code may or may not have been shown
    with pytest.raises(WrongKeyError):
        connect(paths.db, old_key)
    back = opened_with(copy_of(paths, tmp_path / "old"), recovery_code=old)
    assert back.notice == key_change.REKEY_ROLLED_BACK and back._key == old_key
    back.close()
    connect(back.paths.db, old_key).close()  # re-encrypted back under the old key
    with pytest.raises(WrongKeyError):
        Vault.open(back.paths, recovery_code=new)
    forward = opened_with(copy_of(paths, tmp_path / "new"), recovery_code=new)
    assert forward.notice == key_change.REKEY_FINISHED and forward._key == change.new_key
    forward.close()
    with pytest.raises(WrongKeyError):
        Vault.open(forward.paths, recovery_code=old)
    if has_passphrase:  # the passphrase is in both sets: it opens either way, and rolls back
        by_passphrase = opened_with(copy_of(paths, tmp_path / "pp"), passphrase=PASSPHRASE)
        assert by_passphrase.notice == key_change.REKEY_ROLLED_BACK
        by_passphrase.close()
        opened_with(forward.paths, passphrase=PASSPHRASE).close()


def test_a_rekey_pending_before_the_database_changed(vault: tuple[VaultPaths, str], tmp_path: Path) -> None:
    """Killed after the pending slots were written but before SQLCipher took the new key."""
    paths, old = vault
    v = Vault.open(paths, passphrase=PASSPHRASE)
    old_key = v._key
    new_key = bytes(range(32))
    code = keyslots.RecoveryCode.generate()
    v._write_pending(key_change.pending_rekey(v.vault_id, old_key, new_key, code, PASSPHRASE))
    v.close()
    # even the new code opens (through the link back to the old key), but it cannot have been shown yet
    with_new = opened_with(copy_of(paths, tmp_path / "new"), recovery_code=str(code))
    assert with_new.notice == key_change.REKEY_ROLLED_BACK and with_new._key == old_key
    with_new.close()
    with_old = opened_with(paths, recovery_code=old)
    assert with_old.notice == key_change.REKEY_ROLLED_BACK
    with_old.close()
    assert pending(paths) is None


@pytest.mark.english
def test_no_second_change_while_one_is_pending(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    v = Vault.open(paths, passphrase=PASSPHRASE)
    change = v.begin_recovery_code_change()
    for attempt in (v.begin_recovery_code_change, lambda: v.begin_rekey(passphrase=PASSPHRASE),
                    lambda: v.set_passphrase("another passphrase")):
        with pytest.raises(VaultError, match="not finished"):
            attempt()
    v.cancel_key_change(change)
    v.set_passphrase("another passphrase")
    v.close()


def test_the_cli_says_what_happened_to_an_interrupted_change(vault: tuple[VaultPaths, str],
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    paths, _ = vault
    v = Vault.open(paths, passphrase=PASSPHRASE)
    v.begin_recovery_code_change()
    v.close()
    monkeypatch.setenv("CARERPASSPORT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CARERPASSPORT_NO_KEYRING", "1")
    assert cli.main(["--data-dir", str(paths.root), "show"]) == 0
    # In the run's language; the log keeps it to be said in its reader's (and its English beside it).
    assert capsys.readouterr().err.strip() == wording.gettext(key_change.RECOVERY_CODE_ROLLED_BACK)
    app = PassportApp.open(paths.root, passphrase=PASSPHRASE)
    assert any(e.summary == key_change.RECOVERY_CODE_ROLLED_BACK for e in app.events())  # in the log too
    assert any(e.words("cy").startswith("Torrwyd ar draws newid i'r cod adfer") for e in app.events())
    app.close()


@pytest.mark.english
def test_a_passphrase_that_looks_like_a_code_still_opens(data_dir: Path) -> None:
    lookalike = "ABCDE FGHIJ KLMNO PQRST UVWXY Z2345"  # 30 code letters, but its check letters are wrong
    created = PassportApp.create(data_dir, passphrase=lookalike)
    created.app.close()
    Vault.open(VaultPaths(data_dir), passphrase=lookalike).close()
    with pytest.raises(WrongKeyError, match="typing mistake"):  # no passphrase matched: it was a mistyped code
        Vault.open(VaultPaths(data_dir), passphrase="ABCDE FGHIJ KLMNO PQRST UVWXY Z2346")
    Vault.open(VaultPaths(data_dir), passphrase=str(created.recovery_code).replace("-", "\u2013")).close()


@pytest.mark.keyring
def test_the_keyring_follows_a_rekey_and_its_rollback(data_dir: Path) -> None:
    """The keyring never holds only a key the slots cannot reach: opening with the keyring alone works
    after a committed rekey, after one interrupted before the keyring changed, and after one interrupted
    just after it changed."""
    store = real_keyring()
    created = PassportApp.create(data_dir, passphrase=PASSPHRASE, keyring=store)
    vault_id = created.app.vault.vault_id
    created.app.close()
    paths = VaultPaths(data_dir)
    try:
        v = Vault.open(paths, keyring=store)
        change = v.begin_rekey(passphrase=PASSPHRASE)
        v.close()  # crash before the commit: the keyring still holds the old key
        assert store.get(vault_id) == change.old_key
        v = Vault.open(paths, keyring=store)  # reaches the new key through the link, then rolls back
        assert v.unlocked.method == "keyring" and v.notice == key_change.REKEY_ROLLED_BACK
        assert v._key == change.old_key and store.get(vault_id) == change.old_key
        change = v.begin_rekey(passphrase=PASSPHRASE)
        key_change.follow_in_keyring(store, vault_id, change.old_key, change.new_key)
        v.close()  # crash after the keyring took the new key, before the slots were committed
        v = Vault.open(paths, keyring=store)
        assert v.notice == key_change.REKEY_ROLLED_BACK and store.get(vault_id) == change.old_key
        change = v.begin_rekey(passphrase=PASSPHRASE)
        v.commit_key_change(change, store)
        v.close()
        assert store.get(vault_id) == change.new_key
        v = Vault.open(paths, keyring=store)
        assert v.notice is None and v._key == change.new_key
        v.close()
        Vault.open(paths, recovery_code=str(change.code)).close()
    finally:
        store.delete(vault_id)
