"""Atomic, private file writes: temp file in the same folder, chmod 600, fsync, rename.

Written by hand because the standard library has no atomic write; this is the same recipe Electrum's
``storage.py`` uses. A crash at any moment leaves either the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from carerpassport.vault.disk_faults import storage_error

T = TypeVar("T")


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; the file is readable by its owner only.

    A full, read-only or failing disk raises a :class:`~carerpassport.vault.errors.StorageError` (also an
    ``OSError``) that says so; ``path`` is then unchanged.
    """
    with staged_write(path, data):
        pass


@contextlib.contextmanager
def staged_write(path: Path, data: bytes) -> Iterator[None]:
    """Write ``data`` to a private temp file beside ``path`` (fsynced), run the ``with`` body, and only if it
    succeeds rename the file into place. For "write the file and record it" as one step: if recording
    fails (say the disk filled up), no file appears and any earlier ``path`` is unchanged."""
    path = Path(path)
    tmp = _translated(path, lambda: _write_temp(path, data))
    try:
        yield
        _translated(path, lambda: os.replace(tmp, path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _translated(path: Path, step: Callable[[], T]) -> T:
    try:
        return step()
    except OSError as exc:
        error = storage_error(exc, path.parent, failed=f"{path.name} was not written",
                              kept="Nothing was written there, and any earlier file of that name is unchanged.")
        if error is None:
            raise
        raise error from exc


def _write_temp(path: Path, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path
