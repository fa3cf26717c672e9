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


class KeyringUnavailableError(VaultError):
    """No secure OS keyring is available."""


#: What went wrong with the disk, as the user would put it: (the problem, what to do about it).
#: ``{folder}`` is the folder the app was writing in.
STORAGE_FAULTS = {
    "full": ("the disk that holds {folder} is full",
             "Free some space on that disk (or choose another folder), then try again."),
    "quota": ("your storage quota on the disk that holds {folder} is used up",
              "Delete files you no longer need (or ask for a bigger quota), then try again."),
    "read-only": ("{folder} is on a disk that is read-only (mounted read-only, or a write-protected card or stick)",
                  "Make it writable again (or choose another folder), then try again."),
    "denied": ("this account is not allowed to write in {folder}",
               "Check that the folder belongs to you and may be written to (or choose another folder), "
               "then try again."),
    "failing": ("the disk that holds {folder} reported an input/output error",
                "The disk may be failing: make a backup onto another disk as soon as you can "
                "(carerpassport backup), then try again."),
}


class StorageError(VaultError, OSError):
    """The disk refused to read or write: full, read-only, not allowed, or failing.

    Also an :class:`OSError`, so code that handles a failed write keeps handling it; ``str()`` is the
    sentence: what did not happen, why, what is still safe, and what to do.
    """

    def __init__(self, fault: str, folder: str, failed: str, kept: str) -> None:
        problem, remedy = STORAGE_FAULTS[fault]
        super().__init__(f"{failed}: {problem.format(folder=folder)}. {kept} {remedy}")
        self.fault = fault
        self.folder = folder

    def retold(self, failed: str, kept: str) -> StorageError:
        """The same fault told from the caller's side ("Your passphrase was not changed")."""
        return type(self)(self.fault, self.folder, failed, kept)


class DiskFullError(StorageError):
    """No space left (or the quota is used up)."""


class ReadOnlyFolderError(StorageError):
    """The folder's disk is read-only, or this account may not write there."""


class DiskIOError(StorageError):
    """The disk reported an input/output error."""


STORAGE_ERROR_TYPES: dict[str, type[StorageError]] = {
    "full": DiskFullError, "quota": DiskFullError, "read-only": ReadOnlyFolderError, "denied": ReadOnlyFolderError,
    "failing": DiskIOError,
}
