"""Render what the employee shares as a printable A4 document (reportlab), ready to be signed.

The renderer's only input is the shared content, the very dict that becomes the PDF's embedded
``passport.json``, so nothing private can reach a page by mistake: private notes, unshared answers
and unshared actions are never handed to it. Fonts are the bundled DejaVu Sans TTFs (embedded and
subset, so the text stays selectable and Welsh, Polish or Arabic names render the same everywhere);
when ``uharfbuzz`` is importable, Arabic and other joined scripts are shaped and laid out right to left.

The pages carry three empty form fields for the line manager (``ManagerComment``, ``ManagerName``,
``ManagerDate``) and two boxes where :mod:`carerpassport.exchange.pdf_sign` puts the signature fields;
their positions come back in :class:`RenderedPassport`, with the structure tree that
:mod:`carerpassport.exchange.pdf_tags` writes before signing (the pages are tagged for screen readers).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from carerpassport.domain import dates
from carerpassport.domain.agreement import earliest_review
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ActionKind, ActionStatus
from carerpassport.domain.sharing_agreement import KEEP_UNTIL_LABELS, PERMISSION_LABELS, Permission, SharingAgreement
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_, in_language
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.pdf_fonts import FONT, FONT_BOLD
from carerpassport.exchange.pdf_tags import (
    Element,
    SpacedParagraph,
    StructureRecorder,
    Tagged,
    WidgetKid,
    artifact,
    decorated_table,
)
from carerpassport.exchange.shared_selection import select_shared as select_shared  # callers import it from here

#: Names of the form fields other parts of the app rely on (countersigning, importing).
EMPLOYEE_SIGNATURE_FIELD = "EmployeeSignature"
MANAGER_SIGNATURE_FIELD = "ManagerSignature"
MANAGER_COMMENT_FIELD = "ManagerComment"
MANAGER_NAME_FIELD = "ManagerName"
MANAGER_DATE_FIELD = "ManagerDate"
MANAGER_FIELDS = (MANAGER_SIGNATURE_FIELD, MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD)
#: Each form field's accessible name (its /TU, and the /Alt of its Form element in the structure tree).
#: In English; :func:`field_names_read_aloud` gives them in the copy's language.
FIELD_NAMES_READ_ALOUD = {
    # Translators: the accessible name a screen reader says for a signature field of the PDF.
    EMPLOYEE_SIGNATURE_FIELD: N_("Employee's signature"),
    MANAGER_SIGNATURE_FIELD: N_("Line manager's signature"),
    MANAGER_COMMENT_FIELD: N_("Line manager's comment"),
    MANAGER_NAME_FIELD: N_("Line manager's name"),
    MANAGER_DATE_FIELD: N_("Date the line manager signed"),
}


def field_names_read_aloud(language: str) -> dict[str, str]:
    """Each form field's accessible name in ``language`` (the copy's)."""
    return {name: in_language(language, text) for name, text in FIELD_NAMES_READ_ALOUD.items()}


#: The copy's language as the PDF's /Lang says it (BCP 47): British English unless it is Welsh.
PDF_LANG = {"cy": "cy", "en": "en-GB", "en-XA": "en-XA"}


def pdf_lang(language: str) -> str:
    """ "cy" or "en-GB": the /Lang of a copy in ``language``."""
    return PDF_LANG.get(language, PDF_LANG.get(language.split("-")[0], "en-GB"))


def readable_date_in(language: str, day: dt.date) -> str:
    """ "1 December 2026" / "1 Rhagfyr 2026": a date on a copy in ``language``."""
    return dates.readable_date(day, language)


def readable_datetime_in(language: str, when: dt.datetime) -> str:
    """ "1 December 2026 14:05 UTC", in ``language`` (always UTC: a signature's time, the same for both people)."""
    return dates.readable_datetime(when, language)


def readable_iso_in(language: str, text: str) -> str:
    """An ISO date or time from the shared JSON said in ``language``; anything else as it is."""
    return dates.readable_iso(text, language)

PAGE_WIDTH = A4[0]
MARGIN = 18 * mm
FOOTER_HEIGHT = 16 * mm
SIGNATURE_HEIGHT = 20 * mm
KEEP_WITH_LABEL_CHARS = 900
FOOTER_PAGE_SIZE = 7.5
PAGE_COUNT_FORM = "CarerPassportPageCount"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")  # 8.6:1 on white: readable when printed in grey
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#eef2f6")


@dataclasses.dataclass(frozen=True)
class DocumentFacts:
    """What the footer and the heading say about this export (none of it is passport content)."""

    passport_id: str
    revision: int
    content_sha256: str
    fingerprint: str
    recipient: str = ""
    purpose: str = ""
    prepared_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class FieldBox:
    """Where a signature field goes: 0-based page index and (x1, y1, x2, y2) in PDF points."""

    page: int
    box: tuple[int, int, int, int]


@dataclasses.dataclass(frozen=True)
class RenderedPassport:
    """The unsigned document and where its signature fields belong."""

    pdf: bytes
    pages: int
    employee_signature: FieldBox
    manager_signature: FieldBox
    #: The structure tree recorded while the pages were drawn, and the document's language.
    structure: Element = dataclasses.field(default_factory=lambda: Element("Document"))
    lang: str = "en-GB"
    #: The copy's language as the app names it ("en", "cy"), for the words the signing adds.
    language: str = "en"
    #: Each form field's accessible name, in the copy's language.
    field_names: Mapping[str, str] = dataclasses.field(default_factory=lambda: dict(FIELD_NAMES_READ_ALOUD))


def shared_field_ids(shared: Mapping[str, Any]) -> list[str]:
    """The question ids an export shares, plus ``"actions"`` when it shares agreed actions (as the
    sharing record and bundles list them)."""
    answers = shared.get("answers") or {}
    return sorted(answers) + (["actions"] if shared.get("actions") else [])


_SHAPING_AVAILABLE = pdf_fonts.shaping_available()

#: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms: scripts whose letters join
#: or run right to left, so they need shaping to read correctly.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def render_passport(shared: Mapping[str, Any], template: Template, facts: DocumentFacts, *,
                    signature_face: Sequence[str] = (), language: str = "en") -> RenderedPassport:
    """Lay out ``shared`` (a :meth:`Passport.shared_dict`, possibly narrowed) as an unsigned PDF.

    ``language`` ("en", "cy"): the copy's language, which may differ from the app's (a Welsh-speaking
    employee sending an English copy): the template's texts (an employer's template may translate its
    questions, ``Template.translated``), the renderer's own words and dates are in it, and the PDF's /Lang
    says it.

    ``signature_face``: lines written inside the employee's signature box (who signs, when, which
    certificate), drawn as part of the page, which the signature then covers; the signature field's
    own appearance is left empty. Drawing them here uses the page's embedded fonts (any script) and
    costs nothing extra, where a separate appearance document cost ~18 ms of every export."""
    with pdf_fonts.LOCK:  # one document laid out at a time (reportlab's state is process-wide)
        pdf_fonts.ensure_registered()
        shown = template.translated(language) if language != "en" else template
        return _build(shared, shown, facts, tuple(signature_face), language, _choice_words(template, shown))


