"""Errors from the vault, each with a sentence a user can act on."""

from __future__ import annotations

from carerpassport.domain.errors import PassportError


class VaultError(PassportError):
    """Something is wrong with the vault on disk."""


class NoVaultError(VaultError):
    """There is no vault in the data folder."""


class VaultExistsError(VaultError):
    """A vault already exists where a new one was to be created."""


class WrongKeyError(VaultError):
    """The key, passphrase or recovery code does not open this vault (or the file is not a vault)."""


class LockedError(VaultError):
    """No way to unlock was available (no keyring entry, no passphrase, no recovery code)."""


class VaultClosedError(VaultError):
    """A thread went on using the vault after another closed its connection (the vault was locked, or
    re-encrypted); what it was writing was rolled back."""


class BusyVaultError(VaultError):
    """Another connection kept the vault's write lock longer than the busy timeout."""


class DamagedVaultError(VaultError):
    """The vault file is truncated or corrupted.

    ``reason`` is the cause alone ("revision 4 does not match ..."), for a caller that tells it in its own
    sentence (the full check, a refused backup); ``str()`` is the whole sentence.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


class NewerVaultError(VaultError):
    """The vault was written by a newer version of the app."""


class WeakPassphraseError(VaultError):
    """A passphrase too short to protect the vault."""


class VaultBusyError(VaultError):
    """The vault kept changing while a backup tried to take a consistent copy."""


class RestoreWouldReplaceError(VaultError):
    """Restoring would replace an existing vault and the user has not confirmed it."""
