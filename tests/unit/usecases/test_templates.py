"""Importing an employer's template: preview, import, upgrade by field id, answers no longer on the form,
share defaults, the review interval, and refusals that leave the vault byte-identical."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import TemplateError, ValidationError
from carerpassport.domain.review import add_months
from carerpassport.usecases.templates import TemplateVersionError
from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE
from tests.unit.exchange.test_template_file import BROKEN, EXAMPLES, REFUSALS

NORTHBRIDGE_1 = EXAMPLES / "northbridge-building-society-v1.json"
NORTHBRIDGE_2 = EXAMPLES / "northbridge-building-society-v2.json"
CWM_TAWEL_1 = EXAMPLES / "cwm-tawel-council-v1.json"
CWM_TAWEL_2 = EXAMPLES / "cwm-tawel-council-v2.json"


def vault_hashes(data_dir: Path) -> dict[str, str]:
    """SHA-256 of every file of the vault (vault.db, its -wal, the key slots); the -shm index is shared
    memory that any reader rewrites, not stored data."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.iterdir())
            if p.is_file() and not p.name.endswith("-shm")}


def test_upgrade_keeps_every_answer_and_makes_the_dropped_one_private(app: PassportApp) -> None:
    app.templates.import_file(NORTHBRIDGE_1)
    assert app.template.version == 1 and app.template.employer_name == "Northbridge Building Society"
    answers = {f.id: f"Answer to {f.id}" for f in app.template.employee_fields() if f.kind != "choice"}
    for field_id, text in answers.items():
        app.editing.set_answer(field_id, text, shared=True)
    app.editing.set_answer("support.carers_policy", "Yes")

    preview = app.templates.preview(NORTHBRIDGE_2)
    assert [f.id for f in preview.added] == ["support.carers_network"]
    assert [f.id for f in preview.removed] == ["support.society_support"]
    assert preview.answered_removed == ("support.society_support",)
    assert preview.policies_changed == ("Flexible Working Policy",)
    assert app.template.version == 1  # a preview records nothing

    imported = app.templates.import_file(NORTHBRIDGE_2)
    passport = app.editing.passport()
    assert (passport.template_id, passport.template_version) == (app.template.id, 2)
    assert {k: a.text for k, a in passport.answers.items()} == {**answers, "support.carers_policy": "Yes"}
    assert passport.answer("support.society_support").shared is False
    assert all(passport.answer(k).shared for k in answers if k != "support.society_support")
    assert "support.society_support" not in passport.shared_dict()["answers"]
    assert app.template.is_former_question("support.society_support")
    assert app.template.label_of("support.society_support").startswith("Have you considered the support")
    assert imported.revision is not None and imported.revision.reason == "template"
    assert app.repo.events("template")[-1].summary.endswith("version 2")


@pytest.mark.english
def test_a_dropped_answer_is_shared_only_by_the_employees_choice_and_keeps_its_text(app: PassportApp) -> None:
    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("support.society_support", "The network found me a sitter.", shared=True)
    app.templates.import_file(NORTHBRIDGE_2)
    with pytest.raises(ValidationError, match="no longer on your employer's form"):
        app.editing.set_answer("support.society_support", "Changed")
    app.editing.set_answer("support.society_support", shared=True)
    shared = app.editing.passport().shared_dict()["answers"]
    assert shared["support.society_support"] == {"text": "The network found me a sitter."}
    assert [name for _, name, _ in app.templates.former_answers(app.editing.passport())] == [
        "Have you considered the support available to carers within the Society?"]


def test_a_new_answer_starts_with_the_templates_share_default(app: PassportApp) -> None:
    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("support.carers_policy", "Yes")
    app.editing.set_answer("caring.responsibilities", "I care for my son.")
    passport = app.editing.passport()
    assert passport.answer("support.carers_policy").shared is True  # share_default: true
    assert passport.answer("caring.responsibilities").shared is False


def test_the_templates_review_interval_sets_the_next_review(app: PassportApp) -> None:
    app.templates.import_file(CWM_TAWEL_1)
    assert app.template.review_interval_months == 6
    session = app.reviews.start_review()
    result = app.reviews.preview_review(session)
    assert result.summary.next_review == add_months(app.today(), 6)


