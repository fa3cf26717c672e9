"""The carer's own first steps on the Passport page: shown while the passport is new, each step ticked from
what the vault records (an answer, a shared answer, an export, a countersigned copy imported back), gone
once all are done; hidden for good from the keyboard, still hidden after the vault is opened again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.import_dialog import ImportDialog
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.views.editor_view import EditorView
from tests.conftest import PASSPHRASE
from tests.countersign_support import manager_vault
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from tests.ui.ui_support import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _editor(window: MainWindow, app: PassportApp) -> EditorView:
    window.set_app(app)
    window.show_view("passport")
    editor = window.views["passport"]
    assert isinstance(editor, EditorView)
    return editor


def _ticked(editor: EditorView) -> list[bool]:
    return ["done" in part for part in editor.first_steps.text.accessibleDescription().split(";")]


def test_each_step_is_ticked_as_it_is_done_and_the_steps_go_when_all_are(
        app: PassportApp, shell_window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: F811, ANN001
    editor = _editor(shell_window, app)
    shell_window.show()
    assert editor.first_steps.isVisible() and _ticked(editor) == [False, False, False, False]
    assert "Export a signed copy for your manager (Ctrl+E)" in editor.first_steps.text.text()
    assert "File › Export for my manager" in editor.first_steps.text.accessibleDescription()

    app.editing.set_answer("caring.responsibilities", "I look after my father.", shared=False)
    editor.refresh()
    assert _ticked(editor) == [True, False, False, False]
    app.editing.set_answer("caring.responsibilities", "I look after my father.", shared=True)
    editor.refresh()
    assert _ticked(editor) == [True, True, False, False]

    export = tmp_path / "exported.pdf"
    app.pdfs.export_signed_pdf(export)
    editor.refresh()
    assert _ticked(editor) == [True, True, True, False] and editor.first_steps.isVisible()

    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    try:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="OK")
    finally:
        manager.close()
    dialog = shell_window.open_feature_dialog(next(d for d in DIALOGS if d.cls == "ImportDialog"))
    assert isinstance(dialog, ImportDialog)
    dialog.check_path(signed)
    with qtbot.waitSignal(dialog.imported):
        dialog.record.click()
    dialog.accept()
    qtbot.waitUntil(lambda: not editor.first_steps.isVisible())  # all four done: nothing left to show
    assert app.agreement.first_steps().done
    assert editor.agreement.isVisible() and editor.agreement.text().startswith("✓ Agreed with Łukasz Nowak")


def test_hidden_from_the_keyboard_and_still_hidden_next_time(app: PassportApp, data_dir: Path,
                                                             shell_window: MainWindow, qtbot) -> None:  # noqa: F811, ANN001
    editor = _editor(shell_window, app)
    shell_window.show()
    button = editor.first_steps.hide_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName() == "Hide these steps"
    assert not editor.agreement.isVisible()  # "not agreed yet — export it..." is what the steps say
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not editor.first_steps.isVisible()
    assert editor.agreement.isVisible() and editor.agreement.text().startswith("Not agreed with a manager yet")
    shell_window.lock()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        steps = reopened.agreement.first_steps()
        assert steps.hidden and not steps.shown and not steps.exported
    finally:
        reopened.close()


def test_every_menu_path_the_first_steps_name_is_in_the_menus() -> None:
    """Both roles' first steps send people to menu entries: each named one exists, under that menu."""
    from carerpassport.ui.menu_specs import DIALOGS
    from carerpassport.ui.views.received_view import first_steps
    from carerpassport.ui.widgets.first_steps import STEPS

    entries = {(d.menu, d.text.replace("&", "")) for d in DIALOGS}
    named = re.findall(r"(File|Help|Review|Manager) › ([^,)(“]+?…)", first_steps() + " ".join(w for _, w in STEPS))
    assert len(named) >= 3
    for menu, text in named:
        assert (menu.lower(), text) in entries, f"{menu} › {text}"
