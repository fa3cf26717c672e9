"""No plaintext on disk: a canary in every kind of field never appears in any file the app wrote."""

from __future__ import annotations

from pathlib import Path

from carerpassport.resource_files import load_default_template
from tests.cli_runner import run_process
from tests.conftest import PASSPHRASE
from tests.security.canary import files_containing


def test_canary_in_every_field_never_reaches_disk_in_plain_text(tmp_path: Path, unique: str) -> None:
    data_dir = tmp_path / "vault"
    tmp = tmp_path / "tmp"
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "TMPDIR": str(tmp), "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"), "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache")}

    def cli(*args: str) -> str:
        result = run_process(f"--data-dir={data_dir}", *args, env=env)
        assert result.code == 0, result.err
        return result.out

    cli("init", "--name", f"{unique}-name", "--manager", f"{unique}-manager")
    for person_field in ("employee.role", "employee.team", "employee.staff_number", "employee.contact",
                         "manager.contact"):
        cli("set", person_field, f"{unique}-{person_field}")
    for field in load_default_template().employee_fields():
        value = "Yes" if field.kind == "choice" else f"{unique} {field.id} " + "lorem ipsum " * 200
        cli("set", field.id, value, "--share" if field.id.startswith("caring") else "--no-share")
    cli("set", "notes.private", f"{unique}-notes")
    cli("action", "add", "--what", f"{unique}-what", "--owner", f"{unique}-owner", "--status", "declined",
        "--decline-reason", f"{unique}-reason")
    assert unique in cli("show")
    cli("history")
    cli("log")
    cli("action", "list")
    hits = files_containing(unique, data_dir, tmp, tmp_path / "home")
    assert hits == [], f"plaintext canary found in {hits}"
    written = sorted(p.name for p in data_dir.iterdir())
    assert written == ["keyslots.json", "vault.db"], written  # WAL checkpointed and removed on close
