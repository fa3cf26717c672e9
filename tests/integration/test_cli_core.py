"""The core CLI: init, show, set, action, history, log, key — with DESIGN.md's exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli_runner import run_cli, run_process
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault_dir(data_dir: Path) -> Path:
    result = run_cli("init", "--name", "Siân Jones", "--manager", "Bob Smith", data_dir=data_dir,
                     passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    assert re.search(r"([A-Z2-7]{5}-){5}[A-Z2-7]{5}", result.out)
    return data_dir


def cli(vault_dir: Path, *args: str) -> object:
    return run_cli(*args, data_dir=vault_dir, passphrase=PASSPHRASE)


@pytest.mark.english
def test_set_show_history(vault_dir: Path) -> None:
    r = cli(vault_dir, "set", "caring.responsibilities", "I care for my mum", "--share")
    assert r.code == 0 and "revision 2" in r.out  # type: ignore[attr-defined]
    cli(vault_dir, "set", "employee.role", "Nurse")
    cli(vault_dir, "set", "notes.private", "only mine")
    shown = cli(vault_dir, "show", "--json")
    data = json.loads(shown.out)  # type: ignore[attr-defined]
    assert data["answers"]["caring.responsibilities"] == {"text": "I care for my mum", "shared": True}
    assert data["employee"] == {"name": "Siân Jones", "role": "Nurse", "team": "", "staff_number": "",
                                "contact": ""}
    assert data["private_notes"] == "only mine"
    # Where it stands with the manager, as the text output's first line says it: not agreed yet.
    status = data["status"]
    assert status["state"] == "not_agreed" and status["sentence"].startswith("Not agreed with a manager yet")
    assert (status["manager_name"], status["agreed_on"], status["next_review"]) == ("", None, None)
    assert status["sentence"] in cli(vault_dir, "show").out  # type: ignore[attr-defined]
    text = cli(vault_dir, "show").out  # type: ignore[attr-defined]
    assert "I care for my mum" in text and "[shared]" in text and "Private notes (never shared)" in text
    history = json.loads(cli(vault_dir, "history", "--json").out)  # type: ignore[attr-defined]
    assert [h["reason"] for h in history] == ["create", "edit", "edit", "edit"]
    # Each edit says what it changed, in the JSON and at the end of the text line.
    assert history[0]["label"] == "" and all(h["label"].startswith("Changed: ") for h in history[1:])
    lines = cli(vault_dir, "history").out.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 4 and lines[-1].endswith(history[-1]["label"]) and "Changed: " not in lines[0]


@pytest.mark.english
def test_actions(vault_dir: Path) -> None:
    r = cli(vault_dir, "action", "add", "--what", "Start at 10 on Tuesdays", "--kind", "flexible_working",
            "--status", "agreed", "--review", "2027-06-01")
    assert r.code == 0, r.err  # type: ignore[attr-defined]
    action_id = r.out.split()[-1].rstrip(".")  # type: ignore[attr-defined]
    listed = json.loads(cli(vault_dir, "action", "list", "--json").out)  # type: ignore[attr-defined]
    assert listed[0]["what"] == "Start at 10 on Tuesdays" and listed[0]["agreed_on"]  # agreed today
    r = cli(vault_dir, "action", "update", action_id, "--status", "declined")
    assert r.code == 1 and "reason" in r.err  # type: ignore[attr-defined]
    r = cli(vault_dir, "action", "update", action_id, "--status", "declined", "--decline-reason", "no cover")
    assert r.code == 0  # type: ignore[attr-defined]
    listed = json.loads(cli(vault_dir, "action", "list", "--json").out)  # type: ignore[attr-defined]
    assert listed[0]["status"] == "declined" and listed[0]["decline_reason"] == "no cover"


@pytest.mark.parametrize(("args", "code", "message"), [
    (("set", "caring.nope", "x"), 1, "no question 'caring.nope'"),
    (("set", "support.carers_policy", "Maybe"), 1, "must be one of"),
    (("set", "manager.comment", "x"), 1, "line manager to fill in"),
    (("action", "add", "--what", "x", "--kind", "holiday"), 1, "kind must be one of"),
    (("action", "add", "--what", "x", "--review", "1/2/2027"), 1, "YYYY-MM-DD"),
    (("action", "update", "ffffffff", "--status", "agreed"), 1, "no agreed action"),
    (("frobnicate",), 2, "usage error"),
    (("set", "only-one-arg"), 2, "usage error"),
])
@pytest.mark.english
def test_errors_have_exit_codes_and_one_line(vault_dir: Path, args: tuple[str, ...], code: int, message: str) -> None:
    before = cli(vault_dir, "history", "--json").out  # type: ignore[attr-defined]
    result = cli(vault_dir, *args)
    assert result.code == code  # type: ignore[attr-defined]
    assert message in result.err and "Traceback" not in result.err  # type: ignore[attr-defined]
    assert cli(vault_dir, "history", "--json").out == before  # type: ignore[attr-defined]


@pytest.mark.english
def test_wrong_and_missing_secrets(vault_dir: Path, tmp_path: Path) -> None:
    r = run_cli("show", data_dir=vault_dir, passphrase="not the passphrase")
    assert r.code == 1 and "passphrase does not open" in r.err
    r = run_cli("show", data_dir=vault_dir)
    assert r.code == 1 and "locked" in r.err
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    r = run_cli("--passphrase-file", str(secret), "show", data_dir=vault_dir)
    assert r.code == 0 and "Siân Jones" in r.out
    r = run_cli("--passphrase-file", str(tmp_path / "missing"), "show", data_dir=vault_dir)
    assert r.code == 2 and "cannot read the passphrase file" in r.err
    r = run_cli("show", data_dir=tmp_path / "empty", passphrase=PASSPHRASE)
    assert r.code == 1 and "carerpassport init" in r.err


@pytest.mark.english  # the log's words, in English
def test_key_commands(vault_dir: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a different passphrase")
    assert cli(vault_dir, "key", "passphrase", "--new-passphrase-file", str(new)).code == 0  # type: ignore[attr-defined]
    assert run_cli("show", data_dir=vault_dir, passphrase="a different passphrase").code == 0
    r = run_cli("key", "recovery-code", data_dir=vault_dir, passphrase="a different passphrase")
    code = re.search(r"([A-Z2-7]{5}-){5}[A-Z2-7]{5}", r.out)
    assert code and run_cli("show", data_dir=vault_dir, passphrase=code.group(0)).code == 0
    log = run_cli("log", data_dir=vault_dir, passphrase="a different passphrase").out
    assert "Passphrase changed" in log and "New recovery code" in log


def test_real_process_and_environment_home(tmp_path: Path) -> None:
    env = {"CARERPASSPORT_HOME": str(tmp_path / "home"), "CARERPASSPORT_PASSPHRASE": PASSPHRASE}
    assert run_process("init", "--name", "Process", env=env).code == 0
    shown = run_process("show", "--json", env=env)
    assert shown.code == 0 and json.loads(shown.out)["employee"]["name"] == "Process"
    assert run_process("--version").out.startswith("carerpassport ")
    usage = run_process("set", env=env)
    assert usage.code == 2


@pytest.mark.english
def test_init_twice_is_refused(vault_dir: Path) -> None:
    r = cli(vault_dir, "init")
    assert r.code == 1 and "already a vault" in r.err  # type: ignore[attr-defined]
