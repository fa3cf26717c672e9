"""The leave log is inside the encrypted vault: a canary in a leave entry's private note never appears in
any file the app wrote, and the notice written for the employer does not carry it either."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_process
from tests.conftest import PASSPHRASE
from tests.security.canary import files_containing


def test_leave_note_canary_never_reaches_disk_or_the_notice(tmp_path: Path, unique: str) -> None:
    data_dir = tmp_path / "vault"
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "TMPDIR": str(tmp), "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"), "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache")}

    def cli(*args: str) -> str:
        result = run_process(f"--data-dir={data_dir}", *args, env=env)
        assert result.code == 0, result.err
        return result.out

    cli("init", "--name", "Siân Jones")
    cli("jurisdiction", "scotland")
    cli("leave", "pattern", "--hours-per-day", "7.5", "--days-per-week", "5")
    planned = cli("leave", "plan", "2026-03-10", "--for", "child", "--note", f"{unique}-note")
    entry_id = planned.split()[1].rstrip(":")
    out = tmp_path / "out"
    out.mkdir()
    cli("leave", "notice", entry_id, "--out", str(out / "notice.pdf"))
    cli("leave", "notice", entry_id, "--out", str(out / "notice.txt"))
    assert f"{unique}-note" in cli("leave", "list", "--json")  # it is stored, and readable through the app
    hits = files_containing(unique, data_dir, tmp, tmp_path / "home", out)
    assert hits == [], f"plaintext canary found in {hits}"
