"""The passport's difference policy (exchange/countersign_policy.py): what readers add on the manager's
fields is allowed, the same keys anywhere else are not, and what else changed is said in plain words.

Each case is a real export with an incremental update written by pyHanko's writer, validated with
pyHanko under the policy, as the import does. (Real poppler and Okular files are in
tests/interop/test_poppler_countersign.py and tests/integration/test_okular_golden.py.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, DiffPolicy, ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from carerpassport.app import PassportApp
from carerpassport.exchange.countersign import fill_text_fields, signer_for
from carerpassport.exchange.countersign_policy import describe_changes, passport_diff_policy, referred_to
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
)
from tests.conftest import PASSPHRASE
from tests.countersign_support import add_text_note, employee_pdf

Update = Callable[[IncrementalPdfFileWriter], None]


@pytest.fixture(scope="module")
def exported_once(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One real export for the whole module (making a vault costs a key derivation and an RSA key)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CARERPASSPORT_NO_KEYRING", "1")
        folder = tmp_path_factory.mktemp("employee")
        app = PassportApp.create(folder / "vault", employee_name="Siân Jones", manager_name="Robert Smith",
                                 passphrase=PASSPHRASE).app
        try:
            app.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.",
                                   shared=True)
            return employee_pdf(app, folder / "exported.pdf")
        finally:
            app.close()


@pytest.fixture
def export(exported_once: bytes, tmp_path: Path) -> Path:
    out = tmp_path / "exported.pdf"
    out.write_bytes(exported_once)
    return out


@pytest.fixture(scope="module")
def manager() -> Identity:
    return generate_identity("Robert Smith")


def updated(export: Path, *updates: Update, sign_as: Identity | None = None) -> bytes:
    """``export`` with ``updates`` in one incremental update; signed in the manager's field when ``sign_as``
    is given (in the same revision, as a reader that fills and signs does)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(export.read_bytes()))
    for update in updates:
        update(writer)
    out = io.BytesIO()
    if sign_as is None:
        writer.write(out)
    else:
        signers.PdfSigner(signers.PdfSignatureMetadata(field_name=MANAGER_SIGNATURE_FIELD),
                          signer=signer_for(sign_as)).sign_pdf(writer, output=out)
    return out.getvalue()


def employee_status(data: bytes, policy: DiffPolicy) -> tuple[PdfFileReader, PdfSignatureStatus]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    sig = next(s for s in reader.embedded_signatures if s.field_name == EMPLOYEE_SIGNATURE_FIELD)
    context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
    return reader, validate_pdf_signature(sig, context, diff_policy=policy)


def allowed(data: bytes, policy: DiffPolicy | None = None) -> bool:
    _reader, status = employee_status(data, policy or passport_diff_policy())
    return status.modification_level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING) \
        and bool(status.docmdp_ok)


def described(data: bytes) -> list[str]:
    reader, status = employee_status(data, passport_diff_policy())
    sig = next(s for s in reader.embedded_signatures if s.field_name == EMPLOYEE_SIGNATURE_FIELD)
    return describe_changes(reader, sig.signed_revision, status.diff_result)


def field_of(writer: IncrementalPdfFileWriter, name: str) -> generic.DictionaryObject:
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if str(field.get("/T")) == name:
            return field  # type: ignore[no-any-return]
    raise AssertionError(name)


def set_key(name: str, key: str, value: generic.PdfObject) -> Update:
    def update(writer: IncrementalPdfFileWriter) -> None:
        field = field_of(writer, name)
        field[key] = value
        writer.update_container(field)
    return update


def fill(writer: IncrementalPdfFileWriter) -> None:
    fill_text_fields(writer, {MANAGER_COMMENT_FIELD: "Agreed.", MANAGER_NAME_FIELD: "Robert Smith",
                              MANAGER_DATE_FIELD: "2026-12-01"})


READER_DATE = generic.TextStringObject("D:20261201190743Z")
BORDER = generic.ArrayObject([generic.NumberObject(0), generic.NumberObject(0), generic.FloatObject(1.5)])


def test_what_readers_add_to_the_manager_fields_is_allowed_only_by_the_passport_policy(export: Path,
                                                                                       manager: Identity) -> None:
    data = updated(export, fill, *(set_key(name, "/M", READER_DATE) for name in (
        MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD)),
        set_key(MANAGER_SIGNATURE_FIELD, "/M", READER_DATE), set_key(MANAGER_SIGNATURE_FIELD, "/Border", BORDER),
        sign_as=manager)
    assert allowed(data)
    assert not allowed(data, DEFAULT_DIFF_POLICY)  # what made poppler and Okular copies "signed externally"


