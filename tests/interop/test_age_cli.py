"""Interop with the standard ``age`` CLI (Debian's ``age`` package), both ways.

- ``age -d -i KEYFILE`` opens a bundle we made for that X25519 key, and finds our archive inside;
- ``age -d`` opens a bundle we made with a passphrase (typed on a pseudo-terminal: age reads
  passphrases from the terminal only);
- a bundle made BY ``age -r`` (and by ``age -p``) around our archive is imported by the app;
- a backup opens with ``age -d -i`` and the key derived from the recovery code.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyrage import x25519

from carerpassport.app import PassportApp
from carerpassport.exchange.backup import recovery_identity
from carerpassport.exchange.passphrase_strength import generate_passphrase
from carerpassport.vault.keyslots import RecoveryCode
from tests.conftest import PASSPHRASE, require_tool
from tests.interop.age_tty import run_age_with_passphrase

pytestmark = pytest.mark.interop


@pytest.fixture
def manager_vault(tmp_path: Path) -> Iterator[PassportApp]:
    created = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE)
    yield created.app
    created.app.close()


def _members(archive: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def test_age_decrypts_bundle_for_x25519_key(filled_app: PassportApp, tmp_path: Path) -> None:
    age = require_tool("age")
    key = x25519.Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"# test key\n{key}\n")
    bundle = tmp_path / "b.passport.age"
    filled_app.bundles.export_bundle(bundle, recipients=[str(key.to_public())])
    done = subprocess.run([age, "-d", "-i", str(key_file), str(bundle)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    members = _members(done.stdout)
    assert sorted(members) == ["manifest.json", "passport.json", "passport.pdf"]
    assert members["passport.pdf"].startswith(b"%PDF-")
    assert b"I look after my father" in members["passport.json"]
    assert b"PRIVATE-ANSWER" not in done.stdout
    # and a key it was not encrypted to is refused by age too
    other = tmp_path / "other.txt"
    other.write_text(f"{x25519.Identity.generate()}\n")
    assert subprocess.run([age, "-d", "-i", str(other), str(bundle)], capture_output=True).returncode != 0


def test_age_decrypts_passphrase_bundle(filled_app: PassportApp, tmp_path: Path) -> None:
    age = require_tool("age")
    passphrase = generate_passphrase()
    bundle = tmp_path / "p.passport.age"
    filled_app.bundles.export_bundle(bundle, passphrase=passphrase)
    out = tmp_path / "archive.tar"
    code, terminal = run_age_with_passphrase([age, "-d", "-o", str(out), str(bundle)], passphrase)
    assert code == 0, terminal
    assert sorted(_members(out.read_bytes())) == ["manifest.json", "passport.json", "passport.pdf"]
    wrong, terminal = run_age_with_passphrase([age, "-d", "-o", str(tmp_path / "x.tar"), str(bundle)],
                                              generate_passphrase())
    assert wrong != 0 and "incorrect passphrase" in terminal


def test_bundle_made_by_age_cli_is_imported(filled_app: PassportApp, manager_vault: PassportApp,
                                            tmp_path: Path) -> None:
    age = require_tool("age")
    manager = manager_vault.identity()
    ours = tmp_path / "ours.passport.age"
    filled_app.bundles.export_bundle(ours, recipients=[manager.age_recipient])
    key_file = tmp_path / "manager-key.txt"
    key_file.write_text(manager.age_secret + "\n")
    archive = tmp_path / "archive.tar"
    subprocess.run([age, "-d", "-i", str(key_file), "-o", str(archive), str(ours)], check=True)
    # re-encrypt our archive with the age CLI itself, to the manager's key
    theirs = tmp_path / "theirs.passport.age"
    subprocess.run([age, "-r", manager.age_recipient, "-o", str(theirs), str(archive)], check=True)
    assert theirs.read_bytes() != ours.read_bytes()
    result = manager_vault.bundles.import_bundle(theirs, trust_sender=True)
    assert result.route == "received"
    assert manager_vault.repo.attachment(result.attachment_id).data == _members(archive.read_bytes())["passport.pdf"]  # type: ignore[arg-type]
    # armoured output of the age CLI too
    armoured = tmp_path / "armoured.passport.age"
    subprocess.run([age, "-a", "-r", manager.age_recipient, "-o", str(armoured), str(archive)], check=True)
    assert manager_vault.bundles.open_bundle(armoured).verified.pdf.startswith(b"%PDF-")


def test_passphrase_bundle_made_by_age_cli_is_opened(filled_app: PassportApp, manager_vault: PassportApp,
                                                     tmp_path: Path) -> None:
    age = require_tool("age")
    manager = manager_vault.identity()
    ours = tmp_path / "ours.passport.age"
    filled_app.bundles.export_bundle(ours, recipients=[manager.age_recipient])
    key_file = tmp_path / "manager-key.txt"
    key_file.write_text(manager.age_secret + "\n")
    archive = tmp_path / "archive.tar"
    subprocess.run([age, "-d", "-i", str(key_file), "-o", str(archive), str(ours)], check=True)
    passphrase = generate_passphrase()
    theirs = tmp_path / "theirs.passport.age"
    code, terminal = run_age_with_passphrase([age, "-p", "-o", str(theirs), str(archive)], passphrase, prompts=2)
    assert code == 0, terminal
    opened = manager_vault.bundles.open_bundle(theirs, passphrase=passphrase)
    assert opened.sender.fingerprint == filled_app.identity().fingerprint


def test_age_decrypts_backup_with_key_derived_from_recovery_code(tmp_path: Path) -> None:
    age = require_tool("age")
    created = PassportApp.create(tmp_path / "vault", employee_name="K")
    code = str(created.recovery_code)
    created.app.backups.backup(tmp_path / "b.age", recovery_code=code)
    created.app.close()
    key_file = tmp_path / "backup-key.txt"
    key_file.write_text(recovery_identity(RecoveryCode.parse(code).secret) + "\n")
    done = subprocess.run([age, "-d", "-i", str(key_file), str(tmp_path / "b.age")], capture_output=True, check=True)
    members = _members(done.stdout)
    assert sorted(members) == ["keyslots.json", "manifest.json", "vault.db"]
    database = members["vault.db"]
    assert not database.startswith(b"SQLite format 3") and len(database) % 4096 == 0  # still SQLCipher inside
