"""What ``export bundle`` shares and where it writes: a private answer only when said explicitly (and
logged), and OUT before or after ``--to``. Each command is a fresh ``python -m carerpassport`` process."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PrivateAnswerError
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.identity_card import make_card
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE, require_tool

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
PRIVATE_FIELD = "caring.how_managing"  # filled_app keeps it private: "PRIVATE-ANSWER my sister helps…"


def cli(data_dir: Path, *args: str) -> Result:
    return run_process(f"--data-dir={data_dir}", *args, env={"CARERPASSPORT_PASSPHRASE": PASSPHRASE})


@pytest.fixture
def manager_card(tmp_path: Path) -> tuple[Path, Identity]:
    identity = generate_identity("Bob Smith", NOW)
    path = tmp_path / "bob.card.json"
    path.write_bytes(make_card(identity, NOW))
    return path, identity


def decrypt(bundle: Path, identity: Identity, folder: Path) -> bytes:
    """The plaintext archive, decrypted by the standard ``age`` CLI with ``identity``'s key."""
    key = folder / "key.txt"
    key.write_text(identity.age_secret + "\n")
    done = subprocess.run([require_tool("age"), "-d", "-i", str(key), str(bundle)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.english
def test_a_private_answer_is_shared_only_when_said_explicitly(filled_app: PassportApp, tmp_path: Path,
                                                              manager_card: tuple[Path, Identity]) -> None:
    card, manager = manager_card
    data_dir = filled_app.data_dir
    filled_app.close()
    bundle = tmp_path / "for-bob.passport.age"

    refused = cli(data_dir, "export", "bundle", str(bundle), "--to", str(card), "--field", "caring.responsibilities",
                  "--field", PRIVATE_FIELD)
    assert refused.code == 1 and not bundle.exists()
    assert "'How are you managing at the moment?' (caring.how_managing)" in refused.err
    assert "--include-private" in refused.err

    shared = cli(data_dir, "export", "bundle", str(bundle), "--to", str(card), "--field", "caring.responsibilities",
                 "--field", PRIVATE_FIELD, "--include-private", "--purpose", "flexible working request")
    assert shared.code == 0, shared.err
    assert b"PRIVATE-ANSWER" in decrypt(bundle, manager, tmp_path)

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        [event] = [e for e in reopened.repo.events() if e.kind == "export"]
        assert "includes answers you marked private: How are you managing at the moment?" in event.summary
        assert event.details["private_fields"] == [PRIVATE_FIELD]
        [share] = reopened.shares.shares()
        assert PRIVATE_FIELD in share.fields
    finally:
        reopened.close()


def test_the_facade_refuses_private_fields_for_a_pdf_too(filled_app: PassportApp, tmp_path: Path) -> None:
    """``export pdf`` has no --field; the facade it shares with the GUI refuses the same way."""
    out = tmp_path / "x.pdf"
    with pytest.raises(PrivateAnswerError, match="How are you managing"):
        filled_app.pdfs.export_signed_pdf(out, fields=[PRIVATE_FIELD])
    assert not out.exists() and not [e for e in filled_app.repo.events() if e.kind == "export"]
    result = filled_app.pdfs.export_signed_pdf(out, fields=[PRIVATE_FIELD], include_private=True)
    assert result.fields == [PRIVATE_FIELD, "actions"]


def test_out_before_or_after_to(app: PassportApp, tmp_path: Path, manager_card: tuple[Path, Identity]) -> None:
    card, manager = manager_card
    data_dir = app.data_dir
    app.close()
    after = tmp_path / "after.passport.age"
    result = cli(data_dir, "export", "bundle", "--to", str(card), str(after))  # OUT was taken as a recipient
    assert result.code == 0, result.err
    assert decrypt(after, manager, tmp_path)
    before = tmp_path / "before.passport.age"
    assert cli(data_dir, "export", "bundle", str(before), "--to", str(card)).code == 0
    assert decrypt(before, manager, tmp_path)

    missing = cli(data_dir, "export", "bundle", "--to", str(card))
    assert missing.code == 2 and "where to write it is missing" in missing.err
    other = tmp_path / "carol.card.json"
    other.write_bytes(make_card(generate_identity("Carol", NOW), NOW))
    two_cards = cli(data_dir, "export", "bundle", "--to", str(card), str(other))
    assert two_cards.code == 2 and "is a recipient" in two_cards.err
    assert sorted(p.name for p in tmp_path.glob("*.passport.age")) == ["after.passport.age", "before.passport.age"]
