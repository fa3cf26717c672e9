"""The export dialog offers the sharing agreement as one item to include or leave out of this copy; it starts
as the passport says, the list of what is shared follows it, and the saved file carries it or not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import Permission
from carerpassport.exchange.pdf_reading import read_pdf_file
from carerpassport.exchange.pdf_validation import examine
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.tasks import TaskRunner
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _embedded(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(examine(read_pdf_file(path)).passport_json)
    return data


def _agree(app: PassportApp, *, shared: bool) -> None:
    agreement = app.editing.passport().sharing_agreement
    agreement.rule("hr").permission = Permission.FOR_PURPOSE
    agreement.rule("hr").purpose = "a flexible working request"
    agreement.shared = shared
    app.editing.set_sharing_agreement(agreement)


def test_private_by_default_and_included_when_ticked(filled_app: PassportApp, tmp_path: Path,
                                                     qtbot) -> None:  # noqa: ANN001
    _agree(filled_app, shared=False)
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    try:
        assert not dialog.include_agreement.isChecked()
        assert "HR: Yes, for a stated purpose" not in dialog.shared_list.toPlainText()
        assert "your sharing agreement." in dialog.shared_list.toPlainText()  # counted as not shared
        dialog.include_agreement.setFocus()
        qtbot.keyClick(dialog.include_agreement, Qt.Key.Key_Space)
        assert "HR: Yes, for a stated purpose: a flexible working request" in dialog.shared_list.toPlainText()
        out = tmp_path / "with.pdf"
        dialog.choose_path = lambda: out
        dialog.save()
        assert _embedded(out)["sharing_agreement"] == filled_app.editing.passport().sharing_agreement.shared_dict()
    finally:
        dialog.close()


def test_shared_by_the_passport_and_left_out_of_this_copy(filled_app: PassportApp, tmp_path: Path,
                                                          qtbot) -> None:  # noqa: ANN001
    _agree(filled_app, shared=True)
    dialog = shown(qtbot, ExportDialog(filled_app, TaskRunner(synchronous=True)))
    try:
        assert dialog.include_agreement.isChecked()
        dialog.include_agreement.setChecked(False)
        out = tmp_path / "without.pdf"
        dialog.choose_path = lambda: out
        dialog.save()
        assert "sharing_agreement" not in _embedded(out)
        assert filled_app.editing.passport().sharing_agreement.shared  # a choice for this copy only
    finally:
        dialog.close()
