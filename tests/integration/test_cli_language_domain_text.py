"""The template import preview (words from ``usecases/templates.py``) in Welsh and the pseudo-language,
each run as a fresh ``python -m carerpassport`` process with its own HOME and data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.cli_runner import run_process
from tests.conftest import PASSPHRASE

EXAMPLE = Path(__file__).parents[2] / "resources" / "templates" / "examples"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    PassportApp.create(folder, employee_name="Siân Jones", passphrase=PASSPHRASE).app.close()
    return folder


def _preview(vault: Path, language: str) -> str:
    result = run_process(f"--data-dir={vault}", "template", "import",
                         str(EXAMPLE / "northbridge-building-society-v1.json"), "--preview",
                         env={"CARERPASSPORT_LANGUAGE": language, "CARERPASSPORT_PASSPHRASE": PASSPHRASE,
                              "HOME": str(vault.parent)})
    assert result.code == 0, result.err
    return result.out


def test_the_template_preview_in_welsh(vault: Path) -> None:
    out = _preview(vault, "cy")
    assert "Cyflogwr: Northbridge Building Society" in out
    assert "Cwestiynau: 9" in out
    assert "  wedi'i dynnu: How might your caring change?" in out
    for english in ("Employer:", "Questions:", "removed:", "Policies:"):
        assert english not in out


def test_every_line_of_the_template_preview_is_pseudo_text(vault: Path) -> None:
    lines = [line.strip() for line in _preview(vault, "en-XA").splitlines() if line.strip()]
    assert len(lines) >= 8
    for line in lines:
        assert line.startswith("[") and line.endswith("]"), line
