"""The Sharing page lists the latest decisions about shares outside the sharing agreement: confirmed ones
and refusals, newest first, and says how many earlier ones the log holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import OutsideSharingAgreementError
from carerpassport.domain.sharing_agreement import Recipient, RecipientKind
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.shares_view import SharesView
from tests.ui.ui_support import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
HR = Recipient(RecipientKind.HR)


def test_confirmations_and_refusals_are_shown(filled_app: PassportApp, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = SharesView(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    assert not view.decisions.isVisible()
    for _ in range(3):
        with pytest.raises(OutsideSharingAgreementError):
            filled_app.pdfs.export_signed_pdf(tmp_path / "hr.pdf", for_whom=HR)
    filled_app.pdfs.export_signed_pdf(tmp_path / "hr.pdf", for_whom=HR, confirm_outside_agreement=True)
    view.refresh()
    lines = view.decisions.text().splitlines()
    assert view.decisions.isVisible() and lines[0] == "Outside your sharing agreement:"
    assert lines[1].endswith("Shared outside the sharing agreement, confirmed (a signed PDF for HR)")
    assert lines[2].endswith("Refused: not confirmed (a signed PDF for HR, outside the sharing agreement)")
    assert lines[-1] == "…and 1 earlier ('carerpassport log' lists them all)." and len(lines) == 5
    view.clear()
    assert view.decisions.text() == ""
