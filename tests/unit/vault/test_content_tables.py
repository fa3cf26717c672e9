"""Schema 8: revisions' content lives in ``revision_content`` and stored files' bytes in ``attachment_data``,
so listing versions or stored files never reads them; a vault from before keeps every byte and its whole
hash chain across the upgrade, and deleting a stored file deletes its bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.vault import db
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


def _vault_from_before_schema_8(folder: Path) -> tuple[int, list[object], dict[int, object]]:
    """A vault put back as schema 7 left it (content and bytes in their rows); its size when it was made
    fresh at schema 8, its versions and its stored files."""
    app = PassportApp.create(folder, employee_name="Old Files", passphrase=PASSPHRASE).app
    app.editing.set_answer("caring.responsibilities", "Written before schema 8 " * 300)
    kept = [app.repo.add_attachment("countersigned_pdf", f"c{n}.pdf", PDF + bytes([n]) * 9000,
                                    details={"agreed_revision": 1}) for n in range(12)]  # ~1 MB in all
    files, versions = {k: app.repo.attachment(k) for k in kept}, [app.repo.revision(r.number)
                                                                  for r in app.editing.history()]
    app.close()
    fresh_size = (folder / "vault.db").stat().st_size
    app = PassportApp.open(folder, passphrase=PASSPHRASE)
    schema = MIGRATIONS.index(m008_content_tables.SQL)
    app.repo.conn.executescript(
        "BEGIN; UPDATE attachments SET data = (SELECT data FROM attachment_data WHERE attachment_id = attachments.id);"
        " UPDATE revisions SET content = (SELECT content FROM revision_content WHERE number = revisions.number);"
        " DROP TRIGGER attachments_delete_data; DROP TABLE attachment_data; DROP TABLE revision_content;"
        # What later migrations made goes too, so that upgrading from schema 7 runs them again.
        " DROP TABLE templates;"  # m011
        f" PRAGMA user_version = {schema}; COMMIT;")
    app.repo.conn.execute("VACUUM")  # as an old vault is: no free pages of its own before the upgrade
    assert app.repo.conn.execute("SELECT min(length(content)) FROM revisions").fetchone()[0] > 0
    app.close()
    return fresh_size, versions, files


def _same_content(folder: Path, versions: list[object], files: dict[int, object]) -> None:
    reopened = PassportApp.open(folder, passphrase=PASSPHRASE)
    assert {k: reopened.repo.attachment(k) for k in files} == files
    assert [reopened.repo.revision(r.number) for r in reopened.editing.history()] == versions
    assert reopened.repo.conn.execute("SELECT max(length(data)) FROM attachments").fetchone()[0] == 0
    assert reopened.repo.conn.execute("SELECT max(length(content)) FROM revisions").fetchone()[0] == 0
    assert reopened.repo.verify_attachments() == len(files)
    reopened.repo.verify_chain()
    reopened.close()


def test_a_vault_from_before_schema_8_keeps_its_versions_and_files(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _fresh_size, versions, files = _vault_from_before_schema_8(folder)
    _same_content(folder, versions, files)


def test_the_upgrade_gives_back_the_space_it_freed_and_stays_encrypted(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    fresh_size, versions, files = _vault_from_before_schema_8(folder)
    PassportApp.open(folder, passphrase=PASSPHRASE).close()  # the upgrade
    upgraded = (folder / "vault.db").read_bytes()
    # Without the VACUUM the moved bytes' old pages stay in the file: about twice the fresh vault's size.
    assert len(upgraded) < fresh_size * 1.15 + 64 * 1024, (len(upgraded), fresh_size)
    assert b"Written before schema 8" not in upgraded and b"%PDF-1.7 pretend" not in upgraded
    assert not list(folder.glob("**/etilqs_*"))
    _same_content(folder, versions, files)


KILLED_DURING_VACUUM = """
import os, sys
from pathlib import Path
from carerpassport.app import PassportApp
from carerpassport.vault import db

def reclaim_then_die(conn):
    calls = []
    def tick():
        calls.append(1)
        if len(calls) == 40:  # well inside the rewrite of ~1 MB (about 90 ticks in all)
            os._exit(9)  # as a kill: no rollback, no close, no checkpoint
        return 0
    conn.set_progress_handler(tick, 1)
    conn.execute("VACUUM")
    os._exit(3)  # the VACUUM ended before the kill: the test would prove nothing

db.reclaim_space = reclaim_then_die
PassportApp.open(Path(sys.argv[1]), passphrase=sys.argv[2])
"""


def test_a_kill_during_the_compaction_leaves_the_upgraded_vault_whole(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vault"
    fresh_size, versions, files = _vault_from_before_schema_8(folder)
    done = subprocess.run([sys.executable, "-c", KILLED_DURING_VACUUM, str(folder), PASSPHRASE],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[3])
    assert done.returncode == 9, done.stderr[-2000:]
    # The same passphrase opens it, with every byte; the free pages are given back on this open instead.
    monkeypatch.setattr(db, "FREE_PAGES_WORTH_RECLAIMING", 16)  # the test vault frees ~1 MB, not 4
    _same_content(folder, versions, files)
    assert (folder / "vault.db").stat().st_size < fresh_size * 1.15 + 64 * 1024
