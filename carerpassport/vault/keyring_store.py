"""The vault key in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker).

The keyring is a convenience for unlocking without typing, never the only copy of the key (the key
slots are), and never replaced by a plaintext fallback: the ``fail``, ``null``, plaintext and
chainer-with-no-secure-backend backends are refused.

The backend is chosen once, directly (:func:`choose_backend`): the keyring library's own discovery asks
every installed backend for its priority, and on Linux the macOS backend's ``ctypes.util.find_library``
then runs ``ldconfig``, ``gcc`` and ``ld`` on every unlock (about 0.3 s, and programs started behind the
user's back). ``PYTHON_KEYRING_BACKEND`` still chooses explicitly, as the keyring library documents.
"""

from __future__ import annotations

import contextlib
import os
import sys

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.core
import keyring.errors

from carerpassport import APP_ID

_INSECURE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt", "keyring.backends.chainer")


def _insecure(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        backends = getattr(backend, "backends", [])
        return not backends or all(_insecure(b) for b in backends)
    return module.startswith(_INSECURE) or "plaintext" in type(backend).__name__.lower()


def choose_backend() -> keyring.backend.KeyringBackend:
    """The platform's own secure keyring, or ``fail.Keyring`` when there is none. Starts no program."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):  # the user's explicit choice (still refused if insecure)
        try:
            chosen = keyring.core.load_env()
        except (RuntimeError, ImportError, ValueError, AttributeError):  # not viable here, or no such backend
            chosen = None
        return chosen if chosen is not None else keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
    for backend in _native_backends():
        try:
            backend.priority  # noqa: B018 - raises when the service is not there (no D-Bus, no daemon)
        except (RuntimeError, OSError, keyring.errors.KeyringError):  # how the backends say "not here"
            continue
        return backend
    return keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]


def _native_backends() -> list[keyring.backend.KeyringBackend]:
    if sys.platform == "win32":
        from keyring.backends import Windows

        return [Windows.WinVaultKeyring()]
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return [macOS.Keyring()]
    # Linux and the BSDs: the Secret Service (GNOME Keyring, KeePassXC, KWallet ≥ 5.97), else KWallet's own API.
    from keyring.backends import SecretService, kwallet

    return [SecretService.Keyring(), kwallet.DBusKeyring()]  # type: ignore[no-untyped-call]


class KeyringStore:
    """Stores one hex key per vault id, under the app's service name."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = APP_ID) -> None:
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = choose_backend()
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
