"""The sharing view: the record as a table, withdrawing consent with a confirmation and a note, and
"what does this person hold?"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.ui.models.shares_model import (
    COLUMN_TITLES,
    CONSENT,
    FORMAT,
    RECIPIENT,
    SHARE_ID_ROLE,
    WHAT,
    WITHDRAWN_ROLE,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.shares_view import SharesView
from tests.letters_support import record_letters
from tests.ui.shell_fixtures import shell_theme  # noqa: F401 - fixture
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def shared_app(filled_app: PassportApp, tmp_path: Path) -> PassportApp:
    filled_app.pdfs.export_signed_pdf(tmp_path / "bob.pdf", purpose="first meeting")
    filled_app.pdfs.export_signed_pdf(tmp_path / "hr.pdf", recipient="HR Team", purpose="flexible working request",
                                 fields=["caring.responsibilities"], include_actions=False)
    return filled_app


def _view(app: PassportApp, qtbot) -> SharesView:  # noqa: ANN001 - pytest-qt's qtbot
    return shown(qtbot, SharesView(app, TaskRunner(synchronous=True)), (1100, 640))


def test_the_table_matches_the_record(shared_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = _view(shared_app, qtbot)
    model = view.model
    shares = shared_app.shares.shares()
    assert model.rowCount() == len(shares) == 2 and model.columnCount() == len(COLUMN_TITLES)
    assert [model.index(r, 0).data(SHARE_ID_ROLE) for r in range(2)] == [s.id for s in shares]
    assert model.index(1, RECIPIENT).data() == "HR Team"
    assert model.index(1, WHAT).data() == "What are your caring responsibilities?"
    assert "Agreed actions" in model.index(0, WHAT).data()
    assert model.index(0, CONSENT).data() == "Given"
    assert view.empty.isHidden()
    assert unnamed_controls(view) == []


def test_withdraw_consent_confirms_then_shows_the_note(shared_app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                                       shell_theme) -> None:  # noqa: ANN001, F811
    view = _view(shared_app, qtbot)
    assert not view.withdraw_button.isEnabled()  # nothing chosen yet
    bob = shared_app.shares.shares()[0]
    view.select_share(bob.id)
    assert view.withdraw_button.isEnabled()
    screenshot(view, "sharing.png")

    view.withdraw_button.click()
    box = view.confirm_box
    assert isinstance(box, QMessageBox) and "Bob Smith" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert shared_app.shares.shares()[0].withdrawn_at is None and view.note_dialog is None

    view.withdraw_button.click()
    box = view.confirm_box
    assert box is not None
    withdraw = next(b for b in box.buttons() if b.text() == "Withdraw consent")
    with qtbot.waitSignal(view.consent_withdrawn) as signal:
        withdraw.click()
    assert signal.args == [bob.id]
    assert shared_app.shares.shares()[0].withdrawn_at is not None
    assert shared_app.events()[-1].kind == "consent_withdrawn"
    note = view.note_dialog
    assert note is not None and note.text.toPlainText().startswith("Dear Bob Smith,")
    assert unnamed_controls(note) == []
    qtbot.waitExposed(note)
    screenshot(note, "withdraw-note.png")
    note.copy()
    assert QApplication.clipboard().text() == note.text.toPlainText()
    out = tmp_path / "note.txt"
    note.save(out)
    assert out.read_text(encoding="utf-8") == note.text.toPlainText() and "Saved" in note.status.text()
    note.reject()
    row = view.model.row_of(bob.id)
    assert view.model.index(row, 0).data(WITHDRAWN_ROLE) is True
    assert view.model.index(row, CONSENT).data().startswith("Withdrawn")
    assert not view.withdraw_button.isEnabled()  # cannot withdraw twice


def test_what_does_this_person_hold(shared_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = _view(shared_app, qtbot)
    assert [view.recipient_box.itemText(i) for i in range(view.recipient_box.count())] == ["Bob Smith", "HR Team"]
    view.recipient_box.setCurrentText("HR Team")
    held = view.holdings_text.toPlainText()
    assert "What are your caring responsibilities?" in held
    assert "How does caring affect your work?" not in held and "Agreed actions" not in held
    hr = shared_app.shares.shares()[1]
    shared_app.shares.withdraw_consent(hr.id)
    view.refresh()
    assert view.recipient_box.currentText() == "HR Team"
    assert "holds nothing" in view.holdings_text.toPlainText()


def test_empty_record(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = _view(app, qtbot)
    assert not view.empty.isHidden() and view.model.rowCount() == 0
    assert view.holdings_text.toPlainText() == "" and not view.withdraw_button.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # keyboard on an empty table does nothing harmful


def test_letters_to_the_employer_say_what_they_are_and_offer_no_withdrawal(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                                           tmp_path: Path) -> None:
    notice_id, request_id = record_letters(filled_app, tmp_path)
    view = _view(filled_app, qtbot)
    model = view.model
    notice_row, request_row = model.row_of(notice_id), model.row_of(request_id)
    assert model.index(notice_row, WHAT).data() == "A carer's leave notice: the days, no answers"
    assert model.index(notice_row, FORMAT).data() == "Leave notice (PDF)"
    assert model.index(request_row, WHAT).data() == ("A flexible-working request, with: What are your caring "
                                                     "responsibilities?; Agreed actions")
    assert model.index(request_row, FORMAT).data() == "Flexible-working request (signed PDF)"
    view.recipient_box.setCurrentText("Bob Smith")
    held = view.holdings_text.toPlainText()
    assert "• A carer's leave notice: the days, no answers" in held and "Names only" not in held
    assert ("• A flexible-working request, with:\n      – What are your caring responsibilities?\n"
            "      – Agreed actions") in held

    for share_id, words in ((notice_id, "tell your manager"), (request_id, "withdraw the request")):
        view.select_share(share_id)
        assert not view.withdraw_button.isEnabled()
        assert view.letter_hint.isVisible() and "no consent to withdraw" in view.letter_hint.text()
        assert words in view.letter_hint.toolTip() and view.letter_hint.accessibleDescription() == \
            view.letter_hint.toolTip()
        view.ask_withdraw()  # the key or a stray click does nothing: the use case refuses a letter anyway
        assert view.confirm_box is None
    assert all(s.withdrawn_at is None for s in filled_app.shares.shares())


def test_the_agreement_line_is_the_use_cases(shared_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    view = _view(shared_app, qtbot)
    assert view.agreement.isVisible()
    assert view.agreement.text() == shared_app.agreement.status().text + "."
    assert view.agreement.text().startswith("Not agreed with a manager yet")
    view.clear()
    assert view.agreement.text() == "" and view.model.rowCount() == 0 and view.holdings_text.toPlainText() == ""


def test_columns_fit_their_texts_and_follow_the_text_size(shared_app: PassportApp, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from carerpassport.ui.models.shares_model import PURPOSE, WHEN

    shared_app.pdfs.export_signed_pdf(tmp_path / "long.pdf", recipient="Occupational Health Service Team",
                                      purpose="a referral about my hours " * 8)
    view = _view(shared_app, qtbot)
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()
    assert header.sectionSize(RECIPIENT) > metrics.horizontalAdvance("Occupational Health Service Team")
    assert header.sectionSize(WHEN) > metrics.horizontalAdvance("Today, 23:59")
    assert header.sectionSize(PURPOSE) <= 25 * metrics.horizontalAdvance("M")  # the whole text is its tooltip
    before = header.sectionSize(RECIPIENT)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    qtbot.waitUntil(lambda: header.sectionSize(RECIPIENT) > 1.5 * before)
