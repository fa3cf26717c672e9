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
from pathlib import Path
from typing import Any, cast

from pyhanko.pdf_utils import content, generic, layout
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.signers import PdfSignatureMetadata
from pyhanko.stamp import StaticStampStyle

from carerpassport.domain.agreement import shared_review_due
from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.dates import readable_datetime
from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import Passport
from carerpassport.domain.wording import gettext as _
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
    FieldFace,
    StampFace,
    render_appearances,
)
from carerpassport.exchange.pdf_sign import SIGNATURE_BYTES_RESERVED, ClockedPdfSigner, vault_signer
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.exchange.pdf_validation import CheckedPdf, examine
from carerpassport.exchange.received import agreement_detail
from carerpassport.output_files import atomic_write

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
        **held_details(signed.received),
    }


def held_details(received: ReceivedPassport) -> dict[str, Any]:
    """What a manager's held-passports list shows of a passport, kept beside it so the list parses no PDF.

    Its "next review" is the rule the PDF and the employee's status line use
    (:func:`~carerpassport.domain.agreement.shared_review_due`: the earliest of the passport's next review
    and each live shared action's review date). Copies kept before this hold the passport's own date."""
    due = shared_review_due(received.passport)
    return {"revision": received.checked.marked_revision,
            "next_review": due.due.isoformat() if due else "", **agreement_detail(received.checked.shared)}


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
    return received_from(examine(pdf_bytes))


def received_from(checked: CheckedPdf) -> ReceivedPassport:
    """:func:`inspect_received` on a file already examined (the reader examines once and offers it)."""
    checked.raise_for_problems()
    if checked.manager is not None:
        raise AlreadyCountersignedError(_("This passport is already countersigned; there is nothing more to sign."))
    if not checked.manager_field_empty:
        raise NotAPassportFileError(_("This PDF has no space for the manager's signature; it is not a Carer's "
                                      "Passport export."))
    if checked.passport is None:  # never: an invalid passport.json is one of the problems above
        raise NotAPassportFileError(_("The passport data inside this PDF is not valid."))
    return ReceivedPassport(checked=checked, passport=checked.passport)


def countersign_pdf(received: ReceivedPassport, identity: Identity, *, comment: str, name: str,
                    date: dt.date, when: dt.datetime) -> CountersignedPdf:
    """Fill the manager's fields and sign ``ManagerSignature`` with ``identity``, as one incremental
    update appended to the checked bytes in ``received`` (what the manager was shown).

    ``date`` is the manager's local date (written in ManagerDate), ``when`` the signing instant (the
    signature's time, shown in UTC on its face): both from the use case's injected clock."""
    comment = comment.strip()
    name = (name or identity.name).strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise ValidationError(_("The comment is too long ({count:,} characters; at most "
                                "{max_comment_chars:,}).").format(
                                  count=len(comment), max_comment_chars=MAX_COMMENT_CHARS))
    if not name:
        raise ValidationError(_("Give your name as the line manager who countersigns."))
    if len(name) > MAX_MANAGER_NAME_CHARS:
        raise ValidationError(_("The name is too long (at most {max_manager_name_chars} characters).").format(
                                  max_manager_name_chars=MAX_MANAGER_NAME_CHARS))
    # A fresh parse of the same checked bytes: a reader is not reused across signings.
    reader = open_pdf(received.pdf_bytes).reader
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter.from_reader(reader)
        # The signature's face is drawn with the fields' appearances, so all of them share one font.
        [face] = _fill_fields(writer, {MANAGER_COMMENT_FIELD: comment, MANAGER_NAME_FIELD: name,
                                       MANAGER_DATE_FIELD: date.isoformat()}, [_face(reader, identity, when)])
        meta = PdfSignatureMetadata(field_name=MANAGER_SIGNATURE_FIELD, name=name, reason="Countersigned by the "
                                    "line manager")
        stamp = StaticStampStyle(background=_ImportedFace(face), border_width=0, background_opacity=1.0)
        ClockedPdfSigner(meta, signer_for(identity), when, stamp_style=stamp).sign_pdf(
            writer, output=out, bytes_reserved=SIGNATURE_BYTES_RESERVED)
    except Exception as exc:
        if not is_parser_error(exc):
            raise  # a bug of ours (or pyHanko's signer): the front end says so
        raise damaged(exc) from None  # pyHanko failing to read the checked file again
    data = out.getvalue()
    return CountersignedPdf(pdf_bytes=data, file_sha256=sha256_hex(data), received=received, comment=comment,
                            manager_name=name, date=date, manager_fingerprint=identity.fingerprint)


