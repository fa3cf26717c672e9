"""A bug of ours is reported as ours: a fault injected deep in the PDF validator never tells the person
their file was damaged or tampered with, in the CLI (exit 3, one line, no traceback) or the facade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import INTERNAL_ERROR_SENTENCE
from carerpassport.exchange import pdf_signatures, pdf_validation
from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE
from tests.countersign_support import countersigned_by_app

BLAMING_THE_FILE = ("damaged", "tampered", "changed after", "altered", "not a passport", "cannot be read")


def _raise(kind: type[Exception]) -> Any:
    def fault(*args: object, **kwargs: object) -> object:
        raise kind("/InjectedFault Siân's private words")
    return fault


FAULTS = [
    (pdf_validation, "_check_marker", KeyError),        # our own check, after parsing
    (pdf_signatures, "fingerprint_of", RuntimeError),   # our own code inside the signature check
    (pdf_signatures, "validate_pdf_signature", TypeError),  # pyHanko's entry point, replaced by broken code
]


@pytest.fixture
def files(filled_app: PassportApp, tmp_path: Path) -> tuple[Path, Path]:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    filled_app.close()
    return export, signed


@pytest.mark.english
@pytest.mark.parametrize(("module", "name", "kind"), FAULTS, ids=[f"{f[1]}-{f[2].__name__}" for f in FAULTS])
def test_the_cli_says_it_is_our_fault(files: tuple[Path, Path], data_dir: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch, module: object, name: str,
                                      kind: type[Exception]) -> None:
    export, signed = files
    monkeypatch.setattr(module, name, _raise(kind))
    for args in (["verify", str(export)], ["import", str(signed), "--trust-manager"],
                 ["countersign", str(export), str(tmp_path / "out.pdf")]):
        result = run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)
        assert result.code == 3, (args, result.err)
        line = result.err.strip()
        assert "\n" not in line and "Traceback" not in line
        assert INTERNAL_ERROR_SENTENCE in line and kind.__name__ in line
        assert "Siân" not in line and "InjectedFault" not in line  # nothing of the passport, nor the message
        assert not any(word in line.lower() for word in BLAMING_THE_FILE), line
    assert not (tmp_path / "out.pdf").exists()


def test_a_parser_failure_is_still_the_files(files: tuple[Path, Path], data_dir: Path) -> None:
    """The other side of the line: pyHanko failing on a hostile file is a file error (exit 1)."""
    export, _signed = files
    damaged = export.with_name("damaged.pdf")
    data = export.read_bytes()
    damaged.write_bytes(data.replace(b"/FlateDecode", b"/FlatuDecode", 1))
    result = run_cli("verify", str(damaged), data_dir=data_dir, passphrase=PASSPHRASE)
    assert result.code == 1 and INTERNAL_ERROR_SENTENCE not in result.err, result.err
