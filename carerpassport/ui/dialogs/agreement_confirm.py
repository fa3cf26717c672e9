"""Asking the employee before a share their sharing agreement does not allow as it stands.

The export dialog, the send-bundle dialog and "A new line manager" ask the same question with the
agreement's own sentence (:func:`~carerpassport.domain.sharing_agreement.decide`); "No" is the default
button, and either answer is logged by the use case (a "No" here, a "Yes" with the share itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import RECIPIENT_LABELS, Decision, Recipient, RecipientKind, Verdict
from carerpassport.ui.widgets.accessible import set_accessible

translate = QCoreApplication.translate


def title() -> str:
    """The question's window title."""
    return translate("AgreementConfirm", "Outside your sharing agreement")


def outside_agreement_box(parent: QWidget | None, decision: Decision) -> QMessageBox:
    """The question, built but not shown: the agreement's sentence, "Share it anyway" and "No" (the default)."""
    icon = QMessageBox.Icon.Warning if decision.verdict is Verdict.NOT_ALLOWED else QMessageBox.Icon.Question
    box = QMessageBox(icon, title(), decision.sentence, parent=parent)
    box.setInformativeText(translate("AgreementConfirm", "If you share it, your log records that you confirmed it. "
                                     "You can change your sharing agreement on the Passport page."))
    box.addButton(translate("AgreementConfirm", "&Share it anyway"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("AgreementConfirm", "&No, don't share it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setObjectName("outside_agreement_box")
    return box


def ask_outside_agreement(parent: QWidget | None, decision: Decision) -> bool:
    """Show :func:`outside_agreement_box` and return whether the employee chose to share anyway."""
    box = outside_agreement_box(parent, decision)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked is not box.defaultButton()


#: How a dialog asks (replaced in tests): the parent and the agreement's decision; True to share anyway.
Ask = Callable[[QWidget | None, Decision], bool]


def confirm_share(parent: QWidget | None, app: PassportApp, for_whom: Recipient, what: str,
                  ask: Ask = ask_outside_agreement) -> bool:
    """Whether the share to ``for_whom`` may go ahead: at once when the agreement allows it, else the
    employee's answer to ``ask``. A "No" is logged here ("refused: not confirmed"); a "Yes" is logged by the
    share itself (given ``confirm_outside_agreement``)."""
    decision = app.pdfs.agreement_decision(for_whom)
    if not decision.needs_confirmation:
        return True
    if ask(parent, decision):
        return True
    app.pdfs.refuse_outside_agreement(for_whom, decision, what)
    return False

def who_is_this_for_box(parent: QWidget) -> QComboBox:
    """"Who is this for?": the line manager (first, the default) or a kind of recipient the sharing agreement
    names; read the choice with :func:`chosen_kind`."""
    box = QComboBox(parent)
    box.addItem(translate("AgreementConfirm", "My line manager"), "")
    for kind in RecipientKind:
        #: {kind}: "Someone else": the one choice whose name is typed in a box under the list.
        label = translate("AgreementConfirm", "{kind} (name them below)").format(kind=RECIPIENT_LABELS[kind]) \
            if kind is RecipientKind.OTHER else RECIPIENT_LABELS[kind]
        box.addItem(label, kind.value)
    set_accessible(box, translate("AgreementConfirm", "Who is this for?"),
                   translate("AgreementConfirm", "The kind of person this copy is for. Your sharing agreement says "
                             "who may have it; you are asked to confirm anyone it does not allow."))
    return box


def chosen_kind(box: QComboBox) -> RecipientKind | None:
    """The kind chosen in :func:`who_is_this_for_box` (None: the line manager). Qt hands item data back as a
    plain string, so it is turned into the kind here."""
    value = box.currentData()
    return RecipientKind(value) if value else None
