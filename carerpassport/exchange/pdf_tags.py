"""Tag the passport PDF for assistive technology: marked content on the pages, a structure tree beside them.

Open-source reportlab writes no structure tree, so the tagging is done in two halves:

* while reportlab lays the pages out, :class:`Tagged` wraps a flowable and writes marked-content operators
  around whatever it draws (``/P <</MCID 3>> BDC … EMC``), and :class:`StructureRecorder` remembers which
  element each marked sequence belongs to (page, MCID). Rules, shading, the footer and the signature
  boxes' outlines are written as artifacts (``/Artifact BMC … EMC``), which a screen reader skips;
* before the employee signs, :func:`write_structure_tree` turns what was recorded into the PDF's
  ``/StructTreeRoot`` (Document › H1/H2/H3/P/Table/Form in reading order), its ``/ParentTree``, each page's
  ``/StructParents`` and ``/Tabs /S``, the form widgets' ``/StructParent`` with an ``/OBJR`` from their
  Form element, and the catalog's ``/MarkInfo``, ``/Lang`` and ``/ViewerPreferences``. It is written in
  the same incremental update the employee's signature covers, so a manager's reader only ever adds
  revisions after it, and it never needs to touch the tree.

Marked content does not change what is drawn, so the pages look exactly as they did untagged.

A reader that takes an element's text from its marked content (poppler's ``pdfinfo -struct-text``, assistive
technology reading the tags rather than guessing word breaks from glyph positions) gets exactly the characters
drawn. reportlab draws each wrapped line of a paragraph as its own run with no space where the line breaks,
so such a reader joined the last word of one line to the first of the next ("a newmanager"). Paragraphs are
therefore drawn as :class:`SpacedParagraph`, which ends every line with a space glyph: blank, drawn after the
line's last word, so the pages look the same, and each line break reads as a word break.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.tables import Table, TableRenderCB

#: Structure types used (all standard PDF 1.7 types, so no /RoleMap is needed).
ROLES = frozenset({"Document", "Sect", "Div", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Form"})


@dataclasses.dataclass(frozen=True)
class Mark:
    """One marked-content sequence: 0-based page index and its MCID on that page."""

    page: int
    mcid: int


@dataclasses.dataclass(frozen=True)
class WidgetKid:
    """A form field's widget, by field name (the widget objects exist only once the PDF is written)."""

    field_name: str


@dataclasses.dataclass
class Element:
    """A structure element: its role, its alternate text, and its children in reading order."""

    role: str
    alt: str = ""
    kids: list[Element | Mark | WidgetKid] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        if self.role not in ROLES:  # a typo in our own layout code
            raise ValueError(f"unknown structure type {self.role!r}")

    def child(self, role: str, *, alt: str = "") -> Element:
        """A new element appended to this one's children."""
        element = Element(role, alt)
        self.kids.append(element)
        return element


class StructureRecorder:
    """Collects the structure tree while reportlab draws: elements in reading order, MCIDs per page."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._next_mcid: dict[int, int] = {}

    @contextlib.contextmanager
    def marked(self, canvas: Canvas, element: Element) -> Iterator[None]:
        """Whatever is drawn inside belongs to ``element`` (a new MCID on the current page)."""
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element.kids.append(Mark(page, mcid))
        canvas.addLiteral(f"/{element.role} <</MCID {mcid}>> BDC")
        try:
            yield
        finally:
            canvas.addLiteral("EMC")

    def marks_on(self, page: int) -> int:
        """How many MCIDs page ``page`` (0-based) holds."""
        return self._next_mcid.get(page, 0)


@contextlib.contextmanager
def artifact(canvas: Canvas, kind: str = "Layout") -> Iterator[None]:
    """Whatever is drawn inside is decoration or pagination, not content: screen readers skip it."""
    canvas.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")


class Tagged(Flowable):  # type: ignore[misc]
    """A flowable whose drawing is marked as content of ``element``.

    A flowable split across pages stays one element (each part adds a mark on its page). Drawn a
    second time (the header row reportlab repeats on each page of a long table), it is an artifact:
    the element already holds that text once."""

    def __init__(self, inner: Flowable, element: Element, recorder: StructureRecorder) -> None:
        super().__init__()
        self.inner, self.element, self.recorder = inner, element, recorder
        self._drawn = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [Tagged(part, self.element, self.recorder) for part in self.inner.split(avail_width, avail_height)]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.inner.getSpaceAfter())

    def getKeepWithNext(self) -> bool:  # noqa: N802 (reportlab's name)
        return bool(self.inner.getKeepWithNext())

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        scope = artifact(canvas, "Pagination") if self._drawn else self.recorder.marked(canvas, self.element)
        self._drawn = True
        with scope:
            self.inner.drawOn(canvas, x, y, _sW)


class _LineEndSpaceText(PDFTextObject):  # type: ignore[misc]
    """A text object that draws a space at the end of each line (where reportlab moves to the next line)."""

    def _textOut(self, text: str, TStar: int = 0) -> None:  # noqa: N802, N803 (reportlab's names)
        if not TStar:
            super()._textOut(text, TStar)
        elif type(text) is str:  # one text run: the line and its space
            super()._textOut(text + " ", TStar)
        else:  # shaped text (a str subclass carrying its glyphs): concatenating would drop the shaping
            super()._textOut(text, 0)
            super()._textOut(" ", TStar)


class SpacedParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph whose every drawn line ends with a space, so that text read from the marked
    content has a word break at each line break (the space is blank and after the line: nothing moves).

    reportlab makes the parts of a split paragraph with ``self.__class__``, so they are spaced too."""

    def beginText(self, x: float, y: float) -> PDFTextObject:  # noqa: N802 (reportlab's name)
        return _LineEndSpaceText(self.canv, x, y)


