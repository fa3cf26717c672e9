"""The private preparation checklist as a printable A4 PDF (reportlab).

The checklist is for the employee alone (it may show private answers and notes), so every page says so
in its header. It uses the bundled DejaVu Sans fonts (embedded and subset) so any name or language
prints the same everywhere. The output is invariant: the same checklist gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from carerpassport.domain.checklist import Checklist, ChecklistNote
from carerpassport.domain.dates import readable_date
from carerpassport.domain.labels import say
from carerpassport.domain.wording import N_
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.pdf_fonts import FONT, FONT_BOLD

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")  # 8.6:1 on white: still readable when printed in grey
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#eef2f6")

MARGIN = 18 * mm
BOX = 4.2 * mm
WRITING_LINES = 3


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
        self.body = base
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23,
                                    textColor=ACCENT, spaceAfter=4)
        self.private = ParagraphStyle("private", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                                      textColor=MUTED, spaceAfter=8)
        self.heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                                      textColor=ACCENT, spaceBefore=12, spaceAfter=5)
        self.question = ParagraphStyle("question", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14)
        self.note = ParagraphStyle("note", parent=base, fontSize=9, leading=12.5, textColor=MUTED, leftIndent=2)
        self.small = ParagraphStyle("small", parent=base, fontSize=9, leading=12.5)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _Lines(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Ruled lines to write on."""

    def __init__(self, count: int, width: float, gap: float = 7 * mm) -> None:
        super().__init__()
        self.count, self.width, self.gap = count, width, gap
        self.height = count * gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 1
            self.canv.line(0, y, self.width, y)


class _Box(Flowable):  # type: ignore[misc]
    """An empty tick box."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, BOX, BOX)


def render_checklist(checklist: Checklist) -> bytes:
    """The checklist as PDF bytes, its words in the checklist's language (``checklist.language``)."""
    pdf_fonts.ensure_registered()
    styles = _Styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 4 * mm,
                            bottomMargin=MARGIN, title=say(N_("Preparation checklist"), checklist.language),
                            author="", subject="",
                            creator="Carer's Passport", invariant=True,
                            initialFontName=FONT)
    width = A4[0] - 2 * MARGIN

    def page(canvas: Any, _document: Any) -> None:
        _decorate(canvas, checklist)

    doc.build(_story(checklist, styles, width), onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def _decorate(canvas: Any, checklist: Checklist) -> None:
    """Every page says it is private (a printed page can be left on a desk)."""
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, A4[1] - MARGIN + 2 * mm, checklist.private_mark)
    # Translators: the footer of each page of the printed checklist.
    footer = say(N_("Prepared {date} · page {page}"), checklist.language)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN - 8 * mm,
                           footer.format(date=readable_date(checklist.prepared_on, checklist.language),
                                         page=canvas.getPageNumber()))
    canvas.restoreState()


def _story(checklist: Checklist, styles: _Styles, width: float) -> list[Flowable]:
    lang = checklist.language
    story: list[Flowable] = [_p(checklist.title, styles.title), _p(checklist.private_mark, styles.private),
                             _p(say(N_("Tick each question once you have thought about it. Your answers so far are "
                                       "shown under the questions they belong to, as a reminder."), lang),
                                styles.body),
                             Spacer(1, 4 * mm)]
    for number, question in enumerate(checklist.questions, 1):
        story.append(KeepTogether(_question(number, question.question, question.notes, styles, width, lang)))
    if checklist.other_notes:
        story.append(_p(say(N_("Also in your passport"), lang), styles.heading))
        for note in checklist.other_notes:
            story.append(KeepTogether([_p(note.label, styles.question), _note(note, styles, lang),
                                       Spacer(1, 2 * mm)]))
    if checklist.actions:
        story.append(_p(say(N_("Agreed actions to talk about"), lang), styles.heading))
        story.append(_bullets([_action(a.what, a.status, a.review_on, lang) for a in checklist.actions], styles))
    if checklist.private_notes:
        story.append(_p(say(N_("Your private notes"), lang), styles.heading))
        story.append(_p(checklist.private_notes, styles.small))
    if checklist.organisations:
        story.append(_p(say(N_("Where else to get support"), lang), styles.heading))
        rows = [[_p(o.name, styles.question), _p(o.what + (f"\n{o.contact}" if o.contact else ""), styles.small)]
                for o in checklist.organisations]
        table = Table(rows, colWidths=[width * 0.32, width * 0.68])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story.append(table)
    story.append(KeepTogether([_p(say(N_("Remember"), lang), styles.heading),
                               _bullets(list(checklist.reminders), styles)]))
    return story


def _action(what: str, status: str, review_on: dt.date | None, language: str | None) -> str:
    if review_on is None:
        # Translators: an agreed action and where it stands, on the printed checklist.
        return say(N_("{what} — {status}"), language).format(what=what, status=status)
    return say(N_("{what} — {status}, review {date}"), language).format(
        what=what, status=status, date=readable_date(review_on, language))


def _question(number: int, text: str, notes: tuple[ChecklistNote, ...], styles: _Styles,
              width: float, language: str | None) -> list[Flowable]:
    head = Table([[_Box(), _p(f"{number}. {text}", styles.question)]], colWidths=[BOX + 3 * mm, width - BOX - 3 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (0, 0), 2.5)]))
    parts: list[Flowable] = [head]
    for note in notes:
        parts.append(_note(note, styles, language))
    parts.append(_Lines(WRITING_LINES, width))
    parts.append(Spacer(1, 3 * mm))
    return parts


def _note(note: ChecklistNote, styles: _Styles, language: str | None) -> Flowable:
    says = (say(N_("Your passport says (shared with your manager): {text}"), language) if note.shared
            else say(N_("Your passport says (private): {text}"), language))
    cell = _p(says.format(text=note.text), styles.note)
    table = Table([[cell]])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _bullets(items: list[str], styles: _Styles) -> ListFlowable:
    return ListFlowable([ListItem(_p(item, styles.small), leftIndent=10) for item in items], bulletType="bullet",
                        start="•", leftIndent=10, bulletFontName=FONT)
