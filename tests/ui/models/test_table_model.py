"""The read-only table model every table in the app builds on: it passes qtmodeltester, names its columns
and finds a row by its content."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from carerpassport.ui.models.table_model import ReadOnlyTableModel


class _Pairs(ReadOnlyTableModel[tuple[str, int]]):
    def __init__(self) -> None:
        super().__init__(("Name", "Number"))

    def set_pairs(self, pairs: list[tuple[str, int]]) -> None:
        self._replace_rows(pairs)

    def row_of(self, name: str) -> int:
        return self._row_where(lambda pair: pair[0] == name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self._row_of_index(index)
        if pair is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(pair[index.column()])


def test_the_table_model_passes_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001 - pytest-qt's fixture
    model = _Pairs()
    qtmodeltester.check(model)
    model.set_pairs([("one", 1), ("two", 2)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Number"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.index(1, 1).data() == "2"
    assert (model.row_of("two"), model.row_of("three")) == (1, -1)
