"""Canary scan across a bundle round trip (and a backup and restore): a unique string planted in a shared
and in a private answer appears nowhere in plain text, UTF-8 or UTF-16, in any file under the data
folders, the temp folder or the chosen output files (which are encrypted)."""

from __future__ import annotations

from pathlib import Path

from carerpassport.app import PassportApp
from tests.conftest import PASSPHRASE


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"), text.upper().encode()]


def _hits(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path.relative_to(root)}: {needle[:12]!r}" for needle in needles if needle in data]
    return found


def test_no_plaintext_anywhere_after_bundle_round_trip(tmp_path: Path, unique: str) -> None:
    shared, private = f"{unique}-shared", f"{unique}-private"
    employee = PassportApp.create(tmp_path / "employee", employee_name="Siân Jones", passphrase=PASSPHRASE)
    manager = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE)
    emp, mgr = employee.app, manager.app
    emp.editing.set_answer("caring.responsibilities", f"I care for my dad. {shared}", shared=True)
    emp.editing.set_answer("caring.how_managing", f"My sister helps. {private}", shared=False)
    emp.editing.set_answer("notes.private", f"note {private}")
    outputs = tmp_path / "chosen"
    outputs.mkdir()
    card = outputs / "bob.card.json"
    card.write_bytes(mgr.contacts.identity_card())
    emp.contacts.add_contact(card.read_bytes())
    bundle = outputs / "for-bob.passport.age"
    emp.bundles.export_bundle(bundle, recipients=[mgr.identity().age_recipient], purpose="meeting")
    result = mgr.bundles.import_bundle(bundle, trust_sender=True)
    assert result.route == "received"
    # the manager really holds the shared answer (so the scan below is not vacuous) but not the private one
    kept = mgr.repo.attachment(result.attachment_id).details["passport_json"]  # type: ignore[arg-type]
    assert shared in kept and private not in kept
    backup = outputs / "employee.backup.age"
    emp.backups.backup(backup, recovery_code=str(employee.recovery_code))
    emp.close()
    mgr.close()
    restored = PassportApp.restore(tmp_path / "restored", backup, recovery_code=str(employee.recovery_code))
    assert restored.verified_open

    needles = _encodings(shared) + _encodings(private)
    scanned = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert bundle in scanned and backup in scanned and (tmp_path / "tmp").is_dir()
    assert any(p.name == "vault.db" for p in scanned)
    assert _hits(tmp_path, needles) == []
