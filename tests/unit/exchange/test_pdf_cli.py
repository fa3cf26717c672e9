"""``carerpassport export pdf`` and ``carerpassport verify``: output and exit codes (0 ok, 1 failed, 2 usage)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.cli import main
from tests.conftest import PASSPHRASE


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_vault(filled_app: PassportApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    filled_app.close()
    monkeypatch.setenv("CARERPASSPORT_PASSPHRASE", PASSPHRASE)
    return data_dir


@pytest.mark.english
def test_export_then_verify(cli_vault: Path, tmp_path: Path) -> None:
    out_pdf = tmp_path / "out.pdf"
    code, out, err = run("--data-dir", str(cli_vault), "export", "pdf", str(out_pdf), "--purpose", "Our 1:1")
    assert code == 0, err
    assert f"Wrote {out_pdf}" in out and "3 shared answers, agreed actions" in out
    assert out_pdf.read_bytes().startswith(b"%PDF-")
    code, out, err = run("--data-dir", str(cli_vault), "verify", str(out_pdf))
    assert code == 0, err
    assert "Signed by:      Siân Jones" in out and "This vault:     yes" in out and "Intact:         yes" in out


def test_verify_json(cli_vault: Path, tmp_path: Path) -> None:
    out_pdf = tmp_path / "out.pdf"
    assert run("--data-dir", str(cli_vault), "export", "pdf", str(out_pdf))[0] == 0
    code, out, _ = run("--data-dir", str(cli_vault), "verify", "--json", str(out_pdf))
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["signed_by_this_vault"] is True
    assert data["problems"] == [] and data["manager_signed"] is False


@pytest.mark.english
def test_verify_without_a_vault_checks_the_file_alone(cli_vault: Path, tmp_path: Path) -> None:
    out_pdf = tmp_path / "out.pdf"
    assert run("--data-dir", str(cli_vault), "export", "pdf", str(out_pdf))[0] == 0
    code, out, _ = run("--data-dir", str(tmp_path / "no-vault-here"), "verify", str(out_pdf))
    assert code == 0 and "Signed by:      Siân Jones" in out and "This vault:" not in out


@pytest.mark.english
def test_verify_failures_exit_1_with_one_line_reason(cli_vault: Path, tmp_path: Path) -> None:
    out_pdf = tmp_path / "out.pdf"
    assert run("--data-dir", str(cli_vault), "export", "pdf", str(out_pdf))[0] == 0
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(out_pdf.read_bytes() + b"\nextra")
    code, out, err = run("--data-dir", str(cli_vault), "verify", str(tampered))
    assert code == 1 and "appended" in err and err.count("\n") == 1
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    code, _, err = run("--data-dir", str(cli_vault), "verify", str(not_pdf))
    assert code == 1 and "not a PDF" in err


def test_usage_errors_exit_2(cli_vault: Path) -> None:
    assert run("--data-dir", str(cli_vault), "export")[0] == 2
    assert run("--data-dir", str(cli_vault), "verify")[0] == 2
    assert run("--data-dir", str(cli_vault), "export", "pdf")[0] == 2
