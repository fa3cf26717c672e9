"""Manager mode: check an employee's signed passport PDF, fill the manager's fields and countersign it.

The employee's PDF (see DESIGN.md, "Signed PDF") carries a certification signature in
``EmployeeSignature`` whose DocMDP allows form filling and whose FieldMDP lock leaves only the
manager's fields open: an empty ``ManagerSignature`` and the text fields ``ManagerComment``,
``ManagerName`` and ``ManagerDate``. Countersigning fills those text fields and signs
``ManagerSignature`` in one incremental update, so the employee's signed bytes are untouched and
pyHanko's difference analysis classifies the change as allowed form filling.

Checking the PDF is the one verdict every entry point shares (:mod:`.pdf_validation`); countersigning
signs the bytes that were checked and shown (:class:`ReceivedPassport`), never the file read again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import content, generic, layout
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.signers import PdfSignatureMetadata
from pyhanko.stamp import StaticStampStyle

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import Passport
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError
from carerpassport.exchange.identity import Identity, short_fingerprint
from carerpassport.exchange.pdf_limits import MAX_COMMENT_CHARS, MAX_MANAGER_NAME_CHARS
from carerpassport.exchange.pdf_reading import damaged, deref, form_fields, is_parser_error, open_pdf
from carerpassport.exchange.pdf_render import (
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
    render_field_text,
    render_signature_stamp,
)
from carerpassport.exchange.pdf_sign import SIGNATURE_BYTES_RESERVED, vault_signer
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.exchange.pdf_validation import CheckedPdf, examine
from carerpassport.vault.atomic import atomic_write

_FONT_SIZE = 10.0
_MIN_FONT_SIZE = 6.0
_PADDING = 2.0


class AlreadyCountersignedError(ExchangeError):
    """Manager mode was given a file that already carries a countersignature."""


@dataclasses.dataclass(frozen=True)
class ReceivedPassport:
    """An employee's signed passport PDF as checked and shown in manager mode: its bytes and the verdict on
    them. Countersigning signs exactly these bytes (nothing stored yet)."""

    checked: CheckedPdf
    passport: Passport

    @property
    def pdf_bytes(self) -> bytes:
        return self.checked.pdf_bytes

    @property
    def file_sha256(self) -> str:
        return self.checked.file_sha256

    @property
    def employee(self) -> SignatureCheck:
        return self.checked.employee

    @property
    def shared_json(self) -> bytes:
        return self.checked.passport_json

    @property
    def employee_name(self) -> str:
        return self.passport.employee.name or self.employee.signer_name

    @property
    def passport_id(self) -> str:
        return self.passport.id


@dataclasses.dataclass(frozen=True)
class CountersignedPdf:
    """The manager's countersigned copy, ready to hand back to the employee."""

    pdf_bytes: bytes
    file_sha256: str
    received: ReceivedPassport
    comment: str
    manager_name: str
    date: dt.date
    manager_fingerprint: str


@dataclasses.dataclass(frozen=True)
class CountersignResult:
    """What manager mode hands back: the written file and, if kept, its id in the manager's vault."""

    out_path: Path
    countersigned: CountersignedPdf
    kept_attachment_id: int | None


def received_details(signed: CountersignedPdf) -> dict[str, Any]:
    """What the manager's vault records about a passport they countersigned."""
    return {
        "employee_name": signed.received.employee_name,
        "employee_fingerprint": signed.received.employee.fingerprint,
        "passport_id": signed.received.passport_id,
        "received_sha256": signed.received.file_sha256,
        "comment": signed.comment,
        "manager_name": signed.manager_name,
        "countersigned_on": signed.date.isoformat(),
    }


def write_countersigned(out_path: Path, signed: CountersignedPdf) -> None:
    """Write the countersigned copy atomically (temp file, fsync, rename; owner-only permissions)."""
    atomic_write(Path(out_path), signed.pdf_bytes)


def _pdf_dict(entries: dict[Any, Any]) -> generic.DictionaryObject:
    return generic.DictionaryObject(entries)  # type: ignore[no-untyped-call]


