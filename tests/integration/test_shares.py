"""The sharing record: every export is listed with a hash that matches the file; consent can be
withdrawn (with a note asking for deletion); and what one recipient holds is exact."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from tests.cli_runner import Result, run_cli
from tests.conftest import PASSPHRASE
from tests.letters_support import record_letters


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> tuple[PassportApp, list[tuple[object, str, str]]]:
    """Three signed PDF exports: (result, recipient, purpose) each."""
    app = filled_app
    made = []
    first = app.pdfs.export_signed_pdf(tmp_path / "for-bob.pdf", purpose="first meeting")
    made.append((first, "Bob Smith", "first meeting"))
    hr = app.pdfs.export_signed_pdf(tmp_path / "for-hr.pdf", recipient="HR Team", purpose="flexible working request",
                               fields=["caring.responsibilities"], include_actions=False)
    made.append((hr, "HR Team", "flexible working request"))
    app.editing.set_answer("caring.effect_on_work", "I leave early on Tuesdays and Thursdays.", shared=True)
    again = app.pdfs.export_signed_pdf(tmp_path / "for-bob-2.pdf", purpose="after the change")
    made.append((again, "Bob Smith", "after the change"))
    return app, made


def test_every_export_is_recorded_with_the_file_hash(exported: tuple[PassportApp, list[tuple[object, str, str]]],
                                                     data_dir: Path) -> None:
    app, made = exported
    app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)  # the record survives a reopen
    try:
        shares = reopened.shares.shares()
        assert len(shares) == len(made)
        for share, (result, recipient, purpose) in zip(shares, made, strict=True):
            path = result.path  # type: ignore[attr-defined]
            assert share.file_sha256 == _sha256(path) == result.sha256  # type: ignore[attr-defined]
            assert (share.recipient, share.purpose, share.format) == (recipient, purpose, "pdf")
            assert share.revision == result.revision  # type: ignore[attr-defined]
            assert sorted(share.fields) == sorted(result.fields)  # type: ignore[attr-defined]
            assert share.file_name == path.name and share.withdrawn_at is None
        assert shares[1].fields == ["caring.responsibilities"]
        assert shares[2].revision > shares[0].revision
        assert "caring.effect_on_work" in shares[2].fields and "actions" in shares[2].fields
        exports = [e for e in reopened.events() if e.kind == "export"]
        assert [e.file_sha256 for e in exports] == [s.file_sha256 for s in shares]
    finally:
        reopened.close()
    listed = json.loads(cli(data_dir, "shares", "--json").out)
    assert [(s["id"], s["file_sha256"], s["recipient"]) for s in listed] == [
        (s.id, s.file_sha256, s.recipient) for s in shares]


@pytest.mark.english
def test_withdraw_consent_and_holdings(exported: tuple[PassportApp, list[tuple[object, str, str]]],
                                       data_dir: Path, tmp_path: Path) -> None:
    app, _made = exported
    bob_first, hr, bob_second = app.shares.shares()
    assert [s.id for s in app.shares.holdings("  bob   SMITH ")] == [bob_first.id, bob_second.id]
    note = app.shares.withdraw_consent(bob_first.id)
    assert note.startswith("Dear Bob Smith,") and "delete every copy" in note
    assert bob_first.file_sha256[:16] in note and f"revision {bob_first.revision}" in note
    assert "father" not in note  # the note identifies the copy without repeating what is in it
    assert "Siân Jones" in note
    event = app.events()[-1]
    assert (event.kind, event.file_sha256, event.details["share"]) == ("consent_withdrawn", bob_first.file_sha256,
                                                                        bob_first.id)
    assert [s.id for s in app.shares.holdings("Bob Smith")] == [bob_second.id]
    assert app.shares.shares()[0].withdrawn_at is not None
    before = (app.shares.shares(), len(app.events()))
    with pytest.raises(PassportError, match="already withdrawn"):
        app.shares.withdraw_consent(bob_first.id)
    with pytest.raises(PassportError, match="no share 99"):
        app.shares.withdraw_consent(99)
    assert (app.shares.shares(), len(app.events())) == before

    holds = cli(data_dir, "shares", "holds", "HR Team")
    assert holds.code == 0
    assert f"Share {hr.id}: revision {hr.revision}, pdf" in holds.out
    assert "What are your caring responsibilities?" in holds.out
    assert "How does caring affect your work?" not in holds.out and "Agreed actions" not in holds.out
    bob = cli(data_dir, "shares", "holds", "Bob Smith").out
    assert f"Share {bob_second.id}:" in bob and f"Share {bob_first.id}:" not in bob and "Agreed actions" in bob

    note_file = tmp_path / "note.txt"
    r = cli(data_dir, "shares", "withdraw", str(hr.id), "--note", str(note_file))
    assert r.code == 0, r.err
    assert note_file.read_text(encoding="utf-8").startswith("Dear HR Team,")
    assert "holds nothing" in cli(data_dir, "shares", "holds", "HR Team").out
    again = cli(data_dir, "shares", "withdraw", str(hr.id))
    assert again.code == 1 and "already withdrawn" in again.err
    listing = cli(data_dir, "shares").out
    assert listing.count("consent withdrawn") == 2


def test_bundle_exports_are_in_the_record_too(filled_app: PassportApp, tmp_path: Path) -> None:
    out = tmp_path / "mine.passport.age"
    result = filled_app.bundles.export_bundle(out, recipients=[filled_app.identity().age_recipient],
                                              purpose="backup copy")
    (share,) = filled_app.shares.shares()
    assert share.format == "bundle" and share.file_sha256 == _sha256(out) == result.sha256
    assert share.purpose == "backup copy"


@pytest.mark.english
def test_empty_record_and_bad_recipient(app: PassportApp, data_dir: Path) -> None:
    assert cli(data_dir, "shares").out == "Nothing has been shared yet.\n"
    with pytest.raises(PassportError, match="whose copies"):
        app.shares.holdings("  ")


@pytest.mark.english
def test_letters_say_what_they_hold_and_offer_no_withdrawal(filled_app: PassportApp, data_dir: Path,
                                                            tmp_path: Path) -> None:
    app = filled_app
    notice_id, request_id = record_letters(app, tmp_path)
    before = (app.shares.shares(), len(app.events()))
    with pytest.raises(PassportError, match="A carer's leave notice is not a copy of your passport"):
        app.shares.withdraw_consent(notice_id)
    with pytest.raises(PassportError, match="tell your employer in writing that you withdraw the request"):
        app.shares.withdraw_consent(request_id)
    assert (app.shares.shares(), len(app.events())) == before  # nothing recorded, nothing changed

    refused = cli(data_dir, "shares", "withdraw", str(notice_id))
    assert refused.code == 1 and "no consent to withdraw" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    held = cli(data_dir, "shares", "holds", "Bob Smith").out
    assert "A carer's leave notice: the days, no answers" in held
    assert "A flexible-working request, with:" in held and "What are your caring responsibilities?" in held
    assert "names only" not in held.casefold()
    assert all(s.withdrawn_at is None for s in app.shares.shares())
