"""Creating, opening and re-keying the vault; every failure is clear and writes nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.db import connect
from carerpassport.vault.errors import (
    DamagedVaultError,
    LockedError,
    NewerVaultError,
    NoVaultError,
    VaultExistsError,
    WrongKeyError,
)
from carerpassport.vault.store import Vault, VaultPaths
from tests.conftest import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def vault(data_dir: Path) -> tuple[VaultPaths, str]:
    created = PassportApp.create(data_dir, employee_name="A", passphrase=PASSPHRASE)
    created.app.editing.set_answer("caring.responsibilities", "kept")
    created.app.close()
    return VaultPaths(data_dir), str(created.recovery_code)


def test_opens_with_passphrase_and_recovery_code(vault: tuple[VaultPaths, str]) -> None:
    paths, code = vault
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": code}, {"passphrase": code}):
        app = PassportApp(Vault.open(paths, **kwargs), None)  # type: ignore[arg-type]
        assert app.editing.passport().answer("caring.responsibilities").text == "kept"
        app.close()


def test_files_are_private(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    assert paths.root.stat().st_mode & 0o077 == 0
    for path in paths.vault_files():
        assert path.stat().st_mode & 0o077 == 0, path


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"passphrase": "wrong passphrase"}, "passphrase does not open"),
    ({"recovery_code": "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-BFYUU"}, "recovery code does not open"),
    ({"recovery_code": "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"}, "typing mistake"),
    ({}, "locked"),
])
@pytest.mark.english
def test_wrong_secret_is_clear_and_writes_nothing(vault: tuple[VaultPaths, str], kwargs: dict[str, str],
                                                  message: str) -> None:
    paths, _ = vault
    before = snapshot(paths.root)
    with pytest.raises((WrongKeyError, LockedError), match=message):
        Vault.open(paths, **kwargs)
    assert snapshot(paths.root) == before


@pytest.mark.english
def test_not_a_vault(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    paths.db.write_bytes(b"\x00" * 8192)
    before = snapshot(paths.root)
    with pytest.raises(WrongKeyError, match="not a Carer's Passport vault"):
        Vault.open(paths, passphrase=PASSPHRASE)
    assert snapshot(paths.root) == before


@pytest.mark.english
def test_truncated_vault(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    raw = paths.db.read_bytes()
    paths.db.write_bytes(raw[: len(raw) - 1000])
    before = snapshot(paths.root)
    with pytest.raises(DamagedVaultError, match="cut short"):
        Vault.open(paths, passphrase=PASSPHRASE)
    assert snapshot(paths.root) == before


@pytest.mark.english
def test_missing_vault_and_missing_key_file(tmp_path: Path, vault: tuple[VaultPaths, str]) -> None:
    with pytest.raises(NoVaultError, match="carerpassport init"):
        Vault.open(VaultPaths(tmp_path / "nothing"), passphrase=PASSPHRASE)
    paths, _ = vault
    paths.keyslots.unlink()
    with pytest.raises(DamagedVaultError, match="lost its key file"):
        Vault.open(paths, passphrase=PASSPHRASE)


def test_create_refuses_an_existing_vault(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    with pytest.raises(VaultExistsError):
        Vault.create(paths, passphrase=PASSPHRASE)


@pytest.mark.english
def test_change_passphrase_and_recovery_code(vault: tuple[VaultPaths, str]) -> None:
    paths, old_code = vault
    app = PassportApp.open(paths.root, passphrase=PASSPHRASE)
    app.keys.change_passphrase("a brand new passphrase")
    new_code = str(app.keys.regenerate_recovery_code())
    app.close()
    with pytest.raises(WrongKeyError):
        Vault.open(paths, passphrase=PASSPHRASE)
    with pytest.raises(WrongKeyError):
        Vault.open(paths, recovery_code=old_code)
    Vault.open(paths, passphrase="a brand new passphrase").close()
    Vault.open(paths, recovery_code=new_code).close()
    app = PassportApp.open(paths.root, recovery_code=new_code)
    app.keys.change_passphrase(None)
    app.close()
    with pytest.raises(WrongKeyError, match="no passphrase"):
        Vault.open(paths, passphrase="a brand new passphrase")


def test_rekey_changes_the_database_key(vault: tuple[VaultPaths, str]) -> None:
    paths, old_code = vault
    vault_ = Vault.open(paths, passphrase=PASSPHRASE)
    old_key = vault_._key
    with pytest.raises(WrongKeyError):
        vault_.rekey(passphrase="not the passphrase")
    new_code = vault_.rekey(passphrase=PASSPHRASE)
    vault_.close()
    with pytest.raises(WrongKeyError):
        connect(paths.db, old_key)
    with pytest.raises(WrongKeyError):
        Vault.open(paths, recovery_code=old_code)
    app = PassportApp(Vault.open(paths, recovery_code=str(new_code)), None)
    assert app.editing.passport().answer("caring.responsibilities").text == "kept"
    app.close()
    Vault.open(paths, passphrase=PASSPHRASE).close()
    assert not paths.pending_keyslots.exists()


def test_interrupted_rekey_still_opens(vault: tuple[VaultPaths, str], tmp_path: Path) -> None:
    """A crash after the database took the new key but before keyslots.json was replaced."""
    paths, _ = vault
    vault_ = Vault.open(paths, passphrase=PASSPHRASE)
    old_slots = paths.keyslots.read_bytes()
    vault_.rekey(passphrase=PASSPHRASE)
    new_slots = paths.keyslots.read_bytes()
    vault_.close()
    paths.keyslots.write_bytes(old_slots)
    paths.pending_keyslots.write_bytes(new_slots)
    Vault.open(paths, passphrase=PASSPHRASE).close()
    assert paths.keyslots.read_bytes() == new_slots and not paths.pending_keyslots.exists()


@pytest.mark.english
def test_newer_schema_is_refused(vault: tuple[VaultPaths, str]) -> None:
    paths, _ = vault
    vault_ = Vault.open(paths, passphrase=PASSPHRASE)
    vault_.conn.execute("PRAGMA user_version = 99")
    vault_.close()
    with pytest.raises(NewerVaultError, match="newer version"):
        Vault.open(paths, passphrase=PASSPHRASE)


def test_schema_1_vault_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(Path(__file__).parents[2] / "data" / "vault_v1", folder)
    app = PassportApp.open(folder, passphrase="schema one passphrase")
    assert app.editing.passport().answer("caring.responsibilities").text == "Written with schema 1"
    assert app.editing.passport().employee.name == "Old Vault"
    assert app.repo.conn.execute("PRAGMA user_version").fetchone()[0] >= 3
    assert app.identity().fingerprint  # created on upgrade
    app.editing.set_answer("caring.effect_on_work", "after the upgrade")
    app.close()
    assert list((folder / "backups").glob("vault-schema1-*.db"))
    reopened = PassportApp.open(folder, recovery_code="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-BFYUU")
    assert [r.number for r in reopened.editing.history()] == [1, 2]
    reopened.repo.verify_chain()
    reopened.close()
