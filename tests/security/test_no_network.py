"""The app makes no network connections: every socket connect and name lookup is refused while whole
user flows run, and the test fails if anything tried."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
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


def test_exchange_and_review_flows_use_no_network(no_network: list[str], filled_app: PassportApp,
                                                  tmp_path: Path) -> None:
    """Countersigning, importing, bundles both ways, backup and restore, reviews, reminders, checklist."""
    employee = filled_app
    manager = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE).app
    try:
        exported = tmp_path / "for-manager.pdf"
        employee.pdfs.export_signed_pdf(exported)
        countersigned = tmp_path / "countersigned.pdf"
        manager.countersigning.countersign(manager.countersigning.inspect_received(exported), countersigned,
                                           comment="Agreed.")
        employee.countersigning.import_countersigned(countersigned, trust_new_manager=True)

        manager.contacts.add_contact(employee.contacts.identity_card())
        employee.contacts.add_contact(manager.contacts.identity_card(), role="manager")
        bundle = tmp_path / "to-manager.passport.age"
        employee.bundles.export_bundle(bundle, recipients=[manager.identity().age_recipient])
        manager.bundles.import_bundle(bundle)

        backup = tmp_path / "whole.backup.age"
        employee.backups.backup(backup, passphrase="a long and unusual backup passphrase 42")
        PassportApp.restore(tmp_path / "restored", backup, passphrase="a long and unusual backup passphrase 42")

        session = employee.reviews.start_review()
        employee.reviews.finish_review(session)
        employee.reviews.write_reminders(tmp_path / "reviews.ics")
        employee.reviews.write_checklist(tmp_path / "checklist.pdf")
        employee.shares.withdraw_consent(employee.shares.shares()[0].id)
    finally:
        manager.close()
    assert no_network == []
