"""The main window's session: locking wipes everything and closes the vault, unlocking rebuilds it, the
idle timer and the screen lock lock it, copied secrets are cleared, nothing typed is lost on close, and
dialogs that change the vault (imports, a restore) leave the window showing the truth."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from carerpassport.app import PassportApp
from carerpassport.exchange.passphrase_strength import generate_passphrase
from carerpassport.ui.dialogs.backup_dialog import RestoreDialog
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.dialogs.open_bundle_dialog import OpenBundleDialog
from carerpassport.ui.main_window import DIALOGS, VIEWS, MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import (
    ANSWER_FIELD,
    flush_deletes,
    reopen,
    texts_containing,
    unlock_dialog,
    unlock_with,
    visible_dialogs,
)
from tests.ui.ui_support import key_from_desktop

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL = Qt.KeyboardModifier.ControlModifier


def _answer_box(window: MainWindow) -> QPlainTextEdit:
    box = window.view("passport").cards[ANSWER_FIELD].answer  # type: ignore[attr-defined]
    assert isinstance(box, QPlainTextEdit)
    return box


def _type_into_answer(window: MainWindow, qtbot, text: str) -> QPlainTextEdit:  # noqa: ANN001
    window.show_view("passport")
    box = _answer_box(window)
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, text)
    return box


def _spec(cls: str) -> object:
    return next(d for d in DIALOGS if d.cls == cls)


@pytest.fixture
def opened(shell_window: MainWindow, filled_app: PassportApp) -> MainWindow:  # noqa: F811
    shell_window.set_app(filled_app)
    shell_window.activateWindow()
    return shell_window


def _assert_locked_and_wiped(window: MainWindow, app: PassportApp, canary: str) -> None:
    assert window.app is None and window.views == {} and window.banner is None
    assert window.modes.currentWidget() is window.locked_page
    assert not any(action.isEnabled() for action in window.vault_actions)
    with pytest.raises(Exception, match="closed"):
        app.vault.conn.execute("SELECT 1")
    flush_deletes()
    assert texts_containing(canary) == [], "passport text is still in a widget after locking"


# --- locking ------------------------------------------------------------------------------------------
def test_ctrl_l_wipes_every_view_closes_dialogs_and_the_vault(opened: MainWindow, filled_app: PassportApp,
                                                            data_dir: Path, unique: str, qtbot) -> None:  # noqa: ANN001
    filled_app.editing.add_action(f"{unique} agreed action", kind="workload", status="agreed")
    opened.view("actions").refresh()  # type: ignore[attr-defined]
    _type_into_answer(opened, qtbot, f" {unique} typed just now")  # not autosaved yet
    export = opened.open_feature_dialog(_spec("ExportDialog"))  # type: ignore[arg-type]
    assert isinstance(export, ExportDialog) and export.isVisible()
    assert texts_containing(unique, [opened]), "the walker must see the canary while unlocked"

    export.setFocus()
    key_from_desktop(export, Qt.Key.Key_L, CTRL)  # Ctrl+L works inside a dialog too

    assert not (shiboken6.isValid(export) and export.isVisible()) and opened.open_dialogs == []
    _assert_locked_and_wiped(opened, filled_app, unique)
    dialog = unlock_dialog(opened, qtbot)
    assert visible_dialogs(opened) == [dialog]

    check = reopen(data_dir, passphrase=PASSPHRASE)  # the typing was saved before the vault closed
    assert f"{unique} typed just now" in check.editing.passport().answer(ANSWER_FIELD).text
    check.close()

    unlock_with(opened, qtbot, PASSPHRASE)  # unlocking rebuilds every view from the vault
    assert f"{unique} typed just now" in _answer_box(opened).toPlainText()
    assert texts_containing(f"{unique} agreed action", [opened.view("actions")])


def test_ctrl_l_on_the_window_locks(opened: MainWindow, filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    qtbot.waitActive(opened)
    with qtbot.waitSignal(opened.locked):
        key_from_desktop(opened.view("passport"), Qt.Key.Key_L, CTRL)
    assert opened.app is None


def test_other_pages_are_built_in_the_background_and_still_show_the_latest(opened: MainWindow,
                                                                          filled_app: PassportApp,
                                                                          unique: str, qtbot) -> None:  # noqa: ANN001
    assert set(opened.views) == {"passport"}  # unlocking builds only the page on show
    qtbot.waitUntil(lambda: set(opened.views) == {spec.key for spec in VIEWS}, timeout=5000)
    assert opened.current_view_key() == "passport"  # built behind it, nothing else came to the front
    filled_app.editing.add_action(f"{unique} added after the page was built", kind="workload", status="agreed")
    opened.show_view("actions")
    assert texts_containing(f"{unique} added after", [opened.view("actions")])


def test_locking_stops_the_background_building(opened: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert opened.lock()
    qtbot.wait(1000)
    assert opened.views == {}


def test_idle_time_locks(opened: MainWindow, filled_app: PassportApp, unique: str, qtbot) -> None:  # noqa: ANN001
    _type_into_answer(opened, qtbot, unique)
    assert opened.inactivity.interval_ms == 5 * 60_000  # the default
    opened.inactivity.set_interval_ms(300)
    with qtbot.waitSignal(opened.locked, timeout=5000):
        pass
    assert "no use" in opened.locked_page.text.text()
    _assert_locked_and_wiped(opened, filled_app, unique)
    assert "no use" in unlock_dialog(opened, qtbot).reason_label.text()


def test_typing_keeps_it_open(opened: MainWindow, qtbot) -> None:  # noqa: ANN001
    opened.inactivity.set_interval_ms(400)
    box = _answer_box(opened)
    box.setFocus()
    with qtbot.assertNotEmitted(opened.locked, wait=100):
        for _ in range(6):  # 6 × 150 ms of typing: longer than the idle time, but never idle for it
            key_from_desktop(box, Qt.Key.Key_A)
            qtbot.wait(150)
    assert opened.app is not None


def test_a_screen_lock_locks(opened: MainWindow, filled_app: PassportApp, unique: str, qtbot) -> None:  # noqa: ANN001
    _type_into_answer(opened, qtbot, unique)
    assert opened.screen_lock is not None
    with qtbot.waitSignal(opened.locked):
        opened.screen_lock.simulate_screen_lock()
    assert "screen locked" in opened.locked_page.text.text()
    _assert_locked_and_wiped(opened, filled_app, unique)


@pytest.mark.parametrize(("path", "interface"), [("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                                                ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")])
def test_the_desktops_screen_lock_signal_locks(opened: MainWindow, filled_app: PassportApp, unique: str,
                                               path: str, interface: str, qtbot) -> None:  # noqa: ANN001
    """The real path: the desktop announces ActiveChanged(true) on the session D-Bus."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no session D-Bus (run under .ci/with-session)")
    assert opened.screen_lock is not None and opened.screen_lock.listening
    _type_into_answer(opened, qtbot, unique)
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([False])  # the screen saver stopping locks nothing
    assert bus.send(message)
    qtbot.wait(200)
    assert opened.app is not None
    message.setArguments([True])
    with qtbot.waitSignal(opened.locked, timeout=5000):
        assert bus.send(message)
    _assert_locked_and_wiped(opened, filled_app, unique)