def _pdf_float(value: float) -> generic.FloatObject:
    return generic.FloatObject(value)  # type: ignore[no-untyped-call]


# --- manager mode --------------------------------------------------------------------------------

def inspect_received(pdf_bytes: bytes) -> ReceivedPassport:
    """Check an employee's signed passport before a manager reads or countersigns it.

    Refuses with the first problem of the shared verdict (:func:`.pdf_validation.examine`: the same
    sentence ``verify`` and the import give), then with :class:`AlreadyCountersignedError` if it is
    already countersigned, or :class:`NotAPassportFileError` if it has no empty manager signature field.
    """
    checked = examine(pdf_bytes)
    checked.raise_for_problems()
    if checked.manager is not None:
        raise AlreadyCountersignedError("This passport is already countersigned; there is nothing more to sign.")
    if not checked.manager_field_empty:
        raise NotAPassportFileError("This PDF has no space for the manager's signature; it is not a Carer's "
                                    "Passport export.")
    if checked.passport is None:  # never: an invalid passport.json is one of the problems above
        raise NotAPassportFileError("The passport data inside this PDF is not valid.")
    return ReceivedPassport(checked=checked, passport=checked.passport)


def countersign_pdf(received: ReceivedPassport, identity: Identity, *, comment: str, name: str,
                    date: dt.date) -> CountersignedPdf:
    """Fill the manager's fields and sign ``ManagerSignature`` with ``identity``, as one incremental
    update appended to the checked bytes in ``received`` (what the manager was shown)."""
    comment = comment.strip()
    name = (name or identity.name).strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise ValidationError(f"The comment is too long ({len(comment):,} characters; at most {MAX_COMMENT_CHARS:,}).")
    if not name:
        raise ValidationError("Give your name as the line manager who countersigns.")
    if len(name) > MAX_MANAGER_NAME_CHARS:
        raise ValidationError(f"The name is too long (at most {MAX_MANAGER_NAME_CHARS} characters).")
    # A fresh parse of the same checked bytes: a reader is not reused across signings.
    reader = open_pdf(received.pdf_bytes).reader
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter.from_reader(reader)
        fill_text_fields(writer, {MANAGER_COMMENT_FIELD: comment, MANAGER_NAME_FIELD: name,
                                  MANAGER_DATE_FIELD: date.isoformat()})
        meta = PdfSignatureMetadata(field_name=MANAGER_SIGNATURE_FIELD, name=name, reason="Countersigned by the "
                                    "line manager")
        signers.PdfSigner(meta, signer=signer_for(identity), stamp_style=_face(reader, identity)).sign_pdf(
            writer, output=out, bytes_reserved=SIGNATURE_BYTES_RESERVED)
    except Exception as exc:
        if not is_parser_error(exc):
            raise  # a bug of ours (or pyHanko's signer): the front end says so
        raise damaged(exc) from None  # pyHanko failing to read the checked file again
    data = out.getvalue()
    return CountersignedPdf(pdf_bytes=data, file_sha256=sha256_hex(data), received=received, comment=comment,
                            manager_name=name, date=date, manager_fingerprint=identity.fingerprint)


def _face_style(lines: Sequence[str], width: float, height: float) -> StaticStampStyle:
    """A signature appearance showing ``lines`` in the document's embedded font, for a signature made on
    top of an already signed document (pyHanko's text stamps use Courier, which cannot show most names
    and is not embedded)."""
    return StaticStampStyle(background=_StampPage(render_signature_stamp(lines, width, height)), border_width=0,
                            background_opacity=1.0)


