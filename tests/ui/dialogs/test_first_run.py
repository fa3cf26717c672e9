"""First run: names, passphrase rules, the vault is really created, the recovery code is kept and works."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.first_run import CODE, CREATING, PROTECT, WELCOME, FirstRunDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.vault.errors import WrongKeyError
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_theme  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
PASS = "tired carer at eleven"


@pytest.fixture
def first_run(qtbot, data_dir: Path, shell_runner: TaskRunner, shell_theme) -> FirstRunDialog:  # noqa: F811
    dialog = FirstRunDialog(data_dir, None, shell_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _to_code_page(dialog: FirstRunDialog) -> None:
    dialog.name_field.setText("Siân Jones")
    dialog.manager_field.setText("Bob Smith")
    dialog.next_button.click()
    dialog.passphrase.first.setText(PASS)
    dialog.passphrase.second.setText(PASS)
    dialog.next_button.click()


def test_creates_the_vault_and_opens_only_after_the_code_is_typed_back(first_run: FirstRunDialog,
                                                                       data_dir: Path, qtbot) -> None:
    assert first_run.page() == WELCOME
    _to_code_page(first_run)
    assert first_run.page() == CODE
    assert PassportApp.exists(data_dir)
    widget = first_run.code_widget
    assert widget is not None and not first_run.next_button.isEnabled()

    widget.check_field.setText("WRONG")
    assert widget.check() is False
    assert "not group" in widget.check_message.text()
    assert not first_run.next_button.isEnabled()

    widget.check_field.setText(widget.expected_group().lower())
    with qtbot.waitSignal(first_run.created, timeout=1000) as created:
        assert widget.check() is True
        assert first_run.next_button.isEnabled()
        first_run.next_button.click()
    app = created.args[0]
    assert isinstance(app, PassportApp)
    assert app.editing.passport().employee.name == "Siân Jones"
    assert app.editing.passport().manager.name == "Bob Smith"
    code = widget.code_field.text()
    app.close()

    # Both ways in really work, and something else does not.
    reopened = PassportApp.open(data_dir, passphrase=PASS)
    assert reopened.vault.unlocked.method == "passphrase"
    reopened.close()
    by_code = PassportApp.open(data_dir, recovery_code=code)
    assert by_code.editing.passport().employee.name == "Siân Jones"
    by_code.close()
    with pytest.raises(WrongKeyError):
        PassportApp.open(data_dir, passphrase="not the passphrase")


def test_the_checked_group_is_never_the_first(first_run: FirstRunDialog) -> None:
    _to_code_page(first_run)
    assert first_run.code_widget is not None
    assert 2 <= first_run.code_widget.check_group <= 6


def test_without_a_keyring_a_passphrase_is_required(first_run: FirstRunDialog, data_dir: Path) -> None:
    first_run.next_button.click()
    assert first_run.page() == PROTECT
    assert "no keyring" in first_run.keyring_text.text()
    first_run.next_button.click()  # no passphrase typed
    assert first_run.page() == PROTECT
    assert "at least 8" in first_run.protect_error.text()
    first_run.passphrase.first.setText(PASS)
    first_run.passphrase.second.setText(PASS + "x")
    first_run.next_button.click()
    assert "not the same" in first_run.protect_error.text()
    assert not PassportApp.exists(data_dir)


def test_a_failure_while_creating_goes_back_with_the_reason(first_run: FirstRunDialog, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "vault.db").write_bytes(b"something already here")
    _to_code_page(first_run)
    assert first_run.page() == PROTECT
    assert "not created" in first_run.protect_error.text()
    assert "already a vault" in first_run.protect_error.text()


def test_busy_page_while_the_keys_are_made(qtbot, data_dir: Path, shell_theme) -> None:  # noqa: F811
    runner = TaskRunner()  # a real thread pool: the page must show while Argon2id runs
    dialog = FirstRunDialog(data_dir, None, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_button.click()
    dialog.passphrase.first.setText(PASS)
    dialog.passphrase.second.setText(PASS)
    dialog.next_button.click()
    assert dialog.page() == CREATING
    assert not dialog.next_button.isEnabled() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.page() == CODE, timeout=20_000)
    assert dialog.app is not None
    dialog.app.close()


def test_save_to_file_is_private_and_holds_the_code(first_run: FirstRunDialog, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _to_code_page(first_run)
    widget = first_run.code_widget
    assert widget is not None
    target = tmp_path / "code.txt"
    monkeypatch.setattr(widget, "choose_save_path", lambda: target)
    widget.save_button.click()
    assert widget.code_field.text() in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert widget.saved_to == target
    assert first_run.app is not None
    first_run.app.close()


def test_print_without_a_printer_saves_a_pdf(first_run: FirstRunDialog, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _to_code_page(first_run)
    widget = first_run.code_widget
    assert widget is not None
    target = tmp_path / "code.pdf"
    monkeypatch.setattr(widget, "printers_available", lambda: False)
    monkeypatch.setattr(widget, "choose_pdf_path", lambda: target)
    widget.print_button.click()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert widget.code_field.text() in text.replace(" ", "")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "saved as a PDF" in widget.status.text()
    assert first_run.app is not None
    first_run.app.close()


def test_copied_code_is_cleared_from_the_clipboard(first_run: FirstRunDialog, qtbot) -> None:
    _to_code_page(first_run)
    widget = first_run.code_widget
    assert widget is not None
    assert widget.clipboard.seconds == 30
    widget.clipboard.seconds = 1  # the real timeout is 30 s; the mechanism is the same
    widget.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == widget.code_field.text()
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    assert first_run.app is not None
    first_run.app.close()


def test_the_clipboard_is_left_alone_if_the_user_copied_something_else(first_run: FirstRunDialog) -> None:
    _to_code_page(first_run)
    widget = first_run.code_widget
    assert widget is not None
    widget.copy_button.click()
    QGuiApplication.clipboard().setText("my shopping list")
    widget.clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == "my shopping list"
    assert first_run.app is not None
    first_run.app.close()


def test_a_manager_says_so_and_gets_their_own_welcome(first_run: FirstRunDialog, data_dir: Path, qtbot) -> None:
    from carerpassport.domain.roles import Role

    assert first_run.role() is Role.EMPLOYEE and first_run.manager_field.isVisibleTo(first_run)
    first_run.role_buttons[Role.MANAGER].setChecked(True)
    assert first_run.welcome_title.text() == "Welcome: passports from your team"
    assert "Keep it where only you can open it" in first_run.welcome_text.text()
    assert not first_run.manager_field.isVisibleTo(first_run)  # no line manager of their own to name
    first_run.name_field.setText("Bob Smith")
    first_run.next_button.click()
    # No passport of their own: the lock step speaks of the copies they hold.
    assert first_run.protect_title.text() == "How the passports you hold are locked"
    assert first_run.next_button.text() == "&Set it up"
    first_run.passphrase.first.setText(PASS)
    first_run.passphrase.second.setText(PASS)
    first_run.next_button.click()
    assert first_run.page() == CODE
    assert first_run.app is not None and first_run.app.received.role() is Role.MANAGER
    first_run.app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASS)
    try:
        assert reopened.received.role() is Role.MANAGER
    finally:
        reopened.close()