def _choice_words(template: Template, shown: Template) -> dict[tuple[str, str], str]:
    """(question id, a choice as answers store it) → the choice as the copy's template says it."""
    return {(f.id, stored): words for f in shown.employee_fields() if f.kind == "choice"
            for stored, words in zip(template.field(f.id).choices, f.choices, strict=False)}


@dataclasses.dataclass(frozen=True)
class FieldFace:
    """A filled-in form field's appearance: ``lines`` at ``size`` pt in a ``width`` x ``height`` box."""

    lines: tuple[str, ...]
    width: float
    height: float
    size: float
    padding: float
    multiline: bool


@dataclasses.dataclass(frozen=True)
class StampFace:
    """The visible face of a signature added after the pages were signed (the line manager's
    countersignature): ``lines`` of text in a ``width`` x ``height`` box, the first one larger."""

    lines: tuple[str, ...]
    width: float
    height: float


def render_appearances(faces: Sequence[FieldFace | StampFace]) -> bytes:
    """One PDF whose page *i* is exactly ``faces[i]``: the appearances the manager's update adds, drawn in
    the pages' embedded fonts (any script, shaped; the standard Helvetica of form fields covers Latin-1
    only). One document for all of them, so its embedded font subsets are shared: imported together,
    every appearance uses the same font objects (one document each embedded the font again per
    appearance, and nearly tripled the size of a countersigned copy)."""
    with pdf_fonts.LOCK:  # one document laid out at a time (reportlab's state is process-wide)
        pdf_fonts.ensure_registered()
        out = io.BytesIO()
        canvas = Canvas(out, initialFontName=FONT)
        for face in faces:
            canvas.setPageSize((face.width, face.height))
            if isinstance(face, StampFace):
                _draw_stamp(canvas, face)
            else:
                _draw_field_text(canvas, face)
            canvas.showPage()
        canvas.save()
        return out.getvalue()


