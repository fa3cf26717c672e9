"""Finishing a restore that was killed half-way, and removing what killed restores left behind.

A restore (``exchange/backup.py:install_backup``) goes through folders beside the data folder ``V``:

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
import sys
from pathlib import Path

from carerpassport.output_files import fsync_dir

RESTORING = "restoring"
RESTORED = "restored"
#: The only names a restore's folder may hold (the files, SQLite's side files, atomic writes' temps).
OUR_FILES = ("vault.db", "keyslots.json", "vault.db-wal", "vault.db-shm", "vault.db-journal")


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
    fd = os.open(folder, os.O_RDONLY)
    if sys.platform != "win32":
        import fcntl

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
    return (folder / "vault.db").is_file() and (folder / "keyslots.json").is_file()


def _has_vault(data_dir: Path) -> bool:
    return (data_dir / "vault.db").exists()


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
