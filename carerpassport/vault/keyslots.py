"""Key slots: the vault's raw key, wrapped with AES-256-GCM under an Argon2id-derived key.

One slot per way in: the recovery code (always) and the passphrase (optional). The KDF name and
parameters travel with each slot, so costs can be raised later without breaking old vaults (the
KeePassXC habit), within fixed bounds checked before any derivation. Changing a passphrase rewraps one
slot; the vault itself is not re-encrypted. A new recovery code or a re-key is first written as a
:class:`PendingChange` beside the committed slots (see :mod:`carerpassport.vault.key_change`).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import os
import secrets
import unicodedata
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carerpassport.domain.bounded_json import loads_bounded
from carerpassport.domain.wording import gettext as _
from carerpassport.input_files import read_input_file
from carerpassport.output_files import atomic_write
from carerpassport.vault.errors import DamagedVaultError, WeakPassphraseError, WrongKeyError

KEY_BYTES = 32
SLOT_FILE_NAME = "keyslots.json"
SLOT_FILE_FORMAT = 1
#: Written only while a change of keys is unfinished (see :class:`KeySlotFile`).
PENDING_FILE_FORMAT = 2
MAX_SLOT_FILE_BYTES = 64 * 1024
MIN_PASSPHRASE = 8

#: Argon2id cost by design: 64 MiB, 3 passes, 4 lanes is about 0.1 s on a 2-core machine.
DEFAULT_KDF = {"name": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
#: Fixed bounds on what a slot file may ask for, checked before any derivation: a hostile file must not
#: make an unlock allocate gigabytes or run for half a minute. The upper bounds leave room to raise the
#: design cost about fivefold; the lower ones refuse costs too small to protect a passphrase.
KDF_BOUNDS = (("memory_kib", 8 * 1024, 256 * 1024), ("time_cost", 1, 10), ("parallelism", 1, 16))
#: memory × passes: at most 1 GiB-pass (the design cost is 192 MiB-passes).
MAX_KDF_WORK = 1024 * 1024

RECOVERY = "recovery"
PASSPHRASE = "passphrase"

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _recovery_letters(text: str) -> str | None:
    """The code's letters with every separator dropped, or None if ``text`` has anything else in it.

    Separators are whatever people and word processors put between groups: hyphens, en and em dashes,
    minus signs, spaces, tabs and line breaks. Full-width letters (an East Asian keyboard) read as ASCII.
    """
    letters = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isspace() or unicodedata.category(ch) == "Pd" or ch == "\u2212":
            continue
        if not ch.isascii():
            return None
        letters.append(ch)
    joined = "".join(letters).upper().translate(_LOOKALIKES)
    return joined if all(ch in _B32 for ch in joined) else None


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
        """Read a typed code: case and separators (hyphens, dashes, spaces, tabs, none) do not matter;
        0/1/8 read as O/I/B."""
        letters = _recovery_letters(text)
        if letters is None or len(letters) != 30:
            raise WrongKeyError(_("A recovery code is 30 letters and digits in six groups, like "
                                  "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345. Check what you typed."))
        value = 0
        for ch in letters:
            value = (value << 5) | _B32.index(ch)
        secret = (value >> 22).to_bytes(16, "big")
        if value & ((1 << 22) - 1) != cls._checksum(secret):
            raise WrongKeyError(_("That recovery code has a typing mistake in it (its check letters do not "
                                  "match). Compare it with your copy, group by group."))
        return cls(secret)

    @staticmethod
    def looks_like(text: str) -> bool:
        """True when ``text`` has the shape of a code (30 code letters, any separators), typo or not."""
        letters = _recovery_letters(text)
        return letters is not None and len(letters) == 30


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
        if not isinstance(data, dict):
            raise _damaged(_("a key slot is not a JSON object"))
        kind = data.get("kind")
        if kind not in (RECOVERY, PASSPHRASE):
            raise _damaged(_("a key slot is of an unknown kind ({kind!r})").format(kind=str(kind)[:40]))
        if data.get("cipher") != "aes-256-gcm":
            raise DamagedVaultError(_("{slot_file_name} wraps the key with a cipher this app does not know "
                                      "({cipher!r}). Update the app, or restore the data "
                                      "folder from a backup.").format(
                                      slot_file_name=SLOT_FILE_NAME, cipher=str(data.get('cipher'))[:40]))
        kdf = data.get("kdf")
        check_kdf(kdf)
        assert isinstance(kdf, dict)
        return cls(kind=kind, kdf=dict(kdf), salt=_field(data, "salt", 16), nonce=_field(data, "nonce", 12),
                   wrapped=_field(data, "wrapped_key", KEY_BYTES + 16), created=str(data.get("created", ""))[:40])


def check_kdf(kdf: Any) -> None:
    """Refuse a KDF this app does not know, or Argon2id costs outside fixed bounds, before deriving anything.

    A hostile or damaged ``keyslots.json`` could otherwise ask for 1 GiB × 20 passes and make every unlock
    attempt take half a minute (or exhaust memory) before it fails.
    """
    if not isinstance(kdf, dict):
        raise _damaged(_("a key slot has no key derivation settings"))
    if kdf.get("name") != "argon2id":
        raise DamagedVaultError(_("{slot_file_name} asks for a key derivation method this app does not know "
                                  "({method!r}). Update the app, or restore the data folder "
                                  "from a backup.").format(
                                  slot_file_name=SLOT_FILE_NAME, method=str(kdf.get('name'))[:40]))
    for name, low, high in KDF_BOUNDS:
        value = kdf.get(name)
        if type(value) is not int or not low <= value <= high:
            raise DamagedVaultError(_("{slot_file_name} asks for Argon2id {name} = {value}, outside "
                                      "what this app allows ({low:,} to {high:,}); the key file is damaged or "
                                      "was not written by this app. Restore it from a backup.").format(
                                      slot_file_name=SLOT_FILE_NAME, name=name, value=str(value)[:20], low=low,
                                      high=high))
    if kdf["memory_kib"] * kdf["time_cost"] > MAX_KDF_WORK:
        raise DamagedVaultError(_("{slot_file_name} asks for more Argon2id work than this app allows "
                                  "({memory_kib:,} KiB × {time_cost} passes); the key file is damaged "
                                  "or was not written by this app. Restore it from a backup.").format(
                                  slot_file_name=SLOT_FILE_NAME, memory_kib=kdf['memory_kib'],
                                  time_cost=kdf['time_cost']))


def derive(secret: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    check_kdf(kdf)  # again here, so no caller can derive with unchecked costs
    return hash_secret_raw(secret, salt, time_cost=kdf["time_cost"], memory_cost=kdf["memory_kib"],
                           parallelism=kdf["parallelism"], hash_len=32, type=Type.ID)


def _aad(vault_id: str, kind: str) -> bytes:
    return f"carerpassport-keyslot:{vault_id}:{kind}".encode()


def wrap(key: bytes, secret: bytes, kind: str, vault_id: str, kdf: dict[str, Any] | None = None) -> KeySlot:
    kdf = dict(kdf or DEFAULT_KDF)
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(derive(secret, salt, kdf)).encrypt(nonce, key, _aad(vault_id, kind))
    return KeySlot(kind, kdf, salt, nonce, wrapped, timestamp())


def unwrap(slot: KeySlot, secret: bytes, vault_id: str) -> bytes:
    """The raw key, or :class:`WrongKeyError` if ``secret`` does not open this slot."""
    try:
        key = AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.kind))
    except InvalidTag:
        raise WrongKeyError(_("wrong secret for this key slot")) from None
    if len(key) != KEY_BYTES:
        raise DamagedVaultError(_("A key slot holds a key of the wrong size; the key file is damaged."))
    return key


@dataclasses.dataclass
class KeyLink:
    """One raw vault key wrapped under another (AES-256-GCM, no KDF: both are random 256-bit keys).

    A re-key keeps two links while it is pending, so whichever key a secret or the keyring yields, the
    other one can be reached: the database may hold either key at the moment of a crash.
    """

    nonce: bytes
    wrapped: bytes

    @classmethod
    def make(cls, under: bytes, key: bytes, vault_id: str, direction: str) -> KeyLink:
        nonce = os.urandom(12)
        return cls(nonce, AESGCM(under).encrypt(nonce, key, _link_aad(vault_id, direction)))

    def follow(self, under: bytes, vault_id: str, direction: str) -> bytes | None:
        """The key this link holds, if ``under`` is the key it was wrapped with; otherwise None."""
        try:
            key = AESGCM(under).decrypt(self.nonce, self.wrapped, _link_aad(vault_id, direction))
        except InvalidTag:
            return None
        return key if len(key) == KEY_BYTES else None

    def to_dict(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped)}

    @classmethod
    def from_dict(cls, data: Any) -> KeyLink:
        if not isinstance(data, dict):
            raise _damaged(_("a pending re-key's key link is not a JSON object"))
        return cls(_field(data, "nonce", 12), _field(data, "wrapped_key", KEY_BYTES + 16))


def _link_aad(vault_id: str, direction: str) -> bytes:
    return f"carerpassport-keylink:{vault_id}:{direction}".encode()


#: What a pending change is (``PendingChange.change``).
REKEY = "rekey"
NEW_RECOVERY_CODE = "recovery-code"
#: Directions of the two links of a pending re-key.
NEW_UNDER_OLD = "new-under-old"
OLD_UNDER_NEW = "old-under-new"


@dataclasses.dataclass
class PendingChange:
    """A change of keys begun but not committed, written beside the committed slots.

    While it is on disk, both the old and the new secrets open the vault: the committed slots still
    wrap the old key, ``slots`` holds the new ways in, and for a re-key the two links connect the old
    key and the new one. The next open finishes or rolls it back (see :mod:`carerpassport.vault.key_change`).
    """

    change: str
    slots: dict[str, KeySlot]
    started: str
    new_under_old: KeyLink | None = None
    old_under_new: KeyLink | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"change": self.change, "started": self.started,
                                "slots": [s.to_dict() for s in self.slots.values()]}
        if self.new_under_old is not None and self.old_under_new is not None:
            data["links"] = {NEW_UNDER_OLD: self.new_under_old.to_dict(), OLD_UNDER_NEW: self.old_under_new.to_dict()}
        return data

    @classmethod
    def from_dict(cls, data: Any) -> PendingChange:
        if not isinstance(data, dict) or data.get("change") not in (REKEY, NEW_RECOVERY_CODE):
            raise _damaged(_("its unfinished key change is of an unknown kind"))
        change = cls(change=data["change"], slots=_slots_of(data.get("slots")),
                     started=str(data.get("started", ""))[:40])
        if change.change == REKEY:
            links = data.get("links")
            if not isinstance(links, dict):
                raise _damaged(_("its unfinished re-key has no key links"))
            change.new_under_old = KeyLink.from_dict(links.get(NEW_UNDER_OLD))
            change.old_under_new = KeyLink.from_dict(links.get(OLD_UNDER_NEW))
        if RECOVERY not in change.slots:
            raise _damaged(_("its unfinished key change has no recovery code slot"))
        return change


def passphrase_secret(passphrase: str) -> bytes:
    return passphrase.encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(_("A passphrase needs at least {min_passphrase} characters; a few ordinary "
                                    "words in a row are easy to remember and hard to guess.").format(
                                    min_passphrase=MIN_PASSPHRASE))


@dataclasses.dataclass
class KeySlotFile:
    """``keyslots.json`` beside the database: the vault id, its slots and any unfinished key change.

    Holds no passport content. Every change of it is one atomic replace (temp, fsync, rename): the
    rename is the commit point, as KeePassXC commits a change of keys by saving the whole database file
    in one go. Format 1 is written when no change is pending; format 2 (with ``pending``) only while one
    is, so an older app refuses a half-done change instead of misreading it.
    """

    vault_id: str
    slots: dict[str, KeySlot]
    pending: PendingChange | None = None

    def save(self, path: Path) -> None:
        data: dict[str, Any] = {"format": SLOT_FILE_FORMAT, "vault_id": self.vault_id,
                                "slots": [s.to_dict() for s in self.slots.values()]}
        if self.pending is not None:
            data["format"] = PENDING_FILE_FORMAT
            data["pending"] = self.pending.to_dict()
        atomic_write(path, json.dumps(data, indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        raw = read_input_file(path, max_bytes=MAX_SLOT_FILE_BYTES, what=_("the vault's key file ({name})").format(
                                                                            name=path.name),
                              error=DamagedVaultError)
        data = loads_bounded(raw, what=_("The vault's key file ({name})").format(
                                           name=path.name), error=DamagedVaultError)
        if not isinstance(data, dict):
            raise _damaged(_("it is not a JSON object"), path.name)
        if data.get("format") not in (SLOT_FILE_FORMAT, PENDING_FILE_FORMAT):
            raise DamagedVaultError(_("The vault's key file ({name}) is from a newer version of the app "
                                      "(format {version}). Update the app.").format(
                                      name=path.name, version=str(data.get('format'))[:20]))
        vault_id = data.get("vault_id")
        if not isinstance(vault_id, str) or not 1 <= len(vault_id) <= 64:
            raise _damaged(_("it names no vault"), path.name)
        pending = data.get("pending")
        if (pending is not None) != (data["format"] == PENDING_FILE_FORMAT):
            raise _damaged(_("its format does not match whether a key change is unfinished"), path.name)
        return cls(vault_id=vault_id, slots=_slots_of(data.get("slots")),
                   pending=None if pending is None else PendingChange.from_dict(pending))


def _slots_of(items: Any) -> dict[str, KeySlot]:
    if not isinstance(items, list) or not 1 <= len(items) <= 2:
        raise _damaged(_("it has no list of one or two key slots"))
    slots: dict[str, KeySlot] = {}
    for item in items:
        slot = KeySlot.from_dict(item)
        if slot.kind in slots:
            raise _damaged(_("it has two {kind} slots").format(kind=slot.kind))
        slots[slot.kind] = slot
    return slots


def _damaged(detail: str, name: str = "keyslots.json") -> DamagedVaultError:
    return DamagedVaultError(_("The vault's key file ({name}) is damaged: {detail}. Restore it from a backup.").format(
                                 name=name, detail=detail))


def _field(data: dict[str, Any], name: str, size: int) -> bytes:
    value = data.get(name)
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _damaged(_("a key slot's {name} is missing").format(name=name))
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raise _damaged(_("a key slot's {name} is not base64").format(name=name)) from None
    if len(raw) != size:
        raise _damaged(_("a key slot's {name} is {count} bytes, not {size}").format(
                           name=name, count=len(raw), size=size))
    return raw


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
