"""Whole-vault backup and restore: everything comes back, on a fresh data folder with no keyring entry;
an existing vault is only replaced when asked, and then kept aside; bad backups change nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes
from carerpassport.exchange import age_files
from carerpassport.exchange.backup import (
    METHOD_PASSPHRASE,
    METHOD_RECOVERY,
    open_backup_bytes,
    recovery_identity,
)
from carerpassport.exchange.errors import TamperedDocumentError
from carerpassport.exchange.passphrase_strength import WeakBundlePassphraseError, generate_passphrase
from carerpassport.vault.errors import RestoreWouldReplaceError, WrongKeyError
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import RecoveryCode
from tests.conftest import IN_CI


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[tuple[PassportApp, str]]:
    """A filled vault (no keyring, no passphrase) and its recovery code."""
    created = PassportApp.create(tmp_path / "original", employee_name="Siân Jones", manager_name="Bob Smith")
    app = created.app
    app.editing.set_answer("caring.responsibilities", "BACKUP-SHARED I care for my mum.", shared=True)
    app.editing.set_answer("caring.how_managing", "BACKUP-PRIVATE my brother helps.", shared=False)
    app.editing.add_action("Work from home on Fridays", kind="flexible_working", status="agreed")
    app.repo.add_attachment("test_file", "scan.bin", os.urandom(3000), details={"note": "x"})
    yield app, str(created.recovery_code)
    app.close()


def _everything(app: PassportApp) -> dict[str, object]:
    """Canonical JSON of every revision, and every log entry, stored file, pin and the identity."""
    return {
        "revisions": [(r.number, r.created, r.reason, r.chain_sha256, app.repo.revision(r.number).content)
                      for r in app.editing.history()],
        "events": [canonical_bytes({"at": e.at, "kind": e.kind, "summary": e.summary, "details": e.details})
                   for e in app.events()],
        "attachments": [(a.id, a.kind, a.name, a.sha256, a.data, a.details) for a in app.repo.attachments()],
        "identity": app.repo.identity(),
        "pins": app.repo.pins(),
        "shares": app.repo.shares(),
    }


def test_backup_restore_gives_back_everything(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "exports" / "vault.backup.age"
    out.parent.mkdir()
    before = _everything(app)
    result = app.backups.backup(out, recovery_code=code)
    assert result.method == METHOD_RECOVERY
    assert result.counts["revisions"] == len(before["revisions"])  # type: ignore[arg-type]
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    data_dir = app.data_dir
    app.close()
    shutil.rmtree(data_dir)

    restored = PassportApp.restore(data_dir, out, recovery_code=code)
    assert restored.verified_open and restored.moved_aside is None
    again = PassportApp.open(data_dir, recovery_code=code)
    try:
        after = _everything(again)
        again.repo.verify_chain()
        assert after["revisions"] == before["revisions"]
        assert after["attachments"] == before["attachments"]
        assert after["identity"] == before["identity"]
        assert after["pins"] == before["pins"] and after["shares"] == before["shares"]
        # every earlier log entry, then the restore itself (and opening with the recovery code)
        assert after["events"][:len(before["events"])] == before["events"]  # type: ignore[index]
        assert any(e.kind == "restore" for e in again.events())
        assert "BACKUP-PRIVATE" in again.editing.passport().answers["caring.how_managing"].text
    finally:
        again.close()


def test_backup_holds_no_plaintext_and_opens_with_age_identity(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    app.backups.backup(out, recovery_code=code)
    raw = out.read_bytes()
    for needle in (b"BACKUP-PRIVATE", "BACKUP-PRIVATE".encode("utf-16-le"), b"keyslots", b"SQLite format"):
        assert needle not in raw
    contents = open_backup_bytes(raw, recovery_secret=RecoveryCode.parse(code).secret)
    # inside: the database is still SQLCipher-encrypted
    assert b"BACKUP-PRIVATE" not in contents.database and not contents.database.startswith(b"SQLite format 3")
    assert contents.manifest.vault_id == app.vault.vault_id
    assert contents.manifest.identity_fingerprint == app.identity().fingerprint
    # and the derived identity really is a plain age key
    assert recovery_identity(RecoveryCode.parse(code).secret).startswith("AGE-SECRET-KEY-1")


@pytest.mark.english
def test_wrong_or_mistyped_recovery_code(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    with pytest.raises(WrongKeyError, match="not this vault's current recovery code"):
        app.backups.backup(out, recovery_code=str(RecoveryCode.generate()))
    with pytest.raises(WrongKeyError, match="typing mistake"):
        app.backups.backup(out, recovery_code=code[:-1] + ("A" if code[-1] != "A" else "B"))
    assert not out.exists()
    app.backups.backup(out, recovery_code=code)
    with pytest.raises(age_files.WrongDecryptionKeyError, match="does not open this backup"):
        PassportApp.restore(tmp_path / "new", out, recovery_code=str(RecoveryCode.generate()))
    assert not (tmp_path / "new").exists()


@pytest.mark.english
def test_new_recovery_code_does_not_open_old_backup(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    app.backups.backup(out, recovery_code=code)
    new_code = str(app.keys.regenerate_recovery_code())
    with pytest.raises(age_files.WrongDecryptionKeyError, match="current when the backup was made"):
        PassportApp.restore(tmp_path / "new", out, recovery_code=new_code)
    # the old code still restores the old backup, whose vault it opens
    assert PassportApp.restore(tmp_path / "new", out, recovery_code=code).verified_open


def test_passphrase_backup(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    with pytest.raises(WeakBundlePassphraseError):
        app.backups.backup(out, passphrase="short one")
    passphrase = generate_passphrase()
    assert app.backups.backup(out, passphrase=passphrase).method == METHOD_PASSPHRASE
    revisions = len(app.editing.history())
    restored = PassportApp.restore(tmp_path / "new", out, passphrase=passphrase)
    # the backup passphrase is not the vault's own secret, so the vault was not opened to check it...
    assert not restored.verified_open
    # ...but it opens with its recovery code and holds everything
    again = PassportApp.open(tmp_path / "new", recovery_code=code)
    assert len(again.editing.history()) == revisions
    again.close()


@pytest.mark.english
def test_restore_over_existing_needs_force_and_keeps_old(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    app.backups.backup(out, recovery_code=code)
    app.editing.set_answer("caring.responsibilities", "AFTER-BACKUP edit", shared=True)
    data_dir = app.data_dir
    app.close()
    db_before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(RestoreWouldReplaceError, match="restore --force"):
        PassportApp.restore(data_dir, out, recovery_code=code)
    assert (data_dir / "vault.db").read_bytes() == db_before
    result = PassportApp.restore(data_dir, out, recovery_code=code, force=True)
    assert result.moved_aside is not None and result.moved_aside.name.startswith("original.before-restore-")
    assert (result.moved_aside / "vault.db").read_bytes() == db_before  # kept, never deleted
    restored = PassportApp.open(data_dir, recovery_code=code)
    assert "AFTER-BACKUP" not in restored.editing.passport().answers["caring.responsibilities"].text
    restored.close()
    old = PassportApp.open(result.moved_aside, recovery_code=code)
    assert "AFTER-BACKUP" in old.editing.passport().answers["caring.responsibilities"].text
    old.close()


def test_tampered_backup_changes_nothing(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    out = tmp_path / "b.age"
    app.backups.backup(out, recovery_code=code)
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    out.write_bytes(bytes(raw))
    with pytest.raises(TamperedDocumentError):
        PassportApp.restore(tmp_path / "new", out, recovery_code=code)
    assert not (tmp_path / "new").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".new")] == []


def test_a_bundle_is_not_a_backup(coded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, code = coded
    (tmp_path / "x.age").write_bytes(b"%PDF-1.7")
    with pytest.raises(age_files.NotAnAgeFileError):
        PassportApp.restore(tmp_path / "new", tmp_path / "x.age", recovery_code=code)


@pytest.mark.english
@pytest.mark.keyring
def test_restore_on_a_machine_without_the_keyring_entry(tmp_path: Path) -> None:
    store = KeyringStore()
    if not store.available() or "SecretService" not in type(store.backend).__module__:
        if IN_CI or os.environ.get("CARERPASSPORT_TEST_KEYRING"):
            pytest.fail("no Secret Service; run under .ci/with-session")
        pytest.skip("no Secret Service here; run under .ci/with-session")
    created = PassportApp.create(tmp_path / "vault", employee_name="K", keyring=store)
    app, code = created.app, str(created.recovery_code)
    assert created.keyring_used
    app.editing.set_answer("caring.responsibilities", "kept in the keyring vault", shared=True)
    before = _everything(app)
    app.backups.backup(tmp_path / "b.age", recovery_code=code)
    app.keys.use_keyring(False)  # the keyring entry goes, as on a new machine
    app.close()
    shutil.rmtree(tmp_path / "vault")
    PassportApp.restore(tmp_path / "vault", tmp_path / "b.age", recovery_code=code)
    with pytest.raises(Exception, match="locked"):
        PassportApp.open(tmp_path / "vault", keyring=store)
    again = PassportApp.open(tmp_path / "vault", recovery_code=code, keyring=store)
    assert _everything(again)["revisions"] == before["revisions"]
    again.close()
