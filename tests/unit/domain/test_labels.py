"""The domain's shown words in the process's language, read when shown: labels, dates, the checklist,
the agreement's lines, and the default template's own Welsh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from carerpassport.domain import wording
from carerpassport.domain.checklist import PRIVATE_MARK, build_checklist, private_mark
from carerpassport.domain.dates import readable_date, readable_datetime, readable_local_moment
from carerpassport.domain.jurisdiction import JURISDICTION_LABELS, Jurisdiction
from carerpassport.domain.labels import Labels
from carerpassport.domain.model import (
    ACTION_KIND_LABELS,
    ACTION_STATUS_LABELS,
    ActionKind,
    ActionStatus,
    AgreedAction,
    Answer,
    Passport,
)
from carerpassport.domain.review_session import NO_GUARANTEE, VERDICT_LABELS, Verdict, no_guarantee
from carerpassport.domain.roles import ROLE_LABELS, Role
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, SharingAgreement, agreement_lines
from carerpassport.domain.template import Template, parse_template
from carerpassport.exchange.template_file import schema
from carerpassport.resource_files import resource_bytes

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def speaking() -> Iterator[Any]:
    """Speak a language for one test, then English again (the process's language is a module's state)."""
    yield wording.use_language
    wording.use_language("en")


@pytest.mark.english
def test_labels_are_translated_when_read_not_when_built(speaking: Any) -> None:
    assert ACTION_STATUS_LABELS[ActionStatus.AGREED] == "Agreed"
    speaking("cy")
    assert ACTION_STATUS_LABELS[ActionStatus.AGREED] == "Cytunwyd"
    assert ACTION_KIND_LABELS[ActionKind.FLEXIBLE_WORKING] == "Gweithio hyblyg"
    assert JURISDICTION_LABELS[Jurisdiction.ENGLAND_WALES] == "Cymru neu Loegr"
    assert Role.EMPLOYEE.label == ROLE_LABELS[Role.EMPLOYEE] == "Ar gyfer fy mhasbort fy hun (rwy'n ofalwr)"
    assert VERDICT_LABELS[Verdict.UNCHANGED] == "Yn dal yn wir"
    speaking("en-XA")
    for labels in (ACTION_STATUS_LABELS, ACTION_KIND_LABELS, JURISDICTION_LABELS, ROLE_LABELS, VERDICT_LABELS):
        assert all(value.startswith("[") and value.endswith("]") for value in labels.values()), labels


def test_labels_keep_their_english_and_speak_another_language_for_a_copy(speaking: Any) -> None:
    speaking("cy")
    assert ACTION_STATUS_LABELS.english(ActionStatus.IN_PLACE) == "In place"
    manager_copy = ACTION_STATUS_LABELS.speaking("en")
    assert manager_copy[ActionStatus.IN_PLACE] == "In place"
    assert ACTION_STATUS_LABELS.speaking("en-XA")[ActionStatus.IN_PLACE].startswith("[")
    speaking("en")
    assert ACTION_STATUS_LABELS.speaking("cy")[ActionStatus.IN_PLACE] == "Ar waith"


@pytest.mark.english
def test_labels_are_a_mapping_every_caller_can_iterate() -> None:
    labels = Labels({"a": wording.N_("Never"), "b": wording.N_("Other")})
    assert list(labels) == ["a", "b"] and len(labels) == 2 and "a" in labels
    assert dict(labels.items()) == {"a": "Never", "b": "Other"}
    assert labels.get("c", "?") == "?"
    assert list(ACTION_KIND_LABELS) == list(ActionKind)


@pytest.mark.english
def test_dates_in_welsh_and_the_pseudo_language(speaking: Any) -> None:
    assert readable_date(TODAY, "cy") == "1 Rhagfyr 2026"
    assert [readable_date(dt.date(2026, m, 1), "cy").split()[1] for m in range(1, 13)] == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
        "Tachwedd", "Rhagfyr"]
    assert readable_datetime(dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC), "cy") == "1 Rhagfyr 2026 14:05 UTC"
    assert " am " in readable_local_moment(dt.datetime(2026, 6, 1, 10, 5, tzinfo=dt.UTC), "cy")
    pseudo = readable_date(TODAY, "en-XA")
    assert pseudo.startswith("1 [") and "December" not in pseudo
    assert readable_date(TODAY) == "1 December 2026"
    speaking("cy")
    assert readable_date(TODAY) == "1 Rhagfyr 2026"
    assert readable_date(TODAY, "en") == "1 December 2026"


@pytest.mark.english
def test_the_agreement_lines_for_a_copy_in_another_language() -> None:
    agreement = SharingAgreement(keep_until=KeepUntil.I_ASK)
    agreement.rules[1].permission = Permission.ASK_EACH_TIME
    english = agreement_lines(agreement)
    assert english[1] == "HR: Only when I say so, each time"
    welsh = agreement_lines(agreement, language="cy")
    assert welsh[1] == "AD: Dim ond pan fyddaf yn dweud, bob tro"
    assert welsh[-1] == "Am ba mor hir mae'r rheolwr llinell yn cadw ei gopi: Nes i mi ofyn iddo gael ei ddileu"


@pytest.mark.english
def test_old_sentence_constants_are_read_in_the_process_language(speaking: Any) -> None:
    assert NO_GUARANTEE == no_guarantee() and PRIVATE_MARK == private_mark()
    speaking("cy")
    from carerpassport.domain import checklist, review_session

    assert review_session.NO_GUARANTEE.startswith("Nid yw adolygiad na rheolwr newydd")
    assert checklist.PRIVATE_MARK.startswith("Preifat: i chi yn unig.")


def _default() -> Template:
    return parse_template(resource_bytes("templates", "default.json"))


def test_the_checklist_in_welsh(speaking: Any) -> None:
    template = _default()
    passport = Passport(answers={"caring.responsibilities": Answer("Rwy'n gofalu am fy nhad.", shared=False)},
                        actions=[AgreedAction(what="Dechrau am 10", status=ActionStatus.AGREED, review_on=TODAY)])
    speaking("cy")
    checklist = build_checklist(template.translated("cy"), passport, today=TODAY)
    text = checklist.text()
    assert checklist.title == "Paratoi ar gyfer y sgwrs am eich pasbort gofalwyr"
    assert "[ ] 1. Beth yw eich cyfrifoldebau gofalu?" in text
    assert "Mae eich pasbort yn dweud (preifat): Rwy'n gofalu am fy nhad." in text
    assert "  - Dechrau am 10 (Cytunwyd, adolygu 1 Rhagfyr 2026)" in text
    assert "Cofiwch:" in text and "Disgrifiwch yr effaith ar eich gwaith, nid diagnosis" in text
    for english in ("Your passport says", "Remember", "Agreed", "December", "Private"):
        assert english not in text, english


def test_a_checklist_for_another_language_than_the_process() -> None:
    checklist = build_checklist(_default().translated("cy"), Passport(), today=TODAY, language="cy")
    assert checklist.private_mark.startswith("Preifat") and "Cofiwch:" in checklist.text()


# --- the default template's Welsh --------------------------------------------------------------------

#: Names the Welsh keeps as they are (the organisations' own names).
PROPER_NAMES = {"Carers UK", "Carers Trust"}


def _texts(t: Template) -> Iterator[tuple[str, str]]:
    """Every translatable text of a template, with where it is."""
    yield "title", t.title
    yield "intro", t.intro
    yield "confidentiality", t.confidentiality
    for section in t.sections:
        yield f"{section.id}.title", section.title
        yield f"{section.id}.intro", section.intro
        for f in section.fields:
            for name in ("label", "prompt", "placeholder"):
                yield f"{f.id}.{name}", getattr(f, name)
            for i, choice in enumerate(f.choices):
                yield f"{f.id}.choices[{i}]", choice
            yield from _guidance(f.id, f.guidance)
    sharing = t.sharing_agreement_text
    yield "sharing_agreement.title", sharing.title
    yield "sharing_agreement.intro", sharing.intro
    yield from _guidance("sharing_agreement", sharing.guidance)
    for i, question in enumerate(t.preparation_questions):
        yield f"preparation_questions[{i}]", question
    for o in t.support_organisations:
        yield f"{o.name}.name", o.name
        yield f"{o.name}.what", o.what


def _guidance(where: str, g: Any) -> Iterator[tuple[str, str]]:
    for i, item in enumerate(g.think_about):
        yield f"{where}.think_about[{i}]", item
    yield f"{where}.why", g.why
    yield f"{where}.privacy", g.privacy


def test_the_default_template_has_welsh_for_every_text() -> None:
    english = _default()
    welsh = english.translated("cy")
    assert welsh.language == "cy"
    pairs = list(zip(_texts(english), _texts(welsh), strict=True))
    assert len(pairs) > 100
    for (where, source), (_, translated) in pairs:
        if source and source not in PROPER_NAMES:
            assert translated != source, f"{where} is still English: {source!r}"
        assert bool(translated) == bool(source), where
    # Ids, kinds and choices' number never change, so answers are the same in either language.
    assert [f.id for f in welsh.fields()] == [f.id for f in english.fields()]
    assert [len(f.choices) for f in welsh.fields()] == [len(f.choices) for f in english.fields()]
    assert dataclasses.replace(welsh, language="en-GB").id == english.id


def test_the_default_templates_welsh_keeps_effect_on_work_not_diagnoses() -> None:
    welsh = _default().translated("cy")
    caring = welsh.sections[0]
    assert "diagnosis" in caring.intro and "effaith ar waith" in caring.intro
    responsibilities = welsh.field("caring.responsibilities").guidance.privacy
    assert "nid cyflwr y person" in responsibilities and "diagnosis" in responsibilities
    effect = welsh.field("caring.effect_on_work").guidance.privacy
    assert effect == "Disgrifiwch yr effaith ar eich gwaith, nid iechyd neb."


def test_the_default_template_with_its_welsh_still_passes_the_schema() -> None:
    data = json.loads(resource_bytes("templates", "default.json"))
    jsonschema.Draft202012Validator(schema()).validate(data)
    assert set(data["translations"]) == {"cy"}


def test_a_template_silent_on_the_sharing_agreement_gets_the_apps_words_in_its_language() -> None:
    from pathlib import Path

    example = Path(__file__).parents[3] / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"
    cwm = parse_template(example.read_bytes())
    assert cwm.sharing_agreement is None
    assert cwm.sharing_agreement_text.title == "Sharing your passport"
    welsh = cwm.translated("cy").sharing_agreement_text
    assert welsh.title == "Rhannu eich pasbort" and welsh.intro.startswith("Cytunwch â'ch rheolwr llinell")
