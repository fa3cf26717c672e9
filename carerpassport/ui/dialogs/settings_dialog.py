"""Settings: where the data is, the ways in (passphrase, recovery code, keyring), locking, appearance.

Key changes run in the TaskRunner (Argon2id, keyring calls). Appearance applies at once so the user
sees the effect before closing. Only non-secret values go to QSettings (see ``ui/settings.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport import languages
from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.roles import Role
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.session import ClipboardGuard
from carerpassport.ui.settings import (
    AUTO_LOCK,
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    TEXT_SIZE,
    TEXT_SIZES,
    THEME,
    THEMES,
    AppSettings,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager, set_role
from carerpassport.ui.widgets.passphrase_fields import PassphraseFields
from carerpassport.ui.widgets.recovery_code import RecoveryCodeWidget
from carerpassport.ui.widgets.screen_fit import available_size
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.ui.widgets.wrapping_choice import wrapping_choice
from carerpassport.vault.key_change import KeyChange
from carerpassport.vault.keyslots import RecoveryCode

translate = QCoreApplication.translate


def _minutes_label(minutes: int) -> str:
    if minutes == 0:
        #: Locking: never lock the passport when the app is idle.
        return translate("SettingsDialog", "Never (not recommended)")
    if minutes == 1:
        return translate("SettingsDialog", "1 minute")
    #: Locking after this many idle minutes ({count} is the number, never 1).
    return translate("SettingsDialog", "{count} minutes").format(count=minutes)


def theme_label(name: str) -> str:
    """The colour scheme's name as the Settings list shows it."""
    return {"system": translate("SettingsDialog", "Same as my computer"),
            "light": translate("SettingsDialog", "Light"),
            "dark": translate("SettingsDialog", "Dark"),
            "high_contrast": translate("SettingsDialog", "High contrast")}[name]


def role_label(role: Role) -> str:
    """Who uses this vault, as Settings offers it (the same answers as the first-run question)."""
    return {Role.EMPLOYEE: translate("SettingsDialog", "For my own passport (I am a carer)"),
            Role.MANAGER: translate("SettingsDialog", "As a manager who receives passports from my team"),
            Role.BOTH: translate("SettingsDialog", "Both: my own passport, and passports from my team")}[role]


