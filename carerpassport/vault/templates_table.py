"""The table of imported employer templates (migration m011): each version's exact bytes, by id and version.

Kept apart from :mod:`carerpassport.vault.repository` so the templates area reads one small table through one
small class; writes join the caller's transaction like the repository's own.
"""

from __future__ import annotations

import dataclasses
import json

from carerpassport.vault.repository import Repository

#: The meta key naming the template version the app shows: ``{"id": ..., "version": ...}``.
CURRENT_META = "template.current"


@dataclasses.dataclass(frozen=True)
class StoredTemplate:
    id: str
    version: int
    imported: str
    sha256: str
    file_name: str
    content: bytes


class TemplateTable:
    """Rows of ``templates`` and the pointer to the current one."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def current(self) -> StoredTemplate | None:
        """The version in use, or None when the vault uses the built-in default."""
        pointer = self.repo.get_meta(CURRENT_META)
        if not pointer:
            return None
        ref = json.loads(pointer)
        return self.get(str(ref["id"]), int(ref["version"]))

    def get(self, template_id: str, version: int) -> StoredTemplate | None:
        row = self.repo.conn.execute(
            "SELECT id, version, imported, sha256, file_name, content FROM templates WHERE id = ? AND version = ?",
            (template_id, version)).fetchone()
        return StoredTemplate(row[0], row[1], row[2], row[3], row[4], bytes(row[5])) if row else None

    def versions(self, template_id: str) -> list[StoredTemplate]:
        """Every stored version of ``template_id``, oldest first."""
        rows = self.repo.conn.execute(
            "SELECT id, version, imported, sha256, file_name, content FROM templates WHERE id = ? ORDER BY version",
            (template_id,))
        return [StoredTemplate(r[0], r[1], r[2], r[3], r[4], bytes(r[5])) for r in rows]

    def all(self) -> list[StoredTemplate]:
        """Every stored template, in the order they were imported."""
        rows = self.repo.conn.execute(
            "SELECT id, version, imported, sha256, file_name, content FROM templates ORDER BY imported, rowid")
        return [StoredTemplate(r[0], r[1], r[2], r[3], r[4], bytes(r[5])) for r in rows]

    def newest_version(self, template_id: str) -> int | None:
        row = self.repo.conn.execute("SELECT MAX(version) FROM templates WHERE id = ?", (template_id,)).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def add(self, template_id: str, version: int, sha256: str, file_name: str, content: bytes) -> None:
        self.repo.conn.execute(
            "INSERT INTO templates(id, version, imported, sha256, file_name, content) VALUES (?, ?, ?, ?, ?, ?)",
            (template_id, version, self.repo.now(), sha256, file_name, content))

    def make_current(self, template_id: str, version: int) -> None:
        self.repo.set_meta(CURRENT_META, json.dumps({"id": template_id, "version": version}))
