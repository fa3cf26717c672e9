"""Send-bundle, backup and restore dialogs: what they show, that they do the work through the task runner,
and that a restore over an existing vault asks first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerpassport.app import PassportApp
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.identity_card import make_card
from carerpassport.ui.dialogs.backup_dialog import BackupDialog, RestoreDialog
from carerpassport.ui.dialogs.send_bundle_dialog import SendBundleDialog
from carerpassport.ui.tasks import TaskRunner
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_send_bundle_to_a_contact(qtbot, filled_app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bob = generate_identity("Bob Smith")
    filled_app.contacts.add_contact(make_card(bob))
    dialog = SendBundleDialog(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    preview = dialog.preview.toPlainText()
    assert "I look after my father" in preview
    assert "PRIVATE-ANSWER" not in preview and "PRIVATE-NOTE" not in preview and "PRIVATE-ACTION" not in preview
    assert "Not included: 1 private answer(s), 1 private action(s) and your private notes." in preview
    assert dialog.to_people.isChecked() and dialog.chosen_recipients() == [bob.age_recipient]
    assert dialog.save_button.isEnabled()
    assert unnamed_controls(dialog, described=True) == []
    dialog.purpose.setText("Tuesday 1:1")
    dialog.show()
    screenshot(dialog, "send-bundle.png")
    out = tmp_path / "x.passport.age"
    dialog.save_to(out)
    assert dialog.result_ is not None and out.exists()
    assert "It opens for Bob Smith and you" in dialog.status.text()
    assert filled_app.repo.shares()[-1].purpose == "Tuesday 1:1"


def test_passphrase_mode_strength_and_generate(qtbot, filled_app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SendBundleDialog(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    assert dialog.to_passphrase.isChecked()  # no contacts yet
    qtbot.keyClicks(dialog.passphrase, "password")
    assert not dialog.save_button.isEnabled() and "weak" in dialog.strength.text()
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled() and "very strong" in dialog.strength.text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal
    passphrase = dialog.passphrase.text()
    out = tmp_path / "p.passport.age"
    dialog.save_to(out)
    assert dialog.result_ is not None and dialog.result_.passphrase
    assert filled_app.bundles.open_bundle(out, passphrase=passphrase).manifest.passphrase


def test_add_card_file_in_send_dialog(qtbot, filled_app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    carol = generate_identity("Carol New-Manager")
    card = tmp_path / "carol.json"
    card.write_bytes(make_card(carol))
    dialog = SendBundleDialog(filled_app, TaskRunner(synchronous=True), confirm_trust=lambda *_: True)
    qtbot.addWidget(dialog)
    assert dialog.add_card(card)
    assert dialog.to_people.isChecked() and dialog.chosen_recipients() == [carol.age_recipient]


def test_backup_then_restore_over_existing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones")
    app, code = created.app, str(created.recovery_code)
    app.editing.set_answer("caring.responsibilities", "before the backup", shared=True)
    dialog = BackupDialog(app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    assert not dialog.main_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.secret.code, code)
    assert dialog.main_button.isEnabled()
    assert unnamed_controls(dialog, described=True) == []
    dialog.show()
    screenshot(dialog, "backup.png")
    backup = tmp_path / "v.backup.age"
    dialog.backup_to(backup)
    assert dialog.result_ is not None and "Saved to" in dialog.status.text()
    dialog.secret.code.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    dialog.backup_to(tmp_path / "bad.age")
    assert "Not backed up" in dialog.status.text() and not (tmp_path / "bad.age").exists()
    app.editing.set_answer("caring.responsibilities", "after the backup", shared=True)
    app.close()

    answers = [False, True]
    restore = RestoreDialog(tmp_path / "vault", TaskRunner(synchronous=True),
                            confirm_replace=lambda *_: answers.pop(0))
    qtbot.addWidget(restore)
    assert unnamed_controls(restore, described=True) == []
    restore.file.setText(str(backup))
    qtbot.keyClicks(restore.secret.code, code)
    with qtbot.assertNotEmitted(restore.restored):
        restore.start()
    assert "Nothing was changed" in restore.status.text()
    with qtbot.waitSignal(restore.restored):
        restore.start()
    assert restore.result_ is not None and restore.result_.moved_aside is not None
    assert "Your previous vault is kept in" in restore.status.text()
    reopened = PassportApp.open(tmp_path / "vault", recovery_code=code)
    assert reopened.editing.passport().answers["caring.responsibilities"].text == "before the backup"
    reopened.close()
    shutil.rmtree(tmp_path / "vault")
    fresh = RestoreDialog(tmp_path / "vault", TaskRunner(synchronous=True), confirm_replace=lambda *_: False)
    qtbot.addWidget(fresh)
    fresh.file.setText(str(backup))
    fresh.secret.code.setText(code)
    fresh.start()  # no vault there: no question, restored
    assert fresh.result_ is not None and fresh.result_.moved_aside is None


def test_restore_from_the_main_window_closes_the_open_vault_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    class Window(QWidget):
        def __init__(self, app: PassportApp) -> None:
            super().__init__()
            self.app: PassportApp | None = app
            self.reasons: list[str] = []

        def lock(self, reason: str = "") -> None:
            self.reasons.append(reason)

    created = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones")
    app, code = created.app, str(created.recovery_code)
    app.backups.backup(tmp_path / "v.backup.age", recovery_code=code)
    app.editing.set_answer("caring.responsibilities", "after the backup", shared=True)
    window = Window(app)
    qtbot.addWidget(window)
    dialog = RestoreDialog(app, TaskRunner(synchronous=True), window, confirm_replace=lambda *_: True)
    assert dialog.data_dir == app.data_dir
    dialog.file.setText(str(tmp_path / "v.backup.age"))
    dialog.secret.code.setText(code)
    with qtbot.waitSignal(dialog.closing_vault), qtbot.waitSignal(dialog.restored):
        dialog.start()
    qtbot.waitUntil(lambda: window.reasons != [])
    assert "restored from a backup" in window.reasons[0]
    reopened = PassportApp.open(tmp_path / "vault", recovery_code=code)
    assert reopened.editing.passport().answers.get("caring.responsibilities") is None or \
        reopened.editing.passport().answers["caring.responsibilities"].text != "after the backup"
    reopened.close()


def test_open_bundle_dialog_asks_to_trust_then_imports(qtbot, filled_app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from carerpassport.exchange.passphrase_strength import generate_passphrase
    from carerpassport.ui.dialogs.open_bundle_dialog import OpenBundleDialog

    created = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith")
    manager = created.app
    passphrase = generate_passphrase()
    out = tmp_path / "p.passport.age"
    filled_app.bundles.export_bundle(out, passphrase=passphrase)
    dialog = OpenBundleDialog(manager, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    # What it needs is asked up front: the passphrase box is there before any file or error
    assert dialog.passphrase.isVisibleTo(dialog) and "only the people it was made for" in dialog.explanation.text()
    dialog.file.setText(str(out))
    assert "locked with a passphrase" in dialog.needs.text() and dialog.status.text() == ""
    dialog.check()
    assert "locked with a passphrase" in dialog.status.text()
    dialog.passphrase.setText(passphrase)
    dialog.check()
    assert "Sent by: Siân Jones (not yet trusted)" in dialog.details.toPlainText()
    assert dialog.trust_sender.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    assert unnamed_controls(dialog, described=True) == []
    dialog.show()
    screenshot(dialog, "open-bundle.png")
    dialog.trust_sender.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_it()
    assert dialog.result_ is not None and dialog.result_.route == "received"
    assert "Passports you hold, waiting for your countersignature" in dialog.status.text()
    assert [(r.employee_name, r.status) for r in manager.received.held()] == [("Siân Jones", "waiting")]
    manager.close()
