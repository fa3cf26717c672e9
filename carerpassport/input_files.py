"""Reading a file the user chose to import, safely: a regular file only, its size known before reading.

Every importer (PDF, bundle, backup, identity card, template) reads through :func:`read_input_file`, so
``/dev/zero`` cannot grow the process to gigabytes, a FIFO cannot block forever and a folder gets a
sentence instead of a traceback. It sits outside ``vault/`` and ``exchange/`` because both use it; it
imports only the domain's errors.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from carerpassport.domain.errors import PassportError
from carerpassport.domain.wording import gettext as _


class InputFileError(PassportError):
    """A chosen file that cannot be read as an import: missing, a folder, a device, too large, unreadable."""


def read_input_file(path: Path, *, max_bytes: int, what: str, error: type[PassportError] = InputFileError,
                    too_large: type[PassportError] | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes``; else ``error`` with a sentence.

    ``what`` names the kind of file in the message ("a passport PDF", "a backup"). ``too_large``, if given,
    is raised instead of ``error`` for a file over ``max_bytes`` (callers that tell that case apart).
    """
    path = Path(path)
    too_large = too_large or error
    fd, size = _open_regular_file(path, what, error)
    try:
        if size > max_bytes:
            raise too_large(_("{name} is {size}; {what} is far smaller (at most {max_bytes}). "
                              "Check you chose the right file.").format(
                              name=path.name, size=_size(size), what=what, max_bytes=_size(max_bytes)))
        data = _read_at_most(fd, max_bytes + 1, path, what, error)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while we read it
        raise too_large(_("{name} is larger than {what} can be (at most {max_bytes}).").format(
                            name=path.name, what=what, max_bytes=_size(max_bytes)))
    return data


def read_input_head(path: Path, count: int, *, what: str, error: type[PassportError] = InputFileError) -> bytes:
    """The first ``count`` bytes of ``path`` (to tell file types apart), with the same refusals as
    :func:`read_input_file`: a device, FIFO or folder is refused instead of read or waited on."""
    path = Path(path)
    fd, _ = _open_regular_file(path, what, error)
    try:
        return _read_at_most(fd, count, path, what, error)
    finally:
        os.close(fd)


def _open_regular_file(path: Path, what: str, error: type[PassportError]) -> tuple[int, int]:
    """An open descriptor of ``path`` and its size, refusing anything but a regular file."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(_("{name} does not exist (looked in {parent}).").format(
                        name=path.name, parent=path.parent)) from None
    except IsADirectoryError:
        raise error(_("{name} is a folder, not {what}.").format(name=path.name, what=what)) from None
    except PermissionError:
        raise error(_("You do not have permission to read {name}.").format(name=path.name)) from None
    except OSError as exc:
        raise error(_("{name} cannot be opened: {value}.").format(
                        name=path.name, value=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise error(_("{name} could not be read: {value}.").format(
                        name=path.name, value=exc.strerror or exc)) from None
    if stat.S_ISREG(info.st_mode):
        return fd, info.st_size
    os.close(fd)
    if stat.S_ISDIR(info.st_mode):
        raise error(_("{name} is a folder, not {what}.").format(name=path.name, what=what))
    raise error(_("{name} is not an ordinary file (it is a device, pipe or socket), so it cannot be {what}.").format(
                    name=path.name, what=what))


def _read_at_most(fd: int, limit: int, path: Path, what: str, error: type[PassportError]) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        while total < limit:
            chunk = os.read(fd, min(1 << 20, limit - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise error(_("{name} is a folder, not {what}.").format(name=path.name, what=what)) from None
        raise error(_("{name} could not be read: {value}.").format(
                        name=path.name, value=exc.strerror or exc)) from None
    return b"".join(chunks)


def _size(n: int) -> str:
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
