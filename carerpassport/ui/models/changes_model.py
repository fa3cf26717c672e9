"""What changed between two versions, side by side: what, before, after — in words a person reads.

``Editing.diff`` (``app.editing.diff``) reports leaf-level changes (every field of a new action, the id included). Here
they are folded into rows a carer can scan: an added or removed action is one row with a summary, ids
are never shown, and a new answer's default "private" flag is not reported as a change of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from carerpassport.domain.diff import Change
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ActionKind, ActionStatus
from carerpassport.ui.models.actions_model import date_in_words
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

ITEM, BEFORE, AFTER = range(3)

NOTHING = "(nothing)"
EMPTY = "(empty)"

ACTION_FIELDS_IN_WORDS = {
    "what": "description", "kind": "kind", "owner": "who does it", "status": "status",
    "decline_reason": "reason declined", "agreed_on": "date agreed", "implement_by": "start by",
    "review_on": "review on", "shared": "shared with manager?",
}


@dataclasses.dataclass(frozen=True)
class ChangeRow:
    """One row of the side-by-side view."""

    what: str
    before: str
    after: str


def value_in_words(path: str, value: Any) -> str:
    """A changed value as a person reads it (share flags as Shared/Private, kinds, statuses and dates)."""
    if value is None:
        return NOTHING
    if isinstance(value, bool):
        if path.endswith(".shared"):
            return "Shared" if value else "Private"
        return "Yes" if value else "No"
    if path.endswith(".kind") and value in {k.value for k in ActionKind}:
        return ACTION_KIND_LABELS[ActionKind(value)]
    if path.endswith(".status") and value in {s.value for s in ActionStatus}:
        return ACTION_STATUS_LABELS[ActionStatus(value)]
    if path.endswith(("_on", "_by", ".last_agreed", ".next_review")) and isinstance(value, str):
        try:
            return date_in_words(dt.date.fromisoformat(value))
        except ValueError:
            pass
    text = str(value)
    return text if text else EMPTY


def _action_summary(fields: dict[str, Any]) -> str:
    parts = [value_in_words(".kind", fields.get("kind")), value_in_words(".status", fields.get("status"))]
    if fields.get("owner"):
        parts.append(f"who: {fields['owner']}")
    parts.append("shared" if fields.get("shared") else "private")
    return f"{fields.get('what') or 'Untitled'} ({', '.join(parts)})"


def readable_rows(changes: list[Change]) -> list[ChangeRow]:
    """Fold a leaf-level change list into rows a person can read."""
    rows: list[ChangeRow] = []
    actions: dict[str, list[Change]] = {}
    for change in changes:
        parts = change.path.split(".")
        if parts[0] == "actions" and len(parts) >= 3:
            actions.setdefault(parts[1], []).append(change)
            continue
        if parts[0] == "answers" and change.label.endswith(" (shared)"):
            if change.old is None and change.new is False:
                continue  # a new answer starts private: not a change worth a row
            label = change.label.removesuffix(" (shared)") + ": shared with manager?"
        else:
            label = change.label.removesuffix(" (answer)")
        rows.append(ChangeRow(label, value_in_words(change.path, change.old), value_in_words(change.path, change.new)))
    for action_changes in actions.values():
        rows.extend(_action_rows(action_changes))
    return rows


def _action_rows(changes: list[Change]) -> list[ChangeRow]:
    old = {c.path.rsplit(".", 1)[1]: c.old for c in changes}
    new = {c.path.rsplit(".", 1)[1]: c.new for c in changes}
    if all(v is None for v in old.values()):
        return [ChangeRow("Action added", NOTHING, _action_summary(new))]
    if all(v is None for v in new.values()):
        return [ChangeRow("Action removed", _action_summary(old), NOTHING)]
    title = changes[0].label.split("”:")[0] + "”"  # Action “what…”
    return [ChangeRow(f"{title}: {ACTION_FIELDS_IN_WORDS.get(c.path.rsplit('.', 1)[1], c.path.rsplit('.', 1)[1])}",
                      value_in_words(c.path, c.old), value_in_words(c.path, c.new))
            for c in changes if not c.path.endswith(".id")]


class ChangesModel(ReadOnlyTableModel[ChangeRow]):
    """The changes between two versions as three columns: what, before, after."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(("What", "Before", "After"), parent)

    def set_changes(self, changes: list[Change], old: int | None = None, new: int | None = None) -> None:
        """Show ``app.editing.diff(old, new)``; the version numbers go into the column titles."""
        self._titles = ("What", f"Before (version {old})" if old else "Before",
                        f"After (version {new})" if new else "After")
        self._replace_rows(readable_rows(changes))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_of_index(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        return {ITEM: row.what, BEFORE: row.before, AFTER: row.after}.get(index.column())
