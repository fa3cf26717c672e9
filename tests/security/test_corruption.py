"""One flipped byte anywhere in vault.db: every command says so in a sentence, a backup is refused, and
nothing is written; the message names the backup to restore. Before, a flip went unnoticed at a third of
the offsets, crashed with tracebacks at most others, and once handed back a signing key of NUL bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.exchange.backup import seal_backup
from carerpassport.vault import keyslots
from carerpassport.vault.db import PAGE_SIZE
from carerpassport.vault.errors import DamagedVaultError
from carerpassport.vault.snapshot import take_snapshot
from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE
from tests.security.key_kill_harness import TEST_ONLY_WEAK_KDF

COMMANDS = [["show"], ["history"], ["log"], ["export", "pdf", "{out}/passport.pdf"],
            ["backup", "{out}/after.backup.age"], ["check"]]


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A vault with history, actions, a stored file and one backup (recorded in its log)."""
    # A cheap Argon2id for this vault's key slots (they record it): ~250 opens must not cost a minute.
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", TEST_ONLY_WEAK_KDF)
    folder = tmp_path / "base"
    created = PassportApp.create(folder, employee_name="Siân Jones", manager_name="Bob Smith", passphrase=PASSPHRASE)
    app = created.app
    try:
        for i in range(6):
            app.editing.set_answer("caring.responsibilities", f"Version {i}: " + "I care for my father. " * 40,
                                   shared=True)
        app.editing.add_action("Start at 10:00 on Tuesdays", status="agreed")
        app.repo.add_attachment("pdf", "countersigned.pdf", os.urandom(9000))
        good_backup = tmp_path / "backups" / "good.backup.age"
        good_backup.parent.mkdir()
        app.backups.backup(good_backup, recovery_code=str(created.recovery_code))
        app.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        app.close()
    monkeypatch.setenv("CARERPASSPORT_RECOVERY_CODE", str(created.recovery_code))
    return folder, good_backup


def offsets(size: int) -> list[int]:
    """At least 32 offsets over the whole file: the salt, the first page, each page's body and its reserved
    tail (IV and HMAC), and the very last byte."""
    chosen = {0, 15, 16, 100, PAGE_SIZE - 1, size - 1, size - 40}
    chosen.update(page * PAGE_SIZE + 1500 for page in range(size // PAGE_SIZE))
    chosen.update(int(size * k / 17) for k in range(1, 17))
    return sorted(o for o in chosen if 0 <= o < size)


def flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 0x20]))


def test_one_flipped_byte_is_always_told_and_never_backed_up(base: tuple[Path, Path], tmp_path: Path) -> None:
    folder, good_backup = base
    size = (folder / "vault.db").stat().st_size
    spots = offsets(size)
    assert len(spots) >= 32 and spots[0] == 0 and spots[-1] == size - 1
    named_backup = 0
    for offset in spots:
        damaged = tmp_path / f"at-{offset}"
        out = tmp_path / f"out-{offset}"
        out.mkdir()
        shutil.copytree(folder, damaged)
        flip(damaged / "vault.db", offset)
        for args in COMMANDS:
            before = {p.name: p.read_bytes() for p in damaged.iterdir() if p.name in ("vault.db", "keyslots.json")}
            result = run_cli(*[a.format(out=out) for a in args], data_dir=damaged, passphrase=PASSPHRASE)
            where = f"offset {offset} (page {offset // PAGE_SIZE + 1}), {' '.join(args[:2])}"
            assert "Traceback" not in result.err, where
            if result.code != 0:
                # The first 16 bytes are the database's salt: with it changed no page matches the key, which is
                # also what a key file of another vault looks like, and the sentence says it may be either.
                told = ("damaged" in result.err if offset >= 16
                        else "the first bytes of vault.db are damaged" in result.err)
                assert result.code == 1 and result.err.startswith("carerpassport: ") and told, (where, result.err)
                assert "restore" in result.err, (where, result.err)
            if args[0] in ("backup", "check"):
                assert result.code == 1, f"{where}: the damage went unnoticed"
            if args[0] == "backup":
                assert "No backup was made" in result.err or "damaged" in result.err, (where, result.err)
                assert not (out / "after.backup.age").exists(), where
                named_backup += str(good_backup) in result.err
            if args[0] != "export" or result.code != 0:
                # Refusing or only reading: the vault is not written to.
                after = {p.name: p.read_bytes() for p in damaged.iterdir() if p.name in before}
                assert after == before, f"{where}: the vault was written to"
            if args[0] == "export" and result.code != 0:
                assert list(out.iterdir()) == [], where
        shutil.rmtree(damaged)
    # The log of backups sits on one or two pages: for a flip anywhere else, the message names the backup.
    assert named_backup >= len(spots) // 2, named_backup


def test_intact_vault_passes_the_full_check(base: tuple[Path, Path]) -> None:
    folder, _ = base
    result = run_cli("check", data_dir=folder, passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    assert "The vault is whole" in result.out and "1 stored files match" in result.out


def test_a_backup_of_a_damaged_vault_is_not_restored(base: tuple[Path, Path], tmp_path: Path) -> None:
    """A backup made before backups were checked may hold damage: restoring it is refused, nothing replaced."""
    folder, _ = base
    app = PassportApp.open(folder, passphrase=PASSPHRASE)
    try:
        database = bytearray(take_snapshot(app.vault).database)
        database[5 * PAGE_SIZE + 700] ^= 0x01
        code = os.environ["CARERPASSPORT_RECOVERY_CODE"]
        from carerpassport.vault.keyslots import RecoveryCode

        sealed = seal_backup(
            database=bytes(database), keyslots=app.vault.paths.keyslots.read_bytes(), vault_id=app.vault.vault_id,
            schema_version=2, identity_fingerprint=app.identity().fingerprint, counts={},
            recovery_secret=RecoveryCode.parse(code).secret)
    finally:
        app.close()
    bad = tmp_path / "old-damaged.backup.age"
    bad.write_bytes(sealed)
    target = tmp_path / "restored"
    with pytest.raises(DamagedVaultError, match="nothing was restored"):
        PassportApp.restore(target, bad, recovery_code=code)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if ".restoring-" in p.name] == []
