"""The flexible-working request wizard and the Requests page: where you work, what to include, the change,
your words, preview and a signed PDF; then sent, decided and the agreed actions updated in one step.
Every page is named for screen readers and says it is not legal advice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from carerpassport.app import PassportApp
from carerpassport.domain import flexible_working as fw
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.model import ActionStatus
from carerpassport.ui.dialogs.flexible_request_wizard import (
    CHANGE_ID,
    INCLUDE_ID,
    PREVIEW_ID,
    WHERE_ID,
    WORDS_ID,
    FlexibleRequestWizard,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.requests_view import RequestsView
from tests.pdf_support import employee_status, pdf_text
from tests.ui.shell_fixtures import shell_theme  # noqa: F401 - fixture
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def app(filled_app: PassportApp) -> PassportApp:
    filled_app.clock = lambda: NOW
    filled_app.editing.add_action("Work from home on Fridays", kind="flexible_working")
    return filled_app


def _next(wizard: QWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _says_not_legal_advice(wizard: QWizard) -> None:
    page = wizard.currentPage()
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert fw.NOT_LEGAL_ADVICE in texts, wizard.currentId()


def _check_page(wizard: QWizard) -> None:
    assert accessibility_problems(wizard) == [], wizard.currentId()
    assert unnamed_controls(wizard.currentPage()) == [], wizard.currentId()
    _says_not_legal_advice(wizard)


def test_wizard_drafts_from_the_passport_and_saves_a_signed_pdf(app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                                                unique: str, shell_theme,  # noqa: ANN001, F811
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    app.editing.set_answer("support.what_would_help", f"UNCHOSEN {unique}", shared=True)
    wizard = shown(qtbot, FlexibleRequestWizard(app, TaskRunner(synchronous=True)))
    assert wizard.currentId() == WHERE_ID
    _check_page(wizard)
    assert "Say where you work first" in wizard.where.verdict.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.where.where.setCurrentIndex(wizard.where.where.findData(Jurisdiction.NORTHERN_IRELAND.value))
    assert "26 weeks" in wizard.where.verdict.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.where.where.setCurrentIndex(wizard.where.where.findData(Jurisdiction.SCOTLAND.value))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _next(wizard)
    assert app.editing.passport().jurisdiction is Jurisdiction.SCOTLAND

    assert wizard.currentId() == INCLUDE_ID
    _check_page(wizard)
    keys = list(wizard.include.boxes)
    action = next(a for a in app.editing.passport().actions if a.what == "Work from home on Fridays")
    assert keys == ["answer:caring.effect_on_work", "answer:support.what_would_help", f"action:{action.id}"]
    wizard.include.boxes["answer:caring.effect_on_work"].setChecked(True)
    wizard.include.boxes[f"action:{action.id}"].setChecked(True)
    screenshot(wizard, "flexible-request-include.png")
    _next(wizard)

    assert wizard.currentId() == CHANGE_ID
    _check_page(wizard)
    assert "I have not made an earlier statutory request" in wizard.change.earlier.text()
    _next(wizard)  # nothing said yet: stays and says what is missing
    assert wizard.currentId() == CHANGE_ID and "what you are asking to change" in wizard.change.error.text()
    wizard.change.kinds[fw.ChangeKind.TIMES].setChecked(True)
    wizard.change.change.setPlainText("Start at 10:00 on Tuesdays.")
    wizard.change.effective.setDate(QDate(2026, 5, 1))
    _next(wizard)
    assert wizard.currentId() == WORDS_ID and wizard.request is not None
    _check_page(wizard)
    wizard.words.edits["answer:caring.effect_on_work"].setPlainText("I am sometimes late on Tuesdays.")
    _next(wizard)

    assert wizard.currentId() == PREVIEW_ID
    _check_page(wizard)
    letter = wizard.preview.letter.toPlainText()
    assert "I am sometimes late on Tuesdays." in letter and "Part 8A" in letter and unique not in letter
    assert app.editing.passport().answer("caring.effect_on_work").text == "I may need to leave at short notice."
    wizard.preview.language.setCurrentIndex(wizard.preview.language.findData("cy"))  # for a Welsh-reading employer
    welsh = wizard.preview.letter.toPlainText()
    assert "Cais statudol am weithio hyblyg" in welsh and "I am sometimes late on Tuesdays." in welsh
    wizard.preview.language.setCurrentIndex(wizard.preview.language.findData("en"))
    screenshot(wizard, "flexible-request-preview.png")
    out = tmp_path / "request.pdf"
    from carerpassport.ui import file_dialogs

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    wizard.preview.pdf_button.click()  # through the file chooser, as a person would
    assert "in your sharing record" in wizard.preview.status.text()
    assert employee_status(out.read_bytes())[1].bottom_line
    assert "I am sometimes late on Tuesdays." in pdf_text(out) and unique not in pdf_text(out)
    assert [s.format for s in app.shares.shares()] == ["flexible-request-pdf"]


def test_requests_page_tracks_and_updates_actions_in_one_step(app: PassportApp, qtbot,  # noqa: ANN001
                                                              shell_theme) -> None:  # noqa: ANN001, F811
    passport = app.editing.passport()
    passport.jurisdiction = Jurisdiction.ENGLAND_WALES
    app.editing.save(passport)
    action = next(a for a in app.editing.passport().actions if a.what == "Work from home on Fridays")
    request = app.flexible.draft(changes=[fw.ChangeKind.PLACE], change="Work from home on Fridays.",
                                 effective_from=dt.date(2026, 5, 1), include=[f"action:{action.id}"])
    view = shown(qtbot, RequestsView(app, TaskRunner(synchronous=True)), (1000, 700))
    assert accessibility_problems(view) == [] and unnamed_controls(view) == []
    assert fw.NOT_LEGAL_ADVICE in [label.text() for label in view.findChildren(QLabel)]
    assert "already have a draft" in view.can_request.text() and not view.new_button.isEnabled()
    assert view.selected() is not None and view.edit_button.isEnabled()
    assert not view.outcome_button.isEnabled()  # not sent yet

    # The wheel over a list the keyboard is not in scrolls the page; it does not change the outcome.
    index = view.outcome_kind.currentIndex()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.outcome_kind, wheel)
    assert view.outcome_kind.currentIndex() == index

    view.sent_on.setDate(QDate(2026, 3, 2))
    view.by_email.setChecked(True)
    view.sent_button.click()
    assert "Recorded as sent" in view.status.text(), view.status.text()
    assert "is due by 1 May 2026" in view.due.text()
    assert "has not been decided yet" in view.can_request.text()
    view.extend_to.setDate(QDate(2026, 6, 1))
    view.extend_button.click()
    assert "Extended by agreement" in view.due.text()

    view.outcome_kind.setCurrentIndex(view.outcome_kind.findData(fw.OutcomeKind.REFUSED.value))
    view.outcome_button.click()  # no reason ticked: refused with the sentence, nothing recorded
    assert "at least one of the eight" in view.status.text()
    view.outcome_kind.setCurrentIndex(view.outcome_kind.findData(fw.OutcomeKind.ACCEPTED.value))
    view.decided_on.setDate(QDate(2026, 3, 20))
    before = app.editing.latest_revision().number
    with qtbot.waitSignal(view.changed):
        view.outcome_button.click()
    assert "agreed actions updated" in view.status.text(), view.status.text()
    assert app.editing.latest_revision().number == before + 1
    assert app.editing.passport().action(action.id).status is ActionStatus.AGREED
    assert app.flexible.request(request.id).outcome is not None
    screenshot(view, "requests-page.png")


def test_requests_page_records_a_request_made_before_the_app(app: PassportApp, qtbot,  # noqa: ANN001
                                                             shell_theme) -> None:  # noqa: ANN001, F811
    passport = app.editing.passport()
    passport.jurisdiction = Jurisdiction.SCOTLAND
    app.editing.save(passport)
    view = shown(qtbot, RequestsView(app, TaskRunner(synchronous=True)), (1000, 700))
    view.earlier_on.setDate(QDate(2026, 1, 12))
    view.earlier_awaiting.setChecked(True)
    view.earlier_button.click()
    assert "Earlier request recorded" in view.status.text(), view.status.text()
    assert "sent on 12 January 2026 has not been decided yet" in view.can_request.text()
    assert [r.status for r in app.flexible.requests()] == ["Made before (waiting for a decision)"]
    assert view.delete_button.isEnabled()  # typed in by mistake: it can go
    view.delete_button.click()
    assert app.flexible.requests() == []
