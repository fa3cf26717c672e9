"""Atomic, private file writes: temp file in the same folder, chmod 600, fsync, rename.

The one way every layer writes a file (the vault's key slots, exports, backups, identity cards), beside
:mod:`carerpassport.input_files` (the one way files from outside are read); it imports only the domain's
and the disk's errors, so the vault and the exchange formats can both use it.

Written by hand because the standard library has no atomic write; this is the same recipe Electrum's
``storage.py`` uses. A crash at any moment leaves either the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from carerpassport.domain.wording import gettext as _
from carerpassport.storage_errors import file_storage_error

T = TypeVar("T")


def _lock(fd: int, *, wait: bool) -> None:
    """An exclusive ``flock`` on ``fd`` (raises ``OSError`` when not ``wait`` and another process holds it).
    Windows has no flock; there a temp file is never taken for abandoned, so none is removed."""
    if sys.platform == "win32":
        if not wait:
            raise OSError("cannot tell whether another process holds this file")
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; the file is readable by its owner only.

    A full, read-only or failing disk raises a :class:`~carerpassport.storage_errors.StorageError` (also an
    ``OSError``) that says so; ``path`` is then unchanged.
    """
    with staged_write(path, data):
        pass


@contextlib.contextmanager
def staged_write(path: Path, data: bytes) -> Iterator[None]:
    """Write ``data`` to a private temp file beside ``path`` (fsynced), run the ``with`` body, and only if it
    succeeds rename the file into place. For "write the file and record it" as one step: if recording
    fails (say the disk filled up), no file appears and any earlier ``path`` is unchanged."""
    staged = StagedFile(path, data)
    try:
        yield
    except BaseException:
        staged.discard()
        raise
    staged.commit()


class StagedFile:
    """A file written and fsynced under a temp name beside ``path``, put in place by :meth:`commit` or
    removed by :meth:`discard`. The temp file stays locked (``flock``) while this process holds it, so
    the next write to the same name can tell a temp file left by a killed process (unlocked: removed)
    from one still being written."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = Path(path)
        remove_abandoned_temps(self.path)
        self._fd, self._tmp = _translated(self.path, lambda: _write_temp(self.path, data))

    def commit(self) -> None:
        try:
            _translated(self.path, lambda: os.replace(self._tmp, self.path))
        except BaseException:
            self.discard()
            raise
        os.close(self._fd)
        self._fd = -1
        fsync_dir(self.path.parent)

    def discard(self) -> None:
        if self._fd < 0:
            return
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)
        os.close(self._fd)
        self._fd = -1


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_abandoned_temps(path: Path) -> None:
    """Remove temp files of earlier writes to ``path`` whose writer died (a killed export or backup).
    Only our own names (``.NAME.<8 random>.tmp``), only regular files, only when no process holds them."""
    if sys.platform == "win32":
        return  # no flock (and no O_NOFOLLOW): a live writer's temp file cannot be told from an abandoned one
    prefix = _temp_prefix(path)
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")
                 and len(n) == len(prefix) + 8 + len(".tmp")]
    except OSError:
        return
    for name in names:
        candidate = path.parent / name
        try:
            fd = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            _lock(fd, wait=False)  # held by a live writer: leave it alone
            os.unlink(candidate)
        except OSError:
            continue
        finally:
            os.close(fd)


def _translated(path: Path, step: Callable[[], T]) -> T:
    try:
        return step()
    except OSError as exc:
        error = file_storage_error(exc, path.parent, failed=_("{name} was not written").format(name=path.name),
                              kept=_("Nothing was written there, and any earlier file of that name is unchanged."))
        if error is None:
            raise
        raise error from exc


def _write_temp(path: Path, data: bytes) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        _lock(fd, wait=True)
        if hasattr(os, "fchmod"):  # Windows has no fchmod before Python 3.13; mkstemp made it 0600 anyway
            os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        os.close(fd)
        raise
    return fd, tmp


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
