"""Make ``tests/data/vault_v1``: a vault at schema version 1 (the first schema), for the upgrade test.

Run once and commit the output; never regenerate it for a later schema (make ``vault_vN`` instead).
Passphrase: ``schema one passphrase``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.model import Answer, Passport, Person
from carerpassport.domain.said import Said
from carerpassport.vault import keyslots
from carerpassport.vault.connections import ThreadConnections
from carerpassport.vault.db import connect
from carerpassport.vault.migrations import MIGRATIONS
from carerpassport.vault.repository import Repository

PASSPHRASE = "schema one passphrase"
PASSPORT_ID = "7d7c6d35-3c71-4c1c-9a35-0c6b1f9a1e01"


def main(out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    key = bytes(range(32))
    vault_id = "00000000000000000000000000000001"
    conn = connect(out / "vault.db", key, create=True)
    conn.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    repo = Repository(ThreadConnections(out / "vault.db", key, conn))
    passport = Passport(id=PASSPORT_ID, template_id="carerpassport.default", employee=Person(name="Old Vault"),
                        answers={"caring.responsibilities": Answer("Written with schema 1", True)})
    repo.append_revision(canonical_bytes(passport.to_dict()), "create")
    repo.log("created", Said("Vault created"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    code = keyslots.RecoveryCode(bytes(16))
    slots = keyslots.KeySlotFile(vault_id, {
        keyslots.RECOVERY: keyslots.wrap(key, code.secret, keyslots.RECOVERY, vault_id),
        keyslots.PASSPHRASE: keyslots.wrap(key, keyslots.passphrase_secret(PASSPHRASE), keyslots.PASSPHRASE, vault_id),
    })
    slots.save(out / "keyslots.json")
    print(f"recovery code: {code}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "vault_v1")
