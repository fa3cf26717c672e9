"""The manager's home, "Passports you hold": a PDF added is held waiting, opens in the reader, is
countersigned in place, saved, sent back encrypted, and deleted only after the question, with a line in
the log; every screen walked for names and pictured in light, dark and high contrast at 100 % and 200 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.menu_specs import DIALOGS
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from carerpassport.ui.views.received_view import HEADERS, ReceivedView
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import screenshot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> Path:
    out = tmp_path / "sian.pdf"
    filled_app.pdfs.export_signed_pdf(out, purpose="Our 1:1 on Tuesday")
    return out


@pytest.fixture
def view(qtbot, manager: PassportApp) -> ReceivedView:  # noqa: ANN001
    widget = ReceivedView(manager, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_first_steps_then_a_pdf_is_held_read_countersigned_and_deleted(view: ReceivedView, manager: PassportApp,
                                                                        exported: Path, tmp_path: Path) -> None:
    assert view.empty.isVisible() and "Share your identity card" in view.empty.text()
    assert not view.open_button.isEnabled() and not view.delete_button.isEnabled()
    view.add_pdf(exported)
    assert not view.empty.isVisible() and view.table.rowCount() == 1
    assert [view.table.item(0, c).text() for c in (0, 4)] == ["Siân Jones", "Waiting"]
    status = view.table.item(0, 4)  # one word in the column; the whole sentence for the tooltip and screen readers
    assert status.toolTip() == status.data(Qt.ItemDataRole.AccessibleTextRole) == "Waiting for your countersignature"
    assert view.table.item(0, 2).text() == "—" and view.countersign_button.isEnabled()
    assert not view.send_button.isEnabled()

    view.open_selected()
    reader = view.reader_dialog
    assert reader is not None and reader.isVisible()
    assert "I look after my father" in reader.reader.plain_text()  # type: ignore[attr-defined]
    assert accessibility_problems(reader) == []
    reader.countersign()  # type: ignore[attr-defined]
    signing = reader.countersign_dialog  # type: ignore[attr-defined]
    signing.comment.setPlainText("Agreed as discussed.")
    out = tmp_path / "countersigned.pdf"
    signing.countersign_to(out)
    assert signing.result_ is not None and out.exists()
    signing.reject()
    reader.reject()
    assert view.reader_dialog is None
    assert view.table.item(0, 4).text() == "Countersigned"
    assert view.table.item(0, 2).text() == _today_said(manager)
    assert not view.countersign_button.isEnabled()

    held_id = view.records[0].held_id
    view.delete_selected()
    assert view.delete_box is not None and "Delete your copy of Siân Jones's passport" in view.delete_box.text()
    assert accessibility_problems(view.delete_box) == []
    view.delete_box.button(QMessageBox.StandardButton.No).click()
    assert view.table.rowCount() == 1  # No keeps it
    view.delete_selected()
    assert view.delete_box is not None
    view.delete_box.button(QMessageBox.StandardButton.Yes).click()
    assert view.table.rowCount() == 0 and "Deleted your copy" in view.status.text()
    assert manager.received.held() == [] and held_id not in [a.id for a in manager.repo.attachments()]
    assert [e.summary for e in manager.repo.events("deleted")] == ["Deleted your copy of Siân Jones's passport"]


def _today_said(app: PassportApp) -> str:
    from carerpassport.ui.dates import readable

    return readable(app.today())


def test_your_own_passport_is_not_held(qtbot, filled_app: PassportApp, exported: Path) -> None:  # noqa: ANN001
    own = ReceivedView(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(own)
    own.add_pdf(exported)
    assert own.table.rowCount() == 0 and "your own passport" in own.status.text()


def test_a_manager_opens_on_the_held_passports_not_the_editor(shell_window: MainWindow,  # noqa: F811
                                                              manager: PassportApp) -> None:
    shell_window.set_app(manager)
    assert shell_window.current_view_key() == "received"
    assert shell_window.navigation.item(0).text() == "Passports you hold"
    assert "passport" not in shell_window.views  # the carer's editor was not even built
    shell_window.views["received"].add_bundle_button.click()  # type: ignore[attr-defined]
    assert any(type(d).__name__ == "OpenBundleDialog" for d in shell_window.open_dialogs)


def test_at_200_percent_the_whole_row_fits_a_1366_pixel_screen(shell_window: MainWindow,  # noqa: F811
                                                                manager: PassportApp, shell_theme: ThemeManager,  # noqa: F811
                                                                exported: Path, tmp_path: Path) -> None:
    """Seen on a real display: "Waiting for your …" cut off, the rest only by scrolling sideways."""
    shell_theme.apply("light", 200)
    shell_window.resize(1366, 768)
    shell_window.set_app(manager)
    shell_window.show()
    held = shell_window.views["received"]
    assert isinstance(held, ReceivedView)
    held.add_pdf(exported)  # waiting, and a countersigned one with both dates (the widest row)
    record = manager.received.held()[0]
    manager.received.countersign(record.held_id, tmp_path / "signed.pdf", comment="Fine")
    held.add_pdf(exported)
    QApplication.processEvents()
    table, header = held.table, held.table.horizontalHeader()
    assert table.rowCount() == 2 and {table.item(r, 4).text() for r in range(2)} == {"Countersigned", "Waiting"}
    assert header.length() <= table.viewport().width() + 1, (header.length(), table.viewport().width())
    for column in range(table.columnCount()):  # every cell in full (as wide as Qt needs to draw it unelided)
        assert table.sizeHintForColumn(column) <= header.sectionSize(column), HEADERS[column]
        assert header.sectionSizeHint(column) <= header.sectionSize(column), HEADERS[column]


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("size", [100, 200])
def test_every_new_screen_is_named_and_pictured(shell_window: MainWindow, manager: PassportApp,  # noqa: F811
                                                 shell_theme: ThemeManager, exported: Path,  # noqa: F811
                                                 theme: str, size: int) -> None:
    shell_theme.apply(theme, size)
    shell_window.resize(1366, 768)
    shell_window.set_app(manager)
    held = shell_window.views["received"]
    assert isinstance(held, ReceivedView)
    assert accessibility_problems(shell_window) == []
    screenshot(shell_window, f"held-passports-empty-{theme}-{size}.png")
    held.add_pdf(exported)
    held.table.selectRow(0)
    assert accessibility_problems(shell_window) == []
    screenshot(shell_window, f"held-passports-{theme}-{size}.png")
    held.open_selected()
    assert held.reader_dialog is not None
    assert accessibility_problems(held.reader_dialog) == []
    screenshot(held.reader_dialog, f"held-reader-{theme}-{size}.png")
    held.reader_dialog.reject()
    bundle = shell_window.open_feature_dialog(next(d for d in DIALOGS if d.cls == "OpenBundleDialog"))
    assert bundle is not None and accessibility_problems(bundle) == []
    screenshot(bundle, f"open-bundle-{theme}-{size}.png")
    bundle.reject()
