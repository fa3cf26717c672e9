"""The purpose and the recipient of an export have one limit each, enforced by the use case, so the CLI
refuses what the export dialog cannot type; a refused export writes no file and logs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import MAX_NAME, MAX_PURPOSE


@pytest.mark.parametrize(("purpose", "recipient", "says"), [
    ("x" * (MAX_PURPOSE + 1), None, f"at most {MAX_PURPOSE} fit"),
    ("Our 1:1", "R" * (MAX_NAME + 1), f"at most {MAX_NAME} fit"),
])
@pytest.mark.english
def test_too_long_is_refused_before_anything_is_written(filled_app: PassportApp, tmp_path: Path, purpose: str,
                                                        recipient: str | None, says: str) -> None:
    events, shares = len(filled_app.events()), len(filled_app.repo.shares())
    out = tmp_path / "out.pdf"
    with pytest.raises(ValidationError, match=says):
        filled_app.pdfs.export_signed_pdf(out, purpose=purpose, recipient=recipient)
    if recipient is None:  # a bundle is addressed by key, not by name; its purpose goes on the same PDF
        with pytest.raises(ValidationError, match=says):
            filled_app.bundles.export_bundle(tmp_path / "out.age", passphrase="correct horse battery staple x9",
                                             purpose=purpose)
    assert not out.exists() and not (tmp_path / "out.age").exists()
    assert (len(filled_app.events()), len(filled_app.repo.shares())) == (events, shares)


def test_the_limits_themselves_are_allowed(filled_app: PassportApp, tmp_path: Path) -> None:
    result = filled_app.pdfs.export_signed_pdf(tmp_path / "out.pdf", purpose="p" * MAX_PURPOSE,
                                               recipient="R" * MAX_NAME)
    assert Path(result.path).is_file()
