"""The signed passport PDF is tagged: a structure tree in reading order that covers every marked text on
every page, form widgets named for a screen reader, the language set; and it still signs and validates."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf.generic import DictionaryObject

from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.model import AgreedAction, Answer, Passport, Person
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.pdf_limits import MAX_OBJECTS, MAX_PAGES
from carerpassport.exchange.pdf_render import FIELD_NAMES_READ_ALOUD, DocumentFacts, render_passport
from carerpassport.exchange.pdf_sign import sign_passport, signature_face
from carerpassport.exchange.pdf_tags import MAX_ELEMENTS, Element, Mark, WidgetKid, element_count, within_budget
from carerpassport.resource_files import load_default_template
from tests.conftest import require_tool
from tests.pdf_support import employee_status, pdf_text

TEMPLATE = load_default_template()
ANSWERED = [f for s in TEMPLATE.sections for f in s.fields if not f.for_manager][:5]


@pytest.fixture(scope="module")
def identity() -> Identity:
    return generate_identity("Siân Llŷr")


@pytest.fixture(scope="module")
def signed_pdf(identity: Identity, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A passport of four pages or more: an answer split across a page break, an action table over pages."""
    p = Passport(template_id=TEMPLATE.id, employee=Person(name="Siân Llŷr", role="Payroll officer"),
                 manager=Person(name="Łukasz Żółć"))
    for i, field in enumerate(ANSWERED):
        p.answers[field.id] = Answer(f"Answer {i} sentence. " * (120 if i == 0 else 4) + f"\n\nAnswer {i} ends.",
                                     shared=True)
    p.actions = [AgreedAction(what=f"Action {i}: leave early on Tuesdays", owner="Manager",
                              agreed_on=dt.date(2026, 9, 30)) for i in range(45)]
    shared = p.shared_dict()
    passport_json = canonical_bytes(shared)
    facts = DocumentFacts(passport_id=p.id, revision=3, content_sha256=sha256_hex(passport_json),
                          fingerprint=identity.fingerprint, recipient="Łukasz Żółć", prepared_on=dt.date(2026, 12, 1))
    when = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    rendered = render_passport(shared, TEMPLATE, facts, signature_face=signature_face(identity, when))
    assert rendered.pages >= 4
    path = tmp_path_factory.mktemp("tagged") / "passport.pdf"
    path.write_bytes(sign_passport(rendered, passport_json, facts, identity, when=when).pdf)
    return path


# --- reading the file ------------------------------------------------------------------------------

def marked_texts(path: Path) -> list[dict[Any, str]]:
    """Per page: MCID → the text drawn inside that marked-content sequence (``None``: in an artifact,
    ``"unmarked"``: outside any marked content), read from the content streams by pypdf."""
    return [_page_marked_texts(page) for page in pypdf.PdfReader(path).pages]


def _page_marked_texts(page: pypdf.PageObject) -> dict[Any, str]:
    stack: list[Any] = []
    texts: dict[Any, str] = {}

    def before(op: bytes, args: Any, _cm: Any, _tm: Any) -> None:
        if op == b"BDC":
            props = args[1]
            stack.append(None if args[0] == "/Artifact" or not isinstance(props, DictionaryObject)
                         else int(props["/MCID"]))
        elif op == b"BMC":
            stack.append(None)
        elif op == b"EMC":
            stack.pop()

    def text(t: str, *_args: Any) -> None:
        key = stack[-1] if stack else "unmarked"
        if t.strip() or key in texts:
            texts[key] = texts.get(key, "") + t

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


def walk(element: generic.DictionaryObject) -> Iterator[generic.DictionaryObject | tuple[str, Any]]:
    """The tree in reading order: each element, then each of its kids (marked content as ("mcr", …),
    widgets as ("objr", …))."""
    yield element
    kids = element.get("/K")
    kids = kids if isinstance(kids, generic.ArrayObject) else [kids]
    for kid in kids:
        kid = kid.get_object() if isinstance(kid, generic.IndirectObject) else kid
        # a structure element: /S, and /Type only if it is /StructElem (optional; the export leaves it out)
        if isinstance(kid, generic.DictionaryObject) and "/S" in kid and kid.get("/Type", "/StructElem") == \
                "/StructElem":
            yield from walk(kid)
        elif isinstance(kid, int):  # an MCID on the element's own page
            yield "mcr", (element.raw_get("/Pg").idnum, int(kid), element)
        elif isinstance(kid, generic.DictionaryObject) and kid.get("/Type") == "/MCR":
            yield "mcr", (kid.raw_get("/Pg").idnum, int(kid["/MCID"]), element)
        elif isinstance(kid, generic.DictionaryObject) and kid.get("/Type") == "/OBJR":
            yield "objr", (kid.raw_get("/Obj").idnum, element)
        else:
            raise AssertionError(f"unexpected kid {kid!r} in a {element['/S']}")


