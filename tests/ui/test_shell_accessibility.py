"""Every screen of the shell, walked widget by widget: each focusable control has a name a screen reader
announces (its accessible name, its buddy label or its own text), and each label with an Alt+letter
key has a buddy to move to. Screens: locked, first run (every page), unlock, the main window with each
page, settings and a new recovery code; also at 200 % text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.first_run import CODE, PROTECT, WELCOME, FirstRunDialog
from carerpassport.ui.main_window import VIEWS, MainWindow
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import accessibility_problems, unlock_dialog

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _check(widget: QWidget, screen: str) -> None:
    assert accessibility_problems(widget) == [], screen
    assert widget.accessibleName().strip(), f"{screen}: the window itself has no name"


def test_the_walker_finds_a_nameless_control(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit(root))
    layout.addWidget(QLabel("&Name", root))
    problems = accessibility_problems(root)
    assert any(p.startswith("no name: QLineEdit") for p in problems)
    assert any("mnemonic label without a buddy" in p for p in problems)


def test_locked_and_not_set_up(shell_window: MainWindow) -> None:  # noqa: F811
    _check(shell_window, "locked")
    shell_window.locked_page.show_not_set_up()
    _check(shell_window, "no passport yet")


def test_every_first_run_page(qtbot, data_dir: Path, shell_runner: TaskRunner,  # noqa: F811
                              shell_theme: ThemeManager) -> None:  # noqa: F811
    dialog = FirstRunDialog(data_dir, None, shell_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page() == WELCOME
    _check(dialog, "first run: welcome")
    dialog.next_button.click()
    assert dialog.page() == PROTECT
    _check(dialog, "first run: passphrase")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.page() == CODE
    _check(dialog, "first run: recovery code")
    assert dialog.app is not None
    dialog.app.close()


def test_unlock_and_every_page_of_the_main_window(shell_window: MainWindow, data_dir: Path,  # noqa: F811
                                                  qtbot) -> None:  # noqa: ANN001
    PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE).app.close()
    shell_window.start()
    dialog = unlock_dialog(shell_window, qtbot)
    _check(dialog, "unlock")
    dialog.secret_field.setText("wrong passphrase")
    dialog.try_unlock()
    _check(dialog, "unlock, after a wrong passphrase")
    dialog.secret_field.setText(PASSPHRASE)
    dialog.try_unlock()
    assert shell_window.app is not None
    for spec in VIEWS:
        shell_window.show_view(spec.key)
        _check(shell_window, f"main window: {spec.title}")


def test_settings_and_a_new_recovery_code(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shell_window.set_app(filled_app)
    settings = shell_window.open_settings()
    assert settings is not None
    _check(settings, "settings")
    monkeypatch.setattr(settings, "confirm_new_code", lambda: True)
    settings.code_button.click()  # type: ignore[attr-defined]
    _check(settings.code_dialog, "new recovery code")  # type: ignore[attr-defined]


def test_at_twice_the_text_size(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                shell_theme: ThemeManager) -> None:  # noqa: F811
    shell_theme.apply("high_contrast", 200)
    shell_window.set_app(filled_app)
    for spec in VIEWS:
        shell_window.show_view(spec.key)
        _check(shell_window, f"main window at 200 %: {spec.title}")
    settings = shell_window.open_settings()
    assert settings is not None
    _check(settings, "settings at 200 %")


def test_a_managers_screens(shell_window: MainWindow, filled_app: PassportApp, tmp_path: Path, qtbot,  # noqa: F811, ANN001
                            data_dir: Path, shell_runner: TaskRunner, shell_theme: ThemeManager) -> None:  # noqa: F811
    """First run as a manager, the held passports (empty and with one), the reader, the delete question."""
    from carerpassport.domain.roles import Role

    first = FirstRunDialog(tmp_path / "new", None, shell_runner)
    qtbot.addWidget(first)
    first.show()
    first.choose_role(Role.MANAGER)
    _check(first, "first run as a manager")
    exported = tmp_path / "sian.pdf"
    filled_app.pdfs.export_signed_pdf(exported)
    manager = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE,
                                 role=Role.MANAGER).app
    shell_window.set_app(manager)
    _check(shell_window, "held passports, none yet")
    held = shell_window.views["received"]
    held.add_pdf(exported)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: held.table.rowCount() == 1)  # type: ignore[attr-defined]
    held.table.selectRow(0)  # type: ignore[attr-defined]
    _check(shell_window, "held passports, one waiting")
    held.open_selected()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: held.reader_dialog is not None)  # type: ignore[attr-defined]
    _check(held.reader_dialog, "the reader")  # type: ignore[attr-defined]
    held.reader_dialog.reject()  # type: ignore[attr-defined]
    held.delete_selected()  # type: ignore[attr-defined]
    _check(held.delete_box, "delete my copy?")  # type: ignore[attr-defined]
    held.delete_box.reject()  # type: ignore[attr-defined]
@pytest.mark.parametrize("text_size", [100, 200])
def test_the_passport_reader_its_pages_and_countersigning_from_it(filled_app: PassportApp, tmp_path: Path,
                                                                  shell_theme: ThemeManager,  # noqa: F811
                                                                  qtbot, text_size: int) -> None:  # noqa: ANN001
    from carerpassport.exchange.passport_reading import read_passport
    from carerpassport.ui.views.passport_reader import ReaderDialog
    from tests.countersign_support import employee_pdf, manager_vault

    shell_theme.apply("high_contrast" if text_size == 200 else "light", text_size)
    manager = manager_vault(tmp_path / "manager-vault")
    try:
        data = employee_pdf(filled_app, tmp_path / "from-sian.pdf", purpose="Our 1:1")
        dialog = ReaderDialog(manager, TaskRunner(synchronous=True), read_passport(data), pdf_bytes=data)
        qtbot.addWidget(dialog)
        dialog.show()
        _check(dialog, f"passport reader at {text_size} %")
        assert dialog.reader.texts and all(label.accessibleDescription() for label in dialog.reader.texts)
        dialog.show_pages()
        assert dialog.pages_dialog is not None
        _check(dialog.pages_dialog, f"passport pages at {text_size} %")
        dialog.pages_dialog.close()
        dialog.countersign()
        assert dialog.countersign_dialog is not None
        _check(dialog.countersign_dialog, f"countersign from the reader at {text_size} %")
        dialog.countersign_dialog.reject()
        dialog.close()
    finally:
        manager.close()
