"""Carer's leave: where you work, your working pattern, the leave log, the balance on any date, and notices.

Keys (while the page has focus): Ctrl+N or Insert plans leave, Enter edits the selected entry, Delete
removes it after a confirmation, Ctrl+Z brings back the last one removed.

The rules are the domain's (:mod:`carerpassport.domain.carers_leave`). In Northern Ireland, or until the
employee says where they work, the page says why the rules do not apply instead of showing numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain import carers_leave as rules
from carerpassport.domain.carers_leave import NOT_LEGAL_ADVICE, LeaveEntry, LeaveStatus
from carerpassport.domain.dates import readable_date
from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.jurisdiction import JURISDICTION_LABELS, Jurisdiction
from carerpassport.domain.wording import gettext as domain_words
from carerpassport.domain.working_pattern import (
    PATTERN_KIND_LABELS,
    WEEKDAY_NAMES,
    WEEKDAY_SHORT,
    PatternKind,
    WorkingPattern,
    days_text,
    hours_text,
)
from carerpassport.ui.dialogs.leave_dialogs import (
    LeaveEntryDialog,
    NoticeDialog,
    PostponeDialog,
    date_edit,
    from_qdate,
)
from carerpassport.ui.models.leave_model import DAYS, ENTRY_ID_ROLE, LeaveModel
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.question_box import question_box
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import page_area

translate = QCoreApplication.translate


class WheelGuard(QObject):
    """Ignore the mouse wheel over a spin or date box that does not have the focus: on a page that scrolls,
    scrolling past one changed its value (seen on Xvfb: the balance date moved while scrolling)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QAbstractSpinBox) and not watched.hasFocus():
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def _hours_box(name: str, parent: QWidget, *, maximum: float = 24.0, value: float = 0.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, maximum)
    box.setSingleStep(0.25)
    box.setDecimals(2)
    box.setValue(value)
    set_accessible(box, name, translate("LeaveView", "In hours, to the quarter hour (7.5 is seven and a half hours)."))
    return box


