"""The "Import my employer's form" dialog: a preview first (employer, version, policies, contacts, questions
added and removed), nothing recorded until Import; a broken file is refused with its sentence and the vault
stays byte-identical; after Import the window's pages are rebuilt on the new form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.template_import_dialog import TemplateImportDialog
from carerpassport.ui.main_window import DIALOGS, MainWindow
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.editor_view import EMPLOYER_PAGE_TITLE, FORMER_LIST_TITLE, EditorView
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401 - fixtures
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls
from tests.unit.exchange.test_template_file import BROKEN, EXAMPLES
from tests.unit.usecases.test_templates import vault_hashes

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NORTHBRIDGE_1 = EXAMPLES / "northbridge-building-society-v1.json"
NORTHBRIDGE_2 = EXAMPLES / "northbridge-building-society-v2.json"


@pytest.fixture
def dialog(app: PassportApp, qtbot) -> Iterator[TemplateImportDialog]:  # noqa: ANN001 - pytest-qt's qtbot
    dlg = shown(qtbot, TemplateImportDialog(app, TaskRunner(synchronous=True)))
    yield dlg
    dlg.close()


def test_the_preview_comes_first_and_import_records_it(dialog: TemplateImportDialog, app: PassportApp,
                                                       data_dir: Path, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("support.society_support", "The network helped.", shared=True)
    before = vault_hashes(data_dir)
    dialog.choose_file = lambda: NORTHBRIDGE_2
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    preview = dialog.details.toPlainText()
    assert "Employer: Northbridge Building Society" in preview
    assert "version 2" in preview.splitlines()[0]
    assert "changed policy: Flexible Working Policy" in preview
    assert "Contacts: HR Advice Centre" in preview
    assert "added: Would you like to hear from the Carers' Network?" in preview
    assert "removed: Have you considered the support available to carers within the Society? (your answer is kept" \
        in preview
    assert dialog.import_button.isEnabled()
    assert vault_hashes(data_dir) == before and app.template.version == 1  # the preview recorded nothing
    assert unnamed_controls(dialog) == []
    dialog.grab().save(str(tmp_path / "template-preview.png"))

    with qtbot.waitSignal(dialog.template_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert app.template.version == 2
    assert dialog.verdict.text().startswith("Imported. Your passport now follows Northbridge Building Society")
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("name", ["syntax-missing-comma.json", "insecure-link.json", "duplicate-field-id.json"])
def test_a_broken_file_is_refused_with_its_sentence_and_nothing_changes(dialog: TemplateImportDialog, name: str,
                                                                        app: PassportApp, data_dir: Path) -> None:
    before = vault_hashes(data_dir)
    dialog.check(BROKEN / name)
    text = dialog.verdict.text()
    assert text.startswith(f"This file cannot be imported; nothing was changed. {name}"), text
    assert dialog.verdict.property("role") == "error"
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()
    assert vault_hashes(data_dir) == before and app.template.id == "carerpassport.default"


def test_an_older_version_is_refused_by_the_vault(dialog: TemplateImportDialog, app: PassportApp) -> None:
    app.templates.import_file(NORTHBRIDGE_2)
    dialog.check(NORTHBRIDGE_1)
    assert "older than version 2" in dialog.verdict.text()
    assert not dialog.import_button.isEnabled()


def test_the_window_rebuilds_its_pages_on_the_new_form(app: PassportApp, shell_window: MainWindow,  # noqa: F811
                                                       qtbot) -> None:  # noqa: ANN001
    app.templates.import_file(NORTHBRIDGE_1)
    app.editing.set_answer("support.society_support", "The network helped.", shared=True)
    shell_window.set_app(app)
    shell_window.show_view("passport")
    spec = next(d for d in DIALOGS if d.cls == "TemplateImportDialog")
    dialog = shell_window.open_feature_dialog(spec)
    assert isinstance(dialog, TemplateImportDialog)
    dialog.check(NORTHBRIDGE_2)
    with qtbot.waitSignal(dialog.template_changed):
        dialog.import_button.click()
    editor = shell_window.views["passport"]
    assert isinstance(editor, EditorView)
    titles = [editor.sections.item(i).text() for i in range(editor.sections.count())]
    assert EMPLOYER_PAGE_TITLE in titles and FORMER_LIST_TITLE in titles
    editor.sections.setCurrentRow(titles.index(EMPLOYER_PAGE_TITLE))
    heading = editor.pages.currentWidget().findChild(QLabel)
    assert heading is not None and heading.text() == "Northbridge Building Society: policies and contacts"
    editor.sections.setCurrentRow(titles.index(FORMER_LIST_TITLE))
    assert editor.former is not None
    box = editor.former.share_boxes["support.society_support"]
    assert not box.isChecked()  # private after the form dropped it
    box.setChecked(True)
    assert app.editing.passport().shared_dict()["answers"]["support.society_support"] == {"text": "The network helped."}
    dialog.accept()


def test_an_unanswered_question_shows_the_employers_share_default(app: PassportApp, qtbot) -> None:  # noqa: ANN001
    app.templates.import_file(NORTHBRIDGE_1)
    view = EditorView(app, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    assert view.card("support.carers_policy").shared() is True  # "share_default": true in the file
    assert view.card("caring.responsibilities").shared() is False
