"""The bundle format: seal, open, verify; wrong keys and passphrases refused with their reasons."""

from __future__ import annotations

import json

import pytest
from pyrage import x25519

from carerpassport.domain.canonical import sha256_hex
from carerpassport.exchange import age_files
from carerpassport.exchange.bundle import (
    MEMBER_JSON,
    MEMBER_MANIFEST,
    MEMBER_PDF,
    SENDER_CHANGED,
    SENDER_TRUSTED,
    SENDER_UNKNOWN,
    SENDER_YOU,
    open_bundle_bytes,
    pack_archive,
    seal_bundle,
    sender_trust,
    verify_archive,
)
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.passphrase_strength import WeakBundlePassphraseError, generate_passphrase
from carerpassport.exchange.strict_archive import read_archive


def _seal(sender, payload, recipients):  # type: ignore[no-untyped-def]
    passport_json, pdf = payload
    return seal_bundle(sender, passport_json=passport_json, pdf=pdf, revision=3, recipients=recipients,
                       purpose="meeting")


def test_recipient_and_sender_can_open(bundle_sender, bundle_recipient, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    data = _seal(bundle_sender, bundle_payload, [bundle_recipient.age_recipient])
    assert data.startswith(b"age-encryption.org/v1\n")
    for who in (bundle_recipient, bundle_sender):
        opened = open_bundle_bytes(data, identities=[who.age_secret])
        assert opened.passport_json == bundle_payload[0]
        assert opened.pdf == bundle_payload[1]
        manifest = opened.manifest
        assert manifest.revision == 3 and manifest.purpose == "meeting"
        assert manifest.passport_id == json.loads(bundle_payload[0])["id"]
        assert set(manifest.recipients) == {bundle_recipient.age_recipient, bundle_sender.age_recipient}
        assert manifest.sender.fingerprint == bundle_sender.fingerprint
        assert manifest.sender.age_recipient == bundle_sender.age_recipient
        assert manifest.members[MEMBER_PDF] == (sha256_hex(bundle_payload[1]), len(bundle_payload[1]))
        assert opened.file_sha256 == sha256_hex(data)


def test_plaintext_is_not_in_the_file(bundle_sender, bundle_recipient, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    data = _seal(bundle_sender, bundle_payload, [bundle_recipient.age_recipient])
    for needle in (b"father", b"placeholder", "Siân".encode(), "Siân".encode("utf-16-le"), b"passport.json"):
        assert needle not in data


@pytest.mark.english
def test_someone_else_cannot_open(bundle_sender, bundle_recipient, bundle_stranger, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    data = _seal(bundle_sender, bundle_payload, [bundle_recipient.age_recipient])
    with pytest.raises(age_files.WrongDecryptionKeyError, match="not encrypted to you"):
        open_bundle_bytes(data, identities=[bundle_stranger.age_secret])
    with pytest.raises(age_files.WrongDecryptionKeyError, match="people's keys, not a passphrase"):
        open_bundle_bytes(data, passphrase=generate_passphrase())


@pytest.mark.english
def test_passphrase_bundle(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    passphrase = generate_passphrase()
    data = seal_bundle(bundle_sender, passport_json=bundle_payload[0], pdf=bundle_payload[1], revision=1,
                       passphrase=passphrase)
    assert b"-> scrypt " in data[:200]
    opened = open_bundle_bytes(data, passphrase=passphrase)
    assert opened.manifest.passphrase is True and opened.manifest.recipients == ()
    with pytest.raises(age_files.PassphraseRequiredError, match="locked with a passphrase"):
        open_bundle_bytes(data, identities=[bundle_sender.age_secret])
    with pytest.raises(age_files.WrongDecryptionKeyError, match="passphrase does not open"):
        open_bundle_bytes(data, passphrase=generate_passphrase())


@pytest.mark.english
def test_weak_passphrase_refused_with_how_strong(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WeakBundlePassphraseError, match="at least 16 characters and about 72 bits"):
        seal_bundle(bundle_sender, passport_json=bundle_payload[0], pdf=bundle_payload[1], revision=1,
                    passphrase="correct horse battery staple")


@pytest.mark.english
def test_recipients_or_passphrase_not_both(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="not both or neither"):
        seal_bundle(bundle_sender, passport_json=bundle_payload[0], pdf=bundle_payload[1], revision=1)
    with pytest.raises(age_files.InvalidRecipientError, match="not an age public key"):
        _seal(bundle_sender, bundle_payload, ["age1nope"])


@pytest.mark.parametrize("data, error, reason", [
    (b"", age_files.NotAnAgeFileError, "not an encrypted passport file"),
    (b"%PDF-1.7 not encrypted", age_files.NotAnAgeFileError, "age-encryption.org"),
    (b"age-encryption.org/v1\n-> X25519 abc\n", TamperedDocumentError, "cut short"),
    (b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 40\nxx\n--- abc\n", TamperedDocumentError,
     "work factor of 2\\^40"),
    (b"-----BEGIN AGE ENCRYPTED FILE-----\nYWJj\n", age_files.NotAnAgeFileError, "cut short"),
])
@pytest.mark.english
def test_not_an_age_file(data: bytes, error: type[Exception], reason: str, bundle_recipient) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=reason):
        open_bundle_bytes(data, identities=[bundle_recipient.age_secret])


@pytest.mark.english
def test_truncated_file_is_damaged(bundle_sender, bundle_recipient, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    data = _seal(bundle_sender, bundle_payload, [bundle_recipient.age_recipient])
    with pytest.raises(TamperedDocumentError, match="damaged or was altered"):
        open_bundle_bytes(data[:-20], identities=[bundle_recipient.age_secret])


def test_armored_file_opens(bundle_sender, bundle_recipient, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    import pyrage

    archive = pack_archive(bundle_sender, passport_json=bundle_payload[0], pdf=bundle_payload[1], revision=1,
                           created=__import__("datetime").datetime.now(__import__("datetime").UTC),
                           recipients=[bundle_recipient.age_recipient], passphrase=False)
    armored = pyrage.encrypt(archive, [x25519.Recipient.from_str(bundle_recipient.age_recipient)], armored=True)
    assert open_bundle_bytes(armored, identities=[bundle_recipient.age_secret]).pdf == bundle_payload[1]


def test_archive_layout(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    archive = pack_archive(bundle_sender, passport_json=bundle_payload[0], pdf=bundle_payload[1], revision=2,
                           created=dt.datetime.now(dt.UTC), recipients=[], passphrase=True)
    members = read_archive(archive, limits={MEMBER_MANIFEST: 10**6, MEMBER_JSON: 10**6, MEMBER_PDF: 10**6},
                           required=[], max_total=10**7, what="x")
    assert list(members) == [MEMBER_MANIFEST, MEMBER_JSON, MEMBER_PDF]
    manifest = json.loads(members[MEMBER_MANIFEST])
    assert manifest["format"] == "carerpassport-bundle" and manifest["version"] == 1
    assert manifest["signature"]["algorithm"] == "rsa-pss-sha256"
    assert "PRIVATE" not in members[MEMBER_MANIFEST].decode()
    assert verify_archive(archive).manifest.revision == 2


def test_sender_trust_states(bundle_sender, bundle_recipient, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    data = _seal(bundle_sender, bundle_payload, [bundle_recipient.age_recipient])
    sender = open_bundle_bytes(data, identities=[bundle_recipient.age_secret]).manifest.sender
    assert sender_trust(sender, bundle_sender.fingerprint, []) == SENDER_YOU
    assert sender_trust(sender, bundle_recipient.fingerprint, []) == SENDER_UNKNOWN
    assert sender_trust(sender, bundle_recipient.fingerprint,
                        [(bundle_sender.fingerprint, bundle_sender.age_recipient)]) == SENDER_TRUSTED
    assert sender_trust(sender, bundle_recipient.fingerprint,
                        [("00 11", bundle_sender.age_recipient)]) == SENDER_CHANGED


@pytest.mark.english
def test_pdf_member_must_be_a_pdf(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    archive = pack_archive(bundle_sender, passport_json=bundle_payload[0], pdf=b"MZ not a pdf", revision=2,
                           created=dt.datetime.now(dt.UTC), recipients=[], passphrase=True)
    with pytest.raises(NotAPassportFileError, match="not a PDF"):
        verify_archive(archive)
