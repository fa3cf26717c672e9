"""The renderer takes the copy's language (which may differ from the app's): in Welsh, an employer template's
Welsh texts are the ones printed; in English, the template's own. The renderer's own words, dates and /Lang
follow the copy too: tests/unit/exchange/test_pdf_copy_language.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.model import Answer, Passport, Person
from carerpassport.domain.template import parse_template
from carerpassport.exchange.pdf_render import DocumentFacts, render_passport
from tests.pdf_support import pdf_text

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"


@pytest.mark.parametrize(("language", "shown", "not_shown"), [
    ("cy", "Eich cyfrifoldebau gofalu", "Your caring responsibilities"),
    ("en", "Your caring responsibilities", "Eich cyfrifoldebau gofalu"),
])
def test_the_copy_prints_the_template_in_its_language(tmp_path: Path, language: str, shown: str,
                                                       not_shown: str) -> None:
    template = parse_template(EXAMPLE.read_bytes(), EXAMPLE.name)
    p = Passport(template_id=template.id, employee=Person(name="Siân Jones"), manager=Person(name="Bob Smith"))
    p.answers["caring.responsibilities"] = Answer("I care for my father two evenings a week.", shared=True)
    shared = p.shared_dict()
    facts = DocumentFacts(passport_id=p.id, revision=1, content_sha256=sha256_hex(canonical_bytes(shared)),
                          fingerprint=" ".join(["ABCD"] * 16), recipient="Bob Smith", purpose="Our 1:1",
                          prepared_on=dt.date(2026, 12, 2))
    out = tmp_path / "copy.pdf"
    out.write_bytes(render_passport(shared, template, facts, language=language).pdf)
    text = " ".join(pdf_text(out).split())
    assert shown in text and not_shown not in text
    assert "I care for my father two evenings a week." in text
