"""First run: who is using this, what the passport is, your names, how it is locked, then the recovery
code — once.

Four pages: welcome (who you are here: your own passport, a manager receiving passports, or both; names)
→ protection (optional passphrase, what the keyring means) → creating
(key generation and Argon2id run in the TaskRunner, with a busy bar) → the recovery code, which must be
confirmed by typing one group back before "Start" is enabled.

The welcome page also offers "Restore from a backup…" for someone moving to a new computer: the dialog
then closes with ``wants_restore`` set, and the caller opens the restore dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import Created, PassportApp
from carerpassport.domain.roles import Role
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.session import ClipboardGuard
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.passphrase_fields import PassphraseFields
from carerpassport.ui.widgets.recovery_code import RecoveryCodeWidget
from carerpassport.ui.widgets.screen_fit import available_size
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice
from carerpassport.vault.keyring_store import KeyringStore

WELCOME, PROTECT, CREATING, CODE = range(4)

translate = QCoreApplication.translate


def welcome_text(role: Role) -> str:
    """The welcome page's paragraphs for the role chosen (rich text)."""
    #: The first-run welcome, for a carer keeping their own passport. Rich text: keep the <p> and <b> tags.
    carer = translate("FirstRunDialog",
                      "<p>A carer's passport records how caring for someone affects your work, and the support you "
                      "and your line manager agree. It is <b>voluntary</b> and it <b>belongs to you</b>.</p>"
                      "<p><b>It stays on this computer.</b> Everything you write is kept encrypted here. This app "
                      "never sends anything anywhere. You decide what your manager sees, and you choose when to "
                      "give them a copy.</p>")
    if role is Role.EMPLOYEE:
        return carer
    if role is Role.BOTH:
        #: Added after the carer's welcome for someone who is both a carer and a manager.
        return carer + translate("FirstRunDialog",
                                 "<p>You also hold the passports your team shares with you: they have their own "
                                 "page, and they never mix with your own.</p>")
    #: The first-run welcome for someone here only as a line manager, receiving their team's passports.
    return translate("FirstRunDialog",
                     "<p>As a line manager you receive carer's passports from your team: each one is <b>the "
                     "employee's</b>, shared with you by their choice. Here you can read it, check who signed it, "
                     "add your comment and countersign it.</p>"
                     "<p><b>Keep it where only you can open it.</b> The copies you hold stay encrypted on this "
                     "computer; this app never sends anything anywhere. Delete your copy when the employee "
                     "withdraws consent or moves on.</p>")


def welcome_title(role: Role) -> str:
    if role is Role.MANAGER:
        #: Heading of the first-run welcome for a line manager.
        return translate("FirstRunDialog", "Welcome: passports from your team")
    #: Heading of the first-run welcome. "Carer's Passport" is the app's name.
    return translate("FirstRunDialog", "Welcome to your Carer's Passport")


def keyring_text(available: bool | None) -> str:
    """What the protection page says about the system keyring (rich text)."""
    if available is None:
        return translate("FirstRunDialog", "<p>Checking whether this computer has a keyring…</p>")
    if available:
        #: "Keyring": the operating system's password store (GNOME Keyring, Windows Credential Manager, Keychain).
        return translate("FirstRunDialog",
                         "<p><b>This computer has a keyring</b> (the place your computer keeps passwords safe). "
                         "Your passport's key is kept there, so it opens without typing anything while you are "
                         "logged in to this computer.</p>")
    return translate("FirstRunDialog",
                     "<p><b>This computer has no keyring this app can use</b>, so the passport cannot open by "
                     "itself. Choose a passphrase: you will type it each time you open your passport.</p>")