class _TableDecoration(TableRenderCB):  # type: ignore[misc]
    """Marks a table's shading and rules as artifacts; the cells tag themselves (:class:`Tagged`)."""

    def __call__(self, table: Table, cmd: str, *args: Any) -> None:
        canvas = table.canv
        if cmd in ("startBG", "startLines"):
            canvas.addLiteral("/Artifact <</Type /Layout>> BDC")
        elif cmd in ("endBG", "endLines"):
            canvas.addLiteral("EMC")


def decorated_table(data: Sequence[Sequence[Any]], **kwargs: Any) -> Table:
    """A reportlab Table whose backgrounds and lines are artifacts (its parts keep that when it splits)."""
    return Table(data, renderCB=_TableDecoration(), **kwargs)


# --- keeping the tree within what the app reads ---------------------------------------------------

#: At most this many structure elements. Each is a PDF object, and the app reads a passport PDF of at most
#: ``pdf_limits.MAX_OBJECTS`` (5,000) objects; a passport of 500 agreed actions tagged cell by cell needs
#: over 4,000 elements, so a tree larger than this is simplified (:func:`within_budget`).
MAX_ELEMENTS = 2_000


def element_count(element: Element) -> int:
    """``element`` and all the elements under it."""
    return 1 + sum(element_count(kid) for kid in element.kids if isinstance(kid, Element))


def within_budget(root: Element, budget: int = MAX_ELEMENTS) -> Element:
    """``root``, or a simpler tree with the same content in the same order if it has more than ``budget``
    elements: first each table row becomes one paragraph (its cells read in order, without the header
    association), then each run of paragraphs in a section becomes one, and as a last resort the document
    is one paragraph per stretch of text between form fields. Nothing drawn is ever left out."""
    for simplify in (_rows_as_paragraphs, _merge_paragraphs, _flatten):
        if element_count(root) <= budget:
            break
        root = simplify(root)
    return root


def _marks_of(element: Element) -> list[Mark | WidgetKid]:
    out: list[Mark | WidgetKid] = []
    for kid in element.kids:
        out += _marks_of(kid) if isinstance(kid, Element) else [kid]
    return out


def _rows_as_paragraphs(element: Element) -> Element:
    if element.role == "TR":
        return Element("P", element.alt, list(_marks_of(element)))
    kids = [_rows_as_paragraphs(k) if isinstance(k, Element) else k for k in element.kids]
    return Element("Sect" if element.role == "Table" else element.role, element.alt, kids)


def _merge_paragraphs(element: Element) -> Element:
    kids: list[Element | Mark | WidgetKid] = []
    for kid in element.kids:
        kid = _merge_paragraphs(kid) if isinstance(kid, Element) else kid
        previous = kids[-1] if kids else None
        if (isinstance(kid, Element) and kid.role == "P" and isinstance(previous, Element) and previous.role == "P"
                and not kid.alt and not previous.alt):
            previous.kids += kid.kids
        else:
            kids.append(kid)
    return Element(element.role, element.alt, kids)


