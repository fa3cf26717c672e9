"""Tampered bundles are refused with their reason, and the receiving vault is unchanged.

Flipped bytes anywhere in the file, swapped members, an edited manifest, a manifest re-signed with
another identity (keeping the sender's certificate, or replacing it), extra members.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.errors import PassportError
from carerpassport.exchange.bundle import _SIGNING_CONTEXT, build_manifest
from carerpassport.exchange.errors import TamperedDocumentError, UntrustedSignerError
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.identity_card import sign_bytes
from carerpassport.exchange.strict_archive import UnsafeArchiveError, read_archive, write_archive
from tests.conftest import PASSPHRASE

LIMITS = {"manifest.json": 10**6, "passport.json": 10**7, "passport.pdf": 10**8, "extra.txt": 10**6}


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[PassportApp]:
    created = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE)
    yield created.app
    created.app.close()


@pytest.fixture(scope="module")
def stranger() -> Identity:
    return generate_identity("Mallory")


@pytest.fixture
def sent(filled_app: PassportApp, manager: PassportApp, tmp_path: Path) -> Path:
    """A real bundle from the employee to the manager, who has trusted the employee's card."""
    manager.contacts.add_contact(filled_app.contacts.identity_card())
    out = tmp_path / "sent.passport.age"
    filled_app.bundles.export_bundle(out, recipients=[manager.identity().age_recipient])
    return out


def _state(app: PassportApp) -> tuple[object, ...]:
    return (len(app.editing.history()), len(app.events()), len(app.repo.attachments()), len(app.repo.pins()),
            app.repo.latest_revision())


def _unpack(app: PassportApp, path: Path) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(app.identity().age_secret)])
    return read_archive(plain, limits=LIMITS, required=[], max_total=10**9, what="test")


def _repack(app: PassportApp, path: Path, members: list[tuple[str, bytes]]) -> Path:
    out = path.with_name("tampered.passport.age")
    archive = write_archive(members)
    out.write_bytes(pyrage.encrypt(archive, [x25519.Recipient.from_str(app.identity().age_recipient)]))
    return out


def _refused(app: PassportApp, path: Path, error: type[Exception], reason: str, **kwargs: object) -> None:
    before = _state(app)
    with pytest.raises(error, match=reason):
        app.bundles.import_bundle(path, trust_sender=True, **kwargs)  # type: ignore[arg-type]
    assert _state(app) == before


def test_every_flipped_byte_is_refused(manager: PassportApp, sent: Path) -> None:
    data = sent.read_bytes()
    header_end = data.index(b"\n---") + 50
    rng = random.Random(7)
    positions = list(range(0, min(header_end, len(data)), 3)) + rng.sample(range(header_end, len(data)), 80)
    before = _state(manager)
    tampered = sent.with_name("flipped.passport.age")
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 1 << rng.randrange(8)
        tampered.write_bytes(bytes(changed))
        with pytest.raises(PassportError):
            manager.bundles.import_bundle(tampered, trust_sender=True)
    assert _state(manager) == before


def test_swapped_pdf_is_refused(filled_app: PassportApp, manager: PassportApp, sent: Path, tmp_path: Path) -> None:
    filled_app.editing.set_answer("caring.responsibilities", "A later, different answer.", shared=True)
    other = tmp_path / "other.passport.age"
    filled_app.bundles.export_bundle(other, recipients=[manager.identity().age_recipient])
    first, second = _unpack(manager, sent), _unpack(manager, other)
    swapped = _repack(manager, sent, [("manifest.json", first["manifest.json"]),
                                      ("passport.json", first["passport.json"]),
                                      ("passport.pdf", second["passport.pdf"])])
    _refused(manager, swapped, TamperedDocumentError, "passport.pdf in this bundle does not match the hash")
    swapped = _repack(manager, sent, [("manifest.json", first["manifest.json"]),
                                      ("passport.json", second["passport.json"]),
                                      ("passport.pdf", first["passport.pdf"])])
    _refused(manager, swapped, TamperedDocumentError, "passport.json in this bundle does not match the hash")


