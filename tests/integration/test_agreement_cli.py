"""``carerpassport agreement``: every subcommand, its JSON, and its refusals (exit 2 for a recipient that
does not exist or a standard one removed, exit 1 for an incomplete line), with nothing saved on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import Result, run_cli
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault_dir(data_dir: Path) -> Path:
    assert run_cli("init", "--name", "Siân Jones", "--manager", "Bob Smith", data_dir=data_dir,
                   passphrase=PASSPHRASE).code == 0
    return data_dir


def cli(vault_dir: Path, *args: str) -> Result:
    return run_cli(*args, data_dir=vault_dir, passphrase=PASSPHRASE)


def _versions(vault_dir: Path) -> int:
    return len(json.loads(cli(vault_dir, "history", "--json").out))


@pytest.mark.english
def test_every_subcommand_and_the_json(vault_dir: Path) -> None:
    shown = cli(vault_dir, "agreement", "show")
    assert "hr                  HR: Never" in shown.out and "It is private" in shown.out
    assert cli(vault_dir, "agreement", "set", "crisis_colleague", "ask_each_time", "--name", "Sam").code == 0
    added = cli(vault_dir, "agreement", "add", "Payroll", "for_purpose", "--purpose", "my pay")
    assert added.code == 0, added.err
    assert cli(vault_dir, "agreement", "keep-until", "i_move_on").code == 0
    assert cli(vault_dir, "agreement", "share").code == 0
    data = json.loads(cli(vault_dir, "agreement", "show", "--json").out)
    assert data["keep_until"] == "i_move_on" and data["shared"] is True
    payroll = next(r for r in data["rules"] if r["kind"] == "other")
    assert (payroll["label"], payroll["permission"], payroll["purpose"]) == ("Payroll", "for_purpose", "my pay")
    crisis = next(r for r in data["rules"] if r["kind"] == "crisis_colleague")
    assert (crisis["label"], crisis["permission"]) == ("Sam", "ask_each_time")
    text = cli(vault_dir, "agreement", "show").out
    assert "A colleague who covers for me in a crisis (Sam): Only when I say so, each time" in text
    assert f"{payroll['id'][:8]}  Payroll: Yes, for a stated purpose: my pay" in text
    assert "Sharing your passport [shared]" in cli(vault_dir, "show").out
    assert cli(vault_dir, "agreement", "remove", payroll["id"][:8]).code == 0
    assert "Payroll" not in cli(vault_dir, "agreement", "show").out
    assert cli(vault_dir, "agreement", "unshare").code == 0
    assert json.loads(cli(vault_dir, "agreement", "show", "--json").out)["shared"] is False
    assert cli(vault_dir, "agreement", "unshare").out == "Nothing changed.\n"


@pytest.mark.english
def test_refusals_name_the_cause_and_save_nothing(vault_dir: Path) -> None:
    before = _versions(vault_dir)
    missing = cli(vault_dir, "agreement", "set", "hr", "for_purpose")
    assert missing.code == 1 and "Say what HR may have the passport for" in missing.err
    unknown = cli(vault_dir, "agreement", "set", "payroll", "never")
    assert unknown.code == 2 and "no recipient 'payroll'" in unknown.err and "future_manager" in unknown.err
    standard = cli(vault_dir, "agreement", "remove", "hr")
    assert standard.code == 2 and "set it to never instead" in standard.err
    nameless = cli(vault_dir, "agreement", "add", "  ", "never")
    assert nameless.code == 1 and "needs a name" in nameless.err
    assert cli(vault_dir, "agreement", "add", "Payroll", "never").code == 0
    twice = cli(vault_dir, "agreement", "add", "payroll", "never")
    assert twice.code == 2 and "already names" in twice.err
    assert _versions(vault_dir) == before + 1  # only the one that was complete
    assert cli(vault_dir, "agreement", "keep-until", "forever").code == 2
