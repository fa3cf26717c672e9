"""A countersign comment survives cancelling and reopening the vault: one draft per passport file, kept
encrypted in the manager's vault, and forgotten once that file is countersigned."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.usecases.countersigning import MAX_COMMENT_DRAFT_CHARS
from tests.countersign_support import MANAGER_PASSPHRASE, employee_pdf, manager_vault

OTHER_FILE = "0" * 64


def test_a_draft_is_kept_per_file_across_reopening_and_forgotten_once_signed(filled_app: PassportApp,
                                                                              tmp_path: Path, unique: str) -> None:
    folder = tmp_path / "manager-vault"
    manager = manager_vault(folder)
    received = manager.countersigning.read_passport(employee_pdf(filled_app, tmp_path / "from-sian.pdf")).received
    assert received is not None
    sha = received.file_sha256
    assert manager.countersigning.comment_draft(sha) == ""
    manager.countersigning.save_comment_draft(sha, f"Agreed, {unique}.\nReview in May.")
    manager.countersigning.save_comment_draft(OTHER_FILE, "Someone else's passport")
    manager.close()
    # Encrypted with the vault: the words are in no file of the manager's data folder.
    for path in folder.rglob("*"):
        if path.is_file():
            assert unique.encode() not in path.read_bytes(), path

    reopened = PassportApp.open(folder, passphrase=MANAGER_PASSPHRASE)
    try:
        assert reopened.countersigning.comment_draft(sha) == f"Agreed, {unique}.\nReview in May."
        assert reopened.countersigning.comment_draft(OTHER_FILE) == "Someone else's passport"
        reopened.countersigning.countersign(received, tmp_path / "back.pdf", comment="Agreed.")
        assert reopened.countersigning.comment_draft(sha) == ""
        assert reopened.countersigning.comment_draft(OTHER_FILE) == "Someone else's passport"
        reopened.countersigning.save_comment_draft(OTHER_FILE, "   ")  # a blank comment forgets the draft
        assert reopened.countersigning.comment_draft(OTHER_FILE) == ""
        assert reopened.repo.get_meta(f"countersign.comment_draft.{OTHER_FILE}") is None
    finally:
        reopened.close()


@pytest.mark.english
def test_a_draft_is_refused_in_words_when_it_cannot_be_kept(tmp_path: Path) -> None:
    manager = manager_vault(tmp_path / "manager-vault")
    try:
        with pytest.raises(ValidationError, match="too long to keep"):
            manager.countersigning.save_comment_draft(OTHER_FILE, "x" * (MAX_COMMENT_DRAFT_CHARS + 1))
        with pytest.raises(ValidationError, match="not the SHA-256 of a passport file"):
            manager.countersigning.save_comment_draft("../settings", "text")
        with pytest.raises(ValidationError, match="not the SHA-256"):
            manager.countersigning.comment_draft("AB" * 32)
        assert manager.countersigning.comment_draft(OTHER_FILE) == ""
    finally:
        manager.close()
