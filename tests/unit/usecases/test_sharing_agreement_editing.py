"""The sharing agreement in the template, in an edit (validated, labelled, undone from History, kept after
reopening), in what an export selects, and in the check that a countersigned copy is a saved revision."""

from __future__ import annotations

import json

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import TemplateError, ValidationError
from carerpassport.domain.sharing_agreement import KeepUntil, Permission, RecipientKind, RecipientRule
from carerpassport.domain.template import DEFAULT_SHARING_AGREEMENT_TEXT, parse_template
from carerpassport.exchange.shared_selection import select_shared
from carerpassport.resource_files import load_default_template
from carerpassport.usecases.countersigned_accept import _is_narrowing
from tests.conftest import PASSPHRASE

MINIMAL = {"id": "t", "version": 1, "title": "T", "sections": [
    {"id": "s", "title": "S", "fields": [{"id": "s.a", "label": "A"}]}]}


def test_the_default_template_explains_the_agreement() -> None:
    text = load_default_template().sharing_agreement_text
    assert text.title == "Sharing your passport"
    assert "without your consent" in text.intro
    assert text.guidance.think_about and text.guidance.why and "Private by default" in text.guidance.privacy


@pytest.mark.english
def test_a_template_without_the_block_uses_the_apps_words_and_a_broken_block_is_named() -> None:
    assert parse_template(json.dumps(MINIMAL)).sharing_agreement_text == DEFAULT_SHARING_AGREEMENT_TEXT
    own = parse_template(json.dumps({**MINIMAL, "sharing_agreement": {"title": "Sharing", "intro": "Ask me."}}))
    assert own.sharing_agreement_text.title == "Sharing" and own.sharing_agreement_text.intro == "Ask me."
    with pytest.raises(TemplateError, match="at /sharing_agreement/title: 'title' is required"):
        parse_template(json.dumps({**MINIMAL, "sharing_agreement": {"intro": "x"}}))
    with pytest.raises(TemplateError, match="at /sharing_agreement: unexpected entries: whom"):
        parse_template(json.dumps({**MINIMAL, "sharing_agreement": {"title": "x", "whom": []}}))
    with pytest.raises(TemplateError, match="at /sharing_agreement must be an object"):
        parse_template(json.dumps({**MINIMAL, "sharing_agreement": "x"}))


def test_setting_the_agreement_is_a_labelled_revision_kept_after_reopening(app: PassportApp) -> None:
    agreement = app.editing.passport().sharing_agreement
    agreement.rule("hr").permission = Permission.FOR_PURPOSE
    agreement.rule("hr").purpose = "a flexible working request"
    agreement.rules.append(RecipientRule(RecipientKind.OTHER, Permission.ASK_EACH_TIME, label="Union rep"))
    agreement.keep_until = KeepUntil.I_ASK
    revision = app.editing.set_sharing_agreement(agreement)
    assert revision is not None and revision.reason == "edit"
    assert app.editing.history()[-1].label == "Changed: your sharing agreement"
    assert app.editing.set_sharing_agreement(agreement) is None  # nothing changed
    agreement.shared = True
    app.editing.set_sharing_agreement(agreement)
    assert app.editing.history()[-1].label == "Changed what is shared: your sharing agreement"
    data_dir = app.data_dir
    app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        kept = reopened.editing.passport().sharing_agreement
        assert kept == agreement
        reopened.editing.restore_revision(1)  # undone from History, like any edit
        assert reopened.editing.passport().sharing_agreement.is_default
    finally:
        reopened.close()


@pytest.mark.english
def test_an_incomplete_agreement_is_refused_and_nothing_is_saved(app: PassportApp) -> None:
    before = app.editing.latest_revision().number
    agreement = app.editing.passport().sharing_agreement
    agreement.rule("occupational_health").permission = Permission.FOR_PURPOSE
    with pytest.raises(ValidationError, match="Say what Occupational health may have the passport for"):
        app.editing.set_sharing_agreement(agreement)
    agreement.rule("occupational_health").permission = Permission.NEVER
    agreement.rules.append(RecipientRule(RecipientKind.OTHER, label="  "))
    with pytest.raises(ValidationError, match="needs a name or a description"):
        app.editing.set_sharing_agreement(agreement)
    assert app.editing.latest_revision().number == before


def test_an_export_carries_the_agreement_when_shared_or_chosen(filled_app: PassportApp) -> None:
    passport, template = filled_app.editing.passport(), filled_app.template
    assert "sharing_agreement" not in select_shared(passport, template)  # private by default
    chosen = select_shared(passport, template, include_agreement=True)
    assert chosen["sharing_agreement"] == passport.sharing_agreement.shared_dict()
    passport.sharing_agreement.shared = True
    assert "sharing_agreement" in select_shared(passport, template)
    assert "sharing_agreement" not in select_shared(passport, template, include_agreement=False)


def test_a_countersigned_copy_may_leave_the_agreement_out_but_not_change_it(filled_app: PassportApp) -> None:
    passport = filled_app.editing.passport()
    passport.sharing_agreement.rule("hr").permission = Permission.ASK_EACH_TIME
    passport.sharing_agreement.shared = True
    full, agreement = passport.shared_dict(), passport.sharing_agreement.shared_dict()
    assert _is_narrowing(full, full, agreement)
    assert _is_narrowing({k: v for k, v in full.items() if k != "sharing_agreement"}, full, agreement)
    changed = json.loads(json.dumps(full))
    changed["sharing_agreement"]["rules"][1]["permission"] = "for_purpose"
    assert not _is_narrowing(changed, full, agreement)
    # Carried by this export although the revision does not share it by default: still that revision's.
    passport.sharing_agreement.shared = False
    assert _is_narrowing(full, passport.shared_dict(), passport.sharing_agreement.shared_dict())
    assert not _is_narrowing(full, passport.shared_dict(), None)