def _draw_stamp(canvas: Canvas, face: StampFace) -> None:
    frame = Frame(2.5 * mm, 1 * mm, face.width - 5 * mm, face.height - 3 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    style = ParagraphStyle("stamp", fontName=FONT, fontSize=7.5, leading=9.5, textColor=INK)
    # The first line stands out by size and colour, not in bold: one font is embedded for all the
    # manager's appearances (a bold subset would add another ~19 KB to the countersigned copy).
    first = ParagraphStyle("stamp_first", parent=style, fontSize=8.5, leading=11, textColor=ACCENT)
    # Whatever does not fit the box is left out, as on the one page a signature face has.
    frame.addFromList([_para(line, first if i == 0 else style) for i, line in enumerate(face.lines)], canvas)


def _draw_field_text(canvas: Canvas, face: FieldFace) -> None:
    canvas.setFont(FONT, face.size)
    canvas.setFillColor(INK)
    y = face.height - face.padding - face.size if face.multiline else (face.height - face.size) / 2 + 2
    for line in face.lines:
        canvas.drawString(face.padding, y, line)
        y -= face.size * 1.2


# --- layout ---------------------------------------------------------------------------------------

class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT,
                              splitLongWords=True)
        self.body = base
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27,
                                    textColor=ACCENT, spaceAfter=2 * mm)
        self.subtitle = ParagraphStyle("subtitle", parent=base, textColor=MUTED, spaceAfter=3 * mm)
        self.confidential = ParagraphStyle("confidential", parent=base, fontSize=9, leading=12.5,
                                           textColor=INK)
        self.heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=13.5, leading=17,
                                      textColor=ACCENT, spaceBefore=6 * mm, spaceAfter=2 * mm)
        self.label = ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13.5,
                                    spaceBefore=2.5 * mm, spaceAfter=1 * mm)
        self.answer = ParagraphStyle("answer", parent=base, leftIndent=3 * mm)
        self.answer_more = ParagraphStyle("answer_more", parent=self.answer, spaceBefore=1.5 * mm)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD)
        self.cell_date = ParagraphStyle("cell_date", parent=self.cell, fontSize=8)
        self.stamp = ParagraphStyle("stamp", parent=base, fontSize=7.5, leading=9.5)
        self.stamp_first = ParagraphStyle("stamp_first", parent=self.stamp, fontName=FONT_BOLD, fontSize=8.5,
                                          leading=11, textColor=ACCENT)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped (it is text, not markup), line breaks kept.

    Only text in a joined or right-to-left script is shaped: reportlab's shaping also turns on
    DejaVu's discretionary ligatures, which make Latin text look odd ("st" drawn as one glyph).
    """
    if _SHAPING_AVAILABLE and _NEEDS_SHAPING.search(text):
        style = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)
    return SpacedParagraph(escape(text).replace("\n", "<br/>"), style)


class _Recorder:
    """Collects where the signature boxes ended up, and the structure tree, while the document is built; knows
    the copy's language (:meth:`say` gives the renderer's own words in it)."""

    def __init__(self, language: str = "en") -> None:
        self.boxes: dict[str, FieldBox] = {}
        self.pages = 0
        self.structure = StructureRecorder()
        self.language = language
        self.field_names = field_names_read_aloud(language)
        #: A choice answer in the copy's words: (question id, stored choice) → shown.
        self.choice_words: dict[tuple[str, str], str] = {}

    def say(self, text: str) -> str:
        """``text`` (marked with ``_`` or ``N_`` where it is written) in the copy's language."""
        return in_language(self.language, text)

    def date(self, day: dt.date) -> str:
        return readable_date_in(self.language, day)

    def iso(self, text: str) -> str:
        return readable_iso_in(self.language, text)

    def tag(self, parent: Element, role: str, flowable: Flowable) -> Tagged:
        """``flowable``, drawn as the content of a new ``role`` element under ``parent``."""
        return Tagged(flowable, parent.child(role), self.structure)

    def table_rows(self, parent: Element, rows: Sequence[Sequence[Flowable]], *,
                   header_rows: int = 1) -> list[list[Tagged]]:
        """``rows`` of cells, tagged as a Table element's rows (TH in the first ``header_rows``, else TD)."""
        table = parent.child("Table")
        tagged: list[list[Tagged]] = []
        for r, row in enumerate(rows):
            tr = table.child("TR")
            tagged.append([self.tag(tr, "TH" if r < header_rows else "TD", cell) for cell in row])
        return tagged


class _SignatureBox(Flowable):  # type: ignore[misc]
    """An outlined box with a caption under it; pyHanko later puts a signature field exactly over the box."""

    CAPTION = 4.5 * mm

    def __init__(self, field_name: str, caption: str, width: float, recorder: _Recorder, parent: Element, *,
                 face: Sequence[Paragraph] = ()) -> None:
        super().__init__()
        self.field_name, self.caption, self.width = field_name, caption, width
        self.height = SIGNATURE_HEIGHT + self.CAPTION
        self.recorder = recorder
        self.face = list(face)
        # Read aloud: the signature field (by its name), what the box says, then its caption.
        form = parent.child("Form", alt=recorder.field_names[field_name])
        form.kids.append(WidgetKid(field_name))
        self.face_element = parent.child("P") if self.face else None
        self.caption_element = parent.child("P")

    def draw(self) -> None:
        canvas = self.canv
        structure = self.recorder.structure
        canvas.saveState()
        with artifact(canvas):
            canvas.setStrokeColor(RULE)
            canvas.setDash(2, 2)
            canvas.rect(0, self.CAPTION, self.width, SIGNATURE_HEIGHT)
        with structure.marked(canvas, self.caption_element):
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 7.5)
            canvas.drawString(0, 1.2 * mm, self.caption)
        canvas.restoreState()
        top = self.CAPTION + SIGNATURE_HEIGHT - 2 * mm  # the lines from the top of the box down
        for paragraph in self.face:
            assert self.face_element is not None
            _w, h = paragraph.wrap(self.width - 5 * mm, SIGNATURE_HEIGHT)
            top -= h
            with structure.marked(canvas, self.face_element):
                paragraph.drawOn(canvas, 2.5 * mm, top)
        x, y = canvas.absolutePosition(0, self.CAPTION)
        self.recorder.boxes[self.field_name] = FieldBox(
            page=canvas.getPageNumber() - 1,
            box=(round(x), round(y), round(x + self.width), round(y + SIGNATURE_HEIGHT)))


