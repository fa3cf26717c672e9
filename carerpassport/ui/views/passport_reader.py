"""Reading a received passport: everything its PDF shows, read-only, laid out as the PDF is.

:class:`PassportReader` shows a :class:`~carerpassport.exchange.passport_reading.PassportReading`: first the
verdict (the file's own, the one ``verify`` gives), then what the export says about itself (prepared for,
purpose, date), the two people, each shared answer under its template section and question, every agreed
action with its status, reason and dates, the review dates and both signatures (the name from each
certificate, its fingerprint, when, and whether it holds). Each piece of text is its own selectable label
that takes the keyboard focus, named for screen readers by what it is ("What are your caring
responsibilities?"), so Tab reads the passport piece by piece and the scroll area follows the focus.
Everything that came from the file is shown as plain text, never as markup.

:class:`ReaderDialog` puts the reader in a window with "Show pages" (the rendered PDF, drawn off the GUI
thread), "Countersign…" while it is not yet countersigned, and Close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, AgreedAction, Person
from carerpassport.domain.sharing_agreement import agreement_lines
from carerpassport.domain.template import Template
from carerpassport.exchange.passport_reading import (
    ManagerReading,
    PassportReading,
    SignatureReading,
    answer_sections,
)
from carerpassport.ui.dates import readable, readable_moment
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.screen_fit import available_size

translate = QCoreApplication.translate

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class PassportReader(QWidget):
    """A received passport, read-only: verdict, export, people, answers, actions, review, signatures."""

    def __init__(self, reading: PassportReading, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        set_accessible(self, translate("PassportReader", "The passport, read only"), translate(
            "PassportReader", "Everything the employee's PDF shows: what they shared, the agreed actions, the review "
            "dates and who signed. Tab moves from one part to the next."))
        #: Every text label, in reading (and Tab) order; tests and the accessibility walker read them.
        self.texts: list[QLabel] = []
        #: The answer shown for each question id, the block shown for each action id.
        self.answer_texts: dict[str, QLabel] = {}
        self.action_texts: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)  # where the passport ends and the dialog begins
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_accessible(self.scroll_area, translate("PassportReader", "The passport"), translate(
            "PassportReader", "The employee's passport; it scrolls to the part that has the focus."))
        page = QWidget(self.scroll_area)
        self._body = QVBoxLayout(page)
        self._body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(page)
        outer.addWidget(self.scroll_area)
        self._page = page
        self._build(template)

    # --- building ----------------------------------------------------------------------------------
    def _build(self, template: Template) -> None:
        reading, passport = self.reading, self.reading.passport
        self.verdict = self._text(reading.verdict, translate("PassportReader", "Verdict"),
                                  translate("PassportReader", "Whether this file can be relied on."),
                                  role="saved" if reading.ok else "error")
        for problem in reading.problems[1:]:
            self._text(problem, translate("PassportReader", "Another problem"),
                       translate("PassportReader", "A further reason not to rely on this file."), role="error")
        self._heading(translate("PassportReader", "This copy"))
        not_recorded = translate("PassportReader", "not recorded in this file")
        self.recipient = self._text(
            translate("PassportReader", "Shared with: {recipient}").format(recipient=reading.recipient or not_recorded),
            translate("PassportReader", "Shared with"),
            translate("PassportReader", "Who the employee prepared this copy for."))
        self.purpose = self._text(
            translate("PassportReader", "Purpose of sharing: {purpose}").format(
                purpose=reading.purpose or translate("PassportReader", "not given")),
            translate("PassportReader", "Purpose of sharing"), translate(
                "PassportReader", "Why the employee shared it."))
        prepared = readable(reading.exported_on) if reading.exported_on else not_recorded
        if reading.revision is not None:
            #: {day} is a date ("1 December 2026") or "not recorded in this file"; {revision} a number.
            prepared_text = translate("PassportReader", "Prepared on {day}, revision {revision}").format(
                day=prepared, revision=reading.revision)
        else:
            prepared_text = translate("PassportReader", "Prepared on {day}").format(day=prepared)
        self.prepared = self._text(prepared_text, translate("PassportReader", "Prepared on"), translate(
            "PassportReader", "The day the employee exported this copy, and which revision of their passport."))
        self._heading(translate("PassportReader", "Employee and line manager"))
        self._text(_person(translate("PassportReader", "Employee"), passport.employee),
                   translate("PassportReader", "Employee"),
                   translate("PassportReader", "The employee, as the passport names them."))
        self._text(_person(translate("PassportReader", "Line manager"), passport.manager),
                   translate("PassportReader", "Line manager"),
                   translate("PassportReader", "The line manager, as the employee's passport names them."))
        sections = answer_sections(passport, template)
        for title, answers in sections:
            self._heading(title)
            for field_id, label, text in answers:
                self._text(label, label, translate("PassportReader", "A question of the passport."),
                           role="subheading", focus=False)
                self.answer_texts[field_id] = self._text(text, label,
                                                         translate("PassportReader", "The employee's answer."))
        if not sections:
            self._heading(translate("PassportReader", "Answers"))
            self._text(translate("PassportReader", "No answers were shared in this copy of the passport."),
                       translate("PassportReader", "Answers"),
                       translate("PassportReader", "This copy shares no answers."))
        self._heading(translate("PassportReader", "Agreed actions"))
        for action in passport.actions:
            self.action_texts[action.id] = self._text(
                _action_text(action), translate("PassportReader", "Action: {what}").format(what=action.what[:80]),
                translate("PassportReader", "What was agreed, its kind, status and dates."))
        if not passport.actions:
            self._text(translate("PassportReader", "No agreed actions were shared in this copy of the passport."),
                       translate("PassportReader", "Agreed actions"),
                       translate("PassportReader", "This copy shares no agreed actions."))
        self._heading(translate("PassportReader", "Review"))
        review = passport.review
        last = readable(review.last_agreed) if review.last_agreed else translate("PassportReader", "not yet agreed")
        upcoming = readable(review.next_review) if review.next_review else translate("PassportReader", "not set")
        self.review = self._text(
            translate("PassportReader", "Last agreed: {last}\nNext review: {next}").format(last=last, next=upcoming),
            translate("PassportReader", "Review dates"),
            translate("PassportReader", "When the passport was last agreed and when it is next reviewed."))
        # Above the signatures, as on the page: the manager's countersignature covers it too.
        self._heading(template.sharing_agreement_text.title)
        agreement = reading.sharing_agreement
        self.sharing_agreement = self._text(
            "\n".join(agreement_lines(agreement)) if agreement is not None
            else translate("PassportReader", "This copy does not include the employee's sharing agreement. Share it "
                                             "with nobody else without their consent."),
            translate("PassportReader", "Sharing agreement"), translate(
                "PassportReader", "Who else the employee agrees may be given this passport, and when, and how long "
                "you keep your copy."))
        self._heading(translate("PassportReader", "Signatures"))
        self.employee_signature = self._text(
            _signature_text(translate("PassportReader", "Employee"), reading.employee),
            translate("PassportReader", "Employee's signature"),
            translate("PassportReader", "Who signed as the employee, with which certificate, and whether the "
                                        "signature holds."), role="" if reading.employee.holds else "error")
        manager = reading.manager
        if manager is None:
            self.manager_signature = self._text(
                translate("PassportReader", "Line manager: not countersigned yet."),
                translate("PassportReader", "Line manager's signature"),
                translate("PassportReader", "Nobody has countersigned this copy."))
        else:
            self.manager_signature = self._text(
                _manager_text(manager), translate("PassportReader", "Line manager's signature"),
                translate("PassportReader", "Who countersigned, their comment, and whether the signature holds."),
                role="" if manager.signature.holds else "error")
        for note in reading.notes:
            self._text(note, translate("PassportReader", "Note"),
                       translate("PassportReader", "Something about this file worth knowing."), role="hint")

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self._page)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        set_role(label, "heading")
        set_accessible(label, text, translate("PassportReader", "A part of the passport."))
        self._body.addSpacing(8)
        self._body.addWidget(label)
        return label

    def _text(self, text: str, name: str, description: str, *, role: str = "", focus: bool = True) -> QLabel:
        """A piece of the passport: plain text (never markup: it came from someone else's file), wrapped,
        selectable and, with ``focus``, reached by Tab."""
        label = QLabel(text, self._page)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if focus:
            label.setTextInteractionFlags(_SELECTABLE)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The style sheet frames the part that has the focus (every part keeps the frame's room, so the
        # questions line up with their answers).
        label.setProperty("reading", True)
        if role:
            set_role(label, role)
        set_accessible(label, name, description)
        self._body.addWidget(label)
        self.texts.append(label)
        return label

    def focus_chain(self) -> list[QLabel]:
        """The parts Tab reaches, in reading order (a dialog chains its own controls around them)."""
        return [label for label in self.texts if label.focusPolicy() == Qt.FocusPolicy.StrongFocus]

    def plain_text(self) -> str:
        """Everything the reader shows, as one text (for tests and copying)."""
        return "\n".join(label.text() for label in self._page.findChildren(QLabel))


def _person(title: str, person: Person) -> str:
    parts = [person.name, person.role, person.team]
    if person.staff_number:
        parts.append(translate("PassportReader", "staff number {number}").format(number=person.staff_number))
    parts.append(person.contact)
    shown = ", ".join(p for p in parts if p.strip())
    #: {title} is "Employee" or "Line manager"; {details} their name, job title, team and contact.
    return translate("PassportReader", "{title}: {details}").format(
        title=title, details=shown or translate("PassportReader", "not given"))


def _action_text(action: AgreedAction) -> str:
    kind = f"{ACTION_KIND_LABELS[action.kind]} · {ACTION_STATUS_LABELS[action.status]}"
    if action.owner:
        kind += " · " + translate("PassportReader", "who: {owner}").format(owner=action.owner)
    lines = [action.what, kind]
    if action.decline_reason:
        lines.append(translate("PassportReader", "Why declined: {reason}").format(reason=action.decline_reason))
    dates = [what.format(day=readable(day)) for what, day in (
        (translate("PassportReader", "Agreed {day}"), action.agreed_on),
        (translate("PassportReader", "Start by {day}"), action.implement_by),
        (translate("PassportReader", "Review {day}"), action.review_on)) if day]
    if dates:
        lines.append(" · ".join(dates))
    return "\n".join(lines)


def _signature_text(title: str, signature: SignatureReading) -> str:
    when = (readable_moment(signature.signed_at) if signature.signed_at
            else translate("PassportReader", "time not recorded"))
    #: {title} is "Employee" or "Line manager"; {when} a date and time; {verdict} a sentence on the signature.
    return translate("PassportReader", "{title}: {name}, signed {when}\nCertificate fingerprint: "
                                       "{fingerprint}\n{verdict}").format(
        title=title, name=signature.signer_name or translate("PassportReader", "no name in the certificate"),
        when=when, fingerprint=signature.fingerprint, verdict=signature.verdict)


def _manager_text(manager: ManagerReading) -> str:
    lines = [_signature_text(translate("PassportReader", "Line manager"), manager.signature)]
    if manager.typed_name_differs:
        lines.append(translate("PassportReader", "Name typed beside the signature: {name}").format(
            name=manager.typed_name))
    if manager.countersigned_on:
        lines.append(translate("PassportReader", "Countersigned on {day}").format(
            day=readable(manager.countersigned_on)))
    lines.append(translate("PassportReader", "Comment: {comment}").format(comment=manager.comment) if manager.comment
                 else translate("PassportReader", "No comment."))
    return "\n".join(lines)


class ReaderDialog(QDialog):
    """A received passport in its own window: read it, see its pages, countersign it while it is not."""

    #: Emitted with the :class:`~carerpassport.exchange.countersign.CountersignResult` once countersigned.
    countersigned = Signal(object)

    def __init__(self, app: PassportApp, runner: TaskRunner, reading: PassportReading,
                 parent: QWidget | None = None, *, pdf_bytes: bytes) -> None:
        super().__init__(parent)
        self.app, self.runner, self.reading, self.pdf_bytes = app, runner, reading, pdf_bytes
        self.pages_dialog: QDialog | None = None
        self.countersign_dialog: QDialog | None = None
        title_window(self, translate("ReaderDialog", "{name}'s passport").format(name=reading.employee_name)
                     if reading.employee_name else translate("ReaderDialog", "An employee's passport"),
                     translate("ReaderDialog", "A passport you received, read only: what the employee shared and who "
                                               "signed it."))
        area = available_size(self)
        self.resize(min(1000, area.width() * 9 // 10), min(900, area.height() * 9 // 10))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("ReaderDialog", "What the employee shared with you, as their signed PDF "
                                                              "shows it. Nothing here can be changed; Show pages "
                                                              "shows the PDF itself."), self))
        self.reader = PassportReader(reading, app.template, self)
        layout.addWidget(self.reader, 1)
        self.status = status_label(self, translate("ReaderDialog", "Status"), translate(
            "ReaderDialog", "What happened, or why this passport cannot be countersigned."))
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.pages_button = QPushButton(translate("ReaderDialog", "Show &pages"), self)
        set_accessible(self.pages_button, translate("ReaderDialog", "Show pages"),
                       translate("ReaderDialog", "The PDF's pages as the employee's file draws them."))
        self.pages_button.clicked.connect(self.show_pages)
        self.buttons.addButton(self.pages_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.countersign_button = QPushButton(translate("ReaderDialog", "&Countersign…"), self)
        set_accessible(self.countersign_button, translate("ReaderDialog", "Countersign"), translate(
            "ReaderDialog", "Add your comment and countersign this passport with your own identity."))
        self.countersign_button.clicked.connect(self.countersign)
        self.buttons.addButton(self.countersign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("ReaderDialog", "&Close"))
        set_accessible(self.close_button, translate("ReaderDialog", "Close"),
                       translate("ReaderDialog", "Close the passport."))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._offer_countersigning()
        self.reader.verdict.setFocus()

    def _offer_countersigning(self) -> None:
        received = self.reading.received
        refusal = (self.reading.not_countersignable if received is None
                   else self.app.countersigning.countersign_refusal(received))
        self.countersign_button.setVisible(received is not None and not refusal)
        if refusal and self.reading.manager is None:
            self.status.setText(refusal)
            set_role(self.status, "error")
        elif received is not None:  # whether this vault knows the employee's certificate, before signing
            familiarity = self.app.countersigning.employee_familiarity(received)
            self.status.setText(familiarity)
            set_role(self.status, "error" if self.app.countersigning.familiarity_warns(received) else "hint")

    def show_pages(self) -> None:
        """Open the rendered pages of the PDF (drawn off the GUI thread)."""
        from carerpassport.ui.dialogs.passport_pages_dialog import PassportPagesDialog

        if self.pages_dialog is None:
            self.pages_dialog = PassportPagesDialog(self.runner, self.pdf_bytes, self.windowTitle(), self)
        self.pages_dialog.show()
        self.pages_dialog.activateWindow()

    def countersign(self) -> None:
        """Open the countersign dialog on this very file (no file to choose again)."""
        from carerpassport.ui.dialogs.countersign_dialog import CountersignDialog

        if self.reading.received is None:
            return
        dialog = CountersignDialog(self.app, self.runner, self, received=self.reading.received)
        dialog.countersigned.connect(self._countersigned)
        dialog.finished.connect(lambda _result: self.countersign_button.setFocus())
        self.countersign_dialog = dialog
        dialog.open()

    def _countersigned(self, result: object) -> None:
        self.countersign_button.setVisible(False)
        self.status.setText(translate("ReaderDialog", "Countersigned. The countersigned copy is the one to give back "
                                                      "to the employee."))
        set_role(self.status, "saved")
        self.countersigned.emit(result)
