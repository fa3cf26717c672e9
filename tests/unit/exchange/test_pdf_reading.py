"""The one PDF reader: its bounds, and the line between the parser's failures and our own bugs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic

from carerpassport.app import PassportApp
from carerpassport.exchange.errors import NotAPassportFileError
from carerpassport.exchange.pdf_limits import MAX_REVISIONS
from carerpassport.exchange.pdf_reading import is_parser_error, open_pdf, parsing
from tests.pdf_hostile import with_empty_updates


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> bytes:
    return filled_app.pdfs.export_signed_pdf(tmp_path / "exported.pdf").path.read_bytes()


@pytest.mark.english
def test_a_few_updates_are_read_and_more_than_the_bound_are_refused(exported: bytes) -> None:
    revisions = open_pdf(exported).revisions
    assert open_pdf(with_empty_updates(exported, MAX_REVISIONS - revisions)).revisions == MAX_REVISIONS
    with pytest.raises(NotAPassportFileError, match=f"more than {MAX_REVISIONS} separate updates"):
        open_pdf(with_empty_updates(exported, MAX_REVISIONS - revisions + 1))


@pytest.mark.english
def test_a_lookup_error_inside_pyhanko_is_the_files_but_ours_is_ours() -> None:
    empty = generic.DictionaryObject()
    try:
        empty["/TransformMethod"]  # pyHanko's own code raises, as it does for a hostile file
    except KeyError as exc:
        assert is_parser_error(exc)
    with pytest.raises(NotAPassportFileError, match="damaged"), parsing():
        empty["/TransformMethod"]
    with pytest.raises(KeyError), parsing():
        {}["/TransformMethod"]  # the same mistake in our code passes through, to be reported as ours


def test_reading_pdfs_configures_no_logging_at_import() -> None:
    """No hidden order: importing the PDF stack leaves logging as it was (the front ends set it up)."""
    code = ("import logging\n"
            "import carerpassport.exchange.pdf_report, carerpassport.exchange.countersign, "
            "carerpassport.exchange.countersigned_import\n"
            "assert not logging.getLogger('pyhanko').handlers and not logging.getLogger().handlers\n"
            "import io\n"
            "from carerpassport.cli import main\n"
            "main(['history'], io.StringIO(), io.StringIO())  # no vault there: refused, after the set-up\n"
            "assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger('pyhanko').handlers)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "CARERPASSPORT_NO_KEYRING": "1",
                               "CARERPASSPORT_HOME": "/nonexistent/vault"})
    assert done.returncode == 0, done.stderr

