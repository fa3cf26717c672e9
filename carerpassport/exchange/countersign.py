"""Manager mode: check an employee's signed passport PDF, fill the manager's fields and countersign it.

The employee's PDF (see DESIGN.md, "Signed PDF") carries a certification signature in
``EmployeeSignature`` whose DocMDP allows form filling and whose FieldMDP lock leaves only the
manager's fields open: an empty ``ManagerSignature`` and the text fields ``ManagerComment``,
``ManagerName`` and ``ManagerDate``. Countersigning fills those text fields and signs
``ManagerSignature`` in one incremental update, so the employee's signed bytes are untouched and
pyHanko's difference analysis classifies the change as allowed form filling.

Reading and checking the PDF is shared with the import, in :mod:`.countersign_reading`.
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
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.signers import PdfSignatureMetadata
from pyhanko.stamp import StaticStampStyle

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.model import Passport
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.countersign_reading import (
    MAX_COMMENT_CHARS,
    MAX_MANAGER_NAME_CHARS,
    SignatureCheck,
    check_signature,
    deref,
    empty_signature_fields,
    form_fields,
    open_pdf,
    passport_from_json,
    shared_json_at,
    signatures,
    unreadable,
)
from carerpassport.exchange.countersign_reading import read_pdf_file as read_pdf_file  # re-exported for app.py
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity import Identity, short_fingerprint
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
    render_field_text,
    render_signature_stamp,
)
from carerpassport.exchange.pdf_sign import SIGNATURE_BYTES_RESERVED, vault_signer
from carerpassport.vault.atomic import atomic_write

_FONT_SIZE = 10.0
_MIN_FONT_SIZE = 6.0
_PADDING = 2.0


class AlreadyCountersignedError(ExchangeError):
    """Manager mode was given a file that already carries a countersignature."""


@dataclasses.dataclass(frozen=True)
class ReceivedPassport:
    """An employee's signed passport PDF, checked in manager mode (nothing stored yet)."""

    pdf_bytes: bytes
    file_sha256: str
    employee: SignatureCheck
    shared_json: bytes
    passport: Passport
    #: The parsed file, reused when countersigning so it is not parsed twice.
    reader: PdfFileReader = dataclasses.field(repr=False, compare=False)

    @property
    def employee_name(self) -> str:
        return display_name(self.passport.employee.name) or self.employee.signer_name

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

    Raises :class:`TamperedDocumentError` if the employee's signature is broken or the file was
    changed beyond form filling, :class:`AlreadyCountersignedError` if it is already countersigned,
    :class:`NotAPassportFileError` for anything that is not an employee-signed passport PDF.
    """
    try:
        return _inspect_received(pdf_bytes)
    except PassportError:
        raise
    except Exception as exc:  # noqa: BLE001 - hostile files break parsers in many ways
        raise unreadable(exc) from None


def _inspect_received(pdf_bytes: bytes) -> ReceivedPassport:
    reader, _lenient = open_pdf(pdf_bytes)
    found = signatures(reader)
    if not found:
        raise NotAPassportFileError("This PDF is not signed; it is not a passport exported by Carer's Passport.")
    by_field = {str(sig.field_name): sig for sig in found}
    if MANAGER_SIGNATURE_FIELD in by_field:
        raise AlreadyCountersignedError("This passport is already countersigned; there is nothing more to sign.")
    if set(by_field) != {EMPLOYEE_SIGNATURE_FIELD}:
        raise NotAPassportFileError("This PDF is not a Carer's Passport export (its signatures are not the "
                                    "employee's and the manager's).")
    if MANAGER_SIGNATURE_FIELD not in empty_signature_fields(reader):
        raise NotAPassportFileError("This PDF has no space for the manager's signature; it is not a Carer's "
                                    "Passport export.")
    employee = check_signature(by_field[EMPLOYEE_SIGNATURE_FIELD])
    if not (employee.intact and employee.valid):
        raise TamperedDocumentError("The employee's signature on this PDF is broken: the file was changed after "
                                    "it was signed. Ask the employee to send it again.")
    if not employee.certification:
        raise NotAPassportFileError("The employee's signature is not a certification signature; this PDF was "
                                    "not exported by Carer's Passport.")
    if employee.modification not in (None, ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                                     ModificationLevel.FORM_FILLING):
        raise TamperedDocumentError("This PDF was changed after the employee signed it "
                                    f"({employee.unclassified_reason}). Ask the employee to send it again.")
    shared_json = shared_json_at(reader, employee.signed_revision)
    return ReceivedPassport(pdf_bytes=pdf_bytes, file_sha256=sha256_hex(pdf_bytes), employee=employee,
                            shared_json=shared_json, passport=passport_from_json(shared_json), reader=reader)


def countersign_pdf(received: ReceivedPassport, identity: Identity, *, comment: str, name: str,
                    date: dt.date) -> CountersignedPdf:
    """Fill the manager's fields and sign ``ManagerSignature`` with ``identity``, as one incremental
    update appended to the employee's bytes."""
    comment = comment.strip()
    name = (name or identity.name).strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise ValidationError(f"The comment is too long ({len(comment):,} characters; at most {MAX_COMMENT_CHARS:,}).")
    if not name:
        raise ValidationError("Give your name as the line manager who countersigns.")
    if len(name) > MAX_MANAGER_NAME_CHARS:
        raise ValidationError(f"The name is too long (at most {MAX_MANAGER_NAME_CHARS} characters).")
    try:
        writer = IncrementalPdfFileWriter.from_reader(received.reader)
        fill_text_fields(writer, {MANAGER_COMMENT_FIELD: comment, MANAGER_NAME_FIELD: name,
                                  MANAGER_DATE_FIELD: date.isoformat()})
        out = io.BytesIO()
        meta = PdfSignatureMetadata(field_name=MANAGER_SIGNATURE_FIELD, name=name, reason="Countersigned by the "
                                    "line manager")
        signers.PdfSigner(meta, signer=signer_for(identity), stamp_style=_face(received, identity)).sign_pdf(
            writer, output=out, bytes_reserved=SIGNATURE_BYTES_RESERVED)
    except PassportError:
        raise
    except Exception as exc:  # noqa: BLE001 - report pyHanko's failure as one sentence
        raise NotAPassportFileError(f"This PDF could not be countersigned ({str(exc)[:120]}).") from None
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


def _face(received: ReceivedPassport, identity: Identity) -> StaticStampStyle:
    """The countersignature's visible face (who, when, which certificate) in the document's own font, sized
    to the manager's signature box."""
    width, height = _field_size(received.reader.root, MANAGER_SIGNATURE_FIELD)
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
