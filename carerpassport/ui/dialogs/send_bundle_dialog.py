"""Send an encrypted copy (``.passport.age``): choose who can open it, see exactly what is shared, save.

Recipients are people whose identity cards you trust (your contacts, or a card file added here), or
anyone with a passphrase you give them by another route. Encrypting with a passphrase takes a second or
two (age's scrypt), and signing the PDF takes a moment too, so saving runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.sharing_agreement import LINE_MANAGER, MAX_LABEL, Recipient, RecipientKind
from carerpassport.exchange.bundle import BUNDLE_SUFFIX, BundleResult
from carerpassport.exchange.identity_card import IdentityCard
from carerpassport.exchange.passphrase_strength import MIN_BITS, MIN_LENGTH, estimate, generate_passphrase
from carerpassport.ui.dialogs.agreement_confirm import (
    Ask,
    ask_outside_agreement,
    chosen_kind,
    confirm_share,
    who_is_this_for_box,
)
from carerpassport.ui.dialogs.identity_dialog import add_trusted_card, ask_to_replace_card, ask_to_trust_card
from carerpassport.ui.dialogs.working_dialog import WorkingDialog
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file, save_file
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible, status_label, title_window
from carerpassport.vault.repository import Pin

translate = QCoreApplication.translate

#: exchange/passphrase_strength.py's words, for the GUI (shown with :func:`strength_word`).
STRENGTH_WORDS = (QT_TRANSLATE_NOOP("PassphraseStrength", "weak"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "not strong enough"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "strong"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "very strong"))


def strength_word(label: str) -> str:
    """A passphrase strength's word (``Strength.label``) in the GUI's language."""
    return translate("PassphraseStrength", label)


def shared_preview(app: PassportApp) -> str:
    """Plain text of exactly what an export shares (the answers marked shared, shared actions)."""
    passport = app.editing.passport()
    shared = passport.shared_dict()
    not_set = translate("SendBundleDialog", "(not set)")
    lines = [translate("SendBundleDialog", "You: {name}").format(name=passport.employee.name or not_set),
             translate("SendBundleDialog", "Line manager: {name}").format(name=passport.manager.name or not_set), ""]
    order = [f.id for f in app.template.fields()]
    for field_id in sorted(shared["answers"], key=lambda f: order.index(f) if f in order else len(order)):
        label = app.template.field(field_id).label if app.template.has_field(field_id) else field_id
        lines += [label, "  " + shared["answers"][field_id]["text"].replace("\n", "\n  "), ""]
    if shared["actions"]:
        lines.append(translate("SendBundleDialog", "Agreed actions"))
        lines += [f"  - {action['what']}" for action in shared["actions"]]
        lines.append("")
    private = sum(1 for a in passport.answers.values() if a.text.strip() and not a.shared)
    private_actions = sum(1 for a in passport.actions if not a.shared)
    lines.append((translate("SendBundleDialog", "Not included: {answers} private answer(s), {actions} private "
                            "action(s) and your private notes.") if passport.private_notes else
                  translate("SendBundleDialog", "Not included: {answers} private answer(s), {actions} private "
                            "action(s).")).format(answers=private, actions=private_actions))
    return "\n".join(lines)


class SendBundleDialog(WorkingDialog):
    """Choose recipients (contacts, a card file) or a passphrase, preview what is shared, and save."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 confirm_trust: Callable[[QWidget, IdentityCard], bool] = ask_to_trust_card,
                 confirm_replace: Callable[[QWidget, IdentityCard, list[Pin]], bool] = ask_to_replace_card) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.confirm_trust = confirm_trust
        self.confirm_replace = confirm_replace
        #: Asks before a share the sharing agreement does not allow (replaced in tests).
        self.ask_outside_agreement: Ask = ask_outside_agreement
        self.result_: BundleResult | None = None
        title_window(self, translate("SendBundleDialog", "Send an encrypted copy"), translate(
            "SendBundleDialog", "Make an encrypted file of what you share, that only the people you choose can open."))
        self.resize(720, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("SendBundleDialog", "Only the people you choose (and you) can open this "
                                              "file. It holds your signed PDF and the answers you marked as shared."),
                                    self))
        self._build_recipients(layout)
        self._build_passphrase(layout)
        form = QFormLayout()
        self.purpose = QLineEdit(self)
        set_accessible(self.purpose, translate("SendBundleDialog", "Purpose"),
                       translate("SendBundleDialog", "Why you are sharing it; kept in your sharing log."))
        self.purpose.setPlaceholderText(translate("SendBundleDialog", "for example: our 1:1 on Tuesday"))
        # Wide enough for its example in any language and text size (a placeholder does not wrap).
        self.purpose.setMinimumWidth(self.purpose.fontMetrics().horizontalAdvance(self.purpose.placeholderText())
                                     + 4 * self.purpose.fontMetrics().averageCharWidth())
        form.addRow(translate("SendBundleDialog", "&Purpose:"), self.purpose)
        self.for_whom = who_is_this_for_box(self)
        self.other_name = QLineEdit(self)
        self.other_name.setMaxLength(MAX_LABEL)
        # Short, so it fits beside the choice at 200 % text; the description says the rest.
        self.other_name.setPlaceholderText(translate("SendBundleDialog", "Their name"))
        self.other_name.setToolTip(translate("SendBundleDialog", "For “someone else”: their name or a description, "
                                             "as your sharing agreement names them."))
        set_accessible(self.other_name, translate("SendBundleDialog", "Their name"), translate(
            "SendBundleDialog", "Who “someone else” is, as your sharing agreement names them."))
        # One row for both: at 200 % text on 768 pixels a row more squashed every field of the form (seen on Xvfb).
        who = QHBoxLayout()
        self.for_whom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.for_whom.setMinimumContentsLength(14)
        who.addWidget(self.for_whom, 1)
        who.addWidget(self.other_name, 1)
        who_label = QLabel(translate("SendBundleDialog", "W&ho is this for?"), self)
        who_label.setBuddy(self.for_whom)
        form.addRow(who_label, who)
        self.for_whom.currentIndexChanged.connect(
            lambda: self.other_name.setEnabled(chosen_kind(self.for_whom) is RecipientKind.OTHER))
        self.other_name.setEnabled(False)
        layout.addLayout(form)
        preview_label = QLabel(translate("SendBundleDialog", "&What will be shared:"), self)
        layout.addWidget(preview_label)
        self.preview = read_only_text(translate("SendBundleDialog", "What will be shared"), translate(
            "SendBundleDialog", "Exactly the answers and actions that go into the encrypted copy."), self)
        self.preview.setPlainText(shared_preview(app))
        preview_label.setBuddy(self.preview)
        layout.addWidget(self.preview, 1)
        self._add_status_area(layout, translate("SendBundleDialog", "Close without saving."))
        self.save_button = self.buttons.addButton(translate("SendBundleDialog", "&Save encrypted copy…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        set_accessible(self.save_button, translate("SendBundleDialog", "Save the encrypted copy"),
                       translate("SendBundleDialog", "Choose where to save the .passport.age file."))
        self.save_button.clicked.connect(self._ask_where)
        self._update()

    # --- building ----------------------------------------------------------------------------------
    def _build_recipients(self, layout: QVBoxLayout) -> None:
        self.mode = QButtonGroup(self)
        self.to_people = QRadioButton(translate("SendBundleDialog", "&People I trust (their identity cards)"), self)
        set_accessible(self.to_people, translate("SendBundleDialog", "Encrypt to people"),
                       translate("SendBundleDialog", "Only the people ticked below, and you, can open it."))
        self.to_passphrase = QRadioButton(translate("SendBundleDialog", "A pass&phrase I will tell them"), self)
        set_accessible(self.to_passphrase, translate("SendBundleDialog", "Encrypt with a passphrase"),
                       translate("SendBundleDialog", "Anyone who has the file and the passphrase can open it."))
        self.mode.addButton(self.to_people)
        self.mode.addButton(self.to_passphrase)
        layout.addWidget(self.to_people)
        self.contacts = QListWidget(self)
        set_accessible(self.contacts, translate("SendBundleDialog", "Contacts"),
                       translate("SendBundleDialog", "Tick the people who may open the file."))
        self.contacts.setMaximumHeight(110)
        self.contacts.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.contacts)
        add_row = QHBoxLayout()
        self.add_card_button = QPushButton(translate("SendBundleDialog", "Add a &card file…"), self)
        set_accessible(self.add_card_button, translate("SendBundleDialog", "Add a card file"),
                       translate("SendBundleDialog", "Trust someone's identity card and send to them."))
        self.add_card_button.clicked.connect(self._ask_card)
        add_row.addWidget(self.add_card_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.to_passphrase)
        self._fill_contacts()
        (self.to_people if self.contacts.count() else self.to_passphrase).setChecked(True)
        self.mode.buttonToggled.connect(lambda *_: self._update())

    def _build_passphrase(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        set_accessible(self.passphrase, translate("SendBundleDialog", "Passphrase"), translate(
            "SendBundleDialog", "At least {length} characters and about {bits} bits: six unrelated words, or generate "
            "one.").format(length=MIN_LENGTH, bits=MIN_BITS))
        self.passphrase.textChanged.connect(lambda _text: self._update())
        row.addWidget(self.passphrase, 1)
        self.show_passphrase = QCheckBox(translate("SendBundleDialog", "Sho&w"), self)
        set_accessible(self.show_passphrase, translate("SendBundleDialog", "Show the passphrase"),
                       translate("SendBundleDialog", "Show the passphrase as plain text."))
        self.show_passphrase.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        row.addWidget(self.show_passphrase)
        self.generate_button = QPushButton(translate("SendBundleDialog", "&Generate"), self)
        set_accessible(self.generate_button, translate("SendBundleDialog", "Generate a passphrase"),
                       translate("SendBundleDialog", "Make a strong random passphrase and show it."))
        self.generate_button.clicked.connect(self.generate)
        row.addWidget(self.generate_button)
        layout.addLayout(row)
        self.strength = status_label(self, translate("SendBundleDialog", "Passphrase strength"))
        layout.addWidget(self.strength)

    def _fill_contacts(self, tick: str | None = None) -> None:
        self.contacts.blockSignals(True)
        ticked = set(self.chosen_recipients()) | ({tick} if tick else set())
        self.contacts.clear()
        pins = self.app.contacts.contacts()
        only_one = not ticked and len(pins) == 1  # one contact (usually your manager): ticked to begin with
        for pin in pins:
            short = " ".join(pin.fingerprint.split()[:4])
            item = QListWidgetItem(f"{pin.name}  ({short}…)", self.contacts)
            item.setData(Qt.ItemDataRole.UserRole, pin.age_recipient)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = only_one or pin.age_recipient in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.contacts.blockSignals(False)

    # --- state ---------------------------------------------------------------------------------------
    def chosen_recipients(self) -> list[str]:
        items = (self.contacts.item(i) for i in range(self.contacts.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def generate(self) -> None:
        """Put a strong generated passphrase in the field, shown, so it can be read out or copied."""
        self.to_passphrase.setChecked(True)
        self.show_passphrase.setChecked(True)
        self.passphrase.setText(generate_passphrase())

    def _update(self) -> None:
        by_passphrase = self.to_passphrase.isChecked()
        self.contacts.setEnabled(not by_passphrase)
        self.add_card_button.setEnabled(not by_passphrase)
        for widget in (self.passphrase, self.show_passphrase):
            widget.setEnabled(by_passphrase)
        text = self.passphrase.text()
        if by_passphrase and text:
            strength = estimate(text)
            #: {strength} is the strength's word (weak, fair, strong…).
            self.strength.setText(translate("SendBundleDialog", "Strength: {strength} (about {bits} bits).").format(
                strength=strength_word(strength.label), bits=strength.bits) + " " + (
                translate("SendBundleDialog", "Tell it to them by another route than the file.")
                if strength.acceptable else translate(
                    "SendBundleDialog", "Needs at least {length} characters and about {bits} bits.").format(
                    length=MIN_LENGTH, bits=MIN_BITS)))
            set_role(self.strength, "hint" if strength.acceptable else "error")
        else:
            self.strength.setText(translate("SendBundleDialog", "A passphrase needs at least {length} characters and "
                                            "about {bits} bits.").format(length=MIN_LENGTH, bits=MIN_BITS)
                                  if by_passphrase else "")
            set_role(self.strength, "hint")
        ready = estimate(text).acceptable if by_passphrase else bool(self.chosen_recipients())
        self.save_button.setEnabled(ready and not self.progress.isVisible())

    # --- actions -------------------------------------------------------------------------------------
    def _ask_card(self) -> None:
        path = open_file(self, "cards", translate("SendBundleDialog", "Their identity card"),
                         translate("SendBundleDialog", "Identity cards (*.json)"))
        if path:
            self.add_card(Path(path))

    def add_card(self, path: Path) -> bool:
        """Read a card, ask to trust it, add it to contacts and tick it."""
        try:
            card = add_trusted_card(self.app, path, self.confirm_trust, self, self.confirm_replace)
        except PassportError as exc:
            self._failed(exc)
            return False
        if card is None:
            return False
        self._fill_contacts(tick=card.age_recipient)
        self.to_people.setChecked(True)
        self._update()
        return True

    def _ask_where(self) -> None:
        #: The suggested file name, without its ending (.passport.age).
        name = translate("SendBundleDialog", "my passport") + BUNDLE_SUFFIX
        path = save_file(self, "bundles", translate("SendBundleDialog", "Save the encrypted copy"), name,
                         translate("SendBundleDialog", "Encrypted passports (*{suffix})").format(suffix=BUNDLE_SUFFIX))
        if path:
            self.save_to(Path(path))

    def chosen_recipient(self) -> Recipient:
        """Who the copy is for, as the sharing agreement names them."""
        kind = chosen_kind(self.for_whom)
        return LINE_MANAGER if kind is None else Recipient(
            kind, self.other_name.text().strip() if kind is RecipientKind.OTHER else "")

    def save_to(self, path: Path) -> None:
        """Ask about the sharing agreement if it does not allow this recipient; then sign, encrypt and write the
        bundle to ``path`` off the GUI thread."""
        try:
            for_whom = self.chosen_recipient()
        except PassportError as exc:
            self._idle(translate("SendBundleDialog", "Not saved: {reason}").format(reason=exc), "error")
            return
        confirmed = self.app.pdfs.agreement_decision(for_whom).needs_confirmation
        if confirmed and not confirm_share(self, self.app, for_whom, "bundle", self.ask_outside_agreement):
            self._idle(translate("SendBundleDialog", "Nothing was shared: your sharing agreement does not allow it and "
                                 "you did not confirm it. Your log records that."), "hint")
            return
        by_passphrase = self.to_passphrase.isChecked()
        recipients = None if by_passphrase else self.chosen_recipients()
        passphrase = self.passphrase.text() if by_passphrase else None
        purpose = self.purpose.text().strip()
        self._busy(translate("SendBundleDialog", "Signing and encrypting…"))
        self.runner.run(lambda: self.app.bundles.export_bundle(path, recipients=recipients, passphrase=passphrase,
                                                       purpose=purpose, for_whom=for_whom,
                                                       confirm_outside_agreement=confirmed),
                        on_done=self._saved, on_error=self._failed)

    def _saved(self, result: BundleResult) -> None:
        from carerpassport.domain.wording import gettext as _

        self.result_ = result
        who = _(result.recipient_label)  # names, or one of two phrases marked in usecases/bundles.py
        if result.passphrase:
            self._idle(translate("SendBundleDialog", "Saved to {path}. It opens for {who}.").format(
                path=result.path, who=who))
        else:
            self._idle(translate("SendBundleDialog", "Saved to {path}. It opens for {who} and you.").format(
                path=result.path, who=who))

    def _failed(self, exc: BaseException) -> None:
        self._idle(translate("SendBundleDialog", "Not saved: {reason}").format(reason=failure_sentence(
            exc, translate("SendBundleDialog", "The encrypted copy could not be made."))), "error")
