"""Issue 15's screens not pictured elsewhere, in light, dark and high contrast at 100 % and 200 % text (the
held list, the reader and Open encrypted copy are in tests/ui/views/test_received_view.py): the first run's
role choice, My identity, the carer's first steps and the Passport page's status line once agreed. Each is
also walked for names, and the pictures were looked at (dark and high contrast in particular)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from carerpassport.app import PassportApp
from carerpassport.domain.roles import Role
from carerpassport.ui.dialogs.first_run import FirstRunDialog
from carerpassport.ui.dialogs.identity_dialog import IdentityDialog
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.views.editor_view import EditorView
from tests.countersign_support import manager_vault
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import screenshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
THEMES = pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
SIZES = pytest.mark.parametrize("size", [100, 200])


@THEMES
@SIZES
def test_first_run_role_page_and_my_identity(qtbot, data_dir: Path, shell_runner: TaskRunner,  # noqa: F811, ANN001
                                             shell_theme: ThemeManager, shell_window: MainWindow,  # noqa: F811
                                             filled_app: PassportApp, theme: str, size: int) -> None:
    """Both opened over the window, as the app opens them (so they are fitted to the screen)."""
    shell_theme.apply(theme, size)
    shell_window.resize(1366, 768)
    shell_window.show()
    first = FirstRunDialog(data_dir.parent / "new-vault", None, shell_runner, shell_window)
    first.show()
    first.role_buttons[Role.MANAGER].setChecked(True)
    settle()
    assert first.role() is Role.MANAGER and accessibility_problems(first) == []
    screenshot(first, f"first-run-role-{theme}-{size}.png")
    first.reject()

    shell_window.set_app(filled_app)
    identity = shell_window.open_feature_dialog(next(d for d in DIALOGS if d.cls == "IdentityDialog"))
    assert isinstance(identity, IdentityDialog)
    settle()
    assert accessibility_problems(identity) == []
    screenshot(identity, f"my-identity-{theme}-{size}.png")
    identity.reject()


def settle() -> None:
    """A dialog is fitted to the screen a turn or two after it shows."""
    for _ in range(10):
        QApplication.processEvents()


@THEMES
@SIZES
def test_first_steps_then_the_agreed_status_line(shell_window: MainWindow, filled_app: PassportApp,  # noqa: F811
                                                 shell_theme: ThemeManager, tmp_path: Path,  # noqa: F811
                                                 theme: str, size: int) -> None:
    shell_theme.apply(theme, size)
    shell_window.resize(1366, 768)
    shell_window.set_app(filled_app)
    shell_window.show_view("passport")
    shell_window.show()
    editor = shell_window.views["passport"]
    assert isinstance(editor, EditorView) and editor.first_steps.isVisible()
    assert accessibility_problems(shell_window) == []
    screenshot(shell_window, f"passport-first-steps-{theme}-{size}.png")

    export = tmp_path / "exported.pdf"
    filled_app.pdfs.export_signed_pdf(export)
    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    try:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="OK")
    finally:
        manager.close()
    filled_app.countersigning.import_countersigned(signed, trust_new_manager=True)
    editor.refresh()
    QApplication.processEvents()
    assert editor.agreement.text().startswith("✓ Agreed with Łukasz Nowak on")
    assert not editor.first_steps.isVisible()  # every step done
    screenshot(shell_window, f"passport-agreed-{theme}-{size}.png")
