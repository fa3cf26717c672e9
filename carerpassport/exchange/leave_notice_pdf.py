"""The employee's notice of carer's leave as a short A4 PDF (reportlab, the bundled DejaVu fonts).

It prints exactly the words of :class:`~carerpassport.domain.carers_leave.LeaveNotice`: who, to whom, the
date, the entitlement and the days. Nothing else from the passport or the leave log reaches it (no
dependant, no answers, no notes), so there is nothing on the page the employee did not choose to send.
The output is invariant: the same notice gives the same bytes. It is in the notice's language
(``LeaveNotice.language``), and its ``/Lang`` says so, so a screen reader reads Welsh as Welsh.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from carerpassport.domain.carers_leave import LeaveNotice
from carerpassport.domain.wording import current_language
from carerpassport.exchange import pdf_fonts
from carerpassport.exchange.pdf_fonts import FONT, FONT_BOLD

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
MARGIN = 22 * mm


def pdf_lang(language: str) -> str:
    """The PDF's ``/Lang`` (a BCP 47 tag) for ``language`` ("cy", "en-XA"; "" is the process's)."""
    language = language or current_language()
    return "en-GB" if language in ("", "en") else language


def render_leave_notice(notice: LeaveNotice) -> bytes:
    """``notice`` as PDF bytes (one page for any notice of up to a week)."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=16, textColor=INK, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=22, textColor=ACCENT,
                           spaceAfter=10)
    item = ParagraphStyle("item", parent=body, leftIndent=8 * mm, spaceAfter=2)
    out = io.BytesIO()
    with pdf_fonts.LOCK:
        pdf_fonts.ensure_registered()
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                bottomMargin=MARGIN, title=notice.title, author="", subject="",
                                creator="Carer's Passport", invariant=True, lang=pdf_lang(notice.language),
                                initialFontName=FONT)
        story: list[Flowable] = [Paragraph(escape(notice.title), title)]
        was_item = False
        for number, paragraph in enumerate(notice.paragraphs()):
            is_item = paragraph.startswith("• ")
            if number == 3 or (was_item and not is_item):  # after the header lines, and after the list of days
                story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(escape(paragraph), item if is_item else body))
            was_item = is_item
        doc.build(story)
    return out.getvalue()
