"""Half-done operations, as real processes killed (SIGKILL) at each step.

``strace -e inject=rename:delay_enter=...:when=N`` holds the process just before its N-th rename; once
strace's log shows it has got there, the process is killed. The next start must then find a whole vault:
a restore killed after its commit point is finished, one killed before it leaves the old vault in place
and no half-written copy behind; a killed backup's temp file is removed at the next start; and
``change-manager --export`` either changes the manager and records the export, or changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.conftest import IN_CI, PASSPHRASE, require_tool

HOLD_MICROSECONDS = 60_000_000


def env(**extra: str) -> dict[str, str]:
    return dict(os.environ, CARERPASSPORT_PASSPHRASE=PASSPHRASE, CARERPASSPORT_NO_KEYRING="1",
                PYTHONDONTWRITEBYTECODE="1", **extra)


def cli(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carerpassport", *args], capture_output=True, text=True,
                          env=env(**extra), timeout=120)


def kill_at_rename(args: list[str], number: int, log: Path, **extra: str) -> None:
    """Run the CLI with ``args`` and SIGKILL it just before its ``number``-th rename."""
    strace = require_tool("strace")
    proc = subprocess.Popen([strace, "-f", "-qq", "-o", str(log), "-e", "trace=rename",
                             "-e", f"inject=rename:delay_enter={HOLD_MICROSECONDS}:when={number}",
                             sys.executable, "-m", "carerpassport", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env(**extra),
                            start_new_session=True)
    deadline = time.monotonic() + 90
    try:
        while (log.read_text().count("rename(") if log.exists() else 0) < number:
            assert proc.poll() is None, f"finished before rename {number}: {proc.stderr.read() if proc.stderr else ''}"
            assert time.monotonic() < deadline, "never reached the rename"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture
def vault_with_backup(tmp_path: Path) -> tuple[Path, Path, str]:
    """A vault whose backup holds "in the backup"; the vault itself has moved on to "after the backup"."""
    data_dir = tmp_path / "home" / "vault"
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE)
    app, code = created.app, str(created.recovery_code)
    try:
        app.editing.set_answer("caring.responsibilities", "in the backup")
        backup = tmp_path / "vault.backup.age"
        app.backups.backup(backup, recovery_code=code)
        app.editing.set_answer("caring.responsibilities", "after the backup")
    finally:
        app.close()
    return data_dir, backup, code


def answer(data_dir: Path) -> str:
    app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        app.integrity.quick_check()
        return app.editing.passport().answer("caring.responsibilities").text
    finally:
        app.close()


# The renames of 'restore --force': vault.db and keyslots.json into the staging folder (1, 2), the
# staging folder to its committed name (3), the old vault aside (4), the restored vault into place (5).
@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_restore_killed_at_each_rename_is_finished_or_rolled_back(vault_with_backup: tuple[Path, Path, str],
                                                                  tmp_path: Path, number: int) -> None:
    data_dir, backup, code = vault_with_backup
    kill_at_rename([f"--data-dir={data_dir}", "restore", str(backup), "--force"], number, tmp_path / "strace.log",
                   CARERPASSPORT_RECOVERY_CODE=code)
    home = data_dir.parent
    left = sorted(p.name for p in home.iterdir())
    if number <= 3:
        assert any(".restoring-" in n for n in left) or number == 1, left  # the half-done copy is there
    else:
        assert any(".restored-" in n for n in left), left
    if number == 5:
        assert "vault" not in left, left  # what a user saw before: "There is no vault ... Create one first"
    shown = cli(f"--data-dir={data_dir}", "show", "--json")  # the next start, a fresh process
    assert shown.returncode == 0, shown.stderr
    text = json.loads(shown.stdout)["answers"]["caring.responsibilities"]["text"]
    left = sorted(p.name for p in home.iterdir())
    assert [n for n in left if ".restoring-" in n or ".restored-" in n] == [], left
    if number <= 3:  # killed before the commit point: the old vault stays, untouched
        assert text == "after the backup"
        assert left == ["vault"]
    else:  # killed after it: the restore the user confirmed is finished, and the old vault kept aside
        assert text == "in the backup"
        aside = [n for n in left if n.startswith("vault.before-restore-")]
        assert len(aside) == 1, left
        assert answer(home / aside[0]) == "after the backup"


def test_killed_backup_leaves_no_temp_file(vault_with_backup: tuple[Path, Path, str],
                                                          tmp_path: Path) -> None:
    data_dir, _, code = vault_with_backup
    out = tmp_path / "again.backup.age"
    kill_at_rename([f"--data-dir={data_dir}", "backup", str(out)], 1, tmp_path / "strace.log",
                   CARERPASSPORT_RECOVERY_CODE=code)
    temps = [p.name for p in tmp_path.iterdir() if re.fullmatch(r"\.again\.backup\.age\.\w{8}\.tmp", p.name)]
    assert len(temps) == 1 and not out.exists()
    assert answer(data_dir) == "after the backup"  # the vault is whole, and opening it removed the temp file
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    again = cli(f"--data-dir={data_dir}", "backup", str(out), CARERPASSPORT_RECOVERY_CODE=code)
    assert again.returncode == 0, again.stderr
    assert out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def manager_state(data_dir: Path) -> tuple[str, int, int]:
    app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        return (app.editing.passport().manager.name, len(app.repo.events("manager_changed")), len(app.shares.shares()))
    finally:
        app.close()


def test_change_manager_killed_at_the_export_is_all_or_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    PassportApp.create(data_dir, employee_name="Siân Jones", manager_name="Bob Smith",
                       passphrase=PASSPHRASE).app.close()
    out = tmp_path / "for-dan.pdf"
    kill_at_rename([f"--data-dir={data_dir}", "change-manager", "--confirm-outside-agreement", "--name", "Dan Other",
                    "--export", str(out)], 1,
                   tmp_path / "strace.log")
    name, changes, shares = manager_state(data_dir)
    # Killed between the vault's commit and the file's rename: the change and the share are recorded (the
    # export can be made again); never a file out in the world that the sharing record does not know of.
    assert not out.exists()
    assert (name, changes, shares) in (("Bob Smith", 0, 0), ("Dan Other", 1, 1))


@pytest.mark.english
def test_change_manager_export_to_a_read_only_folder_changes_nothing(tmp_path: Path) -> None:
    unshare = require_tool("unshare")
    data_dir = tmp_path / "vault"
    PassportApp.create(data_dir, employee_name="Siân Jones", manager_name="Bob Smith",
                       passphrase=PASSPHRASE).app.close()
    locked = tmp_path / "locked"
    locked.mkdir()
    script = (f"mount --bind {locked} {locked} && mount -o remount,ro,bind {locked} && "
              f"{sys.executable} -m carerpassport --data-dir={data_dir} change-manager --confirm-outside-agreement "
              f"--name 'Dan Other' "
              f"--export {locked}/for-dan.pdf")
    proc = subprocess.run([unshare, "-m", "--propagation", "private", "sh", "-c", script], capture_output=True,
                          text=True, env=env(), timeout=120)
    if "mount" in proc.stderr and "permission denied" in proc.stderr.lower():
        if IN_CI:
            pytest.fail(proc.stderr)
        pytest.skip(proc.stderr)
    assert proc.returncode == 1, proc.stderr
    assert "read-only" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert manager_state(data_dir) == ("Bob Smith", 0, 0)
    assert list(locked.iterdir()) == []