def reading_order(path: Path) -> list[tuple[str, str]]:
    """(role, text) of every element holding text, in the structure tree's order; a form field's element
    as ("Form", its alternate text)."""
    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    page_index = {reader.find_page_for_modification(i)[0].idnum: i for i in range(int(reader.root["/Pages"]["/Count"]))}
    texts = marked_texts(path)
    out: list[tuple[str, str]] = []
    for item in walk(reader.root["/StructTreeRoot"]["/K"]):
        if isinstance(item, tuple) and item[0] == "objr":
            out.append(("Form", str(item[1][1]["/Alt"]), item[1][1]))  # type: ignore[arg-type]
        elif isinstance(item, tuple) and item[0] == "mcr":
            page_id, mcid, element = item[1]
            text = texts[page_index[page_id]].get(mcid, "").strip()
            role = str(element["/S"])[1:]
            if out and out[-1][0] == role and out[-1][2] is element:  # type: ignore[misc]
                out[-1] = (role, out[-1][1] + " " + text, element)  # type: ignore[assignment]
            else:
                out.append((role, text, element))  # type: ignore[arg-type]
    return [(role, " ".join(text.split())) for role, text, *_ in out]


def squash(text: str) -> str:
    return " ".join(text.split())


# --- the tests -------------------------------------------------------------------------------------

def test_pdfinfo_says_tagged_and_the_catalog_names_language_and_title(signed_pdf: Path) -> None:
    require_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(signed_pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    assert re.search(r"^Title:\s+Carer's Passport: Siân Llŷr$", info, re.M), info
    root = PdfFileReader(io.BytesIO(signed_pdf.read_bytes())).root
    assert root["/Lang"] == TEMPLATE.language == "en-GB"
    assert root["/MarkInfo"]["/Marked"] is True or bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])


def test_every_mcid_on_every_page_is_in_the_tree_once_and_the_parent_tree_agrees(signed_pdf: Path) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf.read_bytes()))
    pages = [reader.find_page_for_modification(i)[0] for i in range(int(reader.root["/Pages"]["/Count"]))]
    tree = reader.root["/StructTreeRoot"]
    nums = tree["/ParentTree"]["/Nums"]
    parent_tree = {int(nums[i]): nums.raw_get(i + 1) for i in range(0, len(nums), 2)}
    in_tree: set[tuple[int, int]] = set()
    for item in walk(tree["/K"]):
        if isinstance(item, tuple) and item[0] == "mcr":
            page_id, mcid, _element = item[1]
            assert (page_id, mcid) not in in_tree, f"MCID {mcid} is in the tree twice"
            in_tree.add((page_id, mcid))
    for index, (page_ref, texts) in enumerate(zip(pages, marked_texts(signed_pdf), strict=True)):
        page = page_ref.get_object()
        assert "unmarked" not in texts, f"page {index + 1} has text outside marked content: {texts['unmarked']!r}"
        assert str(page["/Tabs"]) == "/S"
        mcids = sorted(k for k in texts if isinstance(k, int))
        parents = parent_tree[int(page["/StructParents"])].get_object()
        assert mcids, f"page {index + 1} has no tagged text"
        assert len(parents) >= len(mcids)
        for mcid in mcids:
            assert (page_ref.idnum, mcid) in in_tree, f"page {index + 1}: MCID {mcid} is not in the tree"
        # the parent tree's entry for each MCID is the element whose /K holds it
        for mcid in range(len(parents)):
            element = parents[mcid].get_object()
            k = element["/K"]
            kids = k if isinstance(k, generic.ArrayObject) else [k]
            assert any((isinstance(x, generic.DictionaryObject) and x.get("/MCID") == mcid
                        and x.raw_get("/Pg").idnum == page_ref.idnum)
                       or (isinstance(x, int) and x == mcid and element.raw_get("/Pg").idnum == page_ref.idnum)
                       for x in kids)
        # the footer is a pagination artifact, not read out
        assert "Employee certificate SHA-256" in texts.get(None, "")
        assert not any("Employee certificate SHA-256" in t for k, t in texts.items() if isinstance(k, int))


