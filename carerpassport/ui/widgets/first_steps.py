"""A carer's first steps, at the top of their Passport page while the passport is new.

The manager's home has its own (:mod:`carerpassport.ui.views.received_view`); these are the carer's half of
the loop: write, choose what to share, export a signed copy, import the countersigned copy back. Each step
is ticked from what the vault records (``app.agreement.first_steps()``); the panel goes once all four are
done, or when the employee hides it (kept in the vault, so it stays hidden on the next start).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from carerpassport.app import PassportApp
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.widgets.accessible import set_accessible
from carerpassport.usecases.agreement import FirstSteps

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("CarerFirstSteps", "Your first steps")
#: (what to do, where): one line each; the menu paths are the ones the window shows (translated when shown).
STEPS = (
    (QT_TRANSLATE_NOOP("CarerFirstSteps", "Write your answers"),
     QT_TRANSLATE_NOOP("CarerFirstSteps", "the guidance beside each question helps")),
    #: "Shared on export" is the tag on each answer of the Passport page: use the same words as there.
    (QT_TRANSLATE_NOOP("CarerFirstSteps", "Choose what to share"),
     QT_TRANSLATE_NOOP("CarerFirstSteps", "mark “Shared on export” on the answers your manager should see")),
    #: "File › Export for my manager…" is the menu path: the same words as the menu.
    (QT_TRANSLATE_NOOP("CarerFirstSteps", "Export a signed copy for your manager (Ctrl+E)"),
     QT_TRANSLATE_NOOP("CarerFirstSteps", "File › Export for my manager…")),
    (QT_TRANSLATE_NOOP("CarerFirstSteps", "Import the copy they countersign (Ctrl+I)"),
     QT_TRANSLATE_NOOP("CarerFirstSteps", "File › Import countersigned copy…")),
)


class CarerFirstSteps(QFrame):
    """The four steps, each ticked when done, and a button to hide them; :meth:`refresh` reads them again."""

    #: The employee hid the steps (the page shows its status line in their place).
    dismissed = Signal()

    def __init__(self, app: PassportApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.steps: FirstSteps | None = None
        self.setObjectName("first-steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(translate("CarerFirstSteps", TITLE))
        layout.addWidget(self.text, 1)
        self.hide_button = QPushButton(translate("CarerFirstSteps", "Hide these steps"), self)
        set_accessible(self.hide_button, translate("CarerFirstSteps", "Hide these steps"),
                       translate("CarerFirstSteps", "Stop showing your first steps on this page."))
        self.hide_button.clicked.connect(self.hide_for_good)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def refresh(self) -> None:
        steps = self.app.agreement.first_steps()
        if steps == self.steps:
            return
        self.steps = steps
        done = (steps.written, steps.shared, steps.exported, steps.agreed)
        # One paragraph, the menu paths in the tooltip and for screen readers: a line a step (with where to
        # find it) took 260 of a 768-pixel screen's pixels at 200 % text, squeezing the questions below.
        steps_shown = [(translate("CarerFirstSteps", what), translate("CarerFirstSteps", where))
                       for what, where in STEPS]
        items = [f"{'✓' if did else f'{n}.'}&nbsp;{what}" for n, ((what, _where), did)
                 in enumerate(zip(steps_shown, done, strict=True), start=1)]
        self.text.setText(f"<b>{translate('CarerFirstSteps', TITLE)}:</b> " + " · ".join(items))
        #: For screen readers: {number} is the step's number, {what} what to do, {where} where to find it.
        described = [(translate("CarerFirstSteps", "step {number}: {what} ({where}), done") if did else
                      translate("CarerFirstSteps", "step {number}: {what} ({where})")).format(
                          number=n, what=what, where=where)
                     for n, ((what, where), did) in enumerate(zip(steps_shown, done, strict=True), start=1)]
        self.text.setAccessibleDescription("; ".join(described) + ".")
        self.text.setToolTip("\n".join(described))
        self.setVisible(steps.shown)

    def hide_for_good(self) -> None:
        """Hide the steps now and on every later start; the keyboard goes on to the page below."""
        self.app.agreement.hide_first_steps()
        if self.hide_button.hasFocus():
            self.focusNextChild()
        self.refresh()
        self.dismissed.emit()

    def clear(self) -> None:
        """Forget what was shown (the vault is locking)."""
        self.steps = None
        self.text.setText("")
