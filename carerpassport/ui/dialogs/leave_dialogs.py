"""The dialogs of the Carer's leave page: a request's days (add, edit, postpone) and the notice to give.

The rules are the domain's (:mod:`carerpassport.domain.carers_leave`); these dialogs only collect dates and
show what the rules say as the person chooses (the latest notice date, a postponement past one month).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain import carers_leave as rules
from carerpassport.domain.carers_leave import (
    DEPENDANT_LABELS,
    NOT_LEGAL_ADVICE,
    WHY_RELATIONSHIP_ONLY,
    DayPart,
    Dependant,
    LeaveDay,
    LeaveEntry,
    LeaveStatus,
)
from carerpassport.domain.errors import PassportError
from carerpassport.domain.wording import current_language
from carerpassport.domain.wording import gettext as domain_words
from carerpassport.domain.working_pattern import days_text
from carerpassport.languages import ENGLISH, LANGUAGE_NAMES, WELSH
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import (
    close_button_box,
    hint_label,
    read_only_text,
    set_accessible,
    status_label,
    title_window,
)

translate = QCoreApplication.translate


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Set the Save and Cancel buttons' words (Qt has no Welsh for its own)."""
    words = {QDialogButtonBox.StandardButton.Save: translate("LeaveDialogs", "&Save"),
             QDialogButtonBox.StandardButton.Cancel: translate("LeaveDialogs", "Cancel")}
    for which, text in words.items():
        button = buttons.button(which)
        if button is not None:
            button.setText(text)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(name: str, description: str, day: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    set_accessible(edit, name, description)
    return edit


class DaysEditor(QWidget):
    """A short list of leave days: a date, whole or half, Add; the list; Remove. All by keyboard."""

    def __init__(self, what: str, days: tuple[LeaveDay, ...], today: dt.date, on_change: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_change: Callable[[], None] = lambda: None  # the caller's, once filled (it reads other fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.date = date_edit(
            translate("DaysEditor", "{what}: date").format(what=what),
            translate("DaysEditor", "The date to add (type it or open the calendar with Alt+Down)."),
            days[-1].on + dt.timedelta(days=1) if days else today,
            self,
        )
        row.addWidget(self.date)
        self.part = QComboBox(self)
        self.part.addItem(translate("DaysEditor", "Whole day"), DayPart.WHOLE.value)
        self.part.addItem(translate("DaysEditor", "Half day"), DayPart.HALF.value)
        set_accessible(self.part, translate("DaysEditor", "{what}: whole or half day").format(what=what))
        row.addWidget(self.part)
        self.add_button = QPushButton(translate("DaysEditor", "&Add day"), self)
        set_accessible(self.add_button, translate("DaysEditor", "Add this day to {what}").format(what=what.lower()))
        self.add_button.clicked.connect(self.add_current)
        row.addStretch(1)
        layout.addLayout(row)
        # The button on a row of its own: beside the date and the choice it made the dialog too wide at 200 % text.
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        layout.addLayout(below)
        self.list = QListWidget(self)
        set_accessible(self.list, what, translate("DaysEditor", "The chosen days. Delete removes the selected one."))
        self.list.setMaximumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.list)
        self.remove_button = QPushButton(translate("DaysEditor", "&Remove day"), self)
        set_accessible(self.remove_button, translate("DaysEditor", "Remove the selected day from {what}").format(
            what=what.lower()))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._days: dict[dt.date, LeaveDay] = {}
        for day in days:
            self._put(day)
        self._on_change = on_change

    def days(self) -> tuple[LeaveDay, ...]:
        return tuple(sorted(self._days.values()))

    def add_current(self) -> None:
        self._put(LeaveDay(from_qdate(self.date.date()), DayPart(self.part.currentData())))
        self.date.setDate(self.date.date().addDays(1))

    def add_day(self, day: LeaveDay) -> None:
        self._put(day)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._days.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self._refill()

    def _put(self, day: LeaveDay) -> None:
        self._days[day.on] = day  # the same date again replaces it (whole ↔ half)
        self._refill()

    def _refill(self) -> None:
        self.list.clear()
        for day in self.days():
            item = QListWidgetItem(rules.describe_day(day))
            item.setData(Qt.ItemDataRole.UserRole, day.on)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._on_change()


