"""The plain-text archive inside a bundle or a backup: an uncompressed POSIX (ustar) tar, read strictly.

Why tar and not zip: a tar is one sequence of headers and contents, so there is only one answer to "what
is in it"; a zip has a central directory and local headers that can disagree, a classic way to show a
checker one file and an extractor another. We never extract to disk: each member is read into memory
only after its name, type and size passed the checks, and only names the caller expects are accepted.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Mapping, Sequence

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import NotAPassportFileError

_PLAIN_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE)


class UnsafeArchiveError(NotAPassportFileError):
    """The archive holds something a file made by this app never holds."""


def write_archive(members: Sequence[tuple[str, bytes]], mtime: int = 0) -> bytes:
    """A ustar archive of ``members`` (name, data) in order; owner-only mode, no user or group names."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = mtime
            info.mode = 0o600
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def member_record(data: bytes) -> dict[str, object]:
    """What a manifest records of one member: its SHA-256 and size."""
    return {"sha256": sha256_hex(data), "size": len(data)}


def first_mismatch(members: Mapping[str, bytes], recorded: Mapping[str, tuple[str, int]],
                   names: Sequence[str]) -> str | None:
    """The first of ``names`` whose bytes differ from the (sha256, size) the manifest ``recorded``, if any."""
    for name in names:
        digest, size = recorded[name]
        if len(members[name]) != size or sha256_hex(members[name]) != digest:
            return name
    return None


def read_archive(data: bytes, *, limits: Mapping[str, int], required: Sequence[str], max_total: int,
                 what: str) -> dict[str, bytes]:
    """The members of a tar in ``data``, refusing anything but the names in ``limits``.

    ``limits`` maps each allowed name to its largest size; every name in ``required`` must be present.
    Refused, each with its reason: not a tar, compressed, cut short, pax and GNU extension headers (we
    write plain ustar, and ``tarfile`` interprets those headers before we could look at them), links,
    folders and devices, sparse files, names with a path in them (``../``, ``/``), the same name twice,
    unknown names, sizes over the limit.
    """
    _check_headers(data, len(limits), what)
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    except (tarfile.TarError, EOFError) as exc:
        raise UnsafeArchiveError(_("The {what} does not hold a readable archive ({exc}).").format(
                                     what=what, exc=exc)) from None
    members: dict[str, bytes] = {}
    total = 0
    with archive:
        for _member in range(len(limits) + 1):
            info = _next_member(archive, what)
            if info is None:
                break
            size = _check_member(info, members, limits, what)
            total += size
            if total > max_total:
                raise UnsafeArchiveError(_("The {what} unpacks to more than {max_total:,} bytes; refused.").format(
                                             what=what, max_total=max_total))
            members[info.name] = _member_bytes(archive, info, size, what)
        else:
            raise UnsafeArchiveError(_("The {what} holds more than {count} files; a real one holds "
                                       "only {limits}.").format(
                                       what=what, count=len(limits), limits=', '.join(sorted(limits))))
    missing = [name for name in required if name not in members]
    if missing:
        raise UnsafeArchiveError(_("The {what} has no {missing}; it is incomplete.").format(
                                     what=what, missing=', '.join(missing)))
    return members


def _next_member(archive: tarfile.TarFile, what: str) -> tarfile.TarInfo | None:
    try:
        return archive.next()
    except (tarfile.TarError, EOFError) as exc:
        raise UnsafeArchiveError(_("The archive inside the {what} is damaged ({exc}).").format(
                                     what=what, exc=exc)) from None


def _member_bytes(archive: tarfile.TarFile, info: tarfile.TarInfo, size: int, what: str) -> bytes:
    try:
        handle = archive.extractfile(info)
        content = handle.read() if handle is not None else b""
    except (tarfile.TarError, EOFError):  # tarfile.ReadError("unexpected end of data") on a cut archive
        content = b""
    if len(content) != size:
        raise UnsafeArchiveError(_("The archive inside the {what} is cut short: {name!r} should be "
                                   "{size:,} bytes and is not all there.").format(
                                   what=what, name=info.name[:80], size=size))
    return content


_BLOCK = 512
#: Type flags of a plain file in a ustar header; everything else (pax ``x``/``g``, GNU ``L``/``K``/``S``,
#: links, devices, folders) is refused.
_PLAIN_TYPE_FLAGS = (b"0", b"\0")


def _check_headers(data: bytes, max_members: int, what: str) -> None:
    """Walk the ustar headers ourselves before ``tarfile`` sees them: only plain-file headers with an
    ordinary octal size. ``tarfile`` parses pax and GNU headers as it reads them (raising ``ValueError``
    or ``OverflowError`` on hostile GNU.sparse maps and 20,000-digit sizes), so they must never reach it."""
    offset = 0
    for _member in range(max_members + 1):
        header = data[offset:offset + _BLOCK]
        if len(header) < _BLOCK or header == bytes(_BLOCK):
            return  # the end (or a short archive, which tarfile reports as cut short)
        name = header[:100].split(b"\0", 1)[0].decode("utf-8", "replace")[:80]
        flag = header[156:157]
        if flag not in _PLAIN_TYPE_FLAGS:
            kind = _HEADER_KINDS.get(flag, "a link, folder or special file")
            raise UnsafeArchiveError(_("The {what} holds {kind} ({name!r}, type {flag!r}), not a "
                                       "plain file; a file made by this app never holds one, so it is refused.").format(
                                       what=what, kind=kind, name=name, flag=flag.decode('latin-1')))
        size_field = header[124:136].strip(b" \0")
        if not size_field or len(size_field) > 11 or any(c not in b"01234567" for c in size_field):
            raise UnsafeArchiveError(_("The archive inside the {what} is damaged (the size of {name!r} is not a "
                                       "plain number).").format(what=what, name=name))
        size = int(size_field, 8)
        offset += _BLOCK + size + (-size % _BLOCK)


_HEADER_KINDS = {b"x": "a pax extended header", b"g": "a pax global header", b"L": "a GNU long-name header",
                 b"K": "a GNU long-link header", b"S": "a GNU sparse file", b"1": "a hard link",
                 b"2": "a symbolic link",
                 b"3": "a character device", b"4": "a block device", b"5": "a folder", b"6": "a FIFO"}


def _check_member(info: tarfile.TarInfo, seen: Mapping[str, bytes], limits: Mapping[str, int], what: str) -> int:
    name = info.name
    shown = repr(name[:80])
    if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or "/" in name or "\\" in name:
        raise UnsafeArchiveError(_("The {what} holds a file with a path in its name ({shown}); "
                                   "that could write outside its folder, so it is refused.").format(
                                   what=what, shown=shown))
    if info.type not in _PLAIN_FILE_TYPES or info.issparse():
        raise UnsafeArchiveError(_("The {what} holds {shown}, which is a link, folder or special file, "
                                   "not a plain file; refused.").format(what=what, shown=shown))
    if name in seen:
        raise UnsafeArchiveError(_("The {what} holds {shown} twice; a checker and a reader could see "
                                   "different copies, so it is refused.").format(what=what, shown=shown))
    if name not in limits:
        raise UnsafeArchiveError(_("The {what} holds an unexpected file {shown}; a real one holds only "
                                   "{limits}.").format(what=what, shown=shown, limits=', '.join(sorted(limits))))
    if info.size < 0 or info.size > limits[name]:
        raise UnsafeArchiveError(_("{name} in the {what} is {size:,} bytes, over the {limits:,}-byte "
                                   "limit; refused.").format(
                                   name=name, what=what, size=info.size, limits=limits[name]))
    return int(info.size)
