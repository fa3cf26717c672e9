"""A statutory flexible-working request as a signed, tagged A4 PDF.

The letter's words come from :func:`carerpassport.domain.flexible_working.request_letter` (the plain-text
export holds the same). It is drawn with reportlab in the app's embedded fonts (:mod:`.pdf_fonts`), tagged
for screen readers (:mod:`.pdf_tags`), and certified with the vault's key through the same signer as the
passport (:func:`.pdf_sign.vault_signer`, :class:`.pdf_sign.ClockedPdfSigner`), so a reader shows the
employee's certificate, the same one the manager already pinned from the passport.

The certification allows form filling and signing (DocMDP 2), so the employer can sign to acknowledge
receipt; nothing else may change without the reader saying so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigFieldSpec
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer

from carerpassport.domain.flexible_working import Letter
from carerpassport.domain.wording import N_
from carerpassport.domain.working_pattern import said
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.identity import Identity
from carerpassport.exchange.leave_notice_pdf import pdf_lang
from carerpassport.exchange.pdf_fonts import FONT, FONT_BOLD
from carerpassport.exchange.pdf_render import EMPLOYEE_SIGNATURE_FIELD, FieldBox
from carerpassport.exchange.pdf_sign import (
    SIGNATURE_BYTES_RESERVED,
    ClockedPdfSigner,
    blank_appearance,
    signature_face,
    vault_signer,
)
from carerpassport.exchange.pdf_tags import (
    Element,
    StructureRecorder,
    Tagged,
    WidgetKid,
    artifact,
    write_structure_tree,
)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
MARGIN = 22 * mm
SIGNATURE_HEIGHT = 20 * mm
#: The signature field's name for people (a screen reader says it), translated for the letter's reader.
SIGNATURE_NAME = {EMPLOYEE_SIGNATURE_FIELD: N_("Employee's digital signature")}


def _signature_names(language: str) -> dict[str, str]:
    return {field: said(language, name) for field, name in SIGNATURE_NAME.items()}


@dataclasses.dataclass(frozen=True)
class RequestFacts:
    """What the footer says: which request, and whose certificate signed it."""

    request_id: str
    fingerprint: str
    title: str
    author: str


class _SignatureBox(Flowable):  # type: ignore[misc]
    """Where the employee's signature field goes, with the signature's face drawn in the page's font."""

    def __init__(self, width: float, face: list[str], element: Element, recorder: StructureRecorder,
                 boxes: dict[str, FieldBox], language: str = "") -> None:
        super().__init__()
        self.width, self.height = width * 0.6, SIGNATURE_HEIGHT
        self.face, self.recorder, self.boxes = face, recorder, boxes
        form = element.child("Form", alt=_signature_names(language)[EMPLOYEE_SIGNATURE_FIELD])
        form.kids.append(WidgetKid(EMPLOYEE_SIGNATURE_FIELD))
        self.face_element = element.child("P")

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        with artifact(canvas):
            canvas.setStrokeColor(RULE)
            canvas.setDash(2, 2)
            canvas.rect(0, 0, self.width, self.height)
        with self.recorder.marked(canvas, self.face_element):
            canvas.setFillColor(INK)
            canvas.setFont(FONT, 8.5)
            for i, line in enumerate(self.face):
                canvas.drawString(2.5 * mm, self.height - (i + 1) * 4.6 * mm, line)
        canvas.restoreState()
        x, y = canvas.absolutePosition(0, 0)
        self.boxes[EMPLOYEE_SIGNATURE_FIELD] = FieldBox(
            page=canvas.getPageNumber() - 1, box=(round(x), round(y), round(x + self.width), round(y + self.height)))


