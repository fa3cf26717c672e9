"""Readable differences between revisions."""

from __future__ import annotations

import pytest

from carerpassport.domain.diff import diff_passports
from carerpassport.domain.model import AgreedAction, Answer, Passport
from carerpassport.resource_files import load_default_template


@pytest.mark.english
def test_diff_names_the_question_and_the_action() -> None:
    old = Passport(answers={"caring.responsibilities": Answer("old text", False)})
    new = old.copy()
    new.answers["caring.responsibilities"] = Answer("new text", True)
    new.actions.append(AgreedAction(what="Start at 10"))
    changes = diff_passports(old, new, load_default_template())
    labels = {c.label: (c.old, c.new) for c in changes}
    assert labels["What are your caring responsibilities? (answer)"] == ("old text", "new text")
    assert labels["What are your caring responsibilities? (shared)"] == (False, True)
    assert any(label.startswith("Action “Start at 10”") for label in labels)


def test_no_changes() -> None:
    passport = Passport()
    assert diff_passports(passport, passport.copy()) == []
