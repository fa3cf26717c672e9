"""Losing access is losing data: SIGKILL a key change at random moments, 100 times per operation, and
no kill may leave a vault that neither the old nor the new secrets open, or one the secret the user was
last shown does not open. Random kills run on the two operations whose old code was the only way in (a
vault without a passphrase) and on the passphrase change; the deterministic kills at every disk step run
on all five variants.

The kills run in ``key_kill_harness.py`` (a fork server: each kill is a real child process running the
real CLI command; see its docstring for the test-only weak Argon2id it uses to make 100 kills take
seconds). Before the fix, 8 of 60 kills of ``key rekey`` locked the user out.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault import key_change
from carerpassport.vault.errors import WrongKeyError
from tests.conftest import PASSPHRASE

HARNESS = Path(__file__).with_name("key_kill_harness.py")
KILLS = 100
CODE = re.compile(r"\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}\b")
SENTENCES = {key_change.REKEY_ROLLED_BACK, key_change.RECOVERY_CODE_ROLLED_BACK}


@pytest.mark.parametrize("operation", ["rekey", "recovery-code-no-passphrase", "passphrase"])
def test_random_sigkill_of_a_key_change_never_locks_the_user_out(operation: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(HARNESS), operation, str(KILLS), "13", str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["lockouts"] == [], json.dumps(report["lockouts"][:3], indent=2)
    # The kills really landed all over the command: before it changed anything, after it committed,
    # and (for the two-step changes) in between, with the code shown or not.
    states = report["states"]
    assert sum(states.values()) == KILLS and report["killed"] >= KILLS // 4, report
    assert states.get("untouched", 0) >= 3 and states.get("committed", 0) >= 3, report
    assert 3 <= report["shown"] <= KILLS - 3, report
    if operation.startswith("rekey"):  # the re-key's pending window is wide (~20% of kills land in it); the
        assert states.get("pending", 0) >= 1, report  # narrow ones are hit exactly in test_key_change_steps
    # The next start said in one sentence what happened to each interrupted change.
    assert set(report["notices"]) <= SENTENCES, report["notices"]


@pytest.mark.parametrize("operation", ["rekey", "rekey-passphrase", "recovery-code", "recovery-code-no-passphrase",
                                       "passphrase"])
def test_sigkill_at_every_disk_step_of_a_key_change(operation: str, tmp_path: Path) -> None:
    """strace kills the command at the entry of each rename, fsync, unlink and write it makes (and of five
    database page writes), one run per step: every state the disk can be left in is judged."""
    if shutil.which("strace") is None:
        _missing("strace")
    done = subprocess.run([sys.executable, str(HARNESS), "steps", operation, str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    results = report["results"]
    assert report["counts"].get("rename", 0) >= 1 and len(results) >= 10, report["counts"]
    assert all(r["killed"] for r in results), [r for r in results if not r["killed"]]
    assert [r for r in results if r["problems"]] == []
    states = {r["state"] for r in results}
    assert {"untouched", "committed"} <= states
    if operation != "passphrase":
        pending = [r for r in results if r["state"] == "pending"]
        # killed before the code was printed, and after it was printed but before the commit
        assert any(not r["shown"] for r in pending) and any(r["shown"] for r in pending), results
        assert {r["notice"] for r in pending} <= SENTENCES


def _missing(tool: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{tool} is not installed (see .ci/system-packages)")
    pytest.skip(f"{tool} is not installed")


def _wait_for(predicate: Callable[[], bool], seconds: float = 180.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "the traced command never reached the step"
        time.sleep(0.02)


@pytest.mark.parametrize(("operation", "nth_rename"), [("rekey", 2), ("rekey-passphrase", 2), ("recovery-code", 1)])
def test_the_reported_reproduction_kill_while_a_rename_is_delayed(operation: str, nth_rename: int,
                                                                 tmp_path: Path) -> None:
    """The reported lockout, exactly: ``python -m carerpassport key ...`` as a fresh process under
    ``strace -e inject=rename:delay_exit=8000000:when=N``, killed while the Nth rename is held up (the rename
    has happened; the process has not gone on). Then the old and the new secrets are tried, each on its own
    copy of the vault."""
    if shutil.which("strace") is None:
        _missing("strace")
    with_passphrase = operation != "rekey"
    vault = tmp_path / "vault"
    created = PassportApp.create(vault, employee_name="R", passphrase=PASSPHRASE if with_passphrase else None)
    created.app.editing.set_answer("caring.responsibilities", "still here")
    created.app.close()
    old_code = str(created.recovery_code)
    before = (vault / "keyslots.json").read_bytes()
    env = {**os.environ, "CARERPASSPORT_NO_KEYRING": "1", "PYTHONDONTWRITEBYTECODE": "1",
           "CARERPASSPORT_PASSPHRASE": PASSPHRASE if with_passphrase else old_code}
    out_path = tmp_path / "out.txt"
    command = "rekey" if operation.startswith("rekey") else "recovery-code"
    with out_path.open("w") as out:
        proc = subprocess.Popen(["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename",
                                 "-e", f"inject=rename:delay_exit=8000000:when={nth_rename}",
                                 sys.executable, "-m", "carerpassport", "--data-dir", str(vault), "key", command],
                                stdout=out, stderr=subprocess.DEVNULL, env=env)
        try:
            def renamed() -> bool:
                # the first rename writes a pending change (or, before the fix, the new slots); the second
                # commits it: keyslots.json in format 1 again, with new content
                now = (vault / "keyslots.json").read_bytes()
                return now != before and (nth_rename == 1 or b'"format": 1' in now)

            _wait_for(renamed)
            time.sleep(0.2)  # well inside the 8 s delay
            tracee = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
            assert len(tracee) == 1, tracee
            os.kill(int(tracee[0]), signal.SIGKILL)  # the app, not strace
            assert proc.wait(timeout=30) in (-signal.SIGKILL, 128 + signal.SIGKILL)  # strace exits as its tracee did
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    printed = out_path.read_text()
    shown = CODE.findall(printed)
    opened = {}
    for name, secret in [("old", old_code)] + [("new", code) for code in shown[-1:]]:
        copy = tmp_path / f"copy-{name}"
        shutil.copytree(vault, copy)
        try:
            app = PassportApp.open(copy, recovery_code=secret)
        except WrongKeyError:
            opened[name] = False
            continue
        assert app.editing.passport().answer("caring.responsibilities").text == "still here"
        app.close()
        opened[name] = True
    assert opened.get("old") or opened.get("new"), f"locked out: {opened}, printed {printed!r}"
    assert opened["new" if shown else "old"], f"the code last shown does not open: {opened}"
    if with_passphrase:
        PassportApp.open(vault, passphrase=PASSPHRASE).close()