def render_request(letter: Letter, facts: RequestFacts, face: list[str], *,
                   language: str = "") -> tuple[bytes, int, FieldBox, Element]:
    """The unsigned letter: its bytes, page count, the signature box and the structure tree. ``language`` is
    the letter's (its footer's words and its ``/Lang``; "" is the process's)."""
    pdf_fonts.ensure_registered()
    base = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15.5, textColor=INK, spaceAfter=7)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=22, textColor=ACCENT,
                           spaceAfter=10)
    heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=3)
    recorder = StructureRecorder()
    doc_element = recorder.root
    boxes: dict[str, FieldBox] = {}
    pages = [0]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 10 * mm,
        title=facts.title,
        author=facts.author,
        creator="Carer's Passport",
        lang=pdf_lang(language),
        displayDocTitle=True,
        initialFontName=FONT,
    )

    def footer(canvas: Any, _doc: Any) -> None:
        pages[0] = max(pages[0], canvas.getPageNumber())
        with artifact(canvas, "Pagination"):
            canvas.saveState()
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 7)
            canvas.drawString(MARGIN, MARGIN, said(language, N_("Request {id} · page {page}")).format(
                id=facts.request_id, page=canvas.getPageNumber()))
            canvas.drawString(MARGIN, MARGIN - 3.6 * mm, said(language, N_(
                "Employee certificate SHA-256: {fingerprint}")).format(fingerprint=facts.fingerprint))
            canvas.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])

    def tagged(role: str, text: str, style: ParagraphStyle) -> Tagged:
        return Tagged(Paragraph(escape(text).replace("\n", "<br/>"), style), doc_element.child(role), recorder)

    story: list[Flowable] = [tagged("H1", letter.title, title), tagged("P", letter.dated_line, base),
                             tagged("P", letter.to_line, base), Spacer(1, 3 * mm)]
    for head, text in letter.paragraphs:
        if head:
            # A heading is not left alone at the foot of a page. (Not keepWithNext: reportlab's grouping of a
            # heading with a paragraph longer than a page never finished laying out.)
            story += [CondPageBreak(25 * mm), tagged("H2", head, heading)]
        story.append(tagged("P", text, base))
    story.append(Spacer(1, 4 * mm))
    story += [tagged("P", line, base) for line in letter.closing]
    story.append(Spacer(1, 3 * mm))
    # The letter is the employee's, to their employer: the app's "not legal advice" line is on its screens.
    story.append(_SignatureBox(doc.width, face, doc_element, recorder, boxes, language))
    doc.build(story)
    if EMPLOYEE_SIGNATURE_FIELD not in boxes:  # a layout bug, not a user error
        raise RuntimeError("the signature box was not laid out")
    return out.getvalue(), pages[0], boxes[EMPLOYEE_SIGNATURE_FIELD], doc_element


def signed_request_pdf(letter: Letter, facts: RequestFacts, identity: Identity, *, when: dt.datetime,
                       language: str = "") -> bytes:
    """The letter, rendered, tagged and certified by the employee at the instant ``when``; ``language`` is the
    letter's (made with ``request_letter(..., language=)``; "" is the process's)."""
    pdf, pages, box, structure = render_request(letter, facts, signature_face(identity, when), language=language)
    names = _signature_names(language)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields.append_signature_field(writer, SigFieldSpec(
        EMPLOYEE_SIGNATURE_FIELD, on_page=box.page, box=box.box, doc_mdp_update_value=MDPPerm.FILL_FORMS,
        readable_field_name=names[EMPLOYEE_SIGNATURE_FIELD]))
    write_structure_tree(writer, structure, pages=pages, lang=pdf_lang(language), alt_text=names)
    meta = signers.PdfSignatureMetadata(
        field_name=EMPLOYEE_SIGNATURE_FIELD,
        certify=True,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        md_algorithm="sha256",
        reason=said(language, N_("Statutory request for flexible working")),
        name=identity.name or None,
    )
    out = ClockedPdfSigner(meta, vault_signer(identity), when, stamp_style=blank_appearance(box.box)).sign_pdf(
        writer, bytes_reserved=SIGNATURE_BYTES_RESERVED)
    return bytes(out.getvalue())
