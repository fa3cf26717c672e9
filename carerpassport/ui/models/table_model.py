"""The part every read-only table model shares: a list of rows under a row of column titles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ReadOnlyTableModel(QAbstractTableModel, Generic[Row]):
    """One ``Row`` per table row, one column per title; a subclass says what each cell shows (``data``).

    Changes never happen in the table: the rows are replaced as a whole, through the app, and the view
    shows them again.
    """

    def __init__(self, titles: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = tuple(titles)
        self._rows: list[Row] = []

    def _replace_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row_where(self, matches: Callable[[Row], bool]) -> int:
        """The first row for which ``matches`` is true, or -1."""
        return next((number for number, row in enumerate(self._rows) if matches(row)), -1)

    def _row_of_index(self, index: Index) -> Row | None:
        """The row ``index`` points at, or None when it points nowhere."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None
