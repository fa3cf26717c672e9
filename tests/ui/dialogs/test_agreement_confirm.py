"""Before a share the sharing agreement does not allow: the export dialog's "Who is this for?" (reachable by
keyboard), the question with the agreement's own sentence ("No" the default, also for Escape and Enter),
a "No" that writes nothing and is logged, a "Yes" that saves and is logged; the same for a bundle."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import Decision, Permission, SharingAgreement, decide
from carerpassport.domain.sharing_agreement import RecipientKind as Kind
from carerpassport.exchange.passphrase_strength import generate_passphrase
from carerpassport.ui.dialogs.agreement_confirm import ask_outside_agreement, chosen_kind, outside_agreement_box
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.dialogs.send_bundle_dialog import SendBundleDialog
from carerpassport.ui.tasks import TaskRunner
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _agreement(app: PassportApp) -> None:
    agreement = SharingAgreement(shared=True)
    agreement.rules[1].permission = Permission.NEVER  # HR
    agreement.rules[2].permission, agreement.rules[2].purpose = Permission.FOR_PURPOSE, "a referral"
    app.editing.save(dataclasses.replace(app.editing.passport(), sharing_agreement=agreement))


def _kinds(app: PassportApp) -> list[str]:
    return [e.kind for e in app.events() if e.kind in ("sharing_refused", "shared_outside_agreement")]


def test_the_question_says_the_agreement_and_no_is_the_default(qtbot) -> None:  # noqa: ANN001
    decision = decide(SharingAgreement(), Kind.HR)
    box = outside_agreement_box(None, decision)
    qtbot.addWidget(box)
    assert "HR should never be given your passport" in box.text()
    assert box.defaultButton() is box.escapeButton() and box.defaultButton().text() == "&No, don't share it"
    assert accessibility_problems(box) == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_on_the_question_does_not_share(qtbot, key: Qt.Key) -> None:  # noqa: ANN001
    decision: Decision = decide(SharingAgreement(), Kind.HR)

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)
    assert ask_outside_agreement(None, decision) is False


def test_export_for_hr_asks_and_no_writes_nothing_but_is_logged(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                                tmp_path: Path) -> None:
    _agreement(filled_app)
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    assert unnamed_controls(dialog) == []
    asked: list[Decision] = []
    dialog.ask_outside_agreement = lambda _parent, decision: asked.append(decision) is not None  # "No"
    out = tmp_path / "for-hr.pdf"
    dialog.choose_path = lambda: out
    dialog.for_whom.setFocus()
    qtbot.keyClick(dialog.for_whom, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.for_whom, Qt.Key.Key_Down)  # the line manager, a future manager, HR
    assert chosen_kind(dialog.for_whom) is Kind.HR
    assert "HR should never be given" in dialog.agreement_note.text() and dialog.recipient.text() == ""
    dialog.save_button.click()
    assert [d.rule.kind for d in asked if d.rule] == [Kind.HR]
    assert not out.exists() and "Nothing was shared" in dialog.message.text()
    assert _kinds(filled_app) == ["sharing_refused"]

    dialog.ask_outside_agreement = lambda _parent, _decision: True  # "Share it anyway"
    dialog.save_button.click()
    assert out.exists() and dialog.result_export is not None
    assert _kinds(filled_app) == ["sharing_refused", "shared_outside_agreement"]
    assert filled_app.shares.shares()[-1].recipient == "HR"


def test_allowed_for_a_purpose_is_not_asked(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    _agreement(filled_app)
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.ask_outside_agreement = lambda _parent, _decision: pytest.fail("asked")
    dialog.for_whom.setCurrentIndex(dialog.for_whom.findData(Kind.OCCUPATIONAL_HEALTH.value))
    assert "for: a referral" in dialog.agreement_note.text()
    dialog.choose_path = lambda: tmp_path / "oh.pdf"
    dialog.save_button.click()
    assert (tmp_path / "oh.pdf").exists() and _kinds(filled_app) == []


def test_someone_else_must_be_named(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.for_whom.setCurrentIndex(dialog.for_whom.findData(Kind.OTHER.value))
    dialog.choose_path = lambda: tmp_path / "x.pdf"
    dialog.save_button.click()
    assert "Say who" in dialog.message.text() and not (tmp_path / "x.pdf").exists()


def test_a_bundle_for_hr_asks_too(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    _agreement(filled_app)
    dialog = shown(qtbot, SendBundleDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.to_passphrase.setChecked(True)
    dialog.passphrase.setText(generate_passphrase())
    dialog.for_whom.setCurrentIndex(dialog.for_whom.findData(Kind.HR.value))
    dialog.ask_outside_agreement = lambda _parent, _decision: False
    out = tmp_path / "hr.passport.age"
    dialog.save_to(out)
    assert not out.exists() and _kinds(filled_app) == ["sharing_refused"]
    dialog.ask_outside_agreement = lambda _parent, _decision: True
    dialog.save_to(out)
    assert out.exists() and _kinds(filled_app) == ["sharing_refused", "shared_outside_agreement"]


def test_a_new_manager_is_asked_about_as_a_future_manager(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    from carerpassport.ui.dialogs.change_manager_dialog import ChangeManagerDialog

    dialog = shown(qtbot, ChangeManagerDialog(filled_app, TaskRunner(synchronous=True)))
    asked: list[Decision] = []
    dialog.ask_outside_agreement = lambda _parent, decision: asked.append(decision) is not None  # "No"
    dialog.name.setText("Carol New")
    dialog.export_now.setChecked(False)
    dialog.record_button.click()
    assert "Nothing was changed" in dialog.status.text() and dialog.isVisible()
    assert "A future line manager should never be given your passport" in asked[0].sentence
    assert filled_app.editing.passport().manager.name == "Bob Smith" and _kinds(filled_app) == ["sharing_refused"]
    dialog.ask_outside_agreement = lambda _parent, _decision: True
    dialog.record_button.click()
    assert filled_app.editing.passport().manager.name == "Carol New"
    assert _kinds(filled_app) == ["sharing_refused", "shared_outside_agreement"]
