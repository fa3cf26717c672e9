"""The Requests page: your statutory flexible-working requests, and what happened to each.

A table of requests; under it, for the selected one, its tracking: the day it was sent (by email or not,
and when it arrived), the decision date, an extension both sides agreed, the meeting, the outcome (with
the employer's reasons for a refusal) and an appeal. Recording an outcome can bring the passport's
agreed actions in line at the same time (one new version, undone from History). The page scrolls, so it
fits a small screen at 200 % text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain import flexible_working as fw
from carerpassport.domain.errors import PassportError
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.wording import gettext as domain_words
from carerpassport.ui.dates import readable
from carerpassport.ui.dialogs.flexible_request_wizard import FlexibleRequestWizard, date_edit, date_of
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

COLUMN_DRAFTED, COLUMN_STATUS, COLUMN_SENT, COLUMN_DUE = range(4)
#: The column titles (translated where the table is made).
HEADERS = (QT_TRANSLATE_NOOP("RequestsView", "Drafted"), QT_TRANSLATE_NOOP("RequestsView", "Where it stands"),
           QT_TRANSLATE_NOOP("RequestsView", "Sent"), QT_TRANSLATE_NOOP("RequestsView", "Decision due"))

translate = QCoreApplication.translate


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _labelled(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


class _WheelScrollsPage(QObject):
    """The mouse wheel over a date or a list that the keyboard is not in scrolls the page instead of changing
    the value (seen on a real display: scrolling down the page changed the recorded outcome)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False


