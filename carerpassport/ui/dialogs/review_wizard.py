"""The review wizard: section by section, "is this still true?" for every answer and live agreed action,
ending in a new version of the passport (ready to export).

The first page asks why: a regular review, or "my circumstances changed" (with a few words on what
changed). The review in progress is kept in the vault after each page, so closing the wizard loses
nothing: opening it again continues where the employee stopped.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.review import default_next_review
from carerpassport.domain.review_session import (
    AGREEMENT_ANSWER_LABELS,
    AGREEMENT_QUESTION,
    EFFECT_NOT_DIAGNOSIS,
    MAX_REASON,
    TRIGGER_SCHEDULED,
    VERDICT_LABELS,
    AgreementAnswer,
    ItemKind,
    ReviewItem,
    ReviewSession,
    ReviewSummary,
    Verdict,
)
from carerpassport.domain.sharing_agreement import KEEP_UNTIL_LABELS, rule_lines
from carerpassport.ui.dates import READABLE_FORMAT, readable
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible, title_window
from carerpassport.ui.widgets.problem_label import ProblemLabel
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

translate = QCoreApplication.translate

#: ``trigger`` value that opens the wizard on "my circumstances changed".
TRIGGER_CIRCUMSTANCES = "circumstances"

INTRO_ID = 0
FIRST_SECTION_ID = 100
AGREEMENT_ID = 9_000
SUMMARY_ID = 10_000


class _ReviewPage(QWizardPage):
    """A page of the review wizard, with the line that says why it cannot go on yet."""

    def __init__(self, wizard: ReviewWizard, title: str, subtitle: str) -> None:
        super().__init__(wizard)
        self.review = wizard
        self.setTitle(title)
        # The subtitle is the page's first words rather than QWizard's subtitle: the wizard's header keeps the
        # subtitle to a fixed height, which cut two lines of it off at 200 % text (seen in the pseudo-language).
        # The page scrolls as a whole, so a long page at 200 % text on a small screen loses nothing; the line
        # that says why it cannot go on stays below, always in view.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area, inner = page_area(
            self, title, translate("ReviewWizard", "This page; scroll to see all of it."))
        #: Where a page lays out its content, below its subtitle.
        self.body = QVBoxLayout(inner)
        self.subtitle = hint_label(subtitle, inner)
        self.body.addWidget(self.subtitle)
        outer.addWidget(self.scroll_area, 1)
        self.error = ProblemLabel(self)
        outer.addWidget(self.error)


class IntroPage(_ReviewPage):
    """Why this review: regular, or because something changed."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard, translate("IntroPage", "Review your passport"), translate(
            "IntroPage", "Review at least every 12 months, and whenever your caring, health, role or manager changes."))
        layout = self.body
        self.resume_label = QLabel("", self)
        self.resume_label.setWordWrap(True)
        layout.addWidget(self.resume_label)
        # Choices that wrap (a check box or radio button never does; these are long in Welsh at 200 % text).
        self.start_again = QCheckBox(self)
        self.start_again_row = wrapping_choice(self.start_again, translate(
            "IntroPage", "&Discard my earlier answers and start again"), self)
        set_accessible(self.start_again, translate("IntroPage", "Start the review again"),
                       translate("IntroPage", "Forget what you marked in the unfinished review."))
        layout.addWidget(self.start_again_row)
        self.scheduled = QRadioButton(self)
        set_accessible(self.scheduled, translate("IntroPage", "Regular review"), translate(
            "IntroPage", "The passport is due for its review."))
        self.changed = QRadioButton(self)
        set_accessible(self.changed, translate("IntroPage", "My circumstances changed"),
                       translate("IntroPage", "Something changed in your caring, health, role or manager."))
        group = QButtonGroup(self)
        group.addButton(self.scheduled)
        group.addButton(self.changed)
        layout.addWidget(wrapping_choice(self.scheduled, translate(
            "IntroPage", "It is &time for my regular review"), self))
        layout.addWidget(wrapping_choice(self.changed, translate("IntroPage", "My &circumstances changed"), self))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("IntroPage", "For example: my caring hours went up"))
        self.reason.setToolTip(translate("IntroPage", "In a few words, what changed? For example: my caring hours "
                                                      "went up"))
        set_accessible(self.reason, translate("IntroPage", "What changed"),
                       translate("IntroPage", "A few words for your own record.") + " " + EFFECT_NOT_DIAGNOSIS)
        self.reason.setMaxLength(MAX_REASON)
        reason_row = QHBoxLayout()
        reason_row.addSpacing(24)
        reason_row.addWidget(self.reason)
        layout.addLayout(reason_row)
        how = translate("IntroPage", "For each answer and agreed action you will be asked: is this still true? Choose "
                                     "“still true”, “changed” (and write what is true now) or “no longer applies”.")
        layout.addWidget(hint_label(how + " " + EFFECT_NOT_DIAGNOSIS, self))
        layout.addStretch(1)
        self._resuming = False
        self.changed.toggled.connect(self._changed_toggled)
        self.start_again.toggled.connect(lambda _on: self._update_resume())

    def prepare(self, existing: ReviewSession | None, trigger: str) -> None:
        self._resuming = existing is not None
        self.resume_label.setVisible(existing is not None)
        self.start_again_row.setVisible(existing is not None)
        if existing is not None:
            marked = len(existing.items) - len(existing.pending())
            self.resume_label.setText(translate("IntroPage", "You started a review on {day} and marked {marked} of "
                                                             "{count} items. Continue where you stopped, or start "
                                                             "again.").format(
                day=readable(existing.started_on), marked=marked, count=len(existing.items)))
            self.changed.setChecked(existing.circumstances_changed)
            self.scheduled.setChecked(not existing.circumstances_changed)
            if existing.circumstances_changed:
                self.reason.setText(existing.trigger)
        else:
            self.changed.setChecked(trigger == TRIGGER_CIRCUMSTANCES)
            self.scheduled.setChecked(trigger != TRIGGER_CIRCUMSTANCES)
        self._changed_toggled(self.changed.isChecked())
        self._update_resume()

    def _update_resume(self) -> None:
        locked = self._resuming and not self.start_again.isChecked()
        for widget in (self.scheduled, self.changed, self.reason):
            widget.setEnabled(not locked and (widget is not self.reason or self.changed.isChecked()))

    def _changed_toggled(self, on: bool) -> None:
        self._update_resume()
        if on and self.reason.isEnabled():
            self.reason.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        trigger = self.reason.text() if self.changed.isChecked() else TRIGGER_SCHEDULED
        return self.error.attempt(lambda: self.review.begin(trigger, start_again=self.start_again.isChecked()))