def test_reading_order_follows_the_page_and_roles_are_headings_paragraphs_and_cells(signed_pdf: Path) -> None:
    order = reading_order(signed_pdf)
    roles = [role for role, _ in order]
    assert order[0] == ("H1", "Carer's Passport")
    sections = [s.title for s in TEMPLATE.sections if any(f in s.fields for f in ANSWERED)]
    assert [text for role, text in order if role == "H2"] == [*sections, "Agreed actions", "Review", "Signatures"]
    assert [text for role, text in order if role == "H3"] == [*(f.label for f in ANSWERED), "Employee",
                                                             "Line manager"]
    # each answer: its question (H3), then its paragraphs (P), the first split over a page break but one P
    for i, field in enumerate(ANSWERED):
        at = order.index(("H3", field.label))
        assert order[at + 1][0] == "P" and order[at + 1][1].startswith(f"Answer {i} sentence.")
        assert order[at + 2] == ("P", f"Answer {i} ends.")
    assert order[[t for _, t in order].index("Answer 0 ends.") - 1][1].count("Answer 0 sentence.") == 120
    # the action table: 7 header cells once (the header repeated on later pages is an artifact), 7 cells a row
    assert roles.count("TH") == 2 + 7
    assert [text for role, text in order if role == "TH"][2:] == ["What", "Kind", "Owner", "Status", "Agreed", "By",
                                                                   "Review"]
    assert roles.count("TD") == 2 + 45 * 7
    # The tree's text, in its order, is the text a reader extracts, in the same order. The signature
    # section has two columns: the tree reads each person's column whole, where pdftotext reads across
    # them line by line, so each column is checked on its own from where the columns start.
    extracted = squash(pdf_text(signed_pdf))
    employee, manager = order.index(("H3", "Employee")), order.index(("H3", "Line manager"))
    start = in_order(extracted, order[:employee], 0)
    in_order(extracted, order[employee:manager], start)
    in_order(extracted, order[manager:], start)
    # heading, note, the signature field, what its box says, its caption
    assert [role for role, _ in order[employee:manager]] == ["H3", "P", "Form", "P", "P"]
    # heading, note, then each field's caption before the field
    assert order[manager + 2:] == [
        ("P", "Comment"), ("Form", "Line manager's comment"), ("P", "Name"), ("Form", "Line manager's name"),
        ("P", "Date"), ("Form", "Date the line manager signed"), ("Form", "Line manager's signature"),
        ("P", "Line manager's digital signature")]


def in_order(extracted: str, order: list[tuple[str, str]], position: int) -> int:
    """Finds the text of each element of ``order`` in ``extracted``, each after the one before (form fields
    show no text of their own); returns where the last one was found."""
    for role, text in order:
        if role == "Form":
            continue
        found = extracted.find(text, position)
        assert found >= 0, f"{role} {text[:60]!r} is not in the extracted text after position {position}"
        position = found
    return position


