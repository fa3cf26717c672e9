"""Packaging metadata is well formed and names one app id."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from carerpassport import APP_ID

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"


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
