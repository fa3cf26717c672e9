"""The review asks whether the sharing agreement still holds: a page of the wizard (showing the agreement
as it is), the answer kept with the open review, written into the review's record (the summary and the
log), and "change it" bringing the Passport page forward once the review is saved. The same by CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.review_session import AgreementAnswer, ReviewSession
from carerpassport.ui.dialogs.review_wizard import AgreementPage, ReviewWizard, SummaryPage, recorded_in_words
from carerpassport.ui.tasks import TaskRunner
from tests.cli_runner import run_cli
from tests.conftest import PASSPHRASE
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _next(wizard: ReviewWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_the_wizard_asks_and_records_change_it(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    wizard = shown(qtbot, ReviewWizard(filled_app, TaskRunner(synchronous=True)))
    for _ in range(6):  # the intro, each section, then the agreement (bounded: a wrong order fails, not hangs)
        if isinstance(wizard.currentPage(), AgreementPage):
            break
        _next(wizard)
    assert wizard.currentPage() is wizard.agreement_page
    page = wizard.agreement_page
    assert "HR: Never" in page.current.toPlainText() and "not included in what you export" in page.current.toPlainText()
    assert page.buttons[AgreementAnswer.HOLDS].isChecked() and not page.change_hint.isVisible()
    page.buttons[AgreementAnswer.CHANGE].setChecked(True)
    assert page.change_hint.isVisible() and unnamed_controls(wizard) == []
    screenshot(wizard, "review-sharing-agreement.png")
    _next(wizard)
    stored = filled_app.reviews.current_review()
    assert stored is not None and stored.agreement is AgreementAnswer.CHANGE
    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert "Sharing agreement: to be changed" in summary.summary.toPlainText()
    with qtbot.waitSignal(wizard.show_view_requested) as shown_view:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert shown_view.args == ["passport"]
    (review,) = filled_app.repo.events("review")
    assert review.details["sharing_agreement"] == "change"


def test_an_unfinished_review_keeps_the_answer(filled_app: PassportApp) -> None:
    session = filled_app.reviews.start_review()
    assert session.agreement is None
    filled_app.reviews.mark_agreement("holds")
    stored = filled_app.reviews.current_review()
    assert stored is not None and stored.agreement is AgreementAnswer.HOLDS
    assert ReviewSession.from_dict(stored.to_dict()) == stored
    with pytest.raises(ValidationError, match="“holds” or “change”"):
        filled_app.reviews.mark_agreement("maybe")
    summary = filled_app.reviews.preview_review(stored).summary
    assert "Sharing agreement: still holds." in summary.text()
    assert "Change your sharing agreement" not in recorded_in_words(summary, 9)


def test_not_answered_is_said_and_logged(filled_app: PassportApp) -> None:
    session = filled_app.reviews.start_review()
    assert "Sharing agreement: not checked in this review." in filled_app.reviews.preview_review(session).summary.text()
    filled_app.reviews.finish_review(session)
    assert filled_app.repo.events("review")[-1].details["sharing_agreement"] is None


def test_the_cli_asks_and_records(filled_app: PassportApp, data_dir: Path) -> None:
    filled_app.close()
    started = run_cli("review", "start", data_dir=data_dir, passphrase=PASSPHRASE)
    assert started.code == 0 and "Does your sharing agreement" in started.out and "[not answered]" in started.out
    marked = run_cli("review", "agreement", "change", data_dir=data_dir, passphrase=PASSPHRASE)
    assert marked.code == 0 and "No, I want to change it" in marked.out
    done = run_cli("review", "done", data_dir=data_dir, passphrase=PASSPHRASE)
    assert done.code == 0 and "Sharing agreement: to be changed" in done.out
    bad = run_cli("review", "agreement", "perhaps", data_dir=data_dir, passphrase=PASSPHRASE)
    assert bad.code == 2
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert reopened.repo.events("review")[-1].details["sharing_agreement"] == "change"
    finally:
        reopened.close()
