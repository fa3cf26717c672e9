"""The sharing agreement on the signed PDF: tagged (a heading, a note, a table of who may be given it, the
keep-until sentence), read just before the signatures, on the page of the signature boxes, and absent
when the export leaves it out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.model import Answer, Passport, Person
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, RecipientKind, RecipientRule
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.pdf_render import DocumentFacts, render_passport
from carerpassport.exchange.pdf_sign import sign_passport, signature_face
from carerpassport.exchange.pdf_validation import examine, passport_from_json
from carerpassport.exchange.shared_selection import select_shared
from carerpassport.resource_files import load_default_template
from tests.pdf_support import pdf_text
from tests.unit.exchange.test_pdf_tags import marked_texts, reading_order

TEMPLATE = load_default_template()


def _passport() -> Passport:
    p = Passport(template_id=TEMPLATE.id, employee=Person(name="Siân Llŷr"), manager=Person(name="Łukasz Żółć"))
    p.answers["caring.effect_on_work"] = Answer("I may need to leave at short notice. " * 40, shared=True)
    agreement = p.sharing_agreement
    agreement.rule("hr").permission = Permission.FOR_PURPOSE
    agreement.rule("hr").purpose = "a flexible working request"
    agreement.rule("future_manager").permission = Permission.ASK_EACH_TIME
    agreement.rules.append(RecipientRule(RecipientKind.OTHER, label="Payroll"))
    agreement.keep_until = KeepUntil.I_ASK
    return p


def _signed(passport: Passport, tmp_path: Path, *, include: bool | None) -> Path:
    identity = generate_identity("Siân Llŷr")
    shared = select_shared(passport, TEMPLATE, include_agreement=include)
    passport_json = canonical_bytes(shared)
    facts = DocumentFacts(passport_id=passport.id, revision=2, content_sha256=sha256_hex(passport_json),
                          fingerprint=identity.fingerprint, prepared_on=dt.date(2026, 12, 1))
    when = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    rendered = render_passport(shared, TEMPLATE, facts, signature_face=signature_face(identity, when))
    path = tmp_path / "passport.pdf"
    path.write_bytes(sign_passport(rendered, passport_json, facts, identity, when=when).pdf)
    return path


def test_the_agreement_is_tagged_and_read_just_before_the_signatures(tmp_path: Path) -> None:
    passport = _passport()
    path = _signed(passport, tmp_path, include=True)
    order = reading_order(path)
    headings = [text for role, text in order if role == "H2"]
    assert headings[-2:] == ["Sharing your passport", "Signatures"]
    start = order.index(("H2", "Sharing your passport"))
    cells = [text for role, text in order[start:] if role in ("TH", "TD")]
    assert cells == ["Who", "May they be given this passport?",
                     "A future line manager", "Only when I say so, each time",
                     "HR", "Yes, for this purpose: a flexible working request",
                     "Occupational health", "Never",
                     "A colleague who covers for me in a crisis", "Never",
                     "Payroll", "Never"]
    assert ("P", "The line manager keeps their copy: until I ask for it to be deleted.") in order
    assert all("unmarked" not in texts for texts in marked_texts(path))  # every word is in the tree
    # On the page of the signature boxes, which cover it.
    last = pdf_text(path).split("\f")[-2]
    assert "Sharing your passport" in last and "Line manager's digital signature" in last
    checked = examine(path.read_bytes())
    assert not checked.failures
    assert passport_from_json(checked.passport_json).sharing_agreement.rules == passport.sharing_agreement.rules


@pytest.mark.parametrize("include", [None, False])
def test_left_out_it_is_not_on_the_page_nor_in_the_data(tmp_path: Path, include: bool | None) -> None:
    path = _signed(_passport(), tmp_path, include=include)  # not shared by the passport: None leaves it out
    assert "Sharing your passport" not in pdf_text(path)
    checked = examine(path.read_bytes())
    assert b"sharing_agreement" not in checked.passport_json
    assert not passport_from_json(checked.passport_json).sharing_agreement.shared
