"""The notice of carer's leave as a PDF: one page, fonts embedded, the required sentences and days in the
extracted text, rendered by poppler; the same notice gives the same bytes."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from carerpassport.domain.carers_leave import DayPart, LeaveDay, LeaveNotice
from carerpassport.exchange.leave_notice_pdf import render_leave_notice
from tests.conftest import require_tool

NOTICE = LeaveNotice("Siân Jones", "Bob Smith", dt.date(2026, 3, 1),
                     (LeaveDay(dt.date(2026, 3, 9)), LeaveDay(dt.date(2026, 3, 10), DayPart.HALF)))


@pytest.mark.english
def test_text_fonts_and_rendering(tmp_path: Path) -> None:
    data = render_leave_notice(NOTICE)
    assert data == render_leave_notice(NOTICE)  # invariant
    path = tmp_path / "notice.pdf"
    path.write_bytes(data)
    text = subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    flat = " ".join(text.split())
    for sentence in ("Notice of carer's leave", "To: Bob Smith", "From: Siân Jones", "Date: 1 March 2026",
                     "I am giving notice that I am entitled to carer's leave under the Carer's Leave Regulations "
                     "2024", "Monday 9 March 2026", "Tuesday 10 March 2026 (half day)",
                     "The law does not require me to give evidence of this, and I have not included any."):
        assert sentence in flat
    fonts = subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True,
                           timeout=60).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])  # embedded
    subprocess.run([require_tool("pdftoppm"), "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True,
                   timeout=60)
    assert [p.name for p in sorted(tmp_path.glob("page*.png"))] == ["page-1.png"]
