"""The app makes no network connections: every socket connect and name lookup is refused while whole
user flows run, and the test fails if anything tried."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network use is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts


def test_core_flows_use_no_network(no_network: list[str], data_dir: Path, tmp_path: Path) -> None:
    def cli(*args: str) -> str:
        result = run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)
        assert result.code == 0, result.err
        return result.out

    cli("init", "--name", "Offline", "--manager", "Manager")
    cli("set", "caring.responsibilities", "text", "--share")
    cli("action", "add", "--what", "Start late", "--status", "agreed")
    pdf = tmp_path / "out.pdf"
    cli("export", "pdf", str(pdf))
    cli("verify", str(pdf))
    cli("history")
    cli("show")
    assert no_network == []
