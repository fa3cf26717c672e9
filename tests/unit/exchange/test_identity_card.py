"""The public identity card: made and read back, and every alteration refused."""

from __future__ import annotations

import base64
import json

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes
from carerpassport.exchange.errors import TamperedDocumentError
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.identity_card import MAX_CARD_BYTES, InvalidCardError, make_card, parse_card


@pytest.fixture(scope="module")
def alice():  # type: ignore[no-untyped-def]
    return generate_identity("Alice Ńowak-Jones")


@pytest.fixture(scope="module")
def mallory():  # type: ignore[no-untyped-def]
    return generate_identity("Mallory")


def _edit(raw: bytes, **changes: object) -> bytes:
    data = json.loads(raw)
    data.update(changes)
    return canonical_bytes(data)


def test_card_round_trip_holds_public_parts_only(alice) -> None:  # type: ignore[no-untyped-def]
    raw = make_card(alice)
    card = parse_card(raw)
    assert card.name == "Alice Ńowak-Jones"
    assert card.age_recipient == alice.age_recipient
    assert card.fingerprint == alice.fingerprint
    assert card.cert_pem == alice.cert_pem
    assert b"PRIVATE KEY" not in raw and alice.age_secret.encode() not in raw
    assert alice.fingerprint in card.text() and alice.age_recipient in card.text()
    assert alice.age_recipient in card.qr_payload()
    # a trailing newline (an editor saving it) is fine
    assert parse_card(raw + b"\n") == card


@pytest.mark.english
def test_swapped_age_key_is_refused(alice, mallory) -> None:  # type: ignore[no-untyped-def]
    raw = _edit(make_card(alice), age_recipient=mallory.age_recipient)
    with pytest.raises(TamperedDocumentError, match="changed after it was made"):
        parse_card(raw)


def test_swapped_name_is_refused(alice) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TamperedDocumentError):
        parse_card(_edit(make_card(alice), name="Bob Smith"))


def test_swapped_certificate_with_its_fingerprint_is_refused(alice, mallory) -> None:  # type: ignore[no-untyped-def]
    raw = _edit(make_card(alice), certificate=mallory.cert_pem.decode(), fingerprint=mallory.fingerprint)
    with pytest.raises(TamperedDocumentError):
        parse_card(raw)


@pytest.mark.english
def test_certificate_swapped_but_fingerprint_kept_is_refused(alice, mallory) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TamperedDocumentError, match="fingerprint does not match"):
        parse_card(_edit(make_card(alice), certificate=mallory.cert_pem.decode()))


def test_card_resigned_by_another_key_is_refused(alice, mallory) -> None:  # type: ignore[no-untyped-def]
    # Mallory signs Alice's card body with her own key: the signature cannot match Alice's certificate.
    forged = json.loads(make_card(mallory))
    body = json.loads(make_card(alice))
    body["signature"] = forged["signature"]
    with pytest.raises(TamperedDocumentError):
        parse_card(canonical_bytes(body))


@pytest.mark.parametrize("raw, reason", [
    (b"", "not an identity card"),
    (b"\x00\xff binary", "not an identity card"),
    (b'{"format":"something-else"}', "not a Carer's Passport identity card"),
    (b"[1,2,3]", "not a Carer's Passport identity card"),
    (b"x" * (MAX_CARD_BYTES + 1), "kilobytes"),
])
@pytest.mark.english
def test_not_a_card(raw: bytes, reason: str) -> None:
    with pytest.raises(InvalidCardError, match=reason):
        parse_card(raw)


@pytest.mark.english
def test_unknown_and_missing_parts_are_refused(alice) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidCardError, match="unknown parts"):
        parse_card(_edit(make_card(alice), extra="x"))
    data = json.loads(make_card(alice))
    del data["created"]
    with pytest.raises(InvalidCardError, match="missing"):
        parse_card(canonical_bytes(data))


@pytest.mark.english
def test_bad_values_are_refused(alice) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidCardError, match="version"):
        parse_card(_edit(make_card(alice), version=2))
    with pytest.raises(InvalidCardError, match="age key"):
        parse_card(_edit(make_card(alice), age_recipient="age1notakey"))
    with pytest.raises(InvalidCardError, match="certificate cannot be read"):
        bad = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
        parse_card(_edit(make_card(alice), certificate=bad))
    with pytest.raises(InvalidCardError, match="signature is missing"):
        parse_card(_edit(make_card(alice), signature={"algorithm": "none", "value": ""}))
    with pytest.raises(TamperedDocumentError):
        parse_card(_edit(make_card(alice), signature={"algorithm": "rsa-pss-sha256",
                                                       "value": base64.b64encode(b"x" * 384).decode()}))


@pytest.mark.english
def test_edited_whitespace_layout_is_refused(alice) -> None:  # type: ignore[no-untyped-def]
    # Duplicated keys or re-formatting could hide a second value from a reader; only canonical JSON is read.
    pretty = json.dumps(json.loads(make_card(alice)), indent=2).encode()
    with pytest.raises(InvalidCardError, match="edited"):
        parse_card(pretty)


@pytest.mark.english
def test_app_contacts_pin_card(app: PassportApp, alice) -> None:  # type: ignore[no-untyped-def]
    pin = app.contacts.add_contact(make_card(alice))
    assert pin.fingerprint == alice.fingerprint and pin.age_recipient == alice.age_recipient
    assert pin.cert_pem == alice.cert_pem
    assert [c.fingerprint for c in app.contacts.contacts()] == [alice.fingerprint]
    assert any(e.kind == "contact" and e.details["fingerprint"] == alice.fingerprint for e in app.events())
    own = parse_card(app.contacts.identity_card())
    assert own.fingerprint == app.identity().fingerprint
    with pytest.raises(Exception, match="your own identity card"):
        app.contacts.add_contact(app.contacts.identity_card())
    assert len(app.contacts.contacts()) == 1
