"""Finishing a killed restore, and removing what killed restores left: only our own folders, only when
no live restore holds them, never the user's old vault."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from carerpassport.vault.interrupted_restore import (
    RESTORED,
    RESTORING,
    finish_interrupted_restore,
    lock_folder,
    work_folder,
)

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def copy(folder: Path, marker: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "vault.db").write_text(marker)
    (folder / "keyslots.json").write_text("{}")
    return folder


def test_nothing_to_do(home: Path) -> None:
    copy(home / "V", "current")
    assert finish_interrupted_restore(home / "V") is None
    assert sorted(p.name for p in home.iterdir()) == ["V"]


def test_committed_copy_replaces_the_vault_which_is_kept_aside(home: Path) -> None:
    copy(home / "V", "current")
    ready = copy(work_folder(home / "V", RESTORED, "abcd1234"), "restored")
    assert finish_interrupted_restore(home / "V", NOW) == ready
    assert (home / "V" / "vault.db").read_text() == "restored"
    assert (home / "V.before-restore-20261201T120000Z" / "vault.db").read_text() == "current"


def test_killed_between_the_renames(home: Path) -> None:
    copy(home / "V.before-restore-20261201T110000Z", "current")
    copy(work_folder(home / "V", RESTORED, "abcd1234"), "restored")
    finish_interrupted_restore(home / "V", NOW)
    assert (home / "V" / "vault.db").read_text() == "restored"
    assert sorted(p.name for p in home.iterdir()) == ["V", "V.before-restore-20261201T110000Z"]


def test_old_style_complete_copy_is_taken_only_when_no_vault_is_in_place(home: Path) -> None:
    copy(work_folder(home / "V", RESTORING, "abcd1234"), "restored")
    finish_interrupted_restore(home / "V", NOW)
    assert (home / "V" / "vault.db").read_text() == "restored"


def test_half_written_copy_is_removed_when_a_vault_is_in_place(home: Path) -> None:
    copy(home / "V", "current")
    staging = work_folder(home / "V", RESTORING, "abcd1234")
    staging.mkdir()
    (staging / ".vault.db.k2j4h5g6.tmp").write_text("half")
    assert finish_interrupted_restore(home / "V", NOW) is None
    assert not staging.exists()
    assert (home / "V" / "vault.db").read_text() == "current"


def test_a_folder_holding_anything_else_is_left_alone(home: Path) -> None:
    copy(home / "V", "current")
    staging = copy(work_folder(home / "V", RESTORING, "abcd1234"), "x")
    (staging / "my-notes.txt").write_text("not ours")
    ready = copy(work_folder(home / "V", RESTORED, "beef5678"), "y")
    (ready / "photo.jpg").write_text("not ours")
    assert finish_interrupted_restore(home / "V", NOW) is None
    assert staging.exists() and ready.exists()
    assert (home / "V" / "vault.db").read_text() == "current"


def test_a_restore_still_running_is_left_alone(home: Path) -> None:
    copy(home / "V", "current")
    staging = work_folder(home / "V", RESTORING, "abcd1234")
    staging.mkdir()
    fd = lock_folder(staging)
    try:
        ready = copy(work_folder(home / "V", RESTORED, "beef5678"), "y")
        held = lock_folder(ready)
        try:
            assert finish_interrupted_restore(home / "V", NOW) is None
        finally:
            os.close(held)
        assert staging.exists() and ready.exists()
    finally:
        os.close(fd)
