"""Agreed actions: a sortable, filterable table with Add, Edit, Decline and Remove, all by keyboard.

Keys (while the view has focus): Ctrl+N or Insert adds, Enter edits the selected action, Ctrl+D declines
it (a reason is required), Delete removes it after a confirmation, Ctrl+Z brings back the last one removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, Signal
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
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ActionStatus, AgreedAction
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
    date_samples,
    shared_in_words,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.agreement_line import AgreementLine
from carerpassport.ui.widgets.flow_layout import FlowLayout
from carerpassport.ui.widgets.question_box import question_box
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import scrolling_page
from carerpassport.usecases.core import RemovedAction

Choice = TypeVar("Choice", bound=Enum)
translate = QCoreApplication.translate


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

        # The page scrolls: at 200 % text in a longer language it is taller than a 1280×720 screen gives it.
        self.page_scroll, layout = scrolling_page(self)
        layout.addWidget(heading_label(translate("ActionsView", "Agreed actions"), self))
        layout.addWidget(hint_label(translate("ActionsView", "What you and your line manager agreed, asked for or "
                                              "turned down. Only actions marked “Shared” go into what you export."),
                                    self))
        # agreed, changed since, or not yet (after each change too); read by refresh() below
        self.agreement = AgreementLine(app, self, read_now=False)
        layout.addWidget(self.agreement)
        layout.addLayout(self._build_filters())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.empty_hint = hint_label(translate("ActionsView", "No actions yet. Press “Add action” (Ctrl+N) to record "
                                               "the first thing you and your manager agree, or something you want "
                                               "to ask for."), self)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self._build_buttons())
        #: The key names (Ctrl+N, Enter, Ctrl+D, Delete, Ctrl+Z) stay as they are: they are the keys.
        keys = QLabel(translate("ActionsView", "Keys: Ctrl+N add · Enter edit · Ctrl+D decline · Delete remove · "
                                               "Ctrl+Z undo remove"), self)
        keys.setWordWrap(True)
        set_role(keys, "hint")
        layout.addWidget(keys)
        self.notice = status_label(self, translate("ActionsView", "Last change"))
        layout.addWidget(self.notice)
        self._build_shortcuts()
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ActionsView", "Search actions"))
        self.search.setClearButtonEnabled(True)
        set_accessible(self.search, translate("ActionsView", "Search actions"),
                       translate("ActionsView", "Shows only actions whose description, kind, owner or status contain "
                                 "these words."))
        self.search.setToolTip(self.search.accessibleDescription())  # the whole hint, when the box is narrow
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = self._choice_filter(translate("ActionsView", "All statuses"), ACTION_STATUS_LABELS,
                                                 translate("ActionsView", "Show status"),
                                                 translate("ActionsView", "Show only actions with this status."))
        self.kind_filter = self._choice_filter(translate("ActionsView", "All kinds"), ACTION_KIND_LABELS,
                                               translate("ActionsView", "Show kind"),
                                               translate("ActionsView", "Show only actions of this kind."))
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.kind_filter, 1)
        return row

    def _choice_filter(self, everything: str, labels: Mapping[Choice, str], name: str, description: str) -> QComboBox:
        """A list to show only the actions with one value (kept as the item's data), or ``everything``."""
        box = QComboBox(self)
        # Not as wide as the longest choice: that, beside the search, was wider than the screen at 200 % text.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(10)
        box.currentTextChanged.connect(box.setToolTip)  # the whole choice, when the box is narrower than it
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
        make_row_table(table, translate("ActionsView", "Agreed actions"),
                       translate("ActionsView", "Arrow keys choose an action; Enter edits it; Ctrl+D declines it; "
                                 "Delete removes it. Click a column title, or focus it, to sort."))
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(False)
        table.activated.connect(lambda _index: self.edit_selected())
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)  # the description column takes the width that is left
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _build_buttons(self) -> FlowLayout:
        # A flow, not a row: five buttons in a row asked for more than a 1280-pixel screen at 200 % text in a
        # longer language; they go on to a second line instead.
        row = FlowLayout()

        def button(text: str, description: str, slot: object) -> QPushButton:
            b = QPushButton(text, self)
            set_accessible(b, text.replace("…", "").replace("&", ""), description)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.add_button = button(translate("ActionsView", "Add action…"),
                                 translate("ActionsView", "Add an agreed action (Ctrl+N or Insert)."), self.add_action)
        self.edit_button = button(translate("ActionsView", "Edit…"),
                                  translate("ActionsView", "Change the selected action (Enter)."), self.edit_selected)
        self.decline_button = button(translate("ActionsView", "Decline…"),
                                     translate("ActionsView", "Mark the selected action as declined, with the reason "
                                               "(Ctrl+D)."), self.decline_selected)
        self.remove_button = button(translate("ActionsView", "Remove…"),
                                    translate("ActionsView", "Remove the selected action (Delete). You can undo it."),
                                    self.remove_selected)
        self.undo_button = button(translate("ActionsView", "Undo remove"),
                                  translate("ActionsView", "Bring back the action you removed last (Ctrl+Z)."),
                                  self.undo_remove)
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
        dates = date_samples()
        samples = {
            KIND: list(ACTION_KIND_LABELS.values()), OWNER: ["M" * 9],
            STATUS: [ACTION_STATUS_LABELS[ActionStatus.DECLINED] + ": " + "M" * 6],
            AGREED: dates, IMPLEMENT_BY: dates, REVIEW_ON: dates,
            SHARED: [shared_in_words(True), shared_in_words(False)],
        }
        used = 0
        for column, words in samples.items():
            width = max(max(metrics.horizontalAdvance(w) for w in words) + em, header.sectionSizeHint(column))
            header.resizeSection(column, width)
            used += width
        header.resizeSection(WHAT, max(18 * em, self.table.viewport().width() - used))
        # Room for four actions of two lines each, however tall the page is (the page scrolls).
        rows = 4 * (2 * metrics.lineSpacing() + 12)
        self.table.setMinimumHeight(header.sizeHint().height() + rows + 2 * self.table.frameWidth())

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
            self._say(translate("ActionsView", "Choose an action in the table first (arrow keys), then try again."))
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
            #: {action}: the start of the action's description, as the employee wrote it.
            self._after_change(added.id, translate("ActionsView", "Added “{action}”.").format(
                action=_short(added.what)))
        else:
            changes = dialog.changes()
            if changes:
                self.app.editing.update_action(new.id, **changes)
            declined = new.status.value == "declined" and "status" in changes
            said = translate("ActionsView", "Declined “{action}”.") if declined \
                else translate("ActionsView", "Saved “{action}”.")
            self._after_change(new.id, said.format(action=_short(new.what)))

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
            self, title=translate("ActionsView", "Remove this action?"),
            text=translate("ActionsView", "Remove “{action}” from your passport?").format(
                action=_short(action.what, 80)),
            details=translate("ActionsView", "You can bring it back with “Undo remove” (Ctrl+Z), and every earlier "
                              "version stays in History."),
            confirm=translate("ActionsView", "Remove"), confirm_role=QMessageBox.ButtonRole.DestructiveRole,
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
            #: {reason}: why, a whole sentence.
            self._say(translate("ActionsView", "Could not remove the action: {reason}").format(reason=exc))
            return
        self._last_removed = removed
        self.refresh()
        self._say(translate("ActionsView", "Removed “{action}”. Press “Undo remove” (Ctrl+Z) to bring it back.").format(
            action=_short(removed.action.what)))
        self.changed.emit()

    def undo_remove(self) -> None:
        """Put the last removed action back where it was, with the same id (a new revision)."""
        if self._last_removed is None:
            return
        removed = self._last_removed
        try:
            revision = self.app.editing.undo_remove_action(removed)
        except PassportError as exc:
            self._say(translate("ActionsView", "Could not bring the action back: {reason}").format(reason=exc))
            return
        self._last_removed = None
        if revision is None:  # it is back already (restored from History, say)
            self._update_buttons()
            return
        self._after_change(removed.action.id, translate("ActionsView", "Brought back “{action}”.").format(
            action=_short(removed.action.what)))


def _shortcut(keys: QKeySequence, parent: QWidget, slot: Callable[[], None], context: Qt.ShortcutContext) -> None:
    # Set step by step: PySide6 6.11's QShortcut(keys, parent, slot, context) ignores the context (the
    # shortcut stays window-wide), and its stubs do not know the activated= keyword that does work.
    shortcut = QShortcut(keys, parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
