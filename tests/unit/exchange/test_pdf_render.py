"""The rendered pages: what they say, in which fonts, on how many pages, with which footer."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from reportlab.pdfbase import pdfmetrics

from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import ActionStatus, AgreedAction, Answer, Passport, Person
from carerpassport.exchange.pdf_fonts import FONT, FONT_BOLD, ensure_registered
from carerpassport.exchange.pdf_render import (
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_NAME_FIELD,
    DocumentFacts,
    render_passport,
    select_shared,
    shared_field_ids,
)
from carerpassport.resource_files import load_default_template, resource_bytes
from tests.conftest import require_tool
from tests.pdf_support import page_count, pdf_text

TEMPLATE = load_default_template()
WELSH, POLISH, ARABIC = "Siân Llŷr ap Rhys", "Łukasz Żółć-Wąs", "فاطمة الزهراء"


def passport(**answers: str) -> Passport:
    p = Passport(template_id=TEMPLATE.id, employee=Person(name=WELSH, role="Payroll officer"),
                 manager=Person(name=POLISH))
    for field_id, text in answers.items():
        p.answers[field_id.replace("__", ".")] = Answer(text, shared=True)
    return p


def render(p: Passport, tmp_path: Path, *, revision: int = 4) -> tuple[Path, DocumentFacts]:
    shared = p.shared_dict()
    facts = DocumentFacts(passport_id=p.id, revision=revision, content_sha256=sha256_hex(canonical_bytes(shared)),
                          fingerprint=" ".join(["ABCD"] * 16), recipient=POLISH, purpose="Our 1:1",
                          prepared_on=dt.date(2026, 11, 23))
    out = tmp_path / "rendered.pdf"
    out.write_bytes(render_passport(shared, TEMPLATE, facts).pdf)
    return out, facts


def test_non_latin_names_are_real_selectable_text(tmp_path: Path) -> None:
    p = passport(caring__responsibilities=f"I care for my grandmother {ARABIC} after work.")
    path, _ = render(p, tmp_path)
    text = unicodedata.normalize("NFKC", pdf_text(path))
    assert WELSH in text and POLISH in text
    for word in ARABIC.split():  # shaped Arabic comes back as presentation forms, in visual order
        assert word in text


def test_every_character_of_the_names_has_a_glyph_in_the_bundled_font() -> None:
    ensure_registered()
    for font_name in (FONT, FONT_BOLD):
        face = pdfmetrics.getFont(font_name).face
        missing = [ch for ch in WELSH + POLISH + ARABIC.replace(" ", "") if ord(ch) not in face.charToGlyph]
        assert missing == [], f"{font_name} has no glyph for {missing}"


def test_page_fonts_are_embedded(tmp_path: Path) -> None:
    require_tool("pdffonts")
    path, _ = render(passport(caring__responsibilities="Text"), tmp_path)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    dejavu = [line for line in lines if "DejaVuSans" in line]
    assert dejavu and all(" yes yes yes " in line for line in dejavu)


def test_long_answers_flow_across_pages_and_every_page_has_the_footer(tmp_path: Path) -> None:
    long_text = "\n\n".join(f"Paragraph {i}: " + "I may need to leave at short notice. " * 40 for i in range(12))
    path, facts = render(passport(caring__effect_on_work=long_text + " THE-VERY-END"), tmp_path)
    pages = page_count(path)
    assert pages >= 4
    assert "THE-VERY-END" in pdf_text(path)
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert facts.passport_id in text
        assert f"revision {facts.revision}" in text
        assert facts.content_sha256 in text
        assert facts.fingerprint in text
        assert f"Page {page} of {pages}" in text


def test_title_language_and_confidentiality(tmp_path: Path) -> None:
    path, _ = render(passport(), tmp_path)
    reader = pypdf.PdfReader(path)
    assert reader.metadata is not None and reader.metadata.title == f"Carer's Passport: {WELSH}"
    assert reader.trailer["/Root"]["/Lang"] == TEMPLATE.language
    text = pdf_text(path)
    assert "Carer's Passport" in text
    assert " ".join(TEMPLATE.confidentiality.split()[:6]) in " ".join(text.split())
    assert "No answers were shared" in text


def test_manager_form_fields_are_there_and_empty(tmp_path: Path) -> None:
    path, _ = render(passport(), tmp_path)
    fields = pypdf.PdfReader(path).get_fields() or {}
    assert {MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD} <= set(fields)
    assert all(not fields[n].get("/V") for n in (MANAGER_COMMENT_FIELD, MANAGER_NAME_FIELD, MANAGER_DATE_FIELD))
    assert int(fields[MANAGER_COMMENT_FIELD]["/Ff"]) & 4096  # multi-line


def test_sections_answers_actions_and_review_are_shown(tmp_path: Path) -> None:
    p = passport(caring__responsibilities="Dad, three evenings.", emergency__arrangements="Text my manager.")
    p.actions.append(AgreedAction(what="Start at 10:00 on Tuesdays", owner=POLISH, agreed_on=dt.date(2026, 11, 1),
                                  review_on=dt.date(2027, 5, 1)))
    p.review.next_review = dt.date(2027, 11, 1)
    path, _ = render(p, tmp_path)
    text = " ".join(pdf_text(path).split())
    for expected in ("Your caring responsibilities and how they affect your work", "Dad, three evenings.",
                     "If there is a crisis", "Agreed actions", "Start at 10:00 on Tuesdays", "1 November 2026",
                     "1 May 2027", "Signatures", "Shared with " + POLISH, "Our 1:1"):
        assert expected in text, expected


@pytest.mark.parametrize(("own", "actions", "expected"), [
    (None, [], "Next review: not set"),
    (dt.date(2027, 11, 1), [], "Next review: 1 November 2027"),
    # An agreed action's review date comes first: it is named, and the passport's own date follows.
    (dt.date(2027, 11, 1), [("agreed", dt.date(2027, 5, 1), "Start at 10:00 on Tuesdays")],
     "Next review: 1 May 2027 (the review date of the agreed action “Start at 10:00 on Tuesdays”; the whole "
     "passport by 1 November 2027)"),
    (None, [("in_place", dt.date(2027, 5, 1), "Laptop at home")],
     "Next review: 1 May 2027 (the review date of the agreed action “Laptop at home”)"),
    # Declined and ended actions are not reviewed; a later action's date does not bring anything forward.
    (dt.date(2027, 11, 1), [("declined", dt.date(2027, 2, 1), "Four-day week"),
                            ("ended", dt.date(2027, 3, 1), "Cover in May"),
                            ("agreed", dt.date(2028, 1, 1), "Later")], "Next review: 1 November 2027"),
])
def test_next_review_is_the_earliest_real_review_date(tmp_path: Path, own: dt.date | None,
                                                      actions: list[tuple[str, dt.date, str]], expected: str) -> None:
    p = passport(caring__responsibilities="Dad, three evenings.")
    p.review.next_review = own
    p.actions = [AgreedAction(what=what, status=ActionStatus(status), decline_reason="Not now" if
                              status == "declined" else "", review_on=review_on) for status, review_on, what in actions]
    path, _ = render(p, tmp_path)
    text = " ".join(pdf_text(path).split())
    assert expected in text
    assert text.count("Next review:") == 1


def test_every_page_renders_to_an_image_that_is_not_blank(tmp_path: Path) -> None:
    require_tool("pdftoppm")
    long_text = "A long answer. " * 600
    path, _ = render(passport(caring__responsibilities=long_text), tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(path), str(tmp_path / "page")], check=True, timeout=60)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == page_count(path) >= 2
    for image in images:
        with Image.open(image) as im:
            grey = im.convert("L")
            assert grey.size[0] > 600  # A4 at 80 dpi is 661 x 935
            dark = sum(grey.histogram()[:128])
            assert dark > 2000, f"{image.name} looks blank"


# --- what is selected for sharing -------------------------------------------------------------------

def test_select_shared_follows_the_share_flags_by_default() -> None:
    p = passport(caring__responsibilities="shared")
    p.answers["caring.how_managing"] = Answer("PRIVATE", shared=False)
    p.private_notes = "NOTE"
    p.actions.append(AgreedAction(what="hidden", shared=False))
    shared = select_shared(p, TEMPLATE)
    assert shared == p.shared_dict()
    assert "PRIVATE" not in canonical_bytes(shared).decode() and "NOTE" not in canonical_bytes(shared).decode()
    assert shared["actions"] == []


def test_select_shared_with_chosen_fields_shares_exactly_those() -> None:
    p = passport(caring__responsibilities="one", caring__effect_on_work="two")
    p.answers["caring.how_managing"] = Answer("three", shared=False)
    p.actions.append(AgreedAction(what="act"))
    shared = select_shared(p, TEMPLATE, fields=["caring.effect_on_work", "caring.how_managing",
                                                 "support.other_policies"], include_actions=False)
    assert shared["answers"] == {"caring.effect_on_work": {"text": "two"}, "caring.how_managing": {"text": "three"}}
    assert shared["actions"] == []
    assert shared_field_ids(shared) == ["caring.effect_on_work", "caring.how_managing"]
    assert shared_field_ids(select_shared(p, TEMPLATE)) == ["caring.effect_on_work", "caring.responsibilities",
                                                            "actions"]


@pytest.mark.parametrize("field_id", ["nope.nothing", "manager.comment"])
def test_select_shared_refuses_unknown_and_manager_fields(field_id: str) -> None:
    with pytest.raises(ValidationError):
        select_shared(passport(), TEMPLATE, fields=[field_id])


def test_fonts_are_bundled_with_their_licence() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert resource_bytes("fonts", name)[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    assert "Bitstream Vera" in resource_bytes("fonts", "LICENSE").decode("utf-8")


def test_answers_are_text_not_markup_and_unbroken_words_still_fit(tmp_path: Path) -> None:
    markup = 'I use <b>bold</b> & <font size="40">big</font> <br/> words & "quotes"'
    unbroken = "x" * 5000
    path, _ = render(passport(caring__responsibilities=markup, caring__effect_on_work=unbroken), tmp_path)
    text = pdf_text(path)
    assert markup in " ".join(text.split())
    assert text.count("x") >= 5000


def test_the_two_signature_columns_do_not_run_into_each_other(tmp_path: Path) -> None:
    """A long employee name wraps inside the left column instead of running into the manager's column."""
    import pypdfium2 as pdfium

    def span(text: pdfium.PdfTextPage, phrase: str) -> tuple[float, float] | None:
        found = text.search(phrase).get_next()
        if found is None:
            return None
        boxes = [text.get_charbox(i) for i in range(found[0], found[0] + found[1])]
        return min(b[0] for b in boxes), max(b[2] for b in boxes)

    p = passport(caring__responsibilities="Dad.")
    p.employee.name = "Siân Wójcik-Jones-Llewellyn"
    path, _ = render(p, tmp_path)
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            text = page.get_textpage()
            sentence, manager = span(text, "exporting"), span(text, "Line manager")
            if sentence and manager:
                assert sentence[1] < manager[0] - 10, "the employee's text runs into the manager's column"
                return
        raise AssertionError("signature section not found")
    finally:
        document.close()


