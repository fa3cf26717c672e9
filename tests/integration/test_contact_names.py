"""Names from other people's files: a second card cannot take over a trusted name, a recipient name means
exactly one person, and every shown name is free of escapes, control and invisible characters.

Each command runs as a fresh ``python -m carerpassport`` process: the point is what a terminal receives.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.display_text import display_comment, display_name, same_shown_name
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.identity_card import make_card
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE, require_tool
from tests.countersign_support import countersigned_by_app, employee_pdf, poppler_countersign

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)

#: Each hostile name, and what it must be shown as.
HOSTILE_NAMES = [
    ("\x1b[2K\x1b[1GAnsi Erase", "Ansi Erase"),                 # erase the line, back to column 1
    ("Osc \x1b]0;you have been pwned\x07Title", "Osc Title"),   # set the terminal's title
    ("Bidi \u202eetilop", "Bidi etilop"),                       # right-to-left override: shows "polite"
    ("Zero\u200b Width\u2060\ufeff", "Zero Width"),             # zero-width space, word joiner, BOM
    ("Forged\nFingerprint: 00 00 00 00", "Forged Fingerprint: 00 00 00 00"),  # a forged output line
    ("\x9b31mCsi\x85Nel", "Csi Nel"),                           # C1 CSI and NEXT LINE
    ("Isolate\u2066 Left\u2069\u200f", "Isolate Left"),         # bidi isolates and a right-to-left mark
    ("\x07\x08Bell\rReturn\x7f", "Bell Return"),                # BEL, backspace, CR, DEL
]


def assert_clean(text: str) -> None:
    """No escape, control (other than newline) or invisible format character reaches the terminal."""
    bad = [f"U+{ord(c):04X}" for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]
    assert not bad, f"{bad} in {text!r}"
    assert not re.search(r"^Fingerprint: 00 00", text, re.MULTILINE)


def card_file(folder: Path, name: str) -> tuple[Path, Identity]:
    identity = generate_identity(name, NOW)
    path = folder / f"card-{identity.fingerprint[:8].replace(' ', '')}.json"
    path.write_bytes(make_card(identity, NOW))
    return path, identity


def cli(data_dir: Path, *args: str) -> Result:
    return run_process(f"--data-dir={data_dir}", *args, env={"CARERPASSPORT_PASSPHRASE": PASSPHRASE})


def test_display_name_table() -> None:
    for hostile, shown in HOSTILE_NAMES:
        assert display_name(hostile) == shown
    assert display_name("Siân Jones") == "Siân Jones"
    assert display_name("x" * 500).endswith("…") and len(display_name("x" * 500)) == 120
    assert same_shown_name("Manager\u200b Boss", "manager boss") and not same_shown_name("", "")
    assert display_comment("Line one\x1b[2K\r\n\tLine\u202e two\u2028three") == "Line one\n\tLine two\nthree"


@pytest.mark.english
def test_a_second_card_in_a_trusted_name_is_refused_then_replaced_on_request(
        app: PassportApp, tmp_path: Path) -> None:
    require_tool("age")
    data_dir = app.data_dir
    app.close()
    boss_card, boss = card_file(tmp_path, "Manager Boss")
    impostor_card, impostor = card_file(tmp_path, "Manager\u200b BOSS")  # looks the same once shown
    assert cli(data_dir, "contacts", "add", str(boss_card)).code == 0

    refused = cli(data_dir, "contacts", "add", str(impostor_card))
    assert refused.code == 1
    assert boss.fingerprint in refused.err and impostor.fingerprint in refused.err and "--replace" in refused.err
    assert_clean(refused.err)
    listed = cli(data_dir, "contacts", "list")
    assert listed.out.count("Manager Boss") == 1 and boss.age_recipient in listed.out
    assert impostor.age_recipient not in listed.out

    bundle = tmp_path / "for-boss.passport.age"
    assert cli(data_dir, "export", "bundle", str(bundle), "--to", "Manager Boss").code == 0
    assert decrypts(bundle, boss, tmp_path) and not decrypts(bundle, impostor, tmp_path)

    replaced = cli(data_dir, "contacts", "add", str(impostor_card), "--replace")
    assert replaced.code == 0, replaced.err
    log = cli(data_dir, "log")
    assert "Replaced the identity card of Manager Boss" in log.out
    bundle.unlink()
    assert cli(data_dir, "export", "bundle", str(bundle), "--to", "Manager Boss").code == 0
    assert decrypts(bundle, impostor, tmp_path) and not decrypts(bundle, boss, tmp_path)


def decrypts(bundle: Path, identity: Identity, folder: Path) -> bool:
    key = folder / "age-key.txt"
    key.write_text(identity.age_secret + "\n")
    return subprocess.run(["age", "-d", "-i", str(key), "-o", "/dev/null", str(bundle)],
                          capture_output=True, timeout=60).returncode == 0


def test_a_name_two_contacts_share_is_refused_naming_both(app: PassportApp, tmp_path: Path) -> None:
    # Vaults from before names were kept unique may hold two contacts with one name.
    first, second = generate_identity("Manager Boss", NOW), generate_identity("manager boss", NOW)
    with app.repo.transaction():
        for person in (first, second):
            app.repo.add_pin(person.name, person.fingerprint, role="contact", cert_pem=person.cert_pem,
                             age_recipient=person.age_recipient)
    data_dir = app.data_dir
    app.close()
    bundle = tmp_path / "x.passport.age"
    result = cli(data_dir, "export", "bundle", str(bundle), "--to", "Manager Boss")
    assert result.code == 1 and not bundle.exists()
    assert first.fingerprint in result.err and second.fingerprint in result.err
    by_key = cli(data_dir, "export", "bundle", str(bundle), "--to", second.age_recipient)
    assert by_key.code == 0, by_key.err


@pytest.mark.english
def test_an_unknown_bundle_sender_in_a_trusted_name_is_refused(app: PassportApp, tmp_path: Path) -> None:
    """``import --trust-sender`` pins the sender: it must not take over the name of a trusted contact."""
    other = PassportApp.create(tmp_path / "other", employee_name="Manager Boss", passphrase=PASSPHRASE).app
    bundle = tmp_path / "from-other.passport.age"
    try:
        real_card, _ = card_file(tmp_path, "Manager Boss")
        app.contacts.add_contact(real_card.read_bytes())
        other.contacts.add_contact(app.contacts.identity_card())
        other.bundles.export_bundle(bundle, recipients=[app.identity().age_recipient])
    finally:
        other.close()
    data_dir = app.data_dir
    app.close()
    result = cli(data_dir, "import", str(bundle), "--trust-sender")
    assert result.code == 1 and "already trust Manager Boss" in result.err
    assert "received passport" not in result.out
    assert "Kept" not in result.out


@pytest.mark.parametrize(("hostile", "shown"), HOSTILE_NAMES)
def test_hostile_card_names_are_shown_clean(app: PassportApp, tmp_path: Path, hostile: str, shown: str) -> None:
    data_dir = app.data_dir
    app.close()
    path, person = card_file(tmp_path, hostile)
    added = cli(data_dir, "contacts", "add", str(path))
    assert added.code == 0, added.err
    listed = cli(data_dir, "contacts", "list")
    for result in (added, listed):
        assert_clean(result.out)
        assert shown in result.out
    assert person.fingerprint in added.out


HOSTILE = "\x1b[31mEvil\u202e \u200bManager\nFingerprint: 00 00 00 00\x9b2J"
HOSTILE_SHOWN = "Evil Manager Fingerprint: 00 00 00 00"


@pytest.mark.english
def test_hostile_names_in_manifests_and_countersigned_fields(filled_app: PassportApp, tmp_path: Path) -> None:
    """The name in a bundle manifest (import) and the manager's name and comment fields of a countersigned
    PDF (verify, import) reach the terminal clean."""
    _, signed, manager = countersigned_by_app(tmp_path, filled_app, manager_name=HOSTILE,
                                              comment="\x1b[8mHidden\x1b[0m agreed\u202e.\r\nSee you")
    bundle = tmp_path / "from-hostile.passport.age"
    try:
        manager.contacts.add_contact(filled_app.contacts.identity_card())
        manager.bundles.export_bundle(bundle, recipients=[filled_app.identity().age_recipient])
    finally:
        manager.close()
    data_dir = filled_app.data_dir
    filled_app.close()

    verified = cli(data_dir, "verify", str(signed))
    imported = cli(data_dir, "import", str(signed))  # stops to ask about trusting the new manager
    received = cli(data_dir, "import", str(bundle))  # stops to ask about trusting the sender
    assert verified.code == 0, verified.err
    assert imported.code == 1 and received.code == 1
    for result in (verified, imported, received):
        assert_clean(result.out + result.err)
    assert f"Manager signature: {HOSTILE_SHOWN}" in imported.out  # the manager's name field
    assert "Manager's comment: Hidden agreed.\nSee you" in imported.out  # and comment, line breaks kept
    assert f"Sent by: {HOSTILE_SHOWN}" in received.out  # the bundle manifest


@pytest.mark.english
def test_a_hostile_common_name_in_a_readers_certificate(filled_app: PassportApp, tmp_path: Path) -> None:
    """A manager who signs in poppler with a certificate of their own making: its common name is shown clean."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    export = tmp_path / "export.pdf"
    employee_pdf(filled_app, export)
    signed = poppler_countersign(tmp_path, export, tmp_path / "signed.pdf", common_name=HOSTILE)
    data_dir = filled_app.data_dir
    filled_app.close()
    verified = cli(data_dir, "verify", str(signed))
    imported = cli(data_dir, "import", str(signed))
    for result in (verified, imported):
        assert_clean(result.out + result.err)
    assert f"by {HOSTILE_SHOWN}" in verified.out
    assert f"Manager signature: {HOSTILE_SHOWN}" in imported.out


def test_our_own_certificate_never_holds_a_hostile_name() -> None:
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(generate_identity("Siân\u2066 Jones\u2069\x1b[0m", NOW).cert_pem)
    assert cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)[0].value == "Siân Jones"