def test_edited_manifest_is_refused(manager: PassportApp, sent: Path) -> None:
    members = _unpack(manager, sent)
    manifest = json.loads(members["manifest.json"])
    manifest["revision"] += 1
    edited = _repack(manager, sent, [("manifest.json", canonical_bytes(manifest)),
                                     ("passport.json", members["passport.json"]),
                                     ("passport.pdf", members["passport.pdf"])])
    _refused(manager, edited, TamperedDocumentError, "manifest signature does not verify")


def test_manifest_resigned_by_another_key_but_same_sender_is_refused(manager: PassportApp, sent: Path,
                                                                     stranger: Identity) -> None:
    members = _unpack(manager, sent)
    manifest = json.loads(members["manifest.json"])
    manifest["purpose"] = "forwarded to HR"
    del manifest["signature"]
    manifest["signature"] = {"algorithm": "rsa-pss-sha256",
                             "value": sign_bytes(stranger, _SIGNING_CONTEXT, canonical_bytes(manifest))}
    resigned = _repack(manager, sent, [("manifest.json", canonical_bytes(manifest)),
                                       ("passport.json", members["passport.json"]),
                                       ("passport.pdf", members["passport.pdf"])])
    _refused(manager, resigned, TamperedDocumentError, "manifest signature does not verify")


def test_content_resigned_as_another_identity_is_refused(filled_app: PassportApp, manager: PassportApp, sent: Path,
                                                         stranger: Identity) -> None:
    members = _unpack(manager, sent)
    forged_json = members["passport.json"].replace(b"I look after my father", b"I need a pay rise today")
    manifest = build_manifest(stranger, passport_json=forged_json, pdf=members["passport.pdf"], revision=9,
                              created=dt.datetime.now(dt.UTC), recipients=[manager.identity().age_recipient],
                              passphrase=False)
    forged = _repack(manager, sent, [("manifest.json", manifest), ("passport.json", forged_json),
                                     ("passport.pdf", members["passport.pdf"])])
    before = _state(manager)
    # the signature is valid, but made by someone the manager never trusted: the manager is asked, not told
    with pytest.raises(UntrustedSignerError, match="Mallory, whom you have not trusted"):
        manager.bundles.import_bundle(forged)
    # and even when told to trust the stranger, the PDF inside was signed by someone else
    with pytest.raises(TamperedDocumentError, match="signed by someone other than the bundle's sender"):
        manager.bundles.import_bundle(forged, trust_sender=True)
    assert _state(manager) == before
    assert sha256_hex(forged_json) != sha256_hex(members["passport.json"])


def test_impersonating_a_trusted_age_key_is_flagged(filled_app: PassportApp, manager: PassportApp, sent: Path,
                                                    stranger: Identity) -> None:
    members = _unpack(manager, sent)
    manifest = json.loads(build_manifest(stranger, passport_json=members["passport.json"], pdf=members["passport.pdf"],
                                         revision=2, created=dt.datetime.now(dt.UTC), recipients=[],
                                         passphrase=False))
    # claim the employee's (trusted) age key as the sender's, under the stranger's certificate
    manifest["sender"]["age_recipient"] = filled_app.identity().age_recipient
    del manifest["signature"]
    manifest["signature"] = {"algorithm": "rsa-pss-sha256",
                             "value": sign_bytes(stranger, _SIGNING_CONTEXT, canonical_bytes(manifest))}
    forged = _repack(manager, sent, [("manifest.json", canonical_bytes(manifest)),
                                     ("passport.json", members["passport.json"]),
                                     ("passport.pdf", members["passport.pdf"])])
    assert manager.bundles.open_bundle(forged).sender_state == "changed"
    _refused(manager, forged, UntrustedSignerError,
             "key you trusted for Siân Jones, but it is signed with a different certificate")


def test_extra_member_is_refused(manager: PassportApp, sent: Path) -> None:
    members = _unpack(manager, sent)
    extra = _repack(manager, sent, [*members.items(), ("extra.txt", b"hello")])
    _refused(manager, extra, UnsafeArchiveError, "unexpected file 'extra.txt'")


def test_untampered_bundle_is_accepted(manager: PassportApp, sent: Path) -> None:
    # the control: the same machinery accepts the real file
    assert manager.bundles.import_bundle(sent).route == "received"