def test_the_signature_face_is_written_inside_the_employee_box(tmp_path: Path) -> None:
    """Who signed, when and which certificate: drawn in the employee's box (in the page's embedded font, so
    any name shows), and only when asked for (an unsigned preview leaves the box empty)."""
    import pypdfium2 as pdfium

    p = passport(caring__responsibilities="Dad.")
    shared = p.shared_dict()
    facts = DocumentFacts(passport_id=p.id, revision=1, content_sha256=sha256_hex(canonical_bytes(shared)),
                          fingerprint=" ".join(["ABCD"] * 16))
    face = [f"Signed digitally by {POLISH}", "2026-11-23 21:05 UTC", "Certificate ABCD ABCD …"]
    rendered = render_passport(shared, TEMPLATE, facts, signature_face=face)
    (tmp_path / "faced.pdf").write_bytes(rendered.pdf)
    x1, y1, x2, y2 = rendered.employee_signature.box
    document = pdfium.PdfDocument(str(tmp_path / "faced.pdf"))
    try:
        text = document[rendered.employee_signature.page].get_textpage()
        for line in face:
            found = text.search(line.split(" …")[0]).get_next()
            assert found is not None, f"{line!r} is not on the signature page"
            for i in range(found[0], found[0] + found[1]):
                left, bottom, right, top = text.get_charbox(i)
                assert x1 <= left and right <= x2 and y1 <= bottom and top <= y2, f"{line!r} leaves the box"
    finally:
        document.close()
    plain = render_passport(shared, TEMPLATE, facts)
    (tmp_path / "plain.pdf").write_bytes(plain.pdf)
    assert "Signed digitally" not in pdf_text(tmp_path / "plain.pdf")
