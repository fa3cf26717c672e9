"""Real files for the countersigning tests: an employee's signed export, a manager's vault, poppler.

Every file is made by the app itself (``export_signed_pdf``, ``countersign``) or by poppler, never
hand-built, so the tests check genuine exports.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis.constants import VALUE_UPDATE_KEYS
from pyhanko.sign.validation.dss import DocumentSecurityStore

from carerpassport.app import PassportApp
from carerpassport.exchange.countersign import fill_text_fields
from carerpassport.exchange.pdf_render import (
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_FIELDS,
    MANAGER_NAME_FIELD,
)

MANAGER_PASSPHRASE = "manager's own passphrase"


def employee_pdf(app: PassportApp, out: Path, **options: object) -> bytes:
    """Export ``app``'s passport as a signed PDF at ``out`` (the app's own export) and return its bytes."""
    app.pdfs.export_signed_pdf(out, **options)  # type: ignore[arg-type]
    return out.read_bytes()


def manager_vault(folder: Path, name: str = "Bob Smith") -> PassportApp:
    """A second vault, in another folder, for the line manager using the app's manager mode."""
    return PassportApp.create(folder, employee_name=name, passphrase=MANAGER_PASSPHRASE).app


def vault_snapshot(app: PassportApp) -> tuple[object, ...]:
    """Everything an import could write: revisions, events, stored files, pins, shares."""
    repo = app.repo
    return (repo.revisions(), repo.events(), [(a.id, a.kind, a.sha256, a.details) for a in repo.attachments()],
            repo.pins(), repo.shares())


def rsa_p12(folder: Path, common_name: str, password: str = "p12-pass") -> Path:
    """An RSA-3072 self-signed signing certificate and key as PKCS#12 (poppler fails on EC keys)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path = folder / "manager.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"poppler-manager", key, cert, None,
                                                           serialization.BestAvailableEncryption(password.encode())))
    return path


def poppler_countersign(folder: Path, in_pdf: Path, out_pdf: Path, common_name: str = "Bob Smith") -> Path:
    """Countersign ``in_pdf`` in the ManagerSignature field with poppler's pdfsig and an NSS database."""
    nss = folder / "nss"
    nss.mkdir()
    p12 = rsa_p12(folder, common_name)
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["pk12util", "-i", str(p12), "-d", f"sql:{nss}", "-W", "p12-pass"], check=True,
                   capture_output=True)
    subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", "-sign", "ManagerSignature", "-nick", "poppler-manager",
                    str(in_pdf), str(out_pdf)], check=True, capture_output=True, timeout=60)
    return out_pdf


def countersigned_by_app(tmp_path: Path, employee: PassportApp, *, comment: str = "Happy to support this.",
                         manager_name: str = "Bob Smith") -> tuple[Path, Path, PassportApp]:
    """The employee's export, countersigned in a manager's own vault: (export, countersigned, manager app).

    The caller closes the manager app."""
    export = tmp_path / "exported.pdf"
    employee_pdf(employee, export)
    manager = manager_vault(tmp_path / "manager-vault", manager_name)
    signed = tmp_path / "countersigned.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment=comment,
                                       name=manager_name)
    return export, signed, manager


def pdfsig_report(path: Path) -> str:
    """``pdfsig`` output for ``path`` (no network: no OCSP)."""
    done = subprocess.run(["pdfsig", "-no-ocsp", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout


def reader_fills_fields(in_pdf: Path, out_pdf: Path, *, comment: str, name: str, date: str) -> Path:
    """What a PDF reader does before signing: the manager's three text fields filled, values and new
    appearances, in one incremental update (poppler's ``pdfsig`` cannot fill text fields itself)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(in_pdf.read_bytes()))
    fill_text_fields(writer, {MANAGER_COMMENT_FIELD: comment, MANAGER_NAME_FIELD: name, MANAGER_DATE_FIELD: date})
    out = io.BytesIO()
    writer.write(out)
    out_pdf.write_bytes(out.getvalue())
    return out_pdf


def add_text_note(in_pdf: Path, out_pdf: Path, *, page: int, text: str = "Looks fine") -> Path:
    """A reader's comment: a free-text annotation on ``page`` (0-based), added in an incremental update."""
    writer = IncrementalPdfFileWriter(io.BytesIO(in_pdf.read_bytes()))
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(page)
    page_obj = page_ref.get_object()
    annot = writer.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
        generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in (60, 60, 260, 90)]),
        generic.pdf_name("/Contents"): generic.TextStringObject(text),
        generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        generic.pdf_name("/P"): page_ref,
    }))
    old = page_obj.get("/Annots")
    annots = generic.ArrayObject([old.raw_get(i) for i in range(len(old))] if old is not None else [])
    annots.append(annot)
    page_obj["/Annots"] = annots
    writer.update_container(page_obj)
    out = io.BytesIO()
    writer.write(out)
    out_pdf.write_bytes(out.getvalue())
    return out_pdf


def add_validation_data(in_pdf: Path, out_pdf: Path) -> Path:
    """What a reader's "add verification information" does after signing: a DSS with the manager's
    certificate and a VRI entry for their signature, in a new incremental update."""
    data = in_pdf.read_bytes()
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    sig = next(s for s in reader.embedded_signatures if s.field_name == "ManagerSignature")
    out = io.BytesIO(data)
    DocumentSecurityStore.add_dss(out, bytes(sig.sig_object.raw_get("/Contents")), certs=[sig.signer_cert],
                                  strict=False)
    out_pdf.write_bytes(out.getvalue())
    return out_pdf


def reader_extra_keys(pdf: bytes, signed_revision: int) -> dict[str, set[str]]:
    """Per manager field: the keys a reader added or changed beyond pyHanko's value keys (/V, /AP, ...)."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    old, new = (reader.get_historical_resolver(r) for r in (signed_revision, reader.xrefs.total_revisions - 1))

    def fields(resolver: HistoricalResolver) -> dict[str, generic.DictionaryObject]:
        return {str(f.get_object()["/T"]): f.get_object() for f in resolver.root["/AcroForm"]["/Fields"]}

    before, after = fields(old), fields(new)
    changed = {}
    for name in MANAGER_FIELDS:
        keys = {k for k in set(before[name]) | set(after[name])
                if k not in before[name] or k not in after[name] or repr(before[name].raw_get(k)) != repr(
                    after[name].raw_get(k))}
        changed[name] = keys - VALUE_UPDATE_KEYS
    return changed


def add_declined_action_with_every_date(app: PassportApp) -> None:
    """A declined action with its reason, agreed-on, implement-by and review dates, and the passport's review
    dates: what a reader or PDF must show in full."""
    app.editing.add_action("Compressed hours on Fridays", kind="flexible_working", owner="Siân Jones",
                           status="declined", decline_reason="Friday cover is already thin",
                           agreed_on=dt.date(2026, 11, 2), implement_by=dt.date(2026, 12, 1),
                           review_on=dt.date(2027, 5, 3))
    passport = app.editing.passport()
    passport.review.last_agreed = dt.date(2025, 12, 4)
    passport.review.next_review = dt.date(2026, 12, 4)
    app.editing.save(passport)