def language_label(language: str) -> str:
    """A language offered in Settings: each named in itself, so it can be found by someone who cannot read
    the language the app speaks now; "" is the computer's own."""
    if not language:
        #: The language list's first entry: speak the computer's language (English if we have no translation).
        return translate("SettingsDialog", "Same as my computer")
    return languages.LANGUAGE_NAMES[language]


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; "Done" is enabled when the user typed a group back.

    The new code is committed only then (``code_widget.confirmed``); closing before that keeps the old one.
    """

    def __init__(self, code: RecoveryCode | str, runner: TaskRunner | None, parent: QWidget | None = None, *,
                 clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Your new recovery code"))
        self.setAccessibleName(translate("SettingsDialog", "Your new recovery code"))
        self.setAccessibleDescription(translate(
            "SettingsDialog", "Keep the new code; once you have typed part of it back, the old one "
                                      "stops working."))
        layout = QVBoxLayout(self)
        note = QLabel(translate(
            "SettingsDialog", "Keep this new code. Once you have typed part of it back, your old recovery code "
            "<b>stops "
                      "working</b>: then destroy any copy of the old one."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.code_widget = RecoveryCodeWidget(str(code), runner, self, clipboard=clipboard)
        layout.addWidget(self.code_widget)
        self.done_button = QPushButton(translate("SettingsDialog", "&Done"))
        self.done_button.setAccessibleName(translate("SettingsDialog", "Done"))
        self.done_button.setAccessibleDescription(translate("SettingsDialog", "Close once you have kept the new code."))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        self.code_widget.confirmed.connect(lambda: self.done_button.setEnabled(True))
        layout.addWidget(self.done_button)

    def reject(self) -> None:
        if self.code_widget.is_confirmed:
            super().reject()
            return
        answer = QMessageBox.question(self, translate("SettingsDialog", "Close without keeping the code?"),
                                      translate("SettingsDialog",
                                                "You will not see this code again. If you close now, no new code "
                                                "is made and your current recovery code keeps working. Close "
                                                "anyway?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()


class SettingsDialog(QDialog):
    """The settings window. ``appearance_changed`` and ``auto_lock_changed(int)`` tell the main window."""

    appearance_changed = Signal()
    auto_lock_changed = Signal(int)
    #: Who uses this vault changed (see :meth:`set_role`).
    role_changed = Signal()

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 settings: AppSettings | None = None, theme: ThemeManager | None = None,
                 clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.clipboard = clipboard  # the window's: locking clears a new code copied from here
        self.settings = settings or getattr(parent, "settings", None) or AppSettings()
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self.theme = theme or getattr(parent, "theme", None) or ThemeManager(qapp)
        self.code_dialog: RecoveryCodeDialog | None = None
        #: A new recovery code shown but not yet committed (the old one still works meanwhile).
        self.pending_change: KeyChange | None = None
        self.setWindowTitle(translate("SettingsDialog", "Settings — Carer's Passport"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self.setAccessibleDescription(translate(
            "SettingsDialog", "Where your passport is kept, how it is locked, and how the app looks."))
        self._sized = False
        self.appearance_changed.connect(self._fit_width)
        layout = QVBoxLayout(self)
        # The groups scroll; the result line and Close stay outside, always on screen: at 200 % text the
        # groups alone are taller than a 768-pixel screen.
        content = QWidget()
        groups = QVBoxLayout(content)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(self._role_group())
        groups.addWidget(self._data_group())
        groups.addWidget(self._keys_group())
        groups.addWidget(self._lock_group())
        groups.addWidget(self._appearance_group())
        groups.addStretch(1)
        self.groups_area, self.groups = page_area(self, translate("SettingsDialog", "Settings"), content=content)
        layout.addWidget(self.groups_area, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("SettingsDialog", "Result of the last change"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("SettingsDialog", "&Close"))  # Qt's own word would stay English (no Welsh qtbase)
        close.setAccessibleName(translate("SettingsDialog", "Close settings"))
        close.setAccessibleDescription(translate("SettingsDialog", "Close this window; changes are already saved."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.runner.run(app.keys.keyring_in_use, self._keyring_state, lambda exc: self._keyring_state(None))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Open as tall as the groups want, up to the screen: a scroll area alone would open at its own
        # small default height and scroll even on a screen with room to spare.
        if not self._sized:
            self._sized = True
            self._fit_width()
            self.resize(self.sizeHint().boundedTo(available_size(self)))
        super().showEvent(event)

    @Slot()
    def _fit_width(self) -> None:
        """Keep the groups at least as wide as they need beside the vertical scroll bar (it never scrolls
        sideways, so a narrower area would cut the labels short); again after the text size changes."""
        bar = self.groups_area.verticalScrollBar().sizeHint().width()
        self.groups_area.setMinimumWidth(self.groups.minimumSizeHint().width() + bar + 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As tall as the groups want (no scrolling when there is room), as wide as they need beside a
        # vertical scroll bar; the screen-fit filter then keeps the window on the screen.
        content = self.groups.sizeHint()
        hint, scroll = super().sizeHint(), self.groups_area.sizeHint()
        bar = self.groups_area.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), hint.width() - scroll.width() + content.width() + bar),
                     hint.height() - scroll.height() + content.height())

    # --- groups ----------------------------------------------------------------------------------
    def _role_group(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Who is using this"))
        column = QVBoxLayout(box)
        current = self.app.received.role()
        self.role_buttons: dict[Role, QRadioButton] = {}
        # one group: each button sits in its own row with its words, so Qt's same-parent exclusivity is gone
        self.role_group = QButtonGroup(box)
        for role in Role:
            button = QRadioButton(role_label(role), box)
            button.setAccessibleName(role_label(role))
            button.setAccessibleDescription(translate(
                "SettingsDialog", "Decides which pages the app shows first; your passports stay as they are."))
            button.setChecked(role is current)
            button.toggled.connect(lambda on, r=role: self._role_toggled(r, on))
            self.role_buttons[role] = button
            self.role_group.addButton(button)
            column.addWidget(wrapping_choice(button, role_label(role), box))
        return box

    def _role_toggled(self, role: Role, on: bool) -> None:
        if on:
            self.choose_role(role)

    def choose_role(self, role: Role) -> None:
        """Keep who uses this vault (in the vault) and tell the window, which rebuilds its sections."""
        try:
            chosen = self.app.received.set_role(role)
        except PassportError as exc:
            self._say(failure_sentence(exc), error=True)
            return
        #: Shown after choosing who uses the app; {choice} is the answer chosen, e.g. "For my own passport".
        self._say(translate("SettingsDialog", "Saved: {choice}.").format(choice=role_label(chosen)))
        self.role_changed.emit()

    def _data_group(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Where your passport is kept"))
        form = QFormLayout(box)
        self.data_field = QLineEdit(str(self.app.data_dir))
        self.data_field.setReadOnly(True)
        self.data_field.setAccessibleName(translate("SettingsDialog", "Data folder"))
        self.data_field.setAccessibleDescription(translate(
            "SettingsDialog", "The folder on this computer that holds your encrypted passport. "
                                                 "Back up this folder, or use File, Back up."))
        label = QLabel(translate("SettingsDialog", "&Data folder"))
        label.setBuddy(self.data_field)
        form.addRow(label, self.data_field)
        return box

    def _keys_group(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Ways to open your passport"))
        layout = QVBoxLayout(box)
        has = self.app.keys.has_passphrase()
        self.passphrase_state = QLabel(translate("SettingsDialog", "You have a passphrase.") if has else
                                       translate("SettingsDialog", "You have no passphrase yet."))
        layout.addWidget(self.passphrase_state)
        self.new_passphrase = PassphraseFields(label=translate("SettingsDialog", "&New passphrase"))
        self.current_field = QLineEdit()
        self.current_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_field.setAccessibleName(translate("SettingsDialog", "Current passphrase"))
        self.current_field.setAccessibleDescription(translate(
            "SettingsDialog", "Your passphrase now, to show it is you."))
        self.current_label = QLabel(translate("SettingsDialog", "C&urrent passphrase"))
        self.current_label.setBuddy(self.current_field)
        self.new_passphrase.form.insertRow(0, self.current_label, self.current_field)
        self.current_field.setVisible(has)
        self.current_label.setVisible(has)
        layout.addWidget(self.new_passphrase)
        self.change_button = QPushButton(translate("SettingsDialog", "&Change passphrase") if has else
                                         translate("SettingsDialog", "Set &passphrase"))
        self.change_button.setAccessibleName(translate("SettingsDialog", "Change passphrase") if has else
                                             translate("SettingsDialog", "Set passphrase"))
        self.change_button.setAccessibleDescription(translate(
            "SettingsDialog", "Saves the new passphrase; the old one stops working."))
        self.change_button.clicked.connect(self.change_passphrase)
        layout.addWidget(self.change_button)
        self.code_button = QPushButton(translate("SettingsDialog", "Make a new &recovery code…"))
        self.code_button.setAccessibleName(translate("SettingsDialog", "Make a new recovery code"))
        self.code_button.setAccessibleDescription(translate(
            "SettingsDialog", "Replaces your recovery code; the old one stops working. "
                                                  "Use this if your code may have been seen or lost."))
        self.code_button.clicked.connect(self.regenerate_recovery_code)
        layout.addWidget(self.code_button)
        self.keyring_box = QCheckBox(translate(
            "SettingsDialog", "Open &without typing on this computer (uses the system keyring)"))
        self.keyring_box.setAccessibleName(translate("SettingsDialog", "Use the system keyring"))
        self.keyring_box.setAccessibleDescription(translate(
            "SettingsDialog", "When on, the key is kept in your computer's keyring, so the "
                                                  "passport opens while you are logged in. When off, you type "
                                                  "your passphrase each time."))
        self.keyring_box.setEnabled(False)
        self.keyring_box.toggled.connect(self.set_keyring)
        layout.addWidget(wrapping_choice(self.keyring_box, self.keyring_box.text(), box))
        self.keyring_note = QLabel(translate("SettingsDialog", "Checking the keyring…"))
        self.keyring_note.setWordWrap(True)
        set_role(self.keyring_note, "hint")
        layout.addWidget(self.keyring_note)
        return box

    def _lock_group(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Locking"))
        form = QFormLayout(box)
        self.auto_lock = QComboBox()
        for minutes in AUTO_LOCK_MINUTES:
            self.auto_lock.addItem(_minutes_label(minutes), minutes)
        self.auto_lock.setCurrentIndex(self.auto_lock.findData(self.settings.get(AUTO_LOCK)))
        self.auto_lock.setAccessibleName(translate("SettingsDialog", "Lock after idle time"))
        self.auto_lock.setAccessibleDescription(translate(
            "SettingsDialog", "Locks the passport when you have not used the app for this long. "
                                                "It also locks when your screen locks, where the computer tells us."))
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        label = QLabel(translate("SettingsDialog", "&Lock when idle for"))
        label.setBuddy(self.auto_lock)
        form.addRow(label, self.auto_lock)
        return box

    def _appearance_group(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Appearance"))
        form = QFormLayout(box)
        self.theme_box = QComboBox()
        for name in THEMES:
            self.theme_box.addItem(theme_label(name), name)
        self.theme_box.setCurrentIndex(self.theme_box.findData(self.settings.get(THEME)))
        self.theme_box.setAccessibleName(translate("SettingsDialog", "Colours"))
        self.theme_box.setAccessibleDescription(translate(
            "SettingsDialog", "Light, dark, high contrast, or the same as your computer."))
        self.theme_box.currentIndexChanged.connect(self._appearance_chosen)
        self.size_box = QComboBox()
        for size in TEXT_SIZES:
            #: A text size in per cent; write it as your language writes percentages.
            self.size_box.addItem(translate("SettingsDialog", "{size}%").format(size=size), size)
        self.size_box.setCurrentIndex(self.size_box.findData(self.settings.get(TEXT_SIZE)))
        self.size_box.setAccessibleName(translate("SettingsDialog", "Text size"))
        self.size_box.setAccessibleDescription(translate(
            "SettingsDialog", "Makes all text in the app bigger, up to twice the normal size."))
        self.size_box.currentIndexChanged.connect(self._appearance_chosen)
        colours_label = QLabel(translate("SettingsDialog", "C&olours"))
        colours_label.setBuddy(self.theme_box)
        size_label = QLabel(translate("SettingsDialog", "&Text size"))
        size_label.setBuddy(self.size_box)
        form.addRow(colours_label, self.theme_box)
        form.addRow(size_label, self.size_box)
        self.language_box = QComboBox()
        for language in ("", *languages.LANGUAGE_NAMES):
            self.language_box.addItem(language_label(language), language)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.settings.get(LANGUAGE))))
        self.language_box.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language_box.setAccessibleDescription(translate("SettingsDialog", "The language of the app's words. "
                                                             "It changes the next time you start the app."))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        language_label_ = QLabel(translate("SettingsDialog", "Lan&guage"))
        language_label_.setBuddy(self.language_box)
        form.addRow(language_label_, self.language_box)
        return box

    # --- appearance and locking ------------------------------------------------------------------
    @Slot()
    def _appearance_chosen(self) -> None:
        theme, size = self.theme_box.currentData(), self.size_box.currentData()
        self.settings.set(THEME, theme)
        self.settings.set(TEXT_SIZE, size)
        self.theme.apply(theme, size)
        self.adjustSize()
        self.appearance_changed.emit()

    @Slot()
    def _language_chosen(self) -> None:
        """Kept in the settings file (not the vault: the unlock screen needs it before the vault opens); it
        applies from the next start (``ui/translation.py`` says why)."""
        self.settings.set(LANGUAGE, self.language_box.currentData())
        self._say(translate("SettingsDialog", "Saved. Close and start Carer's Passport again to see it in "
                                              "this language."))

    @Slot()
    def _auto_lock_chosen(self) -> None:
        minutes = int(self.auto_lock.currentData())
        self.settings.set(AUTO_LOCK, minutes)
        self.auto_lock_changed.emit(minutes)

    # --- passphrase ------------------------------------------------------------------------------
    @Slot()
    def change_passphrase(self) -> None:
        problem = self.new_passphrase.problem()
        if problem is not None:
            self._say(problem, error=True)
            self.new_passphrase.first.setFocus()
            return
        app, current, new = self.app, self.current_field.text(), self.new_passphrase.text
        had = app.keys.has_passphrase()

        def work() -> None:
            if had and not app.keys.verify_passphrase(current):
                from carerpassport.vault.errors import WrongKeyError

                raise WrongKeyError(translate("SettingsDialog", "Your current passphrase is not right, so nothing "
                                              "was changed. Try again."))
            app.keys.change_passphrase(new)

        self._busy(True)
        self.runner.run(work, self._passphrase_changed, self._failed)

    @Slot(object)
    def _passphrase_changed(self, _: object) -> None:
        self._busy(False)
        self.current_field.clear()
        self.new_passphrase.clear()
        self.current_field.setVisible(True)
        self.current_label.setVisible(True)
        self.passphrase_state.setText(translate("SettingsDialog", "You have a passphrase."))
        self.change_button.setText(translate("SettingsDialog", "&Change passphrase"))
        self.change_button.setAccessibleName(translate("SettingsDialog", "Change passphrase"))
        self._say(translate("SettingsDialog", "Passphrase saved. Use the new one from now on."))

    # --- recovery code ---------------------------------------------------------------------------
    def confirm_new_code(self) -> bool:
        """Ask before replacing the code (tests replace this)."""
        answer = QMessageBox.question(self, translate("SettingsDialog", "Make a new recovery code?"),
                                      translate("SettingsDialog",
                                                "Your current recovery code will stop working. You will be shown "
                                                "the new one once, and asked to type part of it back.\n\nMake a "
                                                "new code?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def regenerate_recovery_code(self) -> None:
        if not self.confirm_new_code():
            return
        self._busy(True)
        self.runner.run(self.app.keys.start_recovery_code_change, self._code_made, self._failed)

    @Slot(object)
    def _code_made(self, change: object) -> None:
        """Show the new code; it replaces the old one only once the user has typed a group of it back."""
        self._busy(False)
        assert isinstance(change, KeyChange)
        self.pending_change = change
        self._say(translate(
            "SettingsDialog", "Your new recovery code is shown. Your current code works until you have kept the new "
            "one."))
        self.code_dialog = RecoveryCodeDialog(change.code, self.runner, self, clipboard=self.clipboard)
        self.code_dialog.code_widget.confirmed.connect(self._keep_new_code)
        self.code_dialog.rejected.connect(self._drop_new_code)
        self.code_dialog.open()

    @Slot()
    def _keep_new_code(self) -> None:
        change, app = self.pending_change, self.app
        if change is None:
            return
        self.pending_change = None
        self.runner.run(lambda: app.keys.commit_key_change(change), self._code_committed, self._failed)

    @Slot(object)
    def _code_committed(self, _: object) -> None:
        self._say(translate("SettingsDialog", "New recovery code saved. The old one no longer works."))

    @Slot()
    def _drop_new_code(self) -> None:
        """Closed before the user showed they kept it: undo, so the old code keeps working."""
        change, app = self.pending_change, self.app
        if change is None:
            return
        self.pending_change = None
        self.runner.run(lambda: app.keys.cancel_key_change(change), self._code_dropped, self._failed)

    @Slot(object)
    def _code_dropped(self, _: object) -> None:
        self._say(translate("SettingsDialog", "No new recovery code was made; your current one still works."))

    # --- keyring ---------------------------------------------------------------------------------
    @Slot(object)
    def _keyring_state(self, in_use: object) -> None:
        available = self.app.keyring is not None and in_use is not None
        self.keyring_box.blockSignals(True)
        self.keyring_box.setChecked(bool(in_use))
        self.keyring_box.blockSignals(False)
        self.keyring_box.setEnabled(available)
        if self.app.keyring is None:
            self.keyring_note.setText(translate(
                "SettingsDialog", "This computer has no keyring this app can use, so your passport always "
                                      "asks for your passphrase or recovery code."))
        elif in_use:
            self.keyring_note.setText(translate(
                "SettingsDialog", "Your passport opens by itself while you are logged in to this computer."))
        else:
            self.keyring_note.setText(translate(
                "SettingsDialog", "Your passport asks for your passphrase each time it opens."))

    @Slot(bool)
    def set_keyring(self, enabled: bool) -> None:
        if not enabled and not self.app.keys.has_passphrase():
            self._say(translate(
                "SettingsDialog", "Set a passphrase first: without the keyring and without a passphrase you would "
                "need your "
                      "recovery code every time."), error=True)
            self.keyring_box.blockSignals(True)
            self.keyring_box.setChecked(True)
            self.keyring_box.blockSignals(False)
            return
        app = self.app

        def done(ok: object) -> None:
            self._busy(False)
            if enabled and not ok:
                self._say(translate(
                    "SettingsDialog", "The keyring could not store the key; your passport will keep asking for your "
                          "passphrase."), error=True)
            self.runner.run(app.keys.keyring_in_use, self._keyring_state, lambda exc: self._keyring_state(None))

        self._busy(True)
        self.runner.run(lambda: app.keys.use_keyring(enabled), done, self._failed)

    # --- feedback --------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "saved")

    def _busy(self, busy: bool) -> None:
        for widget in (self.change_button, self.code_button, self.keyring_box):
            widget.setEnabled(not busy)
        if busy:
            self._say(translate("SettingsDialog", "Working…"))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.runner.run(self.app.keys.keyring_in_use, self._keyring_state, lambda e: self._keyring_state(None))
        text = failure_sentence(exc, translate("SettingsDialog", "That did not work."))
        self._say(text, error=True)
