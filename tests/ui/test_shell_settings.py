"""Settings: a changed passphrase and a new recovery code really change how the vault opens (proved by
opening it again from disk), and the auto-lock time, colours and text size apply at once and are kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import AUTO_LOCK, TEXT_SIZE, THEME, AppSettings
from carerpassport.ui.theme import DARK, HIGH_CONTRAST, ThemeManager
from carerpassport.vault import key_change
from carerpassport.vault.errors import WrongKeyError
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import reopen, snapshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
NEW_PASSPHRASE = "a new passphrase for the new year"


@pytest.fixture
def code(data_dir: Path) -> str:
    """A closed vault in ``data_dir`` (passphrase ``PASSPHRASE``); its recovery code."""
    created = PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE)
    created.app.close()
    return str(created.recovery_code)


@pytest.fixture
def window(shell_window: MainWindow, data_dir: Path, code: str) -> MainWindow:  # noqa: F811
    shell_window.set_app(PassportApp.open(data_dir, passphrase=PASSPHRASE))
    return shell_window


@pytest.fixture
def dialog(window: MainWindow) -> SettingsDialog:
    opened = window.open_settings()
    assert isinstance(opened, SettingsDialog) and opened.isVisible()
    return opened


def test_the_data_folder_is_shown(dialog: SettingsDialog, data_dir: Path) -> None:
    assert dialog.data_field.text() == str(data_dir) and dialog.data_field.isReadOnly()


def test_change_passphrase_old_stops_working_new_works(dialog: SettingsDialog, data_dir: Path, code: str) -> None:
    dialog.current_field.setText(PASSPHRASE)
    dialog.new_passphrase.first.setText(NEW_PASSPHRASE)
    dialog.new_passphrase.second.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    assert dialog.message.text() == "Passphrase saved. Use the new one from now on."
    assert dialog.current_field.text() == "" and dialog.new_passphrase.text == ""  # secrets not left in fields
    with pytest.raises(WrongKeyError):
        reopen(data_dir, passphrase=PASSPHRASE)
    for way_in in ({"passphrase": NEW_PASSPHRASE}, {"recovery_code": code}):  # the code still works too
        again = reopen(data_dir, **way_in)
        again.close()


def test_a_wrong_current_passphrase_changes_nothing(dialog: SettingsDialog, data_dir: Path) -> None:
    before = snapshot(data_dir)
    dialog.current_field.setText("not my passphrase")
    dialog.new_passphrase.first.setText(NEW_PASSPHRASE)
    dialog.new_passphrase.second.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    assert "current passphrase is not right" in dialog.message.text()
    assert dialog.message.property("role") == "error"
    assert snapshot(data_dir) == before
    reopen(data_dir, passphrase=PASSPHRASE).close()
    with pytest.raises(WrongKeyError):
        reopen(data_dir, passphrase=NEW_PASSPHRASE)


def test_new_recovery_code_old_stops_working_new_works(dialog: SettingsDialog, data_dir: Path, code: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "confirm_new_code", lambda: True)
    dialog.code_button.click()
    shown = dialog.code_dialog
    assert shown is not None and shown.isVisible()
    new_code = shown.code_widget.code_field.text()
    assert new_code != code
    assert not shown.done_button.isEnabled()  # only once a group was typed back
    shown.code_widget.check_field.setText(shown.code_widget.expected_group())
    shown.code_widget.check()
    assert shown.done_button.isEnabled()
    with pytest.raises(WrongKeyError):
        reopen(data_dir, recovery_code=code)
    again = reopen(data_dir, recovery_code=new_code)
    again.close()
    reopen(data_dir, passphrase=PASSPHRASE).close()  # the passphrase is untouched


def test_the_new_code_is_committed_only_once_kept(dialog: SettingsDialog, data_dir: Path, code: str,
                                                 monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """While the new code is on screen (a crash could come now), both codes open; closing without typing a
    group back keeps the old code and the shown one never works."""
    monkeypatch.setattr(dialog, "confirm_new_code", lambda: True)
    dialog.code_button.click()
    shown = dialog.code_dialog
    assert shown is not None
    new_code = shown.code_widget.code_field.text()
    for name, secret in (("old", code), ("new", new_code)):  # each on its own copy, as after a crash now
        copy = tmp_path / name
        shutil.copytree(data_dir, copy)
        reopen(copy, recovery_code=secret).close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown.reject()
    assert "current one still works" in dialog.message.text()
    reopen(data_dir, recovery_code=code).close()
    with pytest.raises(WrongKeyError):
        reopen(data_dir, recovery_code=new_code)


def test_declining_the_question_keeps_the_old_code(dialog: SettingsDialog, data_dir: Path, code: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "confirm_new_code", lambda: False)
    dialog.code_button.click()
    assert dialog.code_dialog is None
    reopen(data_dir, recovery_code=code).close()


def test_auto_lock_time_changes_the_timer_and_is_kept(dialog: SettingsDialog, window: MainWindow,
                                                      tmp_path: Path) -> None:
    assert window.inactivity.interval_ms == 5 * 60_000
    dialog.auto_lock.setCurrentIndex(dialog.auto_lock.findData(2))
    assert window.inactivity.interval_ms == 2 * 60_000 and window.inactivity.remaining_ms() > 0
    assert "locks after 2 idle minutes" in window.lock_state.text()
    window.settings.sync()
    assert AppSettings(tmp_path / "settings.ini").get(AUTO_LOCK) == 2  # read back from the file
    dialog.auto_lock.setCurrentIndex(dialog.auto_lock.findData(0))
    assert window.inactivity.remaining_ms() == -1  # "never" stops the timer
    assert "never locks by itself" in window.lock_state.text()


def test_theme_and_text_size_apply_at_once_and_are_kept(dialog: SettingsDialog, window: MainWindow,
                                                        shell_theme: ThemeManager, tmp_path: Path) -> None:  # noqa: F811
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    base = shell_theme.base_point_size
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.size_box.setCurrentIndex(dialog.size_box.findData(150))
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == DARK.window_text
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert window.lock_state.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)  # the window follows
    window.settings.sync()
    kept = AppSettings(tmp_path / "settings.ini")
    assert (kept.get(THEME), kept.get(TEXT_SIZE)) == ("dark", 150)

    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("high_contrast"))
    dialog.size_box.setCurrentIndex(dialog.size_box.findData(200))
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == HIGH_CONTRAST.base
    assert qapp.font().pointSizeF() == pytest.approx(base * 2, abs=0.1)
    assert HIGH_CONTRAST.focus in qapp.styleSheet()  # the focus ring follows the theme too


def test_after_an_interrupted_change_the_window_says_what_happened(shell_window: MainWindow,  # noqa: F811
                                                                  data_dir: Path, code: str) -> None:
    app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    app.keys.start_recovery_code_change()
    app.close()  # as if the app had been killed while the new code was on screen
    shell_window.set_app(PassportApp.open(data_dir, passphrase=PASSPHRASE))
    box = shell_window.key_change_notice
    assert box is not None and box.isVisible() and box.text() == key_change.RECOVERY_CODE_ROLLED_BACK
    reopen(data_dir, recovery_code=code).close()


def test_who_uses_this_is_kept_in_the_vault_and_changes_the_sections(dialog: SettingsDialog, window: MainWindow,
                                                                     data_dir: Path) -> None:
    from carerpassport.domain.roles import Role

    def sections() -> list[str]:
        return [window.navigation.item(row).text() for row in range(window.navigation.count())]

    assert dialog.role_buttons[Role.EMPLOYEE].isChecked() and "Passports you hold" not in sections()
    dialog.role_buttons[Role.BOTH].setChecked(True)
    assert sections()[0] == "Passport" and sections()[-1] == "Passports you hold"  # both homes
    dialog.role_buttons[Role.MANAGER].setChecked(True)
    assert sections()[0] == "Passports you hold"  # the manager's home comes first
    assert "Saved" in dialog.message.text()
    dialog.reject()
    window.lock()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:  # in the vault, not in the plain settings file
        assert reopened.received.role() is Role.MANAGER
        assert [e.details["role"] for e in reopened.repo.events("settings")] == ["both", "manager"]
    finally:
        reopened.close()
    window.settings.sync()
    assert "manager" not in (data_dir.parent / "settings.ini").read_text("utf-8")


def test_a_manager_only_vault_hides_the_carers_own_actions_until_the_role_changes(
        dialog: SettingsDialog, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export for my manager and Start a review (toolbar, menus, shortcuts) are a carer's: gone for someone
    here only as a manager, back when Settings says they keep a passport of their own too."""
    from carerpassport.domain.roles import Role

    def shown() -> dict[str, bool]:
        QApplication.processEvents()  # the toolbar lays its buttons out again on the next pass
        buttons = {a.text(): window.toolbar.widgetForAction(a) for a in window.toolbar.actions()}
        return {"export button": buttons["&Export for my manager…"].isVisible(),
                "review button": buttons["&Start a review…"].isVisible(),
                "import": next(a for d, a in window.dialog_actions if d.cls == "ImportDialog").isVisible(),
                "review menu": window.menus["review"].menuAction().isVisible()}

    def kept() -> dict[str, bool]:
        return {"lock button": window.toolbar.widgetForAction(window.lock_action).isVisible(),
                "countersign": next(a for d, a in window.dialog_actions if d.cls == "CountersignDialog").isVisible(),
                "open bundle": next(a for d, a in window.dialog_actions if d.cls == "OpenBundleDialog").isVisible()}

    window.show()
    assert set(shown().values()) == {True} and set(kept().values()) == {True}
    dialog.role_buttons[Role.MANAGER].setChecked(True)
    assert set(shown().values()) == {False}, shown()
    assert set(kept().values()) == {True}, kept()
    listed: list[str] = []  # Help › Keyboard shortcuts lists only keys that do something here
    monkeypatch.setattr(QDialog, "exec", lambda box: listed.append(box.text_label.text()) or 0)
    window.show_shortcuts()
    assert "Ctrl+O" in listed[-1] and "Ctrl+E" not in listed[-1] and "Ctrl+R" not in listed[-1]
    dialog.role_buttons[Role.BOTH].setChecked(True)
    assert set(shown().values()) == {True}, shown()
    window.show_shortcuts()
    assert "Ctrl+E" in listed[-1] and "Ctrl+R" in listed[-1]
    dialog.reject()


def test_at_200_percent_text_close_and_text_size_stay_on_a_768_pixel_screen(dialog: SettingsDialog) -> None:
    dialog.size_box.setCurrentIndex(dialog.size_box.findData(200))
    dialog.resize(dialog.width(), 700)  # what the screen-fit filter gives it on a 768-pixel screen
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisibleTo(dialog) and close.geometry().bottom() <= dialog.height()
    assert dialog.groups_area.isAncestorOf(dialog.size_box) and not dialog.groups_area.isAncestorOf(close)
    dialog.size_box.setFocus()
    dialog.groups_area.ensureWidgetVisible(dialog.size_box)
    top = dialog.size_box.mapTo(dialog, dialog.size_box.rect().topLeft()).y()
    assert 0 <= top <= dialog.height()
