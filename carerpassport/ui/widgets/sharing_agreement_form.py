"""The sharing agreement in the editor: for each recipient whether they may be given the passport, anyone
else the employee names, how long the manager keeps their copy, and whether it goes into what is shared.

Like a question card it holds no passport logic: it shows an agreement, hands back what is on screen
(:meth:`SharingAgreementForm.agreement`) and says by signal when that changed; the editor view saves it
with the answers (typing is debounced, a choice is saved at once). The guidance sits beside the choices
when there is room and under them when there is not, as on a question card.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.domain.sharing_agreement import (
    KEEP_UNTIL_LABELS,
    MAX_LABEL,
    MAX_PURPOSE,
    PERMISSION_LABELS,
    KeepUntil,
    Permission,
    RecipientKind,
    RecipientRule,
    SharingAgreement,
)
from carerpassport.domain.template import SharingAgreementText
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, set_accessible
from carerpassport.ui.widgets.beside_or_under_layout import BesideOrUnderLayout
from carerpassport.ui.widgets.guidance_panel import GuidancePanel
from carerpassport.ui.widgets.share_tag import ShareTag
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice

translate = QCoreApplication.translate

#: The key the editor files this form's pending edits under (beside the answers' field ids).
SHARING_AGREEMENT_KEY = "sharing_agreement"
#: Translated where shown: ``translate("SharingAgreementForm", SHARE_TEXT)``.
SHARE_TEXT = QT_TRANSLATE_NOOP("SharingAgreementForm", "Include this agreement in what I share")
SIDE_BY_SIDE_CHARS = 70


class _Choice(QComboBox):
    """A combo box that a mouse wheel passing over it scrolls the page past, instead of changing the answer
    (seen on the display: scrolling down the page turned "Never" into "Yes, for a stated purpose")."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the scroll area