class FirstRunDialog(QDialog):
    """Creates the vault in ``data_dir``; ``created(PassportApp)`` is emitted once the code is kept."""

    created = Signal(object)

    def __init__(self, data_dir: Path, keyring: KeyringStore | None, runner: TaskRunner,
                 parent: QWidget | None = None, *, clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.keyring = keyring
        self.runner = runner
        self.clipboard = clipboard  # the window's, so locking or quitting clears a copied code
        self.app: PassportApp | None = None
        self.wants_restore = False
        self.keyring_available: bool | None = None if keyring is not None else False
        self.code_widget: RecoveryCodeWidget | None = None
        self.setWindowTitle(translate("FirstRunDialog", "Welcome — Carer's Passport"))
        self.setAccessibleName(translate("FirstRunDialog", "Set up your Carer's Passport"))
        self.setAccessibleDescription(translate(
            "FirstRunDialog", "Three short steps: your names, how your passport is locked, "
                                      "and your recovery code."))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._protect_page())
        self.pages.addWidget(self._creating_page())
        self.pages.addWidget(QWidget())  # replaced by the code page once the vault exists
        layout = QVBoxLayout(self)
        # The pages scroll; the buttons stay outside, always on screen: in a longer language at 200 % text
        # the welcome page alone is taller than a 720-pixel screen (as Settings' groups are).
        self.pages_area, _ = page_area(self, translate("FirstRunDialog", "Set up your Carer's Passport"),
                                       content=self.pages)
        layout.addWidget(self.pages_area, 1)
        layout.addLayout(self._buttons())
        self._sized = False
        self._go(WELCOME)
        if keyring is not None:
            runner.run(keyring.available, self._keyring_checked, lambda exc: self._keyring_checked(False))
        else:
            self._keyring_checked(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Open as tall as the page wants, up to the screen (a scroll area alone opens at its own small height).
        if not self._sized:
            self._sized = True
            bar = self.pages_area.verticalScrollBar().sizeHint().width()
            self.pages_area.setMinimumWidth(self.pages.minimumSizeHint().width() + bar + 2)
            self.resize(self.sizeHint().boundedTo(available_size(self)))
        super().showEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint, scroll, content = super().sizeHint(), self.pages_area.sizeHint(), self.pages.sizeHint()
        bar = self.pages_area.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), hint.width() - scroll.width() + content.width() + bar),
                     hint.height() - scroll.height() + content.height())

    # --- pages -----------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.welcome_title = title = QLabel(welcome_title(Role.EMPLOYEE))
        set_role(title, "heading")
        title.setWordWrap(True)  # a longer translation at 200 % text is wider than the window
        title.setAccessibleName(welcome_title(Role.EMPLOYEE))
        layout.addWidget(title)
        layout.addWidget(self._role_choice())
        self.welcome_text = text = QLabel(welcome_text(Role.EMPLOYEE))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAccessibleName(translate("FirstRunDialog", "About the passport"))
        layout.addWidget(text)
        form = QFormLayout()
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(translate("FirstRunDialog", "Your name"))
        self.name_field.setAccessibleDescription(translate(
            "FirstRunDialog", "Your name as it should appear on the passport."))
        self.manager_field = QLineEdit()
        self.manager_field.setAccessibleName(translate("FirstRunDialog", "Your line manager's name"))
        self.manager_field.setAccessibleDescription(translate(
            "FirstRunDialog", "Optional. You can add or change it later."))
        #: Shown inside the empty line manager field: keep it short, the field is narrow at large text sizes.
        self.manager_field.setPlaceholderText(translate("FirstRunDialog", "optional"))
        name_label = QLabel(translate("FirstRunDialog", "Your &name"))
        name_label.setBuddy(self.name_field)
        manager_label = QLabel(translate("FirstRunDialog", "Your line &manager"))
        manager_label.setBuddy(self.manager_field)
        form.addRow(name_label, self.name_field)
        form.addRow(manager_label, self.manager_field)
        self.manager_label = manager_label
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self._restore_row())
        return page

    def _role_choice(self) -> QWidget:
        """"Who is using this?": three radio buttons (arrow keys move between them), employee first."""
        box = QWidget()
        box.setAccessibleName(translate("FirstRunDialog", "Who is using this?"))
        box.setAccessibleDescription(translate(
            "FirstRunDialog", "Your own passport, passports from your team as a manager, or both. You can "
                                     "change this later in Settings."))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        question = QLabel(translate("FirstRunDialog", "<b>Who is using this?</b>"))
        question.setAccessibleName(translate("FirstRunDialog", "Who is using this?"))
        column.addWidget(question)
        self.role_buttons: dict[Role, QRadioButton] = {}
        # one group: each button sits in its own row with its words, so Qt's same-parent exclusivity is gone
        self.role_group = QButtonGroup(box)
        #: The three answers to "Who is using this?"; each needs its own underlined (&) letter.
        mnemonics = {Role.EMPLOYEE: translate("FirstRunDialog", "&For my own passport (I am a carer)"),
                     Role.MANAGER: translate("FirstRunDialog", "As a manager &who receives passports from my team"),
                     Role.BOTH: translate("FirstRunDialog", "Bot&h: my own passport, and passports from my team")}
        for role in Role:
            button = QRadioButton(mnemonics[role], box)
            button.setAccessibleName(mnemonics[role].replace("&", ""))
            button.setAccessibleDescription(translate("FirstRunDialog", "You can change this later in Settings."))
            self.role_buttons[role] = button
            self.role_group.addButton(button)
            column.addWidget(wrapping_choice(button, mnemonics[role], box))
        self.role_buttons[Role.EMPLOYEE].setChecked(True)
        for button in self.role_buttons.values():  # connected once the texts it changes exist
            button.toggled.connect(self._role_changed)
        return box

    def role(self) -> Role:
        """The role chosen on the welcome page."""
        return next((role for role, button in self.role_buttons.items() if button.isChecked()), Role.EMPLOYEE)

    def choose_role(self, role: Role) -> None:
        self.role_buttons[role].setChecked(True)

    @Slot()
    def _role_changed(self) -> None:
        role = self.role()
        self.welcome_title.setText(welcome_title(role))
        self.welcome_title.setAccessibleName(welcome_title(role))
        self.welcome_text.setText(welcome_text(role))
        # Someone here only as a manager has no line manager to name in a passport of their own.
        self.manager_field.setVisible(role.keeps_own_passport)
        self.manager_label.setVisible(role.keeps_own_passport)
        # A manager here only for their team's passports keeps no passport of their own: the steps after the
        # welcome speak of what this app keeps for them, not of "your passport".
        self.protect_title.setText(translate("FirstRunDialog", "How your passport is locked")
                                   if role.keeps_own_passport else
                                   translate("FirstRunDialog", "How the passports you hold are locked"))
        self.name_field.setAccessibleDescription(
            translate("FirstRunDialog", "Your name as it should appear on the passport.") if role.keeps_own_passport
            else translate("FirstRunDialog", "Your name as it appears when you countersign."))
        if self.isVisible():  # a longer welcome: grow to fit it where the screen has room, rather than scroll
            self.resize(self.size().expandedTo(self.sizeHint()).boundedTo(available_size(self)))

    def _restore_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        text = QLabel(translate(
            "FirstRunDialog", "Moving to a new computer? If you made a backup of your passport, bring it back "
            "instead."))
        text.setWordWrap(True)
        set_role(text, "hint")
        self.restore_button = QPushButton(translate("FirstRunDialog", "&Restore from a backup…"))
        self.restore_button.setAccessibleName(translate("FirstRunDialog", "Restore from a backup"))
        self.restore_button.setAccessibleDescription(translate(
            "FirstRunDialog", "Bring back a passport you backed up before, instead of "
                                                     "starting a new one."))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_instead)
        row.addWidget(text, 1)
        row.addWidget(self.restore_button)
        return row

    def _protect_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.protect_title = title = QLabel(translate("FirstRunDialog", "How your passport is locked"))
        set_role(title, "heading")
        title.setWordWrap(True)  # a longer translation at 200 % text is wider than the window
        layout.addWidget(title)
        self.keyring_text = QLabel(keyring_text(None))
        self.keyring_text.setWordWrap(True)
        self.keyring_text.setAccessibleName(translate("FirstRunDialog", "About the keyring"))
        layout.addWidget(self.keyring_text)
        self.passphrase_intro = QLabel("")
        self.passphrase_intro.setWordWrap(True)
        layout.addWidget(self.passphrase_intro)
        self.passphrase = PassphraseFields(label=translate("FirstRunDialog", "&Passphrase"))
        self.passphrase.changed.connect(self._update_buttons)
        layout.addWidget(self.passphrase)
        self.protect_error = QLabel("")
        self.protect_error.setWordWrap(True)
        set_role(self.protect_error, "error")
        layout.addWidget(self.protect_error)
        after = QLabel(translate(
            "FirstRunDialog", "Next you get a <b>recovery code</b>: keep it safe, it opens your passport if all "
                       "else fails."))
        after.setWordWrap(True)
        set_role(after, "hint")
        layout.addWidget(after)
        layout.addStretch(1)
        return page

    def _creating_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.creating_label = QLabel(translate(
            "FirstRunDialog", "Creating your passport and its keys… this takes a few seconds."))
        self.creating_label.setWordWrap(True)
        self.creating_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.creating_label)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(translate("FirstRunDialog", "Creating your passport"))
        self.busy.setAccessibleDescription(translate("FirstRunDialog", "Busy: making the encryption keys."))
        layout.addWidget(self.busy)
        layout.addStretch(1)
        return page

    def _code_page(self, code: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(translate("FirstRunDialog", "Keep your recovery code"))
        set_role(title, "heading")
        title.setWordWrap(True)  # a longer translation at 200 % text is wider than the window
        layout.addWidget(title)
        self.code_widget = RecoveryCodeWidget(code, self.runner, page, clipboard=self.clipboard)
        self.code_widget.confirmed.connect(self._update_buttons)
        layout.addWidget(self.code_widget)
        layout.addStretch(1)
        return page

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cancel_button = QPushButton(translate("FirstRunDialog", "&Cancel"))
        self.cancel_button.setAccessibleName(translate("FirstRunDialog", "Cancel setting up"))
        self.cancel_button.setAccessibleDescription(translate("FirstRunDialog", "Close without creating a passport."))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(translate("FirstRunDialog", "&Back"))
        self.back_button.setAccessibleName(translate("FirstRunDialog", "Back"))
        self.back_button.setAccessibleDescription(translate("FirstRunDialog", "Go back to the previous step."))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(translate("FirstRunDialog", "&Next"))
        self.next_button.setAccessibleName(translate("FirstRunDialog", "Next step"))
        self.next_button.setAccessibleDescription(translate("FirstRunDialog", "Go on to the next step."))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        return row

    # --- flow ------------------------------------------------------------------------------------
    def page(self) -> int:
        return self.pages.currentIndex()

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        focus: QWidget | None = {WELCOME: self.name_field, PROTECT: self.passphrase.first}.get(index)
        if index == CODE and self.code_widget is not None:
            focus = self.code_widget.print_button
        if focus is not None:
            focus.setFocus()
        self._update_buttons()

    @Slot(object)
    def _keyring_checked(self, available: object) -> None:
        self.keyring_available = bool(available)
        self.keyring_text.setText(keyring_text(self.keyring_available))
        if self.keyring_available:
            self.passphrase_intro.setText(translate(
                "FirstRunDialog", "A passphrase is <b>optional</b>. Add one if you want another way "
                                          "in besides the recovery code, for example on a new computer."))
        else:
            self.passphrase_intro.setText(translate(
                "FirstRunDialog", "Choose a passphrase (at least 8 characters; three or four ordinary "
                                          "words are easy to remember and hard to guess)."))
        self._update_buttons()

    def passphrase_required(self) -> bool:
        return not self.keyring_available

    @Slot()
    def _update_buttons(self) -> None:
        index = self.page()
        self.back_button.setVisible(index == PROTECT)
        self.cancel_button.setEnabled(index != CREATING)
        if index == CODE:  # the passport exists now: this skips keeping the code, it cancels nothing
            self.cancel_button.setText(translate("FirstRunDialog", "S&kip this step…"))
            self.cancel_button.setAccessibleName(translate("FirstRunDialog", "Skip keeping the recovery code"))
            self.cancel_button.setAccessibleDescription(translate(
                "FirstRunDialog", "Open your passport without checking you kept the code "
                                                        "(not recommended: you will not see it again)."))
        if index == WELCOME:
            self.next_button.setText(translate("FirstRunDialog", "&Next"))
            self.next_button.setEnabled(True)
        elif index == PROTECT:
            self.next_button.setText(translate("FirstRunDialog", "&Create my passport")
                                     if self.role().keeps_own_passport else translate("FirstRunDialog", "&Set it up"))
            self.next_button.setEnabled(self.keyring_available is not None)
        elif index == CREATING:
            self.next_button.setEnabled(False)
        else:
            self.next_button.setText(translate("FirstRunDialog", "&Start"))
            confirmed = self.code_widget is not None and self.code_widget.is_confirmed
            self.next_button.setEnabled(confirmed)
            self.next_button.setAccessibleDescription(
                translate("FirstRunDialog", "Open your new passport.") if confirmed
                else translate("FirstRunDialog", "Available once you have typed the group back."))

    @Slot()
    def _back(self) -> None:
        if self.page() == PROTECT:
            self._go(WELCOME)

    @Slot()
    def _next(self) -> None:
        index = self.page()
        if index == WELCOME:
            self._go(PROTECT)
        elif index == PROTECT:
            self._create()
        elif index == CODE and self.code_widget is not None and self.code_widget.is_confirmed:
            self.accept()

    def _create(self) -> None:
        passphrase: str | None = None
        if not self.passphrase.is_empty() or self.passphrase_required():
            problem = self.passphrase.problem()
            if problem is not None:
                self.protect_error.setText(problem)
                self.passphrase.first.setFocus()
                return
            passphrase = self.passphrase.text
        self.protect_error.setText("")
        role = self.role()
        name = self.name_field.text().strip()
        manager = self.manager_field.text().strip() if role.keeps_own_passport else ""
        data_dir, keyring = self.data_dir, self.keyring if self.keyring_available else None
        self._go(CREATING)
        self.runner.run(lambda: PassportApp.create(data_dir, employee_name=name, manager_name=manager,
                                                   passphrase=passphrase, keyring=keyring, role=role),
                        self._created, self._failed)

    @Slot(object)
    def _created(self, created: object) -> None:
        assert isinstance(created, Created)
        self.app = created.app
        self.passphrase.clear()
        old = self.pages.widget(CODE)
        if old is not None:  # the placeholder code page, always there
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.insertWidget(CODE, self._code_page(str(created.recovery_code)))
        self._go(CODE)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        message = failure_sentence(exc)
        #: {reason} is a sentence saying why, from the part of the app that failed.
        self.protect_error.setText(translate("FirstRunDialog", "Your passport was not created. {reason}").format(
                reason=message))
        self._go(PROTECT)

    # --- closing ---------------------------------------------------------------------------------
    @Slot()
    def restore_instead(self) -> None:
        """Close with ``wants_restore`` set (only before a vault was made here)."""
        if self.page() == WELCOME:
            self.wants_restore = True
            super().reject()

    def accept(self) -> None:
        super().accept()
        if self.app is not None:
            self.created.emit(self.app)

    def reject(self) -> None:
        if self.page() == CREATING:
            return  # the vault is being written; closing now would leave the user without the code
        if self.page() == CODE and self.app is not None:
            answer = QMessageBox.question(
                self, translate("FirstRunDialog", "Close without the recovery code?"),
                translate("FirstRunDialog",
                          "You will not see this recovery code again. Without it, a lost keyring or forgotten "
                          "passphrase means losing your passport. You can make a new code later in Settings.\n\n"
                          "Close anyway?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.accept()  # the vault exists: open it anyway
            return
        super().reject()