class LeaveEntryDialog(QDialog):
    """Plan (or record) a request: its days, planned or taken, who it is for, when notice was given, a note."""

    def __init__(self, app: PassportApp, entry: LeaveEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.original = entry
        today = app.today()
        title_window(
            self,
            translate("LeaveEntryDialog", "Edit carer's leave")
            if entry
            else translate("LeaveEntryDialog", "Plan carer's leave"),
            translate(
                "LeaveEntryDialog", "Choose the days, whole or half, and who the leave is for by relationship only."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(domain_words(NOT_LEGAL_ADVICE), self))
        form = QFormLayout()
        # The days as they stand now: for a postponed request, the employer's new dates (the asked-for ones
        # are kept with it and shown in the list).
        self.days = DaysEditor(
            translate("LeaveEntryDialog", "Days of leave"), entry.days if entry else (), today, self._update, self
        )
        form.addRow(translate("LeaveEntryDialog", "Days:"), self.days)
        self.status = QComboBox(self)
        statuses = [LeaveStatus.PLANNED, LeaveStatus.TAKEN]
        if entry and entry.status is LeaveStatus.POSTPONED:
            statuses.insert(0, LeaveStatus.POSTPONED)
        for status in statuses:
            self.status.addItem(domain_words(rules.LEAVE_STATUS_LABELS[status]), status.value)
        set_accessible(self.status, translate("LeaveEntryDialog", "Planned or taken"))
        if entry:
            self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.status.currentIndexChanged.connect(lambda _i: self._update())
        form.addRow(translate("LeaveEntryDialog", "&Status:"), self.status)
        self.dependant = QComboBox(self)
        for dependant, label in DEPENDANT_LABELS.items():
            self.dependant.addItem(domain_words(label), dependant.value)
        set_accessible(self.dependant, translate("LeaveEntryDialog", "Who the leave is for"),
                       domain_words(WHY_RELATIONSHIP_ONLY))
        if entry:
            self.dependant.setCurrentIndex(self.dependant.findData(entry.dependant.value))
        form.addRow(translate("LeaveEntryDialog", "&For:"), self.dependant)
        form.addRow("", hint_label(domain_words(WHY_RELATIONSHIP_ONLY), self))
        self.notice_given = QCheckBox(translate("LeaveEntryDialog", "I have given &notice, on:"), self)
        set_accessible(
            self.notice_given,
            translate("LeaveEntryDialog", "I have given notice"),
            translate("LeaveEntryDialog", "Tick when you have told your employer."),
        )
        self.notice_date = date_edit(
            translate("LeaveEntryDialog", "Date notice was given"),
            "",
            entry.notice_given_on if entry and entry.notice_given_on else today,
            self,
        )
        self.notice_given.setChecked(bool(entry and entry.notice_given_on))
        self.notice_given.toggled.connect(lambda _on: self._update())
        self.notice_date.dateChanged.connect(lambda _d: self._update())
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_given)
        notice_row.addWidget(self.notice_date)
        notice_row.addStretch(1)
        form.addRow("", notice_row)
        self.note = QLineEdit(entry.note if entry else "", self)
        self.note.setMaxLength(rules.MAX_NOTE)
        set_accessible(
            self.note,
            translate("LeaveEntryDialog", "Private note"),
            translate("LeaveEntryDialog", "A reminder for you only; it is never put in a notice."),
        )
        self.note.setPlaceholderText(translate("LeaveEntryDialog", "For you only"))
        form.addRow(translate("LeaveEntryDialog", "Pri&vate note:"), self.note)
        layout.addLayout(form)
        self.verdict = status_label(
            self,
            translate("LeaveEntryDialog", "What the rules say"),
            translate("LeaveEntryDialog", "The latest date to give notice, and whether it is late."),
        )
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        name_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        set_accessible(self.save_button, translate("LeaveEntryDialog", "Save this leave"))
        set_accessible(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            translate("LeaveEntryDialog", "Cancel"),
            translate("LeaveEntryDialog", "Close without saving."),
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved: LeaveEntry | None = None
        self._update()

    def entry(self) -> LeaveEntry:
        base = self.original or LeaveEntry(days=self.days.days())
        return dataclasses.replace(
            base, days=self.days.days(), status=LeaveStatus(self.status.currentData()),
            dependant=Dependant(self.dependant.currentData()), note=self.note.text().strip(),
            notice_given_on=from_qdate(self.notice_date.date()) if self.notice_given.isChecked() else None)

    def _update(self) -> None:
        self.notice_date.setEnabled(self.notice_given.isChecked())
        set_role(self.verdict, "")
        try:
            entry = self.entry()
        except PassportError as exc:
            self.verdict.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        if entry.status is LeaveStatus.TAKEN:
            self.verdict.setText(translate("LeaveEntryDialog", "{amount} of leave taken.").format(
                amount=days_text(entry.amount_days)))
            return
        try:
            check = rules.notice_check(entry, self.app.today(), self.app.leave.jurisdiction())
        except PassportError as exc:
            self.verdict.setText(str(exc))
            return
        self.verdict.setText(" ".join(filter(None, (check.sentence(), rules.days_not_worked(
            self.app.leave.pattern(), entry.days)))))
        if check.late:
            set_role(self.verdict, "error")

    def save(self) -> None:
        try:
            entry = self.entry()
            self.saved = self.app.leave.update(entry) if self.original else self.app.leave.add(entry)
        except PassportError as exc:
            self.verdict.setText(str(exc))
            set_role(self.verdict, "error")
            return
        self.accept()


class PostponeDialog(QDialog):
    """The employer postponed a request: record their new dates; flag any more than a month after the first."""

    def __init__(self, app: PassportApp, entry: LeaveEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.entry = entry
        title_window(
            self,
            translate("PostponeDialog", "Employer postponed the leave"),
            translate("PostponeDialog", "Record the new dates your employer gave you."),
        )
        layout = QVBoxLayout(self)
        #: {days} lists the days first asked for ("Monday 3 June 2024, Tuesday 4 June 2024").
        layout.addWidget(hint_label(translate(
            "PostponeDialog", "An employer may postpone carer's leave only if your absence would unduly disrupt the "
            "business, and must let you take it within one month of the first day you asked for. You asked for: "
            "{days}.").format(days=", ".join(rules.describe_day(d) for d in entry.requested_days)), self))
        form = QFormLayout()
        self.days = DaysEditor(
            translate("PostponeDialog", "New dates"), (), entry.requested_days[0].on, self._update, self
        )
        form.addRow(translate("PostponeDialog", "New dates:"), self.days)
        self.told_on = date_edit(translate("PostponeDialog", "When your employer told you"), "", app.today(), self)
        form.addRow(translate("PostponeDialog", "&Told on:"), self.told_on)
        layout.addLayout(form)
        self.verdict = status_label(
            self,
            translate("PostponeDialog", "Postponement check"),
            translate("PostponeDialog", "Whether the new dates keep to the one-month rule."),
        )
        layout.addWidget(self.verdict)
        layout.addWidget(hint_label(domain_words(NOT_LEGAL_ADVICE), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        name_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        set_accessible(self.save_button, translate("PostponeDialog", "Record the postponement"))
        set_accessible(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            translate("PostponeDialog", "Cancel"),
            translate("PostponeDialog", "Close without saving."),
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check: rules.PostponementCheck | None = None
        self._update()

    def _update(self) -> None:
        days = self.days.days()
        set_role(self.verdict, "")
        if not days:
            self.verdict.setText(translate("PostponeDialog", "Add the new dates your employer gave you."))
            self.save_button.setEnabled(False)
            return
        try:
            check = rules.postponement_check(self.entry.requested_days, days, self.app.leave.jurisdiction())
        except PassportError as exc:
            self.verdict.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        problems = check.problems()
        idle = rules.days_not_worked(self.app.leave.pattern(), days)
        within = translate("PostponeDialog", "The new dates are within one month (by {date}).").format(
            date=check.limit.isoformat())
        self.verdict.setText(" ".join(problems + [idle]) if problems else f"{within} {idle}".strip())
        if problems:
            set_role(self.verdict, "error")

    def save(self) -> None:
        try:
            _entry, self.check = self.app.leave.postpone(self.entry.id, self.days.days(),
                                                         from_qdate(self.told_on.date()))
        except PassportError as exc:
            self.verdict.setText(str(exc))
            set_role(self.verdict, "error")
            return
        self.accept()


class NoticeDialog(QDialog):
    """The notice to give: read it, copy it, or save it as text or PDF (each saved file is a share)."""

    def __init__(self, app: PassportApp, runner: TaskRunner, entry: LeaveEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.entry = entry
        title_window(
            self,
            translate("NoticeDialog", "Notice of carer's leave"),
            translate(
                "NoticeDialog",
                "The notice to give your employer: which days, and that you "
                "are entitled. It asks for no evidence and gives none.",
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                translate(
                    "NoticeDialog",
                    "Notice need not be in writing, but a written one is a record. It says only that "
                    "you are entitled and which days: no names, no reasons, no evidence. Saving it "
                    "as a file records it in your Sharing page. ",
                )
                + domain_words(NOT_LEGAL_ADVICE),
                self,
            )
        )
        form = QFormLayout()
        self.to = QLineEdit(app.editing.passport().manager.name, self)
        set_accessible(self.to, translate("NoticeDialog", "Who the notice is for"))
        self.to.textChanged.connect(lambda _t: self._fill())
        form.addRow(translate("NoticeDialog", "&To:"), self.to)
        # The notice is for the employer to read: it may be in their language rather than the app's.
        self.language = QComboBox(self)
        for code in (ENGLISH, WELSH):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        set_accessible(self.language, translate("NoticeDialog", "Language of the notice"),
                       translate("NoticeDialog", "The notice can be in your employer's language."))
        self.language.currentIndexChanged.connect(lambda _i: self._fill())
        form.addRow(translate("NoticeDialog", "&Language:"), self.language)
        layout.addLayout(form)
        self.text = read_only_text(
            translate("NoticeDialog", "Notice text"),
            translate("NoticeDialog", "The notice as it will be copied or saved."),
            self,
            tab_leaves=True,
        )
        self.text.setMinimumHeight(self.fontMetrics().height() * 18)
        layout.addWidget(self.text)
        self.status = status_label(self, translate("NoticeDialog", "Notice status"))
        layout.addWidget(self.status)
        buttons = close_button_box(self, translate("NoticeDialog", "Close the notice."))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("NoticeDialog", "Close"))
        set_accessible(close, translate("NoticeDialog", "Close"), translate("NoticeDialog", "Close the notice."))
        self.copy_button = buttons.addButton(translate("NoticeDialog", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(
            self.copy_button,
            translate("NoticeDialog", "Copy the notice"),
            translate("NoticeDialog", "Copy it to paste into an email or a message."),
        )
        self.text_button = buttons.addButton(
            translate("NoticeDialog", "Save as te&xt…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        set_accessible(self.text_button, translate("NoticeDialog", "Save the notice as a text file"))
        self.pdf_button = buttons.addButton(
            translate("NoticeDialog", "Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        set_accessible(self.pdf_button, translate("NoticeDialog", "Save the notice as a PDF"))
        self.copy_button.clicked.connect(self.copy)
        self.text_button.clicked.connect(lambda: self._ask("txt"))
        self.pdf_button.clicked.connect(lambda: self._ask("pdf"))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 80, self.sizeHint().height())
        self._fill()

    def _fill(self) -> None:
        try:
            notice = self.app.leave.notice(self.entry.id, to=self.to.text(), language=self.notice_language())
            self.text.setPlainText(notice.text())
        except PassportError as exc:
            self.text.setPlainText("")
            self.status.setText(str(exc))

    def notice_language(self) -> str:
        return str(self.language.currentData() or "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(translate("NoticeDialog", "Copied. Paste it into an email or message to your employer."))

    def _ask(self, fmt: str) -> None:
        path = save_file(
            self,
            "exports",
            translate("NoticeDialog", "Save the notice"),
            f"carers-leave-notice.{fmt}",
            translate("NoticeDialog", "PDF files (*.pdf)")
            if fmt == "pdf"
            else translate("NoticeDialog", "Text files (*.txt)"),
        )
        if path:
            self.save(path, fmt)

    def save(self, path: Path, fmt: str) -> None:
        """Write the notice (off the GUI thread: the PDF needs reportlab) and say where it went."""
        to, language = self.to.text(), self.notice_language()
        self.status.setText(translate("NoticeDialog", "Saving…"))
        self.runner.run(lambda: self.app.leave.export_notice(self.entry.id, path, fmt=fmt, to=to, language=language),
                        on_done=lambda result: self.status.setText(translate(
                            "NoticeDialog", "Saved to {path}; it is in your Sharing page.").format(path=result.path)),
                        on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(failure_sentence(exc))
        set_role(self.status, "error")
