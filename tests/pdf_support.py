"""Helpers for the signed-PDF tests: read a PDF the way outside tools do, and make tampered copies.

Everything here works on real files: poppler's ``pdftotext``, ``qpdf`` to uncompress every stream, and
pyHanko to validate or to append incremental updates the way an attacker (or a careless reader) would.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from carerpassport.exchange.identity import Identity
from carerpassport.exchange.pdf_sign import vault_signer
from tests.conftest import require_tool


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text poppler extracts (what a reader's copy & paste or search would find)."""
    require_tool("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True, check=True,
                          timeout=60)
    return done.stdout.decode("utf-8")


def uncompressed(path: Path, out: Path) -> bytes:
    """Every stream of the PDF decompressed (qpdf --qdf), so no text can hide in a Flate stream."""
    require_tool("qpdf")
    done = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--stream-data=uncompress", str(path),
                           str(out)], capture_output=True, timeout=60)
    assert done.returncode in (0, 3), done.stderr  # 3: warnings only
    return out.read_bytes()


def page_count(path: Path) -> int:
    require_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def employee_status(data: bytes) -> tuple[PdfFileReader, PdfSignatureStatus]:
    """pyHanko's own validation of the EmployeeSignature (independent of the app's verifier)."""
    reader = PdfFileReader(io.BytesIO(data))
    sig = next(s for s in reader.embedded_regular_signatures if s.field_name == "EmployeeSignature")
    context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
    return reader, validate_pdf_signature(sig, context)


def field(writer_or_reader: IncrementalPdfFileWriter | PdfFileReader, name: str) -> generic.DictionaryObject:
    for ref in writer_or_reader.root["/AcroForm"]["/Fields"]:
        obj = ref.get_object()
        if str(obj.get("/T")) == name:
            return obj
    raise KeyError(name)


def _write(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_extra_page_content(data: bytes, text: bytes = b"APPENDED") -> bytes:
    """An incremental update drawing new text on page 1 (content appended after signing)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    extra = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 400 Td (" + text + b") Tj ET"))
    old = page["/Contents"]
    contents = list(old) if isinstance(old, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*contents, extra])
    writer.update_container(page)
    return _write(writer)


def with_swapped_attachment(data: bytes, new_json: bytes) -> bytes:
    """An incremental update replacing the passport.json attachment with other bytes."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    stream = EmbeddedFileObject.from_file_data(writer, new_json, mime_type="application/json")
    spec = FileSpec(file_spec_string="passport.json", file_name="passport.json", embedded_data=stream)
    names[1] = writer.add_object(spec.as_pdf_object())
    writer.update_container(names)
    return _write(writer)


def without_employee_signature(data: bytes) -> bytes:
    """An incremental update that empties the EmployeeSignature field (its value is removed)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    sig_field = field(writer, "EmployeeSignature")
    del sig_field["/V"]
    writer.update_container(sig_field)
    return _write(writer)


def countersigned(data: bytes, manager: Identity, *, name: str = "Bob Smith") -> bytes:
    """The manager's fields filled and ManagerSignature signed in one incremental update (pyHanko)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    name_field = field(writer, "ManagerName")
    name_field["/V"] = generic.TextStringObject(name)
    writer.update_container(name_field)
    meta = signers.PdfSignatureMetadata(field_name="ManagerSignature")
    return signers.PdfSigner(meta, vault_signer(manager)).sign_pdf(writer).getvalue()


def byte_ranges(data: bytes) -> list[tuple[int, int]]:
    """The EmployeeSignature's signed byte ranges as (start, end) pairs."""
    reader = PdfFileReader(io.BytesIO(data))
    sig = next(s for s in reader.embedded_regular_signatures if s.field_name == "EmployeeSignature")
    br = [int(x) for x in sig.byte_range]
    return [(br[0], br[0] + br[1]), (br[2], br[2] + br[3])]