class ItemBox(QGroupBox):
    """One answer or action: what it says now, and "still true?"."""

    def __init__(self, item: ReviewItem, parent: QWidget) -> None:
        super().__init__(item.label if item.kind is ItemKind.ANSWER else translate("ItemBox", "Agreed action"),
                         parent)
        self.item = item
        layout = QVBoxLayout(self)
        current = QLabel(item.text, self)
        current.setWordWrap(True)
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        current.setAccessibleName(translate("ItemBox", "Now: {label}").format(label=item.label))
        layout.addWidget(current)
        if item.kind is ItemKind.ACTION and item.review_on:
            due = QLabel(translate("ItemBox", "Review date: {day}").format(day=readable(item.review_on)), self)
            set_role(due, "hint")
            layout.addWidget(due)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[Verdict, QRadioButton] = {}
        for verdict in Verdict:
            button = QRadioButton(VERDICT_LABELS[verdict], self)
            set_accessible(button, translate("ItemBox", "{verdict}: {label}").format(
                verdict=VERDICT_LABELS[verdict], label=item.label), translate("ItemBox", "Is this still true?"))
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_text = QPlainTextEdit(item.text, self)
        set_accessible(self.new_text, translate("ItemBox", "What is true now: {label}").format(label=item.label),
                       EFFECT_NOT_DIAGNOSIS)
        self.new_text.setTabChangesFocus(True)
        self.new_text.setFixedHeight(80)
        self.new_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.new_text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.new_text)
        self.buttons[Verdict.CHANGED].toggled.connect(self._changed_toggled)
        self.buttons[Verdict.UNCHANGED].setChecked(True)
        self._changed_toggled(False)

    def _changed_toggled(self, on: bool) -> None:
        self.new_text.setVisible(on)
        if on:
            self.new_text.setFocus()

    def set_outcome(self, verdict: Verdict, new_text: str) -> None:
        self.buttons[verdict].setChecked(True)
        if verdict is Verdict.CHANGED:
            self.new_text.setPlainText(new_text)

    def verdict(self) -> Verdict:
        return next(v for v, b in self.buttons.items() if b.isChecked())


