"""Bounded fuzz runs of the non-PDF importers through the real command line: ``import BUNDLE``,
``restore BACKUP`` and ``contacts add CARD``.

Every case is a structured mutation of a real file the test makes: truncations, byte flips, hostile age
headers, hostile JSON (deep nesting, 20,000-digit numbers, NaN, 1e999999, lone surrogates), hostile tar
archives (links, devices, ``..``, pax and GNU.sparse headers, wrong, extra and swapped members), and an
inner archive that was corrupted and then encrypted again with the right key, so decryption succeeds and
the archive and JSON readers are reached. Manifests are re-signed with the sender's real key where that is
what it takes to reach the next reader. Plus ``/dev/zero``, ``/dev/urandom``, a FIFO, a folder, a symlink
to a device. The invariant checked after each case is in :mod:`tests.security.fuzz_support`.
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rfc8785

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.exchange import age_files, backup, bundle
from carerpassport.exchange.identity import Identity
from carerpassport.exchange.identity_card import sign_bytes
from carerpassport.exchange.strict_archive import write_archive
from tests.cli_runner import Result
from tests.conftest import PASSPHRASE
from tests.security.fuzz_support import (
    Case,
    Invariant,
    age_header_cases,
    archive_header_flips,
    archive_truncations,
    byte_mutations,
    hostile_archives,
    hostile_documents,
    in_process,
    memoise_key_derivation,
    place,
    run_in_process,
    run_real_processes,
    sample,
    special_cases,
)

SEED = 20261201
CASES = 300
REAL_PROCESSES = 20


@dataclasses.dataclass
class World:
    """Two vaults that exchanged cards, a bundle from employee to manager, a backup, a card."""

    root: Path
    employee_dir: Path
    manager_dir: Path
    employee: Identity
    manager_age_secret: str
    recovery_code: str
    recovery_secret: bytes
    bundle: bytes
    backup: bytes
    card: bytes

    def pristine(self, folder: Path) -> Path:
        return self.root / "pristine" / folder.name

    def reset(self, folder: Path) -> None:
        """Put ``folder`` back as it was before the run (after a case that was rightly accepted)."""
        shutil.rmtree(folder)
        shutil.copytree(self.pristine(folder), folder)
        for stray in folder.parent.glob(f"{folder.name}.before-restore-*"):
            shutil.rmtree(stray)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    memoise_key_derivation(monkeypatch)
    employee_dir, manager_dir = tmp_path / "employee", tmp_path / "manager"
    created = PassportApp.create(employee_dir, employee_name="Siân Jones", manager_name="Bob Smith",
                                 passphrase=PASSPHRASE)
    employee = created.app
    manager = PassportApp.create(manager_dir, employee_name="Bob Smith", passphrase=PASSPHRASE).app
    try:
        employee.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.",
                                    shared=True)
        card = manager.contacts.identity_card()  # not added yet: ``contacts add`` fuzzes it
        bundle_path = tmp_path / "for-bob.passport.age"
        employee.bundles.export_bundle(bundle_path, recipients=[manager.identity().age_recipient], purpose="review")
        backup_path = tmp_path / "siân.backup.age"
        employee.backups.backup(backup_path, recovery_code=str(created.recovery_code))
        world = World(tmp_path, employee_dir, manager_dir, employee.identity(), manager.identity().age_secret,
                      str(created.recovery_code), created.recovery_code.secret, bundle_path.read_bytes(),
                      backup_path.read_bytes(), card)
    finally:
        employee.close()
        manager.close()
    for folder in (employee_dir, manager_dir):
        shutil.copytree(folder, world.pristine(folder))
    (tmp_path / "code.txt").write_text(world.recovery_code + "\n")
    return world


# --- bundle import ------------------------------------------------------------------------------

def _bundle_members(world: World) -> list[tuple[str, bytes]]:
    plaintext = age_files.decrypt(world.bundle, identities=[world.manager_age_secret])
    verified = bundle.verify_archive(plaintext)
    manifest = next(data for name, data in _tar_members(plaintext) if name == bundle.MEMBER_MANIFEST)
    return [(bundle.MEMBER_MANIFEST, manifest), (bundle.MEMBER_JSON, verified.passport_json),
            (bundle.MEMBER_PDF, verified.pdf)]


def _tar_members(archive: bytes) -> list[tuple[str, bytes]]:
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:") as tar:
        return [(info.name, tar.extractfile(info).read()) for info in tar.getmembers()]  # type: ignore[union-attr]


def _signed_manifest(world: World, body: dict[str, Any]) -> bytes:
    """``body`` (without its signature) signed with the sender's real key: the manifest checks pass."""
    body = {k: v for k, v in body.items() if k != "signature"}
    signature = sign_bytes(world.employee, bundle._SIGNING_CONTEXT, canonical_bytes(body))
    return canonical_bytes({**body, "signature": {"algorithm": bundle.SIGNATURE_ALGORITHM, "value": signature}})


