"""The agreed actions as a table model (one row per action, named column constants)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, AgreedAction
from carerpassport.ui.dates import readable
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

WHAT, KIND, OWNER, STATUS, AGREED, IMPLEMENT_BY, REVIEW_ON, SHARED = range(8)
COLUMN_TITLES = ("What was agreed", "Kind", "Who does it", "Status", "Agreed on", "Start by", "Review on",
                 "Shared?")

#: A value that sorts naturally (dates as ISO text, empty dates last); the proxy sorts by it.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The action's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The raw value for filtering (kind and status enum values).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

NOT_SET = "—"


def date_in_words(value: dt.date | None) -> str:
    """``12 Mar 2026``; an em dash when no date is set."""
    return readable(value) if value else NOT_SET


class ActionsModel(ReadOnlyTableModel[AgreedAction]):
    """Read-only view of a list of :class:`AgreedAction`; changes go through ``PassportApp``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMN_TITLES, parent)

    def set_actions(self, actions: list[AgreedAction]) -> None:
        """Show these actions (a copy of the list is kept)."""
        self._replace_rows(actions)

    def row_of(self, action_id: str) -> int:
        """The source row of the action with this id, or -1."""
        return self._row_where(lambda action: action.id == action_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self._row_of_index(index)
        if action is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and action.decline_reason:
                return f"Declined because: {action.decline_reason}"
            return self._display(action, column)
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == VALUE_ROLE:
            return {KIND: action.kind.value, STATUS: action.status.value}.get(column, self._display(action, column))
        if role == ID_ROLE:
            return action.id
        return None

    def _display(self, action: AgreedAction, column: int) -> str:
        if column == WHAT:
            return action.what
        if column == KIND:
            return ACTION_KIND_LABELS[action.kind]
        if column == OWNER:
            return action.owner or NOT_SET
        if column == STATUS:
            label = ACTION_STATUS_LABELS[action.status]
            return f"{label}: {action.decline_reason}" if action.decline_reason and action.status.value == "declined" \
                else label
        if column == AGREED:
            return date_in_words(action.agreed_on)
        if column == IMPLEMENT_BY:
            return date_in_words(action.implement_by)
        if column == REVIEW_ON:
            return date_in_words(action.review_on)
        if column == SHARED:
            return "Shared" if action.shared else "Private"
        return ""

    def _sort_key(self, action: AgreedAction, column: int) -> str:
        dates = {AGREED: action.agreed_on, IMPLEMENT_BY: action.implement_by, REVIEW_ON: action.review_on}
        if column in dates:
            value = dates[column]
            return value.isoformat() if value else "9999-99-99"  # no date sorts after every date
        return self._display(action, column).casefold()
