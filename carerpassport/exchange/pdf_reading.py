"""Reading a passport PDF defensively: the one reader behind ``verify``, manager mode, the import and bundles.

:func:`read_pdf_file` reads a chosen file (regular files only, size before reading);
:func:`open_pdf` parses bytes within the bounds of :mod:`.pdf_limits` (size, header, truncation, number
of revisions; pyHanko's strict parser first, the lenient one for files some signing readers write). The
small readers below pull out what the checks need (signatures, form fields, the embedded
``passport.json`` as of a revision, the ``/CarerPassport`` marker, page contents), each bounded
against hostile structures.

Only the parser's own failures are turned into "this file is damaged" (:func:`is_parser_error`): its
exception types, and the lookup and type errors pyHanko raises *from its own code* when a hostile file
lacks what it expects (a flipped byte turns ``/TransformMethod`` into a name it does not know, and
pyHanko's ``obj['/TransformMethod']`` raises ``KeyError``). The same exception raised in our code is a bug
of ours and is left to reach the front end, which reports it as ours.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError, PdfStrictReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import NotAPassportFileError
from carerpassport.exchange.pdf_limits import (
    MAX_ATTACHMENT_BYTES,
    MAX_COMMENT_CHARS,
    MAX_OBJECTS,
    MAX_PAGES,
    MAX_PDF_BYTES,
    MAX_REVISIONS,
    MAX_TREE_DEPTH,
    MAX_TREE_NODES,
    PDF_WHAT,
)
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_FIELDS,
    MANAGER_NAME_FIELD,
)
from carerpassport.exchange.pdf_sign import MARKER_KEY, PASSPORT_ATTACHMENT
from carerpassport.input_files import read_input_file

MANAGER_TEXT_FIELDS = (MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD)

#: What pyHanko's parser and signature reader raise on a malformed file, and what the decoders beneath
#: them raise (zlib for streams; pyHanko's stream decoder raises NotImplementedError for a filter name it
#: does not know, e.g. one flipped byte in /FlateDecode). Only calls into the parser are guarded by
#: these (see :func:`parsing`).
PARSER_ERRORS: tuple[type[Exception], ...] = (PdfError, SignatureValidationError, zlib.error, NotImplementedError)

#: What pyHanko raises from its own code when a structure is not what it expects (missing keys, wrong
#: types, bad numbers); counted as the parser's failure only when raised inside the parser's packages.
_MALFORMED_INPUT: tuple[type[Exception], ...] = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError)
_PARSER_PACKAGES = ("pyhanko", "pyhanko_certvalidator", "asn1crypto")

TOO_MANY_REVISIONS = N_("This PDF was changed in more than {max_revisions} separate updates; a passport has only "
                        "a few (the export and the countersignature), so it is refused without checking. Ask for the "
                        "original file.")

TOO_MANY_OBJECTS = N_("This PDF holds more than {max_objects:,} objects; a passport holds a few hundred at most, "
                      "so it is refused without checking. Ask for the original file.")


@dataclasses.dataclass(frozen=True)
class OpenedPdf:
    """A parsed PDF and how it had to be read."""

    reader: PdfFileReader
    #: Whether pyHanko's lenient parser was needed (some signing readers write what the strict one refuses).
    lenient: bool

    @property
    def revisions(self) -> int:
        return int(self.reader.xrefs.total_revisions)


def read_pdf_file(path: Path) -> bytes:
    """The bytes of a PDF the user chose: a regular file of at most :data:`MAX_PDF_BYTES`, else a sentence."""
    return read_input_file(Path(path), max_bytes=MAX_PDF_BYTES, what=_(PDF_WHAT), error=NotAPassportFileError)


def damaged(exc: BaseException) -> NotAPassportFileError:
    """The error for a file the PDF parser could not make sense of (its own words, one bounded line)."""
    text = str(exc).strip()
    reason = text.splitlines()[0][:120] if text else type(exc).__name__
    return NotAPassportFileError(_("This PDF is damaged and cannot be read ({reason}). Ask for the file to be sent "
                                   "again.").format(reason=reason))


def is_parser_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the PDF parser failing on the file, not a bug of ours (see the module's doc)."""
    if isinstance(exc, PARSER_ERRORS):
        return True
    if not isinstance(exc, _MALFORMED_INPUT):
        return False
    tb, innermost = exc.__traceback__, None
    while tb is not None:
        innermost, tb = tb, tb.tb_next
    if innermost is None:
        return False
    path = innermost.tb_frame.f_code.co_filename.replace("\\", "/")
    return any(f"/{package}/" in path for package in _PARSER_PACKAGES)