@pytest.mark.parametrize(("name", "key", "value"), [
    (EMPLOYEE_SIGNATURE_FIELD, "/M", READER_DATE),  # a reader's key, on a field that is not the manager's
    (EMPLOYEE_SIGNATURE_FIELD, "/Border", BORDER),
    (MANAGER_COMMENT_FIELD, "/Border", BORDER),  # /Border only on the signature widget, as Okular writes
    (MANAGER_NAME_FIELD, "/TU", generic.TextStringObject("Someone else's name")),  # not a reader's key at all
    (MANAGER_SIGNATURE_FIELD, "/M", generic.NumberObject(7)),  # /M must hold a date
    (MANAGER_SIGNATURE_FIELD, "/Border", generic.ArrayObject([generic.TextStringObject("x")] * 3)),
])
def test_the_same_keys_anywhere_else_or_holding_anything_else_are_not(export: Path, manager: Identity, name: str,
                                                                      key: str, value: generic.PdfObject) -> None:
    assert not allowed(updated(export, fill, set_key(name, key, value), sign_as=manager))


def test_reader_keys_on_an_unsigned_manager_signature_field_are_not_allowed(export: Path) -> None:
    """pyHanko allows changes to a signature field only when it is being signed; the policy keeps that."""
    assert not allowed(updated(export, fill, set_key(MANAGER_SIGNATURE_FIELD, "/M", READER_DATE)))


def test_a_replaced_appearance_that_is_still_shown_is_not_taken_for_a_leftover(export: Path) -> None:
    """The leftover rule clears unused form XObjects only: rewriting the employee signature's appearance,
    which its widget still shows, stays unexplained."""
    def redraw(writer: IncrementalPdfFileWriter) -> None:
        ref = field_of(writer, EMPLOYEE_SIGNATURE_FIELD)["/AP"].raw_get("/N")
        stream = ref.get_object()
        forged = generic.StreamObject(dict(stream), stream_data=b"BT /F1 12 Tf 0 0 Td (Not signed) Tj ET")
        writer.mark_update(ref)
        writer.objects[(ref.generation, ref.idnum)] = forged
    data = updated(export, redraw)
    assert not allowed(data)
    assert described(data) == ["the file's internal structure was changed in a way the app cannot describe"]


def leftover_generation(of_field: str) -> Update:
    """What poppler and Okular write: a form XObject as generation 1 of the field's current appearance
    object number, without freeing generation 0."""
    def update(writer: IncrementalPdfFileWriter) -> None:
        ref = field_of(writer, of_field)["/AP"].raw_get("/N")
        writer.objects[(ref.generation + 1, ref.idnum)] = generic.StreamObject({
            generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
            generic.pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 235, 57)])},
            stream_data=b"BT /F1 12 Tf 2 2 Td (Robert Smith) Tj ET")
    return update


def test_an_unused_appearance_left_as_a_new_generation_is_harmless(export: Path, manager: Identity) -> None:
    # Signing gives the manager's widget a new appearance, so nothing shows its old object number any more.
    data = updated(export, fill, leftover_generation(MANAGER_SIGNATURE_FIELD), sign_as=manager)
    assert not allowed(data, DEFAULT_DIFF_POLICY) and allowed(data)


def test_a_new_generation_of_an_object_still_shown_is_not_a_leftover(export: Path, manager: Identity) -> None:
    # The employee's signature widget still points at its appearance's object number: a reader that ignores
    # generation numbers could show the new object instead.
    assert not allowed(updated(export, fill, leftover_generation(EMPLOYEE_SIGNATURE_FIELD), sign_as=manager))


def last_structure_element(root: generic.DictionaryObject) -> generic.Reference:
    """The structure tree's last element in reading order: the one a walk from the catalog meets last."""
    element = root.raw_get("/StructTreeRoot")
    while True:
        kids = element.get_object().get("/K")
        kids = [k for k in (kids if isinstance(kids, generic.ArrayObject) else [kids])
                if isinstance(k, generic.IndirectObject)]
        if not kids:
            return element.reference  # type: ignore[no-any-return]
        element = kids[-1]


def leftover_over(ref_of: Callable[[IncrementalPdfFileWriter], generic.Reference]) -> Update:
    """A leftover-looking form XObject written as a new generation of the object ``ref_of`` names."""
    def update(writer: IncrementalPdfFileWriter) -> None:
        ref = ref_of(writer)
        writer.objects[(ref.generation + 1, ref.idnum)] = generic.StreamObject({
            generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
            generic.pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 10, 10)])},
            stream_data=b"BT /F1 12 Tf 2 2 Td (Hidden) Tj ET")
    return update


