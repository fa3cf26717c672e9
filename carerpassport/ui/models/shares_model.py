"""The sharing record as a table: who was given which copy, when, of what, and whether consent stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from carerpassport.ui.models.history_model import time_in_words
from carerpassport.vault.repository import Share

WHEN, RECIPIENT, PURPOSE, FORMAT, VERSION, WHAT, CONSENT, FILE = range(8)
COLUMN_TITLES = ("When", "Given to", "Why", "Format", "Version", "What they hold", "Consent", "File")

#: The share's id (an int) for a row.
SHARE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when consent was withdrawn for a row.
WITHDRAWN_ROLE = Qt.ItemDataRole.UserRole + 2

FORMAT_WORDS = {"pdf": "Signed PDF", "bundle": "Encrypted file"}

_Index = QModelIndex | QPersistentModelIndex


class SharesModel(QAbstractTableModel):
    """Every export and bundle, oldest first, as the vault records them."""

    def __init__(self, parent: Any = None, *, labels_of: Callable[[list[str]], list[str]] | None = None) -> None:
        """``labels_of`` turns shared field ids into readable labels, in reading order."""
        super().__init__(parent)
        self._rows: list[Share] = []
        self._labels_of = labels_of or (lambda field_ids: list(field_ids))

    def set_shares(self, shares: list[Share]) -> None:
        self.beginResetModel()
        self._rows = list(shares)
        self.endResetModel()

    def share_at(self, row: int) -> Share:
        return self._rows[row]

    def row_of(self, share_id: int) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == share_id), -1)

    def recipients(self) -> list[str]:
        """Each recipient once, in the order they were first given something."""
        seen: dict[str, str] = {}
        for share in self._rows:
            seen.setdefault(" ".join(share.recipient.split()).casefold(), share.recipient)
        return list(seen.values())

    def what_they_hold(self, share: Share) -> str:
        if not share.fields:
            return "Names only (no answers)"
        return "; ".join(self._labels_of(list(share.fields)))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMN_TITLES):
            return COLUMN_TITLES[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        share = self._rows[index.row()]
        if role == SHARE_ID_ROLE:
            return share.id
        if role == WITHDRAWN_ROLE:
            return share.withdrawn_at is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(share, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == FILE:
                return f"SHA-256 {share.file_sha256}"
            return self._text(share, index.column())
        return None

    def _text(self, share: Share, column: int) -> str | None:
        values = {
            WHEN: lambda: time_in_words(share.at),
            RECIPIENT: lambda: share.recipient or "(not recorded)",
            PURPOSE: lambda: share.purpose,
            FORMAT: lambda: FORMAT_WORDS.get(share.format, share.format),
            VERSION: lambda: str(share.revision),
            WHAT: lambda: self.what_they_hold(share),
            CONSENT: lambda: (f"Withdrawn {time_in_words(share.withdrawn_at)}" if share.withdrawn_at
                              else "Given"),
            FILE: lambda: f"{share.file_name} ({share.file_sha256[:12]}…)" if share.file_name
            else f"{share.file_sha256[:12]}…",
        }
        make = values.get(column)
        return make() if make else None