# --- the clipboard -------------------------------------------------------------------------------------
def test_a_copied_secret_is_cleared_after_the_timeout(opened: MainWindow, unique: str, qtbot) -> None:  # noqa: ANN001
    opened.clipboard.seconds = 1  # 30 in use; the mechanism is the same
    opened.clipboard.copy_secret(unique)
    assert QGuiApplication.clipboard().text() == unique
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)


def test_locking_clears_a_recovery_code_copied_in_settings(opened: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                           qtbot) -> None:  # noqa: ANN001
    settings = opened.open_settings()
    assert settings is not None
    monkeypatch.setattr(settings, "confirm_new_code", lambda: True)
    settings.code_button.click()  # type: ignore[attr-defined]
    widget = settings.code_dialog.code_widget  # type: ignore[attr-defined]
    widget.copy_button.click()
    code = widget.code_field.text()
    assert QGuiApplication.clipboard().text() == code
    assert opened.lock()
    assert QGuiApplication.clipboard().text() == ""


# --- nothing typed is lost ------------------------------------------------------------------------------
def test_closing_the_window_saves_what_was_just_typed(opened: MainWindow, data_dir: Path, unique: str,
                                                      qtbot) -> None:  # noqa: ANN001
    _type_into_answer(opened, qtbot, f" {unique}")
    assert opened.view("passport").has_unsaved_changes()  # type: ignore[attr-defined]
    opened.close()
    assert opened.app is None
    check = reopen(data_dir, passphrase=PASSPHRASE)
    assert check.editing.passport().answer(ANSWER_FIELD).text.endswith(f" {unique}")
    check.close()