def _flatten(root: Element) -> Element:
    kids: list[Element | Mark | WidgetKid] = []
    for mark in _marks_of(root):
        if isinstance(mark, WidgetKid):
            kids.append(Element("Form", "", [mark]))
        elif kids and isinstance(kids[-1], Element) and kids[-1].role == "P":
            kids[-1].kids.append(mark)
        else:
            kids.append(Element("P", "", [mark]))
    return Element(root.role, root.alt, kids)


# --- the structure tree, written with pyHanko's objects -------------------------------------------

def _name(value: str) -> generic.NameObject:
    return pdf_name("/" + value)


def _number(value: int) -> generic.NumberObject:
    return generic.NumberObject(value)  # type: ignore[no-untyped-call]


def _widgets(page_refs: Sequence[generic.IndirectObject]) -> dict[str, tuple[generic.IndirectObject, int]]:
    """Each named widget annotation on the pages: field name → (widget reference, page index)."""
    found: dict[str, tuple[generic.IndirectObject, int]] = {}
    for index, page_ref in enumerate(page_refs):
        annots = page_ref.get_object().get("/Annots")  # type: ignore[no-untyped-call]
        for ref in annots.get_object() if annots is not None else ():
            if not isinstance(ref, generic.IndirectObject):
                continue
            annot = ref.get_object()  # type: ignore[no-untyped-call]
            name = annot.get("/T") if "/T" in annot else annot.get("/Parent", {}).get("/T")
            if name is not None and str(annot.get("/Subtype")) == "/Widget":
                found[str(name)] = (ref, index)
    return found


def _has_content(element: Element) -> bool:
    return any(not isinstance(kid, Element) or _has_content(kid) for kid in element.kids)


class _TreeWriter:
    """Writes the recorded elements as StructElem objects and keeps the parent tree's entries."""

    def __init__(self, writer: IncrementalPdfFileWriter, pages: int, alt_text: Mapping[str, str]) -> None:
        self.writer, self.alt_text = writer, alt_text
        self.page_refs = [writer.find_page_for_modification(i)[0] for i in range(pages)]  # type: ignore[no-untyped-call]
        self.widgets = _widgets(self.page_refs)
        #: Per page, MCID → the element holding it; then each widget's element, in StructParent order.
        self.page_parents: list[dict[int, generic.IndirectObject]] = [{} for _ in range(pages)]
        self.annot_parents: list[generic.IndirectObject] = []

    def element(self, element: Element, parent: generic.IndirectObject) -> generic.IndirectObject:
        # No /Type: it is optional on a structure element (ISO 32000-1, table 323), and every element is read
        # again by each check of a countersigned copy. pyHanko's difference analysis parses every object of
        # the signed revision, most of them these, and the /StructElem name was 40 % of parsing one.
        node = generic.DictionaryObject({  # type: ignore[no-untyped-call]
            pdf_name("/S"): _name(element.role), pdf_name("/P"): parent})
        ref = self.writer.add_object(node)
        kids = generic.ArrayObject()  # type: ignore[no-untyped-call]
        pages: list[int] = []
        for kid in element.kids:
            if isinstance(kid, Element):
                if _has_content(kid):
                    kids.append(self.element(kid, ref))
            elif isinstance(kid, Mark):
                self.page_parents[kid.page][kid.mcid] = ref
                pages.append(kid.page)
                # On the element's own page (its /Pg, the first page it is on) an MCID is a bare number;
                # on a later page, a marked-content reference naming the page.
                kids.append(_number(kid.mcid) if kid.page == pages[0] else generic.DictionaryObject({  # type: ignore[no-untyped-call]
                    pdf_name("/Type"): pdf_name("/MCR"), pdf_name("/Pg"): self.page_refs[kid.page],
                    pdf_name("/MCID"): _number(kid.mcid)}))
            else:
                kids.append(self.widget(kid.field_name, ref))
                pages.append(self.widgets[kid.field_name][1])
        alt = element.alt or next((self.alt_text[k.field_name] for k in element.kids
                                   if isinstance(k, WidgetKid) and k.field_name in self.alt_text), "")
        if alt:
            node[pdf_name("/Alt")] = generic.TextStringObject(alt)
        if pages:
            node[pdf_name("/Pg")] = self.page_refs[pages[0]]
        # A single kid is written as itself, not in an array: pyHanko's difference analysis accepts a form
        # field's widget being referred to from the structure tree only through Form /K /Obj, so the
        # manager's reader could not fill in the fields of a tree written with arrays everywhere.
        node[pdf_name("/K")] = kids[0] if len(kids) == 1 else kids
        return ref

    def widget(self, field_name: str, element: generic.IndirectObject) -> generic.DictionaryObject:
        """The /OBJR from ``element`` to the field's widget, which gets its /StructParent and /TU."""
        widget_ref, page = self.widgets[field_name]  # a widget missing is a layout bug: KeyError
        widget = widget_ref.get_object()  # type: ignore[no-untyped-call]
        widget[pdf_name("/StructParent")] = _number(len(self.page_refs) + len(self.annot_parents))
        if field_name in self.alt_text:
            widget[pdf_name("/TU")] = generic.TextStringObject(self.alt_text[field_name])
        self.writer.mark_update(widget_ref)
        self.annot_parents.append(element)
        return generic.DictionaryObject({  # type: ignore[no-untyped-call]
            pdf_name("/Type"): pdf_name("/OBJR"), pdf_name("/Obj"): widget_ref, pdf_name("/Pg"): self.page_refs[page]})

    def parent_tree(self) -> generic.DictionaryObject:
        nums = generic.ArrayObject()  # type: ignore[no-untyped-call]
        for index, parents in enumerate(self.page_parents):
            if sorted(parents) != list(range(len(parents))):  # an MCID drawn but not recorded: our bug
                raise RuntimeError(f"page {index + 1}: marked content {sorted(parents)} is not numbered 0…n")
            nums += [_number(index), generic.ArrayObject([parents[i] for i in range(len(parents))])]  # type: ignore[no-untyped-call]
        for offset, parent in enumerate(self.annot_parents):
            nums += [_number(len(self.page_refs) + offset), parent]
        return generic.DictionaryObject({pdf_name("/Nums"): nums})  # type: ignore[no-untyped-call]