class PatternEditor(QGroupBox):
    """Where you work and your working pattern (both private: they are not in what you share)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("PatternEditor", "Where you work and how you normally work (private)"), parent)
        form = QFormLayout(self)
        self.where = QComboBox(self)
        for jurisdiction, label in JURISDICTION_LABELS.items():
            self.where.addItem(domain_words(label), jurisdiction.value)  # the domain's words, from its catalogue
        set_accessible(
            self.where,
            translate("PatternEditor", "Where you work"),
            translate(
                "PatternEditor", "Carer's leave is law in England, Wales and Scotland, not yet in Northern Ireland."
            ),
        )
        form.addRow(translate("PatternEditor", "&Where you work:"), self.where)
        self.kind = QComboBox(self)
        for kind, label in PATTERN_KIND_LABELS.items():
            self.kind.addItem(domain_words(label), kind.value)
        set_accessible(self.kind, translate("PatternEditor", "Kind of working pattern"))
        form.addRow(translate("PatternEditor", "&Pattern:"), self.kind)
        self.pages = QStackedWidget(self)
        self.schedule: list[QDoubleSpinBox] = []
        self.weeks: QLineEdit
        self.usual_day: QDoubleSpinBox
        self.pages.addWidget(self._fixed_page())
        # The other kinds' pages (nine more boxes) are made when their kind is first chosen: the page's first
        # show built and laid them out for nobody (most people keep the first kind).
        self._unbuilt = {1: self._schedule_page, 2: self._varying_page}
        for _ in self._unbuilt:
            self.pages.addWidget(QWidget(self))
        self.kind.currentIndexChanged.connect(self._show_page)
        self._show_page(0)
        form.addRow("", self.pages)
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("PatternEditor", "Save &pattern"), self)
        set_accessible(self.save_button, translate("PatternEditor", "Save where you work and your working pattern"))
        row.addWidget(self.save_button)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        set_accessible(self.summary, translate("PatternEditor", "One week of leave for you"))
        row.addWidget(self.summary, 1)
        form.addRow("", row)

    def _show_page(self, index: int) -> None:
        build = self._unbuilt.pop(index, None)
        if build is not None:
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, build())
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            # Made after the Save button, its boxes would come last in the Tab order: between Pattern and Save.
            boxes: list[QWidget] = [*self.schedule] if index == 1 else [self.weeks, self.usual_day]
            chain = [self.kind, *boxes, self.save_button]
            for before, after in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(before, after)
        # A stacked widget is as tall as its tallest page; hidden pages are ignored so the page fits at 100 %.
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def _fixed_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours_per_day = _hours_box(translate("PatternEditor", "Hours per working day"), page, value=7.5)
        self.days_per_week = QDoubleSpinBox(page)
        self.days_per_week.setRange(0.5, 7)
        self.days_per_week.setSingleStep(0.5)
        self.days_per_week.setDecimals(1)
        self.days_per_week.setValue(5)
        set_accessible(
            self.days_per_week,
            translate("PatternEditor", "Days per week"),
            translate("PatternEditor", "In half days (2.5 is two and a half days)."),
        )
        row.addWidget(QLabel(translate("PatternEditor", "Hours a day:"), page))
        row.addWidget(self.hours_per_day)
        row.addWidget(QLabel(translate("PatternEditor", "Days a week:"), page))
        row.addWidget(self.days_per_week)
        row.addStretch(1)
        return page

    def _schedule_page(self) -> QWidget:
        # Two rows (Monday to Thursday, Friday to Sunday): seven in one row made the page wider than a small
        # screen at 200 % text, and a stacked page is as wide as its widest page even when hidden.
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, name in enumerate(WEEKDAY_NAMES):
            box = _hours_box(translate("PatternEditor", "Hours on {day}").format(day=domain_words(name)), page)
            label = QLabel(domain_words(WEEKDAY_SHORT[number]), page)
            label.setBuddy(box)
            grid.addWidget(label, number // 4, (number % 4) * 2)
            grid.addWidget(box, number // 4, (number % 4) * 2 + 1)
            self.schedule.append(box)
        grid.setColumnStretch(8, 1)
        return page

    def _varying_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.weeks = QLineEdit(page)
        self.weeks.setPlaceholderText(translate("PatternEditor", "For example: 20, 24, 0, 31.5 (the most recent last)"))
        set_accessible(
            self.weeks,
            translate("PatternEditor", "Hours in each past week"),
            translate(
                "PatternEditor",
                "Up to 52 weeks, most recent last, separated by commas. "
                "Count a week you were employed but did not work as 0.",
            ),
        )
        form.addRow(translate("PatternEditor", "Past weeks' hours:"), self.weeks)
        self.usual_day = _hours_box(translate("PatternEditor", "Usual hours in a working day"), page, value=7.5)
        form.addRow(translate("PatternEditor", "Usual day:"), self.usual_day)
        return page

    def show_values(self, jurisdiction: Jurisdiction, pattern: WorkingPattern | None) -> None:
        self.where.setCurrentIndex(self.where.findData(jurisdiction.value))
        if pattern is None:
            self.summary.setText(
                translate("PatternEditor", "Not set yet: one week of leave is the time you normally work in a week.")
            )
            return
        self.kind.setCurrentIndex(self.kind.findData(pattern.kind.value))
        if pattern.kind is PatternKind.FIXED_DAYS:
            self.hours_per_day.setValue(pattern.hours_per_day)
            self.days_per_week.setValue(pattern.days_per_week)
        elif pattern.kind is PatternKind.FIXED_SCHEDULE:
            for box, hours in zip(self.schedule, pattern.schedule, strict=True):
                box.setValue(hours)
        else:
            self.weeks.setText(", ".join(f"{h:g}" for h in pattern.past_weeks))
            self.usual_day.setValue(pattern.hours_per_day)
        #: {days} is "5 days", {hours} is "37.5 hours".
        self.summary.setText(translate("PatternEditor", "One week of carer's leave for you: {days} ({hours}).").format(
            days=days_text(pattern.week_days), hours=hours_text(pattern.week_hours)))

    def jurisdiction(self) -> Jurisdiction:
        return Jurisdiction(self.where.currentData())

    def pattern(self) -> WorkingPattern:
        kind = PatternKind(self.kind.currentData())
        if kind is PatternKind.FIXED_DAYS:
            return WorkingPattern.fixed_days(self.hours_per_day.value(), self.days_per_week.value())
        if kind is PatternKind.FIXED_SCHEDULE:
            return WorkingPattern.fixed_schedule([box.value() for box in self.schedule])
        try:
            weeks = [float(part) for part in self.weeks.text().replace(";", ",").split(",") if part.strip()]
        except ValueError:
            raise ValidationError(
                translate("PatternEditor", "Write each past week's hours as a number, separated by commas.")
            ) from None
        return WorkingPattern.varying(weeks, self.usual_day.value())


class LeaveView(QWidget):
    """The Carer's leave page (see the module docstring)."""

    changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.dialog: LeaveEntryDialog | PostponeDialog | NoticeDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._last_removed: LeaveEntry | None = None
        # The rules straight from the domain with the jurisdiction read at refresh: asking the app per cell read
        # the whole log and the passport for every cell painted.
        self._where = Jurisdiction.UNSTATED
        self.model = LeaveModel(self, notice_of=lambda entry: rules.notice_check(entry, self.app.today(), self._where))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body = page_area(
            self, translate("LeaveView", "Carer's leave page"), translate("LeaveView", "Scroll to see the whole page."))
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(heading_label(translate("LeaveView", "Carer's leave"), body))
        self.advice = hint_label(domain_words(NOT_LEGAL_ADVICE), body)
        set_accessible(self.advice, translate("LeaveView", "Not legal advice"), domain_words(NOT_LEGAL_ADVICE))
        layout.addWidget(self.advice)
        layout.addWidget(
            hint_label(
                translate(
                    "LeaveView",
                    "By law (England, Wales and Scotland) you can take one week of unpaid carer's "
                    "leave in any 12 months, from your first day, in half or whole days, to give "
                    "or arrange care for someone with a long-term care need. Your employer cannot "
                    "refuse it or ask for evidence, only postpone it.",
                ),
                body,
            )
        )
        self.setup = PatternEditor(body)
        self.setup.save_button.clicked.connect(self.save_setup)
        layout.addWidget(self.setup)
        self.problem = status_label(body, translate("LeaveView", "Why the rules do not apply"), "")
        layout.addWidget(self.problem)
        layout.addWidget(self._build_balance(body))
        self.table = QTableView(body)
        self.table.setModel(self.model)
        make_row_table(
            self.table,
            translate("LeaveView", "Your carer's leave"),
            translate("LeaveView", "By first day. Enter edits, Delete removes."),
        )
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)  # five rows; it grows with the window
        header = self.table.horizontalHeader()
        # Every column as wide as its words, and the table scrolls sideways if it must: stretching a column
        # squeezed the others to "Fri…" or "LATE: due by 20…" at 200 % text.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_buttons(body))
        keys = hint_label(
            translate("LeaveView", "Keys: Ctrl+N plan · Enter edit · Delete remove · Ctrl+Z undo remove"), body
        )
        layout.addWidget(keys)
        self.status = status_label(body, translate("LeaveView", "Leave status"))
        layout.addWidget(self.status)
        self._build_shortcuts()
        self.wheel_guard = WheelGuard(self)
        for box in body.findChildren(QAbstractSpinBox):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus by click or Tab, never by the wheel
            box.installEventFilter(self.wheel_guard)
        self.refresh()

    def _build_balance(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("LeaveView", "Your balance"), parent)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        label = QLabel(translate("LeaveView", "In the 12 months &ending:"), box)
        self.balance_date = date_edit(
            translate("LeaveView", "Balance on this date"),
            translate("LeaveView", "The 12 months ending on this date are counted."),
            self.app.today(),
            box,
        )
        label.setBuddy(self.balance_date)
        self.balance_date.dateChanged.connect(lambda _d: self.show_balance())
        row.addWidget(label)
        row.addWidget(self.balance_date)
        row.addStretch(1)
        column.addLayout(row)
        self.balance_text = QLabel("", box)
        self.balance_text.setWordWrap(True)
        self.balance_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
        set_accessible(
            self.balance_text,
            translate("LeaveView", "Balance"),
            translate("LeaveView", "Entitlement, used, booked and remaining."),
        )
        column.addWidget(self.balance_text)
        return box

    def _build_buttons(self, parent: QWidget) -> QVBoxLayout:
        # Two rows of buttons, so the page fits a small screen at 200 % text.
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        row = first

        def button(text: str, description: str, slot: object) -> QPushButton:
            b = QPushButton(text, parent)
            set_accessible(b, text.replace("&", "").replace("…", ""), description)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.add_button = button(
            translate("LeaveView", "P&lan leave…"),
            translate("LeaveView", "Plan or record carer's leave (Ctrl+N)."),
            self.add_entry,
        )
        self.edit_button = button(
            translate("LeaveView", "&Edit…"),
            translate("LeaveView", "Change the selected leave (Enter)."),
            self.edit_selected,
        )
        self.postpone_button = button(
            translate("LeaveView", "Postpo&ned…"),
            translate("LeaveView", "Record the new dates your employer gave you."),
            self.postpone_selected,
        )
        self.taken_button = button(
            translate("LeaveView", "Mark &taken"),
            translate("LeaveView", "Record that you took the selected leave."),
            self.mark_taken,
        )
        first.addStretch(1)
        row = second
        self.notice_button = button(
            translate("LeaveView", "N&otice…"),
            translate("LeaveView", "The notice to give your employer: copy it or save it."),
            self.notice_selected,
        )
        self.remove_button = button(
            translate("LeaveView", "Remo&ve…"),
            translate("LeaveView", "Remove the selected leave (Delete). You can undo it."),
            self.remove_selected,
        )
        self.undo_button = button(
            translate("LeaveView", "&Undo remove"),
            translate("LeaveView", "Bring back the leave you removed last (Ctrl+Z)."),
            self.undo_remove,
        )
        second.addStretch(1)
        return rows

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.add_entry), ("Insert", self.add_entry), ("Ctrl+Z", self.undo_remove)):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        for keys in ("Return", "Enter"):
            QShortcut(QKeySequence(keys), self.table, self.edit_selected, context=Qt.ShortcutContext.WidgetShortcut)

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the passport's setup and the leave log again."""
        selected = self.selected_entry_id()
        passport = self.app.editing.passport()
        self._where = passport.jurisdiction
        self.setup.show_values(passport.jurisdiction, passport.working_pattern)
        self.model.set_entries(self.app.leave.entries())
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_entry(selected)
        self.show_balance()
        self._selection_changed()

    def show_balance(self) -> None:
        try:
            balance = self.app.leave.balance(from_qdate(self.balance_date.date()))
        except PassportError as exc:
            self.problem.setText(str(exc))
            set_role(self.problem, "error")
            self.problem.setVisible(True)
            self.balance_text.setText("—")
            return
        self.problem.setVisible(False)
        #: The first line of the balance; the lines after it say the entitlement, used, booked and remaining.
        self.balance_text.setText(translate("LeaveView", "From {start} to {end}:").format(
            start=readable_date(balance.window_start), end=readable_date(balance.on)) + "\n"
                                  + "\n".join(balance.lines()))

    def selected_entry_id(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return str(rows[0].data(ENTRY_ID_ROLE)) if rows else None

    def selected_entry(self) -> LeaveEntry | None:
        entry_id = self.selected_entry_id()
        return self.model.entry_at(self.model.row_of(entry_id)) if entry_id is not None else None

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(self.model.index(row, 0), flags)
            self.table.setCurrentIndex(self.model.index(row, DAYS))

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        for b in (self.edit_button, self.remove_button, self.notice_button):
            b.setEnabled(entry is not None)
        self.postpone_button.setEnabled(entry is not None and entry.status is not LeaveStatus.TAKEN)
        self.taken_button.setEnabled(entry is not None and entry.status is not LeaveStatus.TAKEN)
        self.undo_button.setEnabled(self._last_removed is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "")

    # --- actions ---------------------------------------------------------------------------------
    def save_setup(self) -> None:
        try:
            # The pattern is saved wherever they work: in Northern Ireland (or before they say where) it is
            # still how they work, and it is ready if the right comes there or they move. It is read first, so
            # a pattern that cannot be read saves nothing, not where they work without the pattern.
            pattern = self.setup.pattern()
            changed = self.app.leave.set_jurisdiction(self.setup.jurisdiction())
            changed = self.app.leave.set_pattern(pattern) or changed
        except PassportError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(translate("LeaveView", "Saved.") if changed else translate("LeaveView", "Nothing changed."))
        self.changed.emit()

    def add_entry(self) -> None:
        self._open_entry_dialog(None)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open_entry_dialog(entry)

    def _open_entry_dialog(self, entry: LeaveEntry | None) -> None:
        if self.dialog is not None:
            return
        dialog = LeaveEntryDialog(self.app, entry, self)
        self._open(dialog, lambda: self._entry_saved(dialog))

    def _entry_saved(self, dialog: LeaveEntryDialog) -> None:
        if dialog.saved is not None:
            self.refresh()
            self.select_entry(dialog.saved.id)
            self._say(translate("LeaveView", "Leave saved."))
            self.changed.emit()

    def postpone_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.dialog is not None or entry.status is LeaveStatus.TAKEN:
            return
        dialog = PostponeDialog(self.app, entry, self)
        self._open(dialog, lambda: self._postponed(dialog, entry.id))

    def _postponed(self, dialog: PostponeDialog, entry_id: str) -> None:
        if dialog.check is not None:
            self.refresh()
            self.select_entry(entry_id)
            problems = dialog.check.problems()
            self._say(translate("LeaveView", "Postponement recorded. ") + " ".join(problems), error=bool(problems))
            self.changed.emit()

    def notice_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.dialog is not None:
            return
        self._open(NoticeDialog(self.app, self.runner, entry, self), lambda: self.changed.emit())

    def _open(self, dialog: LeaveEntryDialog | PostponeDialog | NoticeDialog, done: object) -> None:
        self.dialog = dialog

        def finished(_result: int) -> None:
            self.dialog = None
            done()  # type: ignore[operator]
            dialog.deleteLater()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def mark_taken(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            self.app.leave.mark_taken(entry.id)
        except PassportError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(translate("LeaveView", "Marked as taken."))
        self.changed.emit()

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.confirm_box is not None:
            return
        self.confirm_box = question_box(
            self,
            title=translate("LeaveView", "Remove this leave?"),
            text=translate("LeaveView", "Remove this leave from your log?"),
            details=translate("LeaveView", "You can bring it back with “Undo remove” (Ctrl+Z)."),
            confirm=translate("LeaveView", "Remove"),
            confirm_is_default=False,
            answered=lambda yes: self._remove_answered(entry.id, yes),
            closed=self._confirm_closed,
        )
        cancel = self.confirm_box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:  # Qt has no Welsh for its own button
            cancel.setText(translate("LeaveView", "Cancel"))
        self.confirm_box.open()

    def _confirm_closed(self) -> None:
        self.confirm_box = None

    def _remove_answered(self, entry_id: str, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            self._last_removed = self.app.leave.remove(entry_id)
        except PassportError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(translate("LeaveView", "Removed. Press “Undo remove” (Ctrl+Z) to bring it back."))
        self.changed.emit()

    def undo_remove(self) -> None:
        entry = self._last_removed
        if entry is None:
            return
        try:
            self.app.leave.restore(entry)
        except PassportError as exc:
            self._say(str(exc), error=True)
            return
        self._last_removed = None
        self.refresh()
        self.select_entry(entry.id)
        self._say(translate("LeaveView", "Put back."))
        self.changed.emit()
