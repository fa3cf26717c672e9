"""The private preparation checklist: guidance questions, current answers as notes, support organisations."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from carerpassport.domain.checklist import PRIVATE_MARK, build_checklist
from carerpassport.domain.model import ActionStatus, AgreedAction, Answer, Passport
from carerpassport.domain.template import parse_template
from carerpassport.resource_files import load_default_template, resource_bytes

TODAY = dt.date(2026, 11, 23)


@pytest.mark.english
def test_questions_come_from_the_template_with_current_answers_as_notes() -> None:
    template = load_default_template()
    passport = Passport(answers={
        "caring.responsibilities": Answer("I look after my father.", shared=True),
        "caring.effect_on_work": Answer("PRIVATE-ANSWER I leave early.", shared=False),
        "support.other_policies": Answer("Flexible start times.", shared=True),
        "caring.how_managing": Answer("My sister helps.", shared=False),
        "emergency.arrangements": Answer("I text my manager.", shared=True),
        "support.what_would_help": Answer("", shared=True),
    }, private_notes="  Ask about carer's leave.  ", actions=[
        AgreedAction(what="Start at 10:00", status=ActionStatus.AGREED, review_on=dt.date(2027, 1, 31)),
        AgreedAction(what="Ended one", status=ActionStatus.ENDED),
    ])
    checklist = build_checklist(template, passport, today=TODAY)
    assert [q.question for q in checklist.questions] == list(template.preparation_questions)
    notes = {q.question: [(n.field_id, n.shared) for n in q.notes] for q in checklist.questions}
    assert notes["What are your caring responsibilities?"] == [("caring.responsibilities", True)]
    assert notes["How do they affect your work?"] == [("caring.effect_on_work", False)]
    assert notes["Do you need to apply for flexible working?"] == [("support.other_policies", True)]
    assert notes["What further support would help?"] == []  # "help" alone is not enough to match
    # "work" and "caring" are in nearly every question: they alone do not make a match
    assert notes["What effect does work have on your caring?"] == []
    # an answer no question matches is still listed; an empty one is not
    assert [n.field_id for n in checklist.other_notes] == ["caring.how_managing", "emergency.arrangements"]
    used = [n.field_id for q in checklist.questions for n in q.notes] + [n.field_id for n in checklist.other_notes]
    assert sorted(used) == sorted(k for k, a in passport.answers.items() if a.text.strip())
    assert [a.what for a in checklist.actions] == ["Start at 10:00"]
    assert checklist.private_notes == "Ask about carer's leave."
    assert [o.name for o in checklist.organisations] == [o.name for o in template.support_organisations]
    text = checklist.text()
    assert PRIVATE_MARK in text and "(private): PRIVATE-ANSWER" in text
    assert "effect on your work, not diagnoses" in text
    assert "does not guarantee that earlier arrangements continue" in text


def test_every_question_of_the_default_template_finds_its_answer() -> None:
    template = load_default_template()
    passport = Passport(answers={f.id: Answer(f"answer to {f.id}") for f in template.employee_fields()})
    notes = {q.question: [n.field_id for n in q.notes]
             for q in build_checklist(template, passport, today=TODAY).questions}
    assert notes == {
        "What are your caring responsibilities?": ["caring.responsibilities"],
        "How do they affect your work?": ["caring.effect_on_work"],
        "What effect does work have on your caring?": ["caring.work_effect_on_caring"],
        "What support do you already have at work, and is it working?": ["support.workplace_support"],
        "What further support would help?": ["support.external_support"],
        "Do you need to apply for flexible working?": ["support.other_policies"],
        "Would occupational health, the employee assistance programme or an outside organisation help?": [],
        "How do you expect your caring to change in the future?": ["caring.future_changes"],
        "How much do you want to share with your manager?": [],
    }


def test_an_employer_template_brings_its_own_questions_and_organisations() -> None:
    data = json.loads(resource_bytes("templates", "default.json"))
    data.pop("translations")  # the default's Welsh names the default's organisations
    data["preparation_questions"] = ["Have you spoken to the Acme carers' network?"]
    data["support_organisations"] = [{"name": "Acme Carers Network", "what": "Peer support", "contact": "x123"}]
    template = parse_template(json.dumps(data))
    checklist = build_checklist(template, Passport(), today=TODAY)
    assert [q.question for q in checklist.questions] == ["Have you spoken to the Acme carers' network?"]
    assert checklist.questions[0].notes == ()
    assert [(o.name, o.contact) for o in checklist.organisations] == [("Acme Carers Network", "x123")]
    assert "Acme Carers Network: Peer support (x123)" in checklist.text()
