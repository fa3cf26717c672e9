"""The frozen programs (``make frozen-test``): what PyInstaller must have carried, checked in the built folder.

Collected only when ``CARERPASSPORT_TEST_PROGRAM`` names a built ``carerpassport`` (tests/conftest.py); the
end-to-end journeys (tests/e2e) run against the same program in the same ``make frozen-test``.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from carerpassport import __version__
from tests.cli_runner import ENV_PROGRAM

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = Path(os.environ.get(ENV_PROGRAM, "carerpassport"))
RESOURCES = PROGRAM.parent / "_internal" / "carerpassport" / "resources"


def run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **env})


def test_the_version_is_the_packages() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert project == __version__
    assert run(PROGRAM, "--version").stdout.strip() == f"carerpassport {__version__}"


def test_the_folder_carries_the_built_translations_fonts_and_templates_not_their_sources() -> None:
    carried = {path.relative_to(RESOURCES).as_posix() for path in RESOURCES.rglob("*") if path.is_file()}
    expected = {"i18n/carerpassport_cy.qm", "i18n/carerpassport_en_XA.qm",
                "i18n/locale/cy/LC_MESSAGES/carerpassport.mo",
                "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "templates/default.json",
                "templates/examples/cwm-tawel-council-v2.json", "icons/org.carerpassport.CarerPassport.svg"}
    assert expected <= carried, sorted(expected - carried)
    assert not [name for name in carried if name.endswith((".ts", ".po"))]


def test_the_frozen_command_line_speaks_welsh() -> None:
    english = run(PROGRAM, "--help", CARERPASSPORT_LANGUAGE="en")
    welsh = run(PROGRAM, "--help", CARERPASSPORT_LANGUAGE="cy")
    assert english.returncode == welsh.returncode == 0, welsh.stderr
    assert welsh.stdout != english.stdout and "pasbort" in welsh.stdout.lower(), welsh.stdout


@pytest.mark.parametrize("language", ["en", "cy", "en-XA"])
def test_the_frozen_desktop_app_paints_its_first_window(tmp_path: Path, language: str) -> None:
    gui = PROGRAM.with_name("carerpassport-gui")
    home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = run(gui, QT_QPA_PLATFORM="offscreen", CARERPASSPORT_REPORT_FIRST_PAINT="1", CARERPASSPORT_LANGUAGE=language,
               **home)
    assert done.returncode == 0 and "first_paint_epoch=" in done.stdout, done.stderr
