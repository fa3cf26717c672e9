"""The sharing commands (``backup``, ``restore``, ``export bundle``) speak the language their environment asks
for: each run is a fresh process with its own HOME, in Welsh and in the pseudo-language (where every line they
print is bracketed pseudo-text around the test's own data: paths, hashes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE

BUNDLE_PASSPHRASE = "violet harbour quietly folds seven lanterns"


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault with a shared answer, and its recovery code."""
    created = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones", manager_name="Bob Smith",
                                 passphrase=PASSPHRASE)
    created.app.editing.set_answer("caring.responsibilities", "I care for my mum.", shared=True)
    created.app.close()
    return tmp_path / "vault", str(created.recovery_code)


def _run(language: str, home: Path, code: str, *args: str) -> Result:
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "CARERPASSPORT_LANGUAGE": language, "CARERPASSPORT_NO_KEYRING": "1",
           "CARERPASSPORT_PASSPHRASE": PASSPHRASE, "CARERPASSPORT_RECOVERY_CODE": code,
           "CARERPASSPORT_BUNDLE_PASSPHRASE": BUNDLE_PASSPHRASE, "LANGUAGE": "", "LC_ALL": "", "LANG": "C.UTF-8"}
    result = run_process(*args, env=env)
    assert result.code == 0, result.err
    return result


def _sharing_runs(language: str, tmp_path: Path, vault: tuple[Path, str]) -> dict[str, str]:
    data, code = vault
    out = tmp_path / language
    backup = _run(language, out / "home-backup", code, "--data-dir", str(data), "backup", str(out / "v.backup.age"))
    restore = _run(language, out / "home-restore", code, "--data-dir", str(out / "restored"), "restore",
                   str(out / "v.backup.age"))
    bundle = _run(language, out / "home-bundle", code, "--data-dir", str(data), "export", "bundle",
                  str(out / "copy.passport.age"), "--passphrase")
    helped = _run(language, out / "home-help", code, "export", "bundle", "--help")
    return {"backup": backup.out, "restore": restore.out, "bundle": bundle.out, "help": helped.out}


def test_the_sharing_commands_speak_welsh(tmp_path: Path, vault: tuple[Path, str]) -> None:
    out = _sharing_runs("cy", tmp_path, vault)
    assert "Fersiynau:" in out["backup"] and "Mae'n agor gyda'ch cod adfer." in out["backup"]
    assert "SHA-256 y ffeil:" in out["backup"]
    assert "Adferwyd y gladdgell i" in out["restore"] and "Datglowch hi gyda'ch cod adfer" in out["restore"]
    assert "wedi'i amgryptio i unrhyw un sydd â'r cyfrinymadrodd." in out["bundle"]
    assert "bwndel wedi'i amgryptio" not in out["help"]  # the subcommand's own help is its parent's listing
    assert "pam rydych chi'n ei rannu" in out["help"] and "rhannu'r cwestiynau hyn yn unig" in out["help"]
    assert not any(english in text for text in out.values()
                   for english in ("Wrote ", "It opens with", "Restored the vault", "encrypted to anyone"))


def test_every_line_the_sharing_commands_print_is_pseudo_text(tmp_path: Path, vault: tuple[Path, str]) -> None:
    out = _sharing_runs("en-XA", tmp_path, vault)
    for command in ("backup", "restore", "bundle"):
        lines = [line for line in out[command].splitlines() if line.strip()]
        assert lines, command
        for line in lines:
            assert line.startswith("[") and line.endswith("]"), f"{command}: {line!r}"