class _TextField(Flowable):  # type: ignore[misc]
    """An empty AcroForm text field for the line manager, with a caption above it."""

    def __init__(self, name: str, caption: str, width: float, height: float, recorder: _Recorder,
                 parent: Element, *, multiline: bool = False) -> None:
        super().__init__()
        self.name, self.caption, self.tooltip = name, caption, recorder.field_names[name]
        self.width, self.field_height, self.multiline = width, height, multiline
        self.height = height + 4.5 * mm
        self.recorder = recorder
        # Read aloud: the caption, then the field (by its accessible name).
        self.caption_element = parent.child("P")
        parent.child("Form", alt=self.tooltip).kids.append(WidgetKid(name))

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        with self.recorder.structure.marked(canvas, self.caption_element):
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 8.5)
            canvas.drawString(0, self.field_height + 1.5 * mm, self.caption)
        canvas.restoreState()
        canvas.acroForm.textfield(
            name=self.name, tooltip=self.tooltip, x=0, y=0, width=self.width, height=self.field_height,
            relative=True, borderStyle="solid", borderWidth=0.75, borderColor=RULE, fillColor=colors.white,
            textColor=INK, fontName="Helvetica", fontSize=10 if self.multiline else 0, maxlen=2000,
            fieldFlags="multiline" if self.multiline else "", annotationFlags="print")


