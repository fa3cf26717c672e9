"""Schema 8: stored files' bytes live in ``attachment_data``, so a list of stored files never reads them;
a vault from before keeps every byte across the upgrade, and deleting a stored file deletes its bytes."""

from __future__ import annotations

from pathlib import Path

from carerpassport.app import PassportApp
from carerpassport.vault.migrations import MIGRATIONS, m008_attachment_data
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


def test_a_vault_from_before_schema_8_keeps_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    app = PassportApp.create(folder, employee_name="Old Files", passphrase=PASSPHRASE).app
    kept = app.repo.add_attachment("countersigned_pdf", "c.pdf", PDF, details={"agreed_revision": 1})
    before = app.repo.attachment(kept)
    # put the vault back as schema 7 left it: the bytes in attachments.data, no attachment_data table
    schema = MIGRATIONS.index(m008_attachment_data.SQL)
    conn = app.repo.conn
    conn.executescript("BEGIN; UPDATE attachments SET data = (SELECT data FROM attachment_data WHERE attachment_id ="
                       " attachments.id); DROP TRIGGER attachments_delete_data; DROP TABLE attachment_data; "
                       f"PRAGMA user_version = {schema}; COMMIT;")
    app.close()
    reopened = PassportApp.open(folder, passphrase=PASSPHRASE)
    assert reopened.repo.attachment(kept) == before
    assert reopened.repo.conn.execute("SELECT length(data) FROM attachments").fetchone()[0] == 0
    assert reopened.repo.verify_attachments() == 1
    reopened.close()
