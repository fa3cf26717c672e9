"""The "Check a passport file" dialog: verdict first, details selectable, failures explained, nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from carerpassport.app import PassportApp
from carerpassport.exchange.identity import generate_identity
from carerpassport.ui.dialogs.verify_dialog import VerifyDialog
from carerpassport.ui.tasks import TaskRunner
from tests.pdf_support import countersigned
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def dialog(filled_app: PassportApp, qtbot) -> Iterator[VerifyDialog]:  # noqa: ANN001 - pytest-qt's qtbot
    dlg = shown(qtbot, VerifyDialog(filled_app, TaskRunner(synchronous=True)))
    yield dlg
    dlg.close()


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> Path:
    return filled_app.pdfs.export_signed_pdf(tmp_path / "exported.pdf").path


def test_a_sound_file_is_reported_signed_by_you(dialog: VerifyDialog, exported: Path, filled_app: PassportApp,
                                                tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    before = (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history())
    dialog.choose_file = lambda: exported
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.verdict.text() == "Signed by Siân Jones with your own key and unchanged since."
    assert dialog.verdict.property("role") == "saved"
    details = dialog.details.toPlainText()
    assert filled_app.identity().fingerprint in details
    lines = [line.strip() for line in details.splitlines()]
    assert lines[lines.index("Countersigned") + 1] == "No"
    assert dialog.path.text() == str(exported)
    assert (filled_app.repo.events(), filled_app.repo.shares(), filled_app.editing.history()) == before
    dialog.grab().save(str(tmp_path / "verify-dialog.png"))


def test_a_countersigned_file_names_the_manager(dialog: VerifyDialog, exported: Path, tmp_path: Path) -> None:
    signed = tmp_path / "countersigned.pdf"
    signed.write_bytes(countersigned(exported.read_bytes(), generate_identity("Bob Smith")))
    dialog.check(signed)
    assert dialog.verdict.text().endswith("Countersigned by Bob Smith.")
    assert "Manager's fingerprint" in dialog.details.toPlainText()


def test_a_tampered_file_is_refused_with_the_reason(dialog: VerifyDialog, exported: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(exported.read_bytes() + b"\nappended")
    dialog.check(tampered)
    assert dialog.verdict.text().startswith("This file failed the check. Data was appended")
    assert dialog.verdict.property("role") == "error"
    assert "Problems" in dialog.details.toPlainText()
    assert dialog.choose_button.isEnabled()


def test_a_file_that_is_not_a_pdf_is_explained(dialog: VerifyDialog, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    dialog.check(other)
    assert "not a PDF" in dialog.verdict.text() and dialog.report is None
    dialog.check(tmp_path / "missing.pdf")
    assert "missing.pdf does not exist" in dialog.verdict.text()


def test_cancelling_the_file_question_changes_nothing(dialog: VerifyDialog) -> None:
    dialog.choose_file = lambda: None
    dialog.choose()
    assert dialog.report is None and dialog.path.text() == ""


def test_every_control_has_an_accessible_name(dialog: VerifyDialog) -> None:
    unnamed = [type(w).__name__ for w in [dialog, *dialog.findChildren(QWidget)]
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.focusProxy() is None
               and not isinstance(w.parentWidget(), QAbstractScrollArea) and not w.accessibleName().strip()]
    assert unnamed == []


def test_a_bug_of_ours_is_not_reported_as_a_failed_file(dialog: VerifyDialog, exported: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from carerpassport.domain.errors import INTERNAL_ERROR_SENTENCE
    from carerpassport.exchange import pdf_validation

    def fault(*args: object) -> None:
        raise KeyError("/Injected")

    monkeypatch.setattr(pdf_validation, "_check_marker", fault)
    dialog.check(exported)
    text = dialog.verdict.text()
    assert INTERNAL_ERROR_SENTENCE in text and "failed the check" not in text and "damaged" not in text
    assert dialog.report is None and dialog.choose_button.isEnabled()
