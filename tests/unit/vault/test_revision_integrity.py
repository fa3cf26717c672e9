"""Reading a revision checks its bytes against the hash recorded when it was saved."""

from __future__ import annotations

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.errors import VaultError


@pytest.mark.english
def test_a_revision_altered_inside_the_database_is_refused_on_reading(filled_app: PassportApp) -> None:
    latest = filled_app.editing.latest_revision()
    assert filled_app.editing.passport().employee.name  # reads fine before
    altered = latest.content.replace(b'"name":"', b'"name":"X', 1)
    assert altered != latest.content
    with filled_app.repo.transaction():
        filled_app.vault.conn.execute("UPDATE revision_content SET content = ? WHERE number = ?",
                                      (altered, latest.number))
    with pytest.raises(VaultError, match="does not match its recorded hash"):
        filled_app.editing.passport()
    with pytest.raises(VaultError, match="does not match its recorded hash"):
        filled_app.editing.passport_at(latest.number)


def test_an_intact_revision_reads_back_equal(filled_app: PassportApp) -> None:
    before = filled_app.editing.passport()
    filled_app.editing.set_answer("caring.responsibilities", "changed once more")
    assert filled_app.editing.passport_at(filled_app.editing.latest_revision().number - 1) == before


@pytest.mark.english
def test_reading_ahead_checks_the_latest_revision_and_records_nothing(filled_app: PassportApp) -> None:
    """The unlock worker reads ahead; it must neither write (no revision, no log line) nor skip the hash check."""
    count = len(filled_app.editing.history())
    log = filled_app.vault.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    filled_app.editing.read_ahead()
    assert len(filled_app.editing.history()) == count
    assert filled_app.vault.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == log
    latest = filled_app.editing.latest_revision()
    with filled_app.repo.transaction():
        filled_app.vault.conn.execute("UPDATE revision_content SET content = ? WHERE number = ?",
                                      (latest.content + b" ", latest.number))
    with pytest.raises(VaultError, match="does not match its recorded hash"):
        filled_app.editing.read_ahead()