def _bundle_with(world: World, passport_json: bytes | None = None, pdf: bytes | None = None,
                 manifest_changes: dict[str, Any] | None = None) -> list[tuple[str, bytes]]:
    """Real members with ``passport_json``/``pdf`` replaced and the manifest re-signed to match them."""
    members = dict(_bundle_members(world))
    body = json.loads(members[bundle.MEMBER_MANIFEST])
    if passport_json is not None:
        members[bundle.MEMBER_JSON] = passport_json
        body["content_sha256"] = sha256_hex(passport_json)
        body["members"][bundle.MEMBER_JSON] = {"sha256": sha256_hex(passport_json), "size": len(passport_json)}
    if pdf is not None:
        members[bundle.MEMBER_PDF] = pdf
        body["members"][bundle.MEMBER_PDF] = {"sha256": sha256_hex(pdf), "size": len(pdf)}
    body.update(manifest_changes or {})
    members[bundle.MEMBER_MANIFEST] = _signed_manifest(world, body)
    return [(name, members[name]) for name in (bundle.MEMBER_MANIFEST, bundle.MEMBER_JSON, bundle.MEMBER_PDF)]


def bundle_cases(world: World) -> list[Case]:
    rng = random.Random(SEED)
    recipient = age_files.recipient_of(world.manager_age_secret)

    def sealed(name: str, archive: bytes) -> Case:
        return Case(f"inner:{name}", age_files.encrypt_to_recipients(archive, [recipient]))

    members = _bundle_members(world)
    archive = write_archive(members)
    cases = special_cases()
    cases += byte_mutations("outer", world.bundle, rng, 40)
    cases += age_header_cases(world.bundle)
    cases += [sealed(name, data) for name, data in hostile_archives(members, rng)]
    cases += [sealed(name, data) for name, data in archive_truncations(archive, 30)]
    cases += [sealed(name, data) for name, data in archive_header_flips(archive, rng, 15, fix_checksum=True)]
    cases += [sealed(name, data) for name, data in archive_header_flips(archive, rng, 5, fix_checksum=False)]
    manifest = json.loads(members[0][1])
    # The manifest as the reader's first JSON: unsigned hostile values...
    for case in hostile_documents("manifest", manifest, rng, 35):
        assert case.data is not None
        cases.append(sealed(case.name, write_archive([(bundle.MEMBER_MANIFEST, case.data), *members[1:]])))
    # ...and hostile values the sender's real key signed, so the checks after the signature are reached.
    for name, value in (("revision huge", 2**53 - 1), ("revision 0", 0), ("revision float", 1.5),
                        ("revision bool", True),
                        ("recipients huge", ["age1x"] * 500), ("recipients not list", "age1"),
                        ("passport_id other", "other"), ("passport_id list", [1]), ("created huge", "9" * 60_000),
                        ("members extra", {**manifest["members"], "extra.txt": {"sha256": "0", "size": 1}}),
                        ("members size negative", {bundle.MEMBER_JSON: {"sha256": "0", "size": -1},
                                                   bundle.MEMBER_PDF: manifest["members"][bundle.MEMBER_PDF]}),
                        ("members size float", {bundle.MEMBER_JSON: {"sha256": "0", "size": 1.5},
                                                bundle.MEMBER_PDF: manifest["members"][bundle.MEMBER_PDF]}),
                        ("members not dict", []), ("version 2", 2), ("format other", "other"),
                        ("sender not dict", "x"), ("passphrase string", "yes")):
        key = name.split()[0]
        archive_out = write_archive(_bundle_with(world, manifest_changes={key: value}))
        cases.append(sealed(f"signed manifest {name}", archive_out))
    # passport.json with its hash re-signed: the passport's own JSON reader is reached.
    passport = json.loads(members[1][1])
    for case in hostile_documents("passport.json", passport, rng, 30):
        assert case.data is not None
        cases.append(sealed(f"signed {case.name}", write_archive(_bundle_with(world, passport_json=case.data))))
    not_canonical = json.dumps(passport, indent=1).encode()
    cases.append(sealed("signed passport.json not canonical",
                        write_archive(_bundle_with(world, passport_json=not_canonical))))
    pdf = members[2][1]
    for name, data in (("not a pdf", b"GIF89a" + b"\0" * 100), ("empty", b""), ("cut", pdf[: len(pdf) // 2]),
                       ("the json", members[1][1]), ("pdf header only", b"%PDF-1.7\n")):
        cases.append(sealed(f"signed pdf {name}", write_archive(_bundle_with(world, pdf=data))))
    for case in byte_mutations("signed pdf", pdf, rng, 10):
        assert case.data is not None
        cases.append(sealed(case.name, write_archive(_bundle_with(world, pdf=case.data))))
    cases.append(sealed("real archive", archive))  # the control: must be accepted
    return cases


def _bundle_command(world: World, path: Path) -> list[str]:
    return ["--data-dir", str(world.manager_dir), "import", str(path), "--trust-sender"]


def _accept_bundle(world: World) -> Callable[[Result], None]:
    def accepted(result: Result) -> None:
        assert "Kept Siân Jones's passport" in result.out, result.out
        world.reset(world.manager_dir)
    return accepted


@pytest.mark.slow
def test_bundle_import_fuzz(world: World) -> None:
    cases = bundle_cases(world)
    cases = in_process(cases)
    assert len(cases) >= CASES, len(cases)
    invariant = Invariant("bundle import", [world.manager_dir, world.root / "cases"])
    for case in cases:
        path = place(case, world.root / "cases", ".passport.age")
        invariant.run(case, run_in_process(*_bundle_command(world, path), passphrase=PASSPHRASE),
                      _accept_bundle(world))
    assert invariant.outcomes["accepted"] >= 1, "the unchanged archive must still import"
    invariant.assert_clean(CASES)


@pytest.mark.slow
def test_bundle_import_fuzz_real_processes(world: World) -> None:
    invariant = Invariant("bundle import (processes)", [world.manager_dir])
    run_real_processes(invariant, sample(bundle_cases(world), REAL_PROCESSES), lambda p: _bundle_command(world, p),
                       world.root / "cases", ".passport.age", _process_env(world), _accept_bundle(world))
    invariant.assert_clean(REAL_PROCESSES)


def _process_env(world: World) -> dict[str, str]:
    return {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "HOME": str(world.root), "CARERPASSPORT_NO_KEYRING": "1"}


# --- restore ------------------------------------------------------------------------------------

def _backup_members(world: World) -> list[tuple[str, bytes]]:
    plaintext = age_files.decrypt(world.backup, identities=[backup.recovery_identity(world.recovery_secret)])
    return _tar_members(plaintext)


def _backup_with(world: World, replacements: dict[str, bytes], manifest_changes: dict[str, Any] | None = None,
                 manifest_raw: bytes | None = None) -> bytes:
    """The real backup archive with members replaced and the manifest's hashes recorded to match them."""
    members = dict(_backup_members(world))
    members.update(replacements)
    body = json.loads(members[backup.MEMBER_MANIFEST])
    for name in (backup.MEMBER_DB, backup.MEMBER_SLOTS):
        body["members"][name] = {"sha256": sha256_hex(members[name]), "size": len(members[name])}
    body.update(manifest_changes or {})
    members[backup.MEMBER_MANIFEST] = manifest_raw if manifest_raw is not None else rfc8785.dumps(body)
    return write_archive([(name, members[name]) for name in
                          (backup.MEMBER_MANIFEST, backup.MEMBER_DB, backup.MEMBER_SLOTS)])


def restore_cases(world: World) -> list[Case]:
    rng = random.Random(SEED + 1)
    recipient = age_files.recipient_of(backup.recovery_identity(world.recovery_secret))

    def sealed(name: str, archive: bytes) -> Case:
        return Case(f"inner:{name}", age_files.encrypt_to_recipients(archive, [recipient]))

    members = _backup_members(world)
    archive = write_archive(members)
    cases = special_cases()
    cases += byte_mutations("outer", world.backup, rng, 40)
    cases += age_header_cases(world.backup)
    cases += [sealed(name, data) for name, data in hostile_archives(members, rng)]
    cases += [sealed(name, data) for name, data in archive_truncations(archive, 30)]
    cases += [sealed(name, data) for name, data in archive_header_flips(archive, rng, 15, fix_checksum=True)]
    cases += [sealed(name, data) for name, data in archive_header_flips(archive, rng, 5, fix_checksum=False)]
    manifest = json.loads(members[0][1])
    for case in hostile_documents("manifest", manifest, rng, 35):
        assert case.data is not None
        cases.append(sealed(case.name, _backup_with(world, {}, manifest_raw=case.data)))
    for name, value in (("schema_version huge", 2**53 - 1), ("schema_version 999", 999),
                        ("counts huge", {"revisions": 2**53 - 1}),
                        ("counts not dict", [1]), ("vault_id other", "other"), ("members not dict", []),
                        ("method other", "other"), ("version 2", 2), ("format other", "other")):
        cases.append(sealed(f"manifest {name}", _backup_with(world, {}, manifest_changes={name.split()[0]: value})))
    slots = json.loads(dict(members)[backup.MEMBER_SLOTS])
    for case in hostile_documents("keyslots.json", slots, rng, 40):
        assert case.data is not None
        cases.append(sealed(f"hashed {case.name}", _backup_with(world, {backup.MEMBER_SLOTS: case.data})))
    database = dict(members)[backup.MEMBER_DB]
    for name, data in (("empty", b""), ("cut", database[: len(database) // 2]), ("zeros", b"\0" * len(database)),
                       ("plain sqlite header", b"SQLite format 3\0" + database[16:]), ("the keyslots", members[2][1])):
        cases.append(sealed(f"hashed vault.db {name}", _backup_with(world, {backup.MEMBER_DB: data})))
    for case in byte_mutations("hashed vault.db", database, rng, 8):
        assert case.data is not None
        cases.append(sealed(case.name, _backup_with(world, {backup.MEMBER_DB: case.data})))
    cases.append(sealed("real archive", archive))  # the control: must be restored
    return cases


def key_slot_cases(world: World) -> list[Case]:
    """Backups whose keyslots.json passes the backup's own check (the right vault id, bounded JSON, its hash
    recorded) but holds slots the vault's key-slot reader must refuse when the restored vault is opened."""
    recipient = age_files.recipient_of(backup.recovery_identity(world.recovery_secret))

    def sealed(name: str, archive: bytes) -> Case:
        return Case(f"inner:{name}", age_files.encrypt_to_recipients(archive, [recipient]))

    slots = json.loads(dict(_backup_members(world))[backup.MEMBER_SLOTS])
    cases: list[Case] = []
    kdf = slots["slots"][0]["kdf"]
    for name, change in (("salt empty", {"salt": ""}), ("salt 1 byte", {"salt": "AA=="}),
                         ("nonce empty", {"nonce": ""}), ("nonce 3 bytes", {"nonce": "AAAA"}),
                         ("wrapped empty", {"wrapped_key": ""}),
                         ("wrapped short", {"wrapped_key": "AAAA"}), ("kind unknown", {"kind": "other"}),
                         ("memory 1 KiB", {"kdf": {**kdf, "memory_kib": 1}}),
                         ("parallelism 64", {"kdf": {**kdf, "parallelism": 64, "memory_kib": 8}}),
                         ("kdf not dict", {"kdf": [1]}), ("salt not base64", {"salt": "!!"})):
        edited = json.loads(json.dumps(slots))
        for slot in edited["slots"]:
            slot.update(change)
        archive = _backup_with(world, {backup.MEMBER_SLOTS: json.dumps(edited).encode()})
        cases.append(sealed(f"hashed keyslots {name}", archive))
    for name, value in (("slots empty", []), ("slots not list", {}), ("slots doubled", slots["slots"] * 2),
                        ("format other", "other")):
        archive = _backup_with(world, {backup.MEMBER_SLOTS: json.dumps({**slots, name.split()[0]: value}).encode()})
        cases.append(sealed(f"hashed keyslots {name}", archive))
    return cases


def _restore_command(world: World, path: Path) -> list[str]:
    return ["--data-dir", str(world.employee_dir), "restore", str(path), "--recovery-code-file",
            str(world.root / "code.txt"), "--force"]


def _accept_restore(world: World) -> Callable[[Result], None]:
    def accepted(result: Result) -> None:
        assert "Restored the vault" in result.out, result.out
        reopened = PassportApp.open(world.employee_dir, passphrase=PASSPHRASE)
        try:
            reopened.repo.verify_chain()
        finally:
            reopened.close()
        world.reset(world.employee_dir)
    return accepted


@pytest.mark.slow
def test_restore_fuzz(world: World) -> None:
    cases = restore_cases(world)
    cases = in_process(cases)
    assert len(cases) >= CASES, len(cases)
    # The parent folder too: a refused restore must leave no half-written folder beside the vault.
    invariant = Invariant("restore", [world.employee_dir, world.root / "cases"])
    watched_parent = world.root
    for case in cases:
        path = place(case, world.root / "cases", ".backup.age")
        before = sorted(p.name for p in watched_parent.iterdir())
        invariant.run(case, run_in_process(*_restore_command(world, path)), _accept_restore(world))
        after = sorted(p.name for p in watched_parent.iterdir())
        if after != before:
            invariant._fail(case, "stray folder beside the vault", repr(sorted(set(after) ^ set(before))))
            for name in set(after) - set(before):
                shutil.rmtree(world.root / name, ignore_errors=True)
    assert invariant.outcomes["accepted"] >= 1, "the unchanged backup must still restore"
    invariant.assert_clean(CASES)


@pytest.mark.slow
def test_restore_fuzz_hostile_key_slots(world: World) -> None:
    invariant = Invariant("restore (hostile key slots)", [world.employee_dir, world.root / "cases"])
    for case in key_slot_cases(world):
        path = place(case, world.root / "cases", ".backup.age")
        invariant.run(case, run_in_process(*_restore_command(world, path)), _accept_restore(world))
    invariant.assert_clean(15, kinds=2)


@pytest.mark.slow
def test_restore_fuzz_real_processes(world: World) -> None:
    invariant = Invariant("restore (processes)", [world.employee_dir])
    run_real_processes(invariant, sample(restore_cases(world), REAL_PROCESSES), lambda p: _restore_command(world, p),
                       world.root / "cases", ".backup.age", _process_env(world), _accept_restore(world))
    invariant.assert_clean(REAL_PROCESSES)


# --- contacts add (identity cards) --------------------------------------------------------------

def card_cases(world: World) -> list[Case]:
    rng = random.Random(SEED + 2)
    card = json.loads(world.card)
    cases = special_cases()
    cases += byte_mutations("card", world.card, rng, 140)
    cases += hostile_documents("card", card, rng, 130)
    for name, raw in (("bom", b"\xef\xbb\xbf" + world.card), ("utf-16", world.card.decode().encode("utf-16")),
                      ("trailing junk", world.card + b"\n}"), ("two cards", world.card + world.card),
                      ("indented", json.dumps(card, indent=2).encode()), ("list of card", b"[" + world.card + b"]"),
                      ("too large", world.card + b" " * 70_000), ("nul bytes", b"\0" * 1000),
                      ("a bundle", world.bundle[:4000]), ("a pdf", b"%PDF-1.7\n" + b"x" * 100)):
        cases.append(Case(f"card:{name}", raw))
    for key in card:
        cases.append(Case(f"card:without {key}", canonical_bytes({k: v for k, v in card.items() if k != key})))
        cases.append(Case(f"card:{key} as list", canonical_bytes({**card, key: [card[key]]})))
    cases.append(Case("card:extra field", canonical_bytes({**card, "extra": 1})))
    pem = card["certificate"]
    for name, value in (("certificate garbage", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
                        ("certificate cut", pem[: len(pem) // 2]), ("certificate non-ascii", pem.replace("M", "Ḿ", 1)),
                        ("fingerprint other", "00" * 32), ("age_recipient other", "age1" + "q" * 58),
                        ("signature value junk", {"algorithm": "rsa-pss-sha256", "value": "!!!"}),
                        ("signature value empty", {"algorithm": "rsa-pss-sha256", "value": ""}),
                        ("name huge", "N" * 10_000)):
        cases.append(Case(f"card:{name}", canonical_bytes({**card, name.split()[0]: value})))
    cases.append(Case("card:real", world.card))  # the control: must be added
    return cases


def _card_command(world: World, path: Path) -> list[str]:
    return ["--data-dir", str(world.employee_dir), "contacts", "add", str(path)]


def _accept_card(world: World) -> Callable[[Result], None]:
    def accepted(result: Result) -> None:
        assert "Trusted Bob Smith." in result.out, result.out
        world.reset(world.employee_dir)
    return accepted


@pytest.mark.slow
def test_contacts_add_fuzz(world: World) -> None:
    cases = card_cases(world)
    cases = in_process(cases)
    assert len(cases) >= CASES, len(cases)
    invariant = Invariant("contacts add", [world.employee_dir, world.root / "cases"])
    for case in cases:
        path = place(case, world.root / "cases", ".card.json")
        invariant.run(case, run_in_process(*_card_command(world, path), passphrase=PASSPHRASE), _accept_card(world))
    assert invariant.outcomes["accepted"] >= 1, "the real card must still be accepted"
    invariant.assert_clean(CASES)


@pytest.mark.slow
def test_contacts_add_fuzz_real_processes(world: World) -> None:
    invariant = Invariant("contacts add (processes)", [world.employee_dir])
    run_real_processes(invariant, sample(card_cases(world), REAL_PROCESSES), lambda p: _card_command(world, p),
                       world.root / "cases", ".card.json", _process_env(world), _accept_card(world))
    invariant.assert_clean(REAL_PROCESSES)
