"""Packaging metadata is well formed and names one app id; the Windows and macOS workflows build, test and
smoke-test what they package (packaging/README.md)."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from carerpassport import APP_ID, __version__
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "carerpassport-gui"


def test_metainfo() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    if shutil.which("appstreamcli"):
        subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(LINUX / f"{APP_ID}.metainfo.xml")],
                       check=True, capture_output=True)


# --- the Windows and macOS workflows (written here, run only on GitHub's runners) -----------------------------

WORKFLOWS = ROOT / ".github" / "workflows"
SMOKE = ROOT / "packaging" / "smoke_frozen.py"


def _workflow(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    [job] = workflow["jobs"].values()
    steps: list[dict[str, Any]] = job["steps"]
    return steps


@pytest.mark.parametrize("name", ["windows.yml", "macos.yml"])
def test_workflow_tests_freezes_and_smoke_tests(name: str) -> None:
    workflow = _workflow(name)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers), triggers
    steps = _steps(workflow)
    runs = "\n".join(step.get("run", "") for step in steps)
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11" and python["with"]["cache"] == "pip"
    assert "packaging/build_translations.py" in runs
    assert "pytest" in runs and "tests/unit tests/integration" in runs
    assert "packaging/pyinstaller/carerpassport.spec" in runs
    assert "packaging/smoke_frozen.py" in runs and "--gui" in runs
    assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in steps)
    # the order a release needs: test, then freeze, then smoke-test what was frozen, then package
    order = [runs.index(text) for text in ("pytest", "carerpassport.spec", "smoke_frozen.py")]
    assert order == sorted(order), order
    for path in ("packaging/pyinstaller/carerpassport.spec", "packaging/smoke_frozen.py",
                 "packaging/build_translations.py"):
        assert (ROOT / path).is_file(), path
    # -m deselects by markers that exist (pytest would otherwise select nothing, silently)
    declared = {marker.split(":")[0] for marker in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
                ["pytest"]["ini_options"]["markers"]}
    for expression in re.findall(r'-m "([^"]+)"', runs):
        assert set(re.findall(r"\w+", expression)) - {"not", "and", "or"} <= declared, expression


@pytest.mark.parametrize("name", ["windows.yml", "macos.yml"])
def test_workflow_signs_only_with_its_secrets_and_says_which(name: str) -> None:
    """Every step that reads a secret runs only when it is set, and the README names every secret."""
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    secrets = set(re.findall(r"secrets\.(\w+)", text))
    assert secrets, "no signing secrets"
    assert not {s for s in secrets if s not in readme}, "secrets the README does not describe"
    for step in _steps(_workflow(name)):
        if "secrets." in yaml.safe_dump(step):
            assert "HAVE_" in step.get("if", ""), step.get("name")
    assert "cannot run" in readme and "never been run" in readme


def test_the_windows_installer_and_macos_entitlements_are_where_the_workflows_say() -> None:
    windows = (WORKFLOWS / "windows.yml").read_text(encoding="utf-8")
    macos = (WORKFLOWS / "macos.yml").read_text(encoding="utf-8")
    iss = ROOT / "packaging" / "windows" / "carerpassport.iss"
    assert r"packaging\windows\carerpassport.iss" in windows and iss.is_file()
    script = iss.read_text(encoding="utf-8")
    assert r'Source: "..\..\dist\carerpassport\*"' in script and "PrivilegesRequired=lowest" in script
    assert "packaging/macos/entitlements.plist" in macos
    entitlements = plistlib.loads((ROOT / "packaging" / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {}  # no hardened-runtime exceptions until a signed build is shown to need one
    assert "xcrun notarytool submit" in macos and "--wait" in macos and "xcrun stapler staple" in macos
    assert "--options runtime" in macos and "hdiutil create" in macos


@pytest.mark.slow
def test_the_smoke_script_runs_the_whole_cli_journey(tmp_path: Path) -> None:
    """The journey the workflows run against the frozen build, here against ``python -m carerpassport``: its
    commands and flags are the real CLI's."""
    done = subprocess.run([sys.executable, str(SMOKE), "--keep", str(tmp_path / "smoke"), "--",
                           sys.executable, "-m", "carerpassport"], capture_output=True, text=True, encoding="utf-8",
                          timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed: 14 commands" in done.stdout, done.stdout
    ran = [line.split("] ", 1)[1].split()[0] for line in done.stdout.splitlines() if line.startswith("[")]
    assert ran == ["--version", "init", "set", "export", "init", "verify", "countersign", "import", "show",
                   "history", "backup", "restore", "show", "history"], ran
    assert (tmp_path / "smoke" / "cli" / "employee-new-computer" / "vault").is_dir()


def test_the_smoke_script_fails_loudly(tmp_path: Path) -> None:
    """A build whose commands fail makes the smoke test exit 1, naming the command and showing its output."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    fake = ("import sys; print('carerpassport " + version + "') if sys.argv[-1] == '--version' "
            "else sys.exit('no such thing')")
    done = subprocess.run([sys.executable, str(SMOKE), "--", sys.executable, "-c", fake], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "SMOKE TEST FAILED" in done.stderr and "init" in done.stderr and "no such thing" in done.stderr


ON_LINUX_ONLY = pytest.mark.skipif(sys.platform != "linux", reason="the Debian package is built and checked on Linux")


@ON_LINUX_ONLY
def test_the_deb_from_a_frozen_folder(tmp_path: Path) -> None:
    """``build_deb.py`` on a stand-in frozen folder (two copies of /bin/true): the package's fields, its files
    and its Depends worked out from what the folder's ELF files load (libc, here), checked with ``dpkg-deb``."""
    for tool in ("dpkg-deb", "objdump", "dpkg"):
        require_tool(tool)
    frozen = tmp_path / "carerpassport"
    (frozen / "_internal").mkdir(parents=True)
    for program in ("carerpassport", "carerpassport-gui"):
        shutil.copy2("/bin/true", frozen / program)
    done = subprocess.run([sys.executable, str(ROOT / "packaging/linux/build_deb.py"), str(frozen), str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    deb = Path(done.stdout.strip().splitlines()[-1])
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Package: carerpassport\nVersion: {__version__}\n" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends: "))
    assert "libc6" in depends and "fonts-dejavu-core" in depends, depends
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg", "./usr/share/doc/carerpassport/copyright",
                 "./usr/bin/carerpassport -> ../../opt/carerpassport/carerpassport",
                 "./usr/bin/carerpassport-gui -> ../../opt/carerpassport/carerpassport-gui"):
        assert path in listing, listing
    assert all(line.startswith(("drwxr-xr-x root/root", "-rw-r--r-- root/root", "-rwxr-xr-x root/root",
                                "lrwxrwxrwx root/root")) for line in listing.splitlines()), listing


def test_the_metainfo_names_this_version_and_speaks_welsh() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert root.find("name[@{http://www.w3.org/XML/1998/namespace}lang='cy']") is not None
    assert "Name[cy]=Pasbort Gofalwyr" in (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")


@ON_LINUX_ONLY
def test_the_desktop_entry_validates() -> None:
    validator = require_tool("desktop-file-validate")
    subprocess.run([validator, str(LINUX / f"{APP_ID}.desktop")], check=True, capture_output=True)