def test_a_change_that_cannot_be_saved_is_never_dropped_silently(opened: MainWindow, filled_app: PassportApp,
                                                                  monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    asked: list[str] = []
    answer = {"lock": False}
    monkeypatch.setattr(opened, "confirm_discard", lambda problem, **_: asked.append(problem) or answer["lock"])
    box = _answer_box(opened)
    box.setPlainText("x" * 20_001)  # longer than an answer may be: the vault refuses it
    assert opened.lock(ask=True) is False  # Ctrl+L: asked, and "Stay and fix it" keeps it open
    assert opened.app is not None and "too long" in asked[0]
    assert _answer_box(opened).toPlainText() == "x" * 20_001

    opened.close()  # quitting asks the same question; staying keeps the window
    assert opened.app is not None and len(asked) == 2

    with qtbot.waitSignal(opened.locked):  # an automatic lock locks, and says what was not kept
        opened.screen_lock.simulate_screen_lock()  # type: ignore[union-attr]
    assert len(asked) == 2
    assert "could not be saved and was not kept" in opened.locked_page.text.text()
    assert "too long" in opened.locked_page.text.text()


# --- dialogs that change the vault -------------------------------------------------------------------------
def test_open_encrypted_copy_is_in_the_file_menu_and_fills_received_passports(opened: MainWindow, tmp_path: Path,
                                                                             qtbot) -> None:  # noqa: ANN001
    sender = PassportApp.create(tmp_path / "employee", employee_name="Priya Shah").app
    passphrase = generate_passphrase()
    sender.bundles.export_bundle(tmp_path / "priya.passport.age", passphrase=passphrase)
    sender.close()
    action = next(a for a in opened.menus["file"].actions() if a.text() == "&Open encrypted copy…")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+O"
    received = opened.view("received")
    assert received.table.rowCount() == 0  # type: ignore[attr-defined]

    action.trigger()
    dialog = opened.open_dialogs[-1]
    assert isinstance(dialog, OpenBundleDialog) and dialog.isVisible()
    dialog.file.setText(str(tmp_path / "priya.passport.age"))
    dialog.passphrase.setText(passphrase)
    dialog.check()
    dialog.trust_sender.setChecked(True)
    dialog.import_it()
    assert dialog.result_ is not None and dialog.result_.route == "received"
    dialog.reject()

    assert opened.current_view_key() == "passport"  # the received page was not showing, and still updated
    assert received.table.rowCount() == 1  # type: ignore[attr-defined]
    assert received.table.item(0, 0).text() == "Priya Shah"  # type: ignore[attr-defined]


def test_restore_saves_the_typing_wipes_the_window_then_unlocks_the_restored_vault(
        opened: MainWindow, filled_app: PassportApp, data_dir: Path, tmp_path: Path, unique: str,
        qtbot) -> None:  # noqa: ANN001
    passphrase = generate_passphrase()
    filled_app.backups.backup(tmp_path / "passport.backup.age", passphrase=passphrase)
    before_backup = filled_app.editing.passport().answer(ANSWER_FIELD).text
    _type_into_answer(opened, qtbot, f" {unique}")  # pending when the restore starts

    restore = opened.open_feature_dialog(_spec("RestoreDialog"))  # type: ignore[arg-type]
    assert isinstance(restore, RestoreDialog)
    restore.confirm_replace = lambda *_: True
    restore.file.setText(str(tmp_path / "passport.backup.age"))
    restore.secret.by_passphrase.setChecked(True)
    restore.secret.passphrase.setText(passphrase)
    with qtbot.waitSignal(opened.locked):
        restore.start()
    assert restore.result_ is not None and restore.isVisible()  # the result stays readable
    assert "restored from a backup" in opened.locked_page.text.text()
    _assert_locked_and_wiped(opened, filled_app, unique)
    qtbot.wait(50)
    assert opened.unlock_dialog is None  # unlocking waits until the restore dialog is closed

    restore.reject()
    unlock_with(opened, qtbot, PASSPHRASE)
    assert _answer_box(opened).toPlainText() == before_backup

    moved = restore.result_.moved_aside
    assert moved is not None  # the replaced vault is kept, with the typing saved before it closed
    old = reopen(moved, passphrase=PASSPHRASE)
    assert old.editing.passport().answer(ANSWER_FIELD).text.endswith(f" {unique}")
    old.close()


def test_a_finished_dialog_refreshes_the_page_showing(opened: MainWindow, filled_app: PassportApp, unique: str,
                                                      qtbot) -> None:  # noqa: ANN001
    opened.show_view("actions")
    dialog = opened.open_feature_dialog(_spec("ChecklistDialog"))  # type: ignore[arg-type]
    assert dialog is not None
    filled_app.editing.add_action(unique)  # what an import or review would do behind the page
    dialog.reject()
    QApplication.processEvents()
    assert texts_containing(unique, [opened.view("actions")])
