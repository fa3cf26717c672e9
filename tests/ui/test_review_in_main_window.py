"""Reviews, sharing and a new manager inside the main window: the due banner on opening, the Sharing
page and the Review menu's dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from ui_support import OFFSCREEN_NOISE, screenshot

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.change_manager_dialog import ChangeManagerDialog
from carerpassport.ui.dialogs.checklist_dialog import ChecklistDialog
from carerpassport.ui.dialogs.review_wizard import ReviewWizard
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.views.shares_view import SharesView
from carerpassport.ui.widgets.due_banner import DueBanner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_banner_sharing_page_and_review_menu(filled_app: PassportApp, shell_window: MainWindow,  # noqa: F811
                                             qtbot) -> None:  # noqa: ANN001
    passport = filled_app.passport()
    passport.review.next_review = filled_app.today() - dt.timedelta(days=2)
    filled_app.save(passport)
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
