"""Recovery codes and key slots."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from carerpassport.vault import keyslots
from carerpassport.vault.errors import DamagedVaultError, WeakPassphraseError, WrongKeyError


def test_recovery_code_round_trip_and_forgiving_input() -> None:
    code = keyslots.RecoveryCode.generate()
    text = str(code)
    assert len(text) == 35 and text.count("-") == 5
    assert keyslots.RecoveryCode.parse(text).secret == code.secret
    sloppy = text.lower().replace("-", " ").replace("O", "0")
    assert keyslots.RecoveryCode.parse(sloppy).secret == code.secret
    assert "…" in repr(code) and text not in repr(code)


@pytest.mark.english
def test_a_typo_is_told_apart_from_a_wrong_code() -> None:
    text = str(keyslots.RecoveryCode.generate())
    swapped = text[:7] + ("A" if text[7] != "A" else "B") + text[8:]
    with pytest.raises(WrongKeyError, match="typing mistake"):
        keyslots.RecoveryCode.parse(swapped)
    with pytest.raises(WrongKeyError, match="30 letters"):
        keyslots.RecoveryCode.parse(text[:-3])


def test_wrap_and_unwrap() -> None:
    key = bytes(range(32))
    slot = keyslots.wrap(key, b"secret", keyslots.PASSPHRASE, "vault-a")
    assert keyslots.unwrap(slot, b"secret", "vault-a") == key
    with pytest.raises(WrongKeyError):
        keyslots.unwrap(slot, b"Secret", "vault-a")
    with pytest.raises(WrongKeyError):  # a slot moved to another vault does not open
        keyslots.unwrap(slot, b"secret", "vault-b")
    assert slot.kdf["name"] == "argon2id" and slot.kdf["memory_kib"] >= 65536


@pytest.mark.english
def test_passphrase_strength() -> None:
    with pytest.raises(WeakPassphraseError, match="at least 8"):
        keyslots.check_passphrase("short")


@pytest.mark.parametrize("content", [
    b"not json", b"{}", json.dumps({"format": 1, "vault_id": "x", "slots": [{"kind": "recovery"}]}).encode(),
    b"[" * 100_000,
])
def test_damaged_slot_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keyslots.json"
    path.write_bytes(content)
    with pytest.raises(DamagedVaultError):
        keyslots.KeySlotFile.load(path)


def _slot_file(tmp_path: Path, **kdf_changes: object) -> Path:
    slot = keyslots.wrap(bytes(32), b"secret", keyslots.RECOVERY, "v").to_dict()
    slot["kdf"].update(kdf_changes)
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps({"format": 1, "vault_id": "v", "slots": [slot]}))
    return path


@pytest.mark.parametrize(("changes", "message"), [
    ({"memory_kib": 1024 * 1024, "time_cost": 20}, "memory_kib = 1048576, outside"),  # 25 s before refusing, once
    ({"memory_kib": 10**9}, "memory_kib = 1000000000, outside"),
    ({"memory_kib": 1024}, "memory_kib = 1024, outside"),
    ({"time_cost": 11}, "time_cost = 11, outside"),
    ({"time_cost": 0}, "time_cost = 0, outside"),
    ({"parallelism": 64}, "parallelism = 64, outside"),
    ({"parallelism": True}, "parallelism = True, outside"),
    ({"time_cost": "3"}, "time_cost = 3, outside"),
    ({"memory_kib": 256 * 1024, "time_cost": 5}, "more Argon2id work"),
    ({"name": "scrypt"}, "method this app does not know \\('scrypt'\\)"),
    ({"name": None}, "method this app does not know"),
])
@pytest.mark.english
def test_kdf_parameters_outside_fixed_bounds_are_refused_before_deriving(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: dict[str, object], message: str) -> None:
    path = _slot_file(tmp_path, **changes)

    def no_derivation(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("derived a key from unchecked KDF parameters")

    monkeypatch.setattr(keyslots, "hash_secret_raw", no_derivation)
    with pytest.raises(DamagedVaultError, match=message) as caught:
        keyslots.KeySlotFile.load(path)
    assert "keyslots.json" in str(caught.value)
    kdf = {**keyslots.DEFAULT_KDF, **changes}
    with pytest.raises(DamagedVaultError):  # derive() checks again, whoever calls it
        keyslots.derive(b"secret", bytes(16), kdf)


def test_kdf_at_the_bounds_still_opens(tmp_path: Path) -> None:
    key = bytes(range(32))
    for kdf in ({"name": "argon2id", "memory_kib": 8 * 1024, "time_cost": 1, "parallelism": 1},
                {"name": "argon2id", "memory_kib": 128 * 1024, "time_cost": 8, "parallelism": 16}):
        slot = keyslots.wrap(key, b"secret", keyslots.RECOVERY, "v", kdf)
        assert keyslots.unwrap(slot, b"secret", "v") == key


@pytest.mark.parametrize(("content", "message"), [
    (b"[" * 10_000, "deep|nest"),
    (b'{"format": 1, "vault_id": "v", "slots": [], "x": ' + b"9" * 5000 + b"}", "number"),
    (b'{"format": 1, "vault_id": "v", "slots": NaN}', "NaN"),
    (b'{"format": 1, "vault_id": "v", "slots": [{"kind": "recovery"}]}', "cipher this app does not know"),
    (b'{"format": 3, "vault_id": "v", "slots": []}', "newer version"),
    (b'{"format": 1, "vault_id": "v", "slots": []}', "no list of one or two key slots"),
    (b'{"format": 1, "vault_id": "v", "slots": [{"kind": "other"}]}', "unknown kind"),
    (b'{"format": 2, "vault_id": "v", "slots": []}', "format does not match|no list"),
    (b"\xff\xfe", "not valid UTF-8"),
    (b" " * (70 * 1024), "too large|at most"),
])
@pytest.mark.english
def test_damaged_slot_file_is_named_in_one_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "keyslots.json"
    path.write_bytes(content)
    with pytest.raises(DamagedVaultError, match=message) as caught:
        keyslots.KeySlotFile.load(path)
    assert "keyslots.json" in str(caught.value)


def test_a_slot_file_that_is_not_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    os.mkfifo(path)  # reading a FIFO must not block forever
    with pytest.raises(DamagedVaultError, match="keyslots.json"):
        keyslots.KeySlotFile.load(path)
    path.unlink()
    path.mkdir()
    with pytest.raises(DamagedVaultError, match="keyslots.json"):
        keyslots.KeySlotFile.load(path)


@pytest.mark.parametrize("spell", [
    lambda t: t,                                     # as printed
    lambda t: t.replace("-", " "),                   # spaces instead of hyphens
    lambda t: t.replace("-", ""),                    # no separators
    lambda t: t.replace("-", "\u2013"),              # en dashes (word processors)
    lambda t: t.replace("-", " \u2014 "),            # em dashes with spaces
    lambda t: t.replace("-", "\t"),                  # tabs
    lambda t: t.replace("-", "\u2212"),              # minus signs
    lambda t: t.lower(),                             # any case
    lambda t: t.lower().replace("-", ""),
    lambda t: t.title().replace("-", "  "),
    lambda t: f"  {t}\n",                            # pasted with surrounding space
    lambda t: "\n".join(t.split("-")),               # one group a line
    lambda t: "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in t),  # full-width letters
], ids=["printed", "spaces", "none", "en-dash", "em-dash", "tabs", "minus", "lower", "lower-none", "title",
        "padded", "lines", "full-width"])
def test_recovery_code_with_any_separators_and_case(spell: object) -> None:
    code = keyslots.RecoveryCode.generate()
    typed = spell(str(code))  # type: ignore[operator]
    assert keyslots.RecoveryCode.looks_like(typed)
    assert keyslots.RecoveryCode.parse(typed).secret == code.secret


@pytest.mark.parametrize("typed", [
    "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY",          # five groups
    "ABCDE/FGHIJ/KLMNO/PQRST/UVWXY/Z2345",    # slashes are not separators
    "ABCDE-FGHIJ-KLMNÖ-PQRST-UVWXY-Z2345",    # a letter outside the code's alphabet
    "correct horse battery staple",
])
@pytest.mark.english
def test_not_a_recovery_code(typed: str) -> None:
    assert not keyslots.RecoveryCode.looks_like(typed)
    with pytest.raises(WrongKeyError, match="30 letters"):
        keyslots.RecoveryCode.parse(typed)
