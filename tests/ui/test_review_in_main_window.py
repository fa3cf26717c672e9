"""Reviews, sharing and a new manager inside the main window: the due banner on opening, the Sharing
page and the Review menu's dialogs."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.change_manager_dialog import ChangeManagerDialog
from carerpassport.ui.dialogs.checklist_dialog import ChecklistDialog
from carerpassport.ui.dialogs.review_wizard import ReviewWizard
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.views.shares_view import SharesView
from carerpassport.ui.widgets.due_banner import DueBanner
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_banner_sharing_page_and_review_menu(filled_app: PassportApp, shell_window: MainWindow,  # noqa: F811
                                             qtbot) -> None:  # noqa: ANN001
    passport = filled_app.editing.passport()
    passport.review.next_review = filled_app.today() - dt.timedelta(days=2)
    filled_app.editing.save(passport)
    shell_window.set_app(filled_app)
    banner = shell_window.banner
    assert isinstance(banner, DueBanner) and banner.isVisible() and banner.overdue
    screenshot(shell_window, "main-window-review-due.png")

    shell_window.show_view("sharing")
    assert isinstance(shell_window.views["sharing"], SharesView)

    with qtbot.waitSignal(banner.start_review):
        banner.button.click()
    wizard = next(d for d in shell_window.open_dialogs if isinstance(d, ReviewWizard))
    assert wizard.intro.scheduled.isChecked()
    wizard.reject()

    opened = {}
    for spec in (d for d in DIALOGS if d.menu == "review"):
        dialog = shell_window.open_feature_dialog(spec)
        assert dialog is not None
        opened[spec.text] = dialog
        dialog.reject()
    assert isinstance(opened["My &circumstances changed…"], ReviewWizard)
    assert opened["My &circumstances changed…"].intro.changed.isChecked()  # type: ignore[attr-defined]
    assert isinstance(opened["C&hange manager…"], ChangeManagerDialog)
    assert isinstance(opened["&Preparation checklist…"], ChecklistDialog)


def test_finish_never_takes_nexts_place_and_the_window_confirms_the_review(
        filled_app: PassportApp, shell_window: MainWindow, qtbot) -> None:  # noqa: ANN001, F811
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from carerpassport.domain.review_session import Verdict
    from carerpassport.ui.dialogs.review_wizard import SectionPage, SummaryPage

    shell_window.set_app(filled_app)
    before = filled_app.editing.latest_revision().number
    action = next(a for d, a in shell_window.dialog_actions if d.cls == "ReviewWizard" and not d.kwargs)
    action.trigger()
    wizard = next(d for d in shell_window.open_dialogs if isinstance(d, ReviewWizard))
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    changed_one = False
    while True:
        page = wizard.currentPage()
        assert next_button.isVisible() and finish.isVisible()  # both always there, each in its own place
        assert finish.geometry() != next_button.geometry() and not finish.geometry().intersects(
            next_button.geometry())
        if isinstance(page, SummaryPage):
            break
        assert not finish.isEnabled() and next_button.isEnabled() and next_button.isDefault()
        if isinstance(page, SectionPage) and not changed_one:
            box = page.boxes[0]
            box.buttons[Verdict.CHANGED].setChecked(True)
            box.new_text.setPlainText("I care for my father three evenings a week now.")
            changed_one = True
        next_button.click()
    assert finish.isEnabled() and not next_button.isEnabled() and not finish.isDefault()
    qtbot.keyClick(wizard.summary_page.next_review, Qt.Key.Key_Return)  # Enter does not finish
    assert wizard.isVisible() and filled_app.editing.latest_revision().number == before
    with qtbot.waitSignal(wizard.review_finished):
        finish.click()
    assert filled_app.editing.latest_revision().number == before + 1
    message = shell_window.statusBar().currentMessage()
    assert message == shell_window.outcome
    assert message.startswith(f"Review saved as version {before + 1}: ") and "1 changed, " in message, message
    assert "Changed: “" in message
    assert "Next review: " in message


def test_dates_read_the_same_way_everywhere_a_person_reads_them(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from carerpassport.ui.dates import readable
    from carerpassport.ui.widgets.due_banner import when_in_words
    from carerpassport.ui.widgets.optional_date_edit import NOT_SET, OptionalDateEdit

    today = dt.date(2026, 12, 1)
    assert readable(today) == "1 December 2026"
    assert when_in_words(dt.date(2026, 11, 29), today) == "overdue since 29 November 2026"
    assert when_in_words(dt.date(2026, 12, 6), today) == "due in 5 days (6 December 2026)"
    # unticking "Not set" shows the caller's default (a year ahead for a review), in the same words
    edit = OptionalDateEdit("Review on", dt.date(2027, 12, 1))
    qtbot.addWidget(edit)
    edit.set_date(None)
    edit.show()
    assert edit.edit.text() == NOT_SET and edit.date() is None
    edit.not_set.setFocus()
    qtbot.keyClick(edit.not_set, Qt.Key.Key_Space)
    assert edit.date() == dt.date(2027, 12, 1) and edit.edit.text() == "1 December 2027"


def test_a_review_that_changes_the_sharing_agreement_opens_its_page(filled_app: PassportApp,  # noqa: F811
                                                                    shell_window: MainWindow, qtbot) -> None:  # noqa: ANN001,F811
    shell_window.set_app(filled_app)
    shell_window.show()
    shell_window.show_view("actions")
    wizard = shell_window.open_feature_dialog(next(d for d in DIALOGS if d.menu == "review"))
    assert isinstance(wizard, ReviewWizard)
    wizard.show_view_requested.emit("passport")  # what the wizard sends once a "change it" review is saved
    wizard.reject()
    editor = shell_window.views["passport"]
    assert shell_window.pages.currentWidget() is editor
    qtbot.waitUntil(lambda: editor.sections.currentItem().text() == filled_app.template.sharing_agreement_text.title)
    qtbot.waitUntil(lambda: editor.sharing_agreement.isAncestorOf(shell_window.focusWidget()))
