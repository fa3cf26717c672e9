"""A bug of ours reaches the person as ours: in every dialog family that reports a failure, a fault injected
into the call the dialog makes (a ``KeyError`` / ``RuntimeError`` that is none of our typed errors) shows the
internal-error sentence, never the exception's own text and never a verdict on the person's file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import INTERNAL_ERROR_SENTENCE
from carerpassport.ui.dialogs.change_manager_dialog import ChangeManagerDialog
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.dialogs.first_run import PROTECT, FirstRunDialog
from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
from carerpassport.ui.dialogs.unlock import UnlockDialog
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.unlock_flow import UnlockFlow
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.ui_support import shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

#: The exception's message: it must never reach the screen (a real one may quote passport content).
SECRET = "PRIVATE-ANSWER quoted by a bug"
BLAMES_THE_FILE = ("damaged", "tampered", "not a passport", "failed the check", "not a PDF")


def _fault(*_: Any, **__: Any) -> Any:
    raise KeyError(SECRET)


def _runtime_fault(*_: Any, **__: Any) -> Any:
    raise RuntimeError(SECRET)


def assert_ours(text: str) -> None:
    assert INTERNAL_ERROR_SENTENCE in text, text
    assert SECRET not in text, text
    assert not any(blame in text for blame in BLAMES_THE_FILE), text


def test_export_dialog_preview_and_save(filled_app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filled_app.pdfs, "render_signed_pdf", _fault)
    monkeypatch.setattr(filled_app.pdfs, "export_signed_pdf", _runtime_fault)
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    assert_ours(dialog.pages_status.text())
    assert dialog.pages_status.text().startswith("The preview could not be made.")
    dialog.choose_path = lambda: tmp_path / "out.pdf"
    dialog.save()
    assert_ours(dialog.message.text())
    assert not (tmp_path / "out.pdf").exists() and dialog.save_button.isEnabled()
    dialog.close()


def test_change_manager_dialog_export(filled_app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filled_app.pdfs, "export_signed_pdf", _fault)
    dialog = shown(qtbot, ChangeManagerDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.ask_outside_agreement = lambda _parent, _decision: True  # a future manager, confirmed
    dialog.name.setText("Dan")
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.record_button.click()
    text = dialog.status.text()
    assert_ours(text)
    assert "Your new manager is recorded, but the PDF was not saved" in text and dialog.isVisible()
    assert filled_app.editing.passport().manager.name == "Dan" and not (tmp_path / "x.pdf").exists()


def test_first_run_create(qtbot, data_dir: Path, shell_runner: TaskRunner,  # noqa: ANN001, F811
                          shell_theme: ThemeManager, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setattr(PassportApp, "create", _fault)
    dialog = FirstRunDialog(data_dir, None, shell_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_field.setText("Siân Jones")
    dialog.next_button.click()
    dialog.passphrase.first.setText("tired carer at eleven")
    dialog.passphrase.second.setText("tired carer at eleven")
    dialog.next_button.click()
    assert dialog.page() == PROTECT
    assert_ours(dialog.protect_error.text())
    assert dialog.protect_error.text().startswith("Your passport was not created.")


def test_settings_dialog_key_change(filled_app: PassportApp, qtbot, shell_settings: AppSettings,  # noqa: ANN001, F811
                                    shell_theme: ThemeManager, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setattr(filled_app.keys, "start_recovery_code_change", _fault)
    dialog = shown(qtbot, SettingsDialog(filled_app, TaskRunner(synchronous=True), settings=shell_settings,
                                         theme=shell_theme))
    monkeypatch.setattr(dialog, "confirm_new_code", lambda: True)
    dialog.regenerate_recovery_code()
    assert_ours(dialog.message.text())
    assert dialog.code_button.isEnabled()  # not left busy
    dialog.close()


def test_unlock_dialog_open(qtbot, app: PassportApp, data_dir: Path, shell_runner: TaskRunner,  # noqa: ANN001, F811
                            shell_theme: ThemeManager, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    app.close()
    monkeypatch.setattr(PassportApp, "open", _fault)
    dialog = UnlockDialog(data_dir, None, shell_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret_field.setText(PASSPHRASE)
    dialog.try_unlock()
    assert_ours(dialog.error_label.text())
    assert dialog.error_label.text().startswith("The passport could not be opened.")
    assert dialog.isVisible() and dialog.secret_field.isEnabled()


def test_main_window_start_and_unsaved_typing(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding the vault at start-up fails in our code: the locked page says so.
    monkeypatch.setattr("carerpassport.app.PassportApp.exists", _fault)
    flow: UnlockFlow = shell_window.flow
    flow.start()
    assert_ours(shell_window.locked_page.text.text())
    # Saving the editor's pending typing before a lock fails in our code: the question asked says so.
    shell_window.set_app(filled_app)
    editor = shell_window.view("passport")
    flush = editor.flush  # type: ignore[union-attr]
    monkeypatch.setattr(editor, "flush", _runtime_fault)
    asked: list[str] = []
    monkeypatch.setattr(shell_window, "confirm_discard", lambda problem, **_: asked.append(problem) or False)
    assert shell_window.lock(ask=True) is False  # "Stay and fix it": the window stays open
    assert len(asked) == 1 and shell_window.app is not None
    assert_ours(asked[0])
    monkeypatch.setattr(editor, "flush", flush)
    assert shell_window.lock()


def test_working_dialogs_backup_and_encrypted_copy(filled_app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from carerpassport.ui.dialogs.backup_dialog import BackupDialog
    from carerpassport.ui.dialogs.send_bundle_dialog import SendBundleDialog

    monkeypatch.setattr(filled_app.backups, "backup", _fault)
    monkeypatch.setattr(filled_app.bundles, "export_bundle", _runtime_fault)
    backup = shown(qtbot, BackupDialog(filled_app, TaskRunner(synchronous=True)))
    backup.backup_to(tmp_path / "vault.backup")
    assert_ours(backup.status.text())
    assert backup.status.text().startswith("Not backed up:")
    bundle = shown(qtbot, SendBundleDialog(filled_app, TaskRunner(synchronous=True)))
    bundle.save_to(tmp_path / "copy.passport.age")
    assert_ours(bundle.status.text())
    assert not (tmp_path / "vault.backup").exists() and not (tmp_path / "copy.passport.age").exists()


def test_preview_and_save_dialogs_reminders(filled_app: PassportApp, qtbot, tmp_path: Path,  # noqa: ANN001
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from carerpassport.ui.dialogs.reminders_dialog import RemindersDialog

    monkeypatch.setattr(filled_app.reviews, "write_reminders", _fault)
    dialog = shown(qtbot, RemindersDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.save_to(tmp_path / "reviews.ics")
    assert_ours(dialog.status.text())
    assert dialog.status.text().startswith("Not saved:") and dialog.save_button.isEnabled()