class _PageCountCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes the page count once it is known.

    Every footer says "Page n of" followed by a form XObject; the form, holding the total, is defined
    just before the file is saved (reportlab resolves forms at save time). One layout pass instead of two.
    """

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self.beginForm(PAGE_COUNT_FORM)
        self.setFont(FONT_BOLD, FOOTER_PAGE_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _build(shared: Mapping[str, Any], template: Template, facts: DocumentFacts,
           signature_face: tuple[str, ...] = (), language: str = "en",
           choice_words: Mapping[tuple[str, str], str] | None = None) -> RenderedPassport:
    styles = _Styles()
    recorder = _Recorder(language)
    _ = recorder.say
    out = io.BytesIO()
    # Translators: the PDF's author when the employee left their name out.
    employee_name = str(_get(shared, "employee", "name")) or _("the employee")
    lang = pdf_lang(language)
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_HEIGHT, title=f"{template.title}: {employee_name}",
        author=employee_name, subject=template.title, creator=_("Carer's Passport"),
        lang=lang, displayDocTitle=True, initialFontName=FONT)

    def footer(canvas: Any, _doc: Any) -> None:
        recorder.pages = max(recorder.pages, canvas.getPageNumber())
        with artifact(canvas, "Pagination"):
            _draw_footer(canvas, facts, canvas.getPageNumber(), recorder.say)

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    recorder.choice_words = dict(choice_words or {})
    story = _story(shared, template, facts, styles, recorder, doc.width, signature_face)
    doc.build(story, canvasmaker=_PageCountCanvas)
    missing = {EMPLOYEE_SIGNATURE_FIELD, MANAGER_SIGNATURE_FIELD} - set(recorder.boxes)
    if missing:  # a layout bug, not a user error
        raise RuntimeError(f"signature boxes were not laid out: {sorted(missing)}")
    return RenderedPassport(pdf=out.getvalue(), pages=recorder.pages,
                            employee_signature=recorder.boxes[EMPLOYEE_SIGNATURE_FIELD],
                            manager_signature=recorder.boxes[MANAGER_SIGNATURE_FIELD],
                            structure=recorder.structure.root, lang=lang, language=language,
                            field_names=recorder.field_names)


def _draw_footer(canvas: Any, facts: DocumentFacts, page: int, _: Callable[[str], str] = str) -> None:
    canvas.saveState()
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    top = MARGIN + FOOTER_HEIGHT - 4 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top, right, top)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7)
    lines = (
        _("Passport {id} · revision {revision}").format(id=facts.passport_id, revision=facts.revision),
        _("Content SHA-256 (passport.json): {digest}").format(digest=facts.content_sha256),
        _("Employee certificate SHA-256: {fingerprint}").format(fingerprint=facts.fingerprint),
    )
    for i, line in enumerate(lines):
        canvas.drawString(left, top - (i + 1) * 3.6 * mm, line)
    canvas.setFont(FONT_BOLD, FOOTER_PAGE_SIZE)
    # Translators: the footer's page number; the total follows it, drawn once the pages are counted.
    label = _("Page {page} of ").format(page=page)
    x = right - pdfmetrics.stringWidth(label + "000", FONT_BOLD, FOOTER_PAGE_SIZE)
    canvas.drawString(x, top - 3.6 * mm, label)
    canvas.translate(x + pdfmetrics.stringWidth(label, FONT_BOLD, FOOTER_PAGE_SIZE), top - 3.6 * mm)
    canvas.doForm(PAGE_COUNT_FORM)
    canvas.restoreState()


def _story(shared: Mapping[str, Any], template: Template, facts: DocumentFacts, styles: _Styles,
           recorder: _Recorder, width: float, signature_face: tuple[str, ...] = ()) -> list[Flowable]:
    _ = recorder.say
    doc = recorder.structure.root
    story: list[Flowable] = [recorder.tag(doc, "H1", SpacedParagraph(escape(template.title), styles.title))]
    prepared = recorder.date(facts.prepared_on) if facts.prepared_on else ""
    # Translators: under the title: whom the copy is for and when it was made ("1 December 2026").
    sub = (_("Shared with {recipient}, prepared {date}") if facts.recipient and prepared
           else _("Shared with {recipient}") if facts.recipient
           else _("Prepared {date}") if prepared else "").format(recipient=facts.recipient, date=prepared)
    if sub:
        story.append(recorder.tag(doc, "P", _para(sub, styles.subtitle)))
    # Whose form, and which version of it: the manager reads the employer's questions, not ours.
    story.append(recorder.tag(doc, "P", _para(_form_line(template, _), styles.subtitle)))
    if template.confidentiality:
        story.append(_boxed(recorder.tag(doc, "P", _para(template.confidentiality, styles.confidential)), width))
    if facts.purpose:
        story += [Spacer(0, 2 * mm), recorder.tag(doc, "P", _para(
            _("Purpose of sharing: {purpose}").format(purpose=facts.purpose), styles.body))]
    story += _people(shared, styles, recorder, width)
    story += _answers(shared, template, styles, recorder)
    story += _actions(shared, styles, recorder, width)
    story += _review(shared, styles, recorder, template.review_interval_months)
    story += _employer(template, styles, recorder)
    agreement = _sharing_agreement(shared, template, styles, recorder, width)
    signatures = _signatures(shared, styles, recorder, width, signature_face, captions=_manager_captions(template))
    # The agreement stays on the page of the signatures that cover it, whenever the two fit on one page.
    story += [KeepTogether(agreement + signatures)] if agreement else signatures
    return story


def _boxed(content: Flowable, width: float) -> Table:
    table = decorated_table([[content]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
    ]))
    return table


def _person_lines(person: Mapping[str, Any], _: Callable[[str], str]) -> str:
    parts = [str(person.get(k, "")).strip() for k in ("name", "role", "team")]
    lines = [p for p in parts if p]
    if str(person.get("staff_number", "")).strip():
        lines.append(_("Staff number {number}").format(number=str(person["staff_number"]).strip()))
    if str(person.get("contact", "")).strip():
        lines.append(str(person["contact"]).strip())
    return "\n".join(lines) or _("(not given)")


def _people(shared: Mapping[str, Any], styles: _Styles, recorder: _Recorder, width: float) -> list[Flowable]:
    _ = recorder.say
    employee = shared.get("employee") or {}
    manager = shared.get("manager") or {}
    table = decorated_table(recorder.table_rows(recorder.structure.root, [
        [SpacedParagraph(escape(_("Employee")), styles.cell_head),
         SpacedParagraph(escape(_("Line manager")), styles.cell_head)],
        [_para(_person_lines(employee, _), styles.body), _para(_person_lines(manager, _), styles.body)],
    ]), colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    return [Spacer(0, 5 * mm), table]


def _answers(shared: Mapping[str, Any], template: Template, styles: _Styles, recorder: _Recorder) -> list[Flowable]:
    _ = recorder.say
    answers: Mapping[str, Any] = shared.get("answers") or {}
    doc = recorder.structure.root
    out: list[Flowable] = []
    placed: set[str] = set()
    for section in template.sections:
        shown = [f for f in section.fields if not f.for_manager and f.id in answers]
        if not shown:
            continue
        sect = doc.child("Sect")
        out += [CondPageBreak(30 * mm),
                recorder.tag(sect, "H2", SpacedParagraph(escape(section.title), styles.heading))]
        for field in shown:
            placed.add(field.id)
            text = str(answers[field.id].get("text", ""))
            out += _answer(field.label, recorder.choice_words.get((field.id, text), text), styles, recorder, sect)
    # Answers to questions this template no longer asks (the employee chose to share them): still what was
    # shared, under the label the employer's earlier form gave them.
    leftovers = sorted(set(answers) - placed)
    if leftovers:
        sect = doc.child("Sect")
        out += [CondPageBreak(30 * mm), recorder.tag(sect, "H2", SpacedParagraph(
            escape(_("No longer on the employer's form")), styles.heading))]
        for field_id in leftovers:
            out += _answer(template.label_of(field_id), str(answers[field_id].get("text", "")), styles, recorder,
                           sect)
    if not answers:
        sect = doc.child("Sect")
        out += [recorder.tag(sect, "H2", SpacedParagraph(escape(_("Answers")), styles.heading)),
                recorder.tag(sect, "P", SpacedParagraph(
                    escape(_("No answers were shared in this copy of the passport.")), styles.small))]
    return out


def _answer(label: str, text: str, styles: _Styles, recorder: _Recorder, sect: Element) -> list[Flowable]:
    """The label and its answer. Each paragraph of the answer is its own flowable, so a long answer
    flows across pages; the label stays with a short first paragraph (a long one would leave a gap)."""
    paragraphs = [p.strip("\n") for p in text.split("\n\n") if p.strip()] or [""]
    heading = recorder.tag(sect, "H3", _para(label, styles.label))
    first = recorder.tag(sect, "P", _para(paragraphs[0], styles.answer))
    rest = [recorder.tag(sect, "P", _para(p, styles.answer_more)) for p in paragraphs[1:]]
    if len(paragraphs[0]) <= KEEP_WITH_LABEL_CHARS:
        return [KeepTogether([heading, first]), *rest]
    return [heading, first, *rest]


def _form_line(template: Template, say: Callable[[str], str]) -> str:
    """ "Form: Northbridge Building Society: Carer's passport, version 2", said in the copy's language."""
    if template.employer_name:
        # Translators: the form the passport follows: the employer, the form's title and its version number.
        return say(N_("Form: {employer}: {title}, version {version}")).format(
            employer=template.employer_name, title=template.title, version=template.version)
    # Translators: the form the passport follows (the built-in one): its title and version number.
    return say(N_("Form: {title}, version {version}")).format(title=template.title, version=template.version)