class SectionPage(_ReviewPage):
    """All review items of one section."""

    def __init__(self, wizard: ReviewWizard, title: str, items: list[ReviewItem]) -> None:
        super().__init__(wizard, title, translate("SectionPage", "Is this still true?") + " " + EFFECT_NOT_DIAGNOSIS)
        set_accessible(self.scroll_area, title, translate(
            "SectionPage", "The answers and actions in this section; scroll to see them all."))
        self.boxes = [ItemBox(item, self) for item in items]
        for box in self.boxes:
            self.body.addWidget(box)
        self.body.addStretch(1)
        for box in self.boxes:  # a problem shown earlier goes once the person changes something
            box.group.buttonToggled.connect(lambda *_args: self.error.hide())
            box.new_text.textChanged.connect(self.error.hide)

    def load(self, session: ReviewSession) -> None:
        for box in self.boxes:
            outcome = session.outcomes.get(box.item.key)
            if outcome is not None:
                box.set_outcome(outcome.verdict, outcome.new_text)

    def validatePage(self) -> bool:  # noqa: N802
        session = self.review.session
        assert session is not None
        return self.error.attempt(lambda: self._record(session))

    def _record(self, session: ReviewSession) -> None:
        for box in self.boxes:
            session.record(box.item.key, box.verdict(), box.new_text.toPlainText())
        self.review.app.reviews.save_review(session)


