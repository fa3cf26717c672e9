"""The carer's leave log table (schema 5): one JSON entry per request, stamped by the repository's clock.

The vault stores the entries as the domain writes them and reads them back through
:meth:`carerpassport.domain.carers_leave.LeaveEntry.from_dict`, so a damaged row is reported, not guessed at.
"""

from __future__ import annotations

import json
from typing import Any

from carerpassport.domain.wording import gettext as _
from carerpassport.vault.errors import VaultError
from carerpassport.vault.repository import Repository


class LeaveLog:
    """Rows of ``leave_entries`` over one repository (the calling thread's connection)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def rows(self) -> list[dict[str, Any]]:
        """Each stored entry's dict, oldest first."""
        rows = self.repo.conn.execute("SELECT entry FROM leave_entries ORDER BY created, rowid")
        return [json.loads(row[0]) for row in rows]

    def upsert(self, entry_id: str, entry: dict[str, Any]) -> None:
        now = self.repo.now()
        self.repo.conn.execute(
            "INSERT INTO leave_entries(id, created, updated, entry) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, entry = excluded.entry",
            (entry_id, now, now, json.dumps(entry, sort_keys=True)))

    def delete(self, entry_id: str) -> None:
        cur = self.repo.conn.execute("DELETE FROM leave_entries WHERE id = ?", (entry_id,))
        if cur.rowcount == 0:
            raise VaultError(_("That leave entry is not in your log (it may have been removed already)."))

    def count(self) -> int:
        return int(self.repo.conn.execute("SELECT count(*) FROM leave_entries").fetchone()[0])