class _StampPage(content.ImportedPdfPage):  # type: ignore[misc]
    """pyHanko's imported-page content, from bytes in memory instead of a file on disk."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__(file_name="", page_ix=0)  # type: ignore[no-untyped-call]
        self._pdf = pdf

    def render(self) -> bytes:
        xobject = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._pdf)), page_ix=0)
        name = "/Stamp"
        self.resources.xobject[name] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


def _face(reader: PdfFileReader, identity: Identity) -> StaticStampStyle:
    """The countersignature's visible face (who, when, which certificate) in the document's own font, sized
    to the manager's signature box."""
    width, height = _field_size(reader.root, MANAGER_SIGNATURE_FIELD)
    when = dt.datetime.now(dt.UTC)
    return _face_style([f"Countersigned digitally by {identity.name or 'the line manager'}",
                             f"{when:%Y-%m-%d %H:%M} UTC",
                             f"Certificate {short_fingerprint(identity.fingerprint)} …"], width, height)


def _field_size(root: Any, field_name: str) -> tuple[float, float]:
    """Width and height of the (first) widget of form field ``field_name``."""
    for name, field in form_fields(root):
        if name == field_name:
            width, height = _size(_widgets(field)[0])
            if width >= 1 and height >= 1:
                return width, height
    raise NotAPassportFileError(f"This PDF has no visible {field_name} field to sign.")


def _widgets(field: generic.DictionaryObject) -> list[generic.DictionaryObject]:
    """A field's widget annotations: its kids, or the field itself when field and widget are merged."""
    kids = deref(field.get("/Kids"))
    return [deref(k) for k in kids] if isinstance(kids, generic.ArrayObject) else [field]


def _size(widget: generic.DictionaryObject) -> tuple[float, float]:
    x1, y1, x2, y2 = (float(v) for v in deref(widget["/Rect"]))
    return abs(x2 - x1), abs(y2 - y1)


def fill_text_fields(writer: IncrementalPdfFileWriter, values: dict[str, str]) -> None:
    """Set the value and a fresh appearance of each named text field (new streams, never in place:
    pyHanko's difference analysis only permits appearance updates that point to new streams)."""
    missing = set(values)
    for name, field in form_fields(writer.root):
        if name not in values or deref(field.get("/FT")) != "/Tx":
            continue
        missing.discard(name)
        field["/V"] = generic.TextStringObject(values[name])
        multiline = bool(int(deref(field.get("/Ff", 0))) & (1 << 12))
        for widget in _widgets(field):
            widget["/AP"] = _pdf_dict({pdf_name("/N"): _appearance(writer, widget, values[name], multiline)})
            writer.update_container(widget)
        writer.update_container(field)
    if missing:
        raise NotAPassportFileError(f"This PDF has no {', '.join(sorted(missing))} field; it is not a Carer's "
                                    "Passport export.")


def _appearance(writer: IncrementalPdfFileWriter, widget: generic.DictionaryObject, text: str,
                multiline: bool) -> generic.IndirectObject:
    """A new form XObject showing ``text`` in the box of ``widget``, drawn by reportlab in the document's
    embedded font (new objects only, as pyHanko's difference analysis requires of a form fill)."""
    width, height = _size(widget)
    size, lines = _fit(text, width - 2 * _PADDING, height - _PADDING, multiline)
    face = render_field_text(lines, width, height, size=size, padding=_PADDING, multiline=multiline)
    xobject: generic.IndirectObject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(face)), page_ix=0)
    return xobject


def _fit(text: str, width: float, height: float, multiline: bool) -> tuple[float, list[str]]:
    """The largest font size (10 pt down to 6 pt) at which ``text`` fits the box, and its lines; at 6 pt
    whatever does not fit ends in "…" (the field's value keeps the whole text)."""
    if not multiline:
        return _FONT_SIZE, [text.replace("\n", " ")]
    size = _FONT_SIZE
    while True:
        lines = _wrap(text, width, size)
        room = max(1, int(height // (size * 1.2)))
        if len(lines) <= room:
            return size, lines
        if size <= _MIN_FONT_SIZE:
            return size, [*lines[:room - 1], lines[room - 1] + " …"]
        size -= 1.0


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and pdf_fonts.text_width(candidate, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


# --- signing -------------------------------------------------------------------------------------

def signer_for(identity: Identity) -> signers.Signer:
    """A pyHanko signer for this vault's identity (the export's signer, key parsed once)."""
    return vault_signer(identity)
