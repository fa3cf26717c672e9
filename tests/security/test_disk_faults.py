"""A full disk, a read-only folder or a failing disk is named as what it is, in real processes.

Faults are real: ``strace -e inject=...`` makes the kernel's answers fail (ENOSPC, EIO) for a
``python -m carerpassport`` process, a tiny tmpfs runs out of space, and a read-only bind mount refuses
writes (CI runs as root, and root ignores permission bits, so a mode of 0500 would test nothing). The
mounts are made inside ``unshare -m``, so they vanish with the shell that made them.

After each fault: exit code 1, one sentence naming the cause, no traceback, never "not a Carer's
Passport vault", and the vault opens afterwards with everything saved before the fault.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.conftest import IN_CI, PASSPHRASE, require_tool

NEW_PASSPHRASE = "a different passphrase, long enough"
BACKUP_PASSPHRASE = "the backup passphrase is long and odd 7"
BEFORE = "Saved before the fault: I care for my mother."
CAUSES = {"ENOSPC": "is full", "EIO": "input/output error", "EROFS": "read-only"}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    app = PassportApp.create(folder, employee_name="Siân Jones", passphrase=PASSPHRASE).app
    try:
        app.editing.set_answer("caring.responsibilities", BEFORE, shared=True)
        app.editing.add_action("Start at 10:00 on Tuesdays", status="agreed")
    finally:
        app.close()
    (tmp_path / "new-passphrase").write_text(NEW_PASSPHRASE + "\n")
    (tmp_path / "backup-passphrase").write_text(BACKUP_PASSPHRASE + "\n")
    return folder


def command(name: str, tmp: Path, out_dir: Path) -> list[str]:
    return {
        "set": ["set", "caring.responsibilities", "Typed during the fault."],
        "action add": ["action", "add", "--what", "Added during the fault"],
        "export pdf": ["export", "pdf", str(out_dir / "passport.pdf")],
        "backup": ["backup", str(out_dir / "vault.backup.age"), "--passphrase", "--backup-passphrase-file",
                   str(tmp / "backup-passphrase")],
        "key passphrase": ["key", "passphrase", "--new-passphrase-file", str(tmp / "new-passphrase")],
        "key rekey": ["key", "rekey"],
    }[name]


def child_env() -> dict[str, str]:
    # No .pyc writes: they would be the first write() calls and take the injected fault themselves.
    return dict(os.environ, CARERPASSPORT_PASSPHRASE=PASSPHRASE, CARERPASSPORT_NO_KEYRING="1",
                PYTHONDONTWRITEBYTECODE="1")


def assert_told(code: int, err: str, cause: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err and "sqlcipher3" not in err, err
    assert "not a Carer's Passport vault" not in err, err
    assert CAUSES[cause] in err, err
    assert err.startswith("carerpassport: ") and err.count("\n") == 1, err


def assert_intact(folder: Path, err: str, out_dir: Path) -> None:
    """The vault opens with everything saved before; nothing half-written is left about."""
    changed = "is the one that opens the vault now" in err
    app = PassportApp.open(folder, passphrase=NEW_PASSPHRASE if changed else PASSPHRASE)
    try:
        passport = app.editing.passport()
        assert passport.answer("caring.responsibilities").text == BEFORE
        assert [a.what for a in passport.actions] == ["Start at 10:00 on Tuesdays"]
        app.repo.verify_chain()
    finally:
        app.close()
    leftovers = [p.name for d in (folder, out_dir) for p in d.iterdir() if p.name.endswith(".tmp")
                 or p.name.startswith(".carerpassport-probe")]
    assert leftovers == []
    assert not (out_dir / "passport.pdf").exists() and not (out_dir / "vault.backup.age").exists()


# (command, strace fault injection, cause). pwrite64 is how SQLite writes (the first eight extend the
# -shm index while opening, so when=9+ fails the first write of the change itself); write() and fsync()
# are how exports, backups and the key file are written.
STRACE_CASES = [
    ("set", "pwrite64:error=ENOSPC", "ENOSPC"),
    ("set", "pwrite64:error=ENOSPC:when=9+", "ENOSPC"),
    ("set", "fsync:error=EIO", "EIO"),
    ("action add", "pwrite64:error=EIO:when=9+", "EIO"),
    ("export pdf", "write:error=ENOSPC:when=1", "ENOSPC"),
    ("export pdf", "fsync:error=EIO:when=1", "EIO"),
    ("export pdf", "pwrite64:error=ENOSPC:when=9+", "ENOSPC"),
    ("backup", "write:error=ENOSPC:when=1", "ENOSPC"),
    ("backup", "pwrite64:error=ENOSPC:when=9+", "ENOSPC"),
    ("key passphrase", "write:error=ENOSPC:when=1", "ENOSPC"),
    ("key passphrase", "pwrite64:error=ENOSPC:when=9+", "ENOSPC"),
    ("key passphrase", "fsync:error=EIO:when=3", "EIO"),
]


@pytest.mark.parametrize(("name", "inject", "cause"), STRACE_CASES,
                         ids=[f"{n}-{i}" for n, i, _ in STRACE_CASES])
def test_injected_fault_is_named_and_loses_nothing(vault: Path, tmp_path: Path, name: str, inject: str,
                                                   cause: str) -> None:
    strace = require_tool("strace")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = [strace, "-f", "-qq", "-o", "/dev/null", "-e", f"inject={inject}", sys.executable, "-m", "carerpassport",
            f"--data-dir={vault}", *command(name, tmp_path, out_dir)]
    proc = subprocess.run(argv, capture_output=True, text=True, env=child_env(), timeout=120)
    assert_told(proc.returncode, proc.stderr, cause)
    assert_intact(vault, proc.stderr, out_dir)


def run_in_mount_namespace(script: str, tmp_path: Path) -> None:
    """Run a shell script in a private mount namespace (its mounts vanish with it); skip where mounting is
    not allowed, except in CI, which runs as root on this kind of machine and must run these tests."""
    unshare = require_tool("unshare")
    probe = subprocess.run([unshare, "-m", "--propagation", "private", "sh", "-c",
                            f"mount -t tmpfs -o size=64k tmpfs {tmp_path}"], capture_output=True, text=True)
    if probe.returncode != 0:
        message = f"cannot mount here: {probe.stderr.strip()}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    proc = subprocess.run([unshare, "-m", "--propagation", "private", "bash", "-euo", "pipefail", "-c", script],
                          capture_output=True, text=True, env=child_env(), timeout=300)
    assert proc.returncode == 0, proc.stderr


COMMANDS = ["set", "action add", "export pdf", "backup", "key passphrase", "key rekey"]


# 0 and 12 KiB: the journal files cannot even be made; 48 KiB: small saves fit, exports and a re-key do not.
@pytest.mark.parametrize("free_kib", [0, 12, 48])
def test_full_tmpfs(vault: Path, tmp_path: Path, free_kib: int) -> None:
    """A real full disk (with nothing left, and with a little space left): every command names it."""
    mount = tmp_path / "small"
    mount.mkdir()
    results = tmp_path / "results"
    results.mkdir()
    lines = [f"mount -t tmpfs -o size=1m tmpfs {mount}"]
    for i, name in enumerate(COMMANDS):
        args = " ".join(f"'{a}'" for a in command(name, tmp_path, mount))
        lines += [
            f"rm -rf {mount}/vault {mount}/fill; cp -a {vault} {mount}/vault",
            # Fill the disk to within free_kib of full.
            f"free=$(( $(stat -f -c '%a*%S/1024' {mount}) - {free_kib} ))",
            f"dd if=/dev/zero of={mount}/fill bs=1k count=$free status=none || true",
            f"set +e; {sys.executable} -m carerpassport --data-dir={mount}/vault {args} "
            f">/dev/null 2>{results}/{i}.err; echo $? > {results}/{i}.code; set -e",
            f"rm -f {mount}/fill; cp -a {mount}/vault {results}/{i}.vault",
            f"ls -A {mount} > {results}/{i}.ls",
        ]
    run_in_mount_namespace("\n".join(lines), tmp_path)
    failed = 0
    for i, name in enumerate(COMMANDS):
        err = (results / f"{i}.err").read_text()
        code = int((results / f"{i}.code").read_text())
        left = (results / f"{i}.ls").read_text().split()
        assert "Traceback" not in err, (name, err)
        if code == 0:  # there was room enough for this one: then it must have done its work in full
            assert free_kib > 0, (name, err)
            continue
        failed += 1
        assert_told(code, err, "ENOSPC")
        assert [n for n in left if n not in ("vault", "fill")] == [], (name, left)
        assert_intact(results / f"{i}.vault", err, tmp_path / "results")
    assert failed >= 2, "the disk never filled up: the test proved nothing"


def test_read_only_folder(vault: Path, tmp_path: Path) -> None:
    """A vault on a read-only disk, and an export to a read-only folder: named as read-only."""
    results = tmp_path / "results"
    results.mkdir()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    shutil.copytree(vault, tmp_path / "before")
    names = ["show", "set", "export pdf"]
    lines = [f"mount --bind {vault} {vault}", f"mount -o remount,ro,bind {vault}"]
    for i, name in enumerate(names):
        args = " ".join(f"'{a}'" for a in (["show"] if name == "show" else command(name, tmp_path, out_dir)))
        lines.append(f"set +e; {sys.executable} -m carerpassport --data-dir={vault} {args} >/dev/null "
                     f"2>{results}/{i}.err; echo $? > {results}/{i}.code; set -e")
    # The vault writable again, the export's folder read-only.
    lines += [f"umount {vault}", f"mount --bind {out_dir} {out_dir}", f"mount -o remount,ro,bind {out_dir}",
              f"set +e; {sys.executable} -m carerpassport --data-dir={vault} "
              + " ".join(f"'{a}'" for a in command("export pdf", tmp_path, out_dir))
              + f" >/dev/null 2>{results}/3.err; echo $? > {results}/3.code; set -e"]
    run_in_mount_namespace("\n".join(lines), tmp_path)
    for i in range(4):
        err = (results / f"{i}.err").read_text()
        assert_told(int((results / f"{i}.code").read_text()), err, "EROFS")
    assert "could not be opened" in (results / "0.err").read_text()
    assert "passport.pdf was not written" in (results / "3.err").read_text()
    assert_intact(vault, "", out_dir)
    assert sorted(p.name for p in vault.iterdir()) == sorted(p.name for p in (tmp_path / "before").iterdir())


def test_probe_names_each_errno(tmp_path: Path) -> None:
    """The classifier's own probe, under strace, reads the errno the disk gives (EROFS is the read-only
    mount above; EACCES cannot be made for root, so it is checked by hand below)."""
    strace = require_tool("strace")
    code = ("from pathlib import Path; from carerpassport.vault.disk_faults import probe; "
            f"print(probe(Path({str(tmp_path)!r})))")
    seen = {}
    for inject in ("pwrite64:error=ENOSPC", "pwrite64:error=EDQUOT", "fsync:error=EIO", "pwrite64:error=EIO"):
        proc = subprocess.run([strace, "-f", "-qq", "-o", "/dev/null", "-e", f"inject={inject}", sys.executable, "-c",
                               code], capture_output=True, text=True, env=child_env(), timeout=60)
        seen[inject] = proc.stdout.strip() or proc.stderr
    assert seen == {"pwrite64:error=ENOSPC": "full", "pwrite64:error=EDQUOT": "quota", "fsync:error=EIO": "failing",
                    "pwrite64:error=EIO": "failing"}
    assert [p.name for p in tmp_path.iterdir()] == ["tmp"]  # the probe file never stays


def test_permission_denied_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from carerpassport.output_files import atomic_write
    from carerpassport.storage_errors import ReadOnlyFolderError
    from carerpassport.vault import disk_faults

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(disk_faults.os, "open", refuse)
    assert disk_faults.probe(tmp_path) == "denied"
    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(ReadOnlyFolderError, match="not allowed to write in") as caught:
        atomic_write(tmp_path / "x.pdf", b"data")
    assert isinstance(caught.value, OSError)  # callers that handle a failed write keep handling it
    assert not (tmp_path / "x.pdf").exists()


def test_new_recovery_code_is_shown_even_when_the_log_cannot_record_it(vault: Path, tmp_path: Path) -> None:
    """The key file took the new code, then the disk filled: the code was shown before the change was made
    final, and the sentence says it is in effect."""
    strace = require_tool("strace")
    argv = [strace, "-f", "-qq", "-o", "/dev/null", "-e", "inject=pwrite64:error=ENOSPC:when=9+", sys.executable,
            "-m", "carerpassport", f"--data-dir={vault}", "key", "recovery-code"]
    proc = subprocess.run(argv, capture_output=True, text=True, env=child_env(), timeout=120)
    assert_told(proc.returncode, proc.stderr, "ENOSPC")
    assert "Your new recovery code is in effect" in proc.stderr
    code = re.search(r"[A-Z2-7]{5}(-[A-Z2-7]{5}){5}", proc.stdout)
    assert code is not None, proc.stdout
    app = PassportApp.open(vault, recovery_code=code.group(0))
    try:
        assert app.editing.passport().answer("caring.responsibilities").text == BEFORE
    finally:
        app.close()
    failed = subprocess.run([strace, "-f", "-qq", "-o", "/dev/null", "-e", "inject=write:error=ENOSPC:when=1",
                             sys.executable, "-m", "carerpassport", f"--data-dir={vault}", "key", "recovery-code"],
                            capture_output=True, text=True, env=child_env(), timeout=120)
    assert_told(failed.returncode, failed.stderr, "ENOSPC")
    assert "No new recovery code was made" in failed.stderr
    PassportApp.open(vault, recovery_code=code.group(0)).close()  # the code shown before still opens it
