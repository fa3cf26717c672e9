"""``carerpassport --version`` says the package's version, the one pyproject.toml (and so a wheel or a Debian
package built from it) and Help › About say."""

from __future__ import annotations

import tomllib
from pathlib import Path

import carerpassport
from tests.cli_runner import run_process

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_package_version_in_a_fresh_process() -> None:
    shown = run_process("--version")
    assert shown.code == 0 and shown.out == f"carerpassport {carerpassport.__version__}\n", shown
    assert shown.err == ""


def test_pyproject_has_the_same_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == carerpassport.__version__
    assert project["license"] == "GPL-3.0-or-later"  # what Help › About names
