"""Writing the identity card goes through the use case: the file is a valid card, and the vault's log
records where it went (recipient unknown), also after reopening the vault."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import sha256_hex
from carerpassport.exchange.identity_card import parse_card
from tests.conftest import PASSPHRASE


def test_the_card_is_written_and_its_share_logged(app: PassportApp, tmp_path: Path) -> None:
    out = tmp_path / "my card.json"
    fingerprint = app.identity().fingerprint
    assert app.contacts.write_identity_card(out) == out
    card = parse_card(out.read_bytes())
    assert card.fingerprint == fingerprint and card.name == "Siân Jones"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data_dir = app.data_dir
    app.close()

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        [event] = [e for e in reopened.repo.events("export") if e.details.get("format") == "identity-card"]
        assert event.summary == f"Identity card written to {out}"
        assert event.details["file"] == "my card.json" and event.details["recipient"] is None
        assert event.file_sha256 == sha256_hex(out.read_bytes())
        reopened.repo.verify_chain()
    finally:
        reopened.close()


def test_a_card_that_cannot_be_written_is_not_logged(app: PassportApp, tmp_path: Path) -> None:
    before = app.repo.events()
    out = tmp_path / "no such folder" / "card.json"
    with pytest.raises(OSError):
        app.contacts.write_identity_card(out)
    assert not out.exists()
    assert app.repo.events() == before