def _label(mapping: Mapping[Any, str], value: Any) -> str:
    for key, text in mapping.items():
        if key == value:
            return text
    return str(value or "")


def _actions(shared: Mapping[str, Any], styles: _Styles, recorder: _Recorder, width: float) -> list[Flowable]:
    _ = recorder.say
    actions: Sequence[Mapping[str, Any]] = shared.get("actions") or []
    sect = recorder.structure.root.child("Sect")
    out: list[Flowable] = [CondPageBreak(35 * mm),
                           recorder.tag(sect, "H2", SpacedParagraph(escape(_("Agreed actions")), styles.heading))]
    if not actions:
        return [*out, recorder.tag(sect, "P", SpacedParagraph(
            escape(_("No agreed actions were shared in this copy of the passport.")), styles.small))]
    # Translators: the agreed actions table's column headings (narrow columns: keep them short).
    head = [_("What"), _("Kind"), _("Owner"), _("Status"), _("Agreed"), _("By"), _("Review")]
    rows: list[list[Flowable]] = [[SpacedParagraph(escape(h), styles.cell_head) for h in head]]
    kinds, statuses = ACTION_KIND_LABELS.speaking(recorder.language), ACTION_STATUS_LABELS.speaking(recorder.language)
    for action in actions:
        status = _label(statuses, _enum_or(ActionStatus, action.get("status")))
        what = str(action.get("what", ""))
        if action.get("decline_reason"):  # under the action, where there is room to read it
            what += "\n" + _("Why declined: {reason}").format(reason=action["decline_reason"])
        rows.append([_para(what, styles.cell),
                     _para(_label(kinds, _enum_or(ActionKind, action.get("kind"))), styles.cell),
                     _para(str(action.get("owner", "")), styles.cell),
                     _para(status, styles.cell),
                     *(_para(recorder.iso(str(action.get(k))) if action.get(k) else "–", styles.cell_date)
                       for k in ("agreed_on", "implement_by", "review_on"))])
    # kind, owner, status, 3 dates: a date column fits "30 September" on one line (the year under it).
    fixed = [22 * mm, 22 * mm, 19 * mm, 23 * mm, 23 * mm, 23 * mm]
    widths = [width - sum(fixed), *fixed]
    # The header row repeats on every page the table runs onto; repeated, it is an artifact (see Tagged).
    table = decorated_table(recorder.table_rows(sect, rows), colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
    ]))
    return [*out, table]


