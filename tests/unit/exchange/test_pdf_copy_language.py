"""A signed copy in the language chosen for it, whatever the process speaks: the renderer's own words, the dates,
the employer's questions and choices (where their form translates them) and the form fields' spoken names are in it, the
PDF's /Lang says it ("cy", "en-GB"), and the employee's signature still validates (pyHanko, and poppler's
``pdfsig`` when it is installed)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from carerpassport.domain.model import AgreedAction, Answer, Passport, Person
from carerpassport.domain.template import parse_template
from carerpassport.domain.wording import current_language
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.pdf_sign import signed_export
from tests.countersign_support import pdfsig_report
from tests.pdf_support import employee_status, pdf_text

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"
WHEN = dt.datetime(2026, 12, 2, 14, 5, tzinfo=dt.UTC)

#: Words each copy must show: the renderer's own, the template's (its manager questions caption the manager's
#: form fields), and a month's name.
WELSH = ("Ddim eto", "Llofnodion", "Sylwadau'r rheolwr", "Enw'r rheolwr", "Camau y cytunwyd arnynt",
         "Wedi'i rannu gyda Bob Smith", "Rhagfyr",
         "Eich cyfrifoldebau gofalu", "Wedi'i lofnodi'n ddigidol gan Siân Jones", "Tudalen 1 o")
ENGLISH = ("Not yet", "Signatures", "Manager's comment", "Manager's name", "Agreed actions",
           "Shared with Bob Smith", "December",
           "Your caring responsibilities", "Signed digitally by Siân Jones", "Page 1 of")


@pytest.fixture(scope="module")
def identity() -> Identity:
    return generate_identity("Siân Jones")


def signed_copy(identity: Identity, folder: Path, language: str) -> Path:
    template = parse_template(EXAMPLE.read_bytes(), EXAMPLE.name)
    p = Passport(template_id=template.id, employee=Person(name="Siân Jones"), manager=Person(name="Bob Smith"))
    p.answers["caring.responsibilities"] = Answer("I care for my father two evenings a week.", shared=True)
    p.answers["support.carers_policy"] = Answer("Not yet", shared=True)  # a choice, stored as the form says it
    p.actions = [AgreedAction(what="Leave at 4 on Tuesdays", owner="Bob Smith", agreed_on=dt.date(2026, 9, 30),
                              shared=True)]
    signed = signed_export(p, template, identity, 1, recipient="Bob Smith", purpose="Our 1:1", when=WHEN,
                           today=WHEN.date(), language=language)
    path = folder / f"copy-{language}.pdf"
    path.write_bytes(signed.pdf)
    return path


@pytest.mark.parametrize(("language", "lang", "shown", "not_shown"), [
    ("cy", "cy", WELSH, ENGLISH),
    ("en", "en-GB", ENGLISH, WELSH),
])
@pytest.mark.english
def test_a_copy_is_in_its_own_language_and_still_validates(identity: Identity, tmp_path: Path, language: str,
                                                           lang: str, shown: tuple[str, ...],
                                                           not_shown: tuple[str, ...]) -> None:
    assert current_language() == "en"  # the process speaks English (tests/conftest.py); the copy need not
    path = signed_copy(identity, tmp_path, language)
    text = " ".join(pdf_text(path).split())
    for words in shown:
        assert words in text, f"{words!r} missing from the {language} copy"
    for words in not_shown:
        assert words not in text, f"{words!r} left in the {language} copy"
    assert "I care for my father two evenings a week." in text  # the employee's words, as they wrote them

    reader, status = employee_status(path.read_bytes())
    assert status.intact and status.valid, status.pretty_print_details()
    assert str(reader.root["/Lang"]) == lang
    fields = {str(f.get_object()["/T"]): f.get_object() for f in reader.root["/AcroForm"]["/Fields"]}
    spoken = str(fields["EmployeeSignature"]["/TU"])
    assert spoken == ("Llofnod y cyflogai" if language == "cy" else "Employee's signature")

    if shutil.which("pdfsig"):
        report = pdfsig_report(path)
        assert "Signature is Valid." in report, report


def test_the_first_revision_says_the_language_too(identity: Identity, tmp_path: Path) -> None:
    """reportlab's own catalogue (the revision the signature covers first) already names the copy's language."""
    path = signed_copy(identity, tmp_path, "cy")
    data = path.read_bytes()
    first = data[:data.index(b"%%EOF") + 5]
    assert str(PdfFileReader(io.BytesIO(first)).root["/Lang"]) == "cy"
