"""Run the CLI in-process (fast) or as a real process (for exit codes, files and environment)."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

from carerpassport.cli import main


@dataclasses.dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, data_dir: Path | None = None, passphrase: str | None = None) -> Result:
    """In-process: ``main(argv)`` with captured output; the passphrase goes through the environment."""
    argv = ([f"--data-dir={data_dir}"] if data_dir else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("CARERPASSPORT_PASSPHRASE")
    if passphrase is not None:
        os.environ["CARERPASSPORT_PASSPHRASE"] = passphrase
    try:
        code = main(argv, out, err)
    except SystemExit as exc:  # --help / --version
        code = int(exc.code or 0)
    finally:
        if passphrase is not None:
            if old is None:
                os.environ.pop("CARERPASSPORT_PASSPHRASE", None)
            else:
                os.environ["CARERPASSPORT_PASSPHRASE"] = old
    return Result(code, out.getvalue(), err.getvalue())


#: The program the process tests run: unset, ``python -m carerpassport`` from this checkout; set to the path of
#: a built ``carerpassport`` (``make frozen-test``: the PyInstaller folder; ``make package-test``: the installed
#: package), the same journeys run against what a carer installs.
ENV_PROGRAM = "CARERPASSPORT_TEST_PROGRAM"


def program() -> list[str]:
    """The command that starts the command line as a new process (see :data:`ENV_PROGRAM`)."""
    built = os.environ.get(ENV_PROGRAM)
    return [built] if built else [sys.executable, "-m", "carerpassport"]


def run_process(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
                timeout: float = 120) -> Result:
    """A real ``carerpassport`` process: ``python -m carerpassport``, or the built program (:func:`program`)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run([*program(), *args], capture_output=True, text=True,
                          env=full_env, input=stdin, timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)
