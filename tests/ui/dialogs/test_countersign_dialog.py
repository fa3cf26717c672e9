"""Manager mode in the GUI: the countersign dialog and the received passports view."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.countersign_dialog import CountersignDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.received_view import ReceivedView
from tests.countersign_support import employee_pdf, manager_vault
from tests.ui.shell_fixtures import shell_theme
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["shell_theme"]  # a fixture, used by name


@pytest.fixture
def manager(tmp_path: Path) -> PassportApp:
    app = manager_vault(tmp_path / "manager-vault")
    yield app  # type: ignore[misc]
    app.close()


def test_open_read_comment_and_countersign(filled_app: PassportApp, manager: PassportApp, tmp_path: Path,
                                          qtbot: QtBot, shell_theme: object) -> None:
    export = tmp_path / "from-sian.pdf"
    employee_pdf(filled_app, export)
    dialog = shown(qtbot, CountersignDialog(manager, TaskRunner(synchronous=True)))
    dialog.open_path(export)
    assert filled_app.identity().fingerprint in dialog.verification.text()
    assert dialog.reader is not None
    text = dialog.reader.plain_text()
    assert "I look after my father" in text and "Start at 10:00 on Tuesdays" in text
    assert "PRIVATE" not in text
    assert dialog.name.text() == "Bob Smith" and dialog.sign.isEnabled()
    qtbot.keyClicks(dialog.comment, "Agreed. We review this in a year.")
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "countersign-dialog.png")
    out = tmp_path / "countersigned.pdf"
    with qtbot.waitSignal(dialog.countersigned):
        dialog.countersign_to(out)
    assert out.exists() and dialog.result_ is not None and dialog.result_.countersigned.comment.startswith("Agreed.")
    imp = filled_app.countersigning.inspect_countersigned(out.read_bytes(), "countersigned.pdf")
    assert imp.comment == "Agreed. We review this in a year." and imp.manager_name == "Bob Smith"
    assert "Countersigned and saved" in dialog.status.text()

    view = shown(qtbot, ReceivedView(manager, TaskRunner(synchronous=True)), (760, 320))
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Siân Jones"  # the employee comes first
    assert unnamed_controls(view) == []
    view.table.selectRow(0)
    assert view.save_button.isEnabled()
    screenshot(view, "received-passports.png")
    copy = tmp_path / "copy.pdf"
    view.save_copy(view.selected(), copy)  # type: ignore[arg-type]
    assert copy.read_bytes() == out.read_bytes() and "Saved to" in view.status.text()
    assert [e.summary for e in manager.repo.events("export")] == [
        f"Copy of Siân Jones's countersigned passport written to {copy}"]


def test_a_file_that_is_not_a_passport_is_explained(manager: PassportApp, tmp_path: Path, qtbot: QtBot) -> None:
    bogus = tmp_path / "letter.pdf"
    bogus.write_text("Dear Bob, see attached.")
    dialog = CountersignDialog(manager, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.open_path(bogus)
    assert "not a PDF" in dialog.verification.text() and dialog.verification.property("role") == "error"
    assert not dialog.sign.isEnabled()


def test_received_view_empty_state(manager: PassportApp, qtbot: QtBot) -> None:
    view = ReceivedView(manager, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    assert view.table.rowCount() == 0 and not view.empty.isHidden() and not view.save_button.isEnabled()


def test_a_bug_of_ours_is_not_reported_as_a_damaged_file(filled_app: PassportApp, manager: PassportApp,
                                                         tmp_path: Path, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a countersign crash in a fresh process was shown to the manager as "damaged or altered"."""
    from carerpassport.domain.errors import INTERNAL_ERROR_SENTENCE
    from carerpassport.exchange import countersign, pdf_validation

    export = tmp_path / "from-sian.pdf"
    employee_pdf(filled_app, export)
    dialog = shown(qtbot, CountersignDialog(manager, TaskRunner(synchronous=True)))

    def check_fault(*args: object) -> None:
        raise KeyError("/Injected")

    with monkeypatch.context() as patch:
        patch.setattr(pdf_validation, "_check_marker", check_fault)
        dialog.open_path(export)
    text = dialog.verification.text()
    assert INTERNAL_ERROR_SENTENCE in text and "damaged" not in text and not dialog.sign.isEnabled()

    dialog.open_path(export)
    assert dialog.sign.isEnabled()

    def signing_fault(*args: object) -> None:
        raise TypeError("injected")

    monkeypatch.setattr(countersign, "render_appearances", signing_fault)
    out = tmp_path / "countersigned.pdf"
    dialog.countersign_to(out)
    text = dialog.status.text()
    assert INTERNAL_ERROR_SENTENCE in text and "Nothing was signed" in text and "damaged" not in text
    assert not out.exists() and manager.countersigning.received_passports() == []


def test_what_is_signed_is_what_was_shown(filled_app: PassportApp, manager: PassportApp, tmp_path: Path,
                                          qtbot: QtBot) -> None:
    export = tmp_path / "from-sian.pdf"
    original = employee_pdf(filled_app, export)
    dialog = shown(qtbot, CountersignDialog(manager, TaskRunner(synchronous=True)))
    dialog.open_path(export)
    assert "Siân Jones" in dialog.verification.text()
    export.write_bytes(b"%PDF-1.7\n% replaced after the manager read it\n%%EOF\n")
    out = tmp_path / "countersigned.pdf"
    with qtbot.waitSignal(dialog.countersigned):
        dialog.countersign_to(out)
    signed = out.read_bytes()
    assert signed[:len(original)] == original and len(signed) > len(original)
    assert filled_app.countersigning.inspect_countersigned(signed, "countersigned.pdf").manager_name == "Bob Smith"


def test_your_own_passport_cannot_be_countersigned(filled_app: PassportApp, tmp_path: Path, qtbot: QtBot) -> None:
    export = tmp_path / "mine.pdf"
    employee_pdf(filled_app, export)
    dialog = shown(qtbot, CountersignDialog(filled_app, TaskRunner(synchronous=True)))
    dialog.open_path(export)
    assert "WARNING: This is your own passport, signed with your own key" in dialog.verification.text()
    assert dialog.verification.property("role") == "error" and not dialog.sign.isEnabled()
    out = tmp_path / "self-countersigned.pdf"
    dialog.countersign_to(out)  # even if asked directly
    assert "your own key" in dialog.status.text() and not out.exists() and not dialog.sign.isEnabled()
    assert filled_app.countersigning.received_passports() == []