class RequestsView(QWidget):
    """Requests and their tracking."""

    #: The passport's agreed actions changed (the Agreed actions page refreshes).
    changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.requests: list[fw.FlexibleRequest] = []
        self.wizard: FlexibleRequestWizard | None = None
        set_accessible(
            self,
            translate("RequestsView", "Flexible-working requests"),
            translate(
                "RequestsView",
                "Your statutory requests to change your hours, times or place of work, and their outcome.",
            ),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, inner = page_area(self, translate("RequestsView", "Flexible-working requests page"))
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addWidget(heading_label(translate("RequestsView", "Flexible-working requests"), inner))
        advice = hint_label(domain_words(fw.NOT_LEGAL_ADVICE), inner)
        set_accessible(advice, translate("RequestsView", "Not legal advice"), domain_words(fw.NOT_LEGAL_ADVICE))
        layout.addWidget(advice)
        self.can_request = status_label(inner, translate("RequestsView", "Whether you can make a request now"))
        layout.addWidget(self.can_request)

        self.table = QTableWidget(0, len(HEADERS), inner)
        self.table.setHorizontalHeaderLabels([translate("RequestsView", str(header)) for header in HEADERS])
        make_row_table(
            self.table,
            translate("RequestsView", "Your requests"),
            translate("RequestsView", "One row for each request; select one to see and record what happened."),
            alternating=False,
        )
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.new_button = QPushButton(translate("RequestsView", "&New request…"), inner)
        set_accessible(
            self.new_button,
            translate("RequestsView", "New request"),
            translate("RequestsView", "Draft a statutory request from your passport."),
        )
        self.new_button.clicked.connect(lambda: self.open_wizard(""))
        self.edit_button = QPushButton(translate("RequestsView", "&Edit draft…"), inner)
        set_accessible(
            self.edit_button,
            translate("RequestsView", "Edit draft"),
            translate("RequestsView", "Go on with the selected draft, preview it and save it."),
        )
        self.edit_button.clicked.connect(lambda: self.open_wizard(self._selected_id()))
        self.export_button = QPushButton(translate("RequestsView", "Save a &copy…"), inner)
        set_accessible(
            self.export_button,
            translate("RequestsView", "Save a copy"),
            translate("RequestsView", "Save the selected request as a signed PDF or as text."),
        )
        self.export_button.clicked.connect(self._choose_export)
        self.delete_button = QPushButton(translate("RequestsView", "&Delete draft"), inner)
        set_accessible(
            self.delete_button,
            translate("RequestsView", "Delete draft"),
            translate("RequestsView", "Delete the selected draft (a sent request stays)."),
        )
        self.delete_button.clicked.connect(self._delete)
        for button in (self.new_button, self.edit_button, self.export_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        earlier = QGroupBox(translate("RequestsView", "A request you made before using this app"), inner)
        form = QFormLayout(earlier)
        form.addRow(
            hint_label(
                translate("RequestsView", "It counts towards the two a year, and your next letter must name it."),
                earlier,
            )
        )
        self.earlier_on = date_edit(translate("RequestsView", "Earlier request made on"), self.app.today(), earlier)
        form.addRow(_labelled(translate("RequestsView", "Made on:"), self.earlier_on, earlier), self.earlier_on)
        self.earlier_awaiting = QCheckBox(translate("RequestsView", "Still &waiting for the decision"), earlier)
        set_accessible(self.earlier_awaiting, translate("RequestsView", "Still waiting for the decision"))
        form.addRow(self.earlier_awaiting)
        self.earlier_button = QPushButton(translate("RequestsView", "Add earlier re&quest"), earlier)
        set_accessible(
            self.earlier_button,
            translate("RequestsView", "Add earlier request"),
            translate("RequestsView", "Record the date of a request made before."),
        )
        self.earlier_button.clicked.connect(self._record_earlier)
        form.addRow(self.earlier_button)
        self.earlier_box = earlier  # under the tracking: the list and what happened to a request stay together

        self.tracking = QGroupBox(translate("RequestsView", "What happened"), inner)
        set_accessible(self.tracking, translate("RequestsView", "What happened to the selected request"))
        layout.addWidget(self.tracking)
        self._build_tracking(self.tracking)
        guard = _WheelScrollsPage(scroll)
        for control in [*self.tracking.findChildren(QComboBox), *self.tracking.findChildren(QDateEdit),
                        *self.earlier_box.findChildren(QDateEdit)]:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel either
            control.installEventFilter(guard)
        self.status = status_label(
            inner,
            translate("RequestsView", "Status"),
            translate("RequestsView", "The outcome of the last thing you recorded."),
        )
        layout.addWidget(self.status)
        layout.addWidget(self.earlier_box)
        layout.addStretch(1)
        self.refresh()

    # --- building --------------------------------------------------------------------------------
    def _build_tracking(self, box: QGroupBox) -> None:
        today = self.app.today()
        grid = QGridLayout(box)
        self.due = hint_label("", box)
        set_accessible(self.due, translate("RequestsView", "Decision due"))
        grid.addWidget(self.due, 0, 0, 1, 3)

        self.sent_on = date_edit(translate("RequestsView", "Sent on"), today, box)
        self.by_email = QCheckBox(translate("RequestsView", "Sent by e&mail"), box)
        self.by_email.setChecked(True)
        set_accessible(
            self.by_email,
            translate("RequestsView", "Sent by email"),
            translate(
                "RequestsView",
                "By email it counts as made the day it was sent; otherwise the day your employer received it.",
            ),
        )
        self.received_on = date_edit(translate("RequestsView", "Received on (not by email)"), today, box)
        self.received_known = QCheckBox(translate("RequestsView", "Received on:"), box)
        set_accessible(self.received_known, translate("RequestsView", "I know when it was received"))
        self.sent_button = QPushButton(translate("RequestsView", "Record &sent"), box)
        set_accessible(self.sent_button, translate("RequestsView", "Record sent"))
        self.sent_button.clicked.connect(self._record_sent)
        # Three columns (what, its date, its button): at 200 % text a fourth pushed the page past the window.
        grid.addWidget(_labelled(translate("RequestsView", "Sent on:"), self.sent_on, box), 1, 0)
        grid.addWidget(self.sent_on, 1, 1)
        grid.addWidget(self.sent_button, 1, 2)
        grid.addWidget(self.by_email, 2, 1)
        grid.addWidget(self.received_known, 3, 0)
        grid.addWidget(self.received_on, 3, 1)

        self.extend_to = date_edit(translate("RequestsView", "Extended to"), fw.add_months(today, 3), box)
        self.extend_button = QPushButton(translate("RequestsView", "Record e&xtension"), box)
        set_accessible(
            self.extend_button,
            translate("RequestsView", "Record extension"),
            translate("RequestsView", "Both of you agreed a later decision date."),
        )
        self.extend_button.clicked.connect(self._record_extension)
        grid.addWidget(_labelled(translate("RequestsView", "Ex&tended to:"), self.extend_to, box), 4, 0)
        grid.addWidget(self.extend_to, 4, 1)
        grid.addWidget(self.extend_button, 4, 2)

        self.meeting_on = date_edit(translate("RequestsView", "Meeting on"), today, box)
        self.meeting_button = QPushButton(translate("RequestsView", "Record meeting"), box)
        set_accessible(self.meeting_button, translate("RequestsView", "Record meeting"))
        self.meeting_button.clicked.connect(self._record_meeting)
        grid.addWidget(_labelled(translate("RequestsView", "Meetin&g on:"), self.meeting_on, box), 5, 0)
        grid.addWidget(self.meeting_on, 5, 1)
        grid.addWidget(self.meeting_button, 5, 2)

        outcome = QGroupBox(translate("RequestsView", "Outcome"), box)
        form = QFormLayout(outcome)
        self.outcome_kind = QComboBox(outcome)
        for kind in fw.OutcomeKind:
            self.outcome_kind.addItem(domain_words(fw.OUTCOME_LABELS[kind]), kind.value)
        set_accessible(self.outcome_kind, translate("RequestsView", "Outcome"))
        self.outcome_kind.currentIndexChanged.connect(self._outcome_kind_changed)
        form.addRow(_labelled(translate("RequestsView", "&Outcome:"), self.outcome_kind, outcome), self.outcome_kind)
        self.decided_on = date_edit(translate("RequestsView", "Decided on"), today, outcome)
        form.addRow(_labelled(translate("RequestsView", "Dec&ided on:"), self.decided_on, outcome), self.decided_on)
        self.trial_ends = date_edit(translate("RequestsView", "Trial ends"), fw.add_months(today, 3), outcome)
        self.trial_label = _labelled(translate("RequestsView", "T&rial ends:"), self.trial_ends, outcome)
        form.addRow(self.trial_label, self.trial_ends)
        self.reasons_box = QGroupBox(translate("RequestsView", "The business reasons they gave"), outcome)
        reasons = QVBoxLayout(self.reasons_box)
        self.reasons: dict[fw.RefusalReason, QCheckBox] = {}
        for reason in fw.RefusalReason:
            words = domain_words(fw.REFUSAL_REASON_LABELS[reason])
            check = QCheckBox(self.reasons_box)
            set_accessible(check, translate("RequestsView", "Reason: {reason}").format(reason=words))
            # A check box never wraps its words: a long reason (translated, at 200 % text) would widen the page.
            reasons.addWidget(wrapping_choice(check, words, self.reasons_box))
            self.reasons[reason] = check
        form.addRow(self.reasons_box)
        # A check box does not wrap, so its words are short and the explanation is a label under it.
        self.update_actions = QCheckBox(translate("RequestsView", "Also update my agreed actions"), outcome)
        self.update_actions.setChecked(True)
        set_accessible(
            self.update_actions,
            translate("RequestsView", "Also update my agreed actions"),
            translate(
                "RequestsView",
                "Accepted: the proposed flexible-working actions in the request become agreed, or one is added. "
                "Refused: they are marked declined, with the reasons.",
            ),
        )
        form.addRow(self.update_actions)
        form.addRow(
            hint_label(
                translate("RequestsView", "One new version of your passport; you can undo it from History."), outcome
            )
        )
        self.outcome_button = QPushButton(translate("RequestsView", "Record o&utcome"), outcome)
        set_accessible(self.outcome_button, translate("RequestsView", "Record outcome"))
        self.outcome_button.clicked.connect(self._record_outcome)
        form.addRow(self.outcome_button)
        grid.addWidget(outcome, 6, 0, 1, 3)

        appeal = QGroupBox(translate("RequestsView", "Appeal"), box)
        form = QFormLayout(appeal)
        self.appeal_on = date_edit(translate("RequestsView", "Appealed on"), today, appeal)
        form.addRow(_labelled(translate("RequestsView", "A&ppealed on:"), self.appeal_on, appeal), self.appeal_on)
        self.appeal_outcome = QComboBox(appeal)
        for value in fw.AppealOutcome:
            self.appeal_outcome.addItem(domain_words(fw.APPEAL_OUTCOME_LABELS[value]), value.value)
        set_accessible(self.appeal_outcome, translate("RequestsView", "Appeal outcome"))
        form.addRow(
            _labelled(translate("RequestsView", "Appeal outcome:"), self.appeal_outcome, appeal), self.appeal_outcome
        )
        self.appeal_decided = date_edit(translate("RequestsView", "Appeal decided on"), today, appeal)
        form.addRow(
            _labelled(translate("RequestsView", "Appeal decided on:"), self.appeal_decided, appeal), self.appeal_decided
        )
        self.appeal_button = QPushButton(translate("RequestsView", "Record &appeal"), appeal)
        set_accessible(self.appeal_button, translate("RequestsView", "Record appeal"))
        self.appeal_button.clicked.connect(self._record_appeal)
        form.addRow(self.appeal_button)
        grid.addWidget(appeal, 7, 0, 1, 3)
        self._outcome_kind_changed()

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the requests from the vault."""
        selected = self._selected_id()
        self.requests = self.app.flexible.requests()
        refusal = self.app.flexible.refusal_to_draft()
        self.can_request.setText(refusal or translate("RequestsView", "You can make a new request now."))
        set_role(self.can_request, "error" if refusal else "")
        # Where you work is asked on the wizard's first page, so only the limits themselves disable "New".
        self.new_button.setEnabled(fw.refusal_to_draft(self.requests, self.app.today(),
                                                       Jurisdiction.ENGLAND_WALES) is None)
        self.table.setRowCount(len(self.requests))
        for row, request in enumerate(self.requests):
            due = fw.decision_due(request)
            values = (readable(request.drafted_on), request.status,
                      readable(request.sent_on) if request.sent_on else translate("RequestsView", "Not yet"),
                      readable(due) if due and request.sent and not request.decided else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, request.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Stretch)
        for row, request in enumerate(self.requests):
            if request.id == selected:
                self.table.selectRow(row)
        if self.selected() is None and self.requests:
            self.table.selectRow(len(self.requests) - 1)
        self._selection_changed()

    def selected(self) -> fw.FlexibleRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows else None

    def _selected_id(self) -> str:
        request = self.selected()
        return request.id if request else ""

    def _selection_changed(self) -> None:
        request = self.selected()
        draft = request is not None and not request.sent
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft or (request is not None and request.earlier_only))
        self.export_button.setEnabled(request is not None and not fw.missing_elements(request))
        self.tracking.setEnabled(request is not None)
        if request is None:
            self.due.setText(translate("RequestsView", "Select a request to record what happened to it."))
            return
        self._show_tracking(request)
        sent = request.sent
        for widget in (self.extend_to, self.extend_button, self.meeting_on, self.meeting_button,
                       self.outcome_button):
            widget.setEnabled(sent)
        refused = request.outcome is not None and request.outcome.kind is fw.OutcomeKind.REFUSED
        for control in (self.appeal_on, self.appeal_outcome, self.appeal_decided, self.appeal_button):
            control.setEnabled(refused)

    def _show_tracking(self, request: fw.FlexibleRequest) -> None:
        """Fill the tracking fields with what is recorded for ``request`` (today where nothing is)."""
        today = self.app.today()
        lines = [fw.decision_due_sentence(request)]
        if request.meeting_on:
            lines.append(translate("RequestsView", "Meeting: {date}.").format(date=readable(request.meeting_on)))
        if request.outcome is not None:
            recorded = request.outcome
            said = translate("RequestsView", "Outcome: {outcome} on {date}").format(
                outcome=domain_words(fw.OUTCOME_LABELS[recorded.kind]), date=readable(recorded.decided_on))
            if recorded.trial_ends:
                said += translate("RequestsView", ", trial ends {date}").format(date=readable(recorded.trial_ends))
            if recorded.reasons:
                said += " ({})".format("; ".join(domain_words(fw.REFUSAL_REASON_LABELS[r])
                                                    for r in recorded.reasons))
            lines.append(said + ".")
        if request.appeal is not None:
            lines.append(translate("RequestsView", "Appeal made on {date}: {outcome}.").format(
                date=readable(request.appeal.made_on),
                outcome=domain_words(fw.APPEAL_OUTCOME_LABELS[request.appeal.outcome]).lower()))
        self.due.setText(" ".join(lines))
        set_date(self.sent_on, request.sent_on or today)
        self.by_email.setChecked(request.delivery is fw.Delivery.EMAIL)
        self.received_known.setChecked(request.received_on is not None)
        set_date(self.received_on, request.received_on or today)
        due = fw.decision_due(request)
        set_date(self.extend_to, request.extended_to or (fw.add_months(due, 1) if due else today))
        set_date(self.meeting_on, request.meeting_on or today)
        outcome = request.outcome
        if outcome is not None:
            self.outcome_kind.setCurrentIndex(self.outcome_kind.findData(outcome.kind.value))
            set_date(self.decided_on, outcome.decided_on)
            if outcome.trial_ends:
                set_date(self.trial_ends, outcome.trial_ends)
        for reason, box in self.reasons.items():
            box.setChecked(outcome is not None and reason in outcome.reasons)
        appeal = request.appeal
        set_date(self.appeal_on, appeal.made_on if appeal else today)
        self.appeal_outcome.setCurrentIndex(self.appeal_outcome.findData(appeal.outcome.value if appeal else ""))
        set_date(self.appeal_decided, (appeal.decided_on if appeal else None) or today)

    def _outcome_kind_changed(self) -> None:
        kind = fw.OutcomeKind(self.outcome_kind.currentData())
        self.trial_ends.setEnabled(kind is fw.OutcomeKind.TRIAL)
        self.trial_label.setEnabled(kind is fw.OutcomeKind.TRIAL)
        self.reasons_box.setEnabled(kind is fw.OutcomeKind.REFUSED)
        self.update_actions.setEnabled(kind is not fw.OutcomeKind.WITHDRAWN)

    # --- recording -------------------------------------------------------------------------------
    def _record(self, done: str, work: Callable[[], object]) -> bool:
        try:
            work()
        except PassportError as exc:
            self.status.setText(str(exc))
            set_role(self.status, "error")
            return False
        self.refresh()
        self.status.setText(done)
        set_role(self.status, "saved")
        return True

    def _record_sent(self) -> None:
        rid = self._selected_id()
        email = self.by_email.isChecked()
        received = date_of(self.received_on) if (self.received_known.isChecked() and not email) else None
        self._record(
            translate("RequestsView", "Recorded as sent."),
            lambda: self.app.flexible.mark_sent(rid, date_of(self.sent_on), email=email, received_on=received),
        )

    def _record_earlier(self) -> None:
        self._record(translate("RequestsView", "Earlier request recorded."), lambda: self.app.flexible.record_earlier(
            date_of(self.earlier_on), awaiting=self.earlier_awaiting.isChecked()))

    def _record_extension(self) -> None:
        rid = self._selected_id()
        self._record(
            translate("RequestsView", "Extension recorded."),
            lambda: self.app.flexible.extend(rid, date_of(self.extend_to)),
        )

    def _record_meeting(self) -> None:
        rid = self._selected_id()
        self._record(
            translate("RequestsView", "Meeting recorded. You may bring a colleague or a trade union representative."),
            lambda: self.app.flexible.meeting(rid, date_of(self.meeting_on)),
        )

    def _record_outcome(self) -> None:
        rid = self._selected_id()
        kind = fw.OutcomeKind(self.outcome_kind.currentData())
        reasons = [r for r, box in self.reasons.items() if box.isChecked()] if kind is fw.OutcomeKind.REFUSED else []
        trial = date_of(self.trial_ends) if kind is fw.OutcomeKind.TRIAL else None
        update = self.update_actions.isChecked() and kind is not fw.OutcomeKind.WITHDRAWN
        applied: list[object] = []

        def work() -> None:
            self.app.flexible.outcome(rid, kind, decided_on=date_of(self.decided_on), reasons=reasons,
                                      trial_ends=trial)
            if update:
                applied.append(self.app.flexible.apply_outcome_to_actions(rid))

        if self._record(translate("RequestsView", "Outcome recorded."), work) and applied:
            revision = getattr(applied[0], "revision", None)
            if revision is not None:
                self.status.setText(translate("RequestsView", "Outcome recorded, and your agreed actions updated "
                                              "(version {number}; undo it from History).").format(
                    number=revision.number))
            self.changed.emit()

    def _record_appeal(self) -> None:
        rid = self._selected_id()
        outcome = fw.AppealOutcome(self.appeal_outcome.currentData())
        decided = date_of(self.appeal_decided) if outcome is not fw.AppealOutcome.PENDING else None
        self._record(
            translate("RequestsView", "Appeal recorded."),
            lambda: self.app.flexible.appeal(rid, date_of(self.appeal_on), outcome=outcome, decided_on=decided),
        )

    # --- drafts and copies -----------------------------------------------------------------------
    def open_wizard(self, request_id: str) -> FlexibleRequestWizard:
        wizard = FlexibleRequestWizard(self.app, self.runner, self, request_id=request_id)
        wizard.changed.connect(self.refresh)
        wizard.finished.connect(lambda _r: self.refresh())
        self.wizard = wizard
        wizard.open()
        return wizard

    def _delete(self) -> None:
        rid = self._selected_id()
        self._record(translate("RequestsView", "Draft deleted."), lambda: self.app.flexible.delete_draft(rid))

    def _choose_export(self) -> None:
        request = self.selected()
        if request is None:
            return
        path = save_file(
            self,
            "exports",
            translate("RequestsView", "Save your request"),
            "flexible-working-request.pdf",
            translate("RequestsView", "Signed PDF (*.pdf);;Text (*.txt)"),
        )
        if path:
            self.export_to(request.id, Path(path))

    def export_to(self, request_id: str, path: Path) -> None:
        app = self.app
        self.runner.run(lambda: app.flexible.export(request_id, path), on_done=self._exported,
                        on_error=self._export_failed)

    def _exported(self, result: object) -> None:
        self.status.setText(translate("RequestsView", "Saved to {path}; it is in your sharing record.").format(
            path=getattr(result, "path", "")))
        set_role(self.status, "saved")

    def _export_failed(self, exc: BaseException) -> None:
        #: {reason} is a sentence saying why ("The disk is full.").
        self.status.setText(translate("RequestsView", "Not saved: {reason}").format(
            reason=failure_sentence(exc, translate("RequestsView", "The request could not be saved."))))
        set_role(self.status, "error")

