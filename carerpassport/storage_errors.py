"""The disk refusing to read or write, as typed errors with a sentence: shared by the vault and by every file
the app writes (exports, backups, identity cards), so neither layer needs the other to say "the disk is full".

The operating system's errno says which fault it is; the vault adds SQLite's result codes on top
(:mod:`carerpassport.vault.disk_faults`).
"""

from __future__ import annotations

import errno
from pathlib import Path

from carerpassport.domain.errors import PassportError
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: What went wrong with the disk, as the user would put it: (the problem, what to do about it).
#: ``{folder}`` is the folder the app was writing in.
STORAGE_FAULTS = {
    "full": (N_("the disk that holds {folder} is full"),
             N_("Free some space on that disk (or choose another folder), then try again.")),
    "quota": (N_("your storage quota on the disk that holds {folder} is used up"),
              N_("Delete files you no longer need (or ask for a bigger quota), then try again.")),
    "read-only": (N_("{folder} is on a disk that is read-only (mounted read-only, or a write-protected card or "
                     "stick)"),
                  N_("Make it writable again (or choose another folder), then try again.")),
    "denied": (N_("this account is not allowed to write in {folder}"),
               N_("Check that the folder belongs to you and may be written to (or choose another folder), "
                  "then try again.")),
    "failing": (N_("the disk that holds {folder} reported an input/output error"),
                N_("The disk may be failing: make a backup onto another disk as soon as you can "
                   "(carerpassport backup), then try again.")),
}


class StorageError(PassportError, OSError):
    """The disk refused to read or write: full, read-only, not allowed, or failing.

    Also an :class:`OSError`, so code that handles a failed write keeps handling it; ``str()`` is the
    sentence: what did not happen, why, what is still safe, and what to do.
    """

    def __init__(self, fault: str, folder: str, failed: str, kept: str) -> None:
        problem, remedy = STORAGE_FAULTS[fault]
        # Translators: {failed} says what did not happen, {problem} why (a phrase starting in lower case),
        # {kept} what is still safe, {remedy} what to do.
        super().__init__(_("{failed}: {problem}. {kept} {remedy}").format(
            failed=failed, problem=_(problem).format(folder=folder), kept=kept, remedy=_(remedy)))
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

#: What each errno of a refused read or write means.
ERRNO_FAULTS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "quota",
    errno.EROFS: "read-only",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EIO: "failing",
}


def file_storage_error(exc: OSError, folder: Path, *, failed: str, kept: str) -> StorageError | None:
    """The typed error for a file operation's ``exc`` told as "``failed``: why. ``kept`` What to do.", or
    None when its errno is not the disk refusing (the caller re-raises it)."""
    if isinstance(exc, StorageError):
        return exc
    fault = ERRNO_FAULTS.get(exc.errno or 0)
    if fault is None:
        return None
    return STORAGE_ERROR_TYPES[fault](fault, str(folder), failed, kept)
