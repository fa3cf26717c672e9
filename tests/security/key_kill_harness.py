"""Kill a key change (``carerpassport key ...``) with SIGKILL at random moments; report any lockout.

Run by ``test_key_change_kills.py`` as its own process:
``python tests/security/key_kill_harness.py OPERATION TRIALS SEED WORKDIR``; prints one JSON object.

It is a fork server: it imports the app once, makes a template vault, and for each trial copies the
template, forks a child that runs the real CLI command (``cli.main``) on the copy, and SIGKILLs the child
after a random delay spread over the whole length of the command (measured first, without kills). The
child is a real process killed mid-syscall; forking after the imports saves the ~1 s of interpreter start
per kill that would make 100 kills a test of several minutes.

Then it opens copies of the killed vault, one per secret the user holds (each copy on its own, because an
open may finish or roll back the interrupted change): the previous secrets, and the new ones if the
command printed them. A trial is a lockout if neither set opens, or the set the user was shown last does
not. Only the first kind ever locks anyone out; both are reported.

TEST ONLY: to keep 100 kills within seconds, this process lowers ``keyslots.DEFAULT_KDF`` to
``TEST_ONLY_WEAK_KDF`` (8 MiB, 1 pass) for every slot it and its children write. The product has no switch
for this; it is a patch of a module constant inside this test process only.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from carerpassport import cli  # noqa: E402
from carerpassport.app import PassportApp  # noqa: E402
from carerpassport.domain.errors import PassportError  # noqa: E402
from carerpassport.vault import keyslots  # noqa: E402
from carerpassport.vault.keyslots import KeySlotFile  # noqa: E402

TEST_ONLY_WEAK_KDF = {"name": "argon2id", "time_cost": 1, "memory_kib": 8 * 1024, "parallelism": 1}
OLD_PASSPHRASE = "the old passphrase of the vault"
NEW_PASSPHRASE = "the new passphrase, typed twice"
ANSWER = "kept through every kill"
CODE = re.compile(r"\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}\b")

#: operation -> (vault has a passphrase, CLI arguments)
OPERATIONS = {
    "rekey": (False, ["key", "rekey"]),
    "rekey-passphrase": (True, ["key", "rekey"]),
    "recovery-code": (True, ["key", "recovery-code"]),
    "recovery-code-no-passphrase": (False, ["key", "recovery-code"]),
    "passphrase": (True, ["key", "passphrase", "--new-passphrase-file", "NEW"]),
}


def make_template(folder: Path, with_passphrase: bool) -> str:
    created = PassportApp.create(folder, employee_name="Kill Test",
                                 passphrase=OLD_PASSPHRASE if with_passphrase else None)
    created.app.editing.set_answer("caring.responsibilities", ANSWER)
    created.app.close()
    return str(created.recovery_code)


def run_child(vault: Path, argv: list[str], unlock: str, delay: float | None,
              strace: list[str] | None = None) -> tuple[float, int]:
    """Run the CLI on ``vault`` in a forked child; SIGKILL it after ``delay`` s, or run it under ``strace``
    (attached before the child starts the command). Returns (duration, wait status)."""
    started = time.perf_counter()
    gate_r, gate_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the real command, its output in files beside the vault
        status = 70
        try:
            os.close(gate_w)
            if strace is not None:
                _allow_any_tracer()
                os.read(gate_r, 1)  # wait until strace is attached
            os.environ["CARERPASSPORT_NO_KEYRING"] = "1"
            os.environ["CARERPASSPORT_PASSPHRASE"] = unlock
            with open(vault.parent / "out.txt", "w") as out, open(vault.parent / "err.txt", "w") as err:
                os.dup2(err.fileno(), 2)
                status = cli.main(["--data-dir", str(vault), *argv], out=out, err=err)
        finally:
            os._exit(status)
    os.close(gate_r)
    tracer = None
    if strace is not None:
        tracer = subprocess.Popen(["strace", "-f", "-o", "/dev/null", *strace, "-p", str(pid)],
                                  stderr=subprocess.PIPE, text=True)
        assert tracer.stderr is not None
        line = tracer.stderr.readline()
        if "attached" not in line:
            os.kill(pid, signal.SIGKILL)
            raise SystemExit(f"strace did not attach: {line}{tracer.stderr.read()}")
    os.write(gate_w, b"go")
    os.close(gate_w)
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if tracer is not None:
        tracer.wait(timeout=30)
        assert tracer.stderr is not None
        tracer.stderr.close()
    return time.perf_counter() - started, status


def _allow_any_tracer() -> None:
    """Let the strace started by the parent attach even where Yama restricts ptrace to ancestors."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(0x59616D61, ctypes.c_ulong(-1), 0, 0, 0)  # PR_SET_PTRACER, PR_SET_PTRACER_ANY


