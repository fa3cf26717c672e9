"""The read-only passport reader (manager mode): everything the PDF shows and nothing it does not, by
keyboard; its window with the pages and Countersign; and the countersign comment that survives Cancel and
a fresh app reopening the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from carerpassport.app import PassportApp
from carerpassport.exchange.passport_reading import PassportReading, read_passport
from carerpassport.ui.dialogs.countersign_dialog import CountersignDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import DARK, HIGH_CONTRAST, ThemeManager
from carerpassport.ui.views.passport_reader import PassportReader, ReaderDialog
from tests.countersign_support import (
    MANAGER_PASSPHRASE,
    add_declined_action_with_every_date,
    employee_pdf,
    manager_vault,
)
from tests.pdf_hostile import with_flipped_signed_byte
from tests.ui.shell_fixtures import shell_runner, shell_settings, shell_theme, shell_window
from tests.ui.shell_support import accessibility_problems
from tests.ui.ui_support import OFFSCREEN_NOISE, key_from_desktop, screenshot, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["shell_runner", "shell_settings", "shell_theme", "shell_window"]  # fixtures, used by name

PURPOSE = "Our 1:1 on 1 December"
MARKUP = "<b>bold?</b> <a href='x'>link</a> & more"


@pytest.fixture
def employee(filled_app: PassportApp, unique: str) -> PassportApp:
    """The filled passport, a private canary, an answer that looks like markup, a declined action with every
    date and the review dates."""
    filled_app.editing.set_answer("support.external_support", f"Private {unique}", shared=False)
    filled_app.editing.set_answer("support.what_would_help", MARKUP, shared=True)
    add_declined_action_with_every_date(filled_app)
    return filled_app


@pytest.fixture
def manager(tmp_path: Path) -> PassportApp:
    app = manager_vault(tmp_path / "manager-vault")
    yield app  # type: ignore[misc]
    app.close()


@pytest.fixture
def export(employee: PassportApp, tmp_path: Path) -> Path:
    path = tmp_path / "from-sian.pdf"
    employee_pdf(employee, path, purpose=PURPOSE)
    return path


def _reading(export: Path) -> PassportReading:
    return read_passport(export.read_bytes())


def test_everything_shared_is_shown_and_nothing_else(employee: PassportApp, manager: PassportApp, export: Path,
                                                     unique: str, qtbot: QtBot, shell_theme: ThemeManager) -> None:
    reader = shown(qtbot, PassportReader(_reading(export), manager.template), (720, 640))
    passport = employee.editing.passport()
    shared = {k: a for k, a in passport.answers.items() if a.shared and a.text.strip()}
    assert set(reader.answer_texts) == set(shared)
    for field_id, answer in shared.items():
        label = reader.answer_texts[field_id]
        assert label.text() == answer.text and label.accessibleName() == employee.template.field(field_id).label
    # Someone else's text is shown as it is, never as markup.
    markup = reader.answer_texts["support.what_would_help"]
    assert markup.textFormat() == Qt.TextFormat.PlainText and markup.text() == MARKUP
    actions = {a.id: a for a in passport.actions if a.shared}
    assert set(reader.action_texts) == set(actions)
    declined = next(reader.action_texts[i].text() for i, a in actions.items() if a.what.startswith("Compressed"))
    assert "Flexible working · Declined · who: Siân Jones" in declined
    assert "Why declined: Friday cover is already thin" in declined
    assert "Agreed 2 November 2026 · Start by 1 December 2026 · Review 3 May 2027" in declined
    agreed = next(reader.action_texts[i].text() for i, a in actions.items() if a.what.startswith("Start at 10"))
    assert "Flexible working · Agreed · who: Bob Smith" in agreed
    assert reader.review.text() == "Last agreed: 4 December 2025\nNext review: 4 December 2026"
    assert reader.purpose.text() == f"Purpose of sharing: {PURPOSE}"
    assert reader.recipient.text() == "Shared with: Bob Smith"
    signature = reader.employee_signature.text()
    assert signature.startswith("Employee: Siân Jones, signed ") and employee.identity().fingerprint in signature
    assert "UTC" not in signature  # the local time, as the person reads their own clock
    assert reader.manager_signature.text() == "Line manager: not countersigned yet."
    assert reader.verdict.property("role") == "saved"
    text = reader.plain_text()
    assert unique not in text and "PRIVATE" not in text
    assert accessibility_problems(reader) == []
    screenshot(reader, "passport-reader.png")


def test_a_countersigned_copy_shows_both_signatures(employee: PassportApp, manager: PassportApp, export: Path,
                                                   tmp_path: Path, qtbot: QtBot) -> None:
    received = _reading(export).received
    assert received is not None
    manager.countersigning.countersign(received, tmp_path / "back.pdf", comment="Agreed; we review in May.",
                                       name="Rob Smith")
    reader = shown(qtbot, PassportReader(read_passport((tmp_path / "back.pdf").read_bytes()), manager.template))
    text = reader.manager_signature.text()
    assert text.startswith("Line manager: Bob Smith, signed ") and manager.identity().fingerprint in text
    assert "Name typed beside the signature: Rob Smith" in text and "Comment: Agreed; we review in May." in text
    assert f"Countersigned on {manager.context.today().day} " in text
    assert "Valid: covers the whole file." in text and reader.verdict.text().startswith("Agreed by both")


def test_an_altered_file_is_read_with_the_failed_verdict(manager: PassportApp, export: Path, qtbot: QtBot) -> None:
    reading = read_passport(with_flipped_signed_byte(export.read_bytes()))
    reader = shown(qtbot, PassportReader(reading, manager.template))
    assert reader.verdict.property("role") == "error" and "changed after the employee signed" in reader.verdict.text()
    assert reader.employee_signature.property("role") == "error"
    dialog = shown(qtbot, ReaderDialog(manager, TaskRunner(synchronous=True), reading,
                                       pdf_bytes=with_flipped_signed_byte(export.read_bytes())))
    assert dialog.countersign_button.isHidden() and "changed after the employee signed" in dialog.status.text()


def test_tab_reads_the_passport_piece_by_piece(manager: PassportApp, export: Path, qtbot: QtBot,
                                              shell_theme: ThemeManager) -> None:
    shell_theme.apply("light", 200)
    reader = shown(qtbot, PassportReader(_reading(export), manager.template), (520, 360), active=True)
    reader.verdict.setFocus()
    focusable = reader.focus_chain()
    seen = [QApplication.focusWidget()]
    for _ in focusable[1:]:
        key_from_desktop(reader, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        widget = seen[-1]
        assert isinstance(widget, QLabel)
        # The scroll area follows the focus: the focused part is in sight.
        viewport = reader.scroll_area.viewport()
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top < viewport.height() and top + min(widget.height(), viewport.height()) > 0
    assert seen == focusable
    assert all(label.accessibleName() for label in focusable)
    # Selectable by keyboard, to copy: Ctrl+A selects the focused part's text.
    key_from_desktop(reader, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert focusable[-1].selectedText() == focusable[-1].text()


def test_the_reader_window_shows_pages_and_countersigns(manager: PassportApp, export: Path, tmp_path: Path,
                                                       qtbot: QtBot, shell_theme: ThemeManager) -> None:
    runner = TaskRunner(synchronous=True)
    data = export.read_bytes()
    dialog = shown(qtbot, ReaderDialog(manager, runner, read_passport(data), pdf_bytes=data))
    assert dialog.windowTitle() == "Siân Jones's passport" and not dialog.countersign_button.isHidden()
    assert dialog.status.text() == ("This certificate is new to you: compare the fingerprint with the employee "
                                    "before signing.")
    assert accessibility_problems(dialog) == []
    screenshot(dialog, "passport-reader-dialog.png")
    dialog.pages_button.click()
    pages = dialog.pages_dialog
    assert pages is not None and pages.isVisible()
    assert [label.accessibleName() for label in pages.page_labels] == [  # type: ignore[attr-defined]
        f"Page {n} of {len(pages.page_labels)}" for n in range(1, len(pages.page_labels) + 1)]  # type: ignore
    assert len(pages.page_labels) >= 2 and accessibility_problems(pages) == []  # type: ignore[attr-defined]
    screenshot(pages, "passport-pages.png")
    pages.close()

    dialog.countersign_button.click()
    signing = dialog.countersign_dialog
    assert isinstance(signing, CountersignDialog) and signing.chooser.isHidden() and signing.reader is not None
    assert signing.sign.isEnabled() and "Siân Jones" in signing.verification.text()
    qtbot.keyClicks(signing.comment, "Agreed as discussed.")
    with qtbot.waitSignal(dialog.countersigned):
        signing.countersign_to(tmp_path / "back.pdf")
    assert dialog.countersign_button.isHidden() and "Countersigned" in dialog.status.text()
    back = read_passport((tmp_path / "back.pdf").read_bytes())
    assert back.manager is not None and back.manager.comment == "Agreed as discussed."


def test_the_comment_survives_cancel_and_a_fresh_app(employee: PassportApp, export: Path, tmp_path: Path,
                                                    qtbot: QtBot) -> None:
    folder = tmp_path / "manager-vault"
    manager = manager_vault(folder)
    runner = TaskRunner(synchronous=True)
    first = shown(qtbot, CountersignDialog(manager, runner))
    first.open_path(export)
    qtbot.keyClicks(first.comment, "Agreed; review in May")
    first.close_button.click()  # Cancel
    assert not first.isVisible()

    again = shown(qtbot, CountersignDialog(manager, runner))
    again.open_path(export)
    assert again.comment.toPlainText() == "Agreed; review in May" and "from last time" in again.status.text()
    again.comment.moveCursor(again.comment.textCursor().MoveOperation.End)
    qtbot.keyClicks(again.comment, ".")
    again.reject()  # Escape, or the window's close button
    manager.close()

    reopened = PassportApp.open(folder, passphrase=MANAGER_PASSPHRASE)
    try:
        third = shown(qtbot, CountersignDialog(reopened, runner))
        third.open_path(export)
        assert third.comment.toPlainText() == "Agreed; review in May."
        with qtbot.waitSignal(third.countersigned):
            third.countersign_to(tmp_path / "back.pdf")
        third.close_button.click()
        sha = read_passport(export.read_bytes()).file_sha256
        assert reopened.countersigning.comment_draft(sha) == ""
        fourth = shown(qtbot, CountersignDialog(reopened, runner))
        fourth.open_path(export)
        assert fourth.comment.toPlainText() == ""
    finally:
        reopened.close()


@pytest.mark.parametrize(("theme", "size"), [("light", 100), ("dark", 100), ("high_contrast", 100), ("light", 200),
                                             ("high_contrast", 200)])
def test_screenshots_of_the_reader_and_countersigning_from_it(manager: PassportApp, export: Path, qtbot: QtBot,
                                                              shell_theme: ThemeManager, theme: str,
                                                              size: int) -> None:
    shell_theme.apply(theme, size)
    data = export.read_bytes()
    dialog = shown(qtbot, ReaderDialog(manager, TaskRunner(synchronous=True), read_passport(data), pdf_bytes=data))
    colour = dialog.palette().color(QPalette.ColorRole.Window).name()
    assert colour == {"dark": DARK.window, "high_contrast": HIGH_CONTRAST.window}.get(theme, colour)
    assert dialog.reader.verdict.font().pointSizeF() == pytest.approx(shell_theme.base_point_size * size / 100,
                                                                     abs=0.1)
    # Every line of text wraps inside the reader: nothing runs past its right edge.
    page_width = dialog.reader.scroll_area.viewport().width()
    assert all(label.geometry().right() <= page_width for label in dialog.reader.texts)
    screenshot(dialog, f"passport-reader-{theme}-{size}.png")
    dialog.countersign()
    assert dialog.countersign_dialog is not None
    qtbot.waitExposed(dialog.countersign_dialog)
    screenshot(dialog.countersign_dialog, f"countersign-from-reader-{theme}-{size}.png")
    dialog.countersign_dialog.reject()


def test_in_the_countersign_dialog_tab_reads_the_passport_between_the_file_and_the_comment(
        manager: PassportApp, export: Path, qtbot: QtBot) -> None:
    dialog = shown(qtbot, CountersignDialog(manager, TaskRunner(synchronous=True)), active=True)
    dialog.open_path(export)
    assert dialog.reader is not None and dialog.placeholder.isHidden()
    qtbot.waitUntil(dialog.reader.isVisible)  # a layout shows a new child on the next turn of the event loop
    parts = dialog.reader.focus_chain()
    dialog.open_button.setFocus()
    assert QApplication.focusWidget() is dialog.open_button
    for index, expected in enumerate([*parts, dialog.comment]):
        key_from_desktop(dialog, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, index


def test_locking_with_the_dialog_open_keeps_the_comment(shell_window, employee: PassportApp,  # noqa: ANN001
                                                         export: Path, tmp_path: Path, qtbot: QtBot) -> None:
    """The idle lock closes every dialog and the vault: the comment is kept first, as on Cancel."""
    from carerpassport.ui.menu_specs import DIALOGS

    folder = tmp_path / "manager-vault"
    shell_window.set_app(manager_vault(folder))
    spec = next(d for d in DIALOGS if d.cls == "CountersignDialog")
    dialog = shell_window.open_feature_dialog(spec)
    assert isinstance(dialog, CountersignDialog)
    dialog.open_path(export)
    qtbot.keyClicks(dialog.comment, "Written just before the screen locked")
    assert shell_window.lock("Locked after 5 idle minutes.")
    reopened = PassportApp.open(folder, passphrase=MANAGER_PASSPHRASE)
    try:
        sha = read_passport(export.read_bytes()).file_sha256
        assert reopened.countersigning.comment_draft(sha) == "Written just before the screen locked"
    finally:
        reopened.close()
