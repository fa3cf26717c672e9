"""Add, edit or decline one agreed action. Problems are shown inside the dialog; nothing is lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carerpassport.domain.errors import PassportError
from carerpassport.domain.model import (
    ACTION_KIND_LABELS,
    ACTION_STATUS_LABELS,
    MAX_NAME,
    ActionKind,
    ActionStatus,
    AgreedAction,
)
from carerpassport.domain.review import default_next_review
from carerpassport.ui.widgets.accessible import hint_label, set_accessible
from carerpassport.ui.widgets.optional_date_edit import OptionalDateEdit
from carerpassport.ui.widgets.problem_label import ProblemLabel

translate = QCoreApplication.translate


class ActionDialog(QDialog):
    """Edit the parts of an :class:`AgreedAction`; ``action()`` is the result once accepted.

    ``decline=True`` opens an existing action ready to decline: status set to Declined and the cursor
    in the reason box (a reason is required). ``save(dialog)`` is called on Save; if it raises a
    :class:`PassportError` the sentence is shown here and the dialog stays open with everything typed.
    """

    def __init__(self, action: AgreedAction | None = None, *, today: dt.date, decline: bool = False,
                 save: Callable[[ActionDialog], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._original = action or AgreedAction()
        editing = action is not None
        self.setWindowTitle(translate("ActionDialog", "Decline an action") if decline
                            else translate("ActionDialog", "Edit an action") if editing
                            else translate("ActionDialog", "Add an action"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("ActionDialog", "Record what you and your line manager agreed, or what "
                                              "you are asking for. Press Ctrl+Enter to save."), self))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above, at large text
        layout.addLayout(self.form)

        self.what = QPlainTextEdit(self)
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(80)
        self.what.setPlaceholderText(translate("ActionDialog", "For example: Start at 10:00 on Tuesdays so I can take "
                                               "Dad to his day centre."))
        set_accessible(self.what, translate("ActionDialog", "What was agreed"),
                       translate("ActionDialog", "Describe the change or support in a sentence or two."))
        self.kind = QComboBox(self)
        for kind in ActionKind:
            self.kind.addItem(ACTION_KIND_LABELS[kind], kind.value)
        set_accessible(self.kind, translate("ActionDialog", "Kind of action"),
                       translate("ActionDialog", "Flexible working, leave, emergency cover, equipment, workload or "
                                 "other."))
        self.owner = QLineEdit(self)
        self.owner.setMaxLength(MAX_NAME)
        self.owner.setPlaceholderText(translate("ActionDialog", "For example: Bob Smith, or me"))
        self.owner.setToolTip(self.owner.placeholderText())  # readable in full when the box is narrower
        set_accessible(self.owner, translate("ActionDialog", "Who does it"),
                       translate("ActionDialog", "The person who makes this happen."))
        self.status = QComboBox(self)
        for status in ActionStatus:
            self.status.addItem(ACTION_STATUS_LABELS[status], status.value)
        set_accessible(self.status, translate("ActionDialog", "Status"),
                       translate("ActionDialog", "Proposed, agreed, declined, in place or ended."))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("ActionDialog", "Why it was declined, in a few words"))
        self.reason.setToolTip(self.reason.placeholderText())
        set_accessible(self.reason, translate("ActionDialog", "Reason it was declined"),
                       translate("ActionDialog", "Required when an action is declined."))
        self.agreed_on = OptionalDateEdit(translate("ActionDialog", "Date agreed"), today, self)
        self.implement_by = OptionalDateEdit(translate("ActionDialog", "Start by"), today, self)
        # a year ahead, like a passport review: today would raise "due today" the moment it is saved
        self.review_on = OptionalDateEdit(translate("ActionDialog", "Review on"), default_next_review(today), self)
        self.shared = QCheckBox(translate("ActionDialog", "Share this action with my manager"), self)
        set_accessible(self.shared, translate("ActionDialog", "Share this action with my manager"),
                       translate("ActionDialog", "When ticked, this action is part of what you export for your line "
                                 "manager."))

        self.form.addRow(translate("ActionDialog", "What was agreed"), self.what)
        self.form.addRow(translate("ActionDialog", "Kind"), self.kind)
        self.form.addRow(translate("ActionDialog", "Who does it"), self.owner)
        self.form.addRow(translate("ActionDialog", "Status"), self.status)
        self.form.addRow(translate("ActionDialog", "Reason declined"), self.reason)
        self.form.addRow(translate("ActionDialog", "Date agreed"), self.agreed_on)
        self.form.addRow(translate("ActionDialog", "Start by"), self.implement_by)
        self.form.addRow(translate("ActionDialog", "Review on"), self.review_on)
        self.form.addRow("", self.shared)

        self.error = ProblemLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(translate("ActionDialog", "&Save"))  # Qt ships no Welsh for its own words
        set_accessible(save_button, translate("ActionDialog", "Save the action"),
                       translate("ActionDialog", "Saves the action and closes this window (Ctrl+Enter)."))
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setText(translate("ActionDialog", "Cancel"))
        set_accessible(cancel_button, translate("ActionDialog", "Cancel without saving"),
                       translate("ActionDialog", "Closes this window and keeps the action as it was (Escape)."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        self.status.currentIndexChanged.connect(self._status_changed)
        self._load(self._original)
        if decline:
            self.status.setCurrentIndex(self.status.findData(ActionStatus.DECLINED.value))
        self._status_changed()
        (self.reason if decline else self.what).setFocus()

    def _load(self, action: AgreedAction) -> None:
        self.what.setPlainText(action.what)
        self.kind.setCurrentIndex(self.kind.findData(action.kind.value))
        self.owner.setText(action.owner)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.reason.setText(action.decline_reason)
        self.agreed_on.set_date(action.agreed_on)
        self.implement_by.set_date(action.implement_by)
        self.review_on.set_date(action.review_on)
        self.shared.setChecked(action.shared)

    def _status_changed(self) -> None:
        self.form.setRowVisible(self.reason, self.status.currentData() == ActionStatus.DECLINED.value)

    def action(self) -> AgreedAction:
        """The action as the dialog shows it now (same id as the one being edited)."""
        status = ActionStatus(self.status.currentData())
        return dataclasses.replace(
            self._original, what=self.what.toPlainText().strip(), kind=ActionKind(self.kind.currentData()),
            owner=self.owner.text().strip(), status=status,
            decline_reason=self.reason.text().strip() if status is ActionStatus.DECLINED else "",
            agreed_on=self.agreed_on.date(), implement_by=self.implement_by.date(),
            review_on=self.review_on.date(), shared=self.shared.isChecked())

    def changes(self) -> dict[str, object]:
        """The fields that differ from the action the dialog opened with (for ``update_action``)."""
        new = self.action()
        return {f.name: getattr(new, f.name) for f in dataclasses.fields(AgreedAction)
                if f.name != "id" and getattr(new, f.name) != getattr(self._original, f.name)}

    def show_error(self, message: str) -> None:
        """Show why the action cannot be saved, inside the dialog."""
        self.error.show_problem(message)

    def accept(self) -> None:
        """Close only when the action is complete; otherwise say what is missing and keep everything."""
        action = self.action()
        try:
            action.validate()
            if self._save is not None:
                self._save(self)
        except PassportError as exc:
            self.show_error(str(exc))
            target = self._missing(action)
            if target is not None:
                target.setFocus()
            return
        super().accept()

    def _missing(self, action: AgreedAction) -> QWidget | None:
        """The box to put the cursor in after a problem: the one the action lacks (read from the action, not
        from the sentence, which is in the reader's language), or None."""
        if not action.what:
            return self.what
        if action.status is ActionStatus.DECLINED and not action.decline_reason:
            return self.reason
        return None