def test_a_leftover_over_an_object_the_structure_tree_still_uses_is_not_cleared(export: Path,
                                                                                manager: Identity) -> None:
    """The leftover rule stops walking once it met every appearance it asks about; an object number the
    structure tree still refers to, deepest and last of all, is still found and so not taken for a leftover,
    alone or beside a real leftover that is cleared."""
    deep = leftover_over(lambda writer: last_structure_element(writer.root))
    assert not allowed(updated(export, fill, deep, sign_as=manager))
    assert not allowed(updated(export, fill, leftover_generation(MANAGER_SIGNATURE_FIELD), deep, sign_as=manager))
    assert allowed(updated(export, fill, leftover_generation(MANAGER_SIGNATURE_FIELD), sign_as=manager))


OKULAR_COPY = Path(__file__).parents[2] / "data" / "golden" / "okular" / "countersigned-in-okular.pdf"


@pytest.mark.parametrize("source", ["countersigned", "okular"])
def test_the_leftover_walk_finds_exactly_what_a_full_walk_finds(export: Path, manager: Identity,
                                                                 source: str) -> None:
    data = OKULAR_COPY.read_bytes() if source == "okular" else updated(
        export, fill, leftover_generation(MANAGER_SIGNATURE_FIELD), sign_as=manager)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    new = reader.get_historical_resolver(reader.xrefs.total_revisions - 1)
    everything = {ref.idnum for ref in new.collect_dependencies(new.trailer_view)}
    numbers = sorted({ref.idnum for rev in range(reader.xrefs.total_revisions)
                      for ref in reader.xrefs.explicit_refs_in_revision(rev)})
    unused = max(numbers) + 1000
    # (the Okular copy was made from an export before the passport was tagged: it has no structure tree)
    last_element = last_structure_element(new.root).idnum if "/StructTreeRoot" in new.root else numbers[-2]
    for wanted in ({*numbers}, {last_element}, {unused}, {numbers[0], unused}, {numbers[-1], last_element},
                   {*numbers[::7]}):
        assert referred_to(new, wanted) == everything & wanted, wanted


def test_changed_text_on_a_page_is_described_in_plain_words(export: Path) -> None:
    def add_text(writer: IncrementalPdfFileWriter) -> None:
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        extra = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Approved) Tj ET"))
        old = page.raw_get("/Contents")
        page["/Contents"] = generic.ArrayObject([*(old if isinstance(old, generic.ArrayObject) else [old]), extra])
        writer.update_container(page)
    data = updated(export, add_text)
    assert not allowed(data)
    assert described(data) == ["text on page 1 changed"]


def test_a_new_annotation_is_described_with_its_page(export: Path, tmp_path: Path) -> None:
    data = add_text_note(export, tmp_path / "noted.pdf", page=1).read_bytes()
    assert not allowed(data)
    assert described(data) == ["a new annotation was added on page 2: a text box"]


def test_a_replaced_attachment_is_described(export: Path) -> None:
    def swap(writer: IncrementalPdfFileWriter) -> None:
        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        ref = names[1].get_object()["/EF"].raw_get("/F")
        writer.mark_update(ref)
        writer.objects[(ref.generation, ref.idnum)] = generic.StreamObject(stream_data=b'{"forged": true}')
    data = updated(export, swap)
    assert not allowed(data)
    assert described(data) == ["the attached passport.json was replaced"]


def test_a_field_outside_the_managers_is_described(export: Path) -> None:
    data = updated(export, fill, set_key(EMPLOYEE_SIGNATURE_FIELD, "/TU", generic.TextStringObject("x")))
    assert "the employee's signature field was changed" in described(data)


def test_descriptions_are_sentences_not_dict_dumps(export: Path, tmp_path: Path) -> None:
    noted = add_text_note(export, tmp_path / "noted.pdf", page=0)
    for data in (noted.read_bytes(), updated(export, set_key(EMPLOYEE_SIGNATURE_FIELD, "/M", READER_DATE))):
        for sentence in described(data):
            assert not re.search(r"[{}\[\]]|Reference|idnum|/[A-Z]", sentence), sentence


def set_sig_flags(value: generic.PdfObject) -> Update:
    def update(writer: IncrementalPdfFileWriter) -> None:
        acroform = writer.root["/AcroForm"]
        acroform["/SigFlags"] = value
        writer.update_container(acroform)
    return update


@pytest.mark.parametrize(("value", "ok"), [(generic.NumberObject(1), True), (generic.NumberObject(3), True),
                                           (generic.NumberObject(99), False),
                                           (generic.TextStringObject("3"), False)])
def test_a_reader_may_set_the_forms_signature_flags(export: Path, value: generic.PdfObject, ok: bool) -> None:
    # Not signed here: pyHanko's signer would set /SigFlags 3 itself.
    assert allowed(updated(export, fill, set_sig_flags(value))) is ok
