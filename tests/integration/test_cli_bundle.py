"""The bundle, identity, contacts, backup and restore commands, end to end through ``carerpassport.cli``."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from carerpassport.cli import main
from tests.conftest import PASSPHRASE


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def two_vaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, str]:
    monkeypatch.setenv("CARERPASSPORT_PASSPHRASE", PASSPHRASE)
    employee, manager = tmp_path / "employee", tmp_path / "manager"
    code, out, _ = run("--data-dir", str(employee), "init", "--name", "Siân Jones", "--manager", "Bob Smith")
    assert code == 0
    recovery = re.search(r"([A-Z2-7]{5}(?:-[A-Z2-7]{5}){5})", out).group(1)  # type: ignore[union-attr]
    assert run("--data-dir", str(manager), "init", "--name", "Bob Smith")[0] == 0
    assert run("--data-dir", str(employee), "set", "caring.responsibilities", "I care for my dad.", "--share")[0] == 0
    return employee, manager, recovery


@pytest.mark.english
def test_cards_contacts_bundle_import(two_vaults: tuple[Path, Path, str], tmp_path: Path) -> None:
    employee, manager, _ = two_vaults
    code, out, _ = run("--data-dir", str(manager), "identity", "--export-card", str(tmp_path / "bob.json"))
    assert code == 0 and "Age recipient:       age1" in out and "Signing fingerprint:" in out
    code, out, _ = run("--data-dir", str(manager), "log")
    assert code == 0 and f"Identity card written to {tmp_path / 'bob.json'}" in out  # giving out the card is logged
    code, out, _ = run("--data-dir", str(employee), "contacts", "add", str(tmp_path / "bob.json"))
    assert code == 0 and "Trusted Bob Smith." in out
    code, out, _ = run("--data-dir", str(employee), "contacts", "list")
    assert "Bob Smith" in out and "age1" in out

    bundle = tmp_path / "for-bob.passport.age"
    code, out, err = run("--data-dir", str(employee), "export", "bundle", str(bundle), "--to", "Bob Smith",
                         "--purpose", "meeting")
    assert code == 0, err
    assert "encrypted to Bob Smith and to you" in out and bundle.exists()

    code, out, err = run("--data-dir", str(manager), "import", str(bundle))
    assert code == 1 and "--trust-sender" in err and "Sent by: Siân Jones (not yet trusted)" in out
    code, out, err = run("--data-dir", str(manager), "import", str(bundle), "--trust-sender")
    assert code == 0, err
    assert "Kept Siân Jones's passport" in out
    code, out, _ = run("--data-dir", str(manager), "received", "list")
    assert "Siân Jones" in out


@pytest.mark.english
def test_passphrase_bundles(two_vaults: tuple[Path, Path, str], tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    employee, manager, _ = two_vaults
    bundle = tmp_path / "p.passport.age"
    weak = tmp_path / "weak.txt"
    weak.write_text("password123\n")
    code, _, err = run("--data-dir", str(employee), "export", "bundle", str(bundle), "--passphrase",
                       "--bundle-passphrase-file", str(weak))
    assert code == 1 and "at least 16 characters and about 72 bits" in err and not bundle.exists()
    code, _, err = run("--data-dir", str(employee), "export", "bundle", str(bundle), "--passphrase")
    assert code == 2 and "--generate-passphrase" in err  # no terminal here: say how to give it
    code, out, err = run("--data-dir", str(employee), "export", "bundle", str(bundle), "--generate-passphrase")
    assert code == 0, err
    passphrase = re.search(r"\n    (\S+)\n", out).group(1)  # type: ignore[union-attr]
    monkeypatch.setenv("CARERPASSPORT_BUNDLE_PASSPHRASE", passphrase)
    code, out, err = run("--data-dir", str(manager), "import", str(bundle), "--trust-sender")
    assert code == 0, err
    code, _, err = run("--data-dir", str(manager), "export", "bundle", str(bundle), "--to", "age1x", "--passphrase")
    assert code == 2


@pytest.mark.english
def test_backup_and_restore(two_vaults: tuple[Path, Path, str], tmp_path: Path) -> None:
    employee, _, recovery = two_vaults
    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery + "\n")
    backup = tmp_path / "e.backup.age"
    code, out, err = run("--data-dir", str(employee), "backup", str(backup), "--recovery-code-file", str(code_file))
    assert code == 0, err
    assert "Revisions: " in out and "opens with your recovery code" in out
    code, _, err = run("--data-dir", str(employee), "restore", str(backup), "--recovery-code-file", str(code_file))
    assert code == 1 and "restore --force" in err
    code, out, err = run("--data-dir", str(employee), "restore", str(backup), "--recovery-code-file",
                         str(code_file), "--force")
    assert code == 0, err
    assert "is kept, unchanged, in" in out
    shutil.rmtree(employee)
    assert run("--data-dir", str(employee), "restore", str(backup), "--recovery-code-file", str(code_file))[0] == 0
    code, out, _ = run("--data-dir", str(employee), "show")
    assert code == 0 and "I care for my dad." in out
