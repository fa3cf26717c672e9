"""Bundle and backup figures: export/import of an X25519 bundle, and backup/restore of a 1,000-revision vault.

``bundle_seal_ms`` / ``bundle_open_ms`` are the bundle format alone (manifest signing, tar, age, and on
opening decrypt + strict archive + signature + hashes); ``bundle_export_ms`` adds rendering and signing the
PDF, ``bundle_import_ms`` adds checking that PDF and storing it in the receiving vault.
"""

from __future__ import annotations

import shutil

from common import PASSPHRASE, scaled, scratch, timed

from carerpassport.app import PassportApp
from carerpassport.exchange import bundle
from carerpassport.exchange.backup import seal_backup
from carerpassport.vault.keyslots import RecoveryCode
from carerpassport.vault.snapshot import take_snapshot


def _median(samples: list[float]) -> float:
    return round(sorted(samples)[len(samples) // 2], 2)


def run() -> dict[str, object]:
    figures: dict[str, object] = {}
    root = scratch()
    employee = PassportApp.create(root / "employee", employee_name="Bench Mark", passphrase=PASSPHRASE).app
    manager = PassportApp.create(root / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE).app
    employee.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week. " * 20,
                                shared=True)
    employee.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", status="agreed")
    manager.contacts.add_contact(employee.contacts.identity_card())
    to = [manager.identity().age_recipient]
    out = root / "b.passport.age"

    figures["bundle_export_ms"] = _median(timed(lambda: employee.bundles.export_bundle(out, recipients=to), 15))
    figures["bundle_bytes"] = out.stat().st_size
    # each import needs a new file (the same bundle twice is refused as already imported)
    files = [root / f"b{n}.passport.age" for n in range(scaled(15))]
    for path in files:
        employee.bundles.export_bundle(path, recipients=to)
    queue = iter(files)
    figures["bundle_import_ms"] = _median(timed(lambda: manager.bundles.import_bundle(next(queue)), 15))

    revision, signed = employee.pdfs.signed_pdf("Bob", "", None, True)
    identity, manager_secret = employee.identity(), manager.identity().age_secret
    sealed = bundle.seal_bundle(identity, passport_json=signed.passport_json, pdf=signed.pdf, revision=revision,
                                recipients=to)
    figures["bundle_seal_ms"] = _median(timed(lambda: bundle.seal_bundle(
        identity, passport_json=signed.passport_json, pdf=signed.pdf, revision=revision, recipients=to), 30))
    figures["bundle_open_ms"] = _median(timed(lambda: bundle.open_bundle_bytes(sealed, identities=[manager_secret]),
                                              30))
    employee.close()
    manager.close()

    created = PassportApp.create(root / "big", employee_name="Bench Mark")
    big, code = created.app, str(created.recovery_code)
    for n in range(scaled(1000, 3)):
        big.editing.set_answer("caring.responsibilities", f"edit number {n}: " + "some words " * 30, shared=True)
    figures["revisions"] = len(big.editing.history())
    backup_file = root / "big.backup.age"
    figures["backup_1000_revisions_ms"] = _median(timed(lambda: big.backups.backup(backup_file, recovery_code=code), 5))
    figures["backup_1000_revisions_bytes"] = backup_file.stat().st_size
    # the same without checking the typed recovery code against its key slot (Argon2id, ~0.1 s by design)
    secret = RecoveryCode.parse(code).secret

    def snapshot_and_seal() -> None:
        snapshot = take_snapshot(big.vault)
        seal_backup(database=snapshot.database, keyslots=snapshot.keyslots,
                                 vault_id=snapshot.vault_id, schema_version=snapshot.schema_version,
                                 identity_fingerprint="", counts=snapshot.counts, recovery_secret=secret)

    figures["backup_snapshot_and_encrypt_ms"] = _median(timed(snapshot_and_seal, 5))
    big.close()
    target = root / "restored"

    def restore() -> None:
        if target.exists():
            shutil.rmtree(target)
        PassportApp.restore(target, backup_file, recovery_code=code)

    # includes opening the restored vault with the recovery code (Argon2id, ~0.1 s) to check its whole history
    figures["restore_1000_revisions_ms"] = _median(timed(restore, 5))
    figures["targets"] = {"bundle_export_ms": 100, "bundle_import_ms": 100, "bundle_seal_ms": 100,
                          "bundle_open_ms": 100}
    shutil.rmtree(root, ignore_errors=True)
    return figures
