"""The app honours the sharing agreement: an export, a bundle or a change of manager to a recipient the
agreement does not allow is refused without the employee's confirmation (nothing written, the refusal
logged) and, confirmed, goes ahead with the confirmation logged (kinds and ids only, no content)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import OutsideSharingAgreementError, ValidationError
from carerpassport.domain.sharing_agreement import (
    FUTURE_MANAGER,
    LINE_MANAGER,
    Permission,
    Recipient,
    RecipientKind,
    RecipientRule,
    SharingAgreement,
    parse_recipient,
)
from carerpassport.exchange.passphrase_strength import generate_passphrase
from carerpassport.vault.repository import Event
from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE as VAULT_PASSPHRASE

HR = Recipient(RecipientKind.HR)
OH = Recipient(RecipientKind.OCCUPATIONAL_HEALTH)
PASSPHRASE = generate_passphrase()


def set_agreement(app: PassportApp, agreement: SharingAgreement) -> None:
    app.editing.save(dataclasses.replace(app.editing.passport(), sharing_agreement=agreement))


def agreement(**permissions: Permission) -> SharingAgreement:
    chosen = SharingAgreement(shared=True)
    for rule in chosen.rules:
        if rule.kind.value in permissions:
            rule.permission = permissions[rule.kind.value]
            if rule.permission is Permission.FOR_PURPOSE:
                rule.purpose = "PURPOSE-TEXT a referral"
    return chosen


def agreement_events(app: PassportApp) -> list[Event]:
    return [e for e in app.events() if e.kind in ("sharing_refused", "shared_outside_agreement")]


def no_content(app: PassportApp, *secrets: str) -> None:
    logged = json.dumps([(e.summary, e.details) for e in app.events()])
    for secret in secrets:
        assert secret not in logged


def test_the_line_manager_needs_no_confirmation_and_nothing_extra_is_logged(filled_app: PassportApp,
                                                                            tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "m.pdf")
    assert result.path.exists() and agreement_events(filled_app) == []
    assert filled_app.repo.events("export")[-1].details["for"] == "line_manager"


@pytest.mark.parametrize("permission, verdict", [(Permission.NEVER, "not_allowed"),
                                                 (Permission.ASK_EACH_TIME, "confirm")])
@pytest.mark.english
def test_an_export_to_hr_is_refused_without_confirmation_and_the_refusal_logged(
        filled_app: PassportApp, tmp_path: Path, permission: Permission, verdict: str) -> None:
    set_agreement(filled_app, agreement(hr=permission))
    shares = len(filled_app.shares.shares())
    out = tmp_path / "hr.pdf"
    with pytest.raises(OutsideSharingAgreementError, match="HR") as caught:
        filled_app.pdfs.export_signed_pdf(out, for_whom=HR)
    assert caught.value.verdict == verdict and "--confirm-outside-agreement" in str(caught.value)
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))
    assert len(filled_app.shares.shares()) == shares
    (refused,) = agreement_events(filled_app)
    assert refused.kind == "sharing_refused" and refused.summary.startswith("Refused: not confirmed")
    assert refused.details == {"for": "hr", "rule": "hr", "verdict": verdict, "what": "pdf"}


@pytest.mark.english
def test_a_confirmed_export_to_hr_is_written_recorded_and_the_confirmation_logged(filled_app: PassportApp,
                                                                                 tmp_path: Path) -> None:
    set_agreement(filled_app, agreement(hr=Permission.NEVER))
    out = tmp_path / "hr.pdf"
    result = filled_app.pdfs.export_signed_pdf(out, for_whom=HR, confirm_outside_agreement=True)
    assert out.read_bytes()[:5] == b"%PDF-"
    (confirmed,) = agreement_events(filled_app)
    assert confirmed.kind == "shared_outside_agreement"
    assert confirmed.summary == "Shared outside the sharing agreement, confirmed (a signed PDF for HR)"
    assert confirmed.revision == result.revision
    assert confirmed.details == {"for": "hr", "rule": "hr", "verdict": "not_allowed", "what": "pdf"}
    # The share is recorded under who it was for (the name on the copy defaults to the kind's)
    assert filled_app.shares.shares()[-1].recipient == "HR"


def test_a_recipient_allowed_for_a_purpose_goes_without_asking(filled_app: PassportApp, tmp_path: Path) -> None:
    set_agreement(filled_app, agreement(occupational_health=Permission.FOR_PURPOSE))
    filled_app.pdfs.export_signed_pdf(tmp_path / "oh.pdf", for_whom=OH)
    assert (tmp_path / "oh.pdf").exists() and agreement_events(filled_app) == []


@pytest.mark.english
def test_someone_else_is_matched_by_name_and_an_unnamed_one_is_not_allowed(filled_app: PassportApp,
                                                                         tmp_path: Path) -> None:
    chosen = agreement()
    union = RecipientRule(RecipientKind.OTHER, Permission.FOR_PURPOSE, label="My union rep", purpose="support")
    chosen.rules.append(union)
    set_agreement(filled_app, chosen)
    filled_app.pdfs.export_signed_pdf(tmp_path / "u.pdf", for_whom=Recipient(RecipientKind.OTHER, "my UNION rep"))
    assert agreement_events(filled_app) == []
    with pytest.raises(OutsideSharingAgreementError, match="does not mention NAME-TEXT Payroll"):
        filled_app.pdfs.export_signed_pdf(tmp_path / "p.pdf", for_whom=Recipient(RecipientKind.OTHER,
                                                                                   "NAME-TEXT Payroll"))
    (refused,) = agreement_events(filled_app)
    assert refused.details == {"for": "other", "rule": None, "verdict": "not_allowed", "what": "pdf"}
    no_content(filled_app, "NAME-TEXT", "PURPOSE-TEXT")


@pytest.mark.english
def test_a_bundle_to_hr_is_refused_then_written_when_confirmed(filled_app: PassportApp, tmp_path: Path) -> None:
    set_agreement(filled_app, agreement(hr=Permission.ASK_EACH_TIME))
    out = tmp_path / "hr.passport.age"
    with pytest.raises(OutsideSharingAgreementError, match="only when you say so"):
        filled_app.bundles.export_bundle(out, passphrase=PASSPHRASE, for_whom=HR)
    assert not out.exists()
    filled_app.bundles.export_bundle(out, passphrase=PASSPHRASE, for_whom=HR,
                                     confirm_outside_agreement=True)
    assert out.exists()
    assert [(e.kind, e.details["what"]) for e in agreement_events(filled_app)] == [
        ("sharing_refused", "bundle"), ("shared_outside_agreement", "bundle")]
    assert filled_app.repo.events("export")[-1].details["for"] == "hr"


@pytest.mark.english
def test_changing_manager_asks_about_a_future_manager(filled_app: PassportApp, tmp_path: Path) -> None:
    before = filled_app.editing.latest_revision().number
    with pytest.raises(OutsideSharingAgreementError, match="A future line manager"):
        filled_app.shares.change_manager("Carol New")
    out = tmp_path / "carol.pdf"
    with pytest.raises(OutsideSharingAgreementError):
        filled_app.shares.change_manager_and_export("Carol New", out)
    assert filled_app.editing.latest_revision().number == before and not out.exists()
    assert filled_app.editing.passport().manager.name == "Bob Smith"
    change, _ = filled_app.shares.change_manager_and_export("Carol New", out, confirm_outside_agreement=True)
    assert out.exists() and filled_app.editing.passport().manager.name == "Carol New"
    events = agreement_events(filled_app)
    assert [(e.kind, e.details["for"], e.details["what"]) for e in events] == [
        ("sharing_refused", "future_manager", "change_manager"),
        ("sharing_refused", "future_manager", "change_manager"),
        ("shared_outside_agreement", "future_manager", "change_manager")]
    assert events[-1].revision == change.revision


def test_an_agreement_allowing_a_future_manager_lets_the_change_go_ahead(filled_app: PassportApp) -> None:
    set_agreement(filled_app, agreement(future_manager=Permission.FOR_PURPOSE))
    filled_app.shares.change_manager("Carol New")
    assert filled_app.editing.passport().manager.name == "Carol New" and agreement_events(filled_app) == []


@pytest.mark.english
def test_a_failed_confirmed_change_logs_no_confirmation(filled_app: PassportApp) -> None:
    with pytest.raises(ValidationError, match="already your line manager"):
        filled_app.shares.change_manager("Bob Smith", confirm_outside_agreement=True)
    assert agreement_events(filled_app) == []


@pytest.mark.parametrize("word, expected", [
    ("manager", LINE_MANAGER), ("hr", HR), ("HR", HR), ("occupational_health", OH),
    ("future-manager", FUTURE_MANAGER), ("crisis-colleague", Recipient(RecipientKind.CRISIS_COLLEAGUE)),
    ("other: Payroll ", Recipient(RecipientKind.OTHER, "Payroll"))])
def test_for_words(word: str, expected: Recipient) -> None:
    assert parse_recipient(word) == expected


@pytest.mark.english
@pytest.mark.parametrize("word, message", [("boss", "not a kind of recipient"), ("other:", "Say who")])
def test_bad_for_words_say_why(word: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_recipient(word)



@pytest.mark.english
def test_the_cli_refuses_with_one_line_and_a_bad_kind_is_a_usage_error(
        filled_app: PassportApp, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_agreement(filled_app, agreement(hr=Permission.NEVER))
    filled_app.close()
    monkeypatch.setenv("CARERPASSPORT_BUNDLE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "hr.passport.age"
    refused = run_cli("export", "bundle", str(out), "--passphrase", "--for", "hr", data_dir=data_dir,
                      passphrase=VAULT_PASSPHRASE)
    assert refused.code == 1 and len(refused.err.splitlines()) == 1 and "HR should never" in refused.err
    assert not out.exists()
    bad = run_cli("export", "pdf", str(tmp_path / "x.pdf"), "--for", "boss", data_dir=data_dir,
                  passphrase=VAULT_PASSPHRASE)
    assert bad.code == 2 and "not a kind of recipient" in bad.err
    done = run_cli("export", "bundle", str(out), "--passphrase", "--for", "hr", "--confirm-outside-agreement",
                   data_dir=data_dir, passphrase=VAULT_PASSPHRASE)
    assert done.code == 0, done.err
    assert out.exists()