#: The steps of a key change that touch the disk or the screen, killed at the entry of each in turn.
STEP_SYSCALLS = ("rename", "fsync", "unlink", "write", "pwrite64")


def syscall_counts(vault: Path, argv: list[str], unlock: str, trace: Path) -> dict[str, int]:
    """How often the command's main thread makes each of ``STEP_SYSCALLS`` (one traced run)."""
    run_child(vault, argv, unlock, None, ["-e", f"trace={','.join(STEP_SYSCALLS)}", "-o", str(trace)])
    lines = trace.read_text().splitlines()
    main_pid = lines[0].split()[0]
    counts: dict[str, int] = {}
    for line in lines:
        pid, _, call = line.partition(" ")
        name = call.lstrip().split("(")[0]
        if pid == main_pid and name in STEP_SYSCALLS:
            counts[name] = counts.get(name, 0) + 1
    return counts


def kill_points(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Every rename, fsync, unlink and write; five pwrite64s spread over the database writes."""
    points = []
    for name in STEP_SYSCALLS:
        n = counts.get(name, 0)
        spread = sorted({1, max(1, n // 4), max(1, n // 2), max(1, 3 * n // 4), n})
        nth = range(1, n + 1) if name != "pwrite64" else spread
        points += [(name, k) for k in nth if n]
    return points


def opens(vault: Path, where: Path, **secret: str) -> bool:
    """Does ``secret`` alone open a copy of ``vault`` (twice: the first open may resolve a pending change)?"""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(vault, where)
    try:
        for _ in range(2):
            app = PassportApp.open(where, **secret)  # type: ignore[arg-type]
            try:
                if app.editing.passport().answer("caring.responsibilities").text != ANSWER:
                    return False
            finally:
                app.close()
        return KeySlotFile.load(where / "keyslots.json").pending is None
    except PassportError:
        return False
    finally:
        shutil.rmtree(where, ignore_errors=True)


def state_of(vault: Path, original: bytes) -> str:
    raw = (vault / "keyslots.json").read_bytes()
    if raw == original:
        return "untouched"
    return "pending" if KeySlotFile.load(vault / "keyslots.json").pending is not None else "committed"


def judge(operation: str, vault: Path, scratch: Path, old_code: str, printed: str) -> list[str]:
    """What is wrong with the killed vault (empty: nobody is locked out)."""
    problems = []
    if operation == "passphrase":
        old_ok = opens(vault, scratch, passphrase=OLD_PASSPHRASE)
        new_ok = opens(vault, scratch, passphrase=NEW_PASSPHRASE)
        if not (old_ok or new_ok):
            problems.append("neither the old nor the new passphrase opens")
        if "Passphrase changed" in printed and not new_ok:
            problems.append("the passphrase the user was told is in force does not open")
        if not opens(vault, scratch, recovery_code=old_code):
            problems.append("the recovery code stopped working")
        return problems
    with_passphrase = OPERATIONS[operation][0]
    shown = CODE.findall(printed)
    new_code = shown[-1] if shown else None
    old_ok = opens(vault, scratch, recovery_code=old_code)
    new_ok = new_code is not None and opens(vault, scratch, recovery_code=new_code)
    if with_passphrase and not opens(vault, scratch, passphrase=OLD_PASSPHRASE):
        problems.append("the passphrase stopped working")
    if not (old_ok or new_ok):
        problems.append("neither the old nor the new recovery code opens")
    if new_code is not None and not new_ok:
        problems.append("the new recovery code, which was shown, does not open")
    if new_code is None and not old_ok:
        problems.append("the old recovery code stopped working before a new one was shown")
    return problems


def main() -> None:
    if sys.argv[1] == "steps":
        steps(sys.argv[2], Path(sys.argv[3]))
        return
    operation, trials, seed, workdir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    keyslots.DEFAULT_KDF = TEST_ONLY_WEAK_KDF  # TEST ONLY: see the module docstring
    with_passphrase, argv = OPERATIONS[operation]
    template = workdir / "template"
    old_code = make_template(template, with_passphrase)
    (workdir / "new-passphrase").write_text(NEW_PASSPHRASE + "\n")
    argv = [str(workdir / "new-passphrase") if a == "NEW" else a for a in argv]
    unlock = OLD_PASSPHRASE if with_passphrase else old_code
    original = (template / "keyslots.json").read_bytes()
    trial_dir = workdir / "trial"

    def fresh_copy() -> Path:
        shutil.rmtree(trial_dir, ignore_errors=True)
        trial_dir.mkdir()
        shutil.copytree(template, trial_dir / "vault")
        return trial_dir / "vault"

    recent: list[float] = []

    def measure() -> None:
        """One run without a kill: how long the command takes now (and proof that it works)."""
        took, status = run_child(fresh_copy(), argv, unlock, None)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{operation} failed without a kill: {(trial_dir / 'err.txt').read_text()}")
        recent[:] = [*recent[-4:], took]

    for _ in range(5):
        measure()
    rng = random.Random(seed)
    report: dict[str, object] = {"operation": operation, "trials": trials, "spans_s": [],
                                 "states": {}, "shown": 0, "killed": 0, "lockouts": [], "notices": {}}
    states: dict[str, int] = report["states"]  # type: ignore[assignment]
    notices: dict[str, int] = report["notices"]  # type: ignore[assignment]
    for trial in range(trials):
        if trial and trial % 10 == 0:
            measure()  # a shared machine speeds up and slows down: keep the spread over the command's length
        span = max(recent) * 1.1
        if trial % 10 == 0:
            report["spans_s"].append(round(span, 4))  # type: ignore[attr-defined]
        vault = fresh_copy()
        delay = rng.uniform(0.0, span)
        _, status = run_child(vault, argv, unlock, delay)
        report["killed"] = int(report["killed"]) + (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL)
        out = trial_dir / "out.txt"
        printed = out.read_text() if out.exists() else ""  # killed before the child opened it
        state = state_of(vault, original)
        states[state] = states.get(state, 0) + 1
        report["shown"] = int(report["shown"]) + bool(CODE.search(printed) or "Passphrase changed" in printed)
        if state == "pending":
            notice = _notice_on_open(vault, trial_dir / "notice", unlock)
            notices[notice] = notices.get(notice, 0) + 1
        problems = judge(operation, vault, trial_dir / "check", old_code, printed)
        if problems:
            report["lockouts"].append({"trial": trial, "delay_s": round(delay, 4), "state": state,  # type: ignore[attr-defined]
                                       "printed": printed, "problems": problems})
    print(json.dumps(report))


def steps(operation: str, workdir: Path) -> None:
    """Kill the command at the entry of each of its disk and screen steps in turn (strace injects SIGKILL
    there: deterministic, no timing), and judge each killed vault."""
    keyslots.DEFAULT_KDF = TEST_ONLY_WEAK_KDF  # TEST ONLY: see the module docstring
    with_passphrase, argv = OPERATIONS[operation]
    template = workdir / "template"
    old_code = make_template(template, with_passphrase)
    (workdir / "new-passphrase").write_text(NEW_PASSPHRASE + "\n")
    argv = [str(workdir / "new-passphrase") if a == "NEW" else a for a in argv]
    unlock = OLD_PASSPHRASE if with_passphrase else old_code
    original = (template / "keyslots.json").read_bytes()
    trial_dir = workdir / "trial"

    def fresh_copy() -> Path:
        shutil.rmtree(trial_dir, ignore_errors=True)
        trial_dir.mkdir()
        shutil.copytree(template, trial_dir / "vault")
        return trial_dir / "vault"

    counts = syscall_counts(fresh_copy(), argv, unlock, workdir / "trace.txt")
    results = []
    for name, nth in kill_points(counts):
        vault = fresh_copy()
        _, status = run_child(vault, argv, unlock, None,
                              ["-e", f"trace={name}", "-e", f"inject={name}:signal=SIGKILL:when={nth}"])
        out = trial_dir / "out.txt"
        printed = out.read_text() if out.exists() else ""
        state = state_of(vault, original)
        notice = _notice_on_open(vault, trial_dir / "notice", unlock) if state == "pending" else None
        results.append({"syscall": name, "nth": nth, "state": state, "notice": notice,
                        "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
                        "shown": bool(CODE.search(printed) or "Passphrase changed" in printed),
                        "problems": judge(operation, vault, trial_dir / "check", old_code, printed)})
    print(json.dumps({"operation": operation, "counts": counts, "results": results}))


def _notice_on_open(vault: Path, where: Path, unlock: str) -> str:
    """The sentence the next start shows after an interrupted change (opened the usual way)."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(vault, where)
    try:
        try:
            app = PassportApp.open(where, passphrase=unlock)
        except PassportError as exc:
            return f"(does not open: {exc})"
        notice = app.vault.notice or "(none)"
        app.close()
        return notice
    finally:
        shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    main()
