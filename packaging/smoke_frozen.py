#!/usr/bin/env python3
"""Smoke-test a built Carer's Passport: the command-line journey, each step a fresh process.

    python packaging/smoke_frozen.py dist/carerpassport/carerpassport            # the frozen CLI
    python packaging/smoke_frozen.py -- .venv/bin/python -m carerpassport        # any command line (as here)
    python packaging/smoke_frozen.py --gui dist/carerpassport/carerpassport-gui dist/carerpassport/carerpassport

The journey, as in ``tests/e2e/test_cli_journeys.py`` (only files pass between the people, and each person
has their own HOME, user folders and ``--data-dir``): ``--version`` against the version in ``pyproject.toml``;
the employee's ``init``, a shared answer (``set --share``), ``export pdf``; the manager's ``init`` in a second
data folder, ``verify`` and ``countersign``; the employee's ``import --trust-manager``; ``backup`` with the
recovery code; ``restore`` into a third data folder, which then shows the countersigned passport. Every exit
code and the key line of each command's output are checked. No keyring is touched
(``CARERPASSPORT_NO_KEYRING``), so it runs the same on any computer or CI runner.

``--keyring`` also checks this computer's own keyring (Windows Credential Locker, macOS Keychain, the Secret
Service): a vault made with no passphrase keeps its key there, and a new process opens it with that key
alone. It leaves that one entry (service ``org.carerpassport.CarerPassport``) behind: for throwaway CI runners.

``--gui PATH`` also starts the desktop app offscreen with ``CARERPASSPORT_REPORT_FIRST_PAINT=1`` and checks it
reports its first paint (``first_paint_epoch=...``) and exits 0.

Only the standard library is used, so it runs with any Python >= 3.11 beside a frozen build. Exit status 0
when every check passed; 1 with the failing command and its output otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EMPLOYEE = "Siân Jones"
MANAGER = "Łukasz Żółć"
ANSWER = "I look after my mother; I may need to leave at short notice."
COMMENT = "Happy to support this arrangement."
FIELD = "caring.effect_on_work"
#: A frozen app's first start can be slow (macOS scans a new binary; Windows Defender too).
TIMEOUT = 300
#: Variables that would make a step read the runner's own vault, keyring or language instead of its own.
_DROPPED = ("CARERPASSPORT_HOME", "CARERPASSPORT_PASSPHRASE", "CARERPASSPORT_RECOVERY_CODE",
            "CARERPASSPORT_BACKUP_PASSPHRASE", "CARERPASSPORT_BUNDLE_PASSPHRASE", "PYTHON_KEYRING_BACKEND")


class SmokeFailure(Exception):
    """A step failed; the message says which and shows its output."""


def expected_version() -> str:
    """The version in ``pyproject.toml``; it must agree with ``carerpassport.__version__`` when importable."""
    version = str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])
    try:
        import carerpassport
    except ImportError:  # beside a frozen build the package need not be installed
        return version
    if carerpassport.__version__ != version:
        raise SmokeFailure(f"pyproject.toml says {version}, carerpassport.__version__ {carerpassport.__version__}")
    return version


class Person:
    """One person on their own computer: a HOME (and every per-user folder the OSes use) under ``folder``."""

    runs = 0  # commands run so far, by everyone

    def __init__(self, command: Sequence[str], folder: Path, who: str, passphrase: str) -> None:
        self.command, self.who = list(command), who
        self.home = folder / who
        self.data_dir = self.home / "vault"
        for sub in ("data", "config", "cache", "AppData/Roaming", "AppData/Local"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        # Windows' own programs find the user's folders through the shell API, not these variables, so the
        # vault's folder is always given (--data-dir); the variables catch whatever reads the environment.
        env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
        env.update({
            "HOME": str(self.home), "USERPROFILE": str(self.home),
            "APPDATA": str(self.home / "AppData" / "Roaming"), "LOCALAPPDATA": str(self.home / "AppData" / "Local"),
            "XDG_DATA_HOME": str(self.home / "data"), "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "CARERPASSPORT_PASSPHRASE": passphrase, "CARERPASSPORT_NO_KEYRING": "1",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            # the checks below read English sentences, whatever the runner's locale
            "CARERPASSPORT_LANGUAGE": "en",
        })
        self.env = env

    def run(self, *args: str, expect: str | None = None, env: dict[str, str] | None = None,
            data_dir: bool = True) -> str:
        """``COMMAND [--data-dir=...] ARGS`` as a fresh process; its stdout, after checking it exited 0 and
        (``expect``) printed that text."""
        argv = [*self.command, *([f"--data-dir={self.data_dir}"] if data_dir else []), *args]
        print(f"[{self.who}] {' '.join(args)}", flush=True)
        Person.runs += 1
        try:
            done = subprocess.run(argv, capture_output=True, env={**self.env, **(env or {})}, timeout=TIMEOUT,
                                  cwd=self.home, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SmokeFailure(f"{self.who}: {' '.join(argv)} could not run: {exc}") from exc
        out = done.stdout.decode("utf-8", errors="replace")
        err = done.stderr.decode("utf-8", errors="replace")
        if done.returncode != 0:
            raise SmokeFailure(f"{self.who}: {' '.join(argv)} exited {done.returncode}\n--- stdout\n{out}"
                               f"--- stderr\n{err}")
        if expect is not None and expect not in out:
            raise SmokeFailure(f"{self.who}: {' '.join(argv)} did not print {expect!r}\n--- stdout\n{out}"
                               f"--- stderr\n{err}")
        return out


def recovery_code(init_output: str) -> str:
    """The recovery code ``init`` prints once (the indented line after its heading)."""
    lines = init_output.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("Your recovery code")), None)
    code = next((line.strip() for line in lines[start + 1:] if line.strip()), None) if start is not None else None
    if not code:
        raise SmokeFailure(f"init printed no recovery code:\n{init_output}")
    return code


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def journey(command: Sequence[str], folder: Path) -> int:
    """The whole command-line journey under ``folder``; the number of commands run."""
    employee = Person(command, folder, "employee", "employee passphrase for the smoke test")
    boss = Person(command, folder, "manager", "manager passphrase for the smoke test")
    laptop = Person(command, folder, "employee-new-computer", "employee passphrase for the smoke test")
    files = folder / "files"
    files.mkdir(parents=True)
    version = expected_version()
    shown = employee.run("--version", data_dir=False).strip()
    _check(shown == f"carerpassport {version}", f"--version printed {shown!r}, expected 'carerpassport {version}'")

    created = employee.run("init", "--name", EMPLOYEE, "--manager", MANAGER, expect="Created your passport vault")
    code = recovery_code(created)
    employee.run("set", FIELD, ANSWER, "--share", expect="Saved as revision")
    pdf = files / "passport.pdf"
    wrote = employee.run("export", "pdf", str(pdf), expect="1 shared answer")
    revision = re.search(r"revision (\d+)", wrote)
    _check(revision is not None and pdf.read_bytes().startswith(b"%PDF-"), f"export pdf wrote no PDF:\n{wrote}")

    boss.run("init", "--name", MANAGER, "--role", "manager", expect="Created your passport vault")
    boss.run("verify", str(pdf), expect="Jones")
    signed = files / "countersigned.pdf"
    boss.run("countersign", str(pdf), str(signed), "--comment", COMMENT, expect="Countersigned as")
    _check(signed.stat().st_size > pdf.stat().st_size, "the countersigned PDF is not larger than the original")

    employee.run("import", str(signed), "--trust-manager", expect="Recorded as agreed by both")
    _check_agreed(employee)

    backup = files / "vault-backup.passport.age"
    employee.run("backup", str(backup), env={"CARERPASSPORT_RECOVERY_CODE": code}, expect="Wrote")
    _check(backup.read_bytes().startswith(b"age-encryption.org/v1"), "the backup is not an age file")
    laptop.run("restore", str(backup), env={"CARERPASSPORT_RECOVERY_CODE": code}, expect="Restored the vault")
    _check_agreed(laptop)
    return Person.runs


def _check_agreed(someone: Person) -> None:
    """``someone``'s vault holds the shared answer, agreed by both (two more commands)."""
    data = json.loads(someone.run("show", "--json"))
    _check(data["employee"]["name"] == EMPLOYEE, f"show --json names {data['employee']['name']!r}")
    _check(data["answers"][FIELD]["text"] == ANSWER, f"show --json has {data['answers'][FIELD]!r}")
    history = json.loads(someone.run("history", "--json"))
    _check(history[-1]["reason"] == "countersigned", f"the last revision is {history[-1]!r}, not countersigned")


