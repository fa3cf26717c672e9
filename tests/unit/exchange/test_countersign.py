"""Manager mode: checking an employee's export and countersigning it (carerpassport.exchange.countersign)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen import canvas

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange.countersign import AlreadyCountersignedError, countersign_pdf, inspect_received
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.pdf_limits import MAX_COMMENT_CHARS
from carerpassport.exchange.pdf_reading import manager_fields, read_pdf_file
from tests.countersign_support import countersigned_by_app, employee_pdf


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> bytes:
    return employee_pdf(filled_app, tmp_path / "exported.pdf")


@pytest.fixture(scope="module")
def manager_identity() -> object:
    return generate_identity("Bob Smith")


def test_inspect_reads_who_signed_and_what_was_shared(filled_app: PassportApp, exported: bytes) -> None:
    received = inspect_received(exported)
    assert received.employee_name == "Siân Jones"
    assert received.employee.fingerprint == filled_app.identity().fingerprint
    assert received.employee.certification and received.employee.intact and received.employee.valid
    assert received.passport_id == filled_app.editing.passport().id
    shared = received.passport
    assert shared.answer("caring.responsibilities").text.startswith("I look after my father")
    assert "PRIVATE" not in received.shared_json.decode()


def test_countersign_fills_the_manager_fields(exported: bytes, manager_identity: object) -> None:
    received = inspect_received(exported)
    comment = "Agreed for six months. " * 12 + "Let's talk again in spring — café?"
    signed = countersign_pdf(received, manager_identity, comment=comment, name="Bob Smith",  # type: ignore[arg-type]
                             date=dt.date(2026, 11, 23), when=dt.datetime.now(dt.UTC))
    assert signed.pdf_bytes.startswith(exported)
    reader = PdfFileReader(io.BytesIO(signed.pdf_bytes))
    assert manager_fields(reader) == {"ManagerComment": comment.strip(), "ManagerName": "Bob Smith",
                                      "ManagerDate": "2026-11-23"}
    assert {s.field_name for s in reader.embedded_signatures} == {"EmployeeSignature", "ManagerSignature"}
    with pytest.raises(AlreadyCountersignedError):
        inspect_received(signed.pdf_bytes)


@pytest.mark.english
def test_countersign_refuses_an_overlong_comment_or_no_name(exported: bytes, manager_identity: object) -> None:
    received = inspect_received(exported)
    with pytest.raises(ValidationError, match="too long"):
        countersign_pdf(received, manager_identity, comment="x" * (MAX_COMMENT_CHARS + 1),  # type: ignore[arg-type]
                        name="Bob", date=dt.date.today(), when=dt.datetime.now(dt.UTC))
    nameless = generate_identity("")
    with pytest.raises(ValidationError, match="name"):
        countersign_pdf(received, nameless, comment="", name="  ", date=dt.date.today(),
                        when=dt.datetime.now(dt.UTC))


@pytest.mark.english
def test_inspect_refuses_a_tampered_export(exported: bytes) -> None:
    data = bytearray(exported)
    at = data.index(b"stream", 200) + 20
    data[at] ^= 0x01
    with pytest.raises(TamperedDocumentError, match="changed after the employee signed"):
        inspect_received(bytes(data))


@pytest.mark.english
def test_inspect_refuses_an_unsigned_pdf_and_non_pdfs() -> None:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Just a letter")
    page.save()
    with pytest.raises(NotAPassportFileError, match="no employee signature"):
        inspect_received(buffer.getvalue())
    with pytest.raises(NotAPassportFileError, match="not a PDF"):
        inspect_received(b"PK\x03\x04 a zip file")
    with pytest.raises(NotAPassportFileError, match="truncated"):
        inspect_received(buffer.getvalue()[:-200])


def test_app_countersign_writes_atomically_and_can_skip_the_copy(filled_app: PassportApp, exported: bytes,
                                                               tmp_path: Path) -> None:
    export = tmp_path / "exported.pdf"
    _export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    try:
        assert signed.stat().st_mode & 0o077 == 0
        again = tmp_path / "again.pdf"
        result = manager.countersigning.countersign(manager.countersigning.inspect_received(export), again,
                                                    comment="no copy", keep_copy=False)
        assert result.kept_attachment_id is None and len(manager.countersigning.received_passports()) == 1
        assert read_pdf_file(again) == result.countersigned.pdf_bytes
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    finally:
        manager.close()


@pytest.mark.english
def test_read_pdf_file_refuses_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(NotAPassportFileError, match="does not exist"):
        read_pdf_file(tmp_path / "missing.pdf")
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(NotAPassportFileError, match="MB"):
        read_pdf_file(huge)


def test_the_manager_fields_and_countersignature_are_drawn_in_an_embedded_font(exported: bytes) -> None:
    """A Polish manager's name shows as typed: every font the filled fields' and the countersignature's
    appearances use is embedded (the standard Helvetica of form fields covers Latin-1 only, and showed
    "?ukasz ?ó??")."""
    from carerpassport.exchange.pdf_reading import deref, form_fields

    manager = generate_identity("Łukasz Żółć")
    signed = countersign_pdf(inspect_received(exported), manager, comment="Dziękuję — agreed.", name="Łukasz Żółć",
                             date=dt.date(2026, 11, 23), when=dt.datetime.now(dt.UTC))
    reader = PdfFileReader(io.BytesIO(signed.pdf_bytes))

    def fonts_of(xobject: object, depth: int = 0) -> list[object]:
        resources = deref(deref(xobject).get("/Resources", {}))
        found = [deref(f) for f in deref(resources.get("/Font", {})).values()]
        for inner in deref(resources.get("/XObject", {})).values():
            if depth < 4:
                found += fonts_of(inner, depth + 1)
        return found

    checked = set()
    for name, field in form_fields(reader.root):
        if name not in {"ManagerComment", "ManagerName", "ManagerDate", "ManagerSignature"}:
            continue
        fonts = fonts_of(deref(field["/AP"])["/N"])
        assert fonts, f"{name} draws no text"
        for font in fonts:
            descendant = deref(font["/DescendantFonts"])[0] if "/DescendantFonts" in font else font
            descriptor = deref(deref(descendant)["/FontDescriptor"])
            assert "/FontFile2" in descriptor or "/FontFile" in descriptor, f"{name} uses a font not embedded"
        checked.add(name)
    assert checked == {"ManagerComment", "ManagerName", "ManagerDate", "ManagerSignature"}


def test_the_manager_appearances_share_one_embedded_font(exported: bytes) -> None:
    """The three filled fields and the countersignature's face are drawn in one reportlab document and
    imported together: the manager's update embeds the font once (it embedded it once per appearance, 5
    font files, and nearly tripled the size of the copy)."""
    from pyhanko.pdf_utils import generic

    manager = generate_identity("Łukasz Żółć")
    signed = countersign_pdf(inspect_received(exported), manager, comment="Dziękuję — agreed.", name="Łukasz Żółć",
                             date=dt.date(2026, 11, 23), when=dt.datetime.now(dt.UTC))
    reader = PdfFileReader(io.BytesIO(signed.pdf_bytes))

    def font_files(revision: int) -> int:
        objects = (reader.get_object(ref) for ref in reader.xrefs.explicit_refs_in_revision(revision))
        return sum(1 for obj in objects if isinstance(obj, generic.DictionaryObject)
                   and obj.get("/Type") == "/FontDescriptor" and ("/FontFile2" in obj or "/FontFile" in obj))

    assert font_files(0) == 2  # the export: regular and bold
    assert font_files(reader.xrefs.total_revisions - 1) == 1
    assert len(signed.pdf_bytes) < len(exported) + 45_000  # one font subset (~19 KB) and the signature (~25 KB)
