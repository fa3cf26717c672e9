"""The table of flexible-working requests (schema 6): each request's JSON, by id.

Kept apart from :mod:`carerpassport.vault.repository` so that the request area reads one small table
through one small class; writes join the caller's transaction like the repository's own.
"""

from __future__ import annotations

from carerpassport.domain.wording import gettext as _
from carerpassport.vault.errors import VaultError
from carerpassport.vault.repository import Repository


class FlexibleRequestTable:
    """Rows of ``flexible_requests``: ``(id, content JSON)``, oldest first."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def all(self) -> list[tuple[str, str]]:
        rows = self.repo.conn.execute("SELECT id, content FROM flexible_requests ORDER BY created, rowid")
        return [(row[0], row[1]) for row in rows]

    def put(self, request_id: str, content: str) -> None:
        """Insert or replace the request ``request_id``."""
        now = self.repo.now()
        self.repo.conn.execute(
            "INSERT INTO flexible_requests(id, created, updated, content) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, content = excluded.content",
            (request_id, now, now, content))

    def delete(self, request_id: str) -> None:
        cur = self.repo.conn.execute("DELETE FROM flexible_requests WHERE id = ?", (request_id,))
        if cur.rowcount == 0:
            raise VaultError(_("There is no such flexible-working request in this vault."))
