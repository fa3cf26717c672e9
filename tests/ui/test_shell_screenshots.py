"""Reference screenshots of the app shell for the README (``docs/screenshots/``): first run, the recovery
code, unlock, locked, settings, and the main window in dark, high contrast and at 200 % text. Each is
grabbed from the real window, offscreen, and checked not to be blank; each test also checks the thing
the picture is meant to show (the right page, the right colours, the text size)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.first_run import CODE, WELCOME, FirstRunDialog
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import DARK, HIGH_CONTRAST, ThemeManager
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import screenshot, unlock_dialog

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WINDOW_SIZE = (1180, 760)


def _clipped_labels(root: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text (cut off on screen)."""
    return [label.text() for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.text() and not label.wordWrap()
            and label.width() < label.minimumSizeHint().width()]


@pytest.fixture
def passport(filled_app: PassportApp) -> PassportApp:
    filled_app.editing.set_answer("employee.role", "Customer adviser")
    filled_app.editing.set_answer("employee.team", "Payments, Leeds office")
    filled_app.editing.add_action("Keep my phone on my desk during meetings", kind="emergency_cover", owner="Bob Smith",
                          status="in_place")
    return filled_app


def _first_run(qtbot, data_dir: Path, runner: TaskRunner) -> FirstRunDialog:  # noqa: ANN001
    dialog = FirstRunDialog(data_dir, None, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_welcome_and_recovery_code(qtbot, data_dir: Path, shell_runner: TaskRunner,  # noqa: F811
                                             shell_theme: ThemeManager) -> None:  # noqa: F811
    dialog = _first_run(qtbot, data_dir, shell_runner)
    dialog.name_field.setText("Siân Jones")
    assert dialog.page() == WELCOME
    screenshot(dialog, "first-run-welcome.png")
    assert _clipped_labels(dialog) == []
    dialog.next_button.click()
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.page() == CODE and dialog.code_widget is not None
    dialog.adjustSize()
    code_field = dialog.code_widget.code_field
    assert code_field.width() >= code_field.fontMetrics().horizontalAdvance(code_field.text())  # whole code shows
    screenshot(dialog, "first-run-recovery-code.png")
    assert dialog.app is not None
    dialog.app.close()


def test_unlock_and_locked(shell_window: MainWindow, passport: PassportApp, qtbot) -> None:  # noqa: F811, ANN001
    shell_window.resize(*WINDOW_SIZE)
    shell_window.set_app(passport)
    shell_window.inactivity.set_interval_ms(50)
    with qtbot.waitSignal(shell_window.locked):
        pass
    assert shell_window.modes.currentWidget() is shell_window.locked_page
    screenshot(shell_window, "locked.png")
    dialog = unlock_dialog(shell_window, qtbot)
    dialog.secret_field.setText("correct horse")
    dialog.try_unlock()
    assert "does not open your passport" in dialog.error_label.text()
    screenshot(dialog, "unlock.png")
    assert _clipped_labels(dialog) == []


def test_settings(shell_window: MainWindow, passport: PassportApp) -> None:  # noqa: F811
    shell_window.set_app(passport)
    dialog = shell_window.open_settings()
    assert dialog is not None
    assert dialog.data_field.text() == str(passport.data_dir)  # type: ignore[attr-defined]
    # For the README: where the folder is on a typical Linux desktop, not this test's temporary folder.
    dialog.data_field.setText("/home/sian/.local/share/CarerPassport")  # type: ignore[attr-defined]
    dialog.adjustSize()
    screenshot(dialog, "settings.png")
    assert _clipped_labels(dialog) == []


@pytest.mark.parametrize(("theme", "size", "name"), [
    ("dark", 100, "main-window-dark.png"),
    ("high_contrast", 100, "main-window-high-contrast.png"),
    ("light", 200, "main-window-large-text.png"),
])
def test_main_window(shell_window: MainWindow, passport: PassportApp, shell_theme: ThemeManager,  # noqa: F811
                     theme: str, size: int, name: str) -> None:
    shell_theme.apply(theme, size)
    shell_window.resize(*WINDOW_SIZE)
    shell_window.set_app(passport)
    shell_window.show_view("passport")
    shell_window.view("passport").show_section(1)  # type: ignore[attr-defined]
    QApplication.processEvents()
    window_colour = shell_window.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == {"dark": DARK.window, "high_contrast": HIGH_CONTRAST.window}.get(theme, window_colour)
    assert shell_window.font().pointSizeF() == pytest.approx(shell_theme.base_point_size * size / 100, abs=0.1)
    screenshot(shell_window, name)