@contextlib.contextmanager
def parsing() -> Iterator[None]:
    """Turn the parser's own failures inside the block into :class:`NotAPassportFileError`; nothing else.

    pyHanko reads objects lazily, so any access to the document can be the moment a damaged object is
    parsed; the checks wrap their calls into the document in this, and their own logic outside it.
    """
    try:
        yield
    except RecursionError:
        raise NotAPassportFileError(_("This PDF is nested too deeply to be a passport file.")) from None
    except Exception as exc:
        if not is_parser_error(exc):
            raise  # a bug of ours: the front end says so
        raise damaged(exc) from None


def open_pdf(data: bytes) -> OpenedPdf:
    """Parse ``data`` as a PDF within the limits; :class:`NotAPassportFileError` with the reason if not."""
    if len(data) > MAX_PDF_BYTES:
        raise NotAPassportFileError(
            _("This file is {number:.1f} MB; a passport PDF is far smaller "
              "(at most {number2:.1f} MB). Check you chose the right file.").format(
              number=len(data) / 1048576, number2=MAX_PDF_BYTES / 1048576))
    if not data.lstrip(b"\r\n\t \x00")[:5] == b"%PDF-":
        raise NotAPassportFileError(_("This file is not a PDF, so it cannot be a signed passport."))
    if b"%%EOF" not in data[-2048:]:
        raise NotAPassportFileError(_("This PDF is cut short (truncated); ask for the file to be sent again."))
    # Counted before parsing, so a file of thousands of updates or objects costs a scan, not a parse;
    # counted again from the parsed cross-reference data (objects in object streams have no "endobj").
    if data.count(b"startxref") > MAX_REVISIONS:
        raise NotAPassportFileError(_(TOO_MANY_REVISIONS).format(max_revisions=MAX_REVISIONS))
    if data.count(b"endobj") > MAX_OBJECTS:
        raise NotAPassportFileError(_(TOO_MANY_OBJECTS).format(max_objects=MAX_OBJECTS))
    with parsing():
        try:
            opened = OpenedPdf(PdfFileReader(io.BytesIO(data), strict=True), lenient=False)
        except PdfStrictReadError:
            opened = OpenedPdf(PdfFileReader(io.BytesIO(data), strict=False), lenient=True)
    if opened.revisions > MAX_REVISIONS:
        raise NotAPassportFileError(_(TOO_MANY_REVISIONS).format(max_revisions=MAX_REVISIONS))
    with parsing():
        objects = sum(len(opened.reader.xrefs.explicit_refs_in_revision(r)) for r in range(opened.revisions))
    if objects > MAX_OBJECTS:
        raise NotAPassportFileError(_(TOO_MANY_OBJECTS).format(max_objects=MAX_OBJECTS))
    return opened


# --- small readers -------------------------------------------------------------------------------

def deref(value: Any) -> Any:
    """The object behind an indirect reference (pyHanko's ``get_object`` is untyped)."""
    return value.get_object() if isinstance(value, generic.IndirectObject) else value  # type: ignore[no-untyped-call]


def signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    """The filled signature fields, oldest signature first."""
    with parsing():
        found = list(reader.embedded_signatures)
        return sorted(found, key=lambda sig: int(sig.signed_revision))


def form_fields(root: Any) -> Iterator[tuple[str, generic.DictionaryObject]]:
    """Every terminal form field as (fully qualified name, field dict), bounded against hostile trees."""
    for name, _ref, field in form_field_refs(root):
        yield name, field


def form_field_refs(root: Any) -> Iterator[tuple[str, Any, generic.DictionaryObject]]:
    """As :func:`form_fields`, with the reference each field was reached by (an ``IndirectObject``, or the
    field dict itself when it is written inline), for callers comparing the objects of two revisions."""
    form = deref(root.get("/AcroForm")) if isinstance(root, generic.DictionaryObject) else None
    top = deref(form.get("/Fields")) if isinstance(form, generic.DictionaryObject) else None
    if not isinstance(top, generic.ArrayObject):
        return
    stack: list[tuple[Any, str, int]] = [(ref, "", 0) for ref in reversed(list(top))]
    seen = 0
    while stack and seen < MAX_TREE_NODES:
        ref, parent, depth = stack.pop()
        seen += 1
        field = deref(ref)
        if not isinstance(field, generic.DictionaryObject):
            continue
        part = deref(field.get("/T"))
        name = f"{parent}.{part}" if parent and part else str(part or parent)
        kids = deref(field.get("/Kids"))
        if isinstance(kids, generic.ArrayObject) and depth < MAX_TREE_DEPTH and any(
                isinstance(deref(k), generic.DictionaryObject) and "/T" in deref(k) for k in kids):
            stack.extend((kid, name, depth + 1) for kid in reversed(list(kids)))
            continue
        yield name, ref, field


def field_names(reader: PdfFileReader) -> set[str]:
    with parsing():
        return {name for name, _field in form_fields(reader.root)}


def empty_signature_fields(reader: PdfFileReader) -> set[str]:
    """Names of signature fields that have no signature yet."""
    with parsing():
        return {name for name, field in form_fields(reader.root)
                if deref(field.get("/FT")) == "/Sig" and "/V" not in field}


