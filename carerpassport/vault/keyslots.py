"""Key slots: the vault's raw key, wrapped with AES-256-GCM under an Argon2id-derived key.

One slot per way in: the recovery code (always) and the passphrase (optional). The KDF name and
parameters travel with each slot, so costs can be raised later without breaking old vaults (the
KeePassXC habit). Changing a passphrase rewraps one slot; the vault itself is not re-encrypted.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carerpassport.vault.atomic import atomic_write
from carerpassport.vault.errors import DamagedVaultError, WeakPassphraseError, WrongKeyError

KEY_BYTES = 32
SLOT_FILE_FORMAT = 1
MIN_PASSPHRASE = 8

#: Argon2id cost by design: 64 MiB, 3 passes, 4 lanes is about 0.1 s on a 2-core machine.
DEFAULT_KDF = {"name": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
#: Bounds on what a slot file may ask for (a hostile file must not make us allocate 100 GB).
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 20

RECOVERY = "recovery"
PASSPHRASE = "passphrase"

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class RecoveryCode:
    """A 128-bit recovery code with a 22-bit checksum, written as six groups of five base32 letters.

    The checksum lets us tell a typo ("that code has a typing mistake") from a wrong code.
    """

    GROUPS = 6
    GROUP = 5

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 16:
            raise ValueError("a recovery code holds 16 bytes")
        self.secret = secret

    @classmethod
    def generate(cls) -> RecoveryCode:
        return cls(secrets.token_bytes(16))

    @staticmethod
    def _checksum(secret: bytes) -> int:
        return int.from_bytes(hashlib.sha256(b"carerpassport-recovery" + secret).digest()[:3], "big") >> 2

    def __str__(self) -> str:
        value = (int.from_bytes(self.secret, "big") << 22) | self._checksum(self.secret)
        letters = "".join(_B32[(value >> (5 * i)) & 31] for i in reversed(range(30)))
        return "-".join(letters[i:i + self.GROUP] for i in range(0, 30, self.GROUP))

    def __repr__(self) -> str:  # never print the secret by accident
        return "RecoveryCode(…)"

    @classmethod
    def parse(cls, text: str) -> RecoveryCode:
        """Read a typed code: case, spaces and hyphens do not matter; 0/1/8 read as O/I/B."""
        letters = "".join(ch for ch in text.upper().translate(_LOOKALIKES) if ch.isalnum())
        if len(letters) != 30 or any(ch not in _B32 for ch in letters):
            raise WrongKeyError("A recovery code is 30 letters and digits in six groups, like "
                                "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345. Check what you typed.")
        value = 0
        for ch in letters:
            value = (value << 5) | _B32.index(ch)
        secret = (value >> 22).to_bytes(16, "big")
        if value & ((1 << 22) - 1) != cls._checksum(secret):
            raise WrongKeyError("That recovery code has a typing mistake in it (its check letters do not "
                                "match). Compare it with your copy, group by group.")
        return cls(secret)

    @staticmethod
    def looks_like(text: str) -> bool:
        letters = "".join(ch for ch in text.upper() if ch.isalnum())
        return len(letters) == 30 and text.count("-") >= 5


@dataclasses.dataclass
class KeySlot:
    kind: str
    kdf: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "kdf": self.kdf, "salt": _b64(self.salt), "nonce": _b64(self.nonce),
                "cipher": "aes-256-gcm", "wrapped_key": _b64(self.wrapped), "created": self.created}

    @classmethod
    def from_dict(cls, data: Any) -> KeySlot:
        try:
            kdf = dict(data["kdf"])
            if kdf.get("name") != "argon2id" or data.get("cipher") != "aes-256-gcm":
                raise DamagedVaultError("A key slot uses a method this app does not know. Update the app.")
            for name, top in (("time_cost", MAX_TIME_COST), ("memory_kib", MAX_MEMORY_KIB), ("parallelism", 64)):
                if not isinstance(kdf.get(name), int) or not 1 <= kdf[name] <= top:
                    raise DamagedVaultError("A key slot has impossible settings; the key file is damaged.")
            return cls(kind=str(data["kind"]), kdf=kdf, salt=_unb64(data["salt"]), nonce=_unb64(data["nonce"]),
                       wrapped=_unb64(data["wrapped_key"]), created=str(data.get("created", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedVaultError(f"The vault's key file is damaged ({exc}).") from None


def derive(secret: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    return hash_secret_raw(secret, salt, time_cost=kdf["time_cost"], memory_cost=kdf["memory_kib"],
                           parallelism=kdf["parallelism"], hash_len=32, type=Type.ID)


def _aad(vault_id: str, kind: str) -> bytes:
    return f"carerpassport-keyslot:{vault_id}:{kind}".encode()


def wrap(key: bytes, secret: bytes, kind: str, vault_id: str, kdf: dict[str, Any] | None = None) -> KeySlot:
    kdf = dict(kdf or DEFAULT_KDF)
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(derive(secret, salt, kdf)).encrypt(nonce, key, _aad(vault_id, kind))
    return KeySlot(kind, kdf, salt, nonce, wrapped, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def unwrap(slot: KeySlot, secret: bytes, vault_id: str) -> bytes:
    """The raw key, or :class:`WrongKeyError` if ``secret`` does not open this slot."""
    try:
        key = AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.kind))
    except InvalidTag:
        raise WrongKeyError("wrong secret for this key slot") from None
    if len(key) != KEY_BYTES:
        raise DamagedVaultError("A key slot holds a key of the wrong size; the key file is damaged.")
    return key


def passphrase_secret(passphrase: str) -> bytes:
    return passphrase.encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(f"A passphrase needs at least {MIN_PASSPHRASE} characters; a few ordinary "
                                  "words in a row are easy to remember and hard to guess.")


@dataclasses.dataclass
class KeySlotFile:
    """``keyslots.json`` beside the database: the vault id and its slots. Holds no passport content."""

    vault_id: str
    slots: dict[str, KeySlot]

    def save(self, path: Path) -> None:
        data = {"format": SLOT_FILE_FORMAT, "vault_id": self.vault_id,
                "slots": [s.to_dict() for s in self.slots.values()]}
        atomic_write(path, json.dumps(data, indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
            if len(raw) > 64 * 1024:
                raise ValueError("too large")
            data = json.loads(raw)
            if data.get("format") != SLOT_FILE_FORMAT:
                raise DamagedVaultError("The vault's key file is from a newer version of the app. Update the app.")
            slots = [KeySlot.from_dict(s) for s in data["slots"]]
            return cls(vault_id=str(data["vault_id"]), slots={s.kind: s for s in slots})
        except DamagedVaultError:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DamagedVaultError(f"The vault's key file ({path.name}) is missing or damaged ({exc}). "
                                    "Restore it from a backup.") from None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)
