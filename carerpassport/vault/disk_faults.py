"""Telling a disk problem from a damaged or foreign vault: one classifier for every low-level failure.

SQLite reports a failed write as a result code (``SQLITE_FULL``, ``SQLITE_IOERR_*``, ``SQLITE_READONLY``,
``SQLITE_CANTOPEN``) and keeps the operating system's errno to itself; Python's binding does not expose
``sqlite3_system_errno``. So when SQLite's code says "the disk said no" we ask the disk ourselves: write
and fsync a page in a probe file in the same folder, and read the errno that gives (ENOSPC, EDQUOT, EROFS,
EACCES, EIO). When the probe succeeds, less than 1 MiB free still means "full"; otherwise SQLite's code
decides.
An :class:`OSError` carries its errno, so it needs no probe.

Before this, every failure to open was called "not a Carer's Passport vault ... restore from a backup":
advice that could make someone replace a good vault because their disk was full.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from carerpassport.storage_errors import ERRNO_FAULTS, STORAGE_ERROR_TYPES, StorageError

# SQLite primary result codes (the low byte of the extended code Python reports).
SQLITE_ERROR, SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = (
    1, 3, 8, 10, 11, 13, 14)
SQLITE_NOTADB = 26
#: Codes meaning the disk or folder refused, and what each means when the probe cannot tell more.
_SQLITE_FAULTS: dict[int, str | None] = {SQLITE_FULL: "full", SQLITE_READONLY: "read-only", SQLITE_PERM: "denied",
                                         SQLITE_IOERR: "failing", SQLITE_CANTOPEN: None}
#: Extended codes of a failed *read* (SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ).
SQLITE_READ_FAILURES = (SQLITE_IOERR | 1 << 8, SQLITE_IOERR | 2 << 8)


def sqlite_code(exc: BaseException) -> int:
    """SQLite's extended result code carried by a ``sqlcipher3`` error (0 when there is none)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0)


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "database disk image is malformed" and "file is not a database"."""
    return sqlite_code(exc) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def probe(folder: Path) -> str | None:
    """Write and fsync one page in ``folder`` and say which fault the disk reports, if any."""
    path = Path(folder) / f".carerpassport-probe-{secrets.token_hex(4)}"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return ERRNO_FAULTS.get(exc.errno or 0)
    try:
        # pwrite, as SQLite writes: a fault injected into SQLite's writes reaches the probe the same way.
        os.pwrite(fd, b"\0" * 4096, 0)
        os.fsync(fd)
    except OSError as exc:
        return ERRNO_FAULTS.get(exc.errno or 0)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
    return None


def storage_fault(exc: BaseException, folder: Path, *, generic: bool = False) -> str | None:
    """``"full"``, ``"quota"``, ``"read-only"``, ``"denied"`` or ``"failing"`` if ``exc`` is the disk or
    folder refusing; None for anything else (a bug of ours, a damaged file, a busy vault).

    ``generic``: the statement reports every failure as plain ``SQLITE_ERROR`` (SQLCipher's ``PRAGMA
    rekey`` does), so ask the disk about that code too.
    """
    if isinstance(exc, StorageError):
        return exc.fault
    if isinstance(exc, OSError):
        return ERRNO_FAULTS.get(exc.errno or 0)
    code = sqlite_code(exc)
    if generic and code == SQLITE_ERROR:
        return probe(folder) or _nearly_full(folder)
    if code & 0xFF not in _SQLITE_FAULTS:
        return None
    if code in SQLITE_READ_FAILURES:
        return "failing"  # a read failed: probing with a write would only say whether writing works
    return probe(folder) or _nearly_full(folder) or _SQLITE_FAULTS[code & 0xFF]


#: Below this much free space, a failed write that the one-page probe survived is put down to the disk
#: filling up (SQLite may have needed more than a page: its journal index alone grows by 32 KiB).
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(folder: Path) -> str | None:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # statvfs is POSIX only
        return None
    return "full" if stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES else None


def storage_error(exc: BaseException, folder: Path, *, failed: str, kept: str,
                  generic: bool = False) -> StorageError | None:
    """The typed error for ``exc`` told as "``failed``: why. ``kept`` What to do.", or None when ``exc`` is
    not a disk problem (the caller re-raises it: a bug of ours is reported as ours)."""
    fault = storage_fault(exc, folder, generic=generic)
    if fault is None:
        return None
    return STORAGE_ERROR_TYPES[fault](fault, str(folder), failed, kept)
