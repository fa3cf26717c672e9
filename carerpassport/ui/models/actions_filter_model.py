"""Sorting and filtering of the agreed actions table (by status, kind and typed text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from carerpassport.ui.models.actions_model import KIND, OWNER, SORT_ROLE, STATUS, VALUE_ROLE, WHAT


class ActionsFilterModel(QSortFilterProxyModel):
    """Shows the actions that match a status, a kind and some words (all optional)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._status = ""
        self._kind = ""
        self._words: list[str] = []

    def set_status(self, status: str) -> None:
        """Only actions with this status value (``""`` for all)."""
        self._refilter(lambda: setattr(self, "_status", status))

    def set_kind(self, kind: str) -> None:
        """Only actions of this kind value (``""`` for all)."""
        self._refilter(lambda: setattr(self, "_kind", kind))

    def set_text(self, text: str) -> None:
        """Only actions whose description, owner or status words contain every typed word."""
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: the non-deprecated way
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()

        def value(column: int, role: int = VALUE_ROLE) -> str:
            return str(model.data(model.index(source_row, column, source_parent), role) or "")

        if self._status and value(STATUS) != self._status:
            return False
        if self._kind and value(KIND) != self._kind:
            return False
        if self._words:
            haystack = " ".join(value(c, Qt.ItemDataRole.DisplayRole) for c in (WHAT, KIND, OWNER, STATUS)).casefold()
            return all(word in haystack for word in self._words)
        return True
