"""Make the golden files in ``tests/data/golden/``: what this version of Carer's Passport writes.

Every later version must still read these files (``tests/e2e/test_golden_files.py`` checks each one in
a fresh process), so commit them once and do NOT regenerate them to make a failing test pass: a failure
means a newer version can no longer read what an older one wrote. Make a new, versioned set instead.

How to regenerate (only for a deliberate new set, e.g. after a format change that keeps reading the
old set too)::

    .venv/bin/python tests/data/golden/make_golden.py tests/data/golden

Needs poppler's ``pdfsig`` and ``certutil``/``pk12util`` (libnss3-tools). It writes:

=============================== ======================================================================
``passport.pdf``                 the employee's signed export (revision in ``README.md``)
``countersigned-app.pdf``        that export countersigned in this app's manager mode
``countersigned-poppler.pdf``    that export, fields filled as a reader does, signed by poppler pdfsig
``passport-to-manager.passport.age``  an encrypted bundle from the employee to the manager's card
``employee-backup.passport.age``  a backup of the employee's vault, to their recovery code
``manager-backup.passport.age``  a backup of the manager's vault (it trusts the employee's card)
``employee.card``, ``manager.card``  the two identity cards
``manager-age-key.txt``          the manager's age secret key (a test value) for ``age -d -i``
``README.md``                    the passphrases, recovery codes, fingerprints and revision
=============================== ======================================================================

Deterministic where it can be: the people, answers, passphrases and recovery codes are fixed test
values. Keys, signature times and age's nonces are random by design, so the bytes differ on each run.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

from carerpassport.app import PassportApp  # noqa: E402
from carerpassport.vault import keyslots  # noqa: E402
from tests.e2e.support import (  # noqa: E402
    COMMENT,
    EMPLOYEE_NAME,
    MANAGER_NAME,
    fill_like_a_reader,
    manager_fields,
    poppler_sign,
)

EMPLOYEE_PASSPHRASE = "golden employee passphrase"
MANAGER_PASSPHRASE = "golden manager passphrase"
#: Fixed recovery-code secrets (test values only): the README and the tests can name the codes.
EMPLOYEE_CODE_SECRET = bytes.fromhex("00112233445566778899aabbccddeeff")
MANAGER_CODE_SECRET = bytes.fromhex("ffeeddccbbaa99887766554433221100")
P12_PASSWORD = "golden-p12"
ANSWERS = {
    "caring.responsibilities": ("I care for my mother, who has dementia, and my son Łukasz at weekends.", True),
    "caring.effect_on_work": ("I may need to leave at short notice when the day centre calls.", True),
    "caring.how_managing": ("Tired, but managing with help from my sister.", False),  # private: never exported
}


def fixed_codes(*secrets: bytes) -> Iterator[keyslots.RecoveryCode]:
    yield from (keyslots.RecoveryCode(secret) for secret in secrets)


def long_lived_p12(folder: Path) -> Path:
    """An RSA-3072 signing certificate for the poppler manager that outlives the golden set."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, MANAGER_NAME)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(dt.datetime(2099, 12, 31, tzinfo=dt.UTC))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path = folder / "manager.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"poppler-manager", key, cert, None,
                                                           serialization.BestAvailableEncryption(P12_PASSWORD.encode())))
    return path


