"""The checklist PDF: readable text, fonts embedded, marked private, the same bytes each time."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from carerpassport.domain.checklist import PRIVATE_MARK, build_checklist
from carerpassport.domain.model import Answer, Passport
from carerpassport.exchange.checklist_pdf import render_checklist
from carerpassport.resource_files import load_default_template


@pytest.mark.english
def test_renders_questions_notes_and_organisations() -> None:
    template = load_default_template()
    passport = Passport(answers={"caring.responsibilities": Answer("Dw i'n gofalu am fy nhad — Łódź", shared=True)})
    checklist = build_checklist(template, passport, today=dt.date(2026, 11, 23))
    data = render_checklist(checklist)
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for question in template.preparation_questions:
        assert " ".join(question.split()) in text
    assert "Dw i'n gofalu am fy nhad — Łódź" in text
    assert "Carers UK" in text and PRIVATE_MARK in text
    assert "does not guarantee that earlier arrangements continue" in text
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values() if "/FontFile2" in f.get_object().get("/FontDescriptor", {})}
    assert any("DejaVuSans" in f for f in fonts)
    assert render_checklist(checklist) == data  # invariant output


def test_a_welsh_checklist_prints_its_own_words_in_welsh() -> None:
    template = load_default_template().translated("cy")
    passport = Passport(answers={"caring.responsibilities": Answer("Rwy'n gofalu am fy nhad.", shared=True)})
    data = render_checklist(build_checklist(template, passport, today=dt.date(2026, 12, 1), language="cy"))
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Paratowyd 1 Rhagfyr 2026 · tudalen 1" in text
    assert "Mae eich pasbort yn dweud (wedi'i rannu â'ch rheolwr): Rwy'n gofalu am fy nhad." in text
    assert "Beth yw eich cyfrifoldebau gofalu?" in text and "Cofiwch" in text
    assert reader.metadata is not None and reader.metadata.title == "Rhestr wirio i baratoi"
    for english in ("Prepared", "Your passport says", "Remember", "Where else to get support"):
        assert english not in text, english
