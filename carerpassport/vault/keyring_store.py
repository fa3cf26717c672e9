"""The vault key in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker).

The keyring is a convenience for unlocking without typing, never the only copy of the key (the key
slots are), and never replaced by a plaintext fallback: the ``fail``, ``null``, plaintext and
chainer-with-no-secure-backend backends are refused.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.backend
import keyring.errors

from carerpassport import APP_ID

_INSECURE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt", "keyring.backends.chainer")


def _insecure(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        backends = getattr(backend, "backends", [])
        return not backends or all(_insecure(b) for b in backends)
    return module.startswith(_INSECURE) or "plaintext" in type(backend).__name__.lower()


class KeyringStore:
    """Stores one hex key per vault id, under the app's service name."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = APP_ID) -> None:
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    def available(self) -> bool:
        """True when a secure backend is present (this may talk to the OS: call off the GUI thread)."""
        try:
            return not _insecure(self.backend)
        except Exception:  # noqa: BLE001 - any backend failure means "not available"
            return False

    def describe(self) -> str:
        try:
            return str(getattr(self.backend, "name", type(self.backend).__name__))
        except Exception:  # noqa: BLE001
            return "none"

    def get(self, vault_id: str) -> bytes | None:
        if not self.available():
            return None
        try:
            value = self.backend.get_password(self.service, f"vault:{vault_id}")
        except keyring.errors.KeyringError:
            return None
        if not value:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def put(self, vault_id: str, key: bytes) -> bool:
        """Store the key; False (not an error) when no secure keyring is available."""
        if not self.available():
            return False
        try:
            self.backend.set_password(self.service, f"vault:{vault_id}", key.hex())
        except keyring.errors.KeyringError:
            return False
        return True

    def delete(self, vault_id: str) -> None:
        if not self.available():
            return
        with contextlib.suppress(keyring.errors.KeyringError):
            self.backend.delete_password(self.service, f"vault:{vault_id}")
