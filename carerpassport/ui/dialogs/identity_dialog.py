"""Your identity card, to compare in person: the text, a QR code of it, and saving the card file.

Also where you add another person's card ("Add someone's card…"): the dialog shows their fingerprint
and asks you to compare it with them before it is trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import qrcode
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.exchange.age_files import read_limited
from carerpassport.exchange.identity_card import MAX_CARD_BYTES, IdentityCard, parse_card
from carerpassport.resource_files import spoken_fingerprint
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file, save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import close_button_box, hint_label, set_accessible, status_label, title_window
from carerpassport.ui.widgets.fingerprint_view import WHERE_YOURS_IS, FingerprintView
from carerpassport.vault.repository import Pin

translate = QCoreApplication.translate

QR_MODULE_PIXELS = 4
QR_BORDER_MODULES = 4
#: When the QR code is started at the latest (ms) if the dialog has not painted by then.
QR_START_LATEST_MS = 150

#: The QR images made in this process, by payload: reopening the dialog shows it at once (an identity
#: card's payload is a few hundred bytes; its image ~250 px square).
_QR_MADE: dict[str, QImage] = {}


def qr_image(payload: str, module_pixels: int = QR_MODULE_PIXELS) -> QImage:
    """A black-on-white QR code of ``payload`` (error correction M, a four-module quiet zone)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QR_BORDER_MODULES)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * module_pixels
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for row, cells in enumerate(matrix):
            for column, dark in enumerate(cells):
                if dark:
                    painter.fillRect(column * module_pixels, row * module_pixels, module_pixels, module_pixels,
                                     QColor("black"))
    finally:
        painter.end()
    return image


def qr_side(payload: str, module_pixels: int = QR_MODULE_PIXELS) -> int:
    """The side in pixels of :func:`qr_image`'s image of ``payload``, without drawing it (choosing the QR
    version is well under a millisecond; choosing the mask, what makes the code slow, is not needed)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QR_BORDER_MODULES)
    code.add_data(payload)
    version = int(code.best_fit())
    return (version * 4 + 17 + 2 * QR_BORDER_MODULES) * module_pixels


def yes_no_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, *,
               default_no: bool = False) -> QMessageBox:
    """A yes-or-no question's message box, whose Yes and No are ours (Qt ships no Welsh for its own)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("IdentityDialog", "&Yes"))
    box.button(QMessageBox.StandardButton.No).setText(translate("IdentityDialog", "&No"))
    box.setDefaultButton(QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.Yes)
    return box


def ask_yes_no(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, *, default_no: bool = False) -> bool:
    """Ask a yes-or-no question (:func:`yes_no_box`); True when the answer is Yes."""
    box = yes_no_box(parent, icon, title, text, default_no=default_no)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def trust_question(card: IdentityCard) -> str:
    """The question :func:`ask_to_trust_card` asks: the card, its fingerprint in words and groups."""
    groups, words = spoken_fingerprint(card.fingerprint)
    #: {card} is the card's lines (name, fingerprint, key); {words} the fingerprint as words; {first} and {second}
    #: its two lines of groups; {where} the menu item that shows a person's own card.
    return translate(
        "IdentityDialog", "{card}\nFingerprint words: {words}\nIn groups:\n    {first}\n    {second}\n\nAsk {name} to "
        "open {where} in their app and read you their words, in person or by phone: they must be exactly these. "
        "Trust this card and add it to your contacts?").format(
        card=card.text(), words=" ".join(words), first=groups[0], second=groups[1],
        name=card.name or translate("IdentityDialog", "them"), where=translate("FingerprintView", WHERE_YOURS_IS))


def ask_to_trust_card(parent: QWidget, card: IdentityCard) -> bool:
    """Show a card's fingerprint and ask whether to trust it (after comparing it with its owner)."""
    return ask_yes_no(parent, QMessageBox.Icon.Question, translate("IdentityDialog", "Trust this card?"),
                      trust_question(card))


