"""Recovery codes and key slots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carerpassport.vault import keyslots as ks
from carerpassport.vault.errors import DamagedVaultError, WeakPassphraseError, WrongKeyError


def test_recovery_code_round_trip_and_forgiving_input() -> None:
    code = ks.RecoveryCode.generate()
    text = str(code)
    assert len(text) == 35 and text.count("-") == 5
    assert ks.RecoveryCode.parse(text).secret == code.secret
    sloppy = text.lower().replace("-", " ").replace("O", "0")
    assert ks.RecoveryCode.parse(sloppy).secret == code.secret
    assert "…" in repr(code) and text not in repr(code)


def test_a_typo_is_told_apart_from_a_wrong_code() -> None:
    text = str(ks.RecoveryCode.generate())
    swapped = text[:7] + ("A" if text[7] != "A" else "B") + text[8:]
    with pytest.raises(WrongKeyError, match="typing mistake"):
        ks.RecoveryCode.parse(swapped)
    with pytest.raises(WrongKeyError, match="30 letters"):
        ks.RecoveryCode.parse(text[:-3])


def test_wrap_and_unwrap() -> None:
    key = bytes(range(32))
    slot = ks.wrap(key, b"secret", ks.PASSPHRASE, "vault-a")
    assert ks.unwrap(slot, b"secret", "vault-a") == key
    with pytest.raises(WrongKeyError):
        ks.unwrap(slot, b"Secret", "vault-a")
    with pytest.raises(WrongKeyError):  # a slot moved to another vault does not open
        ks.unwrap(slot, b"secret", "vault-b")
    assert slot.kdf["name"] == "argon2id" and slot.kdf["memory_kib"] >= 65536


def test_passphrase_strength() -> None:
    with pytest.raises(WeakPassphraseError, match="at least 8"):
        ks.check_passphrase("short")


@pytest.mark.parametrize("content", [
    b"not json", b"{}", json.dumps({"format": 1, "vault_id": "x", "slots": [{"kind": "recovery"}]}).encode(),
    b"[" * 100_000,
])
def test_damaged_slot_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keyslots.json"
    path.write_bytes(content)
    with pytest.raises(DamagedVaultError):
        ks.KeySlotFile.load(path)


def test_hostile_kdf_parameters_are_refused(tmp_path: Path) -> None:
    slot = ks.wrap(bytes(32), b"secret", ks.RECOVERY, "v").to_dict()
    slot["kdf"]["memory_kib"] = 10**9
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps({"format": 1, "vault_id": "v", "slots": [slot]}))
    with pytest.raises(DamagedVaultError, match="impossible settings"):
        ks.KeySlotFile.load(path)
