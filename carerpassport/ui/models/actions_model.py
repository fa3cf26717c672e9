"""The agreed actions as a table model (one row per action, named column constants)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, AgreedAction
from carerpassport.ui.dates import readable
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

translate = QCoreApplication.translate

WHAT, KIND, OWNER, STATUS, AGREED, IMPLEMENT_BY, REVIEW_ON, SHARED = range(8)
#: Translated when the model is made (``translate("ActionsModel", title)``).
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("ActionsModel", "What was agreed"),
    QT_TRANSLATE_NOOP("ActionsModel", "Kind"),
    QT_TRANSLATE_NOOP("ActionsModel", "Who does it"),
    QT_TRANSLATE_NOOP("ActionsModel", "Status"),
    QT_TRANSLATE_NOOP("ActionsModel", "Agreed on"),
    QT_TRANSLATE_NOOP("ActionsModel", "Start by"),
    QT_TRANSLATE_NOOP("ActionsModel", "Review on"),
    QT_TRANSLATE_NOOP("ActionsModel", "Shared?"),
)

#: A value that sorts naturally (dates as ISO text, empty dates last); the proxy sorts by it.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The action's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The raw value for filtering (kind and status enum values).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

NOT_SET = "—"


def date_in_words(value: dt.date | None) -> str:
    """``12 March 2026``; an em dash when no date is set."""
    return readable(value) if value else NOT_SET


def date_samples() -> list[str]:
    """A long date in every month, in the language's words: a column of dates is as wide as the widest."""
    return [readable(dt.date(2026, month, 28)) for month in range(1, 13)]


def shared_in_words(shared: bool) -> str:
    """"Shared" or "Private": whether an action (or an answer) goes into what the employee exports."""
    #: Whether an action or answer goes into what is exported for the line manager.
    return translate("ActionsModel", "Shared") if shared else translate("ActionsModel", "Private")


class ActionsModel(ReadOnlyTableModel[AgreedAction]):
    """Read-only view of a list of :class:`AgreedAction`; changes go through ``PassportApp``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([translate("ActionsModel", title) for title in COLUMN_TITLES], parent)

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
                return translate("ActionsModel", "Declined because: {reason}").format(reason=action.decline_reason)
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
            if action.decline_reason and action.status.value == "declined":
                #: {status}: "Declined"; {reason}: why, as the employee wrote it.
                return translate("ActionsModel", "{status}: {reason}").format(status=label,
                                                                             reason=action.decline_reason)
            return label
        if column == AGREED:
            return date_in_words(action.agreed_on)
        if column == IMPLEMENT_BY:
            return date_in_words(action.implement_by)
        if column == REVIEW_ON:
            return date_in_words(action.review_on)
        if column == SHARED:
            return shared_in_words(action.shared)
        return ""

    def _sort_key(self, action: AgreedAction, column: int) -> str:
        dates = {AGREED: action.agreed_on, IMPLEMENT_BY: action.implement_by, REVIEW_ON: action.review_on}
        if column in dates:
            value = dates[column]
            return value.isoformat() if value else "9999-99-99"  # no date sorts after every date
        return self._display(action, column).casefold()