class _RuleRow(QFrame):
    """One recipient: who (a name to type, for someone the employee added), the answer, and the purpose
    when the answer is "Yes, for a stated purpose"."""

    def __init__(self, rule: RecipientRule, form: SharingAgreementForm) -> None:
        super().__init__(form)
        self.rule = dataclasses.replace(rule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.name: QLineEdit | None = None
        if rule.kind is RecipientKind.OTHER:
            self.name = QLineEdit(rule.label, self)
            self.name.setMaxLength(MAX_LABEL)
            self.name.setPlaceholderText(translate("SharingAgreementForm", "Who: for example “Payroll” or “my union "
                                                   "representative”"))
            self.name.setToolTip(self.name.placeholderText())  # readable in full when the box is narrower
            set_accessible(self.name, translate("SharingAgreementForm", "Someone else: their name or a description"),
                           translate("SharingAgreementForm", "A person or group you may share your passport with, "
                                     "for example Payroll."))
            self.name.textEdited.connect(lambda _t: form.typed())
            self.name.installEventFilter(form)
            top.addWidget(self.name, 1)
            who = self.name.accessibleName()
        else:
            label = QLabel(rule.title, self)
            label.setWordWrap(True)
            set_role(label, "subheading")
            top.addWidget(label, 1)
            who = rule.title
        # Under the name, as wide as the row and no wider: at 200 % text the longest answer beside the name
        # made the page scroll sideways.
        self.permission = _Choice(self)
        for permission in Permission:
            self.permission.addItem(PERMISSION_LABELS[permission], permission.value)
        self.permission.setCurrentIndex(list(Permission).index(rule.permission))
        #: {who}: a person or group, as “HR” or “Occupational health”.
        set_accessible(self.permission, translate("SharingAgreementForm", "May {who} be given your passport?").format(
                           who=who),
                       translate("SharingAgreementForm", "Never; only when you say so, each time; or yes, for a "
                                 "purpose you write down."))
        self.permission.activated.connect(lambda _i: self._picked(form))
        self.remove: QPushButton | None = None
        if rule.kind is RecipientKind.OTHER:
            self.remove = QPushButton(translate("SharingAgreementForm", "Remove"), self)
            set_accessible(self.remove, translate("SharingAgreementForm", "Remove {who} from the agreement").format(
                               who=rule.title),
                           translate("SharingAgreementForm", "Takes this person out of your sharing agreement."))
            self.remove.clicked.connect(lambda: form.remove_rule(self.rule.id))
            top.addWidget(self.remove, 0)
        layout.addWidget(self.permission)
        self.purpose = QLineEdit(rule.purpose, self)
        self.purpose.setMaxLength(MAX_PURPOSE)
        self.purpose.setPlaceholderText(translate("SharingAgreementForm", "What for: for example “a flexible working "
                                                  "request”"))
        self.purpose.setToolTip(self.purpose.placeholderText())
        set_accessible(self.purpose, translate("SharingAgreementForm", "What {who} may have your passport for").format(
                           who=who),
                       translate("SharingAgreementForm", "Needed when the answer is “{answer}”.").format(
                           answer=PERMISSION_LABELS[Permission.FOR_PURPOSE]))
        self.purpose.textEdited.connect(lambda _t: form.typed())
        self.purpose.installEventFilter(form)
        layout.addWidget(self.purpose)
        self._show_purpose()

    def _picked(self, form: SharingAgreementForm) -> None:
        self._show_purpose()
        if self.purpose.isVisible() and not self.purpose.text().strip():
            self.purpose.setFocus()  # the answer needs its purpose: say it next
        form.picked()

    def _show_purpose(self) -> None:
        self.purpose.setVisible(self.current().permission is Permission.FOR_PURPOSE)

    def current(self) -> RecipientRule:
        permission = Permission(self.permission.currentData())
        return dataclasses.replace(self.rule, permission=permission, purpose=self.purpose.text(),
                                   label=self.name.text() if self.name is not None else self.rule.label)


class SharingAgreementForm(QFrame):
    """Who else may be given the passport, and when (see the module's docstring)."""

    edited = Signal(str)  # SHARING_AGREEMENT_KEY: something typed (debounced save)
    commit_requested = Signal(str)  # SHARING_AGREEMENT_KEY: save now (a choice, a tick, focus left a box)

    def __init__(self, text: SharingAgreementText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._rows: list[_RuleRow] = []
        self._shared = False
        outer = BesideOrUnderLayout(SIDE_BY_SIDE_CHARS, (3, 2), self)
        outer.setContentsMargins(14, 12, 12, 12)
        outer.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(8)
        outer.addLayout(left, 3)
        heading = QHBoxLayout()
        title = QLabel(translate("SharingAgreementForm", "May they be given your passport?"), self)
        title.setWordWrap(True)
        set_role(title, "subheading")
        self.tag = ShareTag(self)
        heading.addWidget(title, 1)
        heading.addWidget(self.tag, 0)
        left.addLayout(heading)
        # The rows live in their own widget, made before the controls under it, so a row added later still
        # comes before "Add someone else" in the order of children the editor's Tab order follows.
        self._rules_widget = QWidget(self)
        self._rules_box = QVBoxLayout(self._rules_widget)
        self._rules_box.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._rules_widget)
        self.add_button = QPushButton(translate("SharingAgreementForm", "Add someone else"), self)
        set_accessible(self.add_button, translate("SharingAgreementForm", "Add someone else to the agreement"),
                       translate("SharingAgreementForm", "Name a person or group, then choose whether they may be "
                                 "given your passport."))
        self.add_button.clicked.connect(self.add_other)
        left.addWidget(self.add_button)
        self.keep_until = _Choice(self)
        for keep in KeepUntil:
            self.keep_until.addItem(KEEP_UNTIL_LABELS[keep], keep.value)
        keep_words = translate("SharingAgreementForm", "How long your line manager keeps their copy")
        keep_label = QLabel(keep_words, self)
        keep_label.setWordWrap(True)
        keep_label.setBuddy(self.keep_until)
        set_accessible(self.keep_until, keep_words,
                       translate("SharingAgreementForm", "Until the next review, until you move to another manager "
                                 "or leave, or until you ask."))
        self.keep_until.activated.connect(lambda _i: self.picked())
        left.addWidget(keep_label)  # above its choice, not beside: at 200 % text a label beside it was cut off
        left.addWidget(self.keep_until)
        share_words = translate("SharingAgreementForm", SHARE_TEXT)
        self.share_box = QCheckBox(self)
        set_accessible(self.share_box, share_words,
                       translate("SharingAgreementForm", "When ticked, the agreement is printed above the signatures "
                                 "in what you export, so your manager signs it too. When not ticked, only you can see "
                                 "it."))
        self.share_box.toggled.connect(self._on_share_toggled)
        # Its words wrap: a check box's never do, and beside the guidance at large text they were cut off.
        left.addWidget(wrapping_choice(self.share_box, share_words, self))
        left.addWidget(hint_label(translate("SharingAgreementForm", "Off until you switch it on: the agreement is "
                                            "private by default."), self))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        set_role(self.error, "error")
        left.addWidget(self.error)
        left.addStretch(1)
        self.guidance = GuidancePanel(text.guidance, self)
        if self.guidance.is_empty():
            self.guidance.hide()
        else:
            outer.addWidget(self.guidance, 2)
        self.load(SharingAgreement())

    # --- signals from the rows ---------------------------------------------------------------------
    def typed(self) -> None:
        self.edited.emit(SHARING_AGREEMENT_KEY)

    def picked(self) -> None:
        self.edited.emit(SHARING_AGREEMENT_KEY)
        self.commit_requested.emit(SHARING_AGREEMENT_KEY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QLineEdit):
            self.commit_requested.emit(SHARING_AGREEMENT_KEY)
        return super().eventFilter(watched, event)

    def _on_share_toggled(self, shared: bool) -> None:
        self.tag.set_shared(shared)
        if shared != self._shared:
            self._shared = shared
            self.picked()

    # --- adding and removing -------------------------------------------------------------------------
    def add_other(self) -> None:
        """A new "someone else" row, its name box focused; saved once it has a name (typing it saves)."""
        row = self._add_row(RecipientRule(RecipientKind.OTHER))
        assert row.name is not None
        row.name.setFocus()

    def remove_rule(self, rule_id: str) -> None:
        row = next(r for r in self._rows if r.rule.id == rule_id)
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        following = self._rows[index] if index < len(self._rows) else None
        (following.permission if following else self.add_button).setFocus()
        self.picked()

    def _add_row(self, rule: RecipientRule) -> _RuleRow:
        row = _RuleRow(rule, self)
        row.setParent(self._rules_widget)
        self._rules_box.addWidget(row)
        row.show()  # now, not a turn later as a layout would: Tab must reach it at once
        self._rows.append(row)
        self._fix_tab_order()
        return row

    def _fix_tab_order(self) -> None:
        """Tab through the rows in their order, then the controls under them (a new row's boxes would
        otherwise be reached last in the window)."""
        chain = [w for w in self.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                 and w.window() is self.window()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # --- reading and writing -----------------------------------------------------------------------
    def rows(self) -> list[_RuleRow]:
        return list(self._rows)

    def agreement(self) -> SharingAgreement:
        """What the form shows, as an agreement (validated when it is saved)."""
        return SharingAgreement(rules=[row.current() for row in self._rows],
                                keep_until=KeepUntil(self.keep_until.currentData()), shared=self.share_box.isChecked())

    def load(self, agreement: SharingAgreement) -> None:
        """Show ``agreement`` without signalling an edit; rows whose rule is unchanged are kept as they are."""
        if [row.current() for row in self._rows] != agreement.rules:
            for row in self._rows:
                row.hide()
                row.deleteLater()
            self._rows = []
            for rule in agreement.rules:
                self._add_row(rule)
        self.keep_until.setCurrentIndex(list(KeepUntil).index(agreement.keep_until))
        self._shared = agreement.shared
        self.share_box.blockSignals(True)
        self.share_box.setChecked(agreement.shared)
        self.share_box.blockSignals(False)
        self.tag.set_shared(agreement.shared)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def clear(self) -> None:
        """Forget what is shown (the vault is locking)."""
        self.show_error(None)
        self.load(SharingAgreement())