def ask_to_replace_card(parent: QWidget, card: IdentityCard, earlier: list[Pin]) -> bool:
    """Warn that ``card`` uses the name of someone already trusted with another certificate, showing both
    fingerprints, and ask whether to replace the earlier card (No is the default)."""
    before = "\n".join(f"    {p.name}: {p.fingerprint}" for p in earlier)
    #: {before} lists the trusted cards under that name, one "name: fingerprint" a line.
    text = translate(
        "IdentityDialog", "You already trust someone named {name}, with another certificate:\n{before}\n\nThis card "
        "has the fingerprint:\n    {fingerprint}\n\nAnyone can make a card in any name. Replace the earlier card "
        "only if they told you, in person or by phone, that they have a new identity and the new fingerprint "
        "matches.").format(name=card.name or translate("IdentityDialog", "(no name)"), before=before,
                           fingerprint=card.fingerprint)
    return ask_yes_no(parent, QMessageBox.Icon.Warning, translate("IdentityDialog", "Replace a card you trust?"), text,
                      default_no=True)


def add_trusted_card(app: PassportApp, path: Path, confirm_trust: Callable[[QWidget, IdentityCard], bool],
                     parent: QWidget, confirm_replace: Callable[[QWidget, IdentityCard, list[Pin]], bool]
                     = ask_to_replace_card) -> IdentityCard | None:
    """Read the card file at ``path``, ask ``confirm_trust`` (or, when the card's name is taken by someone
    trusted with another certificate, ``confirm_replace``), and add the card to the contacts.

    The card, or None when the person chose not to trust it; a :class:`PassportError` when the file is not
    a card or the card cannot be added.
    """
    raw = read_limited(path, MAX_CARD_BYTES, "identity card")
    card = parse_card(raw)
    earlier = app.contacts.trusted_under_name(card.name or "(no name)", card.fingerprint)
    if earlier:
        if not confirm_replace(parent, card, earlier):
            return None
        app.contacts.add_contact(raw, replace=True)
        return card
    if not confirm_trust(parent, card):
        return None
    app.contacts.add_contact(raw)
    return card