def manager_fields(reader: PdfFileReader) -> dict[str, str]:
    """The current values of the manager's text fields (missing ones are empty)."""
    values = dict.fromkeys(MANAGER_TEXT_FIELDS, "")
    with parsing():
        for name, field in form_fields(reader.root):
            if name in values:
                value = deref(field.get("/V"))
                if isinstance(value, generic.TextStringObject | generic.ByteStringObject | str):
                    values[name] = str(value)[:MAX_COMMENT_CHARS]
    return values


def attachment_at(reader: PdfFileReader, revision: int | None = None) -> bytes | None:
    """The embedded ``passport.json`` as it was in ``revision`` (default: the latest); None if absent or
    larger than :data:`MAX_ATTACHMENT_BYTES`."""
    with parsing():
        root = reader.root if revision is None else reader.get_historical_root(revision)
        names = deref(root.get("/Names"))
        tree = deref(names.get("/EmbeddedFiles")) if isinstance(names, generic.DictionaryObject) else None
        for name, spec in _name_tree_items(tree, 0, [0]):
            if name != PASSPORT_ATTACHMENT or not isinstance(spec, generic.DictionaryObject):
                continue
            files = deref(spec.get("/EF"))
            stream = deref(files.get("/F")) if isinstance(files, generic.DictionaryObject) else None
            if not isinstance(stream, generic.StreamObject):
                return None
            declared = deref(stream.get("/Length", 0))
            if isinstance(declared, int) and declared > MAX_ATTACHMENT_BYTES:
                return None
            data = stream.data
            return bytes(data) if isinstance(data, bytes | bytearray) and len(data) <= MAX_ATTACHMENT_BYTES else None
    return None


def marker_at(reader: PdfFileReader, revision: int) -> dict[str, Any]:
    """The ``/CarerPassport`` facts (id, revision, hash, fingerprint) in ``revision``; {} if absent."""
    with parsing():
        marker = deref(reader.get_historical_root(revision).get(MARKER_KEY))
        if not isinstance(marker, generic.DictionaryObject):
            return {}
        return {str(k)[1:]: (int(v) if isinstance(v, int) else str(v)) for k, v in marker.items()}


def page_contents(reader: PdfFileReader, revision: int) -> list[bytes]:
    """The decoded content streams of every page as of ``revision`` (bounded)."""
    with parsing():
        return [page_content(page) for page in pages_of(reader.get_historical_root(revision))]


def pages_of(root: Any) -> list[generic.DictionaryObject]:
    """The page dictionaries of ``root``'s page tree, in order, bounded against hostile trees."""
    pages: list[generic.DictionaryObject] = []
    stack: list[tuple[Any, int]] = [(root.get("/Pages"), 0)]
    seen = 0
    while stack and len(pages) < MAX_PAGES and seen < MAX_TREE_NODES:
        node, depth = stack.pop()
        seen += 1
        node = deref(node)
        if not isinstance(node, generic.DictionaryObject):
            continue
        if deref(node.get("/Type")) != "/Pages":
            pages.append(node)
            continue
        kids = deref(node.get("/Kids"))
        if isinstance(kids, generic.ArrayObject) and depth < MAX_TREE_DEPTH:
            stack.extend((kid, depth + 1) for kid in reversed(list(kids)))
    return pages


def page_content(page: generic.DictionaryObject) -> bytes:
    """A page's decoded content streams, joined (bounded)."""
    contents = deref(page.get("/Contents"))
    streams = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    return b"\0".join(bytes(s.data) for s in map(deref, streams[:MAX_TREE_NODES])
                      if isinstance(s, generic.StreamObject))


def looks_like_a_passport(reader: PdfFileReader) -> bool:
    """Whether an unsigned PDF still carries traces of a passport export (its fields, marker or attachment)."""
    if field_names(reader) & {EMPLOYEE_SIGNATURE_FIELD, *MANAGER_FIELDS}:
        return True
    with parsing():
        if MARKER_KEY in reader.root:
            return True
    return attachment_at(reader) is not None


def _name_tree_items(node: Any, depth: int, count: list[int]) -> Iterator[tuple[str, Any]]:
    node = deref(node)
    if not isinstance(node, generic.DictionaryObject) or depth > MAX_TREE_DEPTH:
        return
    count[0] += 1
    if count[0] > MAX_TREE_NODES:
        return
    names = deref(node.get("/Names"))
    if isinstance(names, generic.ArrayObject):
        items = list(names)
        for i in range(0, len(items) - 1, 2):
            yield str(items[i]), deref(items[i + 1])
    kids = deref(node.get("/Kids"))
    if isinstance(kids, generic.ArrayObject):
        for kid in kids:
            yield from _name_tree_items(kid, depth + 1, count)
