"""Every command opens the vault with ``opened_app``: the vault is closed when the command ends, also when it
fails, and the failure still reaches ``run``, which turns it into the one-line message and exit code."""

from __future__ import annotations

import argparse
import io

import pytest

from carerpassport.cli_commands import console
from carerpassport.domain.errors import ValidationError


class _App:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch) -> _App:
    fake = _App()
    monkeypatch.setattr(console, "open_app", lambda args: fake)
    return fake


def test_closed_once_after_the_block(app: _App) -> None:
    with console.opened_app(argparse.Namespace()) as opened:
        assert opened is app
        assert app.closed == 0
    assert app.closed == 1


def test_closed_when_the_command_fails_and_the_failure_becomes_exit_1(app: _App) -> None:
    def command(args: argparse.Namespace, out: object) -> int:
        with console.opened_app(args):
            raise ValidationError("The two passphrases differ; nothing was written.")

    parser = console.CommandParser(prog="carerpassport")
    parser.set_defaults(run=command)
    err = io.StringIO()
    assert console.run(parser, [], io.StringIO(), err) == console.EXIT_FAILED
    assert err.getvalue() == "carerpassport: The two passphrases differ; nothing was written.\n"
    assert app.closed == 1