def make(out: Path, work: Path) -> dict[str, str]:
    codes = fixed_codes(EMPLOYEE_CODE_SECRET, MANAGER_CODE_SECRET)
    original = keyslots.RecoveryCode.generate
    keyslots.RecoveryCode.generate = classmethod(lambda cls: next(codes))  # type: ignore[method-assign,assignment]
    try:
        employee_created = PassportApp.create(work / "employee", employee_name=EMPLOYEE_NAME,
                                              manager_name=MANAGER_NAME, passphrase=EMPLOYEE_PASSPHRASE)
        manager_created = PassportApp.create(work / "manager", employee_name=MANAGER_NAME,
                                             passphrase=MANAGER_PASSPHRASE)
    finally:
        keyslots.RecoveryCode.generate = original  # type: ignore[method-assign]
    employee, manager = employee_created.app, manager_created.app
    try:
        for field, (text, shared) in ANSWERS.items():
            employee.editing.set_answer(field, text, shared=shared)
        employee.editing.add_action("Start at 10:00 on Tuesdays and Thursdays", kind="flexible_working",
                            status="agreed", agreed_on=dt.date(2026, 11, 20))
        (out / "employee.card").write_bytes(employee.contacts.identity_card())
        (out / "manager.card").write_bytes(manager.contacts.identity_card())
        manager.contacts.add_contact((out / "employee.card").read_bytes())

        exported = employee.pdfs.export_signed_pdf(out / "passport.pdf", purpose="Our meeting on 20 November")
        employee.bundles.export_bundle(out / "passport-to-manager.passport.age",
                               recipients=[manager.identity().age_recipient], purpose="Our meeting on 20 November")
        employee.backups.backup(out / "employee-backup.passport.age", recovery_code=str(employee_created.recovery_code))
        manager.backups.backup(out / "manager-backup.passport.age", recovery_code=str(manager_created.recovery_code))
        (out / "manager-age-key.txt").write_text(manager.identity().age_secret + "\n", encoding="utf-8")

        manager.countersigning.countersign(out / "passport.pdf", out / "countersigned-app.pdf", comment=COMMENT,
                                           keep_copy=False)
        reader = work / "poppler"
        reader.mkdir()
        filled = fill_like_a_reader(out / "passport.pdf", reader / "filled.pdf", manager_fields())
        poppler_sign(reader, filled, out / "countersigned-poppler.pdf", long_lived_p12(reader), P12_PASSWORD)
        return {"revision": str(exported.revision), "employee_code": str(employee_created.recovery_code),
                "manager_code": str(manager_created.recovery_code),
                "employee_fingerprint": employee.identity().fingerprint,
                "manager_fingerprint": manager.identity().fingerprint,
                "passport_id": employee.editing.passport().id, "made": dt.date.today().isoformat()}
    finally:
        employee.close()
        manager.close()


README = """# Golden files (made by Carer's Passport {version} on {made})

Every later version must still read these. They were made by `make_golden.py` (see its docstring);
`tests/e2e/test_golden_files.py` checks each one in a fresh process. Never regenerate them to make a
test pass. All secrets here are **test values**.

| what | value |
|---|---|
| employee | {employee} |
| employee's vault passphrase | `{employee_passphrase}` |
| employee's recovery code (opens `employee-backup.passport.age`) | `{employee_code}` |
| employee's signing fingerprint | `{employee_fingerprint}` |
| line manager | {manager} |
| manager's vault passphrase | `{manager_passphrase}` |
| manager's recovery code (opens `manager-backup.passport.age`) | `{manager_code}` |
| manager's signing fingerprint (app countersignature) | `{manager_fingerprint}` |
| manager's age secret key (opens `passport-to-manager.passport.age` with `age -d -i`) | `manager-age-key.txt` |
| poppler manager's PKCS#12 password (not kept) | `{p12}` |
| passport id | `{passport_id}` |
| revision exported, countersigned and bundled | {revision} |
| manager's comment in both countersigned copies | {comment} |

The employee's vault holds three answers (two shared, `caring.how_managing` private) and one agreed
action; the private answer is in neither the PDF nor the bundle. The manager's vault trusts the
employee's identity card. The app's identity certificates are valid for 10 years from {made}.
"""


def main(out: Path) -> None:
    from carerpassport import __version__

    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.name not in ("make_golden.py", "__init__.py"):
            old.unlink()
    with tempfile.TemporaryDirectory() as work:
        facts = make(out, Path(work))
    (out / "README.md").write_text(README.format(
        version=__version__, employee=EMPLOYEE_NAME, manager=MANAGER_NAME, employee_passphrase=EMPLOYEE_PASSPHRASE,
        manager_passphrase=MANAGER_PASSPHRASE, p12=P12_PASSWORD, comment=COMMENT, **facts), encoding="utf-8")
    sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir())}
    print("\n".join(f"{size:>8}  {name}" for name, size in sizes.items()))
    print(f"{sum(sizes.values()):>8}  in all")
    subprocess.run(["pdfsig", "-no-ocsp", str(out / "countersigned-poppler.pdf")], check=True, capture_output=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