class AgreementPage(_ReviewPage):
    """Does the sharing agreement still hold? Yes (keep it) or No (change it, on the Passport page, once the
    review is saved); the answer goes into the review's record."""

    def __init__(self, wizard: ReviewWizard) -> None:
        # A short subtitle: the whole question was cut off at 200 % text (seen on Xvfb); it is the page's text.
        super().__init__(wizard, translate("AgreementPage", "Your sharing agreement"),
                         translate("AgreementPage", "Does it still hold?"))
        layout = self.body
        layout.addWidget(hint_label(AGREEMENT_QUESTION, self))
        self.current = read_only_text(translate("AgreementPage", "Your sharing agreement now"), translate(
            "AgreementPage", "Who else may be given your passport, and how long your manager keeps their copy."), self)
        layout.addWidget(self.current, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[AgreementAnswer, QRadioButton] = {}
        for answer in AgreementAnswer:
            button = QRadioButton(AGREEMENT_ANSWER_LABELS[answer], self)
            set_accessible(button, AGREEMENT_ANSWER_LABELS[answer], AGREEMENT_QUESTION)
            self.group.addButton(button)
            self.buttons[answer] = button
            layout.addWidget(button)
        self.change_hint = hint_label(translate("AgreementPage", "When you finish the review, the Passport page opens "
                                                                 "so you can change the agreement; then export again "
                                                                 "for your manager."), self)
        layout.addWidget(self.change_hint)
        self.buttons[AgreementAnswer.CHANGE].toggled.connect(self.change_hint.setVisible)
        self.buttons[AgreementAnswer.HOLDS].setChecked(True)
        self.change_hint.setVisible(False)

    def initializePage(self) -> None:  # noqa: N802
        agreement = self.review.app.editing.passport().sharing_agreement
        lines = [*rule_lines(agreement), "",
                 translate("AgreementPage", "Your manager keeps their copy: {until}").format(
                     until=KEEP_UNTIL_LABELS[agreement.keep_until]),
                 translate("AgreementPage", "It is included in what you export.") if agreement.shared
                 else translate("AgreementPage", "It is not included in what you export.")]
        self.current.setPlainText("\n".join(lines))
        session = self.review.session
        if session is not None and session.agreement is not None:
            self.buttons[session.agreement].setChecked(True)

    def answer(self) -> AgreementAnswer:
        return next(a for a, b in self.buttons.items() if b.isChecked())

    def validatePage(self) -> bool:  # noqa: N802
        session = self.review.session
        assert session is not None

        def record() -> None:
            session.record_agreement(self.answer())
            self.review.app.reviews.save_review(session)

        return self.error.attempt(record)


class SummaryPage(_ReviewPage):
    """What changed, the next review date, and Finish (a new version)."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard, translate("SummaryPage", "What changed"), translate(
            "SummaryPage", "When you press Finish this is saved as a new version of your passport, ready to export "
            "for your manager."))
        layout = self.body
        self.summary = read_only_text(translate("SummaryPage", "Summary of the review"), "", self)
        layout.addWidget(self.summary, 1)
        row = QHBoxLayout()
        label = QLabel(translate("SummaryPage", "Next &review:"), self)
        self.next_review = QDateEdit(self)
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat(READABLE_FORMAT)
        set_accessible(self.next_review, translate("SummaryPage", "Next review date"),
                       translate("SummaryPage", "At most 12 months from today; sooner if things may change."))
        label.setBuddy(self.next_review)
        row.addWidget(label)
        row.addWidget(self.next_review)
        row.addStretch(1)
        layout.addLayout(row)
        self.next_review.dateChanged.connect(lambda _d: self.update_summary())

    def initializePage(self) -> None:  # noqa: N802
        today = self.review.app.today()
        default = default_next_review(today)
        self.next_review.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.next_review.setDate(QDate(default.year, default.month, default.day))
        self.update_summary()

    def chosen_date(self) -> dt.date:
        d = self.next_review.date()
        return dt.date(d.year(), d.month(), d.day())

    def update_summary(self) -> None:
        session = self.review.session
        if session is None:
            return

        def show_summary() -> None:
            result = self.review.app.reviews.preview_review(session, next_review=self.chosen_date())
            self.summary.setPlainText(result.summary.text())

        self.error.attempt(show_summary)

    def validatePage(self) -> bool:  # noqa: N802
        return self.review.finish(self.chosen_date(), self.error)


def recorded_in_words(summary: ReviewSummary, revision: int) -> str:
    """ "Review saved as version 7: 4 still true, 1 changed, 0 no longer apply. Changed: “Caring hours”.
    Next review: 1 December 2027." """
    changed = [translate("ReviewWizard", "“{label}”").format(label=line.label) for line in summary.changed]
    named = ""
    if changed:
        shown = ", ".join(changed[:3])
        named = " " + (translate("ReviewWizard", "Changed: {items} and more.") if len(changed) > 3
                       else translate("ReviewWizard", "Changed: {items}.")).format(items=shown)
    agreement = (" " + translate("ReviewWizard", "Change your sharing agreement on the Passport page.")
                 if summary.agreement is AgreementAnswer.CHANGE else "")
    #: {unchanged}, {changed} and {gone} are numbers of items; the sentence reads well for any number.
    counts = translate("ReviewWizard", "Review saved as version {revision}: {unchanged} still true, {changed} "
                                       "changed, {gone} no longer apply.")
    next_review = translate("ReviewWizard", "Next review: {day}.").format(day=readable(summary.next_review))
    return (counts.format(revision=revision, unchanged=summary.count(Verdict.UNCHANGED),
                          changed=summary.count(Verdict.CHANGED), gone=summary.count(Verdict.NO_LONGER_APPLIES))
            + named + " " + next_review + agreement)


class ReviewWizard(QWizard):
    """Walks the passport asking "still true?"; ``review_finished(revision number)`` when saved, and
    ``review_recorded(sentence)`` saying what the review recorded, for the main window to confirm.

    Next and Finish are both always shown, each in its own place (Finish stays disabled until the last
    page, Next is disabled there), and Enter never presses Finish: pressing Next repeatedly, or Enter,
    cannot finish a review by accident where Qt's usual wizard puts Finish in Next's place.
    """

    review_finished = Signal(int)
    review_recorded = Signal(str)
    #: Asks the main window to show a page (the Passport page, to change the sharing agreement).
    show_view_requested = Signal(str)

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 trigger: str = TRIGGER_SCHEDULED) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.session: ReviewSession | None = None
        self.revision: int | None = None
        title_window(self, translate("ReviewWizard", "Review your passport"),
                     translate("ReviewWizard", "Section by section: is this still true?"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setButtonLayout([QWizard.WizardButton.CancelButton, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        self.currentIdChanged.connect(lambda _id: self._finish_is_never_default())
        self.resize(760, 620)
        self.intro = IntroPage(self)
        self.summary_page = SummaryPage(self)
        self.agreement_page = AgreementPage(self)
        self.section_pages: list[SectionPage] = []
        self.setPage(INTRO_ID, self.intro)
        self.setPage(AGREEMENT_ID, self.agreement_page)
        self.setPage(SUMMARY_ID, self.summary_page)
        # Qt ships no Welsh for its wizard's buttons: every text is ours.
        names = {QWizard.WizardButton.NextButton: (translate("ReviewWizard", "&Next >"),
                                                   translate("ReviewWizard", "Next")),
                 QWizard.WizardButton.BackButton: (translate("ReviewWizard", "< &Back"),
                                                   translate("ReviewWizard", "Back")),
                 QWizard.WizardButton.FinishButton: (translate("ReviewWizard", "&Finish"),
                                                     translate("ReviewWizard", "Finish")),
                 QWizard.WizardButton.CancelButton: (translate("ReviewWizard", "Close"),
                                                     translate("ReviewWizard", "Close")),
                 QWizard.WizardButton.CommitButton: (translate("ReviewWizard", "Commit"),
                                                     translate("ReviewWizard", "Commit")),
                 QWizard.WizardButton.HelpButton: (translate("ReviewWizard", "&Help"),
                                                   translate("ReviewWizard", "Help"))}
        for which, (text, name) in names.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(name)
        self.button(QWizard.WizardButton.CancelButton).setAccessibleDescription(translate(
            "ReviewWizard", "Close the wizard; what you marked so far is kept and you can continue later."))
        self.intro.prepare(self.app.reviews.current_review(), trigger)

    def _finish_is_never_default(self) -> None:
        """Qt makes Finish the default button on the last page, so Enter would finish: not here."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        nxt = self.button(QWizard.WizardButton.NextButton)
        # QWizard's buttons are QPushButtons; the stubs say QAbstractButton, which has no default flag.
        if isinstance(finish, QPushButton):
            finish.setAutoDefault(False)
            finish.setDefault(False)
        if isinstance(nxt, QPushButton):
            nxt.setAutoDefault(False)
            nxt.setDefault(nxt.isEnabled())

    def begin(self, trigger: str, *, start_again: bool = False) -> None:
        """Start the review (or continue the open one) and build a page per section."""
        existing = self.app.reviews.current_review()
        if existing is not None and start_again:
            self.app.reviews.cancel_review()
            existing = None
        if existing is not None:
            session = existing
        elif trigger == TRIGGER_SCHEDULED:
            session = self.app.reviews.start_review()
        else:
            session = self.app.reviews.circumstances_changed(trigger)
        self._build_sections(session)

    def _build_sections(self, session: ReviewSession) -> None:
        for page_id in self.pageIds():
            if FIRST_SECTION_ID <= page_id < AGREEMENT_ID:
                self.removePage(page_id)
        self.section_pages = []
        self.session = session
        for number, (_section_id, title, items) in enumerate(session.sections()):
            page = SectionPage(self, title, items)
            page.load(session)
            self.setPage(FIRST_SECTION_ID + number, page)
            self.section_pages.append(page)

    def finish(self, next_review: dt.date, error: ProblemLabel) -> bool:
        """Save the review as a new revision. A database write, quick enough for the GUI thread."""
        assert self.session is not None
        try:
            summary = self.app.reviews.preview_review(self.session, next_review=next_review).summary
            revision = self.app.reviews.finish_review(self.session, next_review=next_review)
        except PassportError as exc:
            error.show_problem(str(exc))
            return False
        self.revision = revision.number
        self.review_finished.emit(revision.number)
        self.review_recorded.emit(recorded_in_words(summary, revision.number))
        if summary.agreement is AgreementAnswer.CHANGE:
            self.show_view_requested.emit("passport")
        return True
