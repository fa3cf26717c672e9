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


class InputFileError(PassportError):
    """A chosen file that cannot be read as an import: missing, a folder, a device, too large, unreadable."""


def read_input_file(path: Path, *, max_bytes: int, what: str,
                    error: type[PassportError] = InputFileError) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes``; else ``error`` with a sentence.

    ``what`` names the kind of file in the message ("a passport PDF", "a backup").
    """
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(f"{path.name} does not exist (looked in {path.parent}).") from None
    except IsADirectoryError:
        raise error(f"{path.name} is a folder, not {what}.") from None
    except PermissionError:
        raise error(f"You do not have permission to read {path.name}.") from None
    except OSError as exc:
        raise error(f"{path.name} cannot be opened: {exc.strerror or exc}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path.name} is a folder, not {what}.")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path.name} is not an ordinary file (it is a device, pipe or socket), so it cannot be "
                        f"{what}.")
        if info.st_size > max_bytes:
            raise error(f"{path.name} is {_size(info.st_size)}; {what} is far smaller (at most {_size(max_bytes)}). "
                        "Check you chose the right file.")
        data = _read_at_most(fd, max_bytes + 1)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise error(f"{path.name} is a folder, not {what}.") from None
        raise error(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while we read it
        raise error(f"{path.name} is larger than {what} can be (at most {_size(max_bytes)}).")
    return data


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(fd, min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
