"""A fingerprint to compare aloud: eight words and sixteen groups of four, with where the other person finds
theirs ("in their app: Help › My identity").

Shown in Help › My identity (your own) and wherever someone else's certificate is about to be trusted or
signed for (the import and countersign dialogs). The words and groups come from
:func:`carerpassport.resource_files.spoken_fingerprint`; names are the certificate's, with a name typed on
the form beside it only where the two differ.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from carerpassport.resource_files import spoken_fingerprint
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.theme import set_role

translate = QCoreApplication.translate

#: Where anyone using this app finds their own fingerprint (the Help menu's entry); shown through
#: ``translate("FingerprintView", WHERE_YOURS_IS)``.
WHERE_YOURS_IS = QT_TRANSLATE_NOOP("FingerprintView", "Help › My identity")


def name_with_typed(certificate_name: str, typed_name: str = "") -> str:
    """The certificate's name, and the typed one beside it only where they differ."""
    shown = certificate_name or typed_name or translate("FingerprintView", "them")
    if typed_name and certificate_name and typed_name.casefold() != certificate_name.casefold():
        #: {name} is the name in the certificate, {typed} the name typed on the form.
        shown = translate("FingerprintView", "{name} (typed on the form as “{typed}”)").format(name=shown,
                                                                                               typed=typed_name)
    return shown


class FingerprintView(QFrame):
    """One person's fingerprint in two spoken forms; empty and hidden until one is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_role(self.heading, "subheading")
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(translate("FingerprintView", "Fingerprint words"))
        set_role(self.words, "subheading")
        self.groups = QLabel(self)
        # Monospace so the groups line up; the size is the app's text size (the words are what people read).
        self.groups.setStyleSheet("QLabel { font-family: monospace; }")
        self.groups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.groups.setAccessibleName(translate("FingerprintView", "Fingerprint in groups of four"))
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        set_role(self.where, "hint")
        for label in (self.heading, self.words, self.groups, self.where):
            layout.addWidget(label)
        self.setVisible(False)

    def show_own(self, fingerprint: str) -> None:
        """Your own fingerprint, to read to the other person."""
        self._show(fingerprint, translate("FingerprintView", "Your fingerprint"), translate(
            "FingerprintView", "Read these eight words to the other person, in person or by phone; they compare them "
            "with what their app shows for you. They find their own in their app: {where}.").format(
                where=translate("FingerprintView", WHERE_YOURS_IS)))

    def show_theirs(self, fingerprint: str, certificate_name: str, typed_name: str = "") -> None:
        """Someone else's fingerprint, from the certificate they signed with, and how to check it with them."""
        who = certificate_name or typed_name or translate("FingerprintView", "the other person")
        heading = translate("FingerprintView", "{name}: fingerprint of the certificate they signed with").format(
            name=name_with_typed(certificate_name, typed_name))
        self._show(fingerprint, heading,
                   translate("FingerprintView", "Ask {who} to open {where} in their app and read you their eight "
                                                "words: they must be exactly these, in this order. If any word "
                                                "differs, someone else signed this copy.").format(
                       who=who, where=translate("FingerprintView", WHERE_YOURS_IS)))

    def _show(self, fingerprint: str, heading: str, where: str) -> None:
        groups, words = spoken_fingerprint(fingerprint)
        self.fingerprint = fingerprint
        self.heading.setText(heading)
        # Two lines of four: each line is read in one breath, and a line is never broken mid-way at 200 % text.
        self.words.setText(" · ".join(words[:4]) + "\n" + " · ".join(words[4:]))
        self.words.setAccessibleDescription(" ".join(words))
        self.groups.setText("\n".join(groups))
        self.groups.setAccessibleDescription(" ".join(groups))
        self.where.setText(where)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(translate("FingerprintView", "Words: {words}. Groups: {groups}. {where}").format(
            words=" ".join(words), groups=" ".join(groups), where=where))
        self.setVisible(True)

    def clear(self) -> None:
        self.fingerprint = ""
        for label in (self.heading, self.words, self.groups, self.where):
            label.clear()
        self.setVisible(False)
