"""Restoring from History a version written under an older version of the employer's form (issue 18 item 4).

The employee restores their answers, not their employer's form: the template in use stays the newest
imported, the restored answers map onto it by question id, and an answer to a question it dropped is kept,
shown as no longer on the employer's form and made private, exactly as the upgrade made it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.templates_table import TemplateTable
from tests.pdf_support import pdf_text
from tests.unit.exchange.test_template_file import EXAMPLES

NORTHBRIDGE_1 = EXAMPLES / "northbridge-building-society-v1.json"
NORTHBRIDGE_2 = EXAMPLES / "northbridge-building-society-v2.json"
NORTHBRIDGE_ID = "uk.example.northbridge-bs.carers-passport"
DROPPED = "support.society_support"  # asked by version 1 only
SITTER = "The Carers' Network found me a sitter for Tuesdays."
CARING = "I look after my father three evenings a week."


def exported_text(app: PassportApp, out: Path) -> str:
    app.pdfs.export_signed_pdf(out)
    return " ".join(pdf_text(out).split())


def answered_under_version_1_then_upgraded(app: PassportApp) -> int:
    """Answers shared under version 1 (nothing exported), then version 2 imported; the number of the last
    version written under version 1."""
    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("caring.responsibilities", CARING, shared=True)
    app.editing.set_answer(DROPPED, SITTER, shared=True)
    app.editing.set_answer("support.carers_policy", "Yes")
    under_version_1 = app.editing.latest_revision().number
    app.templates.import_file(NORTHBRIDGE_2)
    app.editing.set_answer("caring.responsibilities", "Changed under version 2.", shared=True)
    return under_version_1


@pytest.mark.english
def test_restoring_a_version_1_revision_keeps_version_2_and_makes_the_dropped_answer_private(
        app: PassportApp, tmp_path: Path) -> None:
    under_version_1 = answered_under_version_1_then_upgraded(app)

    restored = app.editing.restore_revision(under_version_1)

    assert restored is not None and restored.reason == "restore"
    current = TemplateTable(app.repo).current()
    assert current is not None and (current.id, current.version) == (NORTHBRIDGE_ID, 2)
    assert app.template.version == 2
    passport = app.editing.passport()
    assert (passport.template_id, passport.template_version) == (NORTHBRIDGE_ID, 2)
    assert {k: a.text for k, a in passport.answers.items()} == {
        "caring.responsibilities": CARING, DROPPED: SITTER, "support.carers_policy": "Yes"}
    assert passport.answer("caring.responsibilities").shared is True  # still asked: its share choice carries over
    assert passport.answer(DROPPED).shared is False  # no longer asked: private, as the upgrade made it
    assert DROPPED not in passport.shared_dict()["answers"]
    assert [(fid, label) for fid, label, _ in app.templates.former_answers(passport)] == [
        (DROPPED, "Have you considered the support available to carers within the Society?")]

    text = exported_text(app, tmp_path / "restored.pdf")
    assert "version 2" in text and CARING in text
    assert SITTER not in text and "No longer on the employer's form" not in text

    app.editing.set_answer(DROPPED, shared=True)  # the employee ticks it again
    text = exported_text(app, tmp_path / "shared-again.pdf")
    assert SITTER in text and "No longer on the employer's form" in text


def test_restoring_a_revision_under_the_form_in_use_keeps_its_share_choices(app: PassportApp) -> None:
    answered_under_version_1_then_upgraded(app)
    app.editing.set_answer(DROPPED, shared=True)  # chosen under version 2, knowing the question was dropped
    chosen = app.editing.latest_revision().number
    app.editing.set_answer(DROPPED, shared=False)

    app.editing.restore_revision(chosen)

    assert app.editing.passport().answer(DROPPED).shared is True
