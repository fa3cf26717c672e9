"""Manager mode: a copy of a kept countersigned passport is written by the use case and logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange.received import RECEIVED_KIND
from tests.conftest import PASSPHRASE

PDF = b"%PDF-1.7 stand-in for a countersigned passport\n%%EOF\n"


def test_the_copy_is_written_and_logged(app: PassportApp, tmp_path: Path) -> None:
    kept = app.repo.add_attachment(RECEIVED_KIND, "passport.pdf", PDF, details={"employee_name": "Alex Doe"})
    out = tmp_path / "copy.pdf"
    assert app.countersigning.write_received_passport(kept, out) == out
    assert out.read_bytes() == PDF
    data_dir = app.data_dir
    app.close()

    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        [event] = reopened.repo.events("export")
        assert event.summary == f"Copy of Alex Doe's countersigned passport written to {out}"
        assert event.details == {"format": "pdf", "file": "copy.pdf", "attachment": kept, "recipient": None}
    finally:
        reopened.close()


@pytest.mark.english
def test_a_stored_file_that_is_not_a_received_passport_is_refused(app: PassportApp, tmp_path: Path) -> None:
    other = app.repo.add_attachment("countersigned", "mine.pdf", PDF)
    out = tmp_path / "copy.pdf"
    with pytest.raises(ValidationError, match="not a received passport"):
        app.countersigning.write_received_passport(other, out)
    assert not out.exists() and app.repo.events("export") == []