def keyring_round_trip(command: Sequence[str], folder: Path) -> None:
    """A vault whose key is only in this computer's keyring (and its recovery code) opens in a new process."""
    someone = Person(command, folder, "keyring-user", "")
    for name in ("CARERPASSPORT_PASSPHRASE", "CARERPASSPORT_NO_KEYRING", "PYTHON_KEYRING_BACKEND"):
        del someone.env[name]
    someone.run("init", "--name", EMPLOYEE, expect="The vault key is also kept in this computer's keyring")
    data = json.loads(someone.run("show", "--json"))
    _check(data["employee"]["name"] == EMPLOYEE, f"show --json names {data['employee']['name']!r}")


def first_paint(gui: Sequence[str], folder: Path) -> None:
    """The desktop app starts offscreen, reports its first paint and exits 0."""
    someone = Person(gui, folder, "gui", "gui passphrase for the smoke test")
    env = {**someone.env, "QT_QPA_PLATFORM": "offscreen", "CARERPASSPORT_REPORT_FIRST_PAINT": "1",
           "CARERPASSPORT_HOME": str(someone.data_dir)}
    print(f"[gui] {' '.join(gui)} (offscreen, first paint)", flush=True)
    try:
        done = subprocess.run(list(gui), capture_output=True, env=env, timeout=TIMEOUT, cwd=someone.home,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SmokeFailure(f"the desktop app did not report its first paint: {exc}") from exc
    out = done.stdout.decode("utf-8", errors="replace")
    err = done.stderr.decode("utf-8", errors="replace")
    if done.returncode != 0 or not re.search(r"^first_paint_epoch=\d+\.\d+$", out, re.MULTILINE):
        raise SmokeFailure(f"the desktop app exited {done.returncode} without reporting its first paint\n"
                           f"--- stdout\n{out}--- stderr\n{err}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--gui", metavar="PATH",
                        help="also check the desktop app's first paint, offscreen (the carerpassport-gui "
                             "executable, or a quoted command line with absolute paths)")
    parser.add_argument("--keyring", action="store_true",
                        help="also check this computer's keyring (leaves one entry in it)")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="work in DIR (made if missing) and keep it, instead of a temporary folder")
    parser.add_argument("command", nargs="+",
                        help="the carerpassport executable, or a command line after -- (python -m carerpassport)")
    args = parser.parse_args(argv)
    # the names are Welsh and Polish: never fail on printing them to a console or log in a narrower encoding
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    command = [os.path.abspath(args.command[0]) if Path(args.command[0]).exists() else args.command[0],
               *args.command[1:]]
    folder = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="carerpassport-smoke-"))
    folder.mkdir(parents=True, exist_ok=bool(not args.keep))
    try:
        count = journey(command, folder / "cli")
        if args.keyring:
            keyring_round_trip(command, folder)
            count = Person.runs
        if args.gui:
            first_paint([os.path.abspath(args.gui)] if Path(args.gui).exists() else shlex.split(args.gui), folder)
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    extras = "".join(text for text, asked in ((", the keyring", args.keyring), (", the first paint", args.gui))
                     if asked)
    print(f"smoke test passed: {count} commands{extras}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
