"""The export dialog previews the real signed pages, lists what is shared, and saves through the worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs import export_dialog
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.tasks import TaskRunner
from tests.pdf_support import employee_status
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def dialog(filled_app: PassportApp, qtbot) -> Iterator[ExportDialog]:  # noqa: ANN001 - pytest-qt's qtbot
    dlg = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    yield dlg
    dlg.close()


def test_preview_shows_the_signed_pages_and_the_shared_list(dialog: ExportDialog, tmp_path: Path) -> None:
    assert len(dialog.page_labels) == 2
    assert dialog.page_labels[0].accessibleName() == "Page 1 of 2"
    pixmap = dialog.page_labels[0].pixmap()
    assert pixmap.width() > 500 and pixmap.height() > 800  # A4 at 72 dpi is 595 x 842
    image = pixmap.toImage()
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 200  # there is text on it
    listed = dialog.shared_list.toPlainText()
    assert "I look after my father three evenings a week." in listed
    assert "Start at 10:00 on Tuesdays" in listed
    assert "PRIVATE" not in listed  # private answers, notes and actions are only counted, never shown
    assert "1 private answer, 1 private action, your private notes" in listed
    dialog.grab().save(str(tmp_path / "export-dialog.png"))


def test_every_control_has_an_accessible_name(dialog: ExportDialog) -> None:
    assert unnamed_controls(dialog) == []
    for widget in (dialog.recipient, dialog.purpose, dialog.save_button, dialog.shared_list):
        assert widget.accessibleDescription()


def test_save_exports_through_the_app_and_records_the_share(dialog: ExportDialog, filled_app: PassportApp,
                                                            tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    out = tmp_path / "for-bob.pdf"
    dialog.purpose.setText("Our 1:1")
    dialog.choose_path = lambda: out
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_export is not None and dialog.result_export.path == out
    assert employee_status(out.read_bytes())[1].intact
    assert "Saved for-bob.pdf" in dialog.message.text()
    assert dialog.close_button.text() == "Close"
    share = filled_app.repo.shares()[-1]
    assert (share.recipient, share.purpose, share.file_name) == ("Bob Smith", "Our 1:1", "for-bob.pdf")


def test_cancelling_the_save_question_writes_nothing(dialog: ExportDialog, filled_app: PassportApp,
                                                     tmp_path: Path) -> None:
    dialog.choose_path = lambda: None
    dialog.save()
    assert filled_app.repo.shares() == [] and filled_app.repo.events("export") == []
    assert not dialog.message.isVisible()


def test_a_failed_save_is_explained_in_the_dialog(dialog: ExportDialog, filled_app: PassportApp,
                                                  tmp_path: Path) -> None:
    dialog.choose_path = lambda: tmp_path / "missing-folder" / "out.pdf"
    dialog.save()
    assert "could not be saved" in dialog.message.text()
    assert dialog.save_button.isEnabled()
    assert filled_app.repo.shares() == []


def test_without_pdfium_the_list_still_says_what_is_shared(filled_app: PassportApp, qtbot,  # noqa: ANN001
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_dialog, "render_pages",
                        lambda pdf: export_dialog.Preview(len(pdf), [], "The page preview needs pypdfium2."))
    dlg = ExportDialog(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(dlg)
    assert dlg.page_labels == []
    assert "needs pypdfium2" in dlg.pages_status.text()
    assert "I look after my father" in dlg.shared_list.toPlainText()


def test_changing_the_recipient_redraws_the_preview(dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    real = dialog.app.pdfs.render_signed_pdf

    def spy(**kwargs: object) -> bytes:
        seen.append(kwargs.get("recipient"))  # type: ignore[arg-type]
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog.app.pdfs, "render_signed_pdf", spy)
    dialog.recipient.setText("Carol New")
    dialog.recipient.editingFinished.emit()
    assert seen == ["Carol New"]
    assert "What Carol New will see" in dialog.shared_list.toPlainText()


class DeferredRunner:
    """Holds jobs until told to finish them, like a worker that is still busy when the dialog closes."""

    def __init__(self) -> None:
        self.jobs: list[tuple[object, object, object]] = []

    def run(self, fn, on_done=None, on_error=None) -> None:  # noqa: ANN001 - the TaskRunner interface
        self.jobs.append((fn, on_done, on_error))

    def finish_all(self) -> None:
        for fn, on_done, _ in self.jobs:
            on_done(fn())  # type: ignore[operator]


def test_closing_while_the_worker_is_busy_ignores_its_result(filled_app: PassportApp, qtbot) -> None:  # noqa: ANN001
    runner = DeferredRunner()
    dlg = ExportDialog(filled_app, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.reject()
    runner.finish_all()  # would touch the dialog's widgets if it did not know it was closed
    assert dlg.page_labels == []
