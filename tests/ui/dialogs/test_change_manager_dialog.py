"""The new-manager dialog: nothing ticked at first, the "agree again" note, and an export (off the GUI
thread) holding only what was ticked. Also the checklist dialog."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.change_manager_dialog import ChangeManagerDialog
from carerpassport.ui.dialogs.checklist_dialog import ChecklistDialog
from carerpassport.ui.tasks import TaskRunner
from tests.ui.shell_fixtures import shell_theme  # noqa: F401 - fixture
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

OLD_FINGERPRINT = "ef" * 32


def _embedded(path: Path) -> dict[str, object]:
    (data,) = PdfReader(io.BytesIO(path.read_bytes())).attachments["passport.json"]
    loaded: dict[str, object] = json.loads(data)
    return loaded


def _dialog(app: PassportApp, qtbot, runner: TaskRunner | None = None) -> ChangeManagerDialog:  # noqa: ANN001
    dialog = ChangeManagerDialog(app, runner or TaskRunner(synchronous=True))
    # The default agreement allows no future manager: the employee confirms (tested in test_agreement_confirm.py)
    dialog.ask_outside_agreement = lambda _parent, _decision: True
    return shown(qtbot, dialog)


def test_nothing_is_ticked_and_the_note_is_shown(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                 shell_theme) -> None:  # noqa: ANN001, F811
    dialog = _dialog(filled_app, qtbot)
    assert set(dialog.field_boxes) == {"caring.responsibilities", "caring.effect_on_work", "caring.how_managing",
                                       "emergency.arrangements"}
    assert not any(c.isChecked() for c in dialog.field_boxes.values()) and not dialog.actions_box.isChecked()
    private = [f for f, box in dialog.field_boxes.items() if box.text().endswith(" (private)")]
    assert private == ["caring.how_managing"]  # ticking it is the explicit choice to share a private answer
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    assert "need to be agreed again" in texts and "does not guarantee that earlier arrangements continue" in texts
    assert unnamed_controls(dialog) == []
    dialog.name.setText("Carol New")
    dialog.field_boxes["caring.effect_on_work"].setChecked(True)
    screenshot(dialog, "change-manager.png")


def test_export_holds_only_what_was_ticked(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    filled_app.repo.add_pin("Bob Smith", OLD_FINGERPRINT, role="manager")
    flags = {k: a.shared for k, a in filled_app.editing.passport().answers.items()}
    runner = TaskRunner()  # a real thread pool: the signing runs off the GUI thread
    dialog = _dialog(filled_app, qtbot, runner)
    dialog.name.setText("Carol New")
    dialog.contact.setText("carol@example.org")
    dialog.field_boxes["caring.effect_on_work"].setChecked(True)
    out = tmp_path / "for-carol.pdf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.record_button.click()
    runner.wait()
    assert filled_app.editing.passport().manager.name == "Carol New"
    assert {k: a.shared for k, a in filled_app.editing.passport().answers.items()} == flags
    assert next(p for p in filled_app.repo.pins() if p.fingerprint == OLD_FINGERPRINT).retired_at is not None
    embedded = _embedded(out)
    assert embedded["answers"] == {"caring.effect_on_work": {"text": "I may need to leave at short notice."}}
    assert embedded["actions"] == []
    (share,) = filled_app.shares.holdings("Carol New")
    assert share.fields == ["caring.effect_on_work"] and share.purpose == "new line manager"
    assert dialog.result_export.sha256 == share.file_sha256


def test_problems_are_shown_in_the_dialog(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    before = filled_app.editing.latest_revision().number
    dialog = _dialog(filled_app, qtbot)
    dialog.record_button.click()
    assert "Choose where to save" in dialog.status.text() and dialog.isVisible()
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.record_button.click()
    assert "new line manager's name" in dialog.status.text()
    assert filled_app.editing.latest_revision().number == before
    # the manager is recorded, but the folder does not exist: say so, keep the dialog open, retry works
    dialog.name.setText("Dan")
    dialog.path.setText(str(tmp_path / "missing" / "x.pdf"))
    dialog.record_button.click()
    assert "Your new manager is recorded, but the PDF was not saved" in dialog.status.text()
    assert filled_app.editing.passport().manager.name == "Dan" and dialog.isVisible()
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.record_button.click()
    assert not dialog.isVisible() and (tmp_path / "x.pdf").exists()
    assert filled_app.editing.latest_revision().number == before + 1  # one manager change, not two


def test_record_without_exporting(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(filled_app, qtbot)
    dialog.name.setText("Erin")
    dialog.export_now.setChecked(False)
    assert not dialog.path.isEnabled()
    dialog.record_button.click()
    assert filled_app.editing.passport().manager.name == "Erin" and filled_app.shares.shares() == []


def test_checklist_dialog_previews_and_saves(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = shown(qtbot, ChecklistDialog(filled_app, TaskRunner(synchronous=True)))
    text = dialog.preview.toPlainText()
    assert "What are your caring responsibilities?" in text and "I look after my father" in text
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "checklist-dialog.png")
    out = tmp_path / "checklist.pdf"
    dialog.save_to(out)
    assert dialog.saved_to == out and out.read_bytes().startswith(b"%PDF") and "Saved to" in dialog.status.text()
    dialog.save_to(tmp_path / "missing" / "c.pdf")
    assert dialog.status.text().startswith("Not saved:")