class _ImportedFace(content.PdfContent):  # type: ignore[misc]
    """A signature appearance that shows a form XObject already in the document (drawn in the document's
    embedded font by :func:`fill_text_fields`); pyHanko's text stamps use Courier, which cannot show most
    names and is not embedded."""

    def __init__(self, xobject: generic.IndirectObject) -> None:
        x1, y1, x2, y2 = (float(v) for v in deref(xobject)["/BBox"])
        super().__init__(box=layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1)))  # type: ignore[no-untyped-call]
        self._xobject = xobject

    def render(self) -> bytes:
        name = "/Face"
        self.resources.xobject[name] = self._xobject
        return name.encode("ascii") + b" Do"


def _face(reader: PdfFileReader, identity: Identity, when: dt.datetime) -> StampFace:
    """The countersignature's visible face (who, when, which certificate), sized to the manager's
    signature box."""
    width, height = _field_size(reader.root, MANAGER_SIGNATURE_FIELD)
    return StampFace((f"Countersigned digitally by {identity.name or 'the line manager'}",
                      readable_datetime(when),
                      f"Certificate {short_fingerprint(identity.fingerprint)} …"), width, height)


def _field_size(root: Any, field_name: str) -> tuple[float, float]:
    """Width and height of the (first) widget of form field ``field_name``."""
    for name, field in form_fields(root):
        if name == field_name:
            width, height = _size(_widgets(field)[0])
            if width >= 1 and height >= 1:
                return width, height
    raise NotAPassportFileError(_("This PDF has no visible {field_name} field to sign.").format(
                                    field_name=field_name))


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
    _fill_fields(writer, values, [])


def _fill_fields(writer: IncrementalPdfFileWriter, values: dict[str, str],
                 signature_faces: list[StampFace]) -> list[generic.IndirectObject]:
    """:func:`fill_text_fields`, drawing ``signature_faces`` too; returns their form XObjects.

    Every appearance is drawn in one reportlab document and imported in one go, so they all share one
    copy of the embedded font."""
    missing = set(values)
    filled: list[tuple[generic.DictionaryObject, str]] = []
    widgets: list[tuple[generic.DictionaryObject, FieldFace]] = []
    for name, field in form_fields(writer.root):
        if name not in values or deref(field.get("/FT")) != "/Tx":
            continue
        missing.discard(name)
        filled.append((field, values[name]))
        multiline = bool(int(deref(field.get("/Ff", 0))) & (1 << 12))
        widgets.extend((widget, _field_face(widget, values[name], multiline)) for widget in _widgets(field))
    if missing:
        raise NotAPassportFileError(_("This PDF has no {missing} field; it is not a Carer's "
                                      "Passport export.").format(missing=', '.join(sorted(missing))))
    faces: list[FieldFace | StampFace] = [face for _widget, face in widgets]
    faces.extend(signature_faces)
    xobjects = _import_pages_as_xobjects(writer, render_appearances(faces)) if faces else []
    for (widget, _face_of_widget), xobject in zip(widgets, xobjects, strict=False):
        widget["/AP"] = _pdf_dict({pdf_name("/N"): xobject})
        writer.update_container(widget)
    for field, value in filled:
        field["/V"] = generic.TextStringObject(value)
        writer.update_container(field)
    return xobjects[len(widgets):]


def _field_face(widget: generic.DictionaryObject, text: str, multiline: bool) -> FieldFace:
    """``text`` laid out in the box of ``widget``."""
    width, height = _size(widget)
    size, lines = _fit(text, width - 2 * _PADDING, height - _PADDING, multiline)
    return FieldFace(tuple(lines), width, height, size, _PADDING, multiline)


def _import_pages_as_xobjects(writer: IncrementalPdfFileWriter, pdf: bytes) -> list[generic.IndirectObject]:
    """Every page of ``pdf`` (our own reportlab output) as a new form XObject in ``writer``.

    pyHanko's ``import_page_as_xobject`` imports each page's resources on their own, so the embedded font
    the pages share would be copied once per page; here all the pages' resources are imported in one
    ``import_object`` call, whose reference map makes each font object one object in ``writer``."""
    reader = PdfFileReader(io.BytesIO(pdf))
    pages = [reader.find_page_for_modification(ix)  # type: ignore[no-untyped-call]
             for ix in range(int(reader.root["/Pages"]["/Count"]))]
    every_resources = generic.ArrayObject([resources for _ref, resources in pages])
    # import_object finds the source document through the object's container; a new array has none,
    # so it is given the first page's (any object of that reader would do).
    every_resources.container_ref = pages[0][0].reference
    imported = cast(generic.ArrayObject, writer.import_object(every_resources))
    xobjects = []
    for (page_ref, _resources), resources in zip(pages, imported, strict=True):
        page = page_ref.get_object()
        stream = generic.StreamObject(_pdf_dict({
            pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject([_pdf_float(float(v)) for v in page["/MediaBox"]]),
            pdf_name("/Resources"): resources,
        }), stream_data=page["/Contents"].data)  # type: ignore[no-untyped-call]
        stream.compress()  # type: ignore[no-untyped-call]
        xobjects.append(writer.add_object(stream))
    return xobjects


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
