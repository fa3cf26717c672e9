"""Schema 8: revisions' content lives in ``revision_content`` and stored files' bytes in ``attachment_data``,
so listing versions or stored files never reads them; a vault from before keeps every byte and its whole
hash chain across the upgrade, and deleting a stored file deletes its bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.errors import DamagedVaultError
from carerpassport.vault.migrations import MIGRATIONS, m008_content_tables
from tests.conftest import PASSPHRASE

PDF = b"%PDF-1.7 pretend " * 4000  # ~68 KB: spills onto overflow pages, as a kept PDF does


def test_listing_leaves_the_bytes_out_and_reading_one_gets_them(app: PassportApp) -> None:
    first = app.repo.add_attachment("received_passport", "a.pdf", PDF, details={"employee_name": "Ann"})
    app.repo.add_attachment("received_passport", "b.pdf", b"second", details={"employee_name": "Bo"})
    infos = app.repo.attachment_infos("received_passport")
    assert [(i.name, i.details["employee_name"]) for i in infos] == [("a.pdf", "Ann"), ("b.pdf", "Bo")]
    assert not hasattr(infos[0], "data")
    assert app.repo.attachment(first).data == PDF
    assert [a.data for a in app.repo.attachments("received_passport")] == [PDF, b"second"]
    assert app.repo.conn.execute("SELECT length(data) FROM attachments WHERE id = ?", (first,)).fetchone()[0] == 0
    assert app.repo.verify_attachments() == 2


def test_deleting_a_stored_file_deletes_its_bytes(app: PassportApp) -> None:
    kept = app.repo.add_attachment("received_passport", "a.pdf", PDF)
    with app.repo.transaction():
        app.repo.conn.execute("DELETE FROM attachments WHERE id = ?", (kept,))
    assert app.repo.conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 0


def test_versions_keep_their_content_apart_and_the_chain_still_checks(app: PassportApp) -> None:
    app.editing.set_answer("caring.responsibilities", "long " * 2000)
    latest = app.editing.latest_revision()
    assert b"long long" in latest.content and app.repo.revision(latest.number) == latest
    assert app.repo.conn.execute("SELECT length(content) FROM revisions WHERE number = ?",
                                 (latest.number,)).fetchone()[0] == 0
    app.repo.verify_chain()
    app.repo.verify_latest()


def test_a_version_whose_content_is_gone_is_reported_damaged(app: PassportApp) -> None:
    app.editing.set_answer("caring.responsibilities", "soon gone")
    number = app.editing.latest_revision().number
    with app.repo.transaction():
        app.repo.conn.execute("DELETE FROM revision_content WHERE number = ?", (number,))
    with pytest.raises(DamagedVaultError):
        app.repo.verify_latest()
    with pytest.raises(DamagedVaultError):
        app.repo.verify_chain()


def test_a_vault_from_before_schema_8_keeps_its_versions_and_files(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    app = PassportApp.create(folder, employee_name="Old Files", passphrase=PASSPHRASE).app
    app.editing.set_answer("caring.responsibilities", "Written before schema 8 " * 300)
    kept = app.repo.add_attachment("countersigned_pdf", "c.pdf", PDF, details={"agreed_revision": 1})
    before, versions = app.repo.attachment(kept), [app.repo.revision(r.number) for r in app.editing.history()]
    # put the vault back as schema 7 left it: content and bytes in their rows, no tables of their own
    schema = MIGRATIONS.index(m008_content_tables.SQL)
    app.repo.conn.executescript(
        "BEGIN; UPDATE attachments SET data = (SELECT data FROM attachment_data WHERE attachment_id = attachments.id);"
        " UPDATE revisions SET content = (SELECT content FROM revision_content WHERE number = revisions.number);"
        " DROP TRIGGER attachments_delete_data; DROP TABLE attachment_data; DROP TABLE revision_content;"
        f" PRAGMA user_version = {schema}; COMMIT;")
    assert app.repo.conn.execute("SELECT min(length(content)) FROM revisions").fetchone()[0] > 0
    app.close()
    reopened = PassportApp.open(folder, passphrase=PASSPHRASE)
    assert reopened.repo.attachment(kept) == before
    assert [reopened.repo.revision(r.number) for r in reopened.editing.history()] == versions
    assert reopened.repo.conn.execute("SELECT max(length(data)) FROM attachments").fetchone()[0] == 0
    assert reopened.repo.conn.execute("SELECT max(length(content)) FROM revisions").fetchone()[0] == 0
    assert reopened.repo.verify_attachments() == 1
    reopened.repo.verify_chain()
    reopened.close()