def write_structure_tree(writer: IncrementalPdfFileWriter, root: Element, *, pages: int, lang: str,
                         alt_text: Mapping[str, str]) -> None:
    """Write ``root`` as the document's structure tree and mark the document as tagged.

    ``alt_text``: each form field's accessible name, written as the widget's ``/TU`` and the Form
    element's ``/Alt``. Elements that ended up with no content (nothing of theirs was drawn) are left out,
    and a very large tree is simplified first (:func:`within_budget`).
    """
    root = within_budget(root)
    tree = _TreeWriter(writer, pages, alt_text)
    tree_root = generic.DictionaryObject({pdf_name("/Type"): pdf_name("/StructTreeRoot")})  # type: ignore[no-untyped-call]
    tree_ref = writer.add_object(tree_root)
    tree_root[pdf_name("/K")] = tree.element(root, tree_ref)
    tree_root[pdf_name("/ParentTree")] = writer.add_object(tree.parent_tree())
    tree_root[pdf_name("/ParentTreeNextKey")] = _number(pages + len(tree.annot_parents))
    for index, page_ref in enumerate(tree.page_refs):
        page = page_ref.get_object()  # type: ignore[no-untyped-call]
        page[pdf_name("/StructParents")] = _number(index)
        page[pdf_name("/Tabs")] = pdf_name("/S")  # Tab moves through the fields in structure order
        writer.mark_update(page_ref)

    catalog = writer.root
    catalog[pdf_name("/StructTreeRoot")] = tree_ref
    catalog[pdf_name("/MarkInfo")] = generic.DictionaryObject(  # type: ignore[no-untyped-call]
        {pdf_name("/Marked"): generic.BooleanObject(True)})  # type: ignore[no-untyped-call]
    catalog[pdf_name("/Lang")] = generic.TextStringObject(lang)
    preferences = catalog.get("/ViewerPreferences")
    preferences = generic.DictionaryObject() if preferences is None else preferences.get_object()  # type: ignore[no-untyped-call]
    preferences[pdf_name("/DisplayDocTitle")] = generic.BooleanObject(True)  # type: ignore[no-untyped-call]
    catalog[pdf_name("/ViewerPreferences")] = preferences
    writer.update_root()  # type: ignore[no-untyped-call]
