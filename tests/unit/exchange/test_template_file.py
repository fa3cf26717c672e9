"""The template format's JSON Schema and the file checks: every example is valid, the default is valid, and
each broken example is refused with a sentence naming the file, the place in it and what to fix."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from carerpassport.domain.errors import TemplateError
from carerpassport.exchange.template_file import check_template_bytes, read_template_file, schema
from carerpassport.resource_files import resource_bytes

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "templates" / "examples"
BROKEN = EXAMPLES / "broken"

#: Each broken example: the place the message names, and words of what to fix.
REFUSALS = {
    "syntax-missing-comma.json": ("at line 6, column 3", "Expecting ',' delimiter"),
    "not-utf8.json": ("at line 10, column", "Save the file as UTF-8"),
    "wrong-type.json": ("at /sections/1/fields/0/share_default", "must be true or false, not text in quotes"),
    "missing-required.json": ("at /policies/1:", "'name' is missing. Add it"),
    "duplicate-field-id.json": ("at /sections/1/fields/2/id", "'support.carers_policy' is used twice (first at "
                                "/sections/1/fields/0/id)"),
    "unknown-key.json": ("at /employer:", "'logo' is not part of a passport template here"),
    "too-long-text.json": ("at /sections/0/fields/0/label", "351 characters long; it can be at most 300"),
    "insecure-link.json": ("at /policies/1/link", "is not a secure web address starting with https://"),
    "policy-without-link.json": ("at /policies/0:", "a policy needs a 'link'"),
    "bad-field-id.json": ("at /sections/0/fields/0/id", "is not a question id like 'caring.responsibilities'"),
    "bad-kind.json": ("at /sections/0/fields/0/kind", 'use "text" or "line" or "choice"'),
    "review-interval-too-long.json": ("at /review_interval_months", "(from 1 to 12)"),
    "future-format.json": ("at /format", "use 1"),
    "bad-language-tag.json": ("at /translations", "is not a language tag like 'cy'"),
    "translation-of-unknown-question.json": ("at /translations/cy/fields/caring.hobbies",
                                             "no question with the id 'caring.hobbies' to translate"),
    "translation-choices-count.json": ("at /translations/cy/fields/support.carers_policy/choices",
                                       "translate each of the question's 2 choices"),
    "no-sections.json": ("at /sections", "needs at least 1"),
    "manager-question-unknown.json": ("at /sections/3/fields/2/id", "none for 'manager.next_steps'. Use one of them"),
}
#: Sound files that the vault refuses (tests/unit/usecases/test_templates.py): older than, or the same
#: version as, one already imported.
REFUSED_BY_THE_VAULT = {"older-version.json", "same-version-changed.json"}


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_is_valid(path: Path) -> None:
    jsonschema.Draft202012Validator(schema()).validate(json.loads(path.read_bytes()))
    checked = read_template_file(path)
    assert checked.template.employer_name and checked.template.policies and checked.template.contacts


def test_the_default_template_is_valid_under_the_schema() -> None:
    jsonschema.Draft202012Validator(schema()).validate(json.loads(resource_bytes("templates", "default.json")))


def test_every_broken_example_has_an_expected_refusal() -> None:
    assert {p.name for p in BROKEN.glob("*.json")} == set(REFUSALS) | REFUSED_BY_THE_VAULT


@pytest.mark.english
@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_each_broken_example_is_refused_with_its_place_and_fix(name: str) -> None:
    place, fix = REFUSALS[name]
    with pytest.raises(TemplateError) as refused:
        read_template_file(BROKEN / name)
    sentence = str(refused.value)
    assert sentence.startswith(f"{name}, {place}") or sentence.startswith(f"{name} is not valid JSON {place}"), \
        sentence
    assert fix in sentence, sentence
    assert "\n" not in sentence and "Traceback" not in sentence


def test_several_problems_say_how_many_more() -> None:
    data = json.loads((EXAMPLES / "northbridge-building-society-v1.json").read_bytes())
    data["policies"][0]["link"] = "ftp://x"
    data["contacts"][0]["email"] = "not an address"
    with pytest.raises(TemplateError, match=r"more problem"):
        check_template_bytes(json.dumps(data).encode(), "two.json")


def test_a_sharing_agreement_section_has_its_words_and_nothing_else() -> None:
    """A template may give its own words around the sharing agreement: a title, an intro and guidance."""
    data = json.loads(resource_bytes("templates", "default.json"))
    data["sharing_agreement"] = {"title": "Who may see this passport", "intro": "…",
                                 "guidance": {"why": "So nobody is surprised."}}
    checked = check_template_bytes(json.dumps(data).encode(), "with-agreement.json").template
    assert checked.sharing_agreement_text.title == "Who may see this passport"
    data["sharing_agreement"]["anything"] = [1, 2]
    with pytest.raises(TemplateError, match=r"with-agreement\.json.*/sharing_agreement"):
        check_template_bytes(json.dumps(data).encode(), "with-agreement.json")


def test_the_welsh_translation_replaces_the_texts_and_keeps_the_ids() -> None:
    template = read_template_file(EXAMPLES / "cwm-tawel-council-v1.json").template
    welsh = template.translated("cy-GB")
    assert welsh.title == "Pasbort Gofalwyr" and welsh.language == "cy-GB"
    assert welsh.employer_name == "Cyngor Bwrdeistref Sirol Cwm Tawel"
    assert welsh.field("caring.responsibilities").label == "Beth yw eich cyfrifoldebau gofalu?"
    assert welsh.field("support.carers_policy").choices == ("Ydw", "Ddim eto")
    assert [f.id for f in welsh.fields()] == [f.id for f in template.fields()]
    assert [p.name for p in welsh.policies][0] == "Polisi Gofalwyr"
    assert welsh.policies[0].link == template.policies[0].link  # untranslated values stay
    assert template.translated("fr") is template
