"""What changed between two versions, side by side: what, before, after — in words a person reads.

``Editing.diff`` (``app.editing.diff``) reports leaf-level changes (every field of a new action, the id included). Here
they are folded into rows a carer can scan: an added or removed action is one row with a summary, ids
are never shown, and a new answer's default "private" flag is not reported as a change of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from carerpassport.domain.diff import Change
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ActionKind, ActionStatus
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.models.actions_model import date_in_words, shared_in_words
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel

translate = QCoreApplication.translate

ITEM, BEFORE, AFTER = range(3)


def nothing() -> str:
    """A value that was not there (before an action was added, after it was removed)."""
    return translate("ChangesModel", "(nothing)")


def empty() -> str:
    """A value that was there but empty."""
    return translate("ChangesModel", "(empty)")


#: The parts of an action, as a change names them (translated when shown).
ACTION_FIELDS_IN_WORDS = {
    "what": QT_TRANSLATE_NOOP("ChangesModel", "description"),
    "kind": QT_TRANSLATE_NOOP("ChangesModel", "kind"),
    "owner": QT_TRANSLATE_NOOP("ChangesModel", "who does it"),
    "status": QT_TRANSLATE_NOOP("ChangesModel", "status"),
    "decline_reason": QT_TRANSLATE_NOOP("ChangesModel", "reason declined"),
    "agreed_on": QT_TRANSLATE_NOOP("ChangesModel", "date agreed"),
    "implement_by": QT_TRANSLATE_NOOP("ChangesModel", "start by"),
    "review_on": QT_TRANSLATE_NOOP("ChangesModel", "review on"),
    "shared": QT_TRANSLATE_NOOP("ChangesModel", "shared with manager?"),
}


def _field_in_words(field: str) -> str:
    words = ACTION_FIELDS_IN_WORDS.get(field)
    return translate("ChangesModel", words) if words else field


def _without_part(label: str) -> str:
    """A diff label without the part it ends with in brackets ("How caring affects you (shared)" → "How caring
    affects you"): read from the end, not by its English words, so a translated label works too."""
    return label.rsplit(" (", 1)[0] if label.endswith(")") and " (" in label else label


@dataclasses.dataclass(frozen=True)
class ChangeRow:
    """One row of the side-by-side view."""

    what: str
    before: str
    after: str


def value_in_words(path: str, value: Any) -> str:
    """A changed value as a person reads it (share flags as Shared/Private, kinds, statuses and dates)."""
    if value is None:
        return nothing()
    if isinstance(value, bool):
        if path.endswith(".shared"):
            return shared_in_words(value)
        return translate("ChangesModel", "Yes") if value else translate("ChangesModel", "No")
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
    return text if text else empty()


def _action_summary(fields: dict[str, Any]) -> str:
    parts = [value_in_words(".kind", fields.get("kind")), value_in_words(".status", fields.get("status"))]
    if fields.get("owner"):
        #: {name}: who does the action.
        parts.append(translate("ChangesModel", "who: {name}").format(name=fields["owner"]))
    parts.append(translate("ChangesModel", "shared") if fields.get("shared") else translate("ChangesModel", "private"))
    #: An action in one line: {what} it is, then {details} (kind, status, who, shared or private).
    return translate("ChangesModel", "{what} ({details})").format(
        what=fields.get("what") or translate("ChangesModel", "Untitled"),
        details=translate("ChangesModel", ", ").join(parts))


def readable_rows(changes: list[Change]) -> list[ChangeRow]:
    """Fold a leaf-level change list into rows a person can read."""
    rows: list[ChangeRow] = []
    actions: dict[str, list[Change]] = {}
    for change in changes:
        parts = change.path.split(".")
        if parts[0] == "actions" and len(parts) >= 3:
            actions.setdefault(parts[1], []).append(change)
            continue
        if parts[0] == "answers" and parts[-1] == "shared":
            if change.old is None and change.new is False:
                continue  # a new answer starts private: not a change worth a row
            #: {question}: a question of the passport.
            label = translate("ChangesModel", "{question}: shared with manager?").format(
                question=_without_part(change.label))
        elif parts[0] == "answers":
            label = _without_part(change.label)
        else:
            label = change.label
        rows.append(ChangeRow(label, value_in_words(change.path, change.old), value_in_words(change.path, change.new)))
    for action_changes in actions.values():
        rows.extend(_action_rows(action_changes))
    return rows


def _action_rows(changes: list[Change]) -> list[ChangeRow]:
    old = {c.path.rsplit(".", 1)[1]: c.old for c in changes}
    new = {c.path.rsplit(".", 1)[1]: c.new for c in changes}
    if all(v is None for v in old.values()):
        return [ChangeRow(translate("ChangesModel", "Action added"), nothing(), _action_summary(new))]
    if all(v is None for v in new.values()):
        return [ChangeRow(translate("ChangesModel", "Action removed"), _action_summary(old), nothing())]
    # Action “what…”: the label without the part after its last colon (read from the end, so in any language)
    title = changes[0].label.rsplit(":", 1)[0]
    #: {action}: an action, as Action “Start at 10:00…”; {part}: which part of it changed, as "start by".
    return [ChangeRow(translate("ChangesModel", "{action}: {part}").format(
                          action=title, part=_field_in_words(c.path.rsplit(".", 1)[1])),
                      value_in_words(c.path, c.old), value_in_words(c.path, c.new))
            for c in changes if not c.path.endswith(".id")]


class ChangesModel(ReadOnlyTableModel[ChangeRow]):
    """The changes between two versions as three columns: what, before, after."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((translate("ChangesModel", "What"), translate("ChangesModel", "Before"),
                          translate("ChangesModel", "After")), parent)

    def set_changes(self, changes: list[Change], old: int | None = None, new: int | None = None) -> None:
        """Show ``app.editing.diff(old, new)``; the version numbers go into the column titles."""
        self._titles = (translate("ChangesModel", "What"),
                        translate("ChangesModel", "Before (version {number})").format(number=old) if old
                        else translate("ChangesModel", "Before"),
                        translate("ChangesModel", "After (version {number})").format(number=new) if new
                        else translate("ChangesModel", "After"))
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
