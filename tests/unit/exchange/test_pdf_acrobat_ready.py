"""The export is prepared for readers we cannot run here (Adobe Acrobat Reader): read with pypdf, a
parser we did not use to write the file.

Acrobat lets a person sign an existing empty signature field of a certified document only when the
certification is declared in the catalog (/Perms /DocMDP), the field was already there when the document
was certified (a new field would be a change the certification forbids), the form does not ask the
reader to redraw every field (/NeedAppearances: Acrobat then rewrites appearances and breaks the
certification), and every field name is unambiguous.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pypdf.generic import DictionaryObject, IndirectObject

from carerpassport.app import PassportApp
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
)
from tests.countersign_support import employee_pdf

ALL_FIELDS = {EMPLOYEE_SIGNATURE_FIELD, MANAGER_SIGNATURE_FIELD, MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD,
              MANAGER_DATE_FIELD}


def _export(app: PassportApp, tmp_path: Path) -> bytes:
    return employee_pdf(app, tmp_path / "out.pdf")


def _fields(reader: pypdf.PdfReader) -> dict[str, DictionaryObject]:
    """Every terminal field by fully qualified name (parents' /T joined with dots)."""
    found: dict[str, DictionaryObject] = {}

    def walk(ref: object, parent: str) -> None:
        node = ref.get_object() if isinstance(ref, IndirectObject) else ref
        assert isinstance(node, DictionaryObject)
        name = f"{parent}.{node['/T']}" if parent and "/T" in node else str(node.get("/T", parent))
        kids = [k for k in node.get("/Kids", []) if "/T" in k.get_object()]
        if kids:
            for kid in kids:
                walk(kid, name)
        else:
            found[name] = node

    for top in reader.trailer["/Root"]["/AcroForm"]["/Fields"]:
        walk(top, "")
    return found


def test_the_certification_is_declared_in_perms_docmdp(filled_app: PassportApp, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_export(filled_app, tmp_path)))
    root = reader.trailer["/Root"]
    docmdp = root["/Perms"]["/DocMDP"].get_object()
    employee_sig = _fields(reader)[EMPLOYEE_SIGNATURE_FIELD]["/V"].get_object()
    assert root["/Perms"].raw_get("/DocMDP").idnum == _fields(reader)[EMPLOYEE_SIGNATURE_FIELD].raw_get(
        "/V").idnum
    assert docmdp is employee_sig or docmdp == employee_sig
    references = {str(r["/TransformMethod"]): r for r in employee_sig["/Reference"]}
    assert set(references) == {"/DocMDP", "/FieldMDP"}
    assert references["/DocMDP"]["/TransformParams"]["/P"] == 2  # form filling and signing allowed
    field_lock = references["/FieldMDP"]["/TransformParams"]
    assert field_lock["/Action"] == "/Exclude"
    assert set(field_lock["/Fields"]) == ALL_FIELDS - {EMPLOYEE_SIGNATURE_FIELD}


def test_the_manager_signature_field_exists_in_the_certified_revision(filled_app: PassportApp,
                                                                      tmp_path: Path) -> None:
    data = _export(filled_app, tmp_path)
    reader = pypdf.PdfReader(io.BytesIO(data))
    employee_sig = _fields(reader)[EMPLOYEE_SIGNATURE_FIELD]["/V"].get_object()
    start, length, tail, tail_length = (int(x) for x in employee_sig["/ByteRange"])
    assert start == 0 and tail + tail_length == len(data)  # the certification covers the whole export...
    certified = pypdf.PdfReader(io.BytesIO(data[:tail + tail_length]))
    manager = _fields(certified)[MANAGER_SIGNATURE_FIELD]  # ...and the empty manager field is part of it
    assert manager["/FT"] == "/Sig" and "/V" not in manager
    assert manager["/Subtype"] == "/Widget" and len(manager["/Rect"]) == 4
    page = manager["/P"].get_object()
    assert any(a.get_object() is manager or a.get_object() == manager for a in page["/Annots"])


def test_the_form_does_not_ask_readers_to_redraw_fields(filled_app: PassportApp, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_export(filled_app, tmp_path)))
    acroform = reader.trailer["/Root"]["/AcroForm"]
    assert "/NeedAppearances" not in acroform
    assert acroform["/SigFlags"] == 3  # signatures exist; append only
    for name, field in _fields(reader).items():
        # Without /NeedAppearances each field must bring its own appearance.
        assert "/N" in field["/AP"], name
        if field["/FT"] == "/Tx":
            assert field.get("/DA") or acroform.get("/DA"), name


def test_field_names_are_fully_qualified_and_none_is_a_prefix_of_another(filled_app: PassportApp,
                                                                         tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_export(filled_app, tmp_path)))
    fields = _fields(reader)
    assert set(fields) == ALL_FIELDS
    for field in fields.values():
        assert "/Parent" not in field  # top-level: the partial name is the fully qualified name
    names = sorted(fields)
    for a in names:
        for b in names:
            assert a == b or not b.startswith(a), (a, b)