def _enum_or(kind: type[ActionKind] | type[ActionStatus], value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return value


def _employer(template: Template, styles: _Styles, recorder: _Recorder) -> list[Flowable]:
    """The employer's policies and contacts, when their template lists any: where both people can read
    what is on offer."""
    if not template.policies and not template.contacts:
        return []
    _ = recorder.say
    sect = recorder.structure.root.child("Sect")
    out: list[Flowable] = [CondPageBreak(25 * mm), recorder.tag(sect, "H2", SpacedParagraph(escape(
        _("{employer}: policies and contacts").format(employer=template.employer_name or _("Employer"))),
        styles.heading))]
    for policy in template.policies:
        line = " — ".join(filter(None, [policy.name, policy.summary, policy.where()]))
        out.append(recorder.tag(sect, "P", _para(line, styles.body)))
    for contact in template.contacts:
        line = " — ".join(filter(None, [contact.role, contact.name, contact.how()]))
        out.append(recorder.tag(sect, "P", _para(line, styles.body)))
    return out


def _review(shared: Mapping[str, Any], styles: _Styles, recorder: _Recorder,
            months: int = 12) -> list[Flowable]:
    _ = recorder.say
    review: Mapping[str, Any] = shared.get("review") or {}
    last = recorder.iso(str(review["last_agreed"])) if review.get("last_agreed") else _("not yet agreed")
    sect = recorder.structure.root.child("Sect")
    return [CondPageBreak(25 * mm), recorder.tag(sect, "H2", SpacedParagraph(escape(_("Review")), styles.heading)),
            recorder.tag(sect, "P", _para(_("Last agreed: {date}").format(date=last), styles.body)),
            recorder.tag(sect, "P", _para(_("Next review: {date}").format(
                date=next_review_text(shared, recorder.language)), styles.body)),
            recorder.tag(sect, "P", SpacedParagraph(escape(_(
                "The passport is reviewed at least every {months} months, and whenever the employee's caring "
                "situation or role changes. A review or a new manager does not guarantee that earlier "
                "arrangements continue.").format(months=months)), styles.small))]


def next_review_text(shared: Mapping[str, Any], language: str = "en") -> str:
    """The PDF's "Next review": the earliest of the passport's own next review and the review date of each
    shared action still in force (:func:`~carerpassport.domain.agreement.earliest_review`), since reviewing an
    arrangement both people agreed to look at again is reviewing the passport. When an action sets it, the
    action is named and the whole passport's own date follows, so neither date is hidden."""
    review: Mapping[str, Any] = shared.get("review") or {}
    own = _iso_date(review.get("next_review"))
    actions = shared.get("actions")
    dated = [(str(a.get("status", "")), _iso_date(a.get("review_on")), str(a.get("what", "")))
             for a in (actions if isinstance(actions, list) else []) if isinstance(a, Mapping)]
    due = earliest_review(own, dated)
    if due is None:
        return in_language(language, N_("not set"))
    if not due.action:
        return readable_date_in(language, due.due)
    what = " ".join(due.action.split())
    what = what if len(what) <= 80 else what[:79].rstrip() + "…"
    if own:
        return in_language(language, N_(
            "{date} (the review date of the agreed action “{action}”; the whole passport by {whole})")).format(
            date=readable_date_in(language, due.due), action=what, whole=readable_date_in(language, own))
    return in_language(language, N_("{date} (the review date of the agreed action “{action}”)")).format(
        date=readable_date_in(language, due.due), action=what)


def _iso_date(value: Any) -> dt.date | None:
    """A date from the shared JSON (ISO text), None when unset or unreadable (the model validated it)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _sharing_agreement(shared: Mapping[str, Any], template: Template, styles: _Styles, recorder: _Recorder,
                       width: float) -> list[Flowable]:
    """Who else may be given the passport, just above the signatures, so that the manager's countersignature
    covers it; nothing when this copy leaves it out (the employee's choice)."""
    if shared.get("sharing_agreement") is None:
        return []
    _ = recorder.say
    agreement = SharingAgreement.from_dict(shared["sharing_agreement"])  # the model validated it already
    sect = recorder.structure.root.child("Sect")
    # Tagged in reading order: each element joins its section when it is made, so the heading and the note
    # are made before the table's rows.
    heading = recorder.tag(sect, "H2", SpacedParagraph(escape(template.sharing_agreement_text.title), styles.heading))
    note = recorder.tag(sect, "P", SpacedParagraph(escape(_(
        "What the employee and the line manager agree about who else may be given this passport, and "
        "when. Nobody is given it otherwise without the employee's consent. The line manager's "
        "signature below covers this agreement too.")), styles.small))
    rows: list[list[Flowable]] = [[SpacedParagraph(escape(_("Who")), styles.cell_head),
                                   SpacedParagraph(escape(_("May they be given this passport?")), styles.cell_head)]]
    for rule in agreement.rules:
        answer = PERMISSION_LABELS.speaking(recorder.language)[rule.permission]
        if rule.permission is Permission.FOR_PURPOSE:
            answer = _("Yes, for this purpose: {purpose}").format(purpose=rule.purpose.strip())
        rows.append([_para(rule.title_in(recorder.language), styles.cell), _para(answer, styles.cell)])
    table = decorated_table(recorder.table_rows(sect, rows), colWidths=[width * 0.42, width * 0.58], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
    ]))
    keep = KEEP_UNTIL_LABELS.speaking(recorder.language)[agreement.keep_until]
    # Translators: {how_long} is a phrase such as "until the next review", from the sharing agreement's choices.
    kept = recorder.tag(sect, "P", _para(_("The line manager keeps their copy: {how_long}.").format(
        how_long=keep[0].lower() + keep[1:]), styles.body))
    return [heading, note, Spacer(0, 1.5 * mm), table, Spacer(0, 2 * mm), kept]


