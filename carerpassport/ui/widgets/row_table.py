"""The tables of the views (actions, history, sharing, received passports) all read the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from carerpassport.ui.widgets.accessible import set_accessible

#: Columns sized to their contents measure this many rows (and the ones in view), not every row: a
#: five-year vault's 110 shares asked the model for each cell's text 18,000 times on first show (87 ms).
ROWS_MEASURED = 30


def make_row_table(table: QTableView, name: str, description: str, *, alternating: bool = True) -> None:
    """Read-only rows chosen one at a time with the arrow keys; Tab leaves the table; no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().hide()
    table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    set_accessible(table, name, description)
