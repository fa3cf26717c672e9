"""The review wizard: "still true?" per item, section by section, ending in a new revision; "my
circumstances changed" as a way in; an unfinished review continues where it stopped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QScrollArea, QWizard

from carerpassport.app import PassportApp
from carerpassport.domain.review_session import NO_GUARANTEE, Verdict
from carerpassport.ui.dialogs.review_wizard import ReviewWizard, SectionPage, SummaryPage
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.widgets.due_banner import DueBanner
from tests.ui.shell_fixtures import shell_theme  # noqa: F401 - fixture
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _wizard(app: PassportApp, qtbot, **kwargs: str) -> ReviewWizard:  # noqa: ANN001 - pytest-qt's qtbot
    return shown(qtbot, ReviewWizard(app, TaskRunner(synchronous=True), **kwargs))


def _next(wizard: ReviewWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


@pytest.fixture
def fixed_day(filled_app: PassportApp) -> Iterator[PassportApp]:
    filled_app.clock = lambda: dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.UTC)
    yield filled_app


def test_circumstances_changed_walks_sections_and_saves_a_revision(fixed_day: PassportApp, qtbot,  # noqa: ANN001
                                                                   shell_theme) -> None:  # noqa: ANN001, F811
    app = fixed_day
    before = app.editing.latest_revision().number
    wizard = _wizard(app, qtbot, trigger="circumstances")
    assert wizard.intro.changed.isChecked() and wizard.intro.reason.isEnabled()
    _next(wizard)  # no reason yet: stays, says why
    assert wizard.currentId() == 0 and "what changed" in wizard.intro.error.text()
    assert app.reviews.current_review() is None
    wizard.intro.reason.setText("My father moved in with me")
    _next(wizard)
    assert isinstance(wizard.currentPage(), SectionPage)
    stored = app.reviews.current_review()
    assert stored is not None and stored.trigger == "My father moved in with me"
    assert unnamed_controls(wizard) == []

    page = wizard.currentPage()
    assert isinstance(page, SectionPage)
    boxes = {b.item.key: b for b in page.boxes}
    assert set(boxes) == {"caring.responsibilities", "caring.effect_on_work", "caring.how_managing"}
    boxes["caring.effect_on_work"].buttons[Verdict.CHANGED].setChecked(True)
    boxes["caring.effect_on_work"].new_text.setPlainText("  ")
    _next(wizard)
    assert wizard.currentPage() is page and "write what is true now" in page.error.text()
    boxes["caring.effect_on_work"].new_text.setPlainText("I leave early on Tuesdays and Thursdays.")
    boxes["caring.how_managing"].buttons[Verdict.NO_LONGER_APPLIES].setChecked(True)
    page.grab()
    screenshot(wizard, "review-wizard.png")
    _next(wizard)
    saved = app.reviews.current_review()
    assert saved is not None and saved.outcomes["caring.effect_on_work"].verdict is Verdict.CHANGED

    while not isinstance(wizard.currentPage(), SummaryPage):
        _next(wizard)
    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert summary.chosen_date() == dt.date(2025, 2, 28)  # 29 Feb + 12 months
    text = summary.summary.toPlainText()
    assert "1 changed, 1 no longer applies" in text and NO_GUARANTEE in text
    summary.next_review.setDate(QDate(2024, 11, 30))
    assert "Next review: 30 November 2024." in summary.summary.toPlainText()
    screenshot(wizard, "review-summary.png")
    with qtbot.waitSignal(wizard.review_finished) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert finished.args == [before + 1]
    latest = app.editing.latest_revision()
    assert latest.number == before + 1 and latest.reason == "review"
    passport = app.editing.passport()
    assert passport.answers["caring.effect_on_work"].text == "I leave early on Tuesdays and Thursdays."
    assert "caring.how_managing" not in passport.answers
    assert passport.review.next_review == dt.date(2024, 11, 30)
    assert app.reviews.current_review() is None and not wizard.isVisible()


def test_closing_keeps_progress_and_reopening_continues(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    wizard = _wizard(filled_app, qtbot)
    assert wizard.intro.scheduled.isChecked() and not wizard.intro.start_again.isVisible()
    _next(wizard)
    page = wizard.currentPage()
    assert isinstance(page, SectionPage)
    page.boxes[0].buttons[Verdict.NO_LONGER_APPLIES].setChecked(True)
    _next(wizard)
    wizard.reject()
    before = filled_app.editing.latest_revision().number

    again = _wizard(filled_app, qtbot, trigger="circumstances")
    assert again.intro.start_again.isVisible() and "marked 3 of 6 items" in again.intro.resume_label.text()
    assert not again.intro.changed.isEnabled()  # continuing: the reason is the earlier one
    _next(again)
    first = again.currentPage()
    assert isinstance(first, SectionPage)
    assert first.boxes[0].verdict() is Verdict.NO_LONGER_APPLIES
    assert filled_app.editing.latest_revision().number == before  # nothing saved to the passport yet


def test_start_again_discards_the_unfinished_review(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    filled_app.reviews.start_review()
    filled_app.reviews.mark_review_item("caring.responsibilities", "no-longer-applies")
    wizard = _wizard(filled_app, qtbot)
    wizard.intro.start_again.setChecked(True)
    wizard.intro.changed.setChecked(True)
    wizard.intro.reason.setText("New role")
    _next(wizard)
    session = filled_app.reviews.current_review()
    assert session is not None and session.trigger == "New role" and session.outcomes == {}
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.boxes[0].verdict() is Verdict.UNCHANGED


def test_a_passport_with_nothing_answered_goes_straight_to_the_date(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    wizard = _wizard(app, qtbot)
    _next(wizard)
    assert wizard.currentPage() is wizard.agreement_page  # the sharing agreement is asked about even then
    _next(wizard)
    assert isinstance(wizard.currentPage(), SummaryPage)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert app.editing.latest_revision().reason == "review"
    assert app.editing.passport().review.next_review is not None


def test_long_sections_scroll(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    wizard = _wizard(filled_app, qtbot)
    _next(wizard)
    assert wizard.currentPage().findChild(QScrollArea) is not None


def test_due_banner_shows_overdue_and_starts_a_review(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                      shell_theme) -> None:  # noqa: ANN001, F811
    banner = DueBanner(filled_app)
    qtbot.addWidget(banner)
    assert banner.isHidden()  # nothing due yet
    passport = filled_app.editing.passport()
    passport.review.next_review = filled_app.today() - dt.timedelta(days=10)
    filled_app.editing.save(passport)
    banner.refresh()
    assert not banner.isHidden() and banner.overdue
    assert "overdue since" in banner.message.text() and "Passport review" in banner.message.text()
    assert banner.property("role") == "banner-overdue"
    assert unnamed_controls(banner) == []
    banner.resize(900, 60)
    screenshot(banner, "due-banner.png")
    with qtbot.waitSignal(banner.start_review):
        banner.button.click()
    filled_app.reviews.start_review()
    banner.refresh()
    assert banner.button.text() == "Continue the review" and "not finished" in banner.message.text()


def test_due_banner_due_soon(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    filled_app.editing.update_action(filled_app.editing.passport().actions[0].id,
                                     review_on=filled_app.today() + dt.timedelta(days=5))
    banner = DueBanner(filled_app)
    qtbot.addWidget(banner)
    assert not banner.isHidden() and not banner.overdue
    assert "due in 5 days" in banner.message.text() and banner.property("role") == "banner-due"


def test_due_banner_stays_two_lines_at_200_percent_and_keeps_every_item_readable(
        filled_app: PassportApp, qtbot, shell_theme) -> None:  # noqa: ANN001, F811
    """Four lines of banner at 200 % text on a 1280×720 screen squeezed History and Sharing: the banner says
    the gist in at most two lines and every item, with its date, is in the tooltip and accessible text."""
    today = filled_app.today()
    for n, days in enumerate((-3, 2, 9, 20)):
        filled_app.editing.add_action(f"Check-in about the rota, number {n}", status="agreed",
                              agreed_on=today - dt.timedelta(days=30), review_on=today + dt.timedelta(days=days))
    passport = filled_app.editing.passport()
    passport.review.next_review = today - dt.timedelta(days=2)
    filled_app.editing.save(passport)
    filled_app.reviews.start_review()
    shell_theme.apply("light", 200)
    banner = shown(qtbot, DueBanner(filled_app), (1264, 80))  # the width the main window gives it on 1280 px
    banner.refresh()
    needed = banner.message.heightForWidth(banner.message.width())
    lines = round(needed / banner.message.fontMetrics().lineSpacing())
    assert 1 <= lines <= 2, banner.message.text()
    assert banner.message.text().startswith("Time to review: 2 overdue since ")
    assert "not finished" in banner.message.text()
    for n in range(4):
        assert f"Check-in about the rota, number {n}" in banner.message.toolTip()
        assert f"Check-in about the rota, number {n}" in banner.accessibleDescription()
    assert "Passport review: overdue since" in banner.message.toolTip()