def test_form_fields_and_signature_boxes_are_named_for_a_screen_reader(signed_pdf: Path) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf.read_bytes()))
    nums = reader.root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    parent_tree = {int(nums[i]): nums.raw_get(i + 1) for i in range(0, len(nums), 2)}
    objrs = {widget: element for item in walk(reader.root["/StructTreeRoot"]["/K"])
             if isinstance(item, tuple) and item[0] == "objr" for widget, element in [item[1]]}
    seen = set()
    for i in range(int(reader.root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(i)[0].get_object()
        for ref in page.get("/Annots", ()):
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            name = str(widget["/T"])
            seen.add(name)
            assert widget["/TU"] == FIELD_NAMES_READ_ALOUD[name]
            element = objrs[ref.idnum]
            assert element["/S"] == "/Form" and element["/Alt"] == FIELD_NAMES_READ_ALOUD[name]
            # Form /K /Obj, not in an array: the one shape in which pyHanko's difference analysis lets a
            # reader fill in a field the structure tree refers to (tests/interop fill and sign them)
            assert element["/K"]["/Type"] == "/OBJR" and element["/K"].raw_get("/Obj").idnum == ref.idnum
            assert parent_tree[int(widget["/StructParent"])].get_object() is element
    assert seen == set(FIELD_NAMES_READ_ALOUD)
    assert len(objrs) == len(FIELD_NAMES_READ_ALOUD)


def test_tagged_export_is_still_certified_with_the_manager_fields_open(signed_pdf: Path) -> None:
    _reader, status = employee_status(signed_pdf.read_bytes())
    assert status.intact and status.valid and status.docmdp_ok
    require_tool("pdfsig")
    done = subprocess.run(["pdfsig", "-no-ocsp", str(signed_pdf)], capture_output=True, text=True, timeout=60)
    assert "Signature Validation: Signature is Valid." in done.stdout


def test_poppler_reads_the_structure_tree_with_the_text_of_each_element(signed_pdf: Path) -> None:
    """poppler's own reader of the tree (``pdfinfo -struct-text``), independent of the walk above."""
    require_tool("pdfinfo")
    done = subprocess.run(["pdfinfo", "-struct-text", str(signed_pdf)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert lines[:3] == ["Document", "H1 (block)", '"Carer\'s Passport "']  # each drawn line ends in a space
    assert lines.count("Form") == len(FIELD_NAMES_READ_ALOUD)
    assert lines.count("Table (block)") == 2 and lines.count("TH") == 2 + 7
    assert '"Line manager\'s digital signature"' in lines


def _words(prefix: str, count: int) -> str:
    """``count`` words found nowhere else in the document (so each one is either read whole or not)."""
    return " ".join(f"{prefix}{chr(97 + j % 26)}{j}" for j in range(count))


def test_text_read_from_the_tags_has_every_word_whole_where_lines_wrap(identity: Identity,
                                                                       tmp_path: Path) -> None:
    """reportlab draws each wrapped line as its own run, with no space at the break: a reader that takes
    an element's text from its marked content (``pdfinfo -struct-text``, assistive technology reading the
    tags) joined the last word of a line to the first of the next ("a newmanager"). Every word of the
    answers, the wrapped table cells and the people's lines must come back as a word of its own."""
    require_tool("pdfinfo")
    p = Passport(template_id=TEMPLATE.id, employee=Person(name="Siân Llŷr", role="Payroll officer", team="Wages"),
                 manager=Person(name="Łukasz Żółć", role="Head of payroll"))
    answers = {field.id: _words(f"ans{i}", 150 if i == 0 else 30) + "\n\n" + _words(f"more{i}", 25)
               for i, field in enumerate(ANSWERED)}
    for field_id, text in answers.items():
        p.answers[field_id] = Answer(text, shared=True)
    actions = [_words(f"act{i}", 14) for i in range(3)]
    p.actions = [AgreedAction(what=what, owner="Manager", agreed_on=dt.date(2026, 9, 30)) for what in actions]
    shared = p.shared_dict()
    passport_json = canonical_bytes(shared)
    facts = DocumentFacts(passport_id=p.id, revision=1, content_sha256=sha256_hex(passport_json),
                          fingerprint=identity.fingerprint, prepared_on=dt.date(2026, 12, 1))
    when = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    rendered = render_passport(shared, TEMPLATE, facts, signature_face=signature_face(identity, when))
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(sign_passport(rendered, passport_json, facts, identity, when=when).pdf)

    done = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    read = re.findall(r'^\s*"(.*)"$', done.stdout, re.M)  # the text of each marked-content item, in order
    words = set(" ".join(read).split())
    source = " ".join([*answers.values(), *actions, "Siân Llŷr Payroll officer Wages Łukasz Żółć Head of payroll",
                       TEMPLATE.confidentiality]).split()
    assert len(source) > 300
    joined = [w for w in source if w not in words]
    assert not joined, f"{len(joined)} words not read whole, e.g. {joined[:5]}"
    # and in the order they were written: the first answer, across its lines and its page break
    assert " ".join(answers[ANSWERED[0].id].split()) in " ".join(" ".join(read).split())


def _synthetic(rows: int) -> Element:
    """Document › H2, Table of ``rows`` rows of 7 cells, P, P, Form: one MCID per cell or paragraph."""
    root = Element("Document")
    mcid = iter(range(10**6))
    sect = root.child("Sect")
    sect.child("H2").kids.append(Mark(0, next(mcid)))
    table = sect.child("Table")
    for _ in range(rows):
        tr = table.child("TR")
        for _ in range(7):
            tr.child("TD").kids.append(Mark(0, next(mcid)))
    for _ in range(2):
        sect.child("P").kids.append(Mark(1, next(mcid)))
    sect.child("Form", alt="Line manager's signature").kids.append(WidgetKid("ManagerSignature"))
    return root


def _content(element: Element) -> list[Mark | WidgetKid]:
    out: list[Mark | WidgetKid] = []
    for kid in element.kids:
        out += _content(kid) if isinstance(kid, Element) else [kid]
    return out


@pytest.mark.parametrize("rows", [10, 500, 5_000])
def test_a_tree_too_big_for_the_reader_is_simplified_keeping_all_content_in_order(rows: int) -> None:
    tree = _synthetic(rows)
    fitted = within_budget(tree)
    assert element_count(fitted) <= MAX_ELEMENTS
    assert _content(fitted) == _content(tree)  # every mark and the widget, in the same order
    if rows == 10:
        assert fitted is tree  # small enough: left as it is
    if rows == 500:  # 500 agreed actions (the most a passport holds): a paragraph per row, headings kept
        sect = fitted.kids[0]
        assert isinstance(sect, Element) and [k.role for k in sect.kids if isinstance(k, Element)][:2] == ["H2", "Sect"]
        assert element_count(fitted) == 1 + 1 + 1 + 1 + 500 + 2 + 1


def test_the_budget_leaves_room_for_the_rest_of_the_file_under_the_readers_object_limit() -> None:
    # each page is a page object and a content stream, plus its share of fonts, fields and the signatures
    assert MAX_ELEMENTS + 3 * MAX_PAGES + 200 <= MAX_OBJECTS
