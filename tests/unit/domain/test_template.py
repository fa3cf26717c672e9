"""Templates load, and a broken one says exactly what is wrong."""

from __future__ import annotations

import json

import pytest

from carerpassport.domain.errors import TemplateError
from carerpassport.domain.template import parse_template
from carerpassport.resource_files import load_default_template, resource_bytes


def test_default_template_follows_the_seed_form() -> None:
    template = load_default_template()
    titles = [s.title for s in template.sections]
    assert any("caring responsibilities" in t.lower() for t in titles)
    assert any("support" in t.lower() for t in titles)
    ids = {f.id for f in template.fields()}
    assert {"caring.responsibilities", "caring.effect_on_work", "support.carers_policy",
            "support.other_policies", "support.external_support", "support.what_would_help",
            "emergency.arrangements"} <= ids
    assert {f.id for f in template.manager_fields()} == {"manager.comment", "manager.name", "manager.date"}
    assert len(template.preparation_questions) >= 8
    # The guidance says: effect on work, not diagnoses.
    assert "diagnos" in template.field("caring.responsibilities").guidance.privacy.lower()
    for field in template.employee_fields():
        assert field.guidance.think_about, f"{field.id} has no guidance"


def good() -> dict:
    return json.loads(resource_bytes("templates", "default.json"))


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda t: t.update(sections=[]), "at least one section"),
    (lambda t: t.pop("title"), "'title' is required"),
    (lambda t: t.update(version="1"), "version"),
    (lambda t: t["sections"][0]["fields"][0].update(id="Bad Id"), "must look like"),
    (lambda t: t["sections"][0]["fields"][1].update(id=t["sections"][0]["fields"][0]["id"]), "used twice"),
    (lambda t: t["sections"][0]["fields"][0].update(kind="slider"), "kind must be one of"),
    (lambda t: t["sections"][1]["fields"][0].update(choices=["Only one"]), "at least two choices"),
    (lambda t: t["sections"][0]["fields"][0].update(filled_by="hr"), "filled_by"),
    (lambda t: t["sections"][0].update(fields="none"), "must be a list"),
])
@pytest.mark.english
def test_broken_templates_are_refused_with_the_reason(mutate: object, message: str) -> None:
    data = good()
    mutate(data)  # type: ignore[operator]
    with pytest.raises(TemplateError, match=message):
        parse_template(json.dumps(data), "employer.json")


@pytest.mark.english
def test_not_json_and_not_utf8() -> None:
    with pytest.raises(TemplateError, match="not valid JSON"):
        parse_template("{", "x.json")
    with pytest.raises(TemplateError, match="UTF-8"):
        parse_template(b"\xff\xfe{}", "x.json")
    with pytest.raises(TemplateError, match="too large"):
        parse_template(b" " * (3 * 1024 * 1024), "x.json")
