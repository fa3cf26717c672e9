"""The identity card dialog: the card text, a QR code that decodes to it, saving the card, adding a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from carerpassport.app import PassportApp
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.identity_card import make_card, parse_card
from carerpassport.ui.dialogs.identity_dialog import IdentityDialog, qr_image
from carerpassport.ui.tasks import TaskRunner
from tests.ui.ui_support import OFFSCREEN_NOISE, screenshot, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _matrix_from_image(image: QImage, module: int) -> list[list[bool]]:
    size = image.width() // module
    return [[image.pixelColor(c * module + module // 2, r * module + module // 2).lightness() < 128
             for c in range(size)] for r in range(size)]


def test_qr_image_holds_the_payload_modules(qtbot) -> None:  # type: ignore[no-untyped-def]
    import qrcode

    payload = "carerpassport-card:1;name=Siân;fp=ABCD;age=age1xyz"
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    image = qr_image(payload, module_pixels=3)
    assert _matrix_from_image(image, 3) == code.get_matrix()


def test_dialog_shows_card_and_saves_it(qtbot, app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = IdentityDialog(app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    identity = app.identity()
    text = dialog.text.toPlainText()
    assert identity.fingerprint in text and identity.age_recipient in text and "Siân Jones" in text
    qtbot.waitUntil(lambda: not dialog.qr.pixmap().isNull())  # made once the dialog painted, or soon after
    assert dialog.qr.pixmap().width() > 100
    assert (dialog.qr.minimumWidth(), dialog.qr.minimumHeight()) == (dialog.qr.pixmap().width(),) * 2
    assert unnamed_controls(dialog, described=True) == []
    dialog.show()
    screenshot(dialog, "identity-card.png")
    out = tmp_path / "card.json"
    dialog.save_card(out)
    assert dialog.saved_to == out and "Saved your card" in dialog.status.text()
    card = parse_card(out.read_bytes())
    assert card.fingerprint == identity.fingerprint and card.age_recipient == identity.age_recipient
    [logged] = [e for e in app.repo.events("export") if e.details.get("format") == "identity-card"]
    assert logged.summary == f"Identity card written to {out}"  # written by the use case, so logged


def test_add_someone_elses_card_asks_first(qtbot, app: PassportApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bob = generate_identity("Bob Smith")
    card_file = tmp_path / "bob.json"
    card_file.write_bytes(make_card(bob))
    answers = [False, True]
    asked = []

    def confirm(_parent, card):  # type: ignore[no-untyped-def]
        asked.append(card.fingerprint)
        return answers.pop(0)

    dialog = IdentityDialog(app, TaskRunner(synchronous=True), confirm_trust=confirm)
    qtbot.addWidget(dialog)
    assert not dialog.add_card(card_file) and app.contacts.contacts() == []
    assert dialog.add_card(card_file)
    assert asked == [bob.fingerprint, bob.fingerprint]
    assert [c.fingerprint for c in app.contacts.contacts()] == [bob.fingerprint]
    (tmp_path / "junk.json").write_bytes(b"not a card")
    assert not dialog.add_card(tmp_path / "junk.json")
    assert "not an identity card" in dialog.status.text() and dialog.status.property("role") == "error"


def test_my_identity_shows_the_fingerprint_words_and_groups(qtbot, app: PassportApp) -> None:  # type: ignore[no-untyped-def]
    from carerpassport.domain.fingerprint_words import fingerprint_groups, fingerprint_words
    from carerpassport.resource_files import fingerprint_wordlist

    dialog = IdentityDialog(app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    fingerprint = app.identity().fingerprint
    words = fingerprint_words(fingerprint, fingerprint_wordlist())
    view = dialog.fingerprint
    assert view.isVisible() and view.heading.text() == "Your fingerprint"
    assert view.words.text() == " · ".join(words[:4]) + "\n" + " · ".join(words[4:]) and len(words) == 8
    assert view.groups.text() == "\n".join(fingerprint_groups(fingerprint))
    assert view.groups.text().replace("\n", " ") == fingerprint
    assert "Help › My identity" in view.where.text()
    assert " ".join(words) in view.accessibleDescription()
    assert dialog.windowTitle() == "My identity"
    screenshot(dialog, "my-identity.png")


@pytest.mark.parametrize(("role", "given_to"), [("employee", "Give your card to your manager"),
                                                ("manager", "Give your card to the people in your team")])
def test_who_the_card_is_for_follows_the_role(qtbot, app: PassportApp, role: str,  # type: ignore[no-untyped-def]
                                              given_to: str) -> None:
    from PySide6.QtWidgets import QLabel

    app.received.set_role(role)
    dialog = IdentityDialog(app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    assert any(label.text().startswith(given_to) for label in dialog.findChildren(QLabel))
