"""The "You" and "Line manager" details at the start of the editor (names, role, team, staff number)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from carerpassport.domain.model import MAX_NAME, Passport
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.widgets.beside_or_under_layout import BesideOrUnderLayout

#: How many average characters wide the form must be for the two groups to sit side by side.
SIDE_BY_SIDE_CHARS = 90

translate = QCoreApplication.translate


#: (field id, label, accessible name, placeholder) for each detail the editor shows; the words are translated
#: where shown (``translate("PeopleForm", …)``).
EMPLOYEE_DETAILS = (
    ("employee.name", QT_TRANSLATE_NOOP("PeopleForm", "Name"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your name"), ""),
    ("employee.role", QT_TRANSLATE_NOOP("PeopleForm", "Job title"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your job title"),
     QT_TRANSLATE_NOOP("PeopleForm", "For example: Customer adviser")),
    ("employee.team", QT_TRANSLATE_NOOP("PeopleForm", "Team"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your team"),
     QT_TRANSLATE_NOOP("PeopleForm", "For example: Payments, Leeds office")),
    ("employee.staff_number", QT_TRANSLATE_NOOP("PeopleForm", "Staff number"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your staff number"),
     QT_TRANSLATE_NOOP("PeopleForm", "Optional")),
)
MANAGER_DETAILS = (
    ("manager.name", QT_TRANSLATE_NOOP("PeopleForm", "Name"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your line manager's name"), ""),
    ("manager.role", QT_TRANSLATE_NOOP("PeopleForm", "Job title"),
     QT_TRANSLATE_NOOP("PeopleForm", "Your line manager's job title"),
     QT_TRANSLATE_NOOP("PeopleForm", "Optional")),
    ("manager.contact", QT_TRANSLATE_NOOP("PeopleForm", "Contact"),
     QT_TRANSLATE_NOOP("PeopleForm", "How to contact your line manager"),
     QT_TRANSLATE_NOOP("PeopleForm", "Email or phone (optional)")),
)


class PeopleForm(QWidget):
    """Line edits for the employee's and the line manager's details, keyed by PassportApp field id."""

    edited = Signal(str)
    commit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        # Side by side when there is room; at large text the manager's details go under the employee's,
        # so each field is wide enough for its example ("For example: Customer adviser" was cut off).
        row = BesideOrUnderLayout(SIDE_BY_SIDE_CHARS, (1, 1), self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._group(translate("PeopleForm", "You"), EMPLOYEE_DETAILS), 1)
        row.addWidget(self._group(translate("PeopleForm", "Your line manager"), MANAGER_DETAILS), 1)

    def _group(self, title: str, details: tuple[tuple[str, str, str, str], ...]) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label above its box
        for field_id, label, accessible, placeholder in details:
            edit = QLineEdit(group)
            edit.setMaxLength(MAX_NAME)
            shown = translate("PeopleForm", placeholder) if placeholder else ""
            edit.setPlaceholderText(shown)
            edit.setToolTip(shown)  # readable in full even if the box is narrower than the example
            edit.setAccessibleName(translate("PeopleForm", accessible))
            edit.setAccessibleDescription(translate("PeopleForm", "Shown on everything you export. Saved "
                                                    "automatically."))
            edit.textEdited.connect(lambda _text, key=field_id: self.edited.emit(key))
            edit.installEventFilter(self)
            form.addRow(translate("PeopleForm", label), edit)
            self.edits[field_id] = edit
        return group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            for key, edit in self.edits.items():
                if edit is watched:
                    self.commit_requested.emit(key)
        return super().eventFilter(watched, event)

    def text(self, field_id: str) -> str:
        """The text in the box for ``field_id`` (e.g. ``employee.name``)."""
        return self.edits[field_id].text()

    def load(self, passport: Passport, skip: Collection[str] = ()) -> None:
        """Show the stored details; unchanged boxes and those in ``skip`` (unsaved) are left alone."""
        for field_id, edit in self.edits.items():
            if field_id in skip:
                continue
            who, attr = field_id.split(".")
            value = str(getattr(getattr(passport, who), attr))
            if edit.text() != value:
                edit.setText(value)

    def clear(self) -> None:
        """Empty every box and its undo history (the vault is locking)."""
        for edit in self.edits.values():
            edit.setText("")
