"""Agreed actions: a sortable, filterable table with Add, Edit, Decline and Remove, all by keyboard.

Keys (while the view has focus): Ctrl+N or Insert adds, Enter edits the selected action, Ctrl+D declines
it (a reason is required), Delete removes it after a confirmation, Ctrl+Z brings back the last one removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, AgreedAction
from carerpassport.ui.dialogs.action_dialog import ActionDialog
from carerpassport.ui.models.actions_filter_model import ActionsFilterModel
from carerpassport.ui.models.actions_model import (
    AGREED,
    ID_ROLE,
    IMPLEMENT_BY,
    KIND,
    OWNER,
    REVIEW_ON,
    SHARED,
    STATUS,
    WHAT,
    ActionsModel,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.agreement_line import AgreementLine
from carerpassport.ui.widgets.question_box import question_box
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.usecases.core import RemovedAction

Choice = TypeVar("Choice", bound=Enum)


class ActionsView(QWidget):
    """The agreed actions of the open passport; every change is saved through :class:`PassportApp`."""

    changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.dialog: ActionDialog | None = None  # the open add/edit/decline dialog, if any
        self.confirm_box: QMessageBox | None = None  # the open "remove?" question, if any
        self._last_removed: RemovedAction | None = None
        self.model = ActionsModel(self)
        self.proxy = ActionsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("Agreed actions", self))
        layout.addWidget(hint_label("What you and your line manager agreed, asked for or turned down. Only actions "
                                    "marked “Shared” go into what you export.", self))
        # agreed, changed since, or not yet (after each change too); read by refresh() below
        self.agreement = AgreementLine(app, self, read_now=False)
        layout.addWidget(self.agreement)
        layout.addLayout(self._build_filters())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.empty_hint = hint_label("No actions yet. Press “Add action” (Ctrl+N) to record the first thing you "
                                     "and your manager agree, or something you want to ask for.", self)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self._build_buttons())
        keys = QLabel("Keys: Ctrl+N add · Enter edit · Ctrl+D decline · Delete remove · Ctrl+Z undo remove", self)
        set_role(keys, "hint")
        layout.addWidget(keys)
        self.notice = status_label(self, "Last change")
        layout.addWidget(self.notice)
        self._build_shortcuts()
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search actions")
        self.search.setClearButtonEnabled(True)
        set_accessible(self.search, "Search actions", "Shows only actions whose description, kind, owner or status "
                       "contain these words.")
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = self._choice_filter("All statuses", ACTION_STATUS_LABELS, "Show status",
                                                 "Show only actions with this status.")
        self.kind_filter = self._choice_filter("All kinds", ACTION_KIND_LABELS, "Show kind",
                                               "Show only actions of this kind.")
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.kind_filter, 1)
        return row

    def _choice_filter(self, everything: str, labels: Mapping[Choice, str], name: str, description: str) -> QComboBox:
        """A list to show only the actions with one value (kept as the item's data), or ``everything``."""
        box = QComboBox(self)
        box.addItem(everything, "")
        for value, label in labels.items():
            box.addItem(label, value.value)
        set_accessible(box, name, description)
        box.currentIndexChanged.connect(self._filter_changed)
        return box

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the order they were added until asked
        make_row_table(table, "Agreed actions", "Arrow keys choose an action; Enter edits it; Ctrl+D declines it; "
                       "Delete removes it. Click a column title, or focus it, to sort.")
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(False)
        table.activated.connect(lambda _index: self.edit_selected())
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)  # the description column takes the width that is left
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()

        def button(text: str, description: str, slot: object) -> QPushButton:
            b = QPushButton(text, self)
            set_accessible(b, text.replace("…", ""), description)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.add_button = button("Add action…", "Add an agreed action (Ctrl+N or Insert).", self.add_action)
        self.edit_button = button("Edit…", "Change the selected action (Enter).", self.edit_selected)
        self.decline_button = button("Decline…", "Mark the selected action as declined, with the reason (Ctrl+D).",
                                     self.decline_selected)
        self.remove_button = button("Remove…", "Remove the selected action (Delete). You can undo it.",
                                    self.remove_selected)
        self.undo_button = button("Undo remove", "Bring back the action you removed last (Ctrl+Z).",
                                  self.undo_remove)
        row.addStretch(1)
        return row

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.add_action), ("Insert", self.add_action),
                           ("Ctrl+D", self.decline_selected), ("Ctrl+Z", self.undo_remove)):
            _shortcut(QKeySequence(keys), self, slot, context)
        _shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  Qt.ShortcutContext.WidgetShortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Tabbing into the table selects the first action, so Enter, Ctrl+D and Delete work at once.
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.FocusIn and self.selected_action_id() is None \
                and self.proxy.rowCount() > 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.proxy.index(0, WHAT), flags)
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Short columns get the width of their longest possible words (measured from the font, never by
        walking the rows); the description gets the rest, but never so little that it cannot be read (at
        200% text the table scrolls sideways instead)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        samples = {
            KIND: list(ACTION_KIND_LABELS.values()), OWNER: ["M" * 9], STATUS: ["Declined: " + "M" * 6],
            AGREED: ["30 Sep 2026"], IMPLEMENT_BY: ["30 Sep 2026"], REVIEW_ON: ["30 Sep 2026"],
            SHARED: ["Private"],
        }
        used = 0
        for column, words in samples.items():
            width = max(max(metrics.horizontalAdvance(w) for w in words) + em, header.sectionSizeHint(column))
            header.resizeSection(column, width)
            used += width
        header.resizeSection(WHAT, max(18 * em, self.table.viewport().width() - used))

    # --- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the actions from the vault, keeping the selected one selected."""
        keep = self.selected_action_id()
        passport = self.app.editing.passport()  # parsed once for the table and the status line
        self.model.set_actions(passport.actions)
        self.agreement.refresh(passport)
        if keep:
            self.select_action(keep)
        self._fit_columns()
        self._update_buttons()

    def clear(self) -> None:
        """Forget every action (the vault is locking)."""
        if self.dialog is not None:
            self.dialog.reject()
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self._last_removed = None
        self.model.set_actions([])
        self.agreement.clear()
        self.notice.setText("")
        self.search.clear()
        self._update_buttons()

    def selected_action_id(self) -> str | None:
        """The id of the selected action, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return str(self.proxy.index(index.row(), WHAT).data(ID_ROLE))

    def select_action(self, action_id: str) -> None:
        """Select (and scroll to) the action with this id, if it is shown."""
        row = self.model.row_of(action_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, WHAT))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        has = self.selected_action_id() is not None
        for b in (self.edit_button, self.decline_button, self.remove_button):
            b.setEnabled(has)
        self.undo_button.setEnabled(self._last_removed is not None)
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_status(str(self.status_filter.currentData() or ""))
        self.proxy.set_kind(str(self.kind_filter.currentData() or ""))
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)

    # --- add, edit, decline ------------------------------------------------------------------------
    def add_action(self) -> None:
        """Open the dialog for a new action (Ctrl+N, Insert)."""
        self._open_dialog(None, decline=False)

    def edit_selected(self) -> None:
        """Open the selected action for editing (Enter)."""
        self._open_selected(decline=False)

    def decline_selected(self) -> None:
        """Open the selected action ready to decline, asking for the reason (Ctrl+D)."""
        self._open_selected(decline=True)

    def _open_selected(self, *, decline: bool) -> None:
        action_id = self.selected_action_id()
        if action_id is None:
            self._say("Choose an action in the table first (arrow keys), then try again.")
            return
        self._open_dialog(self.app.editing.passport().action(action_id), decline=decline)

    def _open_dialog(self, action: AgreedAction | None, *, decline: bool) -> None:
        if self.dialog is not None:
            return
        self.dialog = ActionDialog(action, today=self.app.today(), decline=decline, save=self._save_dialog,
                                   parent=self)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _save_dialog(self, dialog: ActionDialog) -> None:
        """Called by the dialog on Save; a :class:`PassportError` keeps the dialog open with the sentence."""
        new = dialog.action()
        if self.model.row_of(new.id) < 0:
            fields = {f.name: getattr(new, f.name) for f in dataclasses.fields(AgreedAction) if f.name != "id"}
            fields["kind"], fields["status"] = new.kind.value, new.status.value
            added = self.app.editing.add_action(**fields)
            self._after_change(added.id, f"Added “{_short(added.what)}”.")
        else:
            changes = dialog.changes()
            if changes:
                self.app.editing.update_action(new.id, **changes)
            verb = "Declined" if new.status.value == "declined" and "status" in changes else "Saved"
            self._after_change(new.id, f"{verb} “{_short(new.what)}”.")

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.table.setFocus()

    def _after_change(self, action_id: str, message: str) -> None:
        self.refresh()
        self.select_action(action_id)
        self._say(message)
        self.changed.emit()

    # --- remove and undo ---------------------------------------------------------------------------
    def remove_selected(self) -> None:
        """Ask, then remove the selected action (Delete); Undo remove brings it back."""
        action_id = self.selected_action_id()
        if action_id is None or self.confirm_box is not None:
            return
        action = self.app.editing.passport().action(action_id)
        self.confirm_box = question_box(
            self, title="Remove this action?", text=f"Remove “{_short(action.what, 80)}” from your passport?",
            details="You can bring it back with “Undo remove” (Ctrl+Z), and every earlier version stays in History.",
            confirm="Remove", confirm_role=QMessageBox.ButtonRole.DestructiveRole,
            answered=lambda confirmed: self._remove_answered(action_id, confirmed), closed=self._confirm_closed)
        self.confirm_box.open()

    def _confirm_closed(self) -> None:
        self.confirm_box = None
        self.table.setFocus()

    def _remove_answered(self, action_id: str, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            removed = self.app.editing.remove_action(action_id)
        except PassportError as exc:
            self._say(f"Could not remove the action: {exc}")
            return
        self._last_removed = removed
        self.refresh()
        self._say(f"Removed “{_short(removed.action.what)}”. Press “Undo remove” (Ctrl+Z) to bring it back.")
        self.changed.emit()

    def undo_remove(self) -> None:
        """Put the last removed action back where it was, with the same id (a new revision)."""
        if self._last_removed is None:
            return
        removed = self._last_removed
        try:
            revision = self.app.editing.undo_remove_action(removed)
        except PassportError as exc:
            self._say(f"Could not bring the action back: {exc}")
            return
        self._last_removed = None
        if revision is None:  # it is back already (restored from History, say)
            self._update_buttons()
            return
        self._after_change(removed.action.id, f"Brought back “{_short(removed.action.what)}”.")


def _shortcut(keys: QKeySequence, parent: QWidget, slot: Callable[[], None], context: Qt.ShortcutContext) -> None:
    # Set step by step: PySide6 6.11's QShortcut(keys, parent, slot, context) ignores the context (the
    # shortcut stays window-wide), and its stubs do not know the activated= keyword that does work.
    shortcut = QShortcut(keys, parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
