"""Choosing a passphrase: the passphrase, the same again, and a plain-words strength hint.

The hint is a rough guess from length and variety (no dictionary); it nudges towards "a few ordinary
words in a row", which is what the vault's own check and its error message suggest too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from carerpassport.ui.theme import set_role
from carerpassport.vault.keyslots import MIN_PASSPHRASE

translate = QCoreApplication.translate


def passphrase_strength(text: str) -> tuple[int, str]:
    """A score 0–3 and a sentence: 0 too short, 1 weak, 2 fair, 3 strong."""
    if len(text) < MIN_PASSPHRASE:
        return 0, translate("PassphraseFields", "Too short: use at least {count} characters. Three or four ordinary "
                                                "words work well.").format(count=MIN_PASSPHRASE)
    words = [w for w in text.replace("-", " ").split() if w]
    pool = sum(size for test, size in ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10))
               if any(test(ch) for ch in text)) + (33 if any(not ch.isalnum() for ch in text) else 0)
    bits = len(text) * math.log2(max(pool, 2))
    if len(words) >= 4 and len(text) >= 20:
        bits = max(bits, 60.0)
    if len(set(text)) <= 3:
        bits = min(bits, 20.0)
    if bits < 40:
        return 1, translate("PassphraseFields", "Weak: easy to guess. Add another word or two.")
    if bits < 60:
        return 2, translate("PassphraseFields", "Fair. One more word would make it strong.")
    return 3, translate("PassphraseFields", "Strong.")


class PassphraseFields(QWidget):
    """New passphrase + repeat + show/hide + hint. ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str = "") -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form  # callers may insert rows (e.g. "current passphrase") so the columns line up
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(translate("PassphraseFields", "Passphrase"))
        self.first.setAccessibleDescription(translate(
            "PassphraseFields", "At least {count} characters; a few ordinary words in a row are easy to remember and "
            "hard to guess.").format(count=MIN_PASSPHRASE))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(translate("PassphraseFields", "Passphrase again"))
        self.second.setAccessibleDescription(translate(
            "PassphraseFields", "Type the same passphrase again, to catch typing mistakes."))
        self.show_box = QCheckBox(translate("PassphraseFields", "&Show what I type"))
        self.show_box.setAccessibleName(translate("PassphraseFields", "Show the passphrase"))
        self.show_box.setAccessibleDescription(translate(
            "PassphraseFields", "Shows the passphrase as plain text while you type it."))
        self.show_box.toggled.connect(self._show)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("PassphraseFields", "Passphrase strength"))
        set_role(self.hint, "hint")
        #: The label of the first passphrase field (callers may name it "New passphrase").
        first_label = QLabel(label or translate("PassphraseFields", "New &passphrase"))
        first_label.setBuddy(self.first)
        second_label = QLabel(translate("PassphraseFields", "&Again"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.show_box)
        form.addRow("", self.hint)
        form.setRowVisible(self.hint, False)  # no empty gap until there is something to say
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)

    @property
    def text(self) -> str:
        return self.first.text()

    def is_empty(self) -> bool:
        return not self.first.text() and not self.second.text()

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be used yet, or None when it can."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            return translate("PassphraseFields", "A passphrase needs at least {count} characters.").format(
                count=MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return translate("PassphraseFields", "The two passphrases are not the same. Type them again.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    @Slot(bool)
    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    @Slot()
    def _update(self) -> None:
        self.form.setRowVisible(self.hint, bool(self.first.text()))
        if not self.first.text():
            self.hint.setText("")
        else:
            _, sentence = passphrase_strength(self.first.text())
            if self.second.text() and self.second.text() != self.first.text():
                sentence += " " + translate("PassphraseFields", "The second box does not match yet.")
            self.hint.setText(sentence)
        self.changed.emit()