def _manager_captions(template: Template) -> dict[str, str]:
    """The employer's own words for the manager's form fields: the labels of the template's questions the
    manager fills (manager.comment, manager.name, manager.date), in the copy's language. The built-in form
    (no employer) keeps the app's captions under the "Line manager" heading."""
    if template.employer is None:
        return {}
    fields = {f.id: f.label for f in template.fields() if f.for_manager}
    ids = {"manager.comment": MANAGER_COMMENT_FIELD, "manager.name": MANAGER_NAME_FIELD,
           "manager.date": MANAGER_DATE_FIELD}
    return {ids[fid]: label for fid, label in fields.items() if fid in ids and label.strip()}


def _signatures(shared: Mapping[str, Any], styles: _Styles, recorder: _Recorder, width: float,
                face: tuple[str, ...] = (), captions: Mapping[str, str] | None = None) -> list[Flowable]:
    _ = recorder.say
    # Translators: captions above the line manager's three form fields (unless the employer's form names them).
    own = {MANAGER_COMMENT_FIELD: _("Comment"), MANAGER_NAME_FIELD: _("Name"), MANAGER_DATE_FIELD: _("Date"),
           **(captions or {})}
    employee = str(_get(shared, "employee", "name")) or _("The employee")
    manager = str(_get(shared, "manager", "name")) or _("The line manager")
    half = (width - 8 * mm) / 2
    sect = recorder.structure.root.child("Sect")
    heading = recorder.tag(sect, "H2", SpacedParagraph(escape(_("Signatures")), styles.heading))
    intro = recorder.tag(sect, "P", SpacedParagraph(escape(_(
        "Both signatures are digital. Any PDF reader that checks signatures shows whether this copy was changed "
        "after it was signed.")), styles.small))
    # Read column by column, as the two people's parts of the page are laid out.
    left, right = sect.child("Div"), sect.child("Div")
    employee_block: list[Flowable] = [
        recorder.tag(left, "H3", SpacedParagraph(escape(_("Employee")), styles.label)),
        recorder.tag(left, "P", _para(_("{employee} signs this copy digitally when exporting it.").format(
            employee=employee), styles.small)),
        Spacer(0, 2 * mm),
        _SignatureBox(EMPLOYEE_SIGNATURE_FIELD, _("Employee's digital signature"), half, recorder, left,
                      face=[_para(line, styles.stamp_first if i == 0 else styles.stamp)
                            for i, line in enumerate(face)]),
    ]
    manager_block: list[Flowable] = [
        recorder.tag(right, "H3", SpacedParagraph(escape(_("Line manager")), styles.label)),
        recorder.tag(right, "P", _para(_("{manager}: add a comment if you wish, your name and the date, then "
                                         "sign.").format(manager=manager), styles.small)),
        Spacer(0, 2 * mm),
        _TextField(MANAGER_COMMENT_FIELD, own[MANAGER_COMMENT_FIELD], half, 26 * mm, recorder, right,
                   multiline=True),
        Spacer(0, 2 * mm),
        _TextField(MANAGER_NAME_FIELD, own[MANAGER_NAME_FIELD], half, 7 * mm, recorder, right),
        Spacer(0, 2 * mm),
        _TextField(MANAGER_DATE_FIELD, own[MANAGER_DATE_FIELD], half, 7 * mm, recorder, right),
        Spacer(0, 3 * mm),
        _SignatureBox(MANAGER_SIGNATURE_FIELD, _("Line manager's digital signature"), half, recorder, right),
    ]
    table = decorated_table([[employee_block, manager_block]], colWidths=[half + 8 * mm, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm)]))  # the gutter between the columns
    return [KeepTogether([heading, intro, Spacer(0, 2 * mm), table])]


def _get(data: Mapping[str, Any], *path: str) -> Any:
    node: Any = data
    for key in path:
        node = node.get(key, "") if isinstance(node, Mapping) else ""
    return node or ""
