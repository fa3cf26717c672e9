"""Putting a restored vault in place, finishing a restore that was killed half-way, and removing what
killed restores left behind.

A restore (:func:`install_restored`, given the files a backup held) goes through folders beside the data
folder ``V``:

1. ``.V.restoring-XXXX``: the backup's files are written and checked here. Killed now, the copy may be
   incomplete; ``V`` is untouched, and the backup file is still the complete copy.
2. renamed to ``.V.restored-XXXX``: the commit point. The copy is whole and checked.
3. ``V`` renamed to ``V.before-restore-STAMP`` (kept for the user, never deleted), then
4. ``.V.restored-XXXX`` renamed to ``V``.

Killed between 2 and 4, the next start finishes the restore the user confirmed (steps 3-4), so they never
find "There is no vault" with both copies sitting beside it. Killed in 1, the half-written copy is removed
(only when ``V`` holds a vault, and only folders holding nothing but our own files). A restore still
running in another process holds an ``flock`` on its folder, and is left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import atomic_write, fsync_dir, private_dir
from carerpassport.vault.errors import RestoreWouldReplaceError

RESTORING = "restoring"
RESTORED = "restored"
#: The vault's two files (as in ``store.VaultPaths``), and the only names a restore's folder may hold (the
#: files, SQLite's side files, atomic writes' temps).
DB_FILE, SLOTS_FILE = "vault.db", "keyslots.json"
OUR_FILES = (DB_FILE, SLOTS_FILE, "vault.db-wal", "vault.db-shm", "vault.db-journal")


def work_folder(data_dir: Path, stage: str, token: str) -> Path:
    """``.V.restoring-TOKEN`` or ``.V.restored-TOKEN`` beside ``data_dir``."""
    return data_dir.parent / f".{data_dir.name}.{stage}-{token}"


def aside_name(data_dir: Path, now: dt.datetime) -> Path:
    """Where a vault replaced by a restore is kept: ``V.before-restore-STAMP`` (never overwritten)."""
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
    counter = 2
    while candidate.exists():
        candidate = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}-{counter}")
        counter += 1
    return candidate


def lock_folder(folder: Path) -> int:
    """Hold an exclusive lock on ``folder`` (an open descriptor; close it to release, as dying does)."""
    if sys.platform == "win32":  # no flock, and a folder cannot be opened: a descriptor to close, holding nothing
        return os.open(os.devnull, os.O_RDONLY)
    import fcntl

    fd = os.open(folder, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _unlocked(folder: Path) -> int | None:
    """A descriptor holding ``folder``'s lock, or None if a live restore holds it (or it cannot be opened)."""
    if sys.platform == "win32":
        return None  # no flock: never take another process's folder for abandoned
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _ours(folder: Path) -> bool:
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return all(n in OUR_FILES or (n.startswith((".vault.db.", ".keyslots.json.")) and n.endswith(".tmp"))
               for n in names)


def _complete(folder: Path) -> bool:
    return (folder / DB_FILE).is_file() and (folder / SLOTS_FILE).is_file()


def _has_vault(data_dir: Path) -> bool:
    return (data_dir / DB_FILE).exists()


def _work_folders(data_dir: Path, stage: str) -> list[Path]:
    prefix = f".{data_dir.name}.{stage}-"
    try:
        names = sorted(os.listdir(data_dir.parent))
    except OSError:
        return []
    return [data_dir.parent / n for n in names if n.startswith(prefix) and (data_dir.parent / n).is_dir()
            and not (data_dir.parent / n).is_symlink()]


def finish_interrupted_restore(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """Finish a restore killed after its commit point, and remove half-written copies of killed restores.

    Returns the folder the restored vault came from when a restore was finished (else None). Before
    the commit point existed (``.restored-``), a restore renamed ``.restoring-`` straight into place:
    such a complete copy is taken too when ``data_dir`` has no vault.
    """
    data_dir = Path(data_dir)
    finished: Path | None = None
    for stage in (RESTORED, RESTORING):
        for folder in _work_folders(data_dir, stage):
            fd = _unlocked(folder)
            if fd is None:
                continue
            try:
                if not _ours(folder):
                    continue
                if finished is None and _complete(folder) and (stage == RESTORED or not _has_vault(data_dir)):
                    _put_in_place(folder, data_dir, now or dt.datetime.now(dt.UTC))
                    finished = folder
                elif stage == RESTORING and _has_vault(data_dir):
                    _remove(folder)
            finally:
                os.close(fd)
    return finished


def _put_in_place(folder: Path, data_dir: Path, now: dt.datetime) -> None:
    if data_dir.exists():
        if _has_vault(data_dir) or any(data_dir.iterdir()):
            os.replace(data_dir, aside_name(data_dir, now))
        else:
            data_dir.rmdir()
    os.replace(folder, data_dir)
    fsync_dir(data_dir.parent)


def _remove(folder: Path) -> None:
    for name in os.listdir(folder):
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
    with contextlib.suppress(OSError):
        folder.rmdir()


def install_restored(database: bytes, keyslots: bytes, data_dir: Path, *, force: bool,
                     check: Callable[[Path], None] | None = None, now: dt.datetime | None = None) -> Path | None:
    """Put a vault's two files (from a backup) in place as ``data_dir``; returns where an existing folder was
    moved, if any.

    The files are written to a new folder beside ``data_dir`` first and ``check(folder)`` may open them;
    only then is an existing ``data_dir`` renamed aside (never deleted) and the new folder renamed in.
    Without ``force``, an existing non-empty ``data_dir`` is refused with :class:`RestoreWouldReplaceError`.
    """
    data_dir = Path(data_dir)
    occupied = data_dir.exists() and any(data_dir.iterdir())
    if occupied and not force:
        raise RestoreWouldReplaceError(
            _("There is already a vault (or other files) in {data_dir}. Restoring replaces it; the current folder "
              "is kept, renamed, beside it. Confirm to go ahead (on the command line: restore --force).").format(
              data_dir=data_dir))
    private_dir(data_dir.parent)
    token = secrets.token_hex(4)
    staging = work_folder(data_dir, RESTORING, token)
    private_dir(staging)
    # Held until the end (and dropped by dying): a start of the app meanwhile leaves these folders alone.
    lock = lock_folder(staging)
    try:
        try:
            old_umask = os.umask(0o077)
            try:
                atomic_write(staging / DB_FILE, database)
                atomic_write(staging / SLOTS_FILE, keyslots)
            finally:
                os.umask(old_umask)
            if check is not None:
                check(staging)
            # The commit point: from here on a killed restore is finished at the next start
            # (:func:`finish_interrupted_restore`), never left with no vault in place.
            ready = work_folder(data_dir, RESTORED, token)
            os.replace(staging, ready)
            fsync_dir(data_dir.parent)
        except BaseException:
            _remove_staging(staging)
            raise
        moved: Path | None = None
        if data_dir.exists():
            if occupied:
                moved = aside_name(data_dir, now or dt.datetime.now(dt.UTC))
                os.replace(data_dir, moved)
            else:
                data_dir.rmdir()
        os.replace(ready, data_dir)
        fsync_dir(data_dir.parent)
    finally:
        os.close(lock)
    return moved


def _remove_staging(staging: Path) -> None:
    # Only files we wrote a moment ago (still encrypted with the vault key) and SQLite's own side files.
    for child in staging.iterdir() if staging.exists() else []:
        with contextlib.suppress(OSError):
            if child.is_dir():
                for inner in child.iterdir():
                    inner.unlink()
                child.rmdir()
            else:
                child.unlink()
    with contextlib.suppress(OSError):
        staging.rmdir()
