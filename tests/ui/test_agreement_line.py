"""The status line on the Passport and Agreed actions pages: not agreed yet, then, as soon as the
countersigned copy is recorded (the import dialog still open), agreed with the manager's certificate name
and the next review; then changed since, after an edit on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.dates import readable_date
from carerpassport.domain.review import default_next_review
from carerpassport.ui.dialogs.import_dialog import ImportDialog
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.views.actions_view import ActionsView
from carerpassport.ui.views.editor_view import EditorView
from tests.countersign_support import employee_pdf, manager_vault
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _countersigned(app: PassportApp, tmp_path: Path) -> Path:
    export = tmp_path / "exported.pdf"
    employee_pdf(app, export)
    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    try:  # on the form the manager typed a shorter name than their certificate's
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed,
                                           comment="Happy to support this.", name="Lukasz N.")
    finally:
        manager.close()
    return signed


def test_the_pages_show_the_outcome_of_an_import(filled_app: PassportApp, shell_window: MainWindow,  # noqa: F811
                                                 qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    shell_window.set_app(filled_app)
    shell_window.show_view("actions")
    shell_window.show_view("passport")
    editor, actions = shell_window.views["passport"], shell_window.views["actions"]
    assert isinstance(editor, EditorView) and isinstance(actions, ActionsView)
    assert editor.agreement.text().startswith("Not agreed with a manager yet")
    assert actions.agreement.text().startswith("Not agreed with a manager yet")

    signed = _countersigned(filled_app, tmp_path)
    spec = next(d for d in DIALOGS if d.cls == "ImportDialog")
    dialog = shell_window.open_feature_dialog(spec)
    assert isinstance(dialog, ImportDialog)
    dialog.check_path(signed)
    with qtbot.waitSignal(dialog.imported):
        dialog.record.click()

    agreed_on = filled_app.agreement.status().agreed_on
    assert agreed_on is not None
    line = (f"✓ Agreed with Łukasz Nowak on {readable_date(agreed_on)} — next review by "
            f"{readable_date(default_next_review(agreed_on))}.")
    # Both pages, while the dialog is still open: no restart, no page switch.
    assert dialog.isVisible()
    assert editor.agreement.text() == line
    assert actions.agreement.text() == line
    assert editor.agreement.accessibleDescription() == line
    dialog.accept()
    screenshot(shell_window, "main-window-agreed.png")

    card = editor.card("caring.effect_on_work")
    card.set_text(card.text() + " Sometimes twice a week.")
    card.edited.emit("caring.effect_on_work")
    editor.flush()
    assert editor.agreement.text().startswith("Changed since you last agreed it — export again when you are ready")
    shell_window.show_view("actions")
    assert actions.agreement.text() == editor.agreement.text()
