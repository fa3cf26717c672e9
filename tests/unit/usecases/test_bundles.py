"""Bundles through the app facade: export to a contact, import as a received passport (manager mode),
the countersigned copy sent back in a bundle, unknown senders asked about, the vault unchanged on refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import load_canonical, sha256_hex
from carerpassport.exchange import age_files
from carerpassport.exchange.bundle import SENDER_TRUSTED, SENDER_UNKNOWN, SENDER_YOU
from carerpassport.exchange.errors import UntrustedSignerError
from carerpassport.exchange.passphrase_strength import generate_passphrase
from tests.conftest import PASSPHRASE


@pytest.fixture
def manager_app(tmp_path: Path) -> Iterator[PassportApp]:
    created = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE)
    yield created.app
    created.app.close()


def _state(app: PassportApp) -> tuple[object, ...]:
    return (len(app.editing.history()), len(app.events()), len(app.repo.attachments()), len(app.repo.pins()))


@pytest.mark.english
def test_export_to_contact_and_import_as_received(filled_app: PassportApp, manager_app: PassportApp,
                                                  tmp_path: Path) -> None:
    filled_app.contacts.add_contact(manager_app.contacts.identity_card())
    [contact] = filled_app.contacts.contacts()
    out = tmp_path / "for-bob.passport.age"
    result = filled_app.bundles.export_bundle(out, recipients=[contact.age_recipient], purpose="1:1 meeting")
    assert result.sha256 == sha256_hex(out.read_bytes())
    assert set(result.recipients) == {contact.age_recipient, filled_app.identity().age_recipient}
    assert result.recipient_label == "Bob Smith"
    assert "caring.responsibilities" in result.fields and "caring.how_managing" not in result.fields
    event = [e for e in filled_app.events() if e.kind == "export"][-1]
    assert event.details["format"] == "bundle" and event.file_sha256 == result.sha256
    share = filled_app.repo.shares()[-1]
    assert (share.format, share.recipient, share.file_sha256, share.purpose) == (
        "bundle", "Bob Smith", result.sha256, "1:1 meeting")

    # the sender can open what they sent
    mine = filled_app.bundles.open_bundle(out)
    assert mine.sender_state == SENDER_YOU and mine.own_passport

    opened = manager_app.bundles.open_bundle(out)
    assert opened.sender_state == SENDER_UNKNOWN and not opened.own_passport and opened.addressed_to_you
    shared = load_canonical(opened.verified.passport_json)
    assert "caring.how_managing" not in shared["answers"] and "private_notes" not in shared
    before = _state(manager_app)
    with pytest.raises(UntrustedSignerError, match="not trusted yet.*--trust-sender"):
        manager_app.bundles.import_bundle(out)
    assert _state(manager_app) == before

    imported = manager_app.bundles.import_bundle(out, trust_sender=True)
    assert imported.route == "received" and imported.attachment_id is not None
    kept = manager_app.repo.attachment(imported.attachment_id)
    assert kept.kind == "received_passport" and kept.data == opened.verified.pdf
    assert kept.details["employee_fingerprint"] == filled_app.identity().fingerprint
    [record] = manager_app.countersigning.received_passports()
    assert record.employee_name == "Siân Jones"
    assert manager_app.bundles.open_bundle(out).sender_state == SENDER_TRUSTED
    assert any(e.kind == "import" and e.file_sha256 == result.sha256 for e in manager_app.events())


def test_countersigned_copy_comes_back_in_a_bundle(filled_app: PassportApp, manager_app: PassportApp,
                                                   tmp_path: Path) -> None:
    manager_app.contacts.add_contact(filled_app.contacts.identity_card())
    filled_app.contacts.add_contact(manager_app.contacts.identity_card())
    bob = filled_app.contacts.contacts()[0].age_recipient
    filled_app.bundles.export_bundle(tmp_path / "out.passport.age", recipients=[bob])
    received = manager_app.bundles.import_bundle(tmp_path / "out.passport.age")
    assert received.route == "received"
    signed_pdf = tmp_path / "to-sign.pdf"
    signed_pdf.write_bytes(manager_app.repo.attachment(received.attachment_id).data)  # type: ignore[arg-type]
    countersigned = manager_app.countersigning.countersign(manager_app.countersigning.inspect_received(signed_pdf),
                                                           tmp_path / "countersigned.pdf",
                                            comment="Agreed, thanks")
    assert countersigned.kept_attachment_id is not None
    back = tmp_path / "back.passport.age"
    manager_app.bundles.export_received_bundle(countersigned.kept_attachment_id, back,
                                       recipients=[filled_app.identity().age_recipient])

    before = _state(filled_app)
    result = filled_app.bundles.import_bundle(back, trust_new_manager=True)
    assert result.route == "countersigned"
    assert len(filled_app.editing.history()) == before[0] + 1
    assert filled_app.editing.history()[-1].reason == "countersigned"
    assert any(e.kind == "countersigned" for e in filled_app.events())


@pytest.mark.english
def test_stranger_cannot_open_and_vault_unchanged(filled_app: PassportApp, manager_app: PassportApp,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "self.passport.age"
    filled_app.bundles.export_bundle(out, recipients=[filled_app.identity().age_recipient])
    before = _state(manager_app)
    with pytest.raises(age_files.WrongDecryptionKeyError, match="not encrypted to you"):
        manager_app.bundles.import_bundle(out)
    assert _state(manager_app) == before


def test_passphrase_bundle_round_trip(filled_app: PassportApp, manager_app: PassportApp, tmp_path: Path) -> None:
    passphrase = generate_passphrase()
    out = tmp_path / "p.passport.age"
    result = filled_app.bundles.export_bundle(out, passphrase=passphrase)
    assert result.passphrase and result.recipient_label == "anyone with the passphrase"
    with pytest.raises(age_files.PassphraseRequiredError):
        manager_app.bundles.open_bundle(out)
    opened = manager_app.bundles.open_bundle(out, passphrase=passphrase)
    assert opened.manifest.passphrase and opened.addressed_to_you
    assert manager_app.bundles.import_bundle(out, passphrase=passphrase, trust_sender=True).route == "received"


@pytest.mark.english
def test_weak_passphrase_refused_before_anything(filled_app: PassportApp, tmp_path: Path) -> None:
    before = _state(filled_app)
    with pytest.raises(Exception, match="about 72 bits"):
        filled_app.bundles.export_bundle(tmp_path / "x.age", passphrase="password1234")
    assert not (tmp_path / "x.age").exists() and _state(filled_app) == before


@pytest.mark.english
def test_same_bundle_twice_is_refused(filled_app: PassportApp, manager_app: PassportApp, tmp_path: Path) -> None:
    out = tmp_path / "b.passport.age"
    filled_app.bundles.export_bundle(out, recipients=[manager_app.identity().age_recipient])
    manager_app.bundles.import_bundle(out, trust_sender=True)
    before = _state(manager_app)
    with pytest.raises(Exception, match="already imported"):
        manager_app.bundles.import_bundle(out)
    assert _state(manager_app) == before


@pytest.mark.english
def test_huge_file_refused_before_reading(manager_app: PassportApp, tmp_path: Path) -> None:
    from carerpassport.exchange.bundle import MAX_BUNDLE_BYTES

    huge = tmp_path / "huge.passport.age"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.write(b"age-encryption.org/v1\n")
        handle.truncate(MAX_BUNDLE_BYTES + 1)
    before = _state(manager_app)
    with pytest.raises(age_files.FileTooLargeError, match="an encrypted passport bundle is far smaller"):
        manager_app.bundles.import_bundle(huge)
    assert _state(manager_app) == before
    with pytest.raises(Exception, match="does not exist"):
        manager_app.bundles.open_bundle(tmp_path / "missing.age")
    with pytest.raises(Exception, match="is a folder, not an encrypted passport bundle"):
        manager_app.bundles.open_bundle(tmp_path)
