"""Add, edit or decline one agreed action. Problems are shown inside the dialog; nothing is lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

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
        self.setWindowTitle("Decline an action" if decline else "Edit an action" if editing else "Add an action")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label("Record what you and your line manager agreed, or what you are asking for. "
                                    "Press Ctrl+Enter to save.", self))
        self.form = QFormLayout()
        layout.addLayout(self.form)

        self.what = QPlainTextEdit(self)
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(80)
        self.what.setPlaceholderText("For example: Start at 10:00 on Tuesdays so I can take Dad to his day centre.")
        set_accessible(self.what, "What was agreed", "Describe the change or support in a sentence or two.")
        self.kind = QComboBox(self)
        for kind in ActionKind:
            self.kind.addItem(ACTION_KIND_LABELS[kind], kind.value)
        set_accessible(self.kind, "Kind of action", "Flexible working, leave, emergency cover, equipment, workload "
                       "or other.")
        self.owner = QLineEdit(self)
        self.owner.setMaxLength(MAX_NAME)
        self.owner.setPlaceholderText("For example: Bob Smith, or me")
        set_accessible(self.owner, "Who does it", "The person who makes this happen.")
        self.status = QComboBox(self)
        for status in ActionStatus:
            self.status.addItem(ACTION_STATUS_LABELS[status], status.value)
        set_accessible(self.status, "Status", "Proposed, agreed, declined, in place or ended.")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText("Why it was declined, in a few words")
        set_accessible(self.reason, "Reason it was declined", "Required when an action is declined.")
        self.agreed_on = OptionalDateEdit("Date agreed", today, self)
        self.implement_by = OptionalDateEdit("Start by", today, self)
        # a year ahead, like a passport review: today would raise "due today" the moment it is saved
        self.review_on = OptionalDateEdit("Review on", default_next_review(today), self)
        self.shared = QCheckBox("Share this action with my manager", self)
        set_accessible(self.shared, "Share this action with my manager",
                       "When ticked, this action is part of what you export for your line manager.")

        self.form.addRow("What was agreed", self.what)
        self.form.addRow("Kind", self.kind)
        self.form.addRow("Who does it", self.owner)
        self.form.addRow("Status", self.status)
        self.form.addRow("Reason declined", self.reason)
        self.form.addRow("Date agreed", self.agreed_on)
        self.form.addRow("Start by", self.implement_by)
        self.form.addRow("Review on", self.review_on)
        self.form.addRow("", self.shared)

        self.error = ProblemLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        set_accessible(buttons.button(QDialogButtonBox.StandardButton.Save), "Save the action",
                       "Saves the action and closes this window (Ctrl+Enter).")
        set_accessible(buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel without saving",
                       "Closes this window and keeps the action as it was (Escape).")
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
        try:
            self.action().validate()
            if self._save is not None:
                self._save(self)
        except PassportError as exc:
            self.show_error(str(exc))
            target = self.reason if "declined" in str(exc) else self.what if "description" in str(exc) else None
            if target is not None:
                target.setFocus()
            return
        super().accept()