class IdentityDialog(QDialog):
    """The vault's public identity card, as text and a QR code, with "Save my card…" and "Add someone's card…".

    ``confirm_trust(card)`` asks before a card is trusted, ``confirm_replace(card, earlier)`` before it
    replaces a card trusted under the same name (message boxes unless a test gives others).
    """

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None, *,
                 confirm_trust: Callable[[QWidget, IdentityCard], bool] = ask_to_trust_card,
                 confirm_replace: Callable[[QWidget, IdentityCard, list[Pin]], bool] = ask_to_replace_card) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.confirm_trust = confirm_trust
        self.confirm_replace = confirm_replace
        self.card_bytes = app.contacts.identity_card()
        self.card = parse_card(self.card_bytes)
        self.saved_to: Path | None = None
        title_window(self, translate("IdentityDialog", "My identity"), translate(
            "IdentityDialog", "Your name, signing fingerprint and encryption key, to compare in person."))
        layout = QVBoxLayout(self)
        # A manager here only for their team's passports gives the card to their team, not to a manager.
        layout.addWidget(hint_label(translate(
            "IdentityDialog", "Give your card to your manager so they can send you encrypted copies and check your "
            "signature. Compare the fingerprint together, in person or by phone: the QR code holds the same details.")
            if app.received.role().keeps_own_passport else translate(
            "IdentityDialog", "Give your card to the people in your team so they can send you encrypted copies and "
            "check your signature. Compare the fingerprint together, in person or by phone: the QR code holds the "
            "same details."), self))
        #: Your fingerprint in words and groups, to read aloud.
        self.fingerprint = FingerprintView(self)
        self.fingerprint.show_own(self.card.fingerprint)
        layout.addWidget(self.fingerprint)

        row = QHBoxLayout()
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(self.card.text())
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)  # groups line up to compare
        fixed.setPointSizeF(self.font().pointSizeF())  # at the chosen text size (the system's fixed font is not)
        self.text.setFont(fixed)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        set_accessible(self.text, translate("IdentityDialog", "Identity card text"), translate(
            "IdentityDialog", "Your name, the SHA-256 fingerprint of your signing certificate and your age encryption "
            "key."))
        self.text.setMinimumWidth(380)
        row.addWidget(self.text, 1)
        self.qr = QLabel(self)
        # Working out the QR code is 60-180 ms of pure Python: in a worker, started once the dialog has first
        # painted (the worker holds Python's lock for 5 ms at a time, which would slow the opening's own
        # Python work several times over), into a place of its final size, so it arrives without a relayout.
        self._qr_payload = self.card.qr_payload()
        self._qr_started = False
        side = qr_side(self._qr_payload)
        self.qr.setMinimumSize(side, side)
        QTimer.singleShot(QR_START_LATEST_MS, self._make_qr)  # in case the dialog is never painted
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_accessible(self.qr, translate("IdentityDialog", "QR code of your identity card"),
                       translate("IdentityDialog", "Holds your name, fingerprint and encryption key, for a phone to "
                                 "read."))
        row.addWidget(self.qr)
        layout.addLayout(row)

        self.status = status_label(self, translate("IdentityDialog", "Status"))
        layout.addWidget(self.status)
        self.buttons = close_button_box(self, translate("IdentityDialog", "Close this window."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("IdentityDialog", "&Close"))
        close.setAccessibleName(translate("IdentityDialog", "Close"))
        self.save_button = self.buttons.addButton(translate("IdentityDialog", "&Save my card…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.save_button, translate("IdentityDialog", "Save my identity card"), translate(
            "IdentityDialog", "Writes a small file with only the public parts of your identity."))
        self.add_button = self.buttons.addButton(translate("IdentityDialog", "&Add someone's card…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.add_button, translate("IdentityDialog", "Add someone's identity card"), translate(
            "IdentityDialog", "Trust another person's card, after comparing their fingerprint."))
        self.save_button.clicked.connect(self._ask_where)
        self.add_button.clicked.connect(self._ask_which_card)
        layout.addWidget(self.buttons)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._qr_started:
            QTimer.singleShot(0, self._make_qr)  # after this paint (and its children's) is on the screen

    def _make_qr(self) -> None:
        if self._qr_started:
            return
        self._qr_started = True
        payload = self._qr_payload
        made = _QR_MADE.get(payload)
        if made is not None:
            self._show_qr(made)
            return

        def make() -> QImage:
            image = qr_image(payload)  # a QImage may be drawn off the GUI thread; the pixmap is made on it
            _QR_MADE[payload] = image
            return image

        self.runner.run(make, on_done=self._show_qr)

    def _show_qr(self, image: QImage) -> None:
        self.qr.setPixmap(QPixmap.fromImage(image))

    def _ask_where(self) -> None:
        #: The suggested file name; {name} is the person's name.
        name = (translate("IdentityDialog", "{name} identity card.json").format(name=self.card.name) if self.card.name
                else translate("IdentityDialog", "my identity card.json")).replace("/", "-")
        path = save_file(self, "cards", translate("IdentityDialog", "Save your identity card"), name,
                         translate("IdentityDialog", "Identity cards (*.json)"))
        if path:
            self.save_card(Path(path))

    def save_card(self, path: Path) -> None:
        """Write the card file (atomically, logged in the vault, off the GUI thread)."""
        self.runner.run(lambda: self.app.contacts.write_identity_card(path), on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        set_role(self.status, "hint")
        self.status.setText(translate("IdentityDialog", "Saved your card to {path}. It holds no secrets.").format(
            path=path))

    def _ask_which_card(self) -> None:
        path = open_file(self, "cards", translate("IdentityDialog", "Someone's identity card"),
                         translate("IdentityDialog", "Identity cards (*.json)"))
        if path:
            self.add_card(Path(path))

    def add_card(self, path: Path) -> bool:
        """Read a card, ask to trust it, and pin it; True when it was added."""
        try:
            card = add_trusted_card(self.app, path, self.confirm_trust, self, self.confirm_replace)
        except PassportError as exc:
            self._failed(exc)
            return False
        if card is None:
            set_role(self.status, "hint")
            self.status.setText(translate("IdentityDialog", "Not added."))
            return False
        set_role(self.status, "hint")
        self.status.setText(translate("IdentityDialog", "Added {name} to your contacts.").format(name=card.name)
                            if card.name else translate("IdentityDialog", "Added the card to your contacts."))
        return True

    def _failed(self, exc: BaseException) -> None:
        set_role(self.status, "error")
        self.status.setText(failure_sentence(exc, translate("IdentityDialog", "That did not work.")))