@pytest.mark.english
def test_an_older_version_or_a_changed_same_version_is_refused(app: PassportApp) -> None:
    app.templates.import_file(NORTHBRIDGE_2)
    with pytest.raises(TemplateVersionError, match=r"older-version.json, at /version: this is version 1 .* "
                                                   r"older than version 2"):
        app.templates.import_file(BROKEN / "older-version.json")
    with pytest.raises(TemplateVersionError, match="already imported, with different content.*version 3"):
        app.templates.import_file(BROKEN / "same-version-changed.json")
    assert app.templates.import_file(NORTHBRIDGE_2).revision is None  # the same file again: nothing to do
    assert app.template.version == 2


@pytest.mark.english
def test_changed_choices_that_would_orphan_an_answer_are_refused_with_what_to_do(app: PassportApp,
                                                                                 tmp_path: Path) -> None:
    import json

    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("support.carers_policy", "Not yet")
    data = json.loads(NORTHBRIDGE_2.read_text(encoding="utf-8"))
    data["sections"][1]["fields"][0]["choices"] = ["Yes", "No"]
    changed = tmp_path / "changed-choices.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateVersionError, match=r"changed-choices.json, at /sections/1/fields/0/choices: your "
                                                   r"answer 'Not yet' .* Clear or change that answer first"):
        app.templates.import_file(changed)
    assert app.template.version == 1


def test_switching_employer_keeps_answers_to_questions_the_new_form_lacks(app: PassportApp) -> None:
    app.editing.set_answer("support.workplace_support", "Occupational health", shared=True)  # default template
    app.templates.import_file(CWM_TAWEL_1)
    passport = app.editing.passport()
    assert passport.answer("support.workplace_support").text == "Occupational health"
    assert passport.answer("support.workplace_support").shared is False
    assert app.template.label_of("support.workplace_support") == "Support at work you would like to use"


def test_the_template_in_use_survives_reopening(app: PassportApp, data_dir: Path) -> None:
    app.templates.import_file(CWM_TAWEL_1)
    app.templates.import_file(CWM_TAWEL_2)
    app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert (reopened.template.id, reopened.template.version) == ("uk.example.cwmtawel.carers-passport", 2)
        assert reopened.template.is_former_question("caring.how_managing")
    finally:
        reopened.close()


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    """A closed vault on version 2 of the Northbridge example, with an answer."""
    data_dir = tmp_path / "vault"
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE)
    created.app.templates.import_file(NORTHBRIDGE_2)
    created.app.editing.set_answer("caring.responsibilities", "I care for my mother.", shared=True)
    created.app.close()
    return data_dir


@pytest.mark.english
@pytest.mark.parametrize("name", sorted(REFUSALS) + ["older-version.json", "same-version-changed.json"])
def test_cli_refuses_each_broken_file_and_the_vault_is_byte_identical(closed_vault: Path, name: str) -> None:
    before = vault_hashes(closed_vault)
    assert {"vault.db", "keyslots.json"} <= set(before)
    for preview in ((), ("--preview",)):
        result = run_cli("template", "import", str(BROKEN / name), *preview, data_dir=closed_vault,
                         passphrase=PASSPHRASE)
        assert result.code == 1, result
        line = result.err.strip()
        assert line.startswith(f"carerpassport: {name}") and "\n" not in line, result.err
        assert vault_hashes(closed_vault) == before, name


@pytest.mark.english
def test_cli_preview_records_nothing_and_import_records_it(closed_vault: Path) -> None:
    before = vault_hashes(closed_vault)
    preview = run_cli("template", "import", str(CWM_TAWEL_1), "--preview", data_dir=closed_vault,
                      passphrase=PASSPHRASE)
    assert preview.code == 0, preview.err
    assert "Employer: Cwm Tawel County Borough Council" in preview.out and "Preview only" in preview.out
    assert vault_hashes(closed_vault) == before
    done = run_cli("template", "import", str(CWM_TAWEL_1), data_dir=closed_vault, passphrase=PASSPHRASE)
    assert done.code == 0, done.err
    shown = run_cli("template", "show", data_dir=closed_vault, passphrase=PASSPHRASE).out
    assert "Employer: Cwm Tawel County Borough Council" in shown and "Review: at least every 6 months" in shown


def test_a_template_parse_error_inside_the_vault_is_not_blamed_on_a_file(app: PassportApp) -> None:
    """The vault's stored copy is checked on every open like any other template."""
    app.templates.import_file(NORTHBRIDGE_1)
    app.repo.conn.execute("UPDATE templates SET content = ?", (b"{",))
    app.context.forget_template()
    with pytest.raises(TemplateError, match="the vault's template"):
        _ = app.template
