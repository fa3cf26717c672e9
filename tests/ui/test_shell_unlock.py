"""Unlocking: the right secret opens, a wrong one is explained and writes nothing, the keyring opens
silently, and a first run can restore a backup and then unlock it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.backup_dialog import RestoreDialog
from carerpassport.ui.dialogs.first_run import FirstRunDialog
from carerpassport.ui.dialogs.unlock import UnlockDialog
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import RecoveryCode
from tests.conftest import IN_CI, PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import ANSWER_FIELD, snapshot, unlock_dialog, unlock_with

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ANSWER = "I look after my dad on Tuesdays and Thursdays."


@pytest.fixture
def recovery_code(data_dir: Path) -> str:
    """A closed vault in ``data_dir`` with a passphrase and one answer; its recovery code."""
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE)
    created.app.editing.set_answer(ANSWER_FIELD, ANSWER, shared=True)
    created.app.close()
    return str(created.recovery_code)


@pytest.fixture
def dialog(qtbot, data_dir: Path, recovery_code: str, shell_runner: TaskRunner,  # noqa: F811
           shell_theme: ThemeManager) -> UnlockDialog:  # noqa: F811
    unlock = UnlockDialog(data_dir, None, shell_runner)
    qtbot.addWidget(unlock)
    unlock.show()
    return unlock


def _type_and_enter(qtbot, dialog: UnlockDialog, secret: str) -> None:  # noqa: ANN001
    dialog.secret_field.setFocus()
    qtbot.keyClicks(dialog.secret_field, secret)
    qtbot.keyClick(dialog.secret_field, Qt.Key.Key_Return)


def test_the_right_passphrase_opens(dialog: UnlockDialog, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.unlocked) as opened:
        _type_and_enter(qtbot, dialog, PASSPHRASE)
    app = opened.args[0]
    assert isinstance(app, PassportApp) and app.vault.unlocked.method == "passphrase"
    assert app.editing.passport().answer(ANSWER_FIELD).text == ANSWER
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.secret_field.text() == ""  # the secret does not linger in the widget
    app.close()


@pytest.mark.parametrize("spell", [lambda c: c.lower().replace("-", " "), lambda c: c.replace("-", "\u2013"),
                                   lambda c: c.replace("-", "\t"), lambda c: c.replace("-", "")],
                         ids=["lower, spaces", "en dashes", "tabs", "no separators"])
def test_the_recovery_code_opens(dialog: UnlockDialog, recovery_code: str, qtbot, spell) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.unlocked) as opened:
        dialog.secret_field.setText(spell(recovery_code))  # as someone might paste it (a tab cannot be typed)
        qtbot.keyClick(dialog.secret_field, Qt.Key.Key_Return)
    app = opened.args[0]
    assert app.vault.unlocked.method == "recovery"
    assert app.editing.passport().answer(ANSWER_FIELD).text == ANSWER
    app.close()


@pytest.mark.parametrize(("secret", "says"), [
    ("not my passphrase at all", "That passphrase does not open your passport. Check Caps Lock"),
    (str(RecoveryCode.generate()), "That recovery code does not open your passport"),
    ("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345", "That recovery code has a typing mistake in it"),
], ids=["wrong passphrase", "another vault's recovery code", "mistyped recovery code"])
def test_wrong_input_is_explained_and_nothing_is_written(dialog: UnlockDialog, data_dir: Path, secret: str,
                                                         says: str, qtbot) -> None:  # noqa: ANN001
    before = snapshot(data_dir)
    with qtbot.assertNotEmitted(dialog.unlocked):
        _type_and_enter(qtbot, dialog, secret)
    assert dialog.error_label.text().startswith(says)
    assert "vault" not in dialog.error_label.text()  # the person knows it as their passport
    assert dialog.isVisible() and dialog.secret_field.isEnabled()
    assert dialog.secret_field.selectedText() == secret  # ready to type again at once
    assert snapshot(data_dir) == before  # byte for byte, and not even touched
    dialog.secret_field.setText("x")
    qtbot.keyClick(dialog.secret_field, Qt.Key.Key_Backspace)
    assert dialog.error_label.text() == ""  # typing again clears the old message


def test_a_passphrase_for_a_passport_without_one_says_to_use_the_recovery_code(
        tmp_path: Path, shell_runner: TaskRunner, shell_theme: ThemeManager, qtbot) -> None:  # noqa: ANN001, F811
    created = PassportApp.create(tmp_path / "no-passphrase", employee_name="Siân Jones")
    created.app.close()
    dialog = UnlockDialog(tmp_path / "no-passphrase", None, shell_runner, try_keyring=False)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.unlocked):
        _type_and_enter(qtbot, dialog, PASSPHRASE)
    assert dialog.error_label.text() == ("Your passport has no passphrase set. Unlock it with your recovery "
                                         "code.")


def test_nothing_typed_asks_for_something(dialog: UnlockDialog, data_dir: Path, qtbot) -> None:  # noqa: ANN001
    before = snapshot(data_dir)
    with qtbot.assertNotEmitted(dialog.unlocked):
        dialog.unlock_button.click()
    assert dialog.error_label.text() == "Type your passphrase or recovery code first."
    assert snapshot(data_dir) == before


def test_quit_on_the_unlock_screen_closes_the_app(shell_window: MainWindow, recovery_code: str,  # noqa: F811
                                                 qtbot) -> None:  # noqa: ANN001
    shell_window.start()
    dialog = unlock_dialog(shell_window, qtbot)
    dialog.quit_button.click()
    assert not shell_window.isVisible() and shell_window.app is None


def test_window_unlocks_then_locks_then_unlocks_again(shell_window: MainWindow, recovery_code: str,  # noqa: F811
                                                      qtbot) -> None:  # noqa: ANN001
    shell_window.start()
    unlock_with(shell_window, qtbot, PASSPHRASE)
    assert shell_window.modes.currentIndex() == 1 and shell_window.current_view_key() == "passport"
    assert shell_window.lock()
    unlock_with(shell_window, qtbot, recovery_code)
    assert shell_window.app is not None and shell_window.app.vault.unlocked.method == "recovery"


# --- the keyring ------------------------------------------------------------------------------------
def real_keyring() -> KeyringStore:
    store = KeyringStore()
    if not store.available() or "SecretService" not in type(store.backend).__module__:
        message = f"no Secret Service here (backend {store.describe()}); run under .ci/with-session"
        if IN_CI or os.environ.get("CARERPASSPORT_TEST_KEYRING"):
            pytest.fail(message)
        pytest.skip(message)
    return store


@pytest.mark.keyring
def test_the_keyring_opens_silently_and_a_lock_then_asks(qtbot, data_dir: Path, shell_settings: AppSettings,  # noqa: F811
                                                        shell_theme: ThemeManager,  # noqa: F811
                                                        shell_runner: TaskRunner) -> None:  # noqa: F811
    store = real_keyring()
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE, keyring=store)
    assert created.keyring_used
    vault_id = created.app.vault.vault_id
    created.app.editing.set_answer(ANSWER_FIELD, ANSWER)
    created.app.close()
    window = MainWindow(settings=shell_settings, theme=shell_theme, runner=shell_runner, data_dir=data_dir,
                        keyring=store)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            window.start()  # nothing typed at all
        assert window.app is not None and window.app.vault.unlocked.method == "keyring"
        assert window.view("passport").cards[ANSWER_FIELD].text() == ANSWER  # type: ignore[attr-defined]
        assert window.lock()
        dialog = unlock_dialog(window, qtbot)  # after a lock the keyring must not reopen it by itself
        qtbot.wait(100)
        assert window.app is None and dialog.isVisible() and dialog.error_label.text() == ""
        unlock_with(window, qtbot, PASSPHRASE)
    finally:
        window.close()
        store.delete(vault_id)


@pytest.mark.keyring
def test_first_run_with_a_keyring_explains_it_and_needs_no_passphrase(qtbot, data_dir: Path,
                                                                      shell_runner: TaskRunner,  # noqa: F811
                                                                      shell_theme: ThemeManager) -> None:  # noqa: F811
    store = real_keyring()
    dialog = FirstRunDialog(data_dir, store, shell_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_button.click()
    assert "This computer has a keyring" in dialog.keyring_text.text()
    assert "optional" in dialog.passphrase_intro.text()
    dialog.next_button.click()  # no passphrase
    assert dialog.app is not None and dialog.code_widget is not None
    vault_id = dialog.app.vault.vault_id
    dialog.app.close()
    try:
        opened = PassportApp.open(data_dir, keyring=store)
        assert opened.vault.unlocked.method == "keyring"
        opened.close()
    finally:
        store.delete(vault_id)


# --- first run: restore instead -----------------------------------------------------------------------
def test_first_run_can_restore_a_backup_and_then_unlock_it(shell_window: MainWindow, tmp_path: Path,  # noqa: F811
                                                           data_dir: Path, qtbot) -> None:  # noqa: ANN001
    old = PassportApp.create(tmp_path / "old computer", employee_name="Siân Jones", passphrase=PASSPHRASE)
    old.app.editing.set_answer(ANSWER_FIELD, "Written on my old computer.", shared=True)
    code = str(old.recovery_code)
    old.app.backups.backup(tmp_path / "passport.backup.age", recovery_code=code)
    old.app.close()

    shell_window.start()
    first_run = shell_window.unlock_dialog
    assert isinstance(first_run, FirstRunDialog)
    first_run.restore_button.click()
    restore = shell_window.unlock_dialog
    assert isinstance(restore, RestoreDialog) and restore.isVisible() and restore.data_dir == data_dir
    restore.reject()  # changed my mind: back to the welcome page
    assert isinstance(shell_window.unlock_dialog, FirstRunDialog) and shell_window.unlock_dialog.isVisible()
    shell_window.unlock_dialog.restore_button.click()  # type: ignore[attr-defined]
    restore = shell_window.unlock_dialog
    assert isinstance(restore, RestoreDialog)
    restore.file.setText(str(tmp_path / "passport.backup.age"))
    restore.secret.code.setText(code)
    restore.main_button.click()

    dialog = unlock_dialog(shell_window, qtbot)
    assert not restore.isVisible()
    assert "restored from the backup" in dialog.reason_label.text() and dialog.reason_label.isVisible()
    unlock_with(shell_window, qtbot, PASSPHRASE)
    assert shell_window.view("passport").cards[ANSWER_FIELD].text() == "Written on my old computer."  # type: ignore[attr-defined]


def test_closing_the_dialog_while_it_checks_leaves_nothing_open(qtbot, data_dir: Path, recovery_code: str,
                                                                 shell_theme: ThemeManager) -> None:  # noqa: F811
    runner = TaskRunner()  # a real worker: the check is still running when the dialog closes
    dialog = UnlockDialog(data_dir, None, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret_field.setText(PASSPHRASE)
    with qtbot.assertNotEmitted(dialog.unlocked, wait=200):
        dialog.try_unlock()
        assert dialog.busy.isVisible()
        dialog.reject()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert dialog.app is None and dialog.secret_field.text() == ""
